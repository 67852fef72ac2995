"""The room screen's card: paints one face and turns pointer input into requests."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.model import Deck
from kompas_kiosk.ui import card_face
from kompas_kiosk.ui.theme import DEFAULT, Theme

SWIPE_FRACTION = 0.06  # of the width: a drag longer than this is a swipe
EDGE_FRACTION = 0.22  # tap zones at the left and right edge go back and forward
WHEEL_STEP = 120


class CardView(QWidget):
    next_requested = Signal()
    previous_requested = Signal()
    card_tapped = Signal()
    first_painted = Signal()

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._deck: Deck | None = None
        self._index = 0
        self._position = ""
        self._face: QPixmap | None = None
        self._layout: card_face.FaceLayout | None = None
        self._press: QPointF | None = None
        self._wheel = 0
        self._painted = False

    # -- state -------------------------------------------------------------------------------

    def set_card(self, deck: Deck, index: int, position: str = "") -> None:
        if (deck, index, position) == (self._deck, self._index, self._position):
            return
        self._deck, self._index, self._position = deck, index, position
        self._invalidate()
        self.setAccessibleName(self.accessible_text())

    def current(self) -> tuple[Deck | None, int]:
        return self._deck, self._index

    def face_layout(self) -> card_face.FaceLayout | None:
        """The layout of the face as last painted (for tests and the legibility check)."""
        self._ensure_face()
        return self._layout

    def accessible_text(self) -> str:
        if self._deck is None:
            return ""
        card = self._deck.cards[self._index]
        parts = [
            self._deck.card_heading(self._index),
            card.title,
            card.question or self._deck.prompt,
        ]
        return ". ".join(part for part in parts if part)

    def _invalidate(self) -> None:
        self._face = None
        self._layout = None
        self.update()

    # -- painting ----------------------------------------------------------------------------

    def _ensure_face(self) -> QPixmap | None:
        if self._face is not None or self._deck is None or self.width() <= 0:
            return self._face
        ratio = self.devicePixelRatioF()
        size = QSizeF(self.width(), self.height())
        self._layout = card_face.layout_front(
            self._deck, self._index, size, self._colors, self._position
        )
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        card_face.paint_face(painter, self._layout, self._colors)
        painter.end()
        self._face = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        face = self._ensure_face()
        if face is None:
            painter.fillRect(self.rect(), self._colors.surround)
        else:
            painter.drawPixmap(0, 0, face)
        painter.end()
        if not self._painted and face is not None:
            self._painted = True
            self.first_painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)

    # -- pointer and touch -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        delta = event.position() - self._press
        self._press = None
        width = max(1, self.width())
        if abs(delta.x()) > SWIPE_FRACTION * width and abs(delta.x()) > abs(delta.y()):
            (self.next_requested if delta.x() < 0 else self.previous_requested).emit()
            return
        x = event.position().x()
        if x < EDGE_FRACTION * width:
            self.previous_requested.emit()
        elif x > (1 - EDGE_FRACTION) * width:
            self.next_requested.emit()
        else:
            self.card_tapped.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y() or event.angleDelta().x()
        while abs(self._wheel) >= WHEEL_STEP:
            if self._wheel > 0:
                self._wheel -= WHEEL_STEP
                self.previous_requested.emit()
            else:
                self._wheel += WHEEL_STEP
                self.next_requested.emit()
        event.accept()
