"""The key table on screen (F1 or ?), over whatever the room was looking at.

The rows come from `keymap.BINDINGS` each time the overlay opens, so a new binding shows up
without touching this file. Rows are grouped by view, keys drawn as key caps, text never under
the floor: the overlay tries a larger size first, two or three columns in landscape, one in
portrait, and pages when the table does not fit at the floor. Any key or tap closes it; when it
has pages, the 'next' keys (and a tap) turn to the next page first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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
from kompas_kiosk.ui.common.overlay import Overlay
from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

_CAPS = {"Right": "→", "Left": "←", "Up": "↑", "Down": "↓", "PgDown": "PgDn", "Return": "Enter"}
_NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
_PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up}
_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}
SIZES = (3.5, 3.25, 3.0, 2.75, typescale.FLOOR)  # text sizes tried, in % of the short side
LINE_HEIGHT = 118  # per cent
ROW_GAP = 1.3  # units between rows
CAP_SPACE = 0.7  # units between key caps


@dataclass(frozen=True)
class HelpEntry:
    """One thing drawn on a page: a group heading, a key cap or a description."""

    kind: str  # "group", "cap" or "text"
    text: str
    rect: QRectF
    px: float


@dataclass
class _Block:
    """A group heading or a row, laid out at (0, 0) for one column's width."""

    height: float
    entries: list[tuple[HelpEntry, QTextDocument | None]] = field(default_factory=list)


def key_caps(binding: Binding, lang: str) -> list[str]:
    """The caps a binding's keys are drawn as: arrows as arrows, 0 … 9 as one cap."""
    keys = list(binding.keys)
    if {str(digit) for digit in range(10)} <= set(keys):
        keys = ["0–9"] + [key for key in keys if not (len(key) == 1 and key.isdigit())]
    space = QCoreApplication.translate("HelpOverlay", "Mellemrum")
    caps: list[str] = []
    for key in keys:
        parts = [_CAPS.get(part, part) for part in key.split("+")] if key != "+" else ["+"]
        label = "+".join(space if part == "Space" else part for part in parts)
        if label not in caps:
            caps.append(label)
    return caps


def view_name(context: str, lang: str) -> str:
    names = VIEWS.get(context, (context.capitalize(), context.capitalize()))
    return names[1 if lang == "en" else 0]


