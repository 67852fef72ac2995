"""Lays out and paints a programme's text slide on the room screen, in the card's paper look.

A slide is a sheet of the card's paper on the room's colour, with the card's shadow. Its text
comes from the type scale (in units of 1% of the screen's short side), shrunk together when a
slide holds more than fits, never below `typescale.FLOOR`. Layouts: title, statement, quote
(with its attribution), list, two-column, matrix (two by two, with row and column labels),
section divider and closing. `layout_slide` fits once per slide and size; `paint_slide` only
draws what it was given (the slide view caches the layout; `render` uses the same functions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QTextDocument

from kompas_kiosk.core.decks import markup
from kompas_kiosk.core.programmes.model import Panel, Slide
from kompas_kiosk.core.programmes.slide_pages import slide_pages
from kompas_kiosk.core.room.text_roles import Role, TextSizes
from kompas_kiosk.ui.common import painting, shadow
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme

W = QFont.Weight
_SHRINK = 0.92  # each try at fitting shrinks the text this much
_PAD = spacing.CARD_PAD * 1.5  # paper around a slide's text: a slide is quieter than a card
_GAP = spacing.CARD_TITLE_GAP  # between the parts of a slide
_CELL_PAD = spacing.TILE_PAD
_LABEL = 0.26  # a matrix's row labels take this much of its width (landscape)


@dataclass(frozen=True)
class Block:
    """One piece of text: its markup, size (type-scale units), weight, colour role, gap after."""

    html: str
    size: float
    weight: QFont.Weight = W.Normal
    role: str = "ink"  # ink, accent or muted
    italic: bool = False
    gap: float = _GAP
    center: bool = False


@dataclass
class SlideLayout:
    size: QSizeF
    card_rect: QRectF
    radius: float
    texts: list[tuple[QTextDocument, QPointF, str]] = field(default_factory=list)
    cells: list[QRectF] = field(default_factory=list)  # a matrix's or two columns' panels
    rules: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    scale: float = 1.0  # how much the text was shrunk to fit
    fits: bool = True
    floors: tuple[float, float] = (typescale.FLOOR, typescale.FLOOR)  # text, labels: in a room
    measured: list[tuple[Role, float, str]] = field(default_factory=list)  # each text's size


def _is_label(block: Block) -> bool:
    """A kicker, an attribution, a matrix's labels: small, for orientation."""
    return block.size <= typescale.HEADING


_GROW = {"title": 1.3, "statement": 1.4, "quote": 1.5, "list": 1.5, "two-column": 1.5}
_GROW["matrix"] = 1.4
"""How much larger than the card's type scale a slide's text starts, before it is fitted (a
slide holds less than a card); a section and a closing start at the scale itself."""


def _text(value: str | None) -> str:
    """The deck's inline markup (*italic*, **bold**) as HTML, every piece of text escaped."""
    html = markup.to_html(value or "").strip()
    html = html.replace("</p>\n<p>", "<br><br>")
    return html.removeprefix("<p>").removesuffix("</p>")


def _bullets(items: tuple[str, ...]) -> str:
    return "<br>".join(f"–&nbsp;{_text(item)}" for item in items)


def _head(slide: Slide, title_size: float = 5.5) -> list[Block]:
    blocks = []
    if slide.kicker:
        blocks.append(Block(_text(slide.kicker), typescale.HEADING, W.Medium, "accent", gap=1.6))
    if slide.title:
        blocks.append(Block(_text(slide.title), title_size, W.Bold))
    if slide.subtitle:
        blocks.append(Block(_text(slide.subtitle), typescale.QUESTION_MIN, role="muted"))
    return blocks


def _panel(panel: Panel, title: float = typescale.TILE_TITLE) -> list[Block]:
    blocks = []
    if panel.title:
        blocks.append(Block(_text(panel.title), title, W.DemiBold, "accent", gap=1.4))
    if panel.text:
        blocks.append(Block(_text(panel.text), typescale.BODY_MAX, gap=1.4))
    if panel.items:
        blocks.append(Block(_bullets(panel.items), typescale.BODY_MAX))
    return blocks


# A quote in the programme's language: the seed quotes Byrådet in Danish ”…” marks.
QUOTE_MARKS = {"da": ("”", "”"), "en": ("“", "”")}


