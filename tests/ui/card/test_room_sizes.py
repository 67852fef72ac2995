"""Cards laid out for a room: no text under the room's minimum for its role, a long text in
read-along pages of whole sentences (bold kept), the countdown in the footer large enough; and
without a room, the layout of today."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QTextCharFormat

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.room.legibility import parse_room
from kompas_kiosk.core.room.text_roles import Role, TextSizes, text_sizes
from kompas_kiosk.ui.card.card_back import layout_back
from kompas_kiosk.ui.card.card_front import layout_front
from kompas_kiosk.ui.card.card_layout import FaceLayout
from kompas_kiosk.ui.exercise.face import layout_exercise
from kompas_kiosk.ui.theme.colors import DEFAULT

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920)]


def deck_of(bundled: list[LoadedDeck], deck_id: str, lang: str = "da") -> Deck:
    loaded = next(item for item in bundled if item.deck_id == deck_id)
    deck = loaded.deck_for(lang)
    assert deck is not None
    return deck


def room_sizes(size: tuple[int, int], spec: str = "65in,8m") -> TextSizes:
    sizes = text_sizes(parse_room(spec), *size)
    assert sizes is not None
    return sizes


def assert_legible(layout: FaceLayout, sizes: TextSizes) -> None:
    for block in layout.blocks:
        assert block.role is not None, block.doc.toPlainText()
        assert block.pixel_size >= sizes.min_px(block.role) - 0.05, block.doc.toPlainText()
    assert not layout.overflow


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_principle_07_is_paged_at_the_rooms_size(bundled, size, lang) -> None:
    deck, sizes, screen = (
        deck_of(bundled, "samarbejdskompasset", lang),
        room_sizes(size),
        QSizeF(*size),
    )
    first = layout_front(deck, 0, screen, DEFAULT, "07 · 1/1", sizes)
    assert first.pages >= 3
    assert {block.field for block in first.blocks} >= {"title", "question"}
    assert "text" not in {block.field for block in first.blocks}, "the title and question first"
    read = []
    for page in range(1, first.pages):
        layout = layout_front(deck, 0, screen, DEFAULT, "07 · 1/1", sizes, page)
        assert layout.pages == first.pages
        assert_legible(layout, sizes)
        text = next(block for block in layout.blocks if block.field == "text")
        assert text.pixel_size == pytest.approx(sizes.min_px(Role.TEXT), abs=0.5)
        words = text.doc.toPlainText().strip()
        assert words.endswith((".", "?", "!")), f"page {page} ends inside a sentence: {words!r}"
        read.append(words)
    card = deck.cards[0]
    assert " ".join(" ".join(read).split()) == " ".join(
        card.text.replace("**", "").split()  # type: ignore[union-attr]
    ), "every word once, in order"


def test_bold_sentences_stay_bold_on_their_page(bundled) -> None:
    deck, sizes = deck_of(bundled, "samarbejdskompasset"), room_sizes((1920, 1080))
    bold = []
    first = layout_front(deck, 0, QSizeF(1920, 1080), DEFAULT, "", sizes)
    for page in range(1, first.pages):
        layout = layout_front(deck, 0, QSizeF(1920, 1080), DEFAULT, "", sizes, page)
        doc = next(block for block in layout.blocks if block.field == "text").doc
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                char: QTextCharFormat = fragment.charFormat()
                if char.fontWeight() >= QFont.Weight.Bold:
                    bold.append(fragment.text())
                it += 1
            block = block.next()
    assert any(part.startswith("Vi gør viden fælles") for part in bold), bold
    assert any("Det handler om at lukke borgerne ind" in part for part in bold), bold


@pytest.mark.parametrize("size", SIZES)
def test_every_face_of_every_card_meets_the_room(bundled, size) -> None:
    sizes = room_sizes(size)
    screen = QSizeF(*size)
    for loaded in bundled:
        for deck in (loaded.deck, *loaded.translations):
            assert deck is not None
            for index, card in enumerate(deck.cards):
                front = layout_front(deck, index, screen, DEFAULT, "", sizes)
                for page in range(front.pages):
                    assert_legible(
                        layout_front(deck, index, screen, DEFAULT, "", sizes, page), sizes
                    )
                if card.has_back:
                    assert_legible(layout_back(deck, index, screen, DEFAULT, "", sizes), sizes)
                if deck.exercise is not None:
                    exercise = layout_exercise(deck, index, screen, ["tilbage"], DEFAULT, "", sizes)
                    assert not exercise.overflow
                    assert exercise.digits_px >= sizes.min_px(Role.COUNTDOWN)
                    assert exercise.label_px >= sizes.min_px(Role.LABEL) - 0.05
                    steps = [b.pixel_size for b in exercise.blocks if b.role is Role.STEP]
                    assert steps and min(steps) >= sizes.min_px(Role.STEP) - 0.05


def test_the_countdown_in_the_footer(bundled) -> None:
    deck = deck_of(bundled, "samarbejdskompasset")
    today = layout_front(deck, 0, QSizeF(1920, 1080), DEFAULT)
    assert today.badge_px == pytest.approx(43.2), "4% of 1080: far larger than the footer's 27 px"
    sizes = room_sizes((1920, 1080), "65in,12m")
    room = layout_front(deck, 0, QSizeF(1920, 1080), DEFAULT, "", sizes, 1)
    assert room.badge_px == pytest.approx(sizes.min_px(Role.COUNTDOWN))
    footer = min(b.pos.y() for b in room.blocks if b.role is Role.FOOTER)
    text = max(b.pos.y() + b.height for b in room.blocks if b.role is not Role.FOOTER)
    card_bottom = room.card_rect.bottom()
    # the countdown sits in the footer's band, under the text: its height fits above the card's
    # bottom padding without reaching into the text
    assert card_bottom - footer >= room.badge_px, "the footer band holds the countdown"
    assert text < footer


def test_without_a_room_the_layout_is_todays(bundled) -> None:
    deck = deck_of(bundled, "samarbejdskompasset")
    today = layout_front(deck, 0, QSizeF(1920, 1080), DEFAULT, "07 · 1/1")
    assert today.pages == 1
    body = next(block for block in today.blocks if block.field == "text")
    assert 27.0 <= body.pixel_size < 35.0, "shrunk to fit one screen, as before"
    footer = [b.pixel_size for b in today.blocks if b.role is Role.FOOTER]
    assert footer == [27.0, 27.0]
