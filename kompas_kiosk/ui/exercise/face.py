"""Lays out the exercise screen for a given size, and paints its still part.

The exercise sits on a card of exactly the card's geometry (`card_layout.CardMetrics`): the heading,
the exercise's title and its numbered steps in a column as on a card, and room for the countdown,
a disc with the minutes and seconds beside it (landscape) or under it (portrait).

Layout is separate from painting: `layout_exercise` fits the text once per size (the steps as large
as fit, never below the floor), `paint_still` draws the card and its text, and
`timer_face.paint_timer` draws the countdown over them on every refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.room.text_roles import Role, TextSizes
from kompas_kiosk.ui.card import card_face
from kompas_kiosk.ui.card.card_layout import CardMetrics, FaceLayout, TextBlock
from kompas_kiosk.ui.common import shadow
from kompas_kiosk.ui.common.painting import escape, text_document
from kompas_kiosk.ui.exercise.steps_text import layout_text
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

# The type scale of this screen, in units of 1% of the short side (see theme).
DIGITS = 22.0  # the minutes and seconds, under the disc (portrait)
DIGITS_BESIDE = 21.0  # beside the disc (landscape), as large as leaves the disc DISC_BESIDE
DIGITS_MIN = 18.0
DIGITS_STEP = 0.5  # the digits shrink by this much at a time while the disc is too small
LABEL = 4.2  # "tilbage", "Pause", "Tryk mellemrum for at starte"
LABEL_STEP = 0.2  # the label shrinks by this much at a time until every label fits
STEPS_COMFORT = 3.2  # landscape widens the steps' column rather than go below this
STEPS_SHARES = (0.31, 0.38, 0.46)  # the steps' column, as a share of the card's width
ROOM_SHARES = (0.52, 0.6)  # wider still in a room whose back row needs large steps
STEPS_MIN_EMS = 8.0  # a column narrower than this many ems of the steps' size: 1-2 words a line
DISC_MAX = 62.0  # the disc's diameter
DISC_MIN = 34.0
DISC_BESIDE = 42.0
ROOM_TIMER = (14.0, 22.0)  # in a room: the digits and the disc at least, for the steps

FALLBACK_TITLE = "Nedtælling"  # the title of a deck without an exercise (not translated here)


@dataclass
class ExerciseLayout(FaceLayout):
    """A card face with a countdown on it; the timer's parts are painted on every refresh."""

    portrait: bool = False
    unit: float = 0.0
    disc: QRectF = field(default_factory=QRectF)  # the full circle's bounding square
    digits_rect: QRectF = field(default_factory=QRectF)
    digits_px: float = 0.0
    label_rect: QRectF = field(default_factory=QRectF)
    label_px: float = 0.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft  # of the digits and the label
    footer_right: QRectF = field(default_factory=QRectF)  # "Lyd fra"

    @property
    def smallest_text_px(self) -> float:
        sizes = [block.pixel_size for block in self.blocks] + [self.digits_px, self.label_px]
        return min(sizes)

    @property
    def halo_width(self) -> float:
        return spacing.TIMER_HALO * self.unit

    @property
    def timer_rect(self) -> QRectF:
        """Everything the timer paints: repainted on a refresh, the rest is cached."""
        grow = 2 * self.halo_width + 2
        disc = self.disc.adjusted(-grow, -grow, grow, grow)
        return disc.united(self.digits_rect).united(self.label_rect).adjusted(-2, -2, 2, 2)


def digits_font(pixel_size: float) -> QFont:
    """Bold, with tabular figures so the digits do not shift as they change."""
    result = typescale.font(pixel_size, QFont.Weight.Bold)
    result.setFeature(QFont.Tag("tnum"), 1)
    return result


def label_font(pixel_size: float) -> QFont:
    return typescale.font(pixel_size, QFont.Weight.DemiBold)


def _template(countdown_minutes: int) -> str:
    """The widest time the layout makes room for: '00:00' (or '000:00' past 99 minutes)."""
    return "0" * max(2, len(str(countdown_minutes))) + ":00"


