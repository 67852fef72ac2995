"""Where everything goes on the sheet of 'Del det halvfærdige' (painted by `shared_view`).

The text is as large as fits, from 6 down to 3.5 units (1% of the short side; never under the
floor). When not everything fits at 3.5, the newest notes that fit are shown whole under a line
saying how many earlier ones there are and which page this is (`shared_pages`). Nothing is ever
cut through a line: a single note taller than the sheet shows its first whole lines; the text
being written shows its last.

Notes marked by group (the tables reporting back) stand under their group's heading, the groups
in the order they first spoke; a page that starts inside a group repeats its heading, and a
heading is never left at the foot of a page without its first note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QTextDocument

from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.notes.shared_pages import split_pages
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

MAX_SIZE, MIN_SIZE = 6.0, 3.5  # the notes' text, in units
LABEL = typescale.FLOOR * 1.1
HEADING = 3.6
EMPTY = 4.0  # "Ingen noter endnu"
MORE = typescale.HINT  # "+ 9 tidligere · side 1 af 3": read from the back of the room too
GROUP = 1.0  # a group's heading (bold), of the notes' size
GAP = 0.55  # between the texts, of the notes' size


@dataclass
class Item:
    """One text on the sheet, placed: a note, the draft, a group's heading, or a label."""

    kind: str  # "note", "draft", "group", "more", "label", "heading", "empty"
    doc: QTextDocument
    pos: QPointF
    color: QColor
    pixel_size: float
    clip_top: float = 0.0  # document y where the shown part starts (whole lines)
    clip_height: float | None = None  # None: the whole document

    @property
    def height(self) -> float:
        return self.doc.size().height() if self.clip_height is None else self.clip_height


@dataclass
class ShareLayout:
    unit: float
    paper: QRectF
    note_px: float  # the size of the notes' text
    shown: int  # notes shown
    hidden: int  # earlier notes not shown
    page: int = 0  # from 0, the newest notes
    pages: int = 1
    items: list[Item] = field(default_factory=list)

    @property
    def smallest_text_px(self) -> float:
        return min((item.pixel_size for item in self.items), default=0.0)

    def item(self, kind: str) -> Item | None:
        return next((item for item in self.items if item.kind == kind), None)

    def texts(self, kind: str) -> list[str]:
        return [item.doc.toPlainText() for item in self.items if item.kind == kind]


Text = tuple[str, str]  # (kind, text): a note, the draft or a group's heading


def share_label() -> str:
    """The view's name, over the notes and for screen readers."""
    return QCoreApplication.translate("SharedNotesView", "Del det halvfærdige")


def group_title(label: str) -> str:
    """A group's heading: »Gruppe 3« for a number, else the label as typed (»Bord 2«)."""
    if label.isdigit():
        return QCoreApplication.translate("SharedNotesView", "Gruppe %1").replace("%1", label)
    return label or QCoreApplication.translate("SharedNotesView", "Uden gruppe")


def grouped(
    notes: Sequence[str], groups: Sequence[str], draft: str, draft_group: str
) -> list[list[Text]]:
    """The texts in blocks that stay together on a page. Without groups: each note, then the
    draft. With them: the groups in the order they first spoke, each a heading with its first
    text, then its other texts one by one (the draft last in its own group)."""
    texts = [(g, ("note", t)) for t, g in zip(notes, groups, strict=True) if t.strip()]
    if draft.strip():
        texts.append((draft_group, ("draft", draft)))
    if not any(group for group, _ in texts):
        return [[text] for _, text in texts]
    order = list(dict.fromkeys(group for group, _ in texts))
    blocks: list[list[Text]] = []
    for group in order:
        members = [text for g, text in texts if g == group]
        blocks.append([("group", group_title(group)), members[0]])
        blocks.extend([text] for text in members[1:])
    return blocks


def _more_text(hidden: int, page: int, pages: int) -> str:
    """'+ 9 tidligere · side 1 af 3' (the count only when there are earlier notes)."""
    more = QCoreApplication.translate("SharedNotesView", "+ %s tidligere") % hidden
    where = QCoreApplication.translate("SharedNotesView", "side %1 af %2")
    where = where.replace("%1", str(page + 1)).replace("%2", str(pages))
    return " · ".join([more, where] if hidden else [where]) if pages > 1 else more


