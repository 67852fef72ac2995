"""'Del det halvfærdige': the current card's notes, large, for the whole room to read.

The notes sit on a sheet of paper like the card's, newest at the bottom, and the facilitator's
unsent text below them in italic with a caret, so the room sees the note being written. The text
is as large as fits, from 6 down to 3.5 units (1% of the short side; never under the floor).
When not everything fits at 3.5, the newest notes that fit are shown whole, and a line says
how many earlier ones there are, and which page this is: the clicker's 'back' turns to the
older notes (`turn_page`, see `shared_pages`). Nothing is ever cut through a line. A single note
taller than the sheet shows its first whole lines; the text being written shows its last.

When the notes panel covers part of the screen, ``set_covered`` keeps the sheet beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.notes.shared_pages import split_pages
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

MAX_SIZE, MIN_SIZE = 6.0, 3.5  # the notes' text, in units
LABEL = typescale.FLOOR * 1.1
HEADING = 3.6
EMPTY = 4.0  # "Ingen noter endnu"
MORE = LABEL  # "… og 3 mere", as large as the label


@dataclass
class Item:
    """One text on the sheet, placed: a note, the draft, or a label."""

    kind: str  # "note", "draft", "more", "label", "heading", "empty"
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


class SharedNotesView(QWidget):
    """A view of the room window; the window gives it the card, its notes and the draft."""

    def __init__(
        self, lang: str = "da", colors: Theme = DEFAULT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharedNotesView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._deck: Deck | None = None
        self._index = self._page = 0
        self._notes: list[str] = []
        self._draft = ""
        self._covered: QRect | None = None
        self._layout: ShareLayout | None = None
        self.setAccessibleName(share_label())

    def set_notes(
        self, deck: Deck | None, card_index: int, notes: Sequence[str], draft: str = ""
    ) -> None:
        """The card shown, its notes oldest first, and the text being written ('' for none);
        another card starts at its newest notes."""
        if (deck, card_index) != (self._deck, self._index):
            self._page = 0
        self._deck, self._index = deck, card_index
        self._notes, self._draft = [str(text) for text in notes], draft
        self._layout = None
        self.setAccessibleDescription("\n".join([*self._notes, draft]).strip())
        self.update()

    def turn_page(self, older: int) -> bool:
        """Turn `older` pages towards the oldest notes (negative: the newest); False: none."""
        page = self.share_layout().page + older
        if not 0 <= page < self.share_layout().pages:
            return False
        self._page, self._layout = page, None
        self.update()
        return True

    def set_covered(self, rect: QRect | None) -> None:
        """The part of this view hidden under another panel (None: nothing is)."""
        self._covered = QRect(rect) if rect is not None and not rect.isEmpty() else None
        self._layout = None
        self.update()

    def share_layout(self) -> ShareLayout:
        """The layout as painted (for the tests and the legibility check)."""
        if self._layout is None:
            self._layout = layout_shared(
                QSizeF(self.size()),
                QRectF(self._covered) if self._covered is not None else None,
                self._heading(),
                self._notes,
                self._draft,
                self._colors,
                self._page,
            )
        return self._layout

    def _heading(self) -> str:
        deck = self._deck
        if deck is None or not 0 <= self._index < len(deck.cards):
            return ""
        parts = (deck.card_heading(self._index).upper(), deck.cards[self._index].title)
        return " · ".join(part for part in parts if part)

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self._layout = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._colors.surround)
        paint_shared(painter, self.share_layout(), self._colors)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)


def share_label() -> str:
    """The view's name, over the notes and for screen readers."""
    return QCoreApplication.translate("SharedNotesView", "Del det halvfærdige")


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


