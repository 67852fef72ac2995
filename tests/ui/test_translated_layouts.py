"""The bundled decks in English fit every screen as the Danish ones do: never under the floor."""

import pytest
from PySide6.QtCore import QSizeF

from kompas_kiosk.ui.card import card_back, card_front
from kompas_kiosk.ui.exercise.face import layout_exercise
from kompas_kiosk.ui.theme import colors, typescale
from kompas_kiosk.ui.theme.colors import THEMES

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 720)]
LABELS = ["Press space to start", "left", "Time is almost up", "Time is up", "over time", "Pause"]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("deck_id", ["samarbejdskompasset", "aarhuskompasset", "laering-2023"])
def test_every_english_face_fits_above_the_floor(bundled, deck_id, size):
    loaded = next(item for item in bundled if item.deck_id == deck_id)
    deck = loaded.deck_for("en")
    assert deck is not None and deck.language == "en"
    screen = QSizeF(*size)
    floor = typescale.FLOOR * min(size) / 100
    for index, card in enumerate(deck.cards):
        layouts = [card_front.layout_front(deck, index, screen, colors.DEFAULT, "1/1")]
        if card.has_back:
            layouts.append(card_back.layout_back(deck, index, screen, colors.DEFAULT, "1/1"))
        if deck.exercise is not None:
            layouts.append(layout_exercise(deck, index, screen, LABELS, colors.DEFAULT))
        for layout in layouts:
            assert not layout.overflow, f"{deck_id} card {index} overflows at {size}"
            assert layout.smallest_text_px >= floor - 0.5


@pytest.mark.parametrize("name", list(THEMES))
def test_a_theme_changes_colours_not_the_layout(bundled, name):
    deck = bundled[0].deck
    screen = QSizeF(1920, 1080)
    default = card_front.layout_front(deck, 0, screen, colors.DEFAULT, "1/1")
    themed = card_front.layout_front(deck, 0, screen, THEMES[name], "1/1")
    assert [block.pixel_size for block in themed.blocks] == [
        block.pixel_size for block in default.blocks
    ]
    assert {block.color.name() for block in themed.blocks} <= {
        THEMES[name].ink.name(),
        THEMES[name].accent.name(),
        THEMES[name].muted.name(),
    }
