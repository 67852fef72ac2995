"""The shadows under cards on the room's background: one home for how a card sits on the room.

Two looks. A card seen full size (the room's card, the countdown's card) casts a soft shadow:
three rounded layers, each reaching further below and beside the card and fainter than the one
inside it. A small tile (the overview's miniatures) casts one short hard drop, which at that size
reads as the same lift without blurring into its neighbours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

# The soft shadow's layers, outermost first: (how far it reaches, in quarters of the card's
# corner radius; its alpha out of 255).
SOFT_STEPS = ((3, 26), (2, 34), (1, 44))
TILE_ALPHA = 60  # the tile's drop


def soft_margin(radius: float) -> float:
    """How far a card's soft shadow reaches beyond the card (sideways half of it, down all)."""
    return radius * 0.25 * SOFT_STEPS[0][0]


def paint_soft(painter: QPainter, card: QRectF, radius: float, *, strip_only: bool = False) -> None:
    """The soft shadow of a card at `card` with corner `radius`.

    `strip_only` draws just the strip below the card, between its rounded corners, with plain
    rectangles and the painter's hints untouched: while a card turns only that strip shows, and
    blending the whole soft shadow would cost 8 ms a frame at 4K.
    """
    if strip_only:
        inset = min(radius, card.width() / 2)
        for step, alpha in SOFT_STEPS:
            offset = radius * 0.25 * step
            strip = QRectF(card.left() + inset, card.bottom(), card.width() - 2 * inset, offset)
            painter.fillRect(strip, QColor(0, 0, 0, alpha))
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    for step, alpha in SOFT_STEPS:
        shadow = QPainterPath()
        offset = radius * 0.25 * step
        shadow.addRoundedRect(
            card.translated(0, offset).adjusted(-offset / 2, 0, offset / 2, offset / 2),
            radius,
            radius,
        )
        painter.fillPath(shadow, QColor(0, 0, 0, alpha))


def paint_tile(painter: QPainter, card: QRectF, radius: float, drop: float) -> None:
    """A small tile's shadow: the tile's own shape, `drop` pixels lower, in one faint layer."""
    shadow = QPainterPath()
    shadow.addRoundedRect(card.translated(0, drop), radius, radius)
    painter.fillPath(shadow, QColor(0, 0, 0, TILE_ALPHA))
