"""The exercise screen: the group exercise's steps and a large countdown the back row reads.

The countdown is a shrinking disc in the manner of a Time Timer (a sector whose angle is the share
of time left, on a faint full circle) with the minutes and seconds large beside it (landscape) or
under it (portrait). Colour tells the phase: neutral before the start, the accent while counting,
amber in the warning time, coral when time is up; a paused countdown is greyed, with a pause sign.

The view never computes time: `refresh()` reads the countdown and repaints what changed. The card
and the steps are laid out once per size and cached as a pixmap; a refresh repaints only the timer.
When time runs out the disc pulses gently a few times (well under 3 flashes a second, WCAG 2.3.1),
unless reduced motion is asked for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPointF,
    QPropertyAnimation,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.countdown import Countdown, Phase, State
from kompas_kiosk.core.model import Deck
from kompas_kiosk.ui import painting, theme
from kompas_kiosk.ui.card_face import TextBlock
from kompas_kiosk.ui.painting import escape, text_document
from kompas_kiosk.ui.theme import DEFAULT, Theme

# The type scale of this screen, in units of 1% of the short side (see theme).
DIGITS = 22.0  # the minutes and seconds, under the disc (portrait)
DIGITS_BESIDE = 21.0  # beside the disc (landscape), as large as leaves the disc DISC_BESIDE
DIGITS_MIN = 18.0
LABEL = 4.2  # "tilbage", "Pause", "Tryk mellemrum for at starte"
EXERCISE_TITLE = 6.5
STEPS_MAX = 4.4
STEPS_COMFORT = 3.2  # landscape widens the steps' column rather than go below this
STEPS_SHARES = (0.31, 0.38, 0.46)  # the steps' column, as a share of the card's width
DISC_MAX = 62.0  # the disc's diameter
DISC_MIN = 34.0
DISC_BESIDE = 42.0

# The time-up pulse: a few slow swells of a halo around the disc, then steady.
PULSE_COUNT = 3
PULSE_PERIOD_MS = 1000  # one swell; 1 Hz is a third of WCAG 2.3.1's limit of 3 flashes a second
MAX_FLASHES_PER_SECOND = 3.0

FALLBACK_TITLE = "Nedtælling"  # the title of a deck without an exercise (not translated here)


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )


def _greyed(color: QColor) -> QColor:
    """The phase's colour with most of its saturation gone: a paused countdown."""
    hue, saturation, lightness, _ = color.getHslF()
    return QColor.fromHslF(max(hue, 0.0), saturation * 0.18, min(max(lightness, 0.36), 0.40))


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.x contrast ratio, 1..21."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class TimerColors:
    """The colours of the countdown's phases; every one reads as text on the card's paper."""

    ready: QColor = field(default_factory=lambda: QColor("#55606b"))  # slate: neutral
    calm: QColor = field(default_factory=lambda: QColor(DEFAULT.accent))  # the deck's blue
    warning: QColor = field(default_factory=lambda: QColor("#a84e00"))  # burnt amber
    time_up: QColor = field(default_factory=lambda: QColor("#b8402a"))  # coral red, not alarm red
    face_tint: float = 0.13  # the faint full circle: the paper with this much of the colour

    def for_phase(self, phase: Phase, paused: bool = False) -> QColor:
        color = {
            Phase.READY: self.ready,
            Phase.CALM: self.calm,
            Phase.WARNING: self.warning,
            Phase.TIME_UP: self.time_up,
        }[phase]
        return _greyed(color) if paused else QColor(color)

    def face(self, color: QColor, paper: QColor) -> QColor:
        return _blend(paper, color, self.face_tint)


TIMER_COLORS = TimerColors()


def phase_color_of(countdown: Countdown, colors: TimerColors = TIMER_COLORS) -> QColor:
    """The colour the countdown's time is shown in (also for the small badge on the card)."""
    return colors.for_phase(countdown.phase, countdown.state is State.PAUSED)


# -- layout ------------------------------------------------------------------------------------


