"""Wakes the UI when the countdown's display may have changed: about once a second, no more.

One single-shot precise timer, scheduled from `Countdown.next_change_in()` (rounded up, plus a few
milliseconds, so the wake-up lands just after the change rather than a hair before it). While the
countdown is not running it only wakes slowly, as a fallback. On every wake-up it polls the
countdown for its events and emits `tick` if what is shown changed, then `warning` / `time_up`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from kompas_kiosk.core.exercise.countdown import Countdown, Event, State

LATE_MS = 5  # wake this much after the change, never before it
FALLBACK_MS = 5000  # the slow wake-up while nothing runs


def interval_ms(seconds: float) -> int:
    """The timer's interval for a change `seconds` away: rounded up, plus LATE_MS."""
    if not math.isfinite(seconds):
        return FALLBACK_MS
    # the countdown works in whole microseconds: ignore float noise below that when rounding up
    return min(FALLBACK_MS, max(0, math.ceil(seconds * 1000 - 1e-3)) + LATE_MS)


def badge_text(countdown: Countdown | None) -> str:
    """The small countdown in the card's footer: '' before the start, 'Pause · 7:30' when paused."""
    if countdown is None or countdown.state is State.IDLE:
        return ""
    if countdown.state is State.PAUSED:
        return QCoreApplication.translate("CountdownTicker", "Pause · %s") % countdown.display()
    return countdown.display()


class CountdownTicker(QObject):
    tick = Signal()  # what the countdown shows (time, phase or state) has changed
    warning = Signal()  # the warning time has begun
    time_up = Signal()  # the time has run out

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._countdown: Countdown | None = None
        self._shown: tuple[object, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire)

    @property
    def countdown(self) -> Countdown | None:
        return self._countdown

    @property
    def timer(self) -> QTimer:
        """The one timer (tests read its interval and may fire it by hand with `fire`)."""
        return self._timer

    def start(self, countdown: Countdown) -> None:
        """Follow `countdown` (does not start it): tick now, then whenever the display changes."""
        self._countdown = countdown
        self._shown = None
        self.fire()

    def stop(self) -> None:
        """Stop following the countdown; no more signals."""
        self._timer.stop()
        self._countdown = None
        self._shown = None

    def changed(self) -> None:
        """Call after a key changed the countdown (start, pause, +/- a minute, reset)."""
        self.fire()

    def fire(self) -> None:
        """One wake-up: emit what changed, then schedule the next."""
        countdown = self._countdown
        if countdown is None:
            return
        events = countdown.poll()
        shown = (countdown.display(), countdown.phase, countdown.state, countdown.total)
        if shown != self._shown:
            self._shown = shown
            self.tick.emit()
        for event in events:
            (self.warning if event is Event.WARNING else self.time_up).emit()
        if self._countdown is countdown:  # a slot may have stopped or replaced it
            self._timer.start(interval_ms(countdown.next_change_in()))
