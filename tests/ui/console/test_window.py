"""The presenter console and the screens: where each window goes, and what the console shows."""

import pytest
from PySide6.QtCore import QSize, Qt

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


def _din_2024(bundled):
    from kompas_kiosk.core import resources
    from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes

    found = load_programmes([resources.content_dir() / "programmes"], decks_by_id(bundled))
    return next(p.programme for p in found if p.programme and p.programme.id == "din-2024")


def _laid_out_children(window):
    from PySide6.QtWidgets import QWidget

    return [
        child
        for child in window.findChildren(QWidget)
        if child.parentWidget() is window and child.isVisible()
    ]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("with_programme", [False, True])
def test_the_console_fits_a_laptop_and_a_full_hd_screen(qtbot, bundled, room, size, with_programme):
    """No part of the console covers another or leaves the window (the notes sheet and the help
    overlay lie over the others by design: the previews and figures keep clear of the sheet)."""
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    console.resize(*size)
    if with_programme:
        from kompas_kiosk.core.programmes.schedule import ProgrammeRun

        programme = _din_2024(bundled)
        run = ProgrammeRun(len(programme.steps))
        run.enter(0, 0.0)
        run.enter(6, 900.0)
        console.monotonic = lambda: 1000.0
        console.set_programme(programme, run)
    console.show()
    qtbot.waitExposed(console)
    console.layout().activate()
    assert (console.width(), console.height()) == size, "nothing asks for more than the screen"
    sheet = room.notes_panel
    assert sheet.parentWidget() is console
    children = [w for w in _laid_out_children(console) if w not in (sheet, console.help_overlay)]
    assert console.rail in children if with_programme else console.rail not in children
    window = console.rect()
    for child in children:
        assert window.contains(child.geometry()), f"{child.objectName()} leaves the window"
        assert not child.geometry().intersects(sheet.geometry()), (
            f"{child.objectName()} under notes"
        )
        for other in children:
            if other is not child:
                assert not child.geometry().intersects(other.geometry()), (
                    f"{child.objectName()} overlaps {other.objectName()}"
                )
    for button in console.buttons:  # every button's text fits
        assert button.width() >= button.sizeHint().width()
    for button in (console.workshop_button, console.settings_button):  # the top line's buttons
        if button.isVisible():
            where = button.geometry().translated(console.title_row.pos())
            assert window.contains(where), f"{button.objectName()} leaves the window"
            assert not where.intersects(sheet.geometry()), f"{button.objectName()} under notes"
            assert button.width() >= button.sizeHint().width()


def test_the_console_keeps_clear_of_the_notes_sheet_when_it_widens(qtbot, room, monkeypatch):
    """The sheet is as wide as its contents need (a long label in English): when it grows after
    the console was laid out, the console's columns make room (»Ny workshop« sat under it)."""
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.set_settings_page(type("Page", (), {"open_page": lambda self: None})())
    console.show()
    qtbot.waitExposed(console)
    sheet = room.notes_panel
    before = sheet.geometry()
    console.layout().activate()
    assert console.title_row.geometry().right() < before.left()
    monkeypatch.setattr(sheet, "minimumSizeHint", lambda: QSize(before.width() + 60, 100))
    sheet.place()
    console.layout().activate()
    assert sheet.geometry().left() < before.left() - 40 and console.rect().contains(
        sheet.geometry()
    )
    for child in (console.title_row, console.next_preview, console.board, *console.buttons):
        assert not child.geometry().intersects(sheet.geometry()), f"{child.objectName()}"
    top_line = console.title_row.geometry()
    assert top_line.right() < sheet.geometry().left()
    assert console.settings_button.isVisible() and console.workshop_button.isVisible()


def test_the_rail_shows_the_plan_against_the_room(qtbot, bundled, room, console):
    """The programme task's API: set_programme with a run, programme_changed after each step."""
    from kompas_kiosk.core.programmes.schedule import ProgrammeRun

    programme = _din_2024(bundled)
    now = [0.0]
    console.monotonic = lambda: now[0]
    run = ProgrammeRun(len(programme.steps))
    console.set_programme(programme, run)
    console.show()
    assert console.rail.isVisible()
    assert console.rail.status_text() == f"{programme.planned_minutes} min planlagt"
    run.enter(0, 0.0)
    now[0] = 30.0
    console.programme_changed()
    assert console.rail.status_text() == "i tide"
    first = programme.steps[0].minutes
    # Step 0 runs four minutes over its plan, then the room moves on.
    run.enter(1, (first + 4) * 60.0)
    now[0] = (first + 4) * 60.0 + 10
    console.programme_changed()
    assert console.rail.status_text() == "4 min bagud"
    assert console.schedule is not None and console.schedule.status == "amber"
    rows = console.rail.row_texts()
    assert len(rows) == len(programme.steps)
    assert rows[0][2] == f"{first} min" and rows[0][3] == f"{first + 4}:00"
    assert rows[1][3] == "0:10" and rows[2][3] == ""
    assert console.board.figures["elapsed"].text() == f"{first + 4}:10"
    left = programme.steps[1].minutes * 60 - 10
    assert console.board.figures["step"].text() == f"{left // 60}:{left % 60:02d}"
    assert console.position_label.text().startswith(f"Trin 2/{len(programme.steps)} · ")
    # Skipping ten steps ahead puts the room ahead of the plan.
    starts = programme.start_minutes()
    run.enter(12, now[0])
    console.programme_changed()
    expected = starts[12] - (first + 4) - 0  # minutes ahead, rounded as the rail rounds
    assert console.rail.status_text().endswith("min foran")
    assert console.schedule.minutes_off == round(expected - 10 / 60)
    # Back to a deck: no rail, and the previews get the room.
    console.set_programme(None)
    assert not console.rail.isVisible()
    assert not console.board.figures["elapsed"].isVisible()


def test_the_countdown_shows_the_exercise_length_before_it_starts(room, console):
    console.show()
    minutes = room.controller.navigator.deck.exercise.minutes
    assert console.digits.text() == f"{minutes}:00"


@pytest.mark.parametrize("with_programme", [False, True])
def test_the_console_fits_a_laptop_in_english_too(qtbot, bundled, english, with_programme):
    """English labels are longer ("Show the exercise"): at 1280x800 the console once asked for
    1,321 px, so the window grew past the screen and cut the notes sheet off at the right."""
    room = RoomWindow(bundled, "en")
    qtbot.addWidget(room)
    room.open_deck_id("samarbejdskompasset")
    test_the_console_fits_a_laptop_and_a_full_hd_screen(
        qtbot, bundled, room, (1280, 800), with_programme
    )


def test_tab_on_a_console_button_moves_on_and_leaves_the_room_alone(qtbot, room, console):
    """The console carries the room's keys, where Tab opens the overview: on the console the
    keyboard's Tab moves to the next control (it opened and closed the overview, a trap)."""
    from kompas_kiosk.core.room.views import View

    room.show()
    console.show()
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)  # the key table's shortcuts work in the active window
    console.toggle_button.setFocus()
    qtbot.keyClick(console.toggle_button, Qt.Key.Key_Tab)
    assert console.focusWidget() is console.more_button
    assert room.controller.view is View.CARD, "the room saw no overview"
    qtbot.keyClick(console.more_button, Qt.Key.Key_Backtab)
    assert console.focusWidget() is console.toggle_button
    qtbot.keyClick(console.toggle_button, Qt.Key.Key_G)  # the overview's own key still works
    assert room.controller.view is View.OVERVIEW
