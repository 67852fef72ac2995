"""When a screen reader is told the countdown's time: not every second, only when it matters.

A running countdown is announced when it starts (the time it has), at each whole minute of the
last five ("3 minutes left"), and when time is up. The rule works on the whole seconds on
display (`Countdown.shown_seconds`: positive while counting down, 0 or less once time is up)
between two readings, so a late or skipped repaint never loses an announcement, nor repeats one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

LAST_MINUTES = 5  # each whole minute of these is announced


class Moment(Enum):
    START = "start"  # the countdown starts: tell the time it has
    MINUTES_LEFT = "minutes_left"
    TIME_UP = "time_up"


@dataclass(frozen=True)
class Announcement:
    moment: Moment
    seconds: int  # the shown seconds at that moment (the whole minutes, for MINUTES_LEFT)


def announcement(previous: int | None, shown: int) -> Announcement | None:
    """What to announce when a running countdown shows `shown` seconds, having shown `previous`
    at the last reading (None: it was not running, so it has just started); None for nothing."""
    if previous is None:
        return Announcement(Moment.TIME_UP if shown <= 0 else Moment.START, shown)
    if shown <= 0:
        return Announcement(Moment.TIME_UP, shown) if previous > 0 else None
    minutes = -(-shown // 60)  # the whole minute at or above `shown`
    if minutes <= LAST_MINUTES and shown <= minutes * 60 < previous:
        return Announcement(Moment.MINUTES_LEFT, minutes * 60)
    return None
