"""The read-along pages of a card whose text is too long for the room's smallest legible size.

Page 0 is the card's title and question, large (`card_front.layout_poster`); each page after it
has the heading line with the title ('PRINCIP 07 · Bliv klogere sammen igen og igen') and a
part of the text at the room's size, in whole sentences where they fit (`core/decks/read_along`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt

from kompas_kiosk.core.decks import markup
from kompas_kiosk.core.decks.markup import Block
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.decks.read_along import paginate
from kompas_kiosk.core.room.text_roles import Role
from kompas_kiosk.ui.card.card_layout import (
    CardMetrics,
    FaceLayout,
    TextBlock,
    body_block,
    heading_block,
    stack,
)
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme


def _heading(deck: Deck, index: int, m: CardMetrics, colors: Theme) -> TextBlock | None:
    title = deck.cards[index].title
    left = Qt.AlignmentFlag.AlignLeft
    return heading_block(deck, index, m, m.content.width(), colors, left, title)


def _text_px(m: CardMetrics) -> float:
    return m.role_px(typescale.FLOOR, Role.TEXT)


def text_pages(
    text: str, m: CardMetrics, deck: Deck, index: int, colors: Theme
) -> list[list[Block]]:
    """The card's text cut into pages that each fit under the heading line at the room's size."""
    heading = _heading(deck, index, m, colors)
    used = heading.height + spacing.CARD_BODY_GAP * m.unit if heading is not None else 0.0
    room = m.content.height() - used
    width, px = m.content.width(), _text_px(m)

    def fits(blocks: Sequence[Block]) -> bool:
        return body_block(markup.to_html(blocks), px, width, colors).height <= room

    return paginate(text, fits)


def place_text_page(
    layout: FaceLayout,
    m: CardMetrics,
    deck: Deck,
    index: int,
    colors: Theme,
    page: Sequence[Block],
) -> None:
    """One page of the text: the heading line, a short rule, the text."""
    content = m.content
    heading = _heading(deck, index, m, colors)
    body = body_block(markup.to_html(page), _text_px(m), content.width(), colors)
    blocks = [b for b in (heading, body) if b is not None]
    gap = spacing.CARD_BODY_GAP * m.unit
    stack(blocks, content.left(), content.top(), [gap])
    if heading is not None:
        rule_y = body.pos.y() - gap / 2
        short = spacing.CARD_SHORT_RULE * m.unit
        start, end = QPointF(content.left(), rule_y), QPointF(content.left() + short, rule_y)
        layout.rules.append((start, end))
    layout.blocks += blocks
    layout.overflow = body.pos.y() + body.height > content.bottom() + 0.5
