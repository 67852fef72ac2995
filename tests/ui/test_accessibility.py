"""Every control a person can use has a name a screen reader says, and takes keyboard focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.page import SettingsPage

CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
)


def name_of(widget: QWidget) -> str:
    """What a screen reader says: the accessible name, or a button's own text."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().strip()
    return ""


@pytest.fixture
def windows(qtbot, bundled, tmp_path):
    room = RoomWindow(bundled, "da")
    qtbot.addWidget(room)
    room.resize(1920, 1080)
    room.open_deck_id("samarbejdskompasset")
    room.show()
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    page = SettingsPage(tmp_path / "settings.ini", parent=console, screens=lambda: [])
    console.set_settings_page(page)
    console.show()  # the notes panel moves to the console and opens
    assert room.overview is not None  # the lazily made views exist
    assert room.help_overlay is not None
    return room, console, page


def test_every_control_has_a_name(windows):
    unnamed = []
    for window in windows:
        for widget in window.findChildren(QWidget):
            inside = widget.objectName().startswith("qt_")  # a spin box's own line edit
            usable = isinstance(widget, CONTROLS) and widget.isVisibleTo(window) and not inside
            if usable and not name_of(widget):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, f"controls without a name for screen readers: {unnamed}"


def test_the_views_of_the_room_have_names(windows):
    room, _, _ = windows
    room.show_card()
    assert room.card_view.accessibleName().startswith("Princip 07")
    for view in (room.chooser, room.overview, room.help_overlay, room.notes_panel):
        assert name_of(view) or view.accessibleName() or view.findChildren(QWidget), view


def test_every_console_control_takes_keyboard_focus(windows):
    _, console, _ = windows
    for button in console.findChildren(QAbstractButton):
        if button.isVisibleTo(console):
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
    assert "focus" in console.styleSheet(), "the focused control is shown"