def layout_exercise(
    deck: Deck,
    index: int,
    size: QSizeF,
    labels: list[str],
    colors: Theme = DEFAULT,
    fallback_title: str = FALLBACK_TITLE,
    sizes: TextSizes | None = None,
) -> ExerciseLayout:
    """Fit the exercise of card `index` into a screen of `size` (with a room's `sizes`, no text
    under the room's minimum for its role).

    `labels` are every text the label under the digits can show: the label's size is the largest
    (down to the floor) at which each of them fits its two lines.
    """
    m = CardMetrics(size, sizes)
    layout = ExerciseLayout(
        size=size, portrait=m.portrait, card_rect=m.card, radius=m.radius, unit=m.unit
    )
    layout.digits_px = m.px(DIGITS if m.sizes is None else ROOM_TIMER[0])
    layout.label_px = m.role_px(LABEL, Role.LABEL)
    if m.portrait:
        _layout_portrait(layout, m, deck, index, colors, fallback_title)
    else:
        _layout_landscape(layout, m, deck, index, colors, fallback_title)
    _fit_label(layout, m, labels)
    _layout_footer(layout, m, deck, colors)
    return layout


def _layout_landscape(
    layout: ExerciseLayout,
    m: CardMetrics,
    deck: Deck,
    index: int,
    colors: Theme,
    fallback_title: str,
) -> None:
    """Landscape: the text in a column on the left, as on the card; the timer on the right.

    The column widens for long steps, at the disc's expense. When no width leaves both the text
    its room (the title whole, the steps a few words a line) and the disc its DISC_MIN, as on a
    4:3 screen, the text goes across the top and the timer under it (`_layout_stacked`).

    In a room the column may grow wider still (ROOM_SHARES), the disc then above the digits."""
    content = m.content
    gutter = spacing.CARD_GUTTER * m.unit
    minutes = deck.exercise.minutes if deck.exercise else 10
    shares = STEPS_SHARES + (ROOM_SHARES if m.sizes is not None else ())
    kept = len(layout.blocks)
    for share in shares:
        del layout.blocks[kept:]
        left = QRectF(content.left(), content.top(), content.width() * share, content.height())
        bottom, steps_px = layout_text(layout, m, deck, index, left, colors, fallback_title)
        layout.overflow = bottom > left.bottom() + 0.5
        right = QRectF(left.right() + gutter, content.top(), 0, content.height())
        right.setRight(content.right())
        _layout_timer(layout, m, right, minutes, share)
        comfortable = not layout.overflow and steps_px >= m.px(STEPS_COMFORT)
        roomy = _text_has_room(layout.blocks[kept:]) and layout.disc.width() >= _disc_min(m)
        if comfortable and roomy:
            break
        if roomy and not layout.overflow and share == shares[-1]:
            break
    else:
        del layout.blocks[kept:]
        if _layout_stacked(layout, m, deck, index, colors, fallback_title, minutes):
            return
        layout_text(layout, m, deck, index, left, colors, fallback_title)
        _layout_timer(layout, m, right, minutes, share)
    rule_x = left.right() + gutter / 2
    layout.rules.append((QPointF(rule_x, content.top()), QPointF(rule_x, content.bottom())))


def _text_has_room(blocks: list[TextBlock]) -> bool:
    """No word wider than its column, and the steps at least STEPS_MIN_EMS of their size wide."""
    for block in blocks:
        doc = block.doc
        if doc.idealWidth() > doc.textWidth() + 0.5:
            return False
        running = len(doc.toPlainText().split()) > 3
        if running and doc.textWidth() < STEPS_MIN_EMS * block.pixel_size:
            return False
    return True


def _disc_min(m: CardMetrics) -> float:
    """The smallest disc: smaller in a room, to leave the steps the room's sizes."""
    return m.px(DISC_MIN if m.sizes is None else ROOM_TIMER[1])


def _layout_timer(
    layout: ExerciseLayout, m: CardMetrics, area: QRectF, minutes: int, share: float
) -> None:
    """The timer in `area`, right of a steps' column of `share`: beside, or stacked when the
    column is wider than any outside a room."""
    if share > STEPS_SHARES[-1]:
        _layout_timer_under(layout, m, area, minutes)
    else:
        _layout_timer_beside(layout, m, area, minutes)


def _layout_stacked(
    layout: ExerciseLayout,
    m: CardMetrics,
    deck: Deck,
    index: int,
    colors: Theme,
    fallback_title: str,
    minutes: int,
) -> bool:
    """A landscape screen too narrow for two columns: the text across the top, the timer (the
    digits beside the disc) under it. False, with nothing laid out, when the text does not fit
    above the smallest disc."""
    content = m.content
    ring = spacing.TIMER_RING * m.unit
    gap = spacing.EXERCISE_TIMER_GAP * m.unit
    kept = len(layout.blocks)
    text_area = QRectF(content.left(), content.top(), content.width(), 0)
    text_area.setBottom(content.bottom() - _disc_min(m) / 0.8 - 2 * ring - gap)
    bottom, _ = layout_text(layout, m, deck, index, text_area, colors, fallback_title)
    if bottom > text_area.bottom() + 0.5 or not _text_has_room(layout.blocks[kept:]):
        del layout.blocks[kept:]
        return False
    layout.overflow = False
    top = bottom + gap
    rule_y = top - gap / 2
    short_rule = QPointF(content.left() + spacing.CARD_SHORT_RULE * m.unit, rule_y)
    layout.rules.append((QPointF(content.left(), rule_y), short_rule))
    area = QRectF(content.left(), top, content.width(), content.bottom() - top)
    _layout_timer_beside(layout, m, area, minutes)
    return True


