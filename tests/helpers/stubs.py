"""Doubles without Qt, safe to import from the core tests: clocks the test moves by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

MORNING = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)  # 10.15 in Aarhus, a workshop morning


class FakeClock:
    """A clock in seconds (monotonic, or `time.time` where a wall clock in seconds is wanted).
    Call it for the time now; move it with `advance`, never by sleeping."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWallClock:
    """A wall clock of aware datetimes, for the notes. Call it for the time now; move it with
    `advance`. With `tick`, every reading first moves it on by that many seconds, so each
    write gets a time of its own."""

    def __init__(self, start: datetime = MORNING, tick: float = 0.0) -> None:
        self.now = start
        self.tick = timedelta(seconds=tick)

    def __call__(self) -> datetime:
        self.now += self.tick
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
