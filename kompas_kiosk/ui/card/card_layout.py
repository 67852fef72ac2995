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
from kompas_kiosk.core.room.text_roles import Role, TextSizes
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme

FOOTER_FIELD = "footer"


@dataclass
class TextBlock:
    doc: QTextDocument
    pos: QPointF
    color: QColor
    pixel_size: float
    field: str = ""  # the deck field the text comes from, for `check` to name what does not fit
    role: Role | None = None  # what the text is for: who in the room must read it

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
    pages: int = 1  # the read-along pages of a long text at the room's size (card_pages.py)
    badge_px: float = 0.0  # the countdown shown small in the footer during group work

    @property
    def smallest_text_px(self) -> float:
        return min((block.pixel_size for block in self.blocks), default=0.0)


class CardMetrics:
    """The card's geometry for a screen size, in pixels; with a room's `sizes`, no text of a
    role is smaller than the room's minimum for it (`role_px`)."""

    def __init__(self, size: QSizeF, sizes: TextSizes | None = None) -> None:
        self.size = size
        self.sizes = sizes
        self.unit = min(size.width(), size.height()) / 100.0
        self.portrait = size.height() > size.width()
        margin = spacing.CARD_MARGIN * self.unit
        self.card = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
        self.radius = spacing.CARD_RADIUS * self.unit
        self.pad = spacing.CARD_PAD * self.unit
        footer_px = self.role_px(typescale.FOOTER, Role.FOOTER)
        self.footer_height = footer_px * 1.3
        if sizes is not None:  # the countdown in the footer is read by everyone: make room
            self.footer_height = max(self.footer_height, badge_px(self) * 1.05)
        self.content = self.card.adjusted(
            self.pad,
            self.pad * 0.9,
            -self.pad,
            -(self.pad * 0.6 + self.footer_height + spacing.CARD_CONTENT_BOTTOM * self.unit),
        )

    def px(self, units: float) -> float:
        return units * self.unit

    def role_px(self, units: float, role: Role) -> float:
        """`units` in pixels, or the room's smallest size for `role` when that is larger."""
        px = units * self.unit
        return px if self.sizes is None else max(px, self.sizes.min_px(role))

    def role_units(self, units: float, role: Role) -> float:
        """`role_px` in units of the screen (for layouts that fit text by units)."""
        return units if self.sizes is None else self.role_px(units, role) / self.unit


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
    size = m.role_px(typescale.HEADING, Role.LABEL)
    f = typescale.font(size, QFont.Weight.DemiBold)
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    doc = text_document(escape(heading), f, width, align=align)
    return TextBlock(doc, QPointF(), colors.accent, size, "title" if title else "", Role.LABEL)


def body_block(html: str, px: float, width: float, colors: Theme) -> TextBlock:
    """A card's text (`html` from `markup.to_html`) at `px`, `width` wide."""
    doc = text_document(html, typescale.font(px), width, line_height=132, paragraph_gap=px * 0.65)
    return TextBlock(doc, QPointF(), colors.ink, px, "text", Role.TEXT)


def badge_px(m: CardMetrics) -> float:
    """The size of the countdown shown in the card's footer during group work."""
    return m.role_px(typescale.BADGE, Role.COUNTDOWN)


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
    px = m.role_px(typescale.FOOTER, Role.FOOTER)
    layout.badge_px = badge_px(m)
    y = m.card.bottom() - m.pad * 0.6 - m.footer_height
    width = m.card.width() - 2 * m.pad
    footer_font = typescale.font(px, QFont.Weight.Medium)
    left_pos = QPointF(m.card.left() + m.pad, y)
    right_w = 0.0
    if position:
        right = text_document(
            escape(position), footer_font, width, align=Qt.AlignmentFlag.AlignRight
        )
        right_w = right.idealWidth() + spacing.CARD_FOOTER_GAP * m.unit
        footer = TextBlock(right, left_pos, colors.muted, px, FOOTER_FIELD, Role.FOOTER)
        layout.blocks.append(footer)
    left_text = " · ".join(part for part in (deck.title, deck.edition) if part)
    left = text_document(escape(left_text), footer_font, width - right_w)
    layout.blocks.append(TextBlock(left, left_pos, colors.muted, px, FOOTER_FIELD, Role.FOOTER))
    rule_y = y - spacing.CARD_FOOTER_RULE * m.unit
    layout.rules.append(
        (QPointF(m.card.left() + m.pad, rule_y), QPointF(m.card.right() - m.pad, rule_y))
    )