def _empty_text() -> str:
    return QCoreApplication.translate("SharedNotesView", "Ingen noter på dette kort endnu.")


def free_area(size: QSizeF, covered: QRectF | None) -> QRectF:
    """The largest strip of the screen beside, above or below the covered rectangle."""
    whole = QRectF(QPointF(0, 0), size)
    if covered is None:
        return whole
    strips = [
        QRectF(0, 0, covered.left(), size.height()),
        QRectF(covered.right(), 0, size.width() - covered.right(), size.height()),
        QRectF(0, 0, size.width(), covered.top()),
        QRectF(0, covered.bottom(), size.width(), size.height() - covered.bottom()),
    ]
    best = max(strips, key=lambda r: max(0.0, r.width()) * max(0.0, r.height()))
    return best if best.width() > 0 and best.height() > 0 else whole


Doc = tuple[str, QTextDocument]


def layout_shared(
    size: QSizeF,
    covered: QRectF | None,
    heading: str,
    notes: Sequence[str],
    draft: str,
    colors: Theme = DEFAULT,
    page: int = 0,
    groups: Sequence[str] | None = None,
    draft_group: str = "",
) -> ShareLayout:
    """Place the label, the card's heading, and as many of the newest notes as fit (on page
    `page`, from 0: the older notes that fit before those of the page before). `groups`: each
    note's group ('' none; None: no note has one); `draft_group`: the draft's."""
    u = min(size.width(), size.height()) / 100.0
    area = free_area(size, covered)
    margin = spacing.CARD_MARGIN * u
    paper = area.adjusted(margin, margin, -margin, -margin)
    pad = spacing.NOTES_PAD * u
    x, width = paper.left() + pad, paper.width() - 2 * pad
    y, bottom = paper.top() + pad * 0.8, paper.bottom() - pad * 0.8
    layout = ShareLayout(u, paper, MIN_SIZE * u, 0, 0)

    label_font = typescale.font(LABEL * u, QFont.Weight.DemiBold)
    label_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    label = painting.text_document(painting.escape(share_label().upper()), label_font, width)
    layout.items.append(Item("label", label, QPointF(x, y), colors.muted, LABEL * u))
    y += label.size().height() + spacing.NOTES_LABEL_GAP * u
    if heading:
        doc = painting.plain_document(heading, HEADING * u, width, QFont.Weight.Bold)
        layout.items.append(Item("heading", doc, QPointF(x, y), colors.accent, HEADING * u))
        y += doc.size().height()
    y += spacing.NOTES_RULE_GAP * u
    top = y

    blocks = grouped(notes, groups or [""] * len(notes), draft, draft_group)
    if not blocks:
        doc = painting.plain_document(_empty_text(), EMPTY * u, width)
        layout.items.append(Item("empty", doc, QPointF(x, top), colors.muted, EMPTY * u))
        return layout

    bar = spacing.NOTE_BAR_SPACE * u

    def docs_at(units: float) -> tuple[list[list[Doc]], float]:
        made = [
            [(kind, _doc(kind, text, units * u, width, bar)) for kind, text in b] for b in blocks
        ]
        count = sum(len(block) for block in made)
        heights = sum(doc.size().height() for block in made for _, doc in block)
        return made, heights + GAP * units * u * (count - 1)

    room = bottom - top
    best: tuple[float, list[list[Doc]]] | None = None
    docs, total = docs_at(MAX_SIZE)
    if total <= room:
        best = (MAX_SIZE, docs)
    else:
        docs, total = docs_at(MIN_SIZE)
        if total <= room:
            best, low, high = (MIN_SIZE, docs), MIN_SIZE, MAX_SIZE
            for _ in range(6):
                mid = (low + high) / 2
                docs, total = docs_at(mid)
                if total <= room:
                    best, low = (mid, docs), mid
                else:
                    high = mid
    if best is not None:
        units, docs = best
        layout.note_px = units * u
        flat = [doc for block in docs for doc in block]
        layout.shown = sum(1 for kind, _ in flat if kind == "note")
        _stack(layout, flat, x + bar, top, GAP * units * u, colors)
        return layout

    # At the smallest size not everything fits: the newest whole notes that do (`docs` are at
    # MIN_SIZE here), a page's first block under its group's heading.
    px, gap = MIN_SIZE * u, GAP * MIN_SIZE * u
    more_px = MORE * u
    more = painting.plain_document(_more_text(0, 0, 1), more_px, width, QFont.Weight.DemiBold)
    room -= more.size().height() + gap
    titles = _titles(blocks)
    if any(titles):  # room for a heading repeated over a page that starts inside a group
        room -= _doc("group", "Åg", px, width, bar).size().height() + gap
    heights = [sum(d.size().height() for _, d in b) + gap * (len(b) - 1) for b in docs]
    pages = split_pages(heights, room, gap)
    layout.page, layout.pages = min(page, len(pages) - 1), len(pages)
    start, end = pages[layout.page]
    chosen = [doc for block in docs[start:end] for doc in block]
    if titles[start] and chosen[0][0] != "group":
        chosen.insert(0, ("group", _doc("group", titles[start], px, width, bar)))
    layout.note_px, layout.shown = px, sum(1 for kind, _ in chosen if kind == "note")
    layout.hidden = sum(1 for block in docs[:start] for kind, _ in block if kind == "note")
    y = top
    if layout.hidden or layout.pages > 1:
        text = _more_text(layout.hidden, layout.page, layout.pages)
        more = painting.plain_document(text, more_px, width, QFont.Weight.DemiBold)
        layout.items.append(Item("more", more, QPointF(x, y), colors.muted, more_px))
        y += more.size().height() + gap
    _stack(layout, chosen, x + bar, y, gap, colors, bottom)
    return layout