class HelpOverlay(Overlay):
    closed = Signal()

    def __init__(
        self,
        lang: str = "da",
        colors: Theme = DEFAULT,
        parent: QWidget | None = None,
        bindings: Sequence[Binding] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lang = lang
        self._colors = colors
        self._bindings = bindings  # None: the key table as it is when the overlay opens
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
        if self.parentWidget() is not None:
            self.setGeometry(self.parentWidget().rect())
        self._page = 0
        self.relayout()
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

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
            self.tr("Taster"), 6 * u, self.width() - 12 * u, QFont.Weight.Bold
        )

    def _hint(self) -> tuple[QTextDocument, QPointF, float]:
        """The line that says how to close (and page): beside the title where the longest
        such line fits, under it where not. Returns it, where it goes and the header's bottom."""
        u = self._unit()
        width = self.width() - 12 * u
        title = self._title()
        title_w, title_h = title.idealWidth(), title.size().height()
        longest = self._paged_text(99, 99)
        needed = painting.plain_document(longest, typescale.FLOOR * u, width, QFont.Weight.DemiBold)
        beside = title_w + 5 * u + needed.idealWidth() <= width
        hint_w = width - title_w - 5 * u if beside else width
        align = Qt.AlignmentFlag.AlignRight if beside else Qt.AlignmentFlag.AlignLeft
        hint = painting.plain_document(
            self.hint_text(), typescale.FLOOR * u, hint_w, QFont.Weight.DemiBold, align=align
        )
        if beside:
            y = 6 * u + (title_h - hint.size().height()) / 2 + 0.4 * u
            return hint, QPointF(6 * u + width - hint_w, y), 6 * u + title_h
        bottom = 6 * u + title_h + needed.size().height() + 0.5 * u
        return hint, QPointF(6 * u, 6 * u + title_h), bottom

    def _area(self) -> QRectF:
        u = self._unit()
        top = self._hint()[2] + 4 * u
        return QRectF(6 * u, top, self.width() - 12 * u, self.height() - 5 * u - top)

    def _groups(self) -> list[tuple[str, list[Binding]]]:
        bindings = keymap.BINDINGS if self._bindings is None else self._bindings
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
        column_counts = (2, 3) if self.width() > self.height() else (1,)
        fewest = min(len(self._flow(typescale.FLOOR, columns, area)) for columns in column_counts)
        tries = [(units, columns) for units in SIZES for columns in column_counts]
        for units, columns in tries:  # the floor's own try always ends it
            pages = self._flow(units, columns, area)
            if len(pages) <= fewest:
                break
        self._px = units * self._unit()
        self._pages = pages
        self._page = min(self._page, len(pages) - 1)
        self.update()

    def _flow(
        self, units: float, columns: int, area: QRectF
    ) -> list[list[tuple[HelpEntry, QTextDocument | None]]]:
        u = self._unit()
        gutter = 5 * u
        width = (area.width() - (columns - 1) * gutter) / columns
        groups = []
        table = self._groups()
        widest = max(self._caps_width(b, units) for _, rows in table for b in rows)
        for context, rows in table:
            # One tab stop per group; in a single column one for the whole table.
            group_w = max(self._caps_width(b, units) for b in rows)
            caps_w = min(width * 0.4, widest if columns == 1 else group_w)
            blocks = [self._row_block(b, units, width, caps_w) for b in rows]
            groups.append((self._group_block(context, units, width), blocks))
        # The shortest columns that need no more pages than full ones: balanced columns on
        # one page, and no last page of two lonely rows.
        height = area.height()
        placed = self._place(groups, columns, height)
        low = max(block.height for _, rows in groups for block in rows)
        for _ in range(14):
            middle = (low + height) / 2
            if len(self._place(groups, columns, middle)) <= len(placed):
                height = middle
            else:
                low = middle
        placed = self._place(groups, columns, height)
        pages = []
        for page in placed:
            entries = []
            for column, blocks in enumerate(page):
                x = area.left() + column * (width + gutter)
                for y, block in blocks:
                    for entry, doc in block.entries:
                        rect = entry.rect.translated(x, area.top() + y)
                        entries.append((HelpEntry(entry.kind, entry.text, rect, entry.px), doc))
            pages.append(entries)
        return pages

    def _place(
        self, groups: list[tuple[_Block, list[_Block]]], columns: int, height: float
    ) -> list[list[list[tuple[float, _Block]]]]:
        """Blocks into columns of `height` and columns into pages; a group that goes on in a
        new column repeats its heading there."""
        gap = 2.2 * self._unit()
        pages: list[list[list[tuple[float, _Block]]]] = [[[]]]
        used = 0.0
        for heading, rows in groups:
            for number, row in enumerate(rows):
                with_heading = number == 0
                before = gap if with_heading and used else 0.0
                need = before + (heading.height if with_heading else 0.0) + row.height
                if used and used + need > height:
                    if len(pages[-1]) == columns:
                        pages.append([[]])
                    else:
                        pages[-1].append([])
                    used, before, with_heading = 0.0, 0.0, True
                if with_heading:
                    used += before
                    pages[-1][-1].append((used, heading))
                    used += heading.height
                pages[-1][-1].append((used, row))
                used += row.height
        return pages

    def _group_block(self, context: str, units: float, width: float) -> _Block:
        u = self._unit()
        px = max(typescale.FLOOR, units * 0.9) * u
        label = view_name(context, self._lang).upper()
        font = typescale.font(px, QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        doc = painting.text_document(painting.escape(label), font, width)
        rect = QRectF(0, 0, width, doc.size().height())
        return _Block(rect.height() + 1.2 * u, [(HelpEntry("group", label, rect, px), doc)])

    def _cap_metrics(self, units: float) -> tuple[QFont, QFontMetricsF, float, float]:
        """The caps' font, its metrics, the caps' height and their side padding."""
        u = self._unit()
        font = typescale.font(units * u, QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        return font, metrics, metrics.height() + 0.7 * u, 1.0 * u

    def _caps_width(self, binding: Binding, units: float) -> float:
        """The width of a binding's caps in one line."""
        _, metrics, _, pad = self._cap_metrics(units)
        labels = key_caps(binding, self._lang)
        widths = [metrics.horizontalAdvance(label) + 2 * pad for label in labels]
        return sum(widths) + CAP_SPACE * self._unit() * (len(labels) - 1)

    def _row_block(self, binding: Binding, units: float, width: float, caps_w: float) -> _Block:
        """A row: the key caps (wrapped within `caps_w`), then the description beside them."""
        u = self._unit()
        px = units * u
        _, metrics, cap_h, pad = self._cap_metrics(units)
        space = CAP_SPACE * u
        block = _Block(0.0)
        x = y = 0.0
        for label in key_caps(binding, self._lang):
            cap_w = min(caps_w, metrics.horizontalAdvance(label) + 2 * pad)
            if x and x + cap_w > caps_w + 0.5:
                x, y = 0.0, y + cap_h + space
            block.entries.append((HelpEntry("cap", label, QRectF(x, y, cap_w, cap_h), px), None))
            x += cap_w + space
        text_x = caps_w + 2.2 * u
        text = binding.describe(self._lang)
        doc = painting.plain_document(text, px, width - text_x, line_height=LINE_HEIGHT)
        line = painting.plain_document("Åg", px, width, line_height=LINE_HEIGHT)
        rect = QRectF(
            text_x, (cap_h - line.size().height()) / 2, width - text_x, doc.size().height()
        )
        block.entries.append((HelpEntry("text", text, rect, px), doc))
        block.height = max(y + cap_h, rect.bottom()) + ROW_GAP * u
        return block

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors
        painter.fillRect(self.rect(), colors.surround)
        u = self._unit()
        painting.draw_document(painter, self._title(), QPointF(6 * u, 6 * u), colors.on_surround)
        hint, where, _ = self._hint()
        painting.draw_document(painter, hint, where, colors.on_surround_muted)
        cap_fill = QColor(colors.on_surround)
        cap_fill.setAlphaF(0.1)
        cap_edge = QColor(colors.on_surround_muted)
        cap_edge.setAlphaF(0.7)
        for entry, doc in self._pages[self._page] if self._pages else []:
            if entry.kind == "cap":
                path = QPainterPath()
                path.addRoundedRect(entry.rect, 0.8 * u, 0.8 * u)
                painter.fillPath(path, cap_fill)
                painter.setPen(QPen(cap_edge, max(1.0, 0.18 * u)))
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
