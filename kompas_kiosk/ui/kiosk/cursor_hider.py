"""Hide the mouse cursor when the mouse rests; show it again when the mouse moves.

An application-wide event filter restarts one single-shot timer on every mouse movement (cheap:
no allocation, no repaint). When the timer runs out the cursor is hidden with a blank override
cursor; the next movement takes it away again. A touch (Qt makes mouse events from touches too)
does not show the cursor: a touch screen has no cursor to show.

The override cursor is a stack shared by the whole application. The hider pushes at most one
blank cursor and pops only its own: when other code has pushed a cursor on top of it, the hider
waits for the next movement to pop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QMouseEvent

HIDE_AFTER_MS = 3000
_MOVES = (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.TabletMove)


class CursorHider(QObject):
    def __init__(self, timeout_ms: int = HIDE_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.hide_cursor)
        self._hidden = False
        self._installed = False

    @property
    def hidden(self) -> bool:
        return self._hidden

    def start(self) -> None:
        """Watch the whole application; the cursor goes after the timeout unless it moves."""
        app = QGuiApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        """Stop watching and give the cursor back (on exit, or for a dialog that needs it)."""
        app = QGuiApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self.timer.stop()
        self.show_cursor()

    def hide_cursor(self) -> None:
        if not self._hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._hidden = True

    def show_cursor(self) -> None:
        if self._hidden and _top_is_blank():
            QGuiApplication.restoreOverrideCursor()
            self._hidden = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES and not _from_touch(event):
            self.timer.start()
            if self._hidden:
                self.show_cursor()
        return False


def _top_is_blank() -> bool:
    cursor = QGuiApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


def _from_touch(event: QEvent) -> bool:
    if not isinstance(event, QMouseEvent):
        return False
    device = event.device()
    return device is not None and device.type() == QInputDevice.DeviceType.TouchScreen
