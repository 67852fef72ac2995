"""The exercise countdown: remaining time computed from an injected monotonic clock.

Nothing here counts ticks. The countdown keeps the running time banked before the last pause and
the clock reading when it last started; `remaining` is worked out from those on every call, so a
late or skipped repaint never drifts. The UI polls `poll()` for events and asks `next_change_in()`
when to repaint next.

Rules, in one place:

- Display: while time is left the shown seconds are the remaining seconds rounded *up*, so "10:00"
  shows right after start and "0:00" appears exactly at zero. In overtime the shown seconds are
  the overtime rounded *down*: "0:00" for the first second, then "+0:01", "+0:02", ... Every shown
  value lasts one second: none is skipped and none comes back.
- Phase: READY before the start; TIME_UP once remaining <= 0 (overtime included); WARNING while
  0 < remaining <= warning_s (so the colour turns as "1:00" shows); CALM otherwise. A paused
  countdown keeps the phase of its time.
- Extend: adding always leaves `seconds` more than what is left, and in overtime it starts from
  zero (+1 minute at "+2:10" gives "1:00"). Taking never goes below zero, and in overtime it
  does nothing, so the overtime shown is never lost.
- Events: `poll()` returns WARNING and TIME_UP once per crossing, even when polled late (both, in
  that order, if the poll came after zero). An extend or reset that lifts the time back above a
  threshold re-arms its event.
- Restore: a countdown restored after a crash continues from the remaining time it had when the
  snapshot was taken; the minutes the kiosk was down do not count (the monotonic clock does not
  survive a restart, and the facilitator can take a minute with "-").
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

Clock = Callable[[], float]

SNAPSHOT_VERSION = 1


class State(Enum):
    IDLE = "idle"  # not started: the full time is left
    RUNNING = "running"
    PAUSED = "paused"


class Phase(Enum):
    READY = "ready"
    CALM = "calm"
    WARNING = "warning"
    TIME_UP = "time_up"


class Event(Enum):
    WARNING = "warning"
    TIME_UP = "time_up"


def _seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name}: expected a finite number of seconds, got {value!r}")
    return float(value)


class Countdown:
    def __init__(self, duration_s: float, warning_s: float = 60, clock: Clock = time.monotonic):
        self._clock = clock
        self.warning_s = max(0.0, _seconds(warning_s, "warning_s"))
        self.set_duration(duration_s)

    def set_duration(self, duration_s: float) -> None:
        """Set a new full duration and reset to it."""
        duration = _seconds(duration_s, "duration_s")
        if duration < 0:
            raise ValueError(f"duration_s: must not be negative, got {duration_s!r}")
        self._duration = duration
        self.reset()

    def reset(self) -> None:
        """Back to IDLE with the full duration; minutes added or taken are forgotten."""
        self._state = State.IDLE
        self._added = 0.0
        self._banked = 0.0  # running time before the current run
        self._started_at = 0.0  # clock reading at the current run's start (RUNNING only)
        self._warned = False
        self._timed_up = False

    # -- controls --------------------------------------------------------------------------

    def start(self) -> None:
        """IDLE -> RUNNING; does nothing in any other state."""
        if self._state is State.IDLE:
            self._run()

    def pause(self) -> None:
        """RUNNING -> PAUSED; does nothing in any other state."""
        if self._state is State.RUNNING:
            self._banked = self.elapsed
            self._state = State.PAUSED

    def resume(self) -> None:
        """PAUSED -> RUNNING; does nothing in any other state."""
        if self._state is State.PAUSED:
            self._run()

    def toggle(self) -> None:
        """The Space key: start, pause or resume."""
        if self._state is State.RUNNING:
            self.pause()
        else:
            self._run()

    def extend(self, seconds: float) -> None:
        """Add (positive) or take (negative) time, in any state; see the module's rules."""
        seconds = _seconds(seconds, "seconds")
        left = self.remaining
        if seconds >= 0:
            target = max(left, 0.0) + seconds
        elif left > 0:
            target = max(left + seconds, 0.0)
        else:
            return
        self._added += target - left
        self._warned = self._warned and target <= self.warning_s
        self._timed_up = self._timed_up and target <= 0

    def set_warning(self, warning_s: float) -> None:
        """A new warning time (the settings page's share), for this countdown as it runs: a
        warning already given comes again if the time left is above the new one."""
        self.warning_s = max(0.0, _seconds(warning_s, "warning_s"))
        self._warned = self._warned and self.remaining <= self.warning_s

    def poll(self) -> list[Event]:
        """The events crossed since the last poll, oldest first. Nothing before the start."""
        if self._state is State.IDLE:
            return []
        left = self.remaining
        events: list[Event] = []
        if not self._warned and self.warning_s > 0 and left <= self.warning_s:
            self._warned = True
            events.append(Event.WARNING)
        if not self._timed_up and left <= 0:
            self._timed_up = True
            events.append(Event.TIME_UP)
        return events

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def total(self) -> float:
        """The duration plus the time added (less the time taken)."""
        return self._duration + self._added

    @property
    def elapsed(self) -> float:
        """Running time: paused time does not count."""
        if self._state is State.RUNNING:
            return self._banked + (self._clock() - self._started_at)
        return self._banked

    @property
    def remaining(self) -> float:
        """Seconds left; negative in overtime. Rounded to the microsecond, below clock noise."""
        return round(self.total - self.elapsed, 6)

    @property
    def overtime(self) -> float:
        return max(0.0, -self.remaining)

    @property
    def is_overtime(self) -> bool:
        return self.remaining < 0

    @property
    def fraction_left(self) -> float:
        """Remaining over total, 0..1: the share of the disc still to draw."""
        total = self.total
        return min(1.0, max(0.0, self.remaining / total)) if total > 0 else 0.0

    @property
    def phase(self) -> Phase:
        left = self.remaining
        if self._state is State.IDLE:
            return Phase.READY
        if left <= 0:
            return Phase.TIME_UP
        return Phase.WARNING if left <= self.warning_s else Phase.CALM

    def shown_seconds(self) -> int:
        """The whole seconds on display: positive while counting down, negative in overtime."""
        left = self.remaining
        return math.ceil(left) if left > 0 else -math.floor(-left)

    def display(self) -> str:
        """The time as shown: 10:00, 0:59, 0:00, then +0:01, +1:05 in overtime."""
        shown = self.shown_seconds()
        minutes, seconds = divmod(abs(shown), 60)
        return f"{'+' if shown < 0 else ''}{minutes}:{seconds:02d}"

    def next_change_in(self) -> float:
        """Seconds until the display or the phase changes; infinite unless running.

        Round a timer's milliseconds up (and add a few): a repaint a hair early shows the old text.
        """
        if self._state is not State.RUNNING:
            return math.inf
        left = self.remaining
        if left > 0:
            change = left - (math.ceil(left) - 1)
            if left > self.warning_s:
                change = min(change, left - self.warning_s)
        else:
            change = math.floor(-left) + 1 + left
        return change

    # -- crash recovery --------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Plain data (JSON-ready) for `restore`."""
        return {
            "version": SNAPSHOT_VERSION,
            "state": self._state.value,
            "duration": self._duration,
            "warning": self.warning_s,
            "added": self._added,
            "remaining": self.remaining,
            "warned": self._warned,
            "timed_up": self._timed_up,
        }

    @classmethod
    def restore(cls, data: Mapping[str, Any], clock: Clock = time.monotonic) -> Countdown:
        """Rebuild a snapshot; a running one runs on from its saved remaining. ValueError if bad."""
        if data.get("version") != SNAPSHOT_VERSION:
            raise ValueError(f"version: expected {SNAPSHOT_VERSION}, got {data.get('version')!r}")
        try:
            state = State(data.get("state"))
        except ValueError:
            raise ValueError(f"state: unknown state {data.get('state')!r}") from None
        flags = [data.get("warned"), data.get("timed_up")]
        if not all(isinstance(flag, bool) for flag in flags):
            raise ValueError(f"warned, timed_up: expected true or false, got {flags!r}")
        duration = _seconds(data.get("duration"), "duration")
        countdown = cls(duration, _seconds(data.get("warning"), "warning"), clock)
        countdown._added = _seconds(data.get("added"), "added")
        remaining = _seconds(data.get("remaining"), "remaining")
        if state is not State.IDLE:
            if remaining > countdown.total + 1e-6:
                raise ValueError(f"remaining: {remaining!r} is more than the total")
            countdown._banked = countdown.total - remaining
            countdown._warned, countdown._timed_up = bool(flags[0]), bool(flags[1])
            if state is State.RUNNING:
                countdown._run()
            else:
                countdown._state = State.PAUSED
        return countdown

    def _run(self) -> None:
        self._started_at = self._clock()
        self._state = State.RUNNING