def layout_shared(
    size: QSizeF,
    covered: QRectF | None,
    heading: str,
    notes: Sequence[str],
    draft: str,
    colors: Theme = DEFAULT,
    page: int = 0,
) -> ShareLayout:
    """Place the label, the card's heading, and as many of the newest notes as fit (on page
    `page`, from 0: the older notes that fit before those of the page before)."""
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

    texts = [("note", text) for text in notes if text.strip()]
    if draft.strip():
        texts.append(("draft", draft))
    if not texts:
        doc = painting.plain_document(_empty_text(), EMPTY * u, width)
        layout.items.append(Item("empty", doc, QPointF(x, top), colors.muted, EMPTY * u))
        return layout

    bar = spacing.NOTE_BAR_SPACE * u

    def docs_at(units: float) -> tuple[list[tuple[str, QTextDocument]], float]:
        docs = [(kind, _note_doc(kind, text, units * u, width - bar)) for kind, text in texts]
        gap = 0.55 * units * u
        return docs, sum(doc.size().height() for _, doc in docs) + gap * (len(docs) - 1)

    room = bottom - top
    best: tuple[float, list[tuple[str, QTextDocument]]] | None = None
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
        layout.shown = sum(1 for kind, _ in texts if kind == "note")
        _stack(layout, docs, x + bar, top, 0.55 * units * u, colors)
        return layout

    # At the smallest size not everything fits: the newest whole notes that do (`docs`, `total`
    # are at MIN_SIZE here).
    px, gap = MIN_SIZE * u, 0.55 * MIN_SIZE * u
    more_px = MORE * u
    more = painting.plain_document(_more_text(0, 0, 1), more_px, width)
    room -= more.size().height() + gap
    pages = split_pages([doc.size().height() for _, doc in docs], room, gap)
    layout.page, layout.pages = min(page, len(pages) - 1), len(pages)
    start, end = pages[layout.page]
    chosen = docs[start:end]  # a note taller than the sheet alone: whole lines of it
    layout.note_px, layout.shown = px, sum(1 for kind, _ in chosen if kind == "note")
    layout.hidden = sum(1 for kind, _ in docs[:start] if kind == "note")
    y = top
    if layout.hidden or layout.pages > 1:
        text = _more_text(layout.hidden, layout.page, layout.pages)
        more = painting.plain_document(text, more_px, width)
        layout.items.append(Item("more", more, QPointF(x, y), colors.muted, more_px))
        y += more.size().height() + gap
    _stack(layout, chosen, x + bar, y, gap, colors, bottom)
    return layout


def _note_doc(kind: str, text: str, px: float, width: float) -> QTextDocument:
    return painting.plain_text_document(text, typescale.font(px, italic=kind == "draft"), width)


def _stack(
    layout: ShareLayout,
    docs: list[tuple[str, QTextDocument]],
    x: float,
    y: float,
    gap: float,
    colors: Theme,
    bottom: float | None = None,
) -> None:
    for kind, doc in docs:
        color = colors.accent if kind == "draft" else colors.ink
        item = Item(kind, doc, QPointF(x, y), color, layout.note_px)
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


def paint_shared(painter: QPainter, layout: ShareLayout, colors: Theme = DEFAULT) -> None:
    u = layout.unit
    path = QPainterPath()
    radius = spacing.CARD_RADIUS * u
    path.addRoundedRect(layout.paper, radius, radius)
    for step, alpha in ((3, 26), (2, 34), (1, 44)):
        offset = radius * 0.25 * step
        painter.fillPath(path.translated(0, offset), QColor(0, 0, 0, alpha))
    painter.fillPath(path, colors.paper)
    notes_top = None
    for item in layout.items:
        if item.kind in ("note", "draft", "more", "empty") and notes_top is None:
            notes_top = item.pos.y()
        if item.kind in ("note", "draft"):
            _paint_bar(painter, item, u, colors)
        painter.save()
        painter.setClipRect(QRectF(item.pos.x(), item.pos.y(), layout.paper.width(), item.height))
        painting.draw_document(
            painter, item.doc, QPointF(item.pos.x(), item.pos.y() - item.clip_top), item.color
        )
        painter.restore()
        if item.kind == "draft":
            _paint_caret(painter, item, colors)
    if notes_top is not None:
        y = notes_top - spacing.NOTES_RULE_GAP / 2 * u
        left, right = (
            layout.paper.left() + spacing.NOTES_PAD * u,
            layout.paper.right() - spacing.NOTES_PAD * u,
        )
        painter.fillRect(
            QRectF(left, y, right - left, max(1.0, spacing.NOTES_RULE * u)), colors.rule
        )


def _paint_bar(painter: QPainter, item: Item, u: float, colors: Theme) -> None:
    inset = spacing.NOTE_BAR_INSET * u
    rect = QRectF(
        item.pos.x() - spacing.NOTE_BAR_SPACE * u,
        item.pos.y() + inset,
        spacing.NOTE_BAR_WIDTH * u,
        item.height - 2 * spacing.NOTE_BAR_INSET * u,
    )
    color = QColor(colors.accent)
    if item.kind == "draft":
        color.setAlpha(110)
    painter.fillRect(rect, color)


def _paint_caret(painter: QPainter, item: Item, colors: Theme) -> None:
    """A steady text cursor after the last character: the note is being written."""
    block = item.doc.lastBlock()
    text_layout = block.layout()
    if text_layout.lineCount() == 0:
        return
    line = text_layout.lineAt(text_layout.lineCount() - 1)
    origin = item.doc.documentLayout().blockBoundingRect(block).topLeft()
    # PySide6 returns (x, position) where its stub says object
    to_x = line.cursorToX(block.length() - 1)[0]  # type: ignore[index]
    x = item.pos.x() + origin.x() + to_x + 0.08 * item.pixel_size
    y = item.pos.y() - item.clip_top + origin.y() + line.y()
    width = max(2.0, 0.09 * item.pixel_size)
    painter.fillRect(QRectF(x, y + 0.1 * line.height(), width, 0.8 * line.height()), colors.accent)