def _digits_width(px: float, minutes: int) -> float:
    return QFontMetricsF(digits_font(px)).horizontalAdvance(_template(minutes))


def _layout_timer_beside(
    layout: ExerciseLayout, m: CardMetrics, area: QRectF, minutes: int
) -> None:
    """Landscape: the disc on the left of `area`, the digits and the label beside it.

    The digits shrink (not below DIGITS_MIN) while the disc would be smaller than DISC_BESIDE."""
    gap = spacing.TIMER_DIGITS_GAP * m.unit
    ring = spacing.TIMER_RING * m.unit
    layout.digits_px = m.px(DIGITS_BESIDE)
    while True:
        digits_w = _digits_width(layout.digits_px, minutes)
        disc = min(area.height() * 0.8, area.width() - gap - digits_w - 2 * ring, m.px(DISC_MAX))
        if disc >= m.px(DISC_BESIDE) or layout.digits_px <= m.px(DIGITS_MIN):
            break
        layout.digits_px = max(m.px(DIGITS_MIN), layout.digits_px - DIGITS_STEP * m.unit)
    group_w = 2 * ring + disc + gap + digits_w
    left = area.left() + max(0.0, (area.width() - group_w) / 2)
    center_y = area.center().y()
    layout.disc = QRectF(left + ring, center_y - disc / 2, disc, disc)
    digits_h = QFontMetricsF(digits_font(layout.digits_px)).height()
    label_h = layout.label_px * 1.3 * 2  # up to two lines
    x = layout.disc.right() + ring + gap
    top = center_y - (digits_h + layout.label_px * 1.3) / 2
    layout.digits_rect = QRectF(x, top, area.right() - x, digits_h)
    layout.label_rect = QRectF(x, top + digits_h + 0.2 * layout.label_px, area.right() - x, label_h)
    layout.align = Qt.AlignmentFlag.AlignLeft


def _layout_timer_under(layout: ExerciseLayout, m: CardMetrics, area: QRectF, minutes: int) -> None:
    """Landscape in a room, the steps' column wide: the disc above the digits in `area`."""
    ring = spacing.TIMER_RING * m.unit
    gap = spacing.TIMER_DIGITS_GAP_STACKED * m.unit
    per_px = _digits_width(100.0, minutes) / 100.0
    layout.digits_px = min(m.px(DIGITS_MIN), 0.9 * area.width() / per_px)
    digits_h = QFontMetricsF(digits_font(layout.digits_px)).height()
    label_h = layout.label_px * 1.3 * 2
    room = area.height() - digits_h - label_h - gap - 2 * ring
    disc = max(0.0, min(area.width() - 2 * ring, room, m.px(DISC_MAX)))
    used = 2 * ring + disc + gap + digits_h + label_h
    y = area.top() + max(0.0, (area.height() - used) / 2)
    layout.disc = QRectF(area.center().x() - disc / 2, y + ring, disc, disc)
    y = layout.disc.bottom() + ring + gap
    layout.digits_rect = QRectF(area.left(), y, area.width(), digits_h)
    layout.label_rect = QRectF(area.left(), y + digits_h, area.width(), label_h)
    layout.align = Qt.AlignmentFlag.AlignHCenter


def _fit_label(layout: ExerciseLayout, m: CardMetrics, labels: list[str]) -> None:
    """The label's size: as large as lets every label fit its two lines, not below the floor."""
    rect = layout.label_rect
    flags = Qt.TextFlag.TextWordWrap | layout.align
    floor = m.role_px(typescale.FLOOR, Role.LABEL)
    px = max(m.px(LABEL), floor)
    while px > floor:
        metrics = QFontMetricsF(label_font(px))
        box = QRectF(0, 0, rect.width() - 1.6 * px, 10 * rect.height())
        if all(
            metrics.boundingRect(box, flags, text).height() <= 2 * metrics.lineSpacing() + 1
            for text in labels
        ):
            break
        px = max(floor, px - LABEL_STEP * m.unit)
    layout.label_px = px
    layout.label_rect = QRectF(rect.left(), rect.top(), rect.width(), 2.2 * px * 1.3)


