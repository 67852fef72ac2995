"""The clicker's blank button: the screen goes black (B or '.') or white (W), and nothing else.

The room window shows it and returns to where it was on any key. So that a key pressed to come
back is not also taken as a command (M muting the sound, say), the view takes every key itself
while it has the focus and reports it as `dismissed`; a click or a tap does the same.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

BlankColor = Literal["black", "white"]
_COLORS: dict[str, QColor] = {"black": QColor("#000000"), "white": QColor("#ffffff")}
_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class BlankView(QWidget):
    dismissed = Signal()

    def __init__(self, color: BlankColor = "black", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blankView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._color: BlankColor = "black"
        self.set_color(color)

    @property
    def color(self) -> BlankColor:
        return self._color

    def set_color(self, color: BlankColor) -> None:
        if color not in _COLORS:
            raise ValueError(f"a blank screen is 'black' or 'white', not {color!r}")
        self._color = color
        self.setAccessibleName(self.tr("Sort skærm") if color == "black" else self.tr("Hvid skærm"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), _COLORS[self._color])
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            event.accept()  # every key comes to keyPressEvent, none triggers a shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _MODIFIERS or event.isAutoRepeat():
            return
        self.dismissed.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.dismissed.emit()