def _main_blocks(slide: Slide, lang: str = "da") -> tuple[list[Block], bool]:
    """The slide's text from top to bottom, and whether it sits in the middle of the paper."""
    kind = slide.layout
    if kind in ("title", "section", "closing"):
        size = {"title": typescale.TITLE, "section": 9.0, "closing": typescale.POSTER_TITLE}[kind]
        mid, role = kind != "title", "ink" if kind == "title" else "accent"
        blocks = []
        if slide.kicker:
            kicker = _text(slide.kicker)
            blocks.append(Block(kicker, typescale.HEADING, W.Medium, "accent", center=mid))
        blocks.append(Block(_text(slide.title), size, W.Bold, role, center=mid))
        if slide.subtitle:
            subtitle = _text(slide.subtitle)
            blocks.append(Block(subtitle, typescale.QUESTION, role="muted", center=mid))
        if slide.lines:
            lines = "<br>".join(_text(line) for line in slide.lines)
            blocks.append(Block(lines, typescale.BODY_MAX, role="muted", center=mid))
        return blocks, True
    if kind == "statement":
        return [*_head(slide), Block(_text(slide.text), 6.0, W.DemiBold)], True
    if kind == "quote":
        blocks = _head(slide)
        opening, closing = QUOTE_MARKS.get(lang, QUOTE_MARKS["da"])
        quoted = opening + _text(slide.text) + closing
        blocks.append(Block(quoted, typescale.QUESTION, italic=True))
        if slide.attribution:
            blocks.append(Block("— " + _text(slide.attribution), typescale.HEADING, role="muted"))
        return blocks, True
    if kind == "list":
        blocks = _head(slide)
        if slide.text:
            blocks.append(Block(_text(slide.text), typescale.BODY_MAX, role="muted"))
        blocks.append(Block(_bullets(slide.items), 4.2, gap=0))
        return blocks, True
    return _head(slide), False  # two-column and matrix: the head, then their panels


def _document(
    block: Block, scale: float, unit: float, width: float, floor: float = typescale.FLOOR
) -> QTextDocument:
    size = max(floor, block.size * scale) * unit
    align = Qt.AlignmentFlag.AlignHCenter if block.center else Qt.AlignmentFlag.AlignLeft
    font = typescale.font(size, block.weight, block.italic)
    return painting.text_document(block.html, font, width, align=align, line_height=120)


def _stack(
    layout: SlideLayout, blocks: list[Block], unit: float, width: float
) -> tuple[list[tuple[QTextDocument, float, str]], float]:
    """The documents of `blocks` at the layout's scale, each with its top, and the stack's
    height; each text's size is noted in `layout.measured`."""
    placed, top, scale = [], 0.0, layout.scale
    for index, block in enumerate(blocks):
        label = _is_label(block)
        doc = _document(block, scale, unit, width, layout.floors[label])
        px = max(layout.floors[label], block.size * scale) * unit
        layout.measured.append((Role.LABEL if label else Role.TEXT, px, doc.toPlainText()))
        placed.append((doc, top, block.role))
        top += doc.size().height()
        if index < len(blocks) - 1:
            top += block.gap * unit * min(1.0, scale * 1.2)
    return placed, top


def layout_slide(
    slide: Slide, size: QSizeF, lang: str = "da", sizes: TextSizes | None = None
) -> SlideLayout:
    """Fit `slide` to a screen of `size`: the largest text that fits, never under the floor
    (with a room's `sizes`, the room's minimum for text and for labels).
    `lang` is the programme's language (its quotation marks)."""
    unit = min(size.width(), size.height()) / 100.0
    floors = (typescale.FLOOR, typescale.FLOOR)
    if sizes is not None:
        floors = tuple(  # type: ignore[assignment]
            max(typescale.FLOOR, sizes.min_px(role) / unit) for role in (Role.TEXT, Role.LABEL)
        )
    margin = spacing.CARD_MARGIN * unit
    card = QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin)
    pad = _PAD * unit if size.width() >= size.height() else spacing.CARD_PAD * unit
    inner = card.adjusted(pad, pad, -pad, -pad)
    blocks, centred = _main_blocks(slide, lang)
    panels = _panels(slide)
    scale = _GROW.get(slide.layout, 1.0)
    while True:
        layout = SlideLayout(size, card, spacing.CARD_RADIUS * unit, scale=scale, floors=floors)
        height = _place(layout, blocks, panels, slide, inner, unit, centred)
        at_floor = all(b.size * scale <= floors[_is_label(b)] for b in blocks)
        wide = any(doc.idealWidth() > doc.textWidth() + 0.5 for doc, _, _ in layout.texts)
        layout.fits = height <= inner.height() + 0.5 and not wide  # no word runs off it
        if layout.fits or at_floor:
            return layout
        scale *= _SHRINK


def paged_slide(
    slide: Slide, size: QSizeF, lang: str, sizes: TextSizes | None, page: int = 0
) -> tuple[SlideLayout, int]:
    """Page `page` of `slide` in a room (`core/programmes/slide_pages`), and how many pages it
    has: a slide too full for the room's sizes is paged, not shrunk; without a room, one."""
    if sizes is None:
        return layout_slide(slide, size, lang), 1
    pages = slide_pages(slide, lambda part: layout_slide(part, size, lang, sizes).fits)
    page = min(max(page, 0), len(pages) - 1)
    return layout_slide(pages[page], size, lang, sizes), len(pages)


def _panels(slide: Slide) -> list[list[Block]]:
    if slide.layout == "two-column":
        return [_panel(column, typescale.QUESTION_MIN) for column in slide.columns]
    if slide.layout == "matrix":
        return [_panel(cell) for cell in slide.cells]
    return []


