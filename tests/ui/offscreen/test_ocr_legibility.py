"""Read the room screen back as the back row would: Tesseract (Danish) on a picture a third the
size of the 1920x1080 screen must find the card's title, its question, the countdown running
small in the footer during group work, and the footer itself.

A third of the size is how the screen looks from three times as far (each letter a third as
high). The cards are laid out for a 65" screen seen from 8 m (`--room 65in,8m`); the countdown
in the footer is also read without a room. Tesseract comes with ./kiosk-tests
(`tesseract-ocr tesseract-ocr-dan` in tools/setup.sh).
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.room.legibility import Room, parse_room
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.stubs import FakeClock

SIZE = (1920, 1080)
ROOM = "65in,8m"
RUNNING = 83.0  # seconds of the exercise gone: a ten-minute countdown shows 8:37


def _tesseract_danish() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    if shutil.which("tesseract") is None:
        return "tesseract is not installed (./kiosk-tests installs tesseract-ocr tesseract-ocr-dan)"
    langs = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    ).stdout.split()
    if "dan" not in langs:
        return "tesseract has no Danish (./kiosk-tests installs tesseract-ocr-dan)"
    return None


pytestmark = pytest.mark.skipif(_tesseract_danish() is not None, reason=str(_tesseract_danish()))


def _words(text: str) -> list[str]:
    return re.findall(r"[0-9]+:[0-9]{2}|[\wæøåÆØÅ]+", text.lower())


def _found(expected: str, read: str) -> float:
    """The share of `expected`'s words that OCR read (a word counts when it is close enough:
    one misread letter in a long word)."""
    seen = _words(read)
    wanted = _words(expected)
    hits = sum(1 for word in wanted if difflib.get_close_matches(word, seen, n=1, cutoff=0.8) or [])
    return hits / max(1, len(wanted))


def _screen(
    qtbot, decks: list[LoadedDeck], deck_id: str, index: int, room: Room | None, tmp_path: Path
) -> tuple[RoomWindow, str]:
    """The room screen showing card `index` with its exercise's countdown running (when the
    deck has an exercise), a third of its size, read by Tesseract in Danish."""
    clock = FakeClock(0.0)
    window = RoomWindow(decks, "da", clock=clock)
    qtbot.addWidget(window)
    window.card_view.set_room(room)
    window.open_deck_id(deck_id)
    window.navigator.go_to(index)
    window.resize(*SIZE)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    deck = window.navigator.deck
    assert deck is not None
    if deck.exercise is not None:
        assert window.show_exercise()
        window.controller.exercise_toggle()  # the groups start working
        clock.advance(RUNNING)
        window.show_card()  # the room looks at the card; the countdown runs in its footer
    window.exercise.changed.emit()  # the ticker's refresh, without waiting a second for it
    window.show_card()
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    window.render(image)
    third = image.scaled(
        SIZE[0] // 3,
        SIZE[1] // 3,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    path = tmp_path / f"{deck_id}-{index}.png"
    assert third.save(str(path))
    read = subprocess.run(
        ["tesseract", str(path), "-", "-l", "dan", "--psm", "3"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return window, read


@pytest.mark.parametrize(
    ("deck_id", "index"),
    [
        ("samarbejdskompasset", 0),
        ("aarhuskompasset", 0),
        ("aarhuskompasset", 3),
        ("laering-2023", 2),
    ],
)
def test_the_back_row_reads_title_question_countdown_and_footer(
    qtbot, bundled: list[LoadedDeck], tmp_path: Path, deck_id: str, index: int
) -> None:
    window, read = _screen(qtbot, bundled, deck_id, index, parse_room(ROOM), tmp_path)
    deck = window.navigator.deck
    assert deck is not None
    card = deck.cards[index]
    assert _found(card.title, read) >= 0.75, read
    assert _found(card.question or deck.prompt or "", read) >= 0.75, read
    footer = " ".join(part for part in (deck.title, deck.edition) if part)
    assert _found(footer, read) >= 0.6, read
    if deck.exercise is not None:
        countdown = window.controller.countdown
        assert countdown is not None
        assert countdown.display() in read, read


def test_the_countdown_in_the_footer_is_read_without_a_room_too(
    qtbot, bundled: list[LoadedDeck], tmp_path: Path
) -> None:
    window, read = _screen(qtbot, bundled, "samarbejdskompasset", 0, None, tmp_path)
    countdown = window.controller.countdown
    assert countdown is not None and countdown.display() == "8:37"
    assert "8:37" in read, read


def test_a_page_of_a_long_card_is_read_at_the_rooms_size(
    qtbot, bundled: list[LoadedDeck], tmp_path: Path
) -> None:
    window, _ = _screen(qtbot, bundled, "samarbejdskompasset", 0, parse_room(ROOM), tmp_path)
    assert window.card_view.page_count() > 2
    window.controller.pages.turn(1)
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    window.render(image)
    third = image.scaled(
        SIZE[0] // 3,
        SIZE[1] // 3,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    path = tmp_path / "page.png"
    assert third.save(str(path))
    read = subprocess.run(
        ["tesseract", str(path), "-", "-l", "dan"], capture_output=True, text=True, check=True
    ).stdout
    first = "Det er helt afgørende for samarbejdet og resultaterne, at vi giver viden tilbage"
    assert _found(first, read) >= 0.8, read
