"""The exercise in a room on every shape of screen: the room's sizes for each role of text, and
nothing leaving its area or overlapping (the small screens' layout and the room's together)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF

from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.room.legibility import parse_room
from kompas_kiosk.core.room.text_roles import Role, text_sizes
from kompas_kiosk.ui.exercise.face import STEPS_SHARES, layout_exercise
from kompas_kiosk.ui.offscreen import text_boxes
from kompas_kiosk.ui.theme.colors import DEFAULT

LABELS = ["tilbage", "Pause", "Tryk mellemrum for at starte", "Tiden er gået"]
ROOMS = [
    ((1024, 768), "65in,8m,4:3"),
    ((1280, 800), "65in,8m,16:10"),
    ((1920, 1080), "65in,8m"),
    ((3840, 2160), "86in,10m"),
    ((1080, 1920), "65in,8m,portrait"),
]


@pytest.mark.parametrize(("size", "spec"), ROOMS, ids=[spec for _, spec in ROOMS])
def test_the_exercise_meets_the_room_and_lays_out_cleanly(
    bundled: list[LoadedDeck], size: tuple[int, int], spec: str
) -> None:
    sizes = text_sizes(parse_room(spec), *size)
    assert sizes is not None
    found: dict[str, list[str]] = {}
    for loaded in bundled:
        for deck in (loaded.deck, *loaded.translations):
            assert deck is not None
            for index in range(len(deck.cards)):
                layout = layout_exercise(deck, index, QSizeF(*size), LABELS, DEFAULT, "", sizes)
                name = f"{deck.id} {deck.title} {index + 1}"
                wrong = text_boxes.problems(*text_boxes.face_boxes(layout))
                if layout.overflow:
                    wrong.append("the steps run past their area")
                for block in layout.blocks:
                    assert block.role is not None, block.doc.toPlainText()
                    if block.pixel_size < sizes.min_px(block.role) - 0.05:
                        wrong.append(f"{block.role.value} {block.pixel_size:.1f} px")
                if layout.label_px < sizes.min_px(Role.LABEL) - 0.05:
                    wrong.append(f"label {layout.label_px:.1f} px")
                if wrong:
                    found[name] = wrong
    assert not found, found


def test_a_room_widens_the_steps_column_and_stacks_the_timer(bundled: list[LoadedDeck]) -> None:
    """At 1920x1080 in a 65"/8 m room the steps need more than any column outside a room."""
    deck = next(item for item in bundled if item.deck_id == "samarbejdskompasset").deck
    size = QSizeF(1920, 1080)
    sizes = text_sizes(parse_room("65in,8m"), 1920, 1080)
    today = layout_exercise(deck, 0, size, LABELS, DEFAULT)
    room = layout_exercise(deck, 0, size, LABELS, DEFAULT, "", sizes)
    column = room.rules[0][0].x() - room.card_rect.left()
    assert column > STEPS_SHARES[-1] * room.card_rect.width()
    assert room.disc.bottom() < room.digits_rect.top(), "the digits under the disc"
    assert today.disc.right() < today.digits_rect.left(), "without a room: beside it, as today"
