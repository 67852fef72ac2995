"""The plan's arithmetic: how long each step took against its planned minutes, and whether the
room is ahead of or behind the plan.

A `ProgrammeRun` records how the room moves through a programme: the monotonic time the first
step was entered and, as the room moves, which step it is on and since when. Time spent on a
step accumulates, so going back to an earlier step adds to that step's actual time. The room
controller owns the run; `schedule(programme, run, now)` turns it into a `Schedule` for the
presenter console's rail. All times are seconds on a monotonic clock (`time.monotonic`), passed
in, so tests use a fake clock.

Ahead or behind: the plan says that, on step *i* with *r* seconds on it, the programme should
have run for the planned start of step *i* plus *r* (at most the step's planned length). The
elapsed time minus that is the `delta`: positive is behind, negative ahead. Skipping steps puts
the room ahead by their planned minutes; going back puts it behind; staying on a step beyond its
planned minutes puts it behind minute by minute.

The status, by the size of the delta (`ON_TIME_SECONDS`, `AMBER_SECONDS`):

- ``ok`` (green): within one minute of the plan;
- ``amber``: more than one and up to five minutes off;
- ``red``: more than five minutes off.

Ahead counts like behind: a talk that finishes ten minutes early is also off its plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kompas_kiosk.core.programmes.model import Programme

Status = Literal["ok", "amber", "red"]

ON_TIME_SECONDS = 60.0  # up to this far off the plan: on time (green)
AMBER_SECONDS = 300.0  # up to this far: amber; beyond: red


def status_of(delta: float) -> Status:
    off = abs(delta)
    if off <= ON_TIME_SECONDS:
        return "ok"
    if off <= AMBER_SECONDS:
        return "amber"
    return "red"


@dataclass
class ProgrammeRun:
    """Where the room is in a programme and how long it has spent on each step.

    `enter(index, now)` whenever the room moves to a step (the first call starts the run);
    `spent` holds the finished time per step (the current step's running time is not in it
    until the room leaves it).
    """

    steps: int  # how many steps the programme has
    current: int | None = None  # None: not started
    started_at: float | None = None
    entered_at: float | None = None  # when the current step was entered
    spent: list[float] = field(default_factory=list)
    visited: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.spent:
            self.spent = [0.0] * self.steps

    @property
    def started(self) -> bool:
        return self.current is not None

    def enter(self, index: int, now: float) -> None:
        """The room is on step `index` from `now` (the same step again changes nothing)."""
        if not 0 <= index < self.steps:
            raise IndexError(f"step {index} of {self.steps}")
        if index == self.current:
            return
        self._leave(now)
        if self.started_at is None:
            self.started_at = now
        self.current, self.entered_at = index, now
        self.visited.add(index)

    def _leave(self, now: float) -> None:
        if self.current is not None and self.entered_at is not None:
            self.spent[self.current] += max(0.0, now - self.entered_at)

    def running(self, now: float) -> float:
        """Seconds on the current step since it was last entered."""
        if self.entered_at is None:
            return 0.0
        return max(0.0, now - self.entered_at)

    def actual(self, index: int, now: float) -> float:
        """Seconds spent on step `index` so far, its current visit included."""
        extra = self.running(now) if index == self.current else 0.0
        return self.spent[index] + extra

    def elapsed(self, now: float) -> float:
        """Seconds since the run started."""
        return 0.0 if self.started_at is None else max(0.0, now - self.started_at)


@dataclass(frozen=True)
class StepTime:
    index: int
    planned: float  # seconds
    actual: float  # seconds so far (0 for a step not visited)
    visited: bool
    current: bool
    planned_start: float  # seconds from the programme's start

    @property
    def remaining(self) -> float:
        """Seconds left of the planned time (negative: over it)."""
        return self.planned - self.actual


@dataclass(frozen=True)
class Schedule:
    steps: tuple[StepTime, ...]
    current: int | None
    elapsed: float  # seconds since the run started
    planned_total: float  # seconds
    delta: float  # seconds behind the plan (negative: ahead)

    @property
    def status(self) -> Status:
        return status_of(self.delta)

    @property
    def minutes_off(self) -> int:
        """The delta in whole minutes, rounded (0 within half a minute)."""
        return int(abs(self.delta) / 60.0 + 0.5)

    @property
    def behind(self) -> bool:
        return self.delta > 0

    @property
    def expected_end(self) -> float:
        """Seconds from the start the programme will take at this pace: the plan plus the delta."""
        return self.planned_total + self.delta

    def step_remaining(self) -> float | None:
        """Seconds left of the current step's planned time (negative: over); None: not started."""
        if self.current is None:
            return None
        return self.steps[self.current].remaining


def schedule(programme: Programme, run: ProgrammeRun, now: float) -> Schedule:
    """The plan against what happened, at `now`."""
    starts = programme.start_minutes()
    steps = tuple(
        StepTime(
            index=index,
            planned=step.minutes * 60.0,
            actual=run.actual(index, now) if index < run.steps else 0.0,
            visited=index in run.visited,
            current=index == run.current,
            planned_start=starts[index] * 60.0,
        )
        for index, step in enumerate(programme.steps)
    )
    elapsed = run.elapsed(now)
    current = run.current if run.current is not None and run.current < len(steps) else None
    if current is None:
        delta = 0.0
    else:
        here = steps[current]
        due = here.planned_start + min(run.running(now), here.planned)
        delta = elapsed - due
    return Schedule(
        steps=steps,
        current=current,
        elapsed=elapsed,
        planned_total=programme.planned_minutes * 60.0,
        delta=delta,
    )
