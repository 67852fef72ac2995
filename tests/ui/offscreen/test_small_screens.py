"""Every view lays out cleanly from 1024x768 up to 3840x2160, landscape and portrait, in Danish
and English: no text leaves its area, runs into another text or across a rule, holds a word
wider than its column, or wraps a word or two a line."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSizeF, Qt

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.content import load_content
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.core.programmes.model import Slide
from kompas_kiosk.core.room.navigation import Navigator
from kompas_kiosk.ui.application import application
from kompas_kiosk.ui.offscreen import text_boxes
from kompas_kiosk.ui.theme.colors import DEFAULT

SIZES = [(1024, 768), (1280, 800), (1920, 1080), (3840, 2160), (1080, 1920)]
LANGS = ("da", "en")
LABELS = {
    "da": ["Tryk mellemrum for at starte", "tilbage", "Tiden er snart gået", "Tiden er gået"],
    "en": ["Press space to start", "left", "Time is nearly up", "Time is up", "over time"],
}
NOTES = [
    "Vi starter med at læse kortet højt",
    "Gruppe 2: »tillid før kontrol« – hvordan ser det ud i praksis?",
    "Husk at samle op på\nspørgsmålene fra i går",
]

_CONTENT: list = []


def content() -> tuple[list, list]:
    if not _CONTENT:
        application()
        decks = load_content([resources.content_dir()])
        _CONTENT.extend([decks, load_programme_content([resources.content_dir()], decks)])
    return _CONTENT[0], _CONTENT[1]


def decks_in(lang: str) -> Iterator[Deck]:
    for loaded in content()[0]:
        for deck in (loaded.deck, *loaded.translations):
            if deck is not None and deck.language == lang:
                yield deck


def size_id(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {problem}" for where, lines in found.items() for problem in lines)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_card_faces_lay_out_cleanly(size: tuple[int, int], lang: str) -> None:
    from kompas_kiosk.ui.card.card_back import layout_back
    from kompas_kiosk.ui.card.card_front import layout_front

    found: dict[str, list[str]] = {}
    for deck in decks_in(lang):
        navigator = Navigator([deck])
        for index, card in enumerate(deck.cards):
            navigator.open_deck(0, index)
            position = navigator.position_text()
            faces = {"front": layout_front(deck, index, QSizeF(*size), DEFAULT, position)}
            if card.has_back:
                faces["back"] = layout_back(deck, index, QSizeF(*size), DEFAULT, position)
            for face, layout in faces.items():
                wrong = text_boxes.problems(*text_boxes.face_boxes(layout))
                if wrong:
                    found[f"{deck.id} {card.number or index + 1} {face}"] = wrong
    assert not found, report(found)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_exercise_lays_out_cleanly(size: tuple[int, int], lang: str) -> None:
    from kompas_kiosk.ui.exercise.face import layout_exercise

    found: dict[str, list[str]] = {}
    for deck in decks_in(lang):
        for index, card in enumerate(deck.cards):
            layout = layout_exercise(deck, index, QSizeF(*size), LABELS[lang], DEFAULT)
            wrong = text_boxes.problems(*text_boxes.face_boxes(layout))
            if wrong:
                found[f"{deck.id} {card.number or index + 1}"] = wrong
    assert not found, report(found)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_slides_lay_out_cleanly(size: tuple[int, int], lang: str) -> None:
    from kompas_kiosk.ui.room.slide_layout import layout_slide

    found: dict[str, list[str]] = {}
    for loaded in content()[1]:
        programme = loaded.programme_for(lang)
        assert programme is not None
        for number, step in enumerate(programme.steps, start=1):
            if isinstance(step.part, Slide):
                layout = layout_slide(step.part, QSizeF(*size), lang)
                wrong = text_boxes.problems(*text_boxes.slide_boxes(layout))
                if wrong:
                    found[f"{loaded.programme_id} step {number}"] = wrong
    assert not found, report(found)


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_shared_notes_lay_out_cleanly(size: tuple[int, int]) -> None:
    from kompas_kiosk.ui.notes.shared_view import layout_shared

    application()
    heading = "PRINCIP 07 · Bliv klogere sammen igen og igen"
    for notes, draft in (
        (NOTES, "Næste gang: inviter borgerne tidligere"),
        ([], ""),
        (NOTES * 6, ""),
    ):
        layout = layout_shared(QSizeF(*size), None, heading, notes, draft)
        assert not text_boxes.problems(text_boxes.shared_boxes(layout))


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_exercise_disc_keeps_its_size(size: tuple[int, int]) -> None:
    """At 1024x768 the disc had shrunk to 110 px beside a narrow column of steps."""
    from kompas_kiosk.ui.card.card_layout import CardMetrics
    from kompas_kiosk.ui.exercise.face import DISC_MIN, layout_exercise

    unit = CardMetrics(QSizeF(*size)).unit
    for deck in decks_in("da"):
        layout = layout_exercise(deck, 0, QSizeF(*size), LABELS["da"], DEFAULT)
        assert layout.disc.width() >= DISC_MIN * unit - 0.5, deck.id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_painted_views_lay_out_cleanly(qtbot, size: tuple[int, int], lang: str) -> None:
    """The deck chooser, a message and each deck's overview, as the room window paints them."""
    from kompas_kiosk.ui.room.window import RoomWindow
    from tests.helpers.stubs import FakeClock

    decks, programmes = content()
    application(lang=lang)
    window = RoomWindow(decks, lang, clock=FakeClock())
    qtbot.addWidget(window)
    window.set_programmes(programmes)
    window.resize(*size)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    found: dict[str, list[str]] = {}
    window.show_chooser()
    found["chooser"] = text_boxes.problems(text_boxes.painted_boxes(window.chooser))
    window.display_message("Kortsættet kan ikke læses", ["deck.yaml:3: title: mangler"] * 3)
    found["message"] = text_boxes.problems(text_boxes.painted_boxes(window.message_view))
    for loaded in decks:
        assert loaded.deck is not None
        window.display_overview(loaded.deck, 0)
        boxes = text_boxes.painted_boxes(window.overview)
        found[f"overview {loaded.deck_id}"] = text_boxes.problems(boxes)
    for loaded in decks:  # the running countdown, small in the card's footer
        if loaded.deck is None or loaded.deck.exercise is None:
            continue
        window.open_deck_id(loaded.deck_id)
        window.show_exercise()
        window.controller.exercise.toggle()
        window.show_card()
        layout = window.card_view.face_layout()
        assert layout is not None
        boxes = text_boxes.face_boxes(layout)[0] + text_boxes.painted_boxes(window.card_view)
        found[f"card {loaded.deck_id} counting down"] = text_boxes.problems(boxes)
    found = {where: lines for where, lines in found.items() if lines}
    assert not found, report(found)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_console_and_its_notes_lay_out_cleanly(
    qtbot, tmp_path, size: tuple[int, int], lang: str
) -> None:
    """The presenter console on a screen of `size`, with the notes sheet beside or under it: at
    1024x768 the sheet ran off the right edge and squeezed the console's columns."""
    from PySide6.QtWidgets import QApplication

    from kompas_kiosk.core.notes.store import NotesStore
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.programme_link import follow_programme
    from kompas_kiosk.ui.room.window import RoomWindow
    from tests.helpers.stubs import FakeClock

    decks, programmes = content()
    application(lang=lang)
    store = lambda: NotesStore.open(tmp_path / "notes.db", lang=lang)  # noqa: E731
    window = RoomWindow(decks, lang, clock=FakeClock(), notes_store=store)
    qtbot.addWidget(window)
    window.set_programmes(programmes)
    window.controller.open_programme_id("din-2024", 5)
    console = ConsoleWindow(window, window.colors)
    qtbot.addWidget(console)
    follow_programme(window, console)
    for widget in (window, console):
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.resize(*size)
        widget.show()
    qtbot.waitUntil(lambda: window.notes_panel.parentWidget() is console)
    QApplication.processEvents()
    found = text_boxes.problems(text_boxes.widget_boxes(console))
    assert (console.width(), console.height()) == size, "the console's columns need more room"
    sheet = window.notes_panel.geometry()
    assert console.rect().contains(sheet), f"the notes sheet {sheet} runs off {size}"
    assert not found, "\n".join(found)
    console.hide()  # the sheet goes back to the room window (H shows it there)
    window.notes_panel.open()
    QApplication.processEvents()
    sheet = window.notes_panel.geometry()
    assert window.rect().contains(sheet), f"the room's notes sheet {sheet} runs off {size}"
