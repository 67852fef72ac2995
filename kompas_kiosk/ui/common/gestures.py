"""Touch and mouse gestures shared by the views: a sideways swipe, or a tap.

A view installs one `GestureFilter` on itself and connects its two signals; the filter remembers
where the left button went down and, when it comes up, says which of the two it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

SWIPE_FRACTION = 0.06  # of the width: a sideways drag longer than this is a swipe


def swipe(press: QPointF, release: QPointF, width: float) -> int:
    """+1 for a swipe to the left (on to the next), -1 to the right (back), 0 for a tap."""
    delta = release - press
    if abs(delta.x()) > SWIPE_FRACTION * max(1.0, width) and abs(delta.x()) > abs(delta.y()):
        return 1 if delta.x() < 0 else -1
    return 0


class GestureFilter(QObject):
    """Turns the left button's press and release on `widget` into `swiped` or `tapped`.

    The press still reaches the widget; every release is taken here (the widget's own handler
    and its parents never see one), as the views' own handlers did.
    """

    swiped = Signal(int)  # +1: on to the next, -1: back
    tapped = Signal(QPointF)  # where, in the widget's coordinates

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._press: QPointF | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget or not isinstance(event, QMouseEvent):
            return False
        left = event.button() == Qt.MouseButton.LeftButton
        if event.type() == QEvent.Type.MouseButtonPress:
            if left:
                self._press = event.position()
            return False
        if event.type() != QEvent.Type.MouseButtonRelease:
            return False
        if left and self._press is not None:
            press, self._press = self._press, None
            direction = swipe(press, event.position(), self._widget.width())
            if direction:
                self.swiped.emit(direction)
            else:
                self.tapped.emit(event.position())
        return True
