"""Lays out the back of a card: its 'Hvad nu hvis' reflection and its reminders, large."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QSizeF, Qt
from PySide6.QtGui import QFont

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.room.text_roles import Role, TextSizes
from kompas_kiosk.ui.card.card_layout import (
    CardMetrics,
    FaceLayout,
    TextBlock,
    heading_block,
    layout_footer,
    stack,
)
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme

translate = QCoreApplication.translate


def layout_back(
    deck: Deck,
    index: int,
    size: QSizeF,
    colors: Theme,
    position: str = "",
    sizes: TextSizes | None = None,
) -> FaceLayout:
    """Fit the back of card `index`: its 'Hvad nu hvis' reflection and its reminders, large
    (with a room's `sizes`, never under the room's minimum)."""
    card = deck.cards[index]
    m = CardMetrics(size, sizes)
    layout = FaceLayout(size=size, card_rect=m.card, radius=m.radius)
    content = m.content
    roomy = m.sizes is not None  # in a room: the whole width, closer together, for large text
    width = content.width() * (1.0 if m.portrait or roomy else 0.86)
    x = content.left() + (content.width() - width) / 2
    left = Qt.AlignmentFlag.AlignLeft
    what_if_u = m.role_units(6.4, Role.QUESTION)
    reminder_u = m.role_units(4.4, Role.TEXT)
    what_if_min = m.role_units(typescale.QUESTION_MIN, Role.QUESTION)
    reminder_min = m.role_units(typescale.FLOOR, Role.TEXT)
    while True:
        blocks = [b for b in [heading_block(deck, index, m, width, colors, left, card.title)] if b]
        gaps = [spacing.CARD_TITLE_GAP * m.unit]
        if card.what_if:
            px = m.px(what_if_u)
            doc = text_document(
                escape(card.what_if),
                typescale.font(px, QFont.Weight.Bold, italic=True),
                width,
                line_height=115,
            )
            blocks.append(TextBlock(doc, QPointF(), colors.accent, px, "what_if", Role.QUESTION))
            gaps.append(spacing.CARD_BACK_GAP * m.unit * (0.6 if roomy else 1.0))
        if card.reminders:
            label_px = m.role_px(typescale.HEADING, Role.LABEL)
            label = text_document(
                escape(translate("CardFace", "Små huskere").upper()),
                typescale.font(label_px, QFont.Weight.DemiBold),
                width,
            )
            blocks.append(TextBlock(label, QPointF(), colors.muted, label_px, role=Role.LABEL))
            gaps.append(spacing.CARD_LABEL_GAP * m.unit)
            px = m.px(reminder_u)
            items = "".join(f"<li>{escape(item)}</li>" for item in card.reminders)
            doc = text_document(
                f"<ul>{items}</ul>",
                typescale.font(px, QFont.Weight.Medium),
                width,
                line_height=122,
                paragraph_gap=px * (0.35 if roomy else 0.7),
            )
            blocks.append(TextBlock(doc, QPointF(), colors.ink, px, "reminders", Role.TEXT))
        total = sum(b.height for b in blocks) + sum(gaps[: len(blocks) - 1])
        if total <= content.height() or reminder_u <= reminder_min:
            break
        what_if_u = max(what_if_min, what_if_u * 0.92)
        reminder_u = max(reminder_min, reminder_u * 0.92)
    y = content.top() + max(0.0, (content.height() - total) / 2)
    stack(blocks, x, y, gaps)
    layout.blocks += blocks
    layout.overflow = total > content.height()
    layout_footer(layout, m, deck, colors, position)
    return layout