def _titles(blocks: list[list[Text]]) -> list[str]:
    """Each block's group heading ('' without groups)."""
    titles, title = [], ""
    for block in blocks:
        if block[0][0] == "group":
            title = block[0][1]
        titles.append(title)
    return titles


def _doc(kind: str, text: str, px: float, width: float, bar: float) -> QTextDocument:
    """A text at `px` in the sheet's `width`: a group's heading over the notes' bars, a note
    or the draft beside its bar."""
    if kind == "group":
        font = typescale.font(GROUP * px, QFont.Weight.Bold)
        return painting.plain_text_document(text, font, width)
    font = typescale.font(px, italic=kind == "draft")
    return painting.plain_text_document(text, font, width - bar)


def _stack(
    layout: ShareLayout,
    docs: list[Doc],
    x: float,
    y: float,
    gap: float,
    colors: Theme,
    bottom: float | None = None,
) -> None:
    for kind, doc in docs:
        color = colors.accent if kind in ("draft", "group") else colors.ink
        size = GROUP * layout.note_px if kind == "group" else layout.note_px
        left = x - spacing.NOTE_BAR_SPACE * layout.unit if kind == "group" else x
        item = Item(kind, doc, QPointF(left, y), color, size)
        if bottom is not None and y + doc.size().height() > bottom:
            _clip_to_lines(item, bottom - y, keep_end=kind == "draft")
        layout.items.append(item)
        y += item.height + gap


def _line_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """(top, bottom) of every laid-out line of the document, top to bottom."""
    spans = []
    block = doc.begin()
    doc_layout = doc.documentLayout()
    while block.isValid():
        origin = doc_layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            spans.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    return spans


def _clip_to_lines(item: Item, room: float, keep_end: bool) -> None:
    """Show only whole lines of `item` within `room`: its first lines, or its last."""
    spans = _line_spans(item.doc)
    if keep_end:
        end = spans[-1][1]
        start = next((top for top, _ in spans if end - top <= room), spans[-1][0])
        item.clip_top, item.clip_height = start, end - start
    else:
        fitting = [bottom for _, bottom in spans if bottom <= room]
        item.clip_top, item.clip_height = 0.0, fitting[-1] if fitting else spans[0][1]
