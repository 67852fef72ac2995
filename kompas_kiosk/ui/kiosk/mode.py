"""Kiosk mode for a town-hall screen that runs all day unattended.

Closing takes the PIN from the settings (when one is set), and so does a new workshop; so do the
notes and their export (unless the settings say otherwise). After a while without input the
screen cycles through the deck's cards, front and back (the attract loop); a touch, click or
key stops the loop on the card that is showing. A room window that another program hides,
minimizes, unmaps or destroys comes back; only the kiosk's own quit closes it.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kompas_kiosk.core.kiosk.attract import AttractLoop
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.kiosk.pin_dialog import PinDialog
from kompas_kiosk.ui.room.screen import RoomScreen
from kompas_kiosk.ui.settings.store import SettingsValues

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5.0  # in kiosk mode, when the settings do not say
RESTORE_MS = 300  # a window taken away comes back after this
MAX_RESTORES = 5  # tries in a row that bring no picture back before kiosk mode gives up
STEP_SECONDS = 12.0  # each face of the attract loop
_GONE = {  # the window may have been taken away: look again shortly
    QEvent.Type.Hide,
    QEvent.Type.Expose,
    QEvent.Type.WindowStateChange,
    QEvent.Type.PlatformSurface,
}
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class KioskMode(QObject):
    def __init__(
        self,
        window: RoomScreen,
        settings: SettingsValues,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._room = window.controller
        self._settings = settings
        self.pin = PinDialog(clock, window.colors, parent=window)
        self.pin.submitted.connect(self._on_pin)
        self.pin.cancelled.connect(self._on_cancelled)
        self._then: Callable[[], None] | None = None  # what the PIN asked for opens
        self._room.set_quit_guard(self._may_quit)
        self._room.set_unlock(self._unlock)
        self._room.workshops.set_guard(self._may_start_workshop)
        panel = window.made_notes_panel()
        if panel is not None:  # made before kiosk mode began: its export is kept in the folder
            panel.export_form.set_kiosk(True)
        window.settings_applied.connect(self.apply)
        idle = settings.idle_minutes or DEFAULT_IDLE_MINUTES
        self.loop = AttractLoop(idle * 60, STEP_SECONDS, clock)
        self._deck_id: str | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.step)
        self._restores = 0
        self._watching = True
        self._handle = window.windowHandle()  # the native window, as last seen; renewed on input
        self.restore_timer = QTimer(self, singleShot=True, interval=RESTORE_MS)
        self.restore_timer.timeout.connect(self.restore)
        app = QApplication.instance()
        if app is not None:  # always, in the kiosk; a missing one would be a bug upstream
            app.installEventFilter(self)
            # Stop watching before the window is torn down: its last Hide and PlatformSurface
            # events must not bring it back (or reach this object half destroyed).
            app.aboutToQuit.connect(self.stop_watching)
            window.destroyed.connect(self.stop_watching)
        self.step()

    def stop_watching(self) -> None:
        """The kiosk is closing: no more restoring the window, no more attract steps."""
        self._watching = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.restore_timer.stop()
        self.timer.stop()

    def apply(self, settings: SettingsValues) -> None:
        """Settings changed on the console: the PIN and the idle time count at once."""
        self._settings = settings
        self.loop.idle_after_s = (settings.idle_minutes or DEFAULT_IDLE_MINUTES) * 60
        self.step()

    # -- closing -----------------------------------------------------------------------------

    def _may_quit(self) -> bool:
        if not self._settings.pin_required:
            return True
        self._ask(self.tr("Indtast koden for at lukke kiosken"), self._room.quit_now)
        return False

    def _unlock(self, then: Callable[[], None]) -> None:
        """The notes (N, and C's console that shows them) are behind the PIN unless the settings
        say otherwise; while they are open (on the room or the console), no PIN is asked."""
        panel = self._window.made_notes_panel()
        shown = panel is not None and panel.isVisible()
        if shown or not self._settings.pin_required or not self._settings.kiosk_notes_pin:
            then()
            return
        self._ask(self.tr("Indtast koden for at åbne noterne"), then)

    def _may_start_workshop(self, then: Callable[[], None]) -> None:
        """A new workshop takes the PIN whenever one is set, as closing does: the room's notes
        would go elsewhere from then on."""
        if not self._settings.pin_required:
            then()
            return
        self._ask(self.tr("Indtast koden for at starte en ny workshop"), then)

    def _ask(self, title: str, then: Callable[[], None]) -> None:
        self.loop.touch()  # asking is input: the attract loop stops and takes no key
        self._then = then
        self.pin.popup(title)

    def _on_pin(self, pin: str) -> None:
        if self._settings.check_pin(pin):
            then, self._then = self._then, None
            self.pin.accept()
            if then is not None:
                then()
        else:
            self.pin.show_error(self.tr("Forkert kode"))

    def _on_cancelled(self) -> None:
        self._then = None

    # -- the attract loop --------------------------------------------------------------------

    def step(self) -> None:
        """Show the loop's next face when idle, then wait for the next step."""
        room = self._room
        deck = room.navigator.deck
        running = room.exercise.running
        if deck is not None and deck.id != self._deck_id:
            self._deck_id = deck.id  # another deck: its cards, and the idle time starts again
            self.loop.set_cards([card.has_back for card in deck.cards])
        quiet = not running and not self.pin.isVisible() and deck is not None
        if quiet and room.view in (View.CARD, View.CHOOSER):
            step = self.loop.poll()  # only here: a polled step counts as shown
            if step is not None:
                room.show_attract_step(step.card_index, step.face)
        wait = self.loop.next_poll_in()
        if math.isfinite(wait):
            self.timer.start(max(50, math.ceil(wait * 1000) + 5))

    # -- the window stays -------------------------------------------------------------------

    def taken_away(self) -> bool:
        """Whether the room window is not on screen (hidden, minimized, unmapped, destroyed)."""
        window = self._window
        if window.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
            return False  # drawn off screen on purpose (a picture, a benchmark): never "gone"
        handle = window.windowHandle()
        if not window.isVisible() or window.isMinimized() or handle is None:
            return True
        return not handle.isVisible() or not handle.isExposed()

    def restore(self) -> None:
        """Show the room window again, as it was, unless the kiosk itself is closing."""
        if self._room.quitting or not self.taken_away():
            self._restores = 0
            return
        self._restores += 1
        if self._restores > MAX_RESTORES:
            if self._restores == MAX_RESTORES + 1:
                log.warning("the room window stays away after %d tries", MAX_RESTORES)
            return
        log.warning("the room window was hidden or closed by another program; showing it")
        self._window.bring_forward()
        self._handle = self._window.windowHandle()  # made anew when it was destroyed
        self.restore_timer.start()  # and look again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            handle = self._window.windowHandle()
            if handle is None or watched is not handle:
                return False
            self._handle = handle
            was_running = self.loop.touch()
            self.step()
            # The touch that wakes the kiosk does nothing else; the pad's keys always count.
            return was_running and not self.pin.isVisible()
        if kind == QEvent.Type.Show and watched is self._window:
            self._handle = self._window.windowHandle()  # shown: its native window exists now
            return False
        # Compared by identity only: these events also come while a window is being torn down,
        # when asking it anything (its windowHandle()) can crash the process.
        mine = watched is self._window or (self._handle is not None and watched is self._handle)
        watching = self._watching and not self._room.quitting
        if kind in _GONE and mine and watching and not self.restore_timer.isActive():
            self.restore_timer.start()
        return False
