"""The programme rail on the presenter console: every step with its planned and actual minutes,
and how far ahead of or behind the plan the room is.

`set_schedule(programme, schedule)` shows a `Programme` with its `Schedule`
(`core/programmes/schedule.py`); the rail paints one row per step (number, kind and title,
planned minutes, actual time) with the current step marked, keeps the current step in view, and
heads the list with the ahead/behind figure in green, amber or red (and in words, so colour is
never the only sign). Sizes follow the console's unit (1% of its short side).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kompas_kiosk.core.programmes.model import (
    Programme,
    Step,
)
from kompas_kiosk.core.programmes.schedule import Schedule, Status
from kompas_kiosk.core.programmes.words import plan_status, step_name
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

ROW_TEXT = typescale.FLOOR  # a step's row
HEAD_TEXT = typescale.HINT  # the ahead/behind figure over the rows
ROW_HEIGHT = 1.7  # a row's height, in its text's size

# The status on the console's dark surround: green, amber, red (each over 7:1 on the surround).
STATUS_COLORS: dict[Status, str] = {"ok": "#8fd6a0", "amber": "#ffcf70", "red": "#ff9a85"}


def clock_text(seconds: float) -> str:
    """Minutes and seconds, "12:05"; hours when needed, "1:02:05"."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ProgrammeRail(QWidget):
    def __init__(self, lang: str = "da", colors: Theme = DEFAULT, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("programmeRail")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)
        self._lang = lang
        self._colors = colors
        self.programme: Programme | None = None
        self.schedule: Schedule | None = None
        self.unit = 8.0

    # -- what it shows -----------------------------------------------------------------------

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.update()

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self.update()

    def set_schedule(self, programme: Programme, schedule: Schedule) -> None:
        self.programme, self.schedule = programme, schedule
        self.update()

    def status_text(self) -> str:
        """ "3 min bagud", "2 min foran", "i tide" (before the start: the planned length)."""
        return plan_status(self.schedule, self._lang)

    def status_color(self) -> QColor:
        status: Status = self.schedule.status if self.schedule is not None else "ok"
        return QColor(STATUS_COLORS[status])

    def row_texts(self) -> list[tuple[str, str, str, str]]:
        """Per step: its number, kind and title, planned minutes, actual time ("" not yet)."""
        if self.programme is None or self.schedule is None:
            return []
        rows = []
        for step, time in zip(self.programme.steps, self.schedule.steps, strict=True):
            actual = clock_text(time.actual) if time.visited else ""
            rows.append((f"{time.index + 1}", self.step_title(step), f"{step.minutes} min", actual))
        return rows

    def step_title(self, step: Step) -> str:
        return step_name(step, self._lang)

    # -- painting ----------------------------------------------------------------------------

    def _font(self, size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        return typescale.font(size * self.unit, weight)

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self._colors
        u = self.unit
        area = self.rect()
        head_font = self._font(HEAD_TEXT, QFont.Weight.Bold)
        head_height = QFontMetrics(head_font).height()
        painter.setFont(head_font)
        painter.setPen(self.status_color())
        painter.drawText(
            QRect(0, 0, area.width(), head_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.status_text(),
        )
        if self.schedule is not None:
            painter.setFont(self._font(ROW_TEXT))
            painter.setPen(c.on_surround_muted)
            elapsed = clock_text(self.schedule.elapsed)
            planned = clock_text(self.schedule.planned_total)
            painter.drawText(
                QRect(0, 0, area.width(), head_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{elapsed} / {planned}",
            )
        rows = self.row_texts()
        row_font = self._font(ROW_TEXT)
        bold = self._font(ROW_TEXT, QFont.Weight.DemiBold)
        metrics = QFontMetrics(row_font)
        row_h = round(metrics.height() * ROW_HEIGHT)
        top = head_height + round(u)
        visible = max(1, (area.height() - top) // row_h)
        current = self.schedule.current if self.schedule is not None else None
        first = 0
        if current is not None and len(rows) > visible:
            first = min(max(0, current - visible // 3), len(rows) - visible)
        number_w = metrics.horizontalAdvance("000")
        planned_w = metrics.horizontalAdvance("00 min")
        actual_w = metrics.horizontalAdvance("0:00:00")
        gap = round(spacing.RAIL_GAP * u)
        for row, (number, title, planned, actual) in enumerate(rows[first : first + visible]):
            index = first + row
            y = top + row * row_h
            line = QRect(0, y, area.width(), row_h)
            here = index == current
            if here:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 28))
                painter.drawRoundedRect(line, spacing.RAIL_RADIUS * u, spacing.RAIL_RADIUS * u)
            done = self.schedule is not None and self.schedule.steps[index].visited
            painter.setFont(bold if here else row_font)
            painter.setPen(c.on_surround if here or not done else c.on_surround_muted)
            x = round(spacing.RAIL_INSET * u)
            align_v = Qt.AlignmentFlag.AlignVCenter
            right = area.width() - round(spacing.RAIL_INSET * u)
            actual_rect = QRect(right - actual_w, y, actual_w, row_h)
            planned_rect = QRect(actual_rect.left() - gap - planned_w, y, planned_w, row_h)
            painter.drawText(
                QRect(x, y, number_w, row_h), int(Qt.AlignmentFlag.AlignRight | align_v), number
            )
            title_rect = QRect(
                x + number_w + gap, y, planned_rect.left() - gap - x - number_w - gap, row_h
            )
            shown = QFontMetrics(painter.font()).elidedText(
                title, Qt.TextElideMode.ElideRight, title_rect.width()
            )
            painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | align_v), shown)
            painter.setPen(c.on_surround_muted)
            painter.drawText(planned_rect, int(Qt.AlignmentFlag.AlignRight | align_v), planned)
            if actual:
                over = self.schedule is not None and self.schedule.steps[index].remaining < -30
                painter.setPen(QColor(STATUS_COLORS["amber"]) if over else c.on_surround)
                painter.drawText(actual_rect, int(Qt.AlignmentFlag.AlignRight | align_v), actual)
        painter.end()
