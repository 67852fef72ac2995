"""A session's handout as a PDF: the one format that needs Qt (``QPdfWriter``).

``render_pdf`` is what the notes panel and ``kompas-kiosk notes export --format pdf`` pass to
``core.handout.write`` as its ``render_pdf``. It sets the same ``build_handout`` data as the
Markdown, CSV and HTML exports as rich-text documents laid out for an A4 ``QPdfWriter`` and
painted onto it page by page (vector text, fonts embedded), with 2 cm margins and the page
number at the foot as ``QTextDocument.print_`` has them. A large session is cut into parts of a
few hundred notes, one document each: a single document of tens of thousands of notes runs out
of coordinate precision, printing rows over each other and dropping the last. Every note's row
is counted on its page after layout; if one is missing, ``IncompleteHandoutError`` is raised rather
than a PDF returned. Notes are escaped, so ``<script>`` is printed as written. It needs a
QGuiApplication (fonts).
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING

from kompas_kiosk.core.handout.export import Handout, IncompleteHandoutError
from kompas_kiosk.core.handout.model import HandoutGroup, HandoutNote, labels

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QPainter, QTextDocument

PDF_FONT_POINTS = 10.5
PART_NOTES = 400  # notes laid out in one document at most (see _parts)
PART_CHARS = 100_000  # letters of note text in one document at most
_MARGIN_PX = 75  # 2 cm at 96 px to the inch, as QTextDocument.print_ has it

# QTextDocument takes margins in px only (96 to the inch); font sizes in pt.
_PDF_CSS = """
h1 { font-size: 20pt; font-weight: 700; margin-top: 0; margin-bottom: 8px; }
.meta { color: #333333; margin-top: 0; margin-bottom: 13px; }
.label { font-weight: 600; }
p.heading { font-size: 8.5pt; font-weight: 600; color: #4a4a4a; margin-top: 21px;
  margin-bottom: 0; }
h2 { font-size: 14pt; font-weight: 700; margin-top: 3px; margin-bottom: 3px; }
h2.first { margin-top: 21px; }
.question { font-style: italic; margin-top: 0; margin-bottom: 8px; }
td.time { font-weight: 700; }
.phase { font-size: 8.5pt; color: #4a4a4a; }
.text { white-space: pre-wrap; }
.none { color: #4a4a4a; }
"""


def handout_pdf_html(handout: Handout, *, header: bool = True) -> str:
    """The handout as the rich text QTextDocument prints (every text escaped); `header` False
    leaves out the title and the facts (for the parts after the first)."""
    words = labels(handout.lang)
    out = [f"<html><head><style>{_PDF_CSS}</style></head><body>"]
    if header:
        out += _header(handout)
    if not handout.groups and header:
        out.append(f'<p class="none">{_esc(words["none"])}</p>')
    for group in handout.groups:
        out += _group(group)
    out.append("</body></html>")
    return "".join(out)


def _header(handout: Handout) -> list[str]:
    words = labels(handout.lang)
    out = [f"<h1>{_esc(_one_line(handout.name))}</h1>"]
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts.append((words["deck"], handout.deck))
    lines = [
        f'<span class="label">{_esc(label)}:</span> {_esc(_one_line(value))}'
        for label, value in facts
        if value.strip()
    ]
    out.append(f'<p class="meta">{"<br>".join(lines)}</p>')
    return out


def _group(group: HandoutGroup) -> list[str]:
    out = []
    if group.heading:
        out.append(f'<p class="heading">{_esc(group.heading.upper())}</p><h2>')
    else:
        out.append('<h2 class="first">')
    out.append(f"{_esc(_one_line(group.title))}</h2>")
    if group.question.strip():
        out.append(f'<p class="question">{_esc(_one_line(group.question))}</p>')
    out.append('<table width="100%" cellspacing="0" cellpadding="4">')
    for note in group.notes:
        phase = f'<br><span class="phase">{_esc(note.phase)}</span>' if note.phase else ""
        out.append(
            f'<tr><td class="time" width="17%">{_esc(note.time)}{phase}</td>'
            f'<td class="text">{_esc(note.text)}</td></tr>'
        )
    out.append("</table>")
    return out


def render_pdf(handout: Handout) -> bytes:
    """The handout as PDF bytes: A4 pages of vector text (needs a QGuiApplication). Raises
    ``IncompleteHandoutError`` when not every note could be laid out on a page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_one_line(handout.name))
    writer.setCreator("Kompas Kiosk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(2, 2, 2, 2), QPageLayout.Unit.Millimeter)
    painter = QPainter(writer)
    page = 0
    laid_out = 0
    try:
        for part in _parts(handout):
            doc = _document(part, writer, first=page == 0)
            laid_out += _count_laid_out(doc)
            for index in range(doc.pageCount()):
                if page:
                    writer.newPage()
                page += 1
                _paint_page(painter, doc, index, page)
    finally:
        painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    given = sum(len(group.notes) for group in handout.groups)
    if laid_out != given:
        raise IncompleteHandoutError(laid_out, given)
    return bytes(data.data())


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
        if not isinstance(frame, QTextTable):
            continue
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


def _esc(text: str) -> str:
    """Escaped for rich text; newlines are kept (the note cell is ``white-space: pre-wrap``)."""
    return escape(text, quote=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