@dataclass
class ExerciseLayout:
    """Where everything goes for one screen size; the timer's parts are painted on every refresh."""

    size: QSizeF
    portrait: bool
    card_rect: QRectF
    radius: float
    unit: float
    blocks: list[TextBlock] = field(default_factory=list)  # the still text: heading, steps, ...
    rules: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    disc: QRectF = field(default_factory=QRectF)  # the full circle's bounding square
    digits_rect: QRectF = field(default_factory=QRectF)
    digits_px: float = 0.0
    label_rect: QRectF = field(default_factory=QRectF)
    label_px: float = 0.0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft  # of the digits and the label
    footer_right: QRectF = field(default_factory=QRectF)  # "Lyd fra"
    overflow: bool = False

    @property
    def smallest_text_px(self) -> float:
        sizes = [block.pixel_size for block in self.blocks] + [self.digits_px, self.label_px]
        return min(sizes)

    @property
    def halo_width(self) -> float:
        return 2.4 * self.unit

    @property
    def timer_rect(self) -> QRectF:
        """Everything the timer paints: repainted on a refresh, the rest is cached."""
        grow = 2 * self.halo_width + 2
        disc = self.disc.adjusted(-grow, -grow, grow, grow)
        return disc.united(self.digits_rect).united(self.label_rect).adjusted(-2, -2, 2, 2)


def digits_font(pixel_size: float) -> QFont:
    """Bold, with tabular figures so the digits do not shift as they change."""
    result = theme.font(pixel_size, QFont.Weight.Bold)
    result.setFeature(QFont.Tag("tnum"), 1)
    return result


def label_font(pixel_size: float) -> QFont:
    return theme.font(pixel_size, QFont.Weight.DemiBold)


def _template(countdown_minutes: int) -> str:
    """The widest time the layout makes room for: '00:00' (or '000:00' past 99 minutes)."""
    return "0" * max(2, len(str(countdown_minutes))) + ":00"


class _Metrics:
    def __init__(self, size: QSizeF) -> None:
        self.size = size
        self.unit = min(size.width(), size.height()) / 100.0
        self.portrait = size.height() > size.width()
        margin = 2.2 * self.unit
        self.card = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
        self.radius = 1.6 * self.unit
        self.pad = 5.0 * self.unit
        self.footer_px = theme.FOOTER * self.unit
        self.footer_height = self.footer_px * 1.3
        self.content = self.card.adjusted(
            self.pad,
            self.pad * 0.9,
            -self.pad,
            -(self.pad * 0.6 + self.footer_height + 2 * self.unit),
        )

    def px(self, units: float) -> float:
        return units * self.unit


def layout_exercise(
    deck: Deck,
    index: int,
    size: QSizeF,
    labels: list[str],
    colors: Theme = DEFAULT,
    fallback_title: str = FALLBACK_TITLE,
) -> ExerciseLayout:
    """Fit the exercise of card `index` into a screen of `size`.

    `labels` are every text the label under the digits can show: the label's size is the largest
    (down to the floor) at which each of them fits its two lines.
    """
    m = _Metrics(size)
    layout = ExerciseLayout(
        size=size, portrait=m.portrait, card_rect=m.card, radius=m.radius, unit=m.unit
    )
    layout.digits_px = m.px(DIGITS)
    layout.label_px = m.px(LABEL)
    if m.portrait:
        _layout_portrait(layout, m, deck, index, colors, fallback_title)
    else:
        _layout_landscape(layout, m, deck, index, colors, fallback_title)
    _fit_label(layout, m, labels)
    _layout_footer(layout, m, deck, colors)
    return layout


