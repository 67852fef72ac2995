"""A full-screen message on the room's background: a deck that cannot be shown, and why."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme


class MessageView(QWidget):
    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._colors = colors
        self._heading = ""
        self._lines: list[str] = []
        self._hint = ""

    def show_message(self, heading: str, lines: list[str], hint: str) -> None:
        self._heading, self._lines, self._hint = heading, list(lines), hint
        self.setAccessibleName(heading)
        self.setAccessibleDescription("\n".join([*lines, hint]))
        self.update()

    def text(self) -> str:
        return "\n".join([self._heading, *self._lines, self._hint])

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        painter.fillRect(area, self._colors.surround)
        u = painting.unit(area)
        x, width = spacing.SCREEN_MARGIN * u, area.width() - 2 * spacing.SCREEN_MARGIN * u
        y = spacing.HEADING_TOP * u
        heading = painting.plain_document(
            self._heading, typescale.MESSAGE_HEADING * u, width, QFont.Weight.Bold
        )
        painting.draw_document(painter, heading, QPointF(x, y), self._colors.warning)
        y += heading.size().height() + spacing.MESSAGE_HEADING_GAP * u
        hint = painting.plain_document(self._hint, typescale.HINT * u, width, QFont.Weight.DemiBold)
        bottom = area.height() - spacing.SCREEN_MARGIN * u - hint.size().height()
        shown = 0
        for line in self._lines:
            doc = painting.plain_document(line, typescale.FLOOR * u, width)
            if y + doc.size().height() > bottom - spacing.MESSAGE_HINT_GAP * u:
                break
            painting.draw_document(painter, doc, QPointF(x, y), self._colors.on_surround)
            y += doc.size().height() + spacing.LINE_GAP * u
            shown += 1
        if shown < len(self._lines):
            more = painting.plain_document(
                self.tr(
                    "… og %n mere: kør „kompas-kiosk check“ for hele listen",
                    "",
                    len(self._lines) - shown,
                ),
                typescale.FLOOR * u,
                width,
            )
            painting.draw_document(painter, more, QPointF(x, y), self._colors.on_surround_muted)
        painting.draw_document(painter, hint, QPointF(x, bottom), self._colors.on_surround_muted)
        painter.end()
