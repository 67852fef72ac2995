"""Touch and mouse gestures shared by the views: a sideways swipe, or a tap."""

from __future__ import annotations

from PySide6.QtCore import QPointF

SWIPE_FRACTION = 0.06  # of the width: a sideways drag longer than this is a swipe


def swipe(press: QPointF, release: QPointF, width: float) -> int:
    """+1 for a swipe to the left (on to the next), -1 to the right (back), 0 for a tap."""
    delta = release - press
    if abs(delta.x()) > SWIPE_FRACTION * max(1.0, width) and abs(delta.x()) > abs(delta.y()):
        return 1 if delta.x() < 0 else -1
    return 0
