"""What a laid-out card face is, and the pieces its front and back share.

A face is laid out once per card and screen size into a `FaceLayout` (where the card is and
where each text block goes) and painted by `card_face` from that alone. `CardMetrics` is the
card's geometry for a screen; the heading line, the footer and stacking blocks under each other
are the same on both faces (and on the countdown's card).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QTextDocument

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme


@dataclass
class TextBlock:
    doc: QTextDocument
    pos: QPointF
    color: QColor
    pixel_size: float

    @property
    def height(self) -> float:
        return self.doc.size().height()


@dataclass
class FaceLayout:
    """Everything `paint_face` needs: where the card is and where each text goes."""

    size: QSizeF
    card_rect: QRectF
    radius: float
    blocks: list[TextBlock] = field(default_factory=list)
    rules: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    overflow: bool = False

    @property
    def smallest_text_px(self) -> float:
        return min((block.pixel_size for block in self.blocks), default=0.0)


class CardMetrics:
    """The card's geometry for a screen size, in pixels."""

    def __init__(self, size: QSizeF) -> None:
        self.size = size
        self.unit = min(size.width(), size.height()) / 100.0
        self.portrait = size.height() > size.width()
        margin = spacing.CARD_MARGIN * self.unit
        self.card = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
        self.radius = spacing.CARD_RADIUS * self.unit
        self.pad = spacing.CARD_PAD * self.unit
        footer_px = typescale.FOOTER * self.unit
        self.footer_height = footer_px * 1.3
        self.content = self.card.adjusted(
            self.pad,
            self.pad * 0.9,
            -self.pad,
            -(self.pad * 0.6 + self.footer_height + spacing.CARD_CONTENT_BOTTOM * self.unit),
        )

    def px(self, units: float) -> float:
        return units * self.unit


def heading_block(
    deck: Deck,
    index: int,
    m: CardMetrics,
    width: float,
    colors: Theme,
    align: Qt.AlignmentFlag,
    title: str = "",
) -> TextBlock | None:
    """The small line above the title ('PRINCIP 07'), or on the back, with the title after it."""
    heading = " · ".join(part for part in (deck.card_heading(index).upper(), title) if part)
    if not heading:
        return None
    size = m.px(typescale.HEADING)
    f = typescale.font(size, QFont.Weight.DemiBold)
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    doc = text_document(escape(heading), f, width, align=align)
    return TextBlock(doc, QPointF(), colors.accent, size)


def stack(blocks: list[TextBlock], x: float, y: float, gaps: list[float]) -> float:
    """Place blocks under each other from (x, y); return the bottom."""
    for i, block in enumerate(blocks):
        if i:
            y += gaps[min(i - 1, len(gaps) - 1)]
        block.pos = QPointF(x, y)
        y += block.height
    return y


def layout_footer(
    layout: FaceLayout, m: CardMetrics, deck: Deck, colors: Theme, position: str
) -> None:
    px = m.px(typescale.FOOTER)
    y = m.card.bottom() - m.pad * 0.6 - m.footer_height
    width = m.card.width() - 2 * m.pad
    footer_font = typescale.font(px, QFont.Weight.Medium)
    right_w = 0.0
    if position:
        right = text_document(
            escape(position), footer_font, width, align=Qt.AlignmentFlag.AlignRight
        )
        right_w = right.idealWidth() + spacing.CARD_FOOTER_GAP * m.unit
        layout.blocks.append(TextBlock(right, QPointF(m.card.left() + m.pad, y), colors.muted, px))
    left_text = " · ".join(part for part in (deck.title, deck.edition) if part)
    left = text_document(escape(left_text), footer_font, width - right_w)
    layout.blocks.append(TextBlock(left, QPointF(m.card.left() + m.pad, y), colors.muted, px))
    rule_y = y - spacing.CARD_FOOTER_RULE * m.unit
    layout.rules.append(
        (QPointF(m.card.left() + m.pad, rule_y), QPointF(m.card.right() - m.pad, rule_y))
    )