def _layout_portrait(
    layout: ExerciseLayout,
    m: CardMetrics,
    deck: Deck,
    index: int,
    colors: Theme,
    fallback_title: str,
) -> None:
    """Portrait: heading, title and steps at the top; the disc under them, the digits below."""
    content = m.content
    ring = spacing.TIMER_RING * m.unit
    digits_h = QFontMetricsF(digits_font(layout.digits_px)).height()
    label_h = layout.label_px * 1.3 * 2
    disc_min = _disc_min(m)
    timer_min = disc_min + 2 * ring + digits_h + label_h + spacing.TIMER_TEXT_ROOM * m.unit
    text_area = QRectF(content.left(), content.top(), content.width(), 0)
    text_area.setBottom(content.bottom() - timer_min - spacing.EXERCISE_TIMER_GAP * m.unit)
    bottom, _ = layout_text(layout, m, deck, index, text_area, colors, fallback_title)
    layout.overflow = bottom > text_area.bottom() + 0.5
    top = bottom + spacing.EXERCISE_TIMER_GAP * m.unit
    rule_y = top - spacing.EXERCISE_TIMER_GAP / 2 * m.unit
    layout.rules.append(
        (
            QPointF(content.left(), rule_y),
            QPointF(content.left() + spacing.CARD_SHORT_RULE * m.unit, rule_y),
        )
    )
    space = content.bottom() - top - digits_h - label_h - spacing.TIMER_TEXT_ROOM * m.unit
    disc = max(disc_min, min(space - 2 * ring, content.width() * 0.78, m.px(DISC_MAX)))
    used = 2 * ring + disc + spacing.TIMER_DIGITS_GAP_STACKED * m.unit + digits_h + label_h
    y = top + max(0.0, (content.bottom() - top - used) / 2)
    cx = content.center().x()
    layout.disc = QRectF(cx - disc / 2, y + ring, disc, disc)
    y = layout.disc.bottom() + ring + spacing.TIMER_DIGITS_GAP_STACKED * m.unit
    layout.digits_rect = QRectF(content.left(), y, content.width(), digits_h)
    layout.label_rect = QRectF(content.left(), y + digits_h, content.width(), label_h)
    layout.align = Qt.AlignmentFlag.AlignHCenter


def _layout_footer(layout: ExerciseLayout, m: CardMetrics, deck: Deck, colors: Theme) -> None:
    px = m.role_px(typescale.FOOTER, Role.FOOTER)
    y = m.card.bottom() - m.pad * 0.6 - m.footer_height
    width = m.card.width() - 2 * m.pad
    footer_font = typescale.font(px, QFont.Weight.Medium)
    right_w = spacing.EXERCISE_FOOTER_RIGHT * m.unit
    layout.footer_right = QRectF(m.card.right() - m.pad - right_w, y, right_w, m.footer_height)
    text = " · ".join(part for part in (deck.title, deck.edition) if part)
    doc = text_document(escape(text), footer_font, width - right_w)
    footer = TextBlock(doc, QPointF(m.card.left() + m.pad, y), colors.muted, px, role=Role.FOOTER)
    layout.blocks.append(footer)
    rule_y = y - spacing.CARD_FOOTER_RULE * m.unit
    layout.rules.append(
        (QPointF(m.card.left() + m.pad, rule_y), QPointF(m.card.right() - m.pad, rule_y))
    )


# -- painting ----------------------------------------------------------------------------------


def paint_still(painter: QPainter, layout: ExerciseLayout, colors: Theme) -> None:
    """The room, the card with its shadow, rules and the still text."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), colors.surround)
    shadow.paint_soft(painter, layout.card_rect, layout.radius)
    card_face.paint_card(painter, layout, colors)


def paint_muted(painter: QPainter, layout: ExerciseLayout, text: str, colors: Theme) -> None:
    """'Lyd fra' at the right of the footer, while the chime is muted."""
    footer = [block.pixel_size for block in layout.blocks if block.role is Role.FOOTER]
    px = footer[0] if footer else typescale.FOOTER * layout.unit  # as large as the footer
    painter.setFont(typescale.font(px, QFont.Weight.Medium))
    painter.setPen(colors.muted)
    painter.drawText(
        layout.footer_right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text
    )
