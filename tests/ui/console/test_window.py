"""The presenter console and the screens: where each window goes, and what the console shows."""

import pytest

from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.ui.console.screens import ScreenArrangement, largest
from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.qt_stubs import FakeScreen

LAPTOP = FakeScreen("laptop", 1280, 800)
PROJECTOR = FakeScreen("projector", 1920, 1080, x=1280)


class Placement:
    """Records where `place` put each window, instead of moving real windows."""

    def __init__(self, monkeypatch) -> None:
        self.where: dict[str, str] = {}
        from kompas_kiosk.ui.console import screens

        monkeypatch.setattr(screens, "place", self.place)

    def place(self, window, screen, windowed, role) -> None:
        self.where[role] = screen.name()
        window.show()


@pytest.fixture
def room(qtbot, bundled):
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.open_deck_id("samarbejdskompasset")
    return window


@pytest.fixture
def console(qtbot, room):
    window = ConsoleWindow(room)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def test_the_largest_screen_is_the_room_by_default():
    assert largest([LAPTOP, PROJECTOR], LAPTOP) is PROJECTOR
    same = FakeScreen("second", 1280, 1280, 800)
    assert largest([LAPTOP, same], LAPTOP) is same, "equal screens: the external one"


def test_two_screens_and_a_swap(monkeypatch, room, console):
    placement = Placement(monkeypatch)
    screens = [LAPTOP, PROJECTOR]
    arrangement = ScreenArrangement(room, console, screens=lambda: screens)
    arrangement.arrange()
    assert placement.where == {"room": "projector", "console": "laptop"}
    assert arrangement.swap()
    assert placement.where == {"room": "laptop", "console": "projector"}


def test_a_screen_pulled_out_leaves_the_room_and_keeps_the_countdown(monkeypatch, room, console):
    placement = Placement(monkeypatch)
    screens = [LAPTOP, PROJECTOR]
    arrangement = ScreenArrangement(room, console, screens=lambda: screens)
    arrangement.arrange()
    room.show_exercise()
    room.controller.exercise_toggle()
    screens.remove(PROJECTOR)
    arrangement.arrange()
    assert placement.where["room"] == "laptop"
    assert not console.isVisible(), "one screen: the console waits for C"
    assert room.controller.exercise.countdown.state is State.RUNNING
    arrangement.toggle_console()
    assert console.isVisible() and placement.where["console"] == "laptop"


def test_the_screen_options_choose(monkeypatch, room, console):
    placement = Placement(monkeypatch)
    screens = [LAPTOP, PROJECTOR]
    ScreenArrangement(
        room, console, room_screen=0, console_screen=1, screens=lambda: screens
    ).arrange()
    assert placement.where == {"room": "laptop", "console": "projector"}


def test_the_console_shows_the_room_and_what_comes_next(qtbot, room, console):
    room.show()
    console.show()
    console.refresh_previews()
    assert not console.now_preview.pixmap().isNull()
    assert "bagside" in console.next_caption.text(), "next turns principle 07 over"
    room.navigator.flip()
    room.show_card()
    console.refresh_previews()
    assert "sidste kort" in console.next_caption.text()


def test_the_console_drives_the_countdown(qtbot, room, console):
    console.show()
    console.toggle_button.click()
    assert room.controller.exercise.countdown.state is State.RUNNING
    assert console.toggle_button.text() == "Pause"
    console.more_button.click()
    assert room.controller.exercise.countdown.remaining > 600
    console.toggle_button.click()
    assert room.controller.exercise.countdown.state is State.PAUSED


def test_the_notes_move_to_the_console_and_back(qtbot, room, console):
    console.show()
    assert room.notes_panel.parentWidget() is console
    console.hide()
    assert room.notes_panel.parentWidget() is room


def test_the_console_carries_the_room_keys(room, console):
    assert set(console.actions()) == set(room.actions())


def test_one_more_minute_on_the_console_is_saved_for_a_restart(qtbot, bundled, tmp_path):
    """The console's buttons run the same workflow as the keys: the room's state on disk
    shows the longer countdown at once, so a crash does not lose the extra minute."""
    import json

    from kompas_kiosk.core.room.state import StateFile

    path = tmp_path / "room-state.json"
    room = RoomWindow(bundled, "da", state_file=StateFile(path))
    qtbot.addWidget(room)
    room.open_deck_id("samarbejdskompasset")
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    console.toggle_button.click()
    console.more_button.click()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["exercise"]["deck_id"] == "samarbejdskompasset"
    assert saved["exercise"]["countdown"]["state"] == "running"
    assert saved["exercise"]["countdown"]["remaining"] > 600
    restored = StateFile(path).load().restore_countdown()
    assert restored is not None and restored.remaining > 600


def test_with_one_screen_c_shows_and_hides_the_console_even_from_the_note_field(
    qtbot, monkeypatch, room, console
):
    """On the console the cursor waits in the note field; C still hides the console (and no
    stray »c« is left in the field, where the draft would keep it across a restart)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    Placement(monkeypatch)
    arrangement = ScreenArrangement(room, console, screens=lambda: [LAPTOP])
    room.screens = arrangement
    room.show()
    qtbot.waitExposed(room)
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    qtbot.keyClick(QApplication.focusWidget() or room, Qt.Key.Key_C)
    assert console.isVisible()
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    field = room.notes_panel.field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_C)
    assert not console.isVisible(), "C from the note field hides the console"
    assert room.notes_panel.draft_text() == ""


def test_in_the_middle_of_a_word_c_is_a_letter(qtbot, monkeypatch, room, console):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    Placement(monkeypatch)
    room.screens = ScreenArrangement(room, console, screens=lambda: [LAPTOP])
    room.screens.toggle_console()
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    field = room.notes_panel.field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Tak")
    qtbot.keyClick(field, Qt.Key.Key_C)
    assert console.isVisible()
    assert room.notes_panel.draft_text() == "Takc"
