"""A workshop's handout as a PDF: the one format that needs Qt (``QPdfWriter``).

``render_pdf`` is what the notes panel and ``kompas-kiosk notes export --format pdf`` pass to
``core.handout.write`` as its ``render_pdf``; ``PdfJob`` does the same a part at a time, for a
progress bar. It sets the same ``build_handout`` data as the Markdown, CSV and HTML exports
(as the rich text of ``pdf_markup``) in documents laid out for an A4 ``QPdfWriter`` and painted
onto it page by page (vector text, fonts embedded), with 2 cm margins and the page number at the
foot as ``QTextDocument.print_`` has them. ``print_`` itself is not used: it opens its own
painter on the writer, so only one document could go into a PDF, and a large workshop is cut
into parts of a few hundred notes, one document each: a single document of tens of thousands
of notes runs out of coordinate precision, printing rows over each other and dropping the last.
Every note's row is counted on its page after layout; if one is missing,
``IncompleteHandoutError`` is raised rather than a PDF returned. It needs a QGuiApplication
(fonts).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kompas_kiosk.core.handout.export import IncompleteHandoutError
from kompas_kiosk.core.handout.model import Handout, HandoutGroup, HandoutNote
from kompas_kiosk.ui.notes.pdf_markup import handout_pdf_html

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

PDF_FONT_POINTS = 10.5
PART_NOTES = 400  # notes laid out in one document at most (see _parts)
PART_CHARS = 100_000  # letters of note text in one document at most
_MARGIN_PX = 75  # 2 cm at 96 px to the inch, as QTextDocument.print_ has it


class PdfJob:
    """The PDF written a part at a time (``step``), so a caller on the event loop can show
    progress and stay responsive between parts; ``render_pdf`` runs one to the end."""

    def __init__(self, handout: Handout) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        self._parts = _parts(handout)
        self._given = sum(len(group.notes) for group in handout.groups)
        self.total = len(self._parts)
        self.done = 0
        self._page = self._laid_out = 0
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer: QPdfWriter | None = QPdfWriter(self._buffer)
        self._writer.setTitle(_one_line(handout.name))
        self._writer.setCreator("Kompas Kiosk")
        self._writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self._writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)
        self._painter: QPainter | None = QPainter(self._writer)

    @property
    def finished(self) -> bool:
        return self.done >= self.total

    def step(self) -> bool:
        """Lay out and paint the next part; True when every part is painted."""
        if self.finished or self._painter is None or self._writer is None:
            return True
        doc = _document(self._parts[self.done], self._writer, first=self.done == 0)
        self._laid_out += _count_laid_out(doc)
        for index in range(doc.pageCount()):
            if self._page:
                self._writer.newPage()
            self._page += 1
            _paint_page(self._painter, doc, index, self._page)
        self.done += 1
        return self.finished

    def cancel(self) -> None:
        """Stop: nothing more is painted and no PDF is returned."""
        self._close()
        self.done = self.total = 0

    def result(self) -> bytes:
        """The PDF; raises ``IncompleteHandoutError`` when not every note was laid out."""
        while not self.step():
            pass
        self._close()
        if self._laid_out != self._given:
            raise IncompleteHandoutError(self._laid_out, self._given)
        return bytes(self._data.data())

    def _close(self) -> None:
        if self._painter is not None:
            self._painter.end()
        self._painter = None
        self._writer = None  # finishes the PDF into the buffer
        self._buffer.close()


def render_pdf(handout: Handout) -> bytes:
    """The handout as PDF bytes: A4 pages of vector text (needs a QGuiApplication). Raises
    ``IncompleteHandoutError`` when not every note could be laid out on a page."""
    return PdfJob(handout).result()


def _parts(handout: Handout) -> list[Handout]:
    """The handout cut into parts of at most ``PART_NOTES`` notes (or ``PART_CHARS`` letters),
    each laid out on its own pages: one very long document loses precision (rows printed over
    each other, the last ones dropped). A card's notes cut in two repeat its heading."""
    parts: list[Handout] = []
    groups: list[HandoutGroup] = []
    notes = letters = 0
    for group in handout.groups:
        rest = group.notes
        while True:
            room = PART_NOTES - notes
            taken: list[HandoutNote] = []
            for note in rest[:room]:
                if taken and letters + len(note.text) > PART_CHARS:
                    break
                taken.append(note)
                letters += len(note.text)
            if taken or not rest:
                groups.append(replace(group, notes=tuple(taken)))
                group = replace(group, card=None, exercise=None, continued=True)
            rest = rest[len(taken) :]
            notes += len(taken)
            if not rest:
                break
            parts.append(replace(handout, groups=tuple(groups)))
            groups, notes, letters = [], 0, 0
    if groups or not parts:
        parts.append(replace(handout, groups=tuple(groups)))
    return parts


