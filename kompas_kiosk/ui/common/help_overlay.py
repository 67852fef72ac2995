"""The key table on screen (F1 or ?), over whatever the room was looking at.

The rows come from `keymap.BINDINGS` each time the overlay opens, so a new binding shows up
without touching this file. Rows are grouped by view, keys drawn as key caps, text never under
the floor: the overlay tries a larger size first, two or three columns in landscape, one in
portrait, and pages when the table does not fit at the floor. Any key or tap closes it; when it
has pages, the 'next' keys (and a tap) turn to the next page first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.keymap import VIEWS, Binding
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.common.help_table import HelpEntry, HelpTable
from kompas_kiosk.ui.common.overlay import Overlay
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

log = logging.getLogger(__name__)

_NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
_PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up}
_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class HelpOverlay(Overlay):
    closed = Signal()

    def __init__(
        self,
        lang: str = "da",
        colors: Theme = DEFAULT,
        parent: QWidget | None = None,
        bindings: Sequence[Binding] | Callable[[], Sequence[Binding]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lang = lang
        self._colors = colors
        # None: the key table as it is when the overlay opens; a function: what it gives then
        self._bindings = bindings
        self._pages: list[list[tuple[HelpEntry, QTextDocument | None]]] = []
        self._page = 0
        self._px = 0.0
        self._return_focus: QWidget | None = None
        self.setAccessibleName(self.tr("Taster"))
        self.hide()

    # -- opening and closing -----------------------------------------------------------------

    def popup(self) -> None:
        """Cover the parent, read the key table afresh and take the keyboard."""
        self._return_focus = QApplication.focusWidget()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._page = 0
        self.relayout()
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        log.info("showing the keys")

    def dismiss(self) -> None:
        if self.isHidden():
            return
        self.hide()
        target = self._return_focus
        self._return_focus = None
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.PopupFocusReason)
        self.closed.emit()

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.setAccessibleName(self.tr("Taster"))
        self.relayout()

    # -- pages -------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return max(1, len(self._pages))

    @property
    def text_px(self) -> float:
        """The size the table is set in, in pixels."""
        return self._px

    def turn_page(self, delta: int) -> bool:
        page = self._page + delta
        if not 0 <= page < self.page_count:
            return False
        self._page = page
        self.update()
        return True

    def entries(self, page: int | None = None) -> list[HelpEntry]:
        """What a page shows, in widget coordinates (the current page by default)."""
        if not self._pages:
            return []
        return [entry for entry, _ in self._pages[self._page if page is None else page]]

    def hint_text(self) -> str:
        """How to close the help (and, when it has pages, how to page it)."""
        if self.page_count > 1:
            return self._paged_text(self._page + 1, self.page_count)
        return self.tr("Tryk på en tast for at lukke")

    def _paged_text(self, page: int, pages: int) -> str:
        return self.tr("Side %s/%s · PgDn eller tryk: næste side · en anden tast lukker") % (
            page,
            pages,
        )

    # -- layout ------------------------------------------------------------------------------

    def _unit(self) -> float:
        return painting.unit(QRectF(self.rect()))

    def _title(self) -> QTextDocument:
        u = self._unit()
        return painting.plain_document(
            self.tr("Taster"),
            typescale.VIEW_HEADING * u,
            self.width() - 2 * spacing.SCREEN_MARGIN * u,
            QFont.Weight.Bold,
        )

    def _hint(self) -> tuple[QTextDocument, QPointF, float]:
        """The line that says how to close (and page): beside the title where the longest
        such line fits, under it where not. Returns it, where it goes and the header's bottom."""
        u = self._unit()
        width = self.width() - 2 * spacing.SCREEN_MARGIN * u
        title = self._title()
        title_w, title_h = title.idealWidth(), title.size().height()
        longest = self._paged_text(99, 99)
        needed = painting.plain_document(longest, typescale.FLOOR * u, width, QFont.Weight.DemiBold)
        beside = title_w + spacing.HELP_HINT_GAP * u + needed.idealWidth() <= width
        hint_w = width - title_w - spacing.HELP_HINT_GAP * u if beside else width
        align = Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignLeft
        hint = painting.plain_document(
            self.hint_text(), typescale.FLOOR * u, hint_w, QFont.Weight.DemiBold, align=align
        )
        if beside:
            y = (
                spacing.SCREEN_MARGIN * u
                + (title_h - hint.size().height()) / 2
                + spacing.HELP_HINT_DROP * u
            )
            return (
                hint,
                QPointF(spacing.SCREEN_MARGIN * u + width - hint_w, y),
                spacing.SCREEN_MARGIN * u + title_h,
            )
        bottom = (
            spacing.SCREEN_MARGIN * u
            + title_h
            + needed.size().height()
            + spacing.HELP_HINT_BELOW * u
        )
        return hint, QPointF(spacing.SCREEN_MARGIN * u, spacing.SCREEN_MARGIN * u + title_h), bottom

    def _area(self) -> QRectF:
        u = self._unit()
        top = self._hint()[2] + spacing.HELP_TABLE_GAP * u
        return QRectF(
            spacing.SCREEN_MARGIN * u,
            top,
            self.width() - 2 * spacing.SCREEN_MARGIN * u,
            self.height() - spacing.BOTTOM_MARGIN * u - top,
        )

    def _groups(self) -> list[tuple[str, list[Binding]]]:
        bindings = keymap.BINDINGS if self._bindings is None else self._bindings
        if callable(bindings):
            bindings = bindings()
        order = list(VIEWS) + [b.context for b in bindings if b.context not in VIEWS]
        groups: dict[str, list[Binding]] = {}
        for context in order:
            rows = [b for b in bindings if b.context == context]
            if rows and context not in groups:
                groups[context] = rows
        return list(groups.items())

    def relayout(self) -> None:
        """The largest text size, and the columns, that need no more pages than the floor
        does: one page where the table fits, as few pages as the floor allows where not."""
        self._pages = []
        if self.width() <= 0 or self.height() <= 0:
            return
        area = self._area()
        table = HelpTable(self._unit(), self._lang, self._groups())
        column_counts = (2, 3) if self.width() > self.height() else (1,)
        fewest = min(len(table.flow(typescale.FLOOR, columns, area)) for columns in column_counts)
        tries = [(units, columns) for units in typescale.HELP_SIZES for columns in column_counts]
        for units, columns in tries:  # the floor's own try always ends it
            pages = table.flow(units, columns, area)
            if len(pages) <= fewest:
                break
        self._px = units * self._unit()
        self._pages = pages
        self._page = min(self._page, len(pages) - 1)
        self.update()

    # -- painting ----------------------------------------------------------------------------

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.relayout()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors
        painter.fillRect(self.rect(), colors.surround)
        u = self._unit()
        painting.draw_document(
            painter,
            self._title(),
            QPointF(spacing.SCREEN_MARGIN * u, spacing.SCREEN_MARGIN * u),
            colors.on_surround,
        )
        hint, where, _ = self._hint()
        painting.draw_document(painter, hint, where, colors.on_surround_muted)
        cap_fill = QColor(colors.on_surround)
        cap_fill.setAlphaF(0.1)
        cap_edge = QColor(colors.on_surround_muted)
        cap_edge.setAlphaF(0.7)
        for entry, doc in self._pages[self._page] if self._pages else []:
            if entry.kind == "cap":
                path = QPainterPath()
                path.addRoundedRect(entry.rect, spacing.CAP_RADIUS * u, spacing.CAP_RADIUS * u)
                painter.fillPath(path, cap_fill)
                painter.setPen(QPen(cap_edge, max(1.0, spacing.CAP_STROKE * u)))
                painter.drawPath(path)
                painter.setPen(colors.on_surround)
                painter.setFont(typescale.font(entry.px, QFont.Weight.DemiBold))
                painter.drawText(entry.rect, Qt.AlignmentFlag.AlignCenter, entry.text)
            elif doc is not None:
                color = colors.on_surround_muted if entry.kind == "group" else colors.on_surround
                painting.draw_document(painter, doc, entry.rect.topLeft(), color)
        painter.end()

    # -- input -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.relayout()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, paged = event.key(), self.page_count > 1
        if key in _MODIFIERS:
            return
        if paged and key in _PREVIOUS_KEYS:
            self.turn_page(-1)
            return
        if paged and key in _NEXT_KEYS and self.turn_page(1):
            return
        if not event.isAutoRepeat():
            self.dismiss()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.turn_page(1):
            self.dismiss()
