"""The help overlay's table laid out: the key table's rows as key caps and descriptions,
grouped by view, flowed into columns and pages for one text size.

Sizes are in units of 1% of the screen's short side. `HelpTable.flow` lays the whole table out
at one size and column count; the overlay tries sizes and picks the largest that pages no more
than the floor does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.keymap import VIEWS, Binding
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.theme import spacing, typescale

_CAPS = {"Right": "→", "Left": "←", "Up": "↑", "Down": "↓", "PgDown": "PgDn", "Return": "Enter"}
LINE_HEIGHT = 118  # per cent


@dataclass(frozen=True)
class HelpEntry:
    """One thing drawn on a page: a group heading, a key cap or a description."""

    kind: str  # "group", "cap" or "text"
    text: str
    rect: QRectF
    px: float


@dataclass
class Block:
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
    """A view's name in the key table's group heading, in `lang` (Danish when unknown)."""
    fallback = Text(context.capitalize(), context.capitalize())
    return VIEWS.get(context, fallback).format(lang)  # type: ignore[call-overload]


class HelpTable:
    """The table's groups laid out for one screen (`unit` pixels to a unit) and language."""

    def __init__(self, unit: float, lang: str, groups: list[tuple[str, list[Binding]]]) -> None:
        self.unit = unit
        self.lang = lang
        self.groups = groups

    def flow(
        self, units: float, columns: int, area: QRectF
    ) -> list[list[tuple[HelpEntry, QTextDocument | None]]]:
        u = self.unit
        gutter = spacing.HELP_GUTTER * u
        width = (area.width() - (columns - 1) * gutter) / columns
        groups = []
        table = self.groups
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
            for column, placed_blocks in enumerate(page):
                x = area.left() + column * (width + gutter)
                for y, block in placed_blocks:
                    for entry, doc in block.entries:
                        rect = entry.rect.translated(x, area.top() + y)
                        entries.append((HelpEntry(entry.kind, entry.text, rect, entry.px), doc))
            pages.append(entries)
        return pages

    def _place(
        self, groups: list[tuple[Block, list[Block]]], columns: int, height: float
    ) -> list[list[list[tuple[float, Block]]]]:
        """Blocks into columns of `height` and columns into pages; a group that goes on in a
        new column repeats its heading there."""
        gap = spacing.GROUP_GAP * self.unit
        pages: list[list[list[tuple[float, Block]]]] = [[[]]]
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

    def _group_block(self, context: str, units: float, width: float) -> Block:
        u = self.unit
        px = max(typescale.FLOOR, units * 0.9) * u
        label = view_name(context, self.lang).upper()
        font = typescale.font(px, QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        doc = painting.text_document(painting.escape(label), font, width)
        rect = QRectF(0, 0, width, doc.size().height())
        return Block(
            rect.height() + spacing.GROUP_HEADING_GAP * u,
            [(HelpEntry("group", label, rect, px), doc)],
        )

    def _cap_metrics(self, units: float) -> tuple[QFont, QFontMetricsF, float, float]:
        """The caps' font, its metrics, the caps' height and their side padding."""
        u = self.unit
        font = typescale.font(units * u, QFont.Weight.DemiBold)
        metrics = QFontMetricsF(font)
        return font, metrics, metrics.height() + spacing.CAP_EXTRA_HEIGHT * u, spacing.CAP_PAD * u

    def _caps_width(self, binding: Binding, units: float) -> float:
        """The width of a binding's caps in one line."""
        _, metrics, _, pad = self._cap_metrics(units)
        labels = key_caps(binding, self.lang)
        widths = [metrics.horizontalAdvance(label) + 2 * pad for label in labels]
        return sum(widths) + spacing.CAP_SPACE * self.unit * (len(labels) - 1)

    def _row_block(self, binding: Binding, units: float, width: float, caps_w: float) -> Block:
        """A row: the key caps (wrapped within `caps_w`), then the description beside them."""
        u = self.unit
        px = units * u
        _, metrics, cap_h, pad = self._cap_metrics(units)
        space = spacing.CAP_SPACE * u
        block = Block(0.0)
        x = y = 0.0
        for label in key_caps(binding, self.lang):
            cap_w = min(caps_w, metrics.horizontalAdvance(label) + 2 * pad)
            if x and x + cap_w > caps_w + 0.5:
                x, y = 0.0, y + cap_h + space
            block.entries.append((HelpEntry("cap", label, QRectF(x, y, cap_w, cap_h), px), None))
            x += cap_w + space
        text_x = caps_w + spacing.CAP_TEXT_GAP * u
        text = binding.describe(self.lang)
        doc = painting.plain_document(text, px, width - text_x, line_height=LINE_HEIGHT)
        line = painting.plain_document("Åg", px, width, line_height=LINE_HEIGHT)
        rect = QRectF(
            text_x, (cap_h - line.size().height()) / 2, width - text_x, doc.size().height()
        )
        block.entries.append((HelpEntry("text", text, rect, px), doc))
        block.height = max(y + cap_h, rect.bottom()) + spacing.HELP_ROW_GAP * u
        return block