def _layout_landscape(
    layout: ExerciseLayout,
    m: _Metrics,
    deck: Deck,
    index: int,
    colors: Theme,
    fallback_title: str,
) -> None:
    """Landscape: the text in a column on the left, as on the card; the timer on the right."""
    content = m.content
    gutter = 4.5 * m.unit
    for share in STEPS_SHARES:  # a wider column for long steps, at the disc's expense
        kept = len(layout.blocks)
        left = QRectF(content.left(), content.top(), content.width() * share, content.height())
        bottom, steps_px = _layout_text(layout, m, deck, index, left, colors, fallback_title)
        layout.overflow = bottom > left.bottom() + 0.5
        comfortable = not layout.overflow and steps_px >= m.px(STEPS_COMFORT)
        if comfortable or share == STEPS_SHARES[-1]:
            break
        del layout.blocks[kept:]
    right = QRectF(left.right() + gutter, content.top(), 0, content.height())
    right.setRight(content.right())
    rule_x = left.right() + gutter / 2
    layout.rules.append((QPointF(rule_x, content.top()), QPointF(rule_x, content.bottom())))
    minutes = deck.exercise.minutes if deck.exercise else 10
    _layout_timer_beside(layout, m, right, minutes)


def _heading_block(
    deck: Deck, index: int, m: _Metrics, width: float, colors: Theme
) -> TextBlock | None:
    """'PRINCIP 07 · Bliv klogere sammen igen og igen', small, as on the card."""
    heading = deck.card_heading(index)
    title = deck.cards[index].title
    px = m.px(theme.HEADING)
    f = theme.font(px, QFont.Weight.DemiBold)
    html = ""
    if heading:
        html = (
            f'<span style="color:{colors.accent.name()}; font-weight:600">'
            f"{escape(heading.upper())}</span> · "
        )
    html += f'<span style="font-weight:500">{escape(title)}</span>'
    doc = text_document(html, f, width)
    return TextBlock(doc, QPointF(), colors.muted, px)


def _steps_blocks(
    steps: list[str], m: _Metrics, x: float, y: float, width: float, px: float, colors: Theme
) -> tuple[list[TextBlock], float]:
    """Numbered steps with a hanging indent, from (x, y); return the blocks and the bottom."""
    blocks: list[TextBlock] = []
    number_font = theme.font(px, QFont.Weight.Bold)
    number_w = QFontMetricsF(number_font).horizontalAdvance(f"{len(steps)}.") + 0.9 * px
    for i, step in enumerate(steps, start=1):
        if i > 1:
            y += 0.75 * px
        number = text_document(escape(f"{i}."), number_font, number_w)
        text = text_document(escape(step), theme.font(px), width - number_w, line_height=128)
        blocks.append(TextBlock(number, QPointF(x, y), colors.accent, px))
        blocks.append(TextBlock(text, QPointF(x + number_w, y), colors.ink, px))
        y += max(number.size().height(), text.size().height())
    return blocks, y


