"""The room screen's card: paints a face, turns the card over, and turns pointer input into
requests.

Each face is laid out and painted once into a pixmap of the card alone; a still frame and every
frame of the turn only draw those pixmaps (squeezed, for the turn), so a frame costs a few
milliseconds even at 4K. The turn runs on a Qt property animated by a QPropertyAnimation.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPointF,
    QPropertyAnimation,
    QRectF,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.text_roles import text_sizes
from kompas_kiosk.ui.card import card_face
from kompas_kiosk.ui.card.card_back import layout_back
from kompas_kiosk.ui.card.card_front import layout_front
from kompas_kiosk.ui.card.card_layout import FOOTER_FIELD, FaceLayout
from kompas_kiosk.ui.common import gestures, painting, shadow
from kompas_kiosk.ui.theme import spacing
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

EDGE_FRACTION = 0.22  # tap zones at the left and right edge go back and forward
WHEEL_STEP = 120
FLIP_MS = 520
FADE_MS = 220  # the reduced-motion replacement for the turn


class CardView(QWidget):
    next_requested = Signal()
    previous_requested = Signal()
    card_tapped = Signal()
    first_painted = Signal()
    flip_finished = Signal()
    page_turned = Signal()  # a long card's read-along page changed
    room_changed = Signal(object)  # the room (Room | None): the exercise view follows

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._deck: Deck | None = None
        self._index = 0
        self._position = ""
        self._face = Face.FRONT
        self._from_face = Face.FRONT
        self._faces: dict[Face, tuple[FaceLayout, QPixmap]] = {}
        self._shadow: QPixmap | None = None
        self._progress = 1.0
        self._reduced_motion = False
        self._badge = ""
        self._badge_color: QColor = colors.accent
        self._badge_doc: tuple[tuple[str, float], QTextDocument] | None = None
        self._room: Room | None = None  # None: today's layout; else no text under its minimum
        self._page = 0
        self._wheel = 0
        self._painted = False
        self._animation = QPropertyAnimation(self, b"flip_progress", self)
        self._animation.finished.connect(self.flip_finished)
        self._gestures = gestures.GestureFilter(self)
        self._gestures.swiped.connect(self._on_swipe)
        self._gestures.tapped.connect(self._on_tap)

    # -- state -------------------------------------------------------------------------------

    def set_card(self, deck: Deck, index: int, position: str = "", face: Face = Face.FRONT) -> None:
        """Show a card's face; the same card on its other face turns over."""
        same_card = (deck, index, position) == (self._deck, self._index, self._position)
        if same_card and face is self._face:
            return
        if self._page:  # another card or face starts at its first page
            self._page = 0
            self._faces.pop(Face.FRONT, None)
            self.page_turned.emit()
        if same_card and self.isVisible() and self._faces:
            self._turn_to(face)
        else:
            self._animation.stop()
            self._progress = 1.0
            self._deck, self._index, self._position = deck, index, position
            self._faces.clear()
        self._face = face
        self.setAccessibleName(self.accessible_text())
        self.update()

    def set_room(self, room: Room | None) -> None:
        """The room the screen is in: its text no smaller than the room's minimum per role."""
        if room != self._room:
            self._room, self._page = room, 0
            self._faces.clear()
            self.update()
            self.room_changed.emit(room)
            self.page_turned.emit()

    @property
    def room(self) -> Room | None:
        return self._room

    def page_count(self) -> int:
        """The read-along pages of the face shown (1 unless a room makes a long text page)."""
        entry = self._ensure_face(self._face)
        return entry[0].pages if entry is not None else 1

    def show_page(self, page: int) -> None:
        """Show read-along page `page` of the card's front (0: the title and the question)."""
        if page != self._page:
            self._page = page
            self._faces.pop(Face.FRONT, None)
            self.update()
            self.page_turned.emit()

    @property
    def page(self) -> int:
        return self._page

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced

    def set_badge(self, text: str, color: QColor | None = None) -> None:
        """A small running countdown in the card's footer ('' hides it)."""
        self._badge = text
        self._badge_color = color or self._colors.accent
        self.update()

    def current(self) -> tuple[Deck | None, int, Face]:
        return self._deck, self._index, self._face

    def badge(self) -> str:
        return self._badge

    def is_turning(self) -> bool:
        return self._animation.state() == QPropertyAnimation.State.Running

    def face_layout(self, face: Face | None = None) -> FaceLayout | None:
        """The layout of a face as painted (for tests and the legibility check)."""
        entry = self._ensure_face(face or self._face)
        return entry[0] if entry else None

    def accessible_text(self) -> str:
        if self._deck is None:
            return ""
        card = self._deck.cards[self._index]
        if self._face is Face.BACK:
            parts = [card.title, card.what_if, *card.reminders]
        else:
            parts = [
                self._deck.card_heading(self._index),
                card.title,
                card.question or self._deck.prompt,
            ]
        return ". ".join(part.rstrip(".") for part in parts if part)

    # -- the turn ----------------------------------------------------------------------------

    def _turn_to(self, face: Face) -> None:
        self._from_face = self._face
        self._ensure_face(face)  # lay out the other face now, not in the first frame
        self._animation.stop()
        self._animation.setDuration(FADE_MS if self._reduced_motion else FLIP_MS)
        self._animation.setEasingCurve(
            QEasingCurve.Type.Linear if self._reduced_motion else QEasingCurve.Type.InOutSine
        )
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def _get_progress(self) -> float:
        return self._progress

    def _set_progress(self, value: float) -> None:
        self._progress = value
        self.update()

    flip_progress = Property(float, _get_progress, _set_progress)

    # -- painting ----------------------------------------------------------------------------

    def _card_pixmap(self, rect: QRectF) -> tuple[QPixmap, QPainter]:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(math.ceil(rect.width() * ratio), math.ceil(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.translate(-rect.topLeft())
        return pixmap, painter

    def _ensure_shadow(self, layout: FaceLayout) -> tuple[QRectF, QPixmap]:
        margin = shadow.soft_margin(layout.radius)
        rect = layout.card_rect.adjusted(-margin, 0, margin, 2 * margin)
        if self._shadow is None:
            self._shadow, painter = self._card_pixmap(rect)
            shadow.paint_soft(painter, layout.card_rect, layout.radius)
            painter.end()
        return rect, self._shadow

    def _ensure_face(self, face: Face) -> tuple[FaceLayout, QPixmap] | None:
        if face in self._faces:
            return self._faces[face]
        if self._deck is None or self.width() <= 0 or self.height() <= 0:
            return None
        size = QSizeF(self.width(), self.height())
        sizes = text_sizes(self._room, size.width(), size.height())
        if face is Face.BACK:
            layout = layout_back(self._deck, self._index, size, self._colors, self._position, sizes)
        else:
            args = (self._deck, self._index, size, self._colors, self._position)
            layout = layout_front(*args, sizes, self._page)
        pixmap, painter = self._card_pixmap(layout.card_rect)
        card_face.paint_card(painter, layout, self._colors)
        painter.end()
        self._faces[face] = (layout, pixmap)
        return self._faces[face]

    def paint_frame(self, painter: QPainter) -> bool:
        """Paint the current frame; False when there is nothing to show yet."""
        target = self._ensure_face(self._face)
        if target is None:
            painter.fillRect(self.rect(), self._colors.surround)
            return False
        layout = target[0]
        painter.fillRect(self.rect(), self._colors.surround)
        if self._progress >= 1.0:
            self._paint_shadow(painter, layout, 1.0)
            painter.drawPixmap(layout.card_rect.topLeft(), target[1])
        elif self._reduced_motion:
            source = self._ensure_face(self._from_face) or target
            self._paint_shadow(painter, layout, 1.0)
            painter.drawPixmap(layout.card_rect.topLeft(), source[1])
            painter.setOpacity(self._progress)
            painter.drawPixmap(layout.card_rect.topLeft(), target[1])
            painter.setOpacity(1.0)
        else:
            self._paint_turn(painter, layout, target)
        if self._badge:
            self._paint_badge(painter, layout)
        return True

    def _paint_turn(
        self,
        painter: QPainter,
        layout: FaceLayout,
        target: tuple[FaceLayout, QPixmap],
    ) -> None:
        """One frame of the card turning about its vertical axis: the face narrows to its edge
        and the other face widens from it; the card lifts a little and darkens edge-on."""
        angle = self._progress * math.pi
        squeeze = abs(math.cos(angle))
        lift = 1.0 + 0.05 * math.sin(angle)
        pixmap = (
            target[1]
            if self._progress >= 0.5
            else (self._ensure_face(self._from_face) or target)[1]
        )
        self._paint_shadow(painter, layout, squeeze)
        rect = card_face.squeezed(layout.card_rect, squeeze)
        height = rect.height() * lift
        rect = QRectF(rect.left(), rect.center().y() - height / 2, rect.width(), height)
        if rect.width() < 1:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawPixmap(rect, pixmap, QRectF(pixmap.rect()))
        painter.fillRect(rect, QColor(0, 0, 0, round(90 * math.sin(angle))))

    def _paint_shadow(self, painter: QPainter, layout: FaceLayout, squeeze: float) -> None:
        if squeeze >= 1.0:
            rect, pixmap = self._ensure_shadow(layout)
            painter.drawPixmap(rect.topLeft(), pixmap)
            return
        card = card_face.squeezed(layout.card_rect, squeeze)
        shadow.paint_soft(painter, card, layout.radius, strip_only=True)

    def _paint_badge(self, painter: QPainter, layout: FaceLayout) -> None:
        unit = painting.unit(QRectF(self.rect()))
        key = (self._badge, layout.badge_px)
        if self._badge_doc is None or self._badge_doc[0] != key:  # laid out once a second
            document = painting.plain_document(
                self._badge,
                layout.badge_px,
                spacing.BADGE_WIDTH * unit,
                QFont.Weight.Bold,
                align=Qt.AlignmentFlag.AlignHCenter,
            )
            self._badge_doc = (key, document)
        doc = self._badge_doc[1]
        card = layout.card_rect
        x = _badge_centre(layout, doc.idealWidth(), unit) - spacing.BADGE_WIDTH / 2 * unit
        y = card.bottom() - spacing.CARD_PAD * unit * 0.6 - doc.size().height() * 0.95
        if self._progress >= 1.0:  # the footer's rule stops either side of the countdown
            width = doc.idealWidth() + 2 * unit
            centre = card.center().x()
            painter.fillRect(
                QRectF(centre - width / 2, y, width, doc.size().height()), self._colors.paper
            )
        painting.draw_document(painter, doc, QPointF(x, y), self._badge_color)

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self._faces.clear()
        self._shadow = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.paint_frame(painter)
        painter.end()
        if shown and not self._painted:
            self._painted = True
            self.first_painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._faces.clear()
        self._shadow = None
        self.update()
        super().resizeEvent(event)

    # -- pointer and touch -------------------------------------------------------------------

    def _on_swipe(self, direction: int) -> None:
        (self.next_requested if direction > 0 else self.previous_requested).emit()

    def _on_tap(self, where: QPointF) -> None:
        width = max(1, self.width())
        x = where.x()
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


def _badge_centre(layout: FaceLayout, width: float, unit: float) -> float:
    """Where the badge (`width` wide) is centred: under the card's middle, or, when the footer's
    texts reach it (a long deck name on a narrow screen), in the middle of the gap between them."""
    card = layout.card_rect
    left, right = card.left(), card.right()
    for block in layout.blocks:
        if block.field != FOOTER_FIELD:
            continue
        doc = block.doc
        if doc.defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight:
            right = min(right, block.pos.x() + doc.textWidth() - doc.idealWidth())
        else:
            left = max(left, block.pos.x() + doc.idealWidth())
    gap = spacing.CARD_FOOTER_GAP * unit
    middle = card.center().x()
    if middle - width / 2 >= left + gap and middle + width / 2 <= right - gap:
        return middle
    return (left + right) / 2
