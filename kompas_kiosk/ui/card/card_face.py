"""Paints a laid-out card face: the room, the card's shadow, the paper, rules and text.

Layout is separate from painting: `card_front.layout_front` and `card_back.layout_back` fit the
text once per card and size, and `paint_face` only draws what it was given. The card view caches
layouts; `render` and the benchmarks use the same functions. `miniature` paints a card small.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPixmap

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.ui.card.card_back import layout_back
from kompas_kiosk.ui.card.card_front import layout_front
from kompas_kiosk.ui.card.card_layout import FaceLayout
from kompas_kiosk.ui.common import painting, shadow
from kompas_kiosk.ui.theme.colors import Theme


def paint_background(painter: QPainter, layout: FaceLayout, colors: Theme) -> None:
    """The room around the card and the card's shadow."""
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), colors.surround)
    shadow.paint_soft(painter, layout.card_rect, layout.radius)


def squeezed(rect: QRectF, squeeze: float) -> QRectF:
    """`rect` narrowed about its centre to `squeeze` of its width (a card seen edge-on)."""
    width = rect.width() * max(0.0, squeeze)
    return QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())


def paint_card(painter: QPainter, layout: FaceLayout, colors: Theme) -> None:
    """The card itself in window coordinates: paper, rules and text."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    path = QPainterPath()
    path.addRoundedRect(layout.card_rect, layout.radius, layout.radius)
    painter.fillPath(path, colors.paper)
    pen = QPen(colors.rule)
    pen.setWidthF(max(1.0, layout.size.height() / 900))
    painter.setPen(pen)
    for start, end in layout.rules:
        painter.drawLine(start, end)
    for block in layout.blocks:
        painting.draw_document(painter, block.doc, block.pos, block.color)


def paint_face(painter: QPainter, layout: FaceLayout, colors: Theme) -> None:
    """A whole still frame: the room, the shadow and the card."""
    paint_background(painter, layout, colors)
    paint_card(painter, layout, colors)


def miniature(
    deck: Deck,
    index: int,
    screen: QSizeF,
    width: float,
    colors: Theme,
    *,
    back: bool = False,
    position: str = "",
    ratio: float = 1.0,
) -> QPixmap:
    """The card as laid out for a screen of `screen`, scaled to `width`: the same line breaks
    the room sees, small (the overview's tiles, the console's previews)."""
    make = layout_back if back else layout_front
    layout = make(deck, index, screen, colors, position)
    scale = width / layout.card_rect.width()
    height = layout.card_rect.height() * scale
    pixmap = QPixmap(math.ceil(width * ratio), math.ceil(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(scale, scale)
    painter.translate(-layout.card_rect.topLeft())
    paint_card(painter, layout, colors)
    painter.end()
    return pixmap
