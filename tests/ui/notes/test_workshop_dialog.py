"""»Ny workshop«: the dialog (Enter starts, Esc changes nothing, an empty name is refused), Ctrl+N
and the console's button through the room controller, and the PIN in kiosk mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.kiosk.mode import KioskMode
from kompas_kiosk.ui.notes.workshop_dialog import WorkshopDialog
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.store import SettingsValues
from tests.helpers.stubs import FakeClock

PIN = "2468"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def room(qtbot, bundled, tmp_path):
    path = tmp_path / "notes.sqlite3"
    win = RoomWindow(bundled, "da", notes_store=lambda: NotesStore.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.open_deck_id("samarbejdskompasset")
    return win


def dialog_of(win: RoomWindow) -> WorkshopDialog:
    dialog = win._notes._dialog
    assert dialog is not None
    return dialog


def test_enter_gives_the_name_and_place(qtbot, host):
    dialog = WorkshopDialog(parent=host)
    dialog.popup(host, "Formiddagen")
    assert dialog.isVisible() and dialog.name.hasFocus()
    assert "»Formiddagen« beholder sine noter." in dialog.current.text()
    qtbot.keyClicks(dialog.name, "Borgermøde")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.place, "Dokk1")
    with qtbot.waitSignal(dialog.submitted) as submitted:
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert submitted.args == ["Borgermøde", "Dokk1"]


def test_esc_cancels_and_gives_nothing(qtbot, host):
    dialog = WorkshopDialog(parent=host)
    given: list[tuple[str, str]] = []
    dialog.submitted.connect(lambda name, place: given.append((name, place)))
    dialog.popup(host)
    qtbot.keyClicks(dialog.name, "Eftermiddagen")
    with qtbot.waitSignal(dialog.cancelled):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and given == []


def test_enter_on_the_cancel_button_cancels(qtbot, host):
    dialog = WorkshopDialog(parent=host)
    given: list[str] = []
    dialog.submitted.connect(lambda name, place: given.append(name))
    dialog.popup(host)
    qtbot.keyClicks(dialog.name, "Eftermiddagen")
    dialog.cancel_button.setFocus()
    with qtbot.waitSignal(dialog.cancelled):
        qtbot.keyClick(dialog.cancel_button, Qt.Key.Key_Return)
    assert given == []


def test_ctrl_n_starts_a_workshop_through_the_controller(qtbot, room):
    panel = room.notes_panel
    panel.open()
    panel.field.set_text("Fra formiddagen")
    panel.submit()
    before = panel.keeper.session
    assert before is not None
    qtbot.keyClick(panel.field, Qt.Key.Key_N, CTRL)  # from the notes field, too
    dialog = dialog_of(room)
    assert dialog.isVisible() and dialog.parentWidget() is room
    qtbot.keyClicks(dialog.name, "Eftermiddagen")
    qtbot.keyClicks(dialog.place, "Dokk1")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    session = panel.keeper.session
    assert session is not None and session.id != before.id
    assert (session.name, session.place) == ("Eftermiddagen", "Dokk1")
    assert panel.list_view.workshop.workshop.text() == "Workshop: Eftermiddagen · Dokk1"
    assert room.toast.isVisible()
    panel.field.set_text("Fra eftermiddagen")
    panel.submit()
    assert [e.text for e in panel.keeper.entries(card_only=False)] == ["Fra eftermiddagen"]


def test_an_empty_name_is_refused_with_a_message_and_nothing_changes(qtbot, room):
    room.controller.workshops.ask()
    dialog = dialog_of(room)
    before = room.notes_panel.keeper.session
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text().startswith("Giv workshoppen et navn")
    assert room.notes_panel.keeper.session == before


def test_keys_in_the_dialog_are_the_dialogs(qtbot, room):
    """Esc does not count towards closing the kiosk, the clicker's keys do not move the card."""
    card = room.navigator.card_index
    room.controller.workshops.ask()
    dialog = dialog_of(room)
    qtbot.keyClick(dialog.name, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.name, Qt.Key.Key_F)
    assert room.navigator.card_index == card and room.navigator.face.value == "front"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    assert room.isVisible(), "one Esc after the dialog's does not close the kiosk"
    assert dialog.name.text() == "f", "F was typed, not turned"


def test_the_console_button_opens_the_dialog_on_the_console(qtbot, room):
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    qtbot.waitExposed(console)
    assert console.workshop_button.text() == "Ny workshop"
    qtbot.mouseClick(console.workshop_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(room)
    assert dialog.isVisible() and dialog.parentWidget() is console, "the room does not see it"
    qtbot.keyClicks(dialog.name, "Konsollens workshop")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Enter)
    assert room.notes_panel.keeper.session.name == "Konsollens workshop"
    assert console.title_row.session.text() == "Konsollens workshop"


def test_in_kiosk_mode_a_new_workshop_takes_the_pin(qtbot, room):
    settings = SettingsValues(kiosk_notes_pin=False).with_pin(PIN, iterations=1000)
    room.kiosk_mode = KioskMode(room, settings, FakeClock(100.0))
    room.notes_panel.open()  # open notes (the setting leaves them open) unlock no workshop
    qtbot.keyClick(room.notes_panel.field, Qt.Key.Key_N, CTRL)
    pad = room.kiosk_mode.pin
    assert pad.isVisible()
    assert room._notes._dialog is None or not room._notes._dialog.isVisible()
    pad.submitted.emit("1111")
    assert room._notes._dialog is None or not room._notes._dialog.isVisible()
    pad.submitted.emit(PIN)
    assert dialog_of(room).isVisible()
