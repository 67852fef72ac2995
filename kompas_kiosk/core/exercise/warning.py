"""When the countdown turns amber ("Tiden er snart gået"): a share of the exercise's length.

A fixed minute made a one-minute exercise amber from its start, and a 45-minute one amber only
in its last minute. The warning comes at `DEFAULT_PERCENT` (10 %) of the countdown's length,
which is the old minute for the usual 10-minute exercise, within bounds chosen for a room:

- never later than `MIN_SECONDS` (10 s) before zero: less is not time to wrap up a sentence;
- never sooner than `MAX_SECONDS` (3 min) before zero: longer, and amber stops meaning "now";
- never more than `MAX_SHARE` (half) of the exercise, whatever the bounds say.

A facilitator sets the percentage on the settings page (0 turns the warning off); a deck that
gives its exercise `warning_seconds` keeps that number.
"""

from __future__ import annotations

import math

DEFAULT_PERCENT = 10.0
MAX_PERCENT = 50.0
MIN_SECONDS = 10.0
MAX_SECONDS = 180.0
MAX_SHARE = 0.5


def warning_seconds(duration_s: float, percent: float = DEFAULT_PERCENT) -> float:
    """Seconds before zero at which a countdown of `duration_s` turns to its warning colour."""
    if not math.isfinite(duration_s) or duration_s <= 0:
        return 0.0
    if not math.isfinite(percent) or percent <= 0:
        return 0.0
    share = min(percent, MAX_PERCENT) / 100.0
    seconds = min(max(duration_s * share, MIN_SECONDS), MAX_SECONDS)
    return min(seconds, duration_s * MAX_SHARE)
