"""The overview's pager, painted: "Side 2/3" between a button for each way, bottom centre."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.theme import spacing, typescale


def paint_pager(
    painter: QPainter, previous: QRectF, following: QRectF, label: str, color: QColor, u: float
) -> None:
    """The page label, centred between the two buttons."""
    document = painting.plain_document(
        label,
        typescale.HINT * u,
        following.left() - previous.right(),
        QFont.Weight.DemiBold,
        align=Qt.AlignmentFlag.AlignHCenter,
    )
    y = previous.center().y() - document.size().height() / 2
    painting.draw_document(painter, document, QPointF(previous.right(), y), color)


def paint_page_button(
    painter: QPainter, rect: QRectF, step: int, enabled: bool, on: QColor, u: float
) -> None:
    """A round button with a chevron pointing `step` (-1 back, 1 on); faint when disabled."""
    color = QColor(on)
    if not enabled:
        color.setAlphaF(0.3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, spacing.THIN_STROKE * u))
    inset = spacing.PAGER_INSET * u
    painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
    pen = QPen(color, spacing.CHEVRON_STROKE * u)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    center, arm = rect.center(), spacing.CHEVRON_ARM * u
    back = center.x() - step * arm * 0.45
    tip = QPointF(center.x() + step * arm * 0.55, center.y())
    painter.drawPolyline([QPointF(back, center.y() - arm), tip, QPointF(back, center.y() + arm)])
