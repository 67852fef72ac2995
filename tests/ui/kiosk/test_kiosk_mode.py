"""Kiosk mode on a town-hall screen: the PIN pad after the attract loop, the notes behind the
PIN, and a window that comes back when another program hides or closes it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from kompas_kiosk.ui.kiosk.mode import KioskMode
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.store import SettingsValues
from tests.helpers.stubs import FakeClock

PIN = "2468"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(100.0)


@pytest.fixture
def kiosk(qtbot, bundled, clock, tmp_path):
    win = RoomWindow(bundled, "da", clock=clock, documents_dir=tmp_path / "Dokumenter")
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.open_deck_id("laering-2023")
    settings = SettingsValues(idle_minutes=1).with_pin(PIN, iterations=1000)
    win.kiosk_mode = KioskMode(win, settings, clock)
    return win


def key(qtbot, win: RoomWindow, name: str) -> None:
    """A real key press, as the keyboard sends it: to the window, through shortcuts and filters."""
    qtbot.keyClick(win.windowHandle(), getattr(Qt.Key, f"Key_{name}"))


def run_the_loop(win: RoomWindow, clock: FakeClock) -> None:
    mode = win.kiosk_mode
    clock.advance(61)
    mode.step()
    clock.advance(12)
    mode.step()
    assert mode.loop.active, "the attract loop is on screen"


@pytest.mark.parametrize("how", ["escape", "request"])
def test_after_the_attract_loop_the_pad_takes_every_digit(qtbot, kiosk, clock, how):
    run_the_loop(kiosk, clock)
    if how == "escape":
        key(qtbot, kiosk, "Escape")
        key(qtbot, kiosk, "Escape")
        if not kiosk.kiosk_mode.pin.isVisible():  # the first Esc only woke the screen
            key(qtbot, kiosk, "Escape")
    else:
        kiosk.controller.request_quit()
    pad = kiosk.kiosk_mode.pin
    assert pad.isVisible()
    for digit in PIN:
        key(qtbot, kiosk, digit)
    assert pad.typed_count == len(PIN), "no digit is dropped"
    with qtbot.waitSignal(kiosk.closed):
        key(qtbot, kiosk, "Return")
    assert not kiosk.isVisible()


def test_the_notes_take_the_pin(qtbot, kiosk):
    pad = kiosk.kiosk_mode.pin
    key(qtbot, kiosk, "N")
    panel = kiosk.made_notes_panel()
    assert panel is None or not panel.isVisible(), "N alone does not open the notes"
    assert pad.isVisible()
    pad.submitted.emit("1111")
    assert kiosk.made_notes_panel() is None or not kiosk.notes_panel.isVisible()
    pad.submitted.emit(PIN)
    assert not pad.isVisible() and kiosk.notes_panel.isVisible()


def test_a_cancelled_pin_opens_nothing_later(qtbot, kiosk):
    pad = kiosk.kiosk_mode.pin
    key(qtbot, kiosk, "N")
    pad.cancel()
    kiosk.controller.request_quit()
    pad.submitted.emit(PIN)
    assert kiosk.made_notes_panel() is None or not kiosk.notes_panel.isVisible()


def test_a_setting_can_leave_the_notes_open(qtbot, bundled, clock):
    win = RoomWindow(bundled, "da", clock=clock)
    qtbot.addWidget(win)
    win.show()
    settings = SettingsValues(kiosk_notes_pin=False).with_pin(PIN, iterations=1000)
    win.kiosk_mode = KioskMode(win, settings, clock)
    win.controller.unlocked(win.notes_panel.open)
    assert win.notes_panel.isVisible() and not win.kiosk_mode.pin.isVisible()


def test_in_kiosk_mode_the_export_goes_to_the_export_folder_only(qtbot, kiosk, tmp_path):
    kiosk.controller.unlocked(lambda: kiosk.notes_panel.open())
    kiosk.kiosk_mode.pin.submitted.emit(PIN)
    panel = kiosk.notes_panel
    panel.open_export()
    form = panel.export_form
    assert form.folder.isReadOnly() and form.file_name.isReadOnly()
    assert form.folder.text() == str(tmp_path / "Dokumenter")
    form.folder.setText("/tmp")  # not by typing: a read-only field takes no keys
    form.file_name.setText("../../elsewhere.md")
    qtbot.keyClicks(form.folder, "x")
    assert form.folder.text() == "/tmp"
    assert form.choice().path.parent == form.choice().folder
    assert form.choice().path.name.startswith("elsewhere.md")


def test_outside_kiosk_mode_the_export_fields_are_free(qtbot, bundled, clock):
    win = RoomWindow(bundled, "da", clock=clock)
    qtbot.addWidget(win)
    form = win.notes_panel.export_form
    assert not form.folder.isReadOnly() and not form.file_name.isReadOnly()


# -- a window another program hides or closes comes back ------------------------------------


def test_a_window_hidden_by_someone_else_comes_back(qtbot, kiosk):
    kiosk.hide()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.windowHandle().isExposed(), timeout=60_000)


def test_a_full_screen_window_comes_back_full_screen(qtbot, kiosk):
    kiosk.showFullScreen()
    qtbot.waitUntil(kiosk.isFullScreen)
    kiosk.hide()
    qtbot.waitUntil(lambda: kiosk.isVisible() and kiosk.windowHandle().isExposed(), timeout=60_000)
    assert kiosk.isFullScreen()


def test_a_window_unmapped_by_someone_else_comes_back(qtbot, kiosk):
    kiosk.windowHandle().hide()  # what xdotool windowunmap does: Qt's widget still "visible"
    qtbot.waitUntil(lambda: kiosk.windowHandle().isVisible(), timeout=60_000)
    qtbot.waitUntil(lambda: kiosk.windowHandle().isExposed(), timeout=60_000)


def test_a_window_destroyed_by_someone_else_comes_back(qtbot, kiosk):
    kiosk.windowHandle().destroy()  # xdotool windowclose: the native window is gone
    qtbot.waitUntil(lambda: kiosk.windowHandle().isExposed(), timeout=60_000)


def test_a_minimized_window_comes_back(qtbot, kiosk):
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized() and kiosk.isVisible(), timeout=60_000)


def test_the_kiosks_own_quit_stays_closed(qtbot, kiosk):
    with qtbot.waitSignal(kiosk.closed):
        kiosk.controller.request_quit()
        kiosk.kiosk_mode.pin.submitted.emit(PIN)
    assert not kiosk.isVisible()
    assert not kiosk.kiosk_mode.restore_timer.isActive()


def test_bring_forward_shows_a_hidden_window(qtbot, bundled, clock):
    win = RoomWindow(bundled, "da", clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.windowHandle().hide()
    win.bring_forward()
    qtbot.waitUntil(lambda: win.windowHandle().isExposed(), timeout=60_000)


def test_the_console_with_its_notes_takes_the_pin(qtbot, kiosk):
    from kompas_kiosk.ui.console.screens import ScreenArrangement
    from kompas_kiosk.ui.console.window import ConsoleWindow

    console = ConsoleWindow(kiosk)
    qtbot.addWidget(console)
    kiosk.screens = ScreenArrangement(kiosk, console, windowed=True)
    key(qtbot, kiosk, "C")
    assert not console.isVisible() and kiosk.kiosk_mode.pin.isVisible()
    kiosk.kiosk_mode.pin.submitted.emit(PIN)
    qtbot.waitUntil(console.isVisible)
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    key(qtbot, kiosk, "C")
    qtbot.waitUntil(lambda: not console.isVisible())
    assert not kiosk.kiosk_mode.pin.isVisible(), "hiding the console takes no PIN"


def test_a_process_that_ends_in_kiosk_mode_without_quitting_exits_cleanly(tmp_path):
    """The window's last events at interpreter exit (Hide, PlatformSurface) reached kiosk mode's
    event filter, which asked the half-destroyed window for its native window: a segfault."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        from PySide6.QtCore import Qt
        from kompas_kiosk.core.decks.content import content_paths, load_content
        from kompas_kiosk.ui.application import application
        from kompas_kiosk.ui.kiosk.mode import KioskMode
        from kompas_kiosk.ui.room.window import RoomWindow
        from kompas_kiosk.ui.settings.store import SettingsValues

        app = application()
        window = RoomWindow(load_content(content_paths(None)), "da")
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.show()
        window.open_deck_id("samarbejdskompasset")
        mode = KioskMode(window, SettingsValues(idle_minutes=1))
        app.processEvents()
        print("ending")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert "ending" in done.stdout, done.stderr[-2000:]
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
