"""A taught clicker's keys are installed as actions, at the start and when the settings change,
and the key table on the screen shows them."""

import pytest
from PySide6.QtCore import Qt

from kompas_kiosk.core.room.clicker import Job
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.store import SettingsValues
from tests.helpers.stubs import FakeClock


@pytest.fixture
def make_window(qtbot, bundled):
    def make(**kwargs):
        win = RoomWindow(bundled, "da", clock=FakeClock(100.0), **kwargs)
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(lambda: win.isActiveWindow())
        win.open_deck_id("samarbejdskompasset")
        return win

    return make


def test_a_learned_key_works_from_the_start(qtbot, make_window):
    win = make_window()
    win.keys.learn((("Volume Down", Job.NEXT),))
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_VolumeDown)
    assert win.navigator.face is Face.BACK


def test_a_key_learned_on_the_settings_page_works_at_once(qtbot, make_window):
    win = make_window()
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    assert win.controller.view == "overview"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    assert win.controller.view == "card"
    win.keys.learn(SettingsValues(clicker=(("Tab", Job.START),)).clicker)  # as app.py wires it
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)  # now the clicker's start button
    assert win.controller.view == "exercise"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
    assert win.controller.view == "card"
    assert [a.objectName() for a in win.actions_for("overview")] == ["overview:G"]
    win.keys.learn(())  # reset to the defaults
    assert len(win.actions_for("overview")) == 2


def test_the_key_table_shows_the_learned_keys(qtbot, make_window):
    win = make_window()
    win.keys.learn((("Volume Down", Job.NEXT),))
    win.help_overlay.popup()
    caps = {e.text for p in range(win.help_overlay.page_count) for e in win.help_overlay.entries(p)}
    assert "Volume Down" in caps
    win.keys.learn(())
    win.help_overlay.popup()
    caps = {e.text for p in range(win.help_overlay.page_count) for e in win.help_overlay.entries(p)}
    assert "Volume Down" not in caps