def _layout_text(
    layout: ExerciseLayout,
    m: _Metrics,
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
        y += heading.height + 2.4 * m.unit
    title_px = m.px(EXERCISE_TITLE)
    title = text_document(
        escape(exercise.title if exercise else fallback_title),
        theme.font(title_px, QFont.Weight.Bold),
        area.width(),
        line_height=110,
    )
    blocks.append(TextBlock(title, QPointF(area.left(), y), colors.ink, title_px))
    y += title.size().height() + 3.2 * m.unit
    steps = list(exercise.steps) if exercise else []
    bottom, steps_px = y, m.px(STEPS_MAX)
    if steps:
        low, high = theme.FLOOR, STEPS_MAX
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


def _digits_width(px: float, minutes: int) -> float:
    return QFontMetricsF(digits_font(px)).horizontalAdvance(_template(minutes))


def _layout_timer_beside(layout: ExerciseLayout, m: _Metrics, area: QRectF, minutes: int) -> None:
    """Landscape: the disc on the left of `area`, the digits and the label beside it.

    The digits shrink (not below DIGITS_MIN) while the disc would be smaller than DISC_BESIDE."""
    gap = 4.0 * m.unit
    ring = 2.2 * m.unit  # room for the tick marks around the disc
    layout.digits_px = m.px(DIGITS_BESIDE)
    while True:
        digits_w = _digits_width(layout.digits_px, minutes)
        disc = min(area.height() * 0.8, area.width() - gap - digits_w - 2 * ring, m.px(DISC_MAX))
        if disc >= m.px(DISC_BESIDE) or layout.digits_px <= m.px(DIGITS_MIN):
            break
        layout.digits_px = max(m.px(DIGITS_MIN), layout.digits_px - 0.5 * m.unit)
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


def _fit_label(layout: ExerciseLayout, m: _Metrics, labels: list[str]) -> None:
    """The label's size: as large as lets every label fit its two lines, not below the floor."""
    rect = layout.label_rect
    flags = Qt.TextFlag.TextWordWrap | layout.align
    px = m.px(LABEL)
    while px > m.px(theme.FLOOR):
        metrics = QFontMetricsF(label_font(px))
        box = QRectF(0, 0, rect.width() - 1.6 * px, 10 * rect.height())
        if all(
            metrics.boundingRect(box, flags, text).height() <= 2 * metrics.lineSpacing() + 1
            for text in labels
        ):
            break
        px = max(m.px(theme.FLOOR), px - 0.2 * m.unit)
    layout.label_px = px
    layout.label_rect = QRectF(rect.left(), rect.top(), rect.width(), 2.2 * px * 1.3)


def _layout_portrait(
    layout: ExerciseLayout,
    m: _Metrics,
    deck: Deck,
    index: int,
    colors: Theme,
    fallback_title: str,
) -> None:
    """Portrait: heading, title and steps at the top; the disc under them, the digits below."""
    content = m.content
    ring = 2.2 * m.unit
    digits_h = QFontMetricsF(digits_font(layout.digits_px)).height()
    label_h = layout.label_px * 1.3 * 2
    timer_min = m.px(DISC_MIN) + 2 * ring + digits_h + label_h + 2 * m.unit
    text_area = QRectF(content.left(), content.top(), content.width(), 0)
    text_area.setBottom(content.bottom() - timer_min - 4 * m.unit)
    bottom, _ = _layout_text(layout, m, deck, index, text_area, colors, fallback_title)
    layout.overflow = bottom > text_area.bottom() + 0.5
    top = bottom + 4 * m.unit
    rule_y = top - 2 * m.unit
    layout.rules.append(
        (QPointF(content.left(), rule_y), QPointF(content.left() + 12 * m.unit, rule_y))
    )
    space = content.bottom() - top - digits_h - label_h - 2 * m.unit
    disc = max(m.px(DISC_MIN), min(space - 2 * ring, content.width() * 0.78, m.px(DISC_MAX)))
    used = 2 * ring + disc + 1.5 * m.unit + digits_h + label_h
    y = top + max(0.0, (content.bottom() - top - used) / 2)
    cx = content.center().x()
    layout.disc = QRectF(cx - disc / 2, y + ring, disc, disc)
    y = layout.disc.bottom() + ring + 1.5 * m.unit
    layout.digits_rect = QRectF(content.left(), y, content.width(), digits_h)
    layout.label_rect = QRectF(content.left(), y + digits_h, content.width(), label_h)
    layout.align = Qt.AlignmentFlag.AlignHCenter


def _layout_footer(layout: ExerciseLayout, m: _Metrics, deck: Deck, colors: Theme) -> None:
    px = m.footer_px
    y = m.card.bottom() - m.pad * 0.6 - m.footer_height
    width = m.card.width() - 2 * m.pad
    footer_font = theme.font(px, QFont.Weight.Medium)
    right_w = 24 * m.unit
    layout.footer_right = QRectF(m.card.right() - m.pad - right_w, y, right_w, m.footer_height)
    text = " · ".join(part for part in (deck.title, deck.edition) if part)
    doc = text_document(escape(text), footer_font, width - right_w)
    layout.blocks.append(TextBlock(doc, QPointF(m.card.left() + m.pad, y), colors.muted, px))
    rule_y = y - 1.6 * m.unit
    layout.rules.append(
        (QPointF(m.card.left() + m.pad, rule_y), QPointF(m.card.right() - m.pad, rule_y))
    )


# -- painting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimerLook:
    """What the timer shows at one moment: read from the countdown, never computed here."""

    text: str
    label: str
    phase: Phase
    paused: bool
    fraction: float
    total_s: float

    @property
    def ticks(self) -> int:
        """Tick marks around the disc: one a minute, or one every five for long exercises."""
        minutes = round(self.total_s / 60)
        if minutes <= 0:
            return 0
        return minutes if minutes <= 20 else minutes // 5 if minutes % 5 == 0 else 12


def paint_still(painter: QPainter, layout: ExerciseLayout, colors: Theme) -> None:
    """The room, the card with its shadow, rules and the still text."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), colors.surround)
    rect, radius = layout.card_rect, layout.radius
    painter.setPen(Qt.PenStyle.NoPen)
    for step, alpha in ((3, 26), (2, 34), (1, 44)):
        offset = radius * 0.25 * step
        shadow = rect.translated(0, offset).adjusted(-offset / 2, 0, offset / 2, offset / 2)
        painter.setBrush(QColor(0, 0, 0, alpha))
        painter.drawRoundedRect(shadow, radius, radius)
    painter.setBrush(colors.paper)
    painter.drawRoundedRect(rect, radius, radius)
    pen = QPen(colors.rule)
    pen.setWidthF(max(1.0, layout.size.height() / 900))
    painter.setPen(pen)
    for start, end in layout.rules:
        painter.drawLine(start, end)
    for block in layout.blocks:
        painting.draw_document(painter, block.doc, block.pos, block.color)


def paint_timer(
    painter: QPainter,
    layout: ExerciseLayout,
    look: TimerLook,
    colors: Theme,
    timer_colors: TimerColors,
    pulse: float = 0.0,
) -> None:
    """The disc, the digits and the label, over the paper (the still part is already drawn)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    color = timer_colors.for_phase(look.phase, look.paused)
    disc = layout.disc
    u = layout.unit
    center = disc.center()
    r = disc.width() / 2
    if pulse > 0:  # the time-up pulse: a soft halo swelling around the disc, under the ticks
        halo = QColor(color)
        halo.setAlphaF(0.4 * pulse)
        pen = QPen(halo)
        pen.setWidthF(layout.halo_width * (0.4 + 0.6 * pulse))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        grow = 0.9 * u + pen.widthF() / 2
        painter.drawEllipse(disc.adjusted(-grow, -grow, grow, grow))
    # the faint full circle
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(timer_colors.face(color, colors.paper))
    painter.drawEllipse(disc)
    # tick marks just outside it
    if look.ticks:
        tick_pen = QPen(_blend(colors.paper, color, 0.45))
        tick_pen.setWidthF(max(1.0, 0.35 * u))
        tick_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(tick_pen)
        for i in range(look.ticks):
            angle = 2 * math.pi * i / look.ticks
            dx, dy = math.sin(angle), -math.cos(angle)
            inner, outer = r + 0.7 * u, r + (1.7 if i == 0 else 1.3) * u
            painter.drawLine(
                QPointF(center.x() + dx * inner, center.y() + dy * inner),
                QPointF(center.x() + dx * outer, center.y() + dy * outer),
            )
    # the time left: a sector from twelve o'clock; its edge moves clockwise as time passes
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if look.fraction >= 0.9995:
        painter.drawEllipse(disc)
    elif look.fraction > 0:
        painter.drawPie(disc, 90 * 16, round(look.fraction * 360 * 16))
    # the hub
    hub = 2.2 * u
    painter.setBrush(colors.paper)
    painter.drawEllipse(center, hub, hub)
    painter.setBrush(color)
    painter.drawEllipse(center, hub * 0.45, hub * 0.45)
    if look.phase is Phase.TIME_UP:
        ring = QPen(color)
        ring.setWidthF(0.6 * u)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(disc.adjusted(0.3 * u, 0.3 * u, -0.3 * u, -0.3 * u))
    _paint_digits(painter, layout, look.text, color)
    _paint_label(painter, layout, look, color)


def _paint_digits(painter: QPainter, layout: ExerciseLayout, text: str, color: QColor) -> None:
    font = digits_font(layout.digits_px)
    width = QFontMetricsF(font).horizontalAdvance(text)
    if width > layout.digits_rect.width():  # a very long overtime: shrink rather than clip
        font = digits_font(layout.digits_px * layout.digits_rect.width() / width)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(layout.digits_rect, layout.align | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_label(painter: QPainter, layout: ExerciseLayout, look: TimerLook, color: QColor) -> None:
    if not look.label:
        return
    font = label_font(layout.label_px)
    painter.setFont(font)
    painter.setPen(color)
    rect = QRectF(layout.label_rect)
    flags = layout.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    if look.paused:
        px = layout.label_px
        sign_w = 1.6 * px
        text_w = QFontMetricsF(font).horizontalAdvance(look.label)
        x = rect.left()
        if layout.align & Qt.AlignmentFlag.AlignHCenter:
            x = rect.center().x() - (sign_w + text_w) / 2
        bar_w, bar_h = 0.26 * px, 0.72 * px
        top = rect.top() + (px * 1.3 - bar_h) / 2 + 0.06 * px
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for offset in (0.1 * px, 0.52 * px):
            painter.drawRoundedRect(QRectF(x + offset, top, bar_w, bar_h), bar_w / 3, bar_w / 3)
        painter.setPen(color)
        rect = QRectF(x + sign_w, rect.top(), text_w + 2, rect.height())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, flags, look.label)


def _paint_muted(painter: QPainter, layout: ExerciseLayout, text: str, colors: Theme) -> None:
    px = theme.FOOTER * layout.unit
    painter.setFont(theme.font(px, QFont.Weight.Medium))
    painter.setPen(colors.muted)
    painter.drawText(
        layout.footer_right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text
    )


# -- the widget --------------------------------------------------------------------------------


class ExerciseView(QWidget):
    """The exercise screen for the current card; `refresh()` repaints from the countdown."""

    def __init__(
        self,
        colors: Theme = DEFAULT,
        timer_colors: TimerColors = TIMER_COLORS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._timer_colors = timer_colors
        self._deck: Deck | None = None
        self._index = 0
        self._countdown: Countdown | None = None
        self._look: TimerLook | None = None
        self._layout: ExerciseLayout | None = None
        self._still: QPixmap | None = None
        self._reduced_motion = False
        self._sound_muted = False
        self._pulse = 0.0
        self._animation = QPropertyAnimation(self, b"pulse", self)
        self._animation.setDuration(PULSE_PERIOD_MS)
        self._animation.setLoopCount(PULSE_COUNT)
        self._animation.setStartValue(0.0)
        self._animation.setKeyValueAt(0.5, 1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)

    # -- state -------------------------------------------------------------------------------

    def set_exercise(self, deck: Deck, card_index: int, countdown: Countdown) -> None:
        """Show the exercise of `deck` for card `card_index`, timed by `countdown`."""
        if (deck, card_index) != (self._deck, self._index):
            self._deck, self._index = deck, card_index
            self._invalidate()
        self._countdown = countdown
        self._look = None
        self._animation.stop()
        self._set_pulse(0.0)
        self.refresh()

    def refresh(self) -> None:
        """Read the countdown and repaint the timer if what it shows has changed."""
        countdown = self._countdown
        if countdown is None:
            return
        look = self._read(countdown)
        if look == self._look:
            return
        before = self._look
        self._look = look
        if (
            before is not None
            and before.phase is not Phase.TIME_UP
            and look.phase is Phase.TIME_UP
            and not look.paused
        ):
            self._start_pulse()
        self.setAccessibleName(self.accessible_text())
        self._update_timer()

    def set_reduced_motion(self, reduced: bool) -> None:
        """No pulse when time is up, only the steady colour."""
        self._reduced_motion = reduced
        if reduced and self.is_pulsing():
            self._animation.stop()
            self._set_pulse(0.0)

    def set_sound_muted(self, muted: bool) -> None:
        """Shows 'Lyd fra' in the footer while the chime is muted."""
        if muted != self._sound_muted:
            self._sound_muted = muted
            self.update()

    # -- what is shown (for tests and the window) -------------------------------------------

    def shown_time(self) -> str:
        return self._look.text if self._look else ""

    def shown_label(self) -> str:
        return self._look.label if self._look else ""

    def phase_color(self) -> QColor:
        look = self._look
        if look is None:
            return QColor(self._timer_colors.ready)
        return self._timer_colors.for_phase(look.phase, look.paused)

    def is_pulsing(self) -> bool:
        return self._animation.state() == QPropertyAnimation.State.Running

    def pulse_animation(self) -> QPropertyAnimation:
        return self._animation

    def exercise_layout(self) -> ExerciseLayout | None:
        """The layout as painted at the current size."""
        self._ensure_still()
        return self._layout

    def accessible_text(self) -> str:
        look = self._look
        if look is None or self._deck is None:
            return ""
        exercise = self._deck.exercise
        title = exercise.title if exercise else self.tr("Nedtælling")
        return f"{title}. {look.text} {look.label}".strip()

    def labels(self) -> list[str]:
        """Every text the label under the digits can show."""
        return [
            self.tr("Tryk mellemrum for at starte"),
            self.tr("tilbage"),
            self.tr("Tiden er snart gået"),
            self.tr("Tiden er gået"),
            self.tr("over tiden"),
            self.tr("Pause"),
        ]

    def _read(self, countdown: Countdown) -> TimerLook:
        phase = countdown.phase
        paused = countdown.state is State.PAUSED
        if paused:
            label = self.tr("Pause")
        elif phase is Phase.READY:
            label = self.tr("Tryk mellemrum for at starte")
        elif phase is Phase.CALM:
            label = self.tr("tilbage")
        elif phase is Phase.WARNING:
            label = self.tr("Tiden er snart gået")
        elif countdown.shown_seconds() == 0:
            label = self.tr("Tiden er gået")
        else:
            label = self.tr("over tiden")
        return TimerLook(
            text=countdown.display(),
            label=label,
            phase=phase,
            paused=paused,
            fraction=round(countdown.fraction_left, 4),
            total_s=countdown.total,
        )

    # -- the pulse ---------------------------------------------------------------------------

    def _start_pulse(self) -> None:
        if self._reduced_motion:
            return
        self._animation.stop()
        self._animation.start()

    def _get_pulse(self) -> float:
        return self._pulse

    def _set_pulse(self, value: float) -> None:
        self._pulse = float(value)
        self._update_timer()

    pulse = Property(float, _get_pulse, _set_pulse)

    # -- painting ----------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._still = None
        self._layout = None
        self.update()

    def _update_timer(self) -> None:
        if self._layout is None:
            self.update()
        else:
            self.update(self._layout.timer_rect.toAlignedRect())

    def _ensure_still(self) -> QPixmap | None:
        if self._still is not None or self._deck is None or self.width() <= 0:
            return self._still
        ratio = self.devicePixelRatioF()
        size = QSizeF(self.width(), self.height())
        self._layout = layout_exercise(
            self._deck,
            self._index,
            size,
            self.labels(),
            self._colors,
            self.tr("Nedtælling"),
        )
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        paint_still(painter, self._layout, self._colors)
        painter.end()
        self._still = pixmap
        return pixmap

    def paint_frame(self, painter: QPainter) -> bool:
        """Paint the whole view with `painter`; False if there is nothing to show yet."""
        still = self._ensure_still()
        if still is None or self._layout is None:
            painter.fillRect(self.rect(), self._colors.surround)
            return False
        painter.drawPixmap(0, 0, still)
        if self._look is not None:
            paint_timer(
                painter, self._layout, self._look, self._colors, self._timer_colors, self._pulse
            )
        if self._sound_muted:
            _paint_muted(painter, self._layout, self.tr("Lyd fra"), self._colors)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRegion(event.region())
        self.paint_frame(painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)
