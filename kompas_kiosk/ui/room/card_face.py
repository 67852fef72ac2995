"""Lays out and paints one face of a card for a given screen size.

Layout is separate from painting: `layout_front` fits the text once per card and size (finding the
largest body size that fits, never below the floor), and `paint_face` only draws what it was
given. The card view caches layouts; `render` and the benchmarks use the same two functions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QTextDocument

from kompas_kiosk.core.decks import markup
from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.ui.common import painting, shadow
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import Theme

translate = QCoreApplication.translate


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
        margin = 2.2 * self.unit
        self.card = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
        self.radius = 1.6 * self.unit
        self.pad = 5.0 * self.unit
        footer_px = typescale.FOOTER * self.unit
        self.footer_height = footer_px * 1.3
        self.content = self.card.adjusted(
            self.pad,
            self.pad * 0.9,
            -self.pad,
            -(self.pad * 0.6 + self.footer_height + 2 * self.unit),
        )

    def px(self, units: float) -> float:
        return units * self.unit


def layout_front(
    deck: Deck, index: int, size: QSizeF, colors: Theme, position: str = ""
) -> FaceLayout:
    """Fit the front of card `index` into a screen of `size`."""
    card = deck.cards[index]
    m = CardMetrics(size)
    layout = FaceLayout(size=size, card_rect=m.card, radius=m.radius)
    if card.text:
        _layout_text_card(layout, m, deck, index, card, colors)
    else:
        _layout_poster_card(layout, m, deck, index, card, colors)
    _layout_footer(layout, m, deck, colors, position)
    return layout


def _heading_block(
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


def _title_and_question(
    card: Card,
    deck: Deck,
    m: CardMetrics,
    width: float,
    colors: Theme,
    title_u: float,
    question_u: float,
    align: Qt.AlignmentFlag,
) -> list[TextBlock]:
    blocks = []
    title_px = m.px(title_u)
    title = text_document(
        escape(card.title),
        typescale.font(title_px, QFont.Weight.Bold),
        width,
        align=align,
        line_height=110,
    )
    blocks.append(TextBlock(title, QPointF(), colors.ink, title_px))
    question = card.question or deck.prompt
    if question:
        q_px = m.px(question_u)
        doc = text_document(
            escape(question),
            typescale.font(q_px, QFont.Weight.DemiBold, italic=True),
            width,
            align=align,
            line_height=118,
        )
        blocks.append(TextBlock(doc, QPointF(), colors.accent, q_px))
    return blocks


def _stack(blocks: list[TextBlock], x: float, y: float, gaps: list[float]) -> float:
    """Place blocks under each other from (x, y); return the bottom."""
    for i, block in enumerate(blocks):
        if i:
            y += gaps[min(i - 1, len(gaps) - 1)]
        block.pos = QPointF(x, y)
        y += block.height
    return y


def _fit_body(
    text: str, m: CardMetrics, width: float, height: float, colors: Theme
) -> tuple[TextBlock, bool]:
    """The largest body text between the floor and the maximum that fits `height`."""
    html = markup.to_html(text)

    def make(units: float) -> TextBlock:
        px = m.px(units)
        doc = text_document(
            html, typescale.font(px), width, line_height=132, paragraph_gap=px * 0.65
        )
        return TextBlock(doc, QPointF(), colors.ink, px)

    best = make(typescale.FLOOR)
    if best.height > height:
        return best, False
    low, high = typescale.FLOOR, typescale.BODY_MAX
    for _ in range(7):
        mid = (low + high) / 2
        candidate = make(mid)
        if candidate.height <= height:
            best, low = candidate, mid
        else:
            high = mid
    return best, True


def _layout_text_card(
    layout: FaceLayout, m: CardMetrics, deck: Deck, index: int, card: Card, colors: Theme
) -> None:
    content = m.content
    left = Qt.AlignmentFlag.AlignLeft
    if not m.portrait:
        gutter = 4.5 * m.unit
        left_w = content.width() * 0.36
        right_w = content.width() - left_w - gutter
        for title_u, question_u in (
            (typescale.TITLE, typescale.QUESTION),
            (typescale.TITLE_MIN, typescale.QUESTION_MIN),
        ):
            side = [b for b in [_heading_block(deck, index, m, left_w, colors, left)] if b]
            side += _title_and_question(card, deck, m, left_w, colors, title_u, question_u, left)
            bottom = _stack(side, content.left(), content.top(), [2.2 * m.unit, 3.5 * m.unit])
            if bottom <= content.bottom():
                break
        body, fits = _fit_body(card.text or "", m, right_w, content.height(), colors)
        if fits:
            body.pos = QPointF(content.left() + left_w + gutter, content.top())
            layout.blocks += side + [body]
            rule_x = content.left() + left_w + gutter / 2
            layout.rules.append((QPointF(rule_x, content.top()), QPointF(rule_x, content.bottom())))
            return
    # Stacked: heading, title and question across the card, the body under them.
    for title_u, question_u in (
        (typescale.TITLE, typescale.QUESTION),
        (typescale.TITLE_MIN, typescale.QUESTION_MIN),
    ):
        top = [b for b in [_heading_block(deck, index, m, content.width(), colors, left)] if b]
        top += _title_and_question(
            card, deck, m, content.width(), colors, title_u, question_u, left
        )
        bottom = _stack(top, content.left(), content.top(), [1.8 * m.unit, 2.5 * m.unit])
        body_top = bottom + 3.5 * m.unit
        body, fits = _fit_body(
            card.text or "", m, content.width(), content.bottom() - body_top, colors
        )
        if fits:
            break
    body.pos = QPointF(content.left(), body_top)
    layout.rules.append(
        (
            QPointF(content.left(), body_top - 1.75 * m.unit),
            QPointF(content.left() + 12 * m.unit, body_top - 1.75 * m.unit),
        )
    )
    layout.blocks += top + [body]
    layout.overflow = not fits


def _layout_poster_card(
    layout: FaceLayout, m: CardMetrics, deck: Deck, index: int, card: Card, colors: Theme
) -> None:
    """A card of title and question only: large and centred, like a poster."""
    content = m.content
    width = content.width() * (0.92 if m.portrait else 0.8)
    center = Qt.AlignmentFlag.AlignHCenter
    title_u = 13.0 if len(card.title) < 14 else 9.0
    question_u = 5.6
    while True:
        blocks = [b for b in [_heading_block(deck, index, m, width, colors, center)] if b]
        blocks += _title_and_question(card, deck, m, width, colors, title_u, question_u, center)
        total = sum(b.height for b in blocks) + (len(blocks) - 1) * 4 * m.unit
        too_wide = any(b.doc.idealWidth() > width + 1 for b in blocks)
        if (total <= content.height() and not too_wide) or title_u <= typescale.TITLE_MIN:
            break
        title_u *= 0.9
        question_u = max(typescale.QUESTION_MIN, question_u * 0.92)
    x = content.left() + (content.width() - width) / 2
    y = content.top() + (content.height() - total) / 2
    _stack(blocks, x, y, [4 * m.unit])
    layout.blocks += blocks
    layout.overflow = total > content.height()


def layout_back(
    deck: Deck, index: int, size: QSizeF, colors: Theme, position: str = ""
) -> FaceLayout:
    """Fit the back of card `index`: its 'Hvad nu hvis' reflection and its reminders, large."""
    card = deck.cards[index]
    m = CardMetrics(size)
    layout = FaceLayout(size=size, card_rect=m.card, radius=m.radius)
    content = m.content
    width = content.width() * (1.0 if m.portrait else 0.86)
    x = content.left() + (content.width() - width) / 2
    left = Qt.AlignmentFlag.AlignLeft
    what_if_u, reminder_u = 6.4, 4.4
    while True:
        blocks = [b for b in [_heading_block(deck, index, m, width, colors, left, card.title)] if b]
        gaps = [3.5 * m.unit]
        if card.what_if:
            px = m.px(what_if_u)
            doc = text_document(
                escape(card.what_if),
                typescale.font(px, QFont.Weight.Bold, italic=True),
                width,
                line_height=115,
            )
            blocks.append(TextBlock(doc, QPointF(), colors.accent, px))
            gaps.append(5 * m.unit)
        if card.reminders:
            label_px = m.px(typescale.HEADING)
            label = text_document(
                escape(translate("CardFace", "Små huskere").upper()),
                typescale.font(label_px, QFont.Weight.DemiBold),
                width,
            )
            blocks.append(TextBlock(label, QPointF(), colors.muted, label_px))
            gaps.append(2 * m.unit)
            px = m.px(reminder_u)
            items = "".join(f"<li>{escape(item)}</li>" for item in card.reminders)
            doc = text_document(
                f"<ul>{items}</ul>",
                typescale.font(px, QFont.Weight.Medium),
                width,
                line_height=122,
                paragraph_gap=px * 0.7,
            )
            blocks.append(TextBlock(doc, QPointF(), colors.ink, px))
        total = sum(b.height for b in blocks) + sum(gaps[: len(blocks) - 1])
        if total <= content.height() or reminder_u <= typescale.FLOOR:
            break
        what_if_u = max(typescale.QUESTION_MIN, what_if_u * 0.92)
        reminder_u = max(typescale.FLOOR, reminder_u * 0.92)
    y = content.top() + max(0.0, (content.height() - total) / 2)
    _stack(blocks, x, y, gaps)
    layout.blocks += blocks
    layout.overflow = total > content.height()
    _layout_footer(layout, m, deck, colors, position)
    return layout


def _layout_footer(
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
        right_w = right.idealWidth() + 2 * m.unit
        layout.blocks.append(TextBlock(right, QPointF(m.card.left() + m.pad, y), colors.muted, px))
    left_text = " · ".join(part for part in (deck.title, deck.edition) if part)
    left = text_document(escape(left_text), footer_font, width - right_w)
    layout.blocks.append(TextBlock(left, QPointF(m.card.left() + m.pad, y), colors.muted, px))
    rule_y = y - 1.6 * m.unit
    layout.rules.append(
        (QPointF(m.card.left() + m.pad, rule_y), QPointF(m.card.right() - m.pad, rule_y))
    )


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
