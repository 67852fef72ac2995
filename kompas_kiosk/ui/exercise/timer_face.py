"""The countdown's look: its colours by phase, and the disc, digits and label it paints.

A shrinking disc in the manner of a Time Timer (a sector whose angle is the share of time left, on a
faint full circle) with the minutes and seconds large beside or under it, where
`exercise_face.layout_exercise` put them. Colour tells the phase: neutral before the start, the
accent while counting, amber in the warning time, coral when time is up; a paused countdown is
greyed, with a pause sign. The colours are the theme's (`Theme.timer_*`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from kompas_kiosk.core.exercise.countdown import Phase
from kompas_kiosk.ui.exercise.face import ExerciseLayout, digits_font, label_font
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

# The disc's own proportions, in units of 1% of the short side (the disc's size is the layout's).
HALO_GAP = 0.9  # the time-up halo's inner edge outside the disc
TICK_WIDTH = 0.35  # the tick marks' stroke
TICK_INNER = 0.7  # the tick marks start this far outside the disc
TICK_OUTER = 1.3  # and end this far out
TICK_OUTER_TWELVE = 1.7  # twelve o'clock's tick, longer
HUB = 2.2  # the hub's radius
TIME_UP_STROKE = 0.6  # the ring drawn round the disc when time is up
TIME_UP_INSET = 0.3  # that ring inside the disc's edge


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )


def _greyed(color: QColor) -> QColor:
    """The phase's colour with most of its saturation gone: a paused countdown."""
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
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
    """The countdown's colours, taken from a theme; every one reads as text on the card's paper."""

    ready: QColor
    calm: QColor
    warning: QColor
    time_up: QColor
    face_tint: float  # the faint full circle: the paper with this much of the colour

    @classmethod
    def of(cls, colors: Theme) -> TimerColors:
        return cls(
            colors.timer_ready,
            colors.timer_calm,
            colors.timer_warning,
            colors.timer_time_up,
            colors.timer_face_tint,
        )

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


TIMER_COLORS = TimerColors.of(DEFAULT)


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


def paint_timer(
    painter: QPainter,
    layout: ExerciseLayout,
    look: TimerLook,
    colors: Theme,
    pulse: float = 0.0,
) -> None:
    """The disc, the digits and the label, over the paper (the still part is already drawn)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    timer_colors = TimerColors.of(colors)
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
        grow = HALO_GAP * u + pen.widthF() / 2
        painter.drawEllipse(disc.adjusted(-grow, -grow, grow, grow))
    # the faint full circle
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(timer_colors.face(color, colors.paper))
    painter.drawEllipse(disc)
    # tick marks just outside it
    if look.ticks:
        tick_pen = QPen(_blend(colors.paper, color, 0.45))
        tick_pen.setWidthF(max(1.0, TICK_WIDTH * u))
        tick_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(tick_pen)
        for i in range(look.ticks):
            angle = 2 * math.pi * i / look.ticks
            dx, dy = math.sin(angle), -math.cos(angle)
            inner = r + TICK_INNER * u
            outer = r + (TICK_OUTER_TWELVE if i == 0 else TICK_OUTER) * u
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
    hub = HUB * u
    painter.setBrush(colors.paper)
    painter.drawEllipse(center, hub, hub)
    painter.setBrush(color)
    painter.drawEllipse(center, hub * 0.45, hub * 0.45)
    if look.phase is Phase.TIME_UP:
        ring = QPen(color)
        ring.setWidthF(TIME_UP_STROKE * u)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(
            disc.adjusted(
                TIME_UP_INSET * u, TIME_UP_INSET * u, -TIME_UP_INSET * u, -TIME_UP_INSET * u
            )
        )
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
