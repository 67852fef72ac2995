"""A toast never covers what the room reads (the card's text, the footer's countdown, the
exercise, a slide, the newest shared note), at any screen size; with a console shown, the
message goes to the console and the room shows none."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSizeF, Qt

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.content import load_content
from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.ui.common.toast import Toast
from kompas_kiosk.ui.offscreen import text_boxes
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.stubs import FakeClock

SIZES = [(1024, 768), (1280, 800), (1920, 1080), (3840, 2160), (1080, 1920)]
LONG = "Der er intet kort med nummer 9"
NOTES = ["Vi starter med at læse kortet højt", "Husk at samle op på spørgsmålene fra i går"]


@pytest.fixture
def window(qtbot) -> RoomWindow:
    decks = load_content([resources.content_dir()])
    window = RoomWindow(decks, "da", clock=FakeClock())
    qtbot.addWidget(window)
    window.set_programmes(load_programme_content([resources.content_dir()], decks))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    return window


def covers(window: RoomWindow, boxes: list[text_boxes.Box]) -> list[str]:
    window.show_toast(LONG, 3)
    assert window.toast.isVisible()
    toast = QRectF(window.toast.geometry())
    return [box.name for box in boxes if any(line.intersects(toast) for line in box.lines)]


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_toast_covers_nothing_the_room_reads(window: RoomWindow, size: tuple[int, int]) -> None:
    from kompas_kiosk.ui.exercise.face import layout_exercise
    from kompas_kiosk.ui.notes.shared_view import layout_shared
    from kompas_kiosk.ui.room.slide_layout import layout_slide

    window.resize(*size)
    window.open_deck_id("samarbejdskompasset")
    window.show_exercise()
    window.controller.exercise.toggle()  # the countdown runs: the card shows it in its footer
    window.show_card()
    layout = window.card_view.face_layout()
    assert layout is not None
    boxes = text_boxes.face_boxes(layout)[0] + text_boxes.painted_boxes(window.card_view)
    assert any("10:00" in box.name for box in boxes), "the footer's countdown is read"
    assert not covers(window, boxes)

    deck = window.navigator.deck
    assert deck is not None
    exercise = layout_exercise(deck, 0, QSizeF(*size), ["Tryk mellemrum for at starte"])
    assert not covers(window, text_boxes.face_boxes(exercise)[0])
    heading = "PRINCIP 07 · Bliv klogere sammen igen og igen"
    shared = layout_shared(QSizeF(*size), None, heading, NOTES * 5, "")
    assert not covers(window, text_boxes.shared_boxes(shared))
    programme = window.controller.programmes[0].programme
    assert programme is not None
    for step in programme.steps[:3]:
        slide = layout_slide(step.part, QSizeF(*size))  # type: ignore[arg-type]
        assert not covers(window, text_boxes.slide_boxes(slide)[0])
    window.show_chooser()
    assert not covers(window, text_boxes.painted_boxes(window.chooser))
    window.display_overview(deck, 0)
    assert not covers(window, text_boxes.painted_boxes(window.overview))


def test_with_a_console_shown_the_message_goes_to_the_console(qtbot, window: RoomWindow) -> None:
    from kompas_kiosk.ui.console.window import ConsoleWindow

    console = ConsoleWindow(window, window.colors)
    qtbot.addWidget(console)
    window.toast.forward_to(Toast(console, window.colors))
    console.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    console.show()
    window.show_toast(LONG, 3)
    console_toast = console.findChild(Toast)
    assert console_toast is not None and console_toast.isVisible()
    assert console_toast.text() == LONG
    assert window.toast.isHidden(), "the room shows none"
    console.hide()  # one screen, the console put away: the room shows it again
    window.show_toast("Sidste kort", 3)
    assert window.toast.isVisible() and window.toast.text() == "Sidste kort"
