"""The window that shows the last start's first picture at once, while the room is built.

It paints the picture (`first_picture.load`) and nothing else, and keeps the keys pressed on it
until the room takes them (`hand_over`): those are then replayed in order, and later ones go
straight through, so no key pressed at the first picture is lost. It closes once the room's own
first frame is up. It touches as little of Qt as it can: it comes before everything else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QImage, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class PictureWindow(QWidget):
    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstPicture")
        self.setWindowTitle("Kompas Kiosk")
        self._image = image
        self._keys: list[QKeyEvent] = []
        self._take: Callable[[QKeyEvent], object] | None = None
        self.painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.end()
        self.painted = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = QKeyEvent(
            event.type(),
            event.key(),
            event.modifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        if self._take is None:
            self._keys.append(key)
        else:
            self._take(key)

    def held(self) -> list[QKeyEvent]:
        """The keys pressed so far that the room has not taken yet."""
        return list(self._keys)

    def hand_over(self, take: Callable[[QKeyEvent], object]) -> None:
        """From now on `take` gets the keys: first those held, in the order pressed."""
        self._take = take
        keys, self._keys = self._keys, []
        for key in keys:
            take(key)