def _document(part: Handout, writer: QPagedPaintDevice, *, first: bool) -> QTextDocument:
    """`part` laid out in pages of the writer's size, with 2 cm margins as ``print_`` has."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QTextDocument

    from kompas_kiosk.ui.theme import typescale

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(typescale.FAMILY)
    font.setPointSizeF(PDF_FONT_POINTS)
    # Inter's contextual alternates (a raised colon in "10:15", case-sensitive brackets in
    # "(A1:A3)") are glyphs without a Unicode mapping in the PDF: copied or searched, the text
    # would lose them. The plain glyphs keep every character extractable.
    font.setFeature(QFont.Tag("calt"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(handout_pdf_html(part, header=first))
    frame = doc.rootFrame().frameFormat()
    for set_margin in (frame.setLeftMargin, frame.setRightMargin):
        set_margin(_MARGIN_PX)
    for set_margin in (frame.setTopMargin, frame.setBottomMargin):
        set_margin(_MARGIN_PX)
    doc.rootFrame().setFrameFormat(frame)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    return doc


def _count_laid_out(doc: QTextDocument) -> int:
    """The notes in `doc` that have a place of their own on its pages: each below the one
    before it, and all within the pages painted."""
    from PySide6.QtGui import QTextTable

    layout = doc.documentLayout()
    bottom = doc.pageCount() * doc.pageSize().height()
    count = 0
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.columns() != 2:
            continue  # the card's box: one column
        previous = -1.0  # the bottom of the note above
        for row in range(frame.rows()):
            rect = layout.blockBoundingRect(frame.cellAt(row, 1).firstCursorPosition().block())
            if rect.top() < previous - 1 or rect.bottom() > bottom or not rect.height() > 0:
                continue
            previous = rect.bottom()
            count += 1
    return count


def _paint_page(painter: QPainter, doc: QTextDocument, index: int, number: int) -> None:
    """Page `index` of `doc` as the writer's current page, numbered `number` at the foot."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPalette

    size = doc.pageSize()
    view = QRectF(0, index * size.height(), size.width(), size.height())
    painter.save()
    painter.translate(0, -view.top())
    painter.setClipRect(view)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = view
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    context.palette = palette
    doc.documentLayout().draw(painter, context)
    painter.setClipping(False)
    font = QFont(doc.defaultFont())
    painter.setFont(font)
    device = painter.device()
    scale_x = device.logicalDpiX() / 96
    scale_y = device.logicalDpiY() / 96
    ascent = QFontMetrics(font, device).ascent()
    text = str(number)
    x = size.width() - _MARGIN_PX * scale_x - painter.fontMetrics().horizontalAdvance(text)
    y = size.height() - _MARGIN_PX * scale_y + ascent + 5 * device.logicalDpiY() / 72
    painter.drawText(QPointF(round(x), round(y + view.top())), text)
    painter.restore()


def _one_line(text: str) -> str:
    return " ".join(text.split())
