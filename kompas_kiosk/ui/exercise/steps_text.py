"""The exercise's text: the card's heading, the exercise's title and its numbered steps, in a
column (`layout_text`), the steps as large as fit, never below the floor (in a room, never below
the room's minimum for each role of text)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.room.text_roles import Role
from kompas_kiosk.ui.card.card_layout import CardMetrics, FaceLayout, TextBlock
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme

# The type scale of the text, in units of 1% of the short side (see theme).
EXERCISE_TITLE = 6.5
STEPS_MAX = 4.4


def _heading_block(
    deck: Deck, index: int, m: CardMetrics, width: float, colors: Theme
) -> TextBlock | None:
    """'PRINCIP 07 · Bliv klogere sammen igen og igen', small, as on the card."""
    heading = deck.card_heading(index)
    title = deck.cards[index].title
    px = m.role_px(typescale.HEADING, Role.LABEL)
    f = typescale.font(px, QFont.Weight.DemiBold)
    html = ""
    if heading:
        html = (
            f'<span style="color:{colors.accent.name()}; font-weight:600">'
            f"{escape(heading.upper())}</span> · "
        )
    html += f'<span style="font-weight:500">{escape(title)}</span>'
    doc = text_document(html, f, width)
    return TextBlock(doc, QPointF(), colors.muted, px, role=Role.LABEL)


def _steps_blocks(
    steps: list[str], m: CardMetrics, x: float, y: float, width: float, px: float, colors: Theme
) -> tuple[list[TextBlock], float]:
    """Numbered steps with a hanging indent, from (x, y); return the blocks and the bottom."""
    blocks: list[TextBlock] = []
    number_font = typescale.font(px, QFont.Weight.Bold)
    number_w = QFontMetricsF(number_font).horizontalAdvance(f"{len(steps)}.") + 0.9 * px
    for i, step in enumerate(steps, start=1):
        if i > 1:
            y += 0.75 * px
        number = text_document(escape(f"{i}."), number_font, number_w)
        text = text_document(escape(step), typescale.font(px), width - number_w, line_height=128)
        blocks.append(TextBlock(number, QPointF(x, y), colors.accent, px, role=Role.STEP))
        blocks.append(TextBlock(text, QPointF(x + number_w, y), colors.ink, px, role=Role.STEP))
        y += max(number.size().height(), text.size().height())
    return blocks, y


def layout_text(
    layout: FaceLayout,
    m: CardMetrics,
    deck: Deck,
    index: int,
    area: QRectF,
    colors: Theme,
    fallback_title: str,
) -> tuple[float, float]:
    """Heading, the exercise's title and its steps in `area`, the steps as large as fit.

    Returns the bottom of the text (beyond `area` if even the floor does not fit) and the size
    of the steps."""
    exercise = deck.exercise
    blocks: list[TextBlock] = []
    y = area.top()
    heading = _heading_block(deck, index, m, area.width(), colors)
    if heading is not None:
        heading.pos = QPointF(area.left(), y)
        blocks.append(heading)
        y += heading.height + spacing.EXERCISE_HEADING_GAP * m.unit
    title_px = m.role_px(EXERCISE_TITLE, Role.TITLE)
    title = text_document(
        escape(exercise.title if exercise else fallback_title),
        typescale.font(title_px, QFont.Weight.Bold),
        area.width(),
        line_height=110,
    )
    blocks.append(TextBlock(title, QPointF(area.left(), y), colors.ink, title_px, role=Role.TITLE))
    y += title.size().height() + spacing.EXERCISE_TITLE_GAP * m.unit
    steps = list(exercise.steps) if exercise else []
    bottom, steps_px = y, m.px(STEPS_MAX)
    if steps:
        low = m.role_units(typescale.FLOOR, Role.STEP)
        high = max(low, STEPS_MAX)
        best, bottom = _steps_blocks(steps, m, area.left(), y, area.width(), m.px(low), colors)
        if bottom <= area.bottom():
            for _ in range(7):
                mid = (low + high) / 2
                candidate, end = _steps_blocks(
                    steps, m, area.left(), y, area.width(), m.px(mid), colors
                )
                if end <= area.bottom():
                    best, bottom, low = candidate, end, mid
                else:
                    high = mid
        blocks += best
        steps_px = m.px(low)
    layout.blocks += blocks
    return bottom, steps_px
