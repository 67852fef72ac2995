"""The attract loop of an unattended screen: what to show when nobody has touched it for a while.

Pure logic on an injected monotonic clock; the window polls and shows. Rules:

- After `idle_after_s` seconds without input (`touch()`), the loop starts at the first card's
  front and takes one step every `step_s` seconds: each card's front, then its back when it has
  one, then the next card; after the last card it starts over.
- Steps are computed from the time of the last input, never counted: a late poll shows the step
  that is due now (skipping what it missed), and a poll never shows a step early.
- `touch()` stops the loop; `resume_card` is the card the visitor touched (the one shown), so
  exploring starts from there. `idle_after_s <= 0` or a deck without cards: no loop at all.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kompas_kiosk.core.room.navigation import Face

Clock = Callable[[], float]


@dataclass(frozen=True)
class Step:
    card_index: int
    face: Face


class AttractLoop:
    def __init__(
        self,
        idle_after_s: float,
        step_s: float,
        clock: Clock = time.monotonic,
        has_back: Sequence[bool] = (),
    ) -> None:
        if not step_s > 0 or not math.isfinite(step_s):
            raise ValueError(f"step_s: must be a positive number of seconds, got {step_s!r}")
        if math.isnan(idle_after_s):
            raise ValueError("idle_after_s: must be a number of seconds, got nan")
        self.idle_after_s = idle_after_s
        self.step_s = step_s
        self._clock = clock
        self._steps: tuple[Step, ...] = ()
        self._last_input = clock()
        self._shown: Step | None = None  # the loop's step on screen; None while not active
        self.resume_card: int | None = None
        self.set_cards(has_back)

    @staticmethod
    def steps_for(has_back: Sequence[bool]) -> tuple[Step, ...]:
        """One round of the loop: every card's front, and its back when it has one."""
        steps: list[Step] = []
        for index, back in enumerate(has_back):
            steps.append(Step(index, Face.FRONT))
            if back:
                steps.append(Step(index, Face.BACK))
        return tuple(steps)

    def set_cards(self, has_back: Sequence[bool]) -> None:
        """Another deck (or none): the loop stops and the idle time starts again."""
        self._steps = self.steps_for(has_back)
        self.touch()

    @property
    def enabled(self) -> bool:
        return self.idle_after_s > 0 and bool(self._steps)

    @property
    def active(self) -> bool:
        """Whether the loop is on screen (from its first step until the next touch)."""
        return self._shown is not None

    @property
    def shown(self) -> Step | None:
        return self._shown

    def touch(self) -> bool:
        """Any input. Stops the loop; True when it was running (the touch only woke the
        screen, and the window may swallow it)."""
        self._last_input = self._clock()
        if self._shown is None:
            return False
        self.resume_card = self._shown.card_index
        self._shown = None
        return True

    def poll(self) -> Step | None:
        """The step to show now, when it differs from the one on screen; otherwise None."""
        number = self._due_step_number()
        if number is None:
            return None
        step = self._steps[number % len(self._steps)]
        if step == self._shown:
            return None
        self._shown = step
        return step

    def next_poll_in(self) -> float:
        """Seconds until the next step is due (infinite when the loop is off). A timer that
        fires early does no harm: the poll then returns None."""
        if not self.enabled:
            return math.inf
        idle_for = self._clock() - self._last_input
        if idle_for < self.idle_after_s:
            return self.idle_after_s - idle_for
        into = (idle_for - self.idle_after_s) % self.step_s
        return self.step_s - into

    def _due_step_number(self) -> int | None:
        if not self.enabled:
            return None
        idle_for = self._clock() - self._last_input
        if idle_for < self.idle_after_s:
            return None
        return math.floor((idle_for - self.idle_after_s) / self.step_s)
