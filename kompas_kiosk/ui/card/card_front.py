"""Lays out the front of a card for a screen size: heading, title, question and body text.

The body is fitted once per card and size: the largest size between the floor and the maximum
that fits, never below the floor. A card without body text is laid out large, like a poster.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import QFont

from kompas_kiosk.core.decks import markup
from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.core.room.text_roles import Role, TextSizes
from kompas_kiosk.ui.card.card_layout import (
    CardMetrics,
    FaceLayout,
    TextBlock,
    body_block,
    heading_block,
    layout_footer,
    stack,
)
from kompas_kiosk.ui.card.card_pages import place_text_page, text_pages
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme


def layout_front(
    deck: Deck,
    index: int,
    size: QSizeF,
    colors: Theme,
    position: str = "",
    sizes: TextSizes | None = None,
    page: int = 0,
) -> FaceLayout:
    """Fit the front of card `index` into a screen of `size`; with a room's `sizes`, no text is
    under the room's minimum, and a text too long for that is in read-along pages (`page`: 0
    is the title and question, 1 and on the text; `layout.pages` says how many)."""
    card = deck.cards[index]
    m = CardMetrics(size, sizes)
    layout = FaceLayout(size=size, card_rect=m.card, radius=m.radius)
    if card.text:
        if not _layout_text_card(layout, m, deck, index, card, colors):
            layout.blocks.clear()
            layout.rules.clear()
            pages = text_pages(card.text, m, deck, index, colors)
            layout.pages = 1 + len(pages)
            page = min(max(page, 0), layout.pages - 1)
            if page == 0:  # the title and the question first, large
                layout_poster(layout, m, deck, index, card, colors)
            else:
                place_text_page(layout, m, deck, index, colors, pages[page - 1])
    else:
        layout_poster(layout, m, deck, index, card, colors)
    layout_footer(layout, m, deck, colors, position)
    return layout


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
    title_px = m.role_px(title_u, Role.TITLE)
    title = text_document(
        escape(card.title),
        typescale.font(title_px, QFont.Weight.Bold),
        width,
        align=align,
        line_height=110,
    )
    blocks.append(TextBlock(title, QPointF(), colors.ink, title_px, "title", Role.TITLE))
    question = card.question or deck.prompt
    if question:
        q_px = m.role_px(question_u, Role.QUESTION)
        doc = text_document(
            escape(question),
            typescale.font(q_px, QFont.Weight.DemiBold, italic=True),
            width,
            align=align,
            line_height=118,
        )
        field = "question" if card.question else "prompt"
        blocks.append(TextBlock(doc, QPointF(), colors.accent, q_px, field, Role.QUESTION))
    return blocks


def _fit_body(
    text: str, m: CardMetrics, width: float, height: float, colors: Theme
) -> tuple[TextBlock, bool]:
    """The largest body text between the floor (the room's, with a room) and the maximum that
    fits `height`."""
    html = markup.to_html(text)
    floor = m.role_units(typescale.FLOOR, Role.TEXT)

    def make(units: float) -> TextBlock:
        return body_block(html, m.px(units), width, colors)

    best = make(floor)
    if best.height > height:
        return best, False
    low, high = floor, max(floor, typescale.BODY_MAX)
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
) -> bool:
    """Lay the card out on one screen; False when a room is set and its text does not fit."""
    content = m.content
    left = Qt.AlignmentFlag.AlignLeft
    if not m.portrait:
        gutter = spacing.CARD_GUTTER * m.unit
        left_w = content.width() * 0.36
        right_w = content.width() - left_w - gutter
        for title_u, question_u in (
            (typescale.TITLE, typescale.QUESTION),
            (typescale.TITLE_MIN, typescale.QUESTION_MIN),
        ):
            side = [b for b in [heading_block(deck, index, m, left_w, colors, left)] if b]
            side += _title_and_question(card, deck, m, left_w, colors, title_u, question_u, left)
            bottom = stack(
                side,
                content.left(),
                content.top(),
                [spacing.CARD_HEADING_GAP * m.unit, spacing.CARD_TITLE_GAP * m.unit],
            )
            if bottom <= content.bottom():
                break
        body, fits = _fit_body(card.text or "", m, right_w, content.height(), colors)
        if m.sizes is not None and bottom > content.bottom() + 0.5:
            fits = False  # in a room, a title and question too long for the side go on top
        if fits:
            body.pos = QPointF(content.left() + left_w + gutter, content.top())
            layout.blocks += side + [body]
            rule_x = content.left() + left_w + gutter / 2
            layout.rules.append((QPointF(rule_x, content.top()), QPointF(rule_x, content.bottom())))
            return True
    # Stacked: heading, title and question across the card, the body under them.
    for title_u, question_u in (
        (typescale.TITLE, typescale.QUESTION),
        (typescale.TITLE_MIN, typescale.QUESTION_MIN),
    ):
        top = [b for b in [heading_block(deck, index, m, content.width(), colors, left)] if b]
        top += _title_and_question(
            card, deck, m, content.width(), colors, title_u, question_u, left
        )
        bottom = stack(
            top,
            content.left(),
            content.top(),
            [spacing.CARD_HEADING_GAP_STACKED * m.unit, spacing.CARD_TITLE_GAP_STACKED * m.unit],
        )
        body_top = bottom + spacing.CARD_BODY_GAP * m.unit
        body, fits = _fit_body(
            card.text or "", m, content.width(), content.bottom() - body_top, colors
        )
        if fits:
            break
    if not fits and m.sizes is not None:
        return False
    body.pos = QPointF(content.left(), body_top)
    layout.rules.append(
        (
            QPointF(content.left(), body_top - spacing.CARD_BODY_GAP / 2 * m.unit),
            QPointF(
                content.left() + spacing.CARD_SHORT_RULE * m.unit,
                body_top - spacing.CARD_BODY_GAP / 2 * m.unit,
            ),
        )
    )
    layout.blocks += top + [body]
    layout.overflow = not fits
    return True


def layout_poster(
    layout: FaceLayout, m: CardMetrics, deck: Deck, index: int, card: Card, colors: Theme
) -> None:
    """A card of title and question only: large and centred, like a poster."""
    content = m.content
    width = content.width() * (0.92 if m.portrait else 0.8)
    center = Qt.AlignmentFlag.AlignHCenter
    title_u = typescale.POSTER_TITLE if len(card.title) < 14 else typescale.POSTER_TITLE_LONG
    question_u = typescale.POSTER_QUESTION
    title_min = m.role_units(typescale.TITLE_MIN, Role.TITLE)
    question_min = m.role_units(typescale.QUESTION_MIN, Role.QUESTION)
    while True:
        blocks = [b for b in [heading_block(deck, index, m, width, colors, center)] if b]
        blocks += _title_and_question(card, deck, m, width, colors, title_u, question_u, center)
        total = sum(b.height for b in blocks) + (len(blocks) - 1) * spacing.POSTER_GAP * m.unit
        too_wide = any(b.doc.idealWidth() > width + 1 for b in blocks)
        if (total <= content.height() and not too_wide) or title_u <= title_min:
            break
        title_u *= 0.9
        question_u = max(question_min, question_u * 0.92)
    x = content.left() + (content.width() - width) / 2
    y = content.top() + (content.height() - total) / 2
    stack(blocks, x, y, [spacing.POSTER_GAP * m.unit])
    layout.blocks += blocks
    layout.overflow = total > content.height()