def _place(
    layout: SlideLayout,
    blocks: list[Block],
    panels: list[list[Block]],
    slide: Slide,
    inner: QRectF,
    unit: float,
    centred: bool,
) -> float:
    """Place the text at `layout.scale`; the height it takes."""
    placed, height = _stack(layout, blocks, unit, inner.width())
    top = inner.top()
    if centred:
        top += max(0.0, (inner.height() - height) / 2)
    for doc, y, role in placed:
        layout.texts.append((doc, QPointF(inner.left(), top + y), role))
    if not panels:
        return height
    top += height + _GAP * unit * 1.4
    layout.rules.append(
        (
            QPointF(inner.left(), top - _GAP * unit * 0.7),
            QPointF(inner.left() + spacing.CARD_SHORT_RULE * unit, top - _GAP * unit * 0.7),
        )
    )
    area = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
    used = (_grid if slide.layout == "matrix" else _columns)(layout, panels, slide, area, unit)
    return height + _GAP * unit * 1.4 + used


def _columns(
    layout: SlideLayout, panels: list[list[Block]], slide: Slide, area: QRectF, unit: float
) -> float:
    gutter = spacing.CARD_GUTTER * unit
    side_by_side = area.width() > area.height() * 0.9 or layout.size.width() >= layout.size.height()
    count = len(panels)
    width = (area.width() - gutter * (count - 1)) / count if side_by_side else area.width()
    used, top = 0.0, area.top()
    for index, blocks in enumerate(panels):
        left = area.left() + (index * (width + gutter) if side_by_side else 0)
        placed, height = _stack(layout, blocks, unit, width)
        for doc, y, role in placed:
            layout.texts.append((doc, QPointF(left, top + y), role))
        if side_by_side:
            used = max(used, height)
        else:
            top += height + gutter
            used += height + (gutter if index < count - 1 else 0)
    return used


def _grid(
    layout: SlideLayout, panels: list[list[Block]], slide: Slide, area: QRectF, unit: float
) -> float:
    """Two by two: column labels over the columns; row labels left of the rows (landscape) or
    over them (portrait)."""
    gap, pad = spacing.CHOOSER_GAP * unit * 0.6, _CELL_PAD * unit
    landscape = layout.size.width() >= layout.size.height()
    label = Block("", typescale.HEADING, W.DemiBold, "muted", gap=0)
    left = area.left() + (area.width() * _LABEL if landscape and slide.row_labels else 0)
    width = (area.right() - left - gap) / 2
    top, used = area.top(), 0.0
    if slide.column_labels:
        heights = []
        for column, text in enumerate(slide.column_labels):
            blocks = [Block(_text(text), label.size, label.weight, label.role, gap=0)]
            placed, height = _stack(layout, blocks, unit, width - pad)
            x = left + column * (width + gap) + pad / 2
            layout.texts += [(doc, QPointF(x, top + y), role) for doc, y, role in placed]
            heights.append(height)
        top += max(heights) + gap
        used += max(heights) + gap
    for row in range(2):
        row_label = slide.row_labels[row] if slide.row_labels else None
        if row_label and not landscape:
            blocks = [Block(_text(row_label), label.size, label.weight, label.role, gap=0)]
            placed, height = _stack(layout, blocks, unit, area.width())
            layout.texts += [(doc, QPointF(area.left(), top + y), r) for doc, y, r in placed]
            top += height + gap / 2
            used += height + gap / 2
        stacks = [_stack(layout, panels[row * 2 + col], unit, width - 2 * pad) for col in (0, 1)]
        cell_height = max(height for _, height in stacks) + 2 * pad
        if row_label and landscape:
            blocks = [Block(_text(row_label), label.size, label.weight, label.role, gap=0)]
            placed, height = _stack(layout, blocks, unit, left - area.left() - gap)
            y0 = top + (cell_height - height) / 2
            layout.texts += [(doc, QPointF(area.left(), y0 + y), r) for doc, y, r in placed]
        for column, (placed, _) in enumerate(stacks):
            x = left + column * (width + gap)
            layout.cells.append(QRectF(x, top, width, cell_height))
            layout.texts += [
                (doc, QPointF(x + pad, top + pad + y), role) for doc, y, role in placed
            ]
        top += cell_height + gap
        used += cell_height + (gap if row == 0 else 0)
    return used


def paint_slide(painter: QPainter, layout: SlideLayout, colors: Theme) -> None:
    """The room, the paper's shadow, the paper, and the slide's panels and text."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), colors.surround)
    shadow.paint_soft(painter, layout.card_rect, layout.radius)
    path = QPainterPath()
    path.addRoundedRect(layout.card_rect, layout.radius, layout.radius)
    painter.fillPath(path, colors.paper)
    for cell in layout.cells:
        panel = QPainterPath()
        panel.addRoundedRect(cell, layout.radius * 0.6, layout.radius * 0.6)
        painter.fillPath(panel, colors.sheet)
    pen_width = max(1.0, layout.size.height() / 400)
    painter.setPen(QColor(colors.accent))
    for start, end in layout.rules:
        painter.fillRect(QRectF(start, QPointF(end.x(), end.y() + pen_width)), colors.accent)
    roles = {"ink": colors.ink, "accent": colors.accent, "muted": colors.muted}
    for doc, pos, role in layout.texts:
        painting.draw_document(painter, doc, pos, roles.get(role, colors.ink))
