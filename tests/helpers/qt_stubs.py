"""Doubles that need Qt: a screen without a display, and a stand-in for the room window."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget


class FakeScreen:
    """What the kiosk reads of a QScreen: its name, its size, and where it sits on the desktop
    (`x` from the left, screens side by side)."""

    def __init__(self, name: str, width: int, height: int, x: int = 0) -> None:
        self._name = name
        self._size = QSize(width, height)
        self._rect = QRect(x, 0, width, height)

    def name(self) -> str:
        return self._name

    def size(self) -> QSize:
        return self._size

    def geometry(self) -> QRect:
        return self._rect


class ShortcutWindow(QWidget):
    """A stand-in for the room window: a focused view, and one window shortcut that counts its
    firings (overlays and the blank screen must keep their keys from it)."""

    def __init__(self, key: str, view: QWidget | None = None) -> None:
        super().__init__()
        self.view = view or QWidget()
        self.view.setParent(self)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.fired = 0
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(self.on_shortcut)
        self.addAction(action)

    def on_shortcut(self) -> None:
        self.fired += 1
