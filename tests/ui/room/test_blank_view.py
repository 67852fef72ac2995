"""The blank screen: all black or all white, nothing on it, and any key or tap ends it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kompas_kiosk.ui.room.blank_view import BlankView


@pytest.fixture
def window(shortcut_window):
    win = shortcut_window("M", BlankView(), size=(640, 360))  # M: like the room's 'mute'
    win.blank = win.view
    return win


@pytest.mark.parametrize(("color", "rgb"), [("black", "#000000"), ("white", "#ffffff")])
def test_the_screen_is_one_colour_and_nothing_else(qtbot, color, rgb):
    view = BlankView()
    qtbot.addWidget(view)
    view.resize(320, 180)
    view.set_color(color)
    assert view.color == color
    image = view.grab().toImage()
    seen = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert seen == {rgb}


def test_only_black_or_white(qtbot):
    view = BlankView()
    qtbot.addWidget(view)
    with pytest.raises(ValueError, match="black"):
        view.set_color("grey")  # type: ignore[arg-type]
    assert view.color == "black"


def test_it_has_a_name_for_screen_readers(qtbot):
    view = BlankView("white")
    qtbot.addWidget(view)
    assert view.accessibleName() == "Hvid skærm"
    view.set_color("black")
    assert view.accessibleName() == "Sort skærm"


@pytest.mark.parametrize("key", ["B", "Space", "Right", "PgDown", "Esc", "."])
def test_any_key_ends_it(qtbot, window, key):
    sequence = QKeySequence(key)[0]
    with qtbot.waitSignal(window.blank.dismissed, timeout=60_000):
        qtbot.keyClick(window.blank, sequence.key(), sequence.keyboardModifiers())


def test_a_key_that_ends_it_does_nothing_else(qtbot, window):
    with qtbot.waitSignal(window.blank.dismissed, timeout=60_000):
        qtbot.keyClick(window.blank, Qt.Key.Key_M)
    assert window.fired == 0, "M woke the screen; it must not also mute the sound"


def test_a_modifier_alone_does_not_end_it(qtbot, window):
    with qtbot.assertNotEmitted(window.blank.dismissed):
        qtbot.keyPress(window.blank, Qt.Key.Key_Shift)
        qtbot.keyRelease(window.blank, Qt.Key.Key_Shift)


def test_a_tap_ends_it(qtbot, window):
    with qtbot.waitSignal(window.blank.dismissed, timeout=60_000):
        qtbot.mouseClick(window.blank, Qt.MouseButton.LeftButton)
