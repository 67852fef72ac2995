"""A session's handout as a PDF: the one format that needs Qt (``QPdfWriter``).

``render_pdf`` is what the notes panel and ``kompas-kiosk notes export --format pdf`` pass to
``core.handout.write`` as its ``render_pdf``. It sets the same ``build_handout`` data as the
Markdown, CSV and HTML exports as a small rich-text document, printed by ``QTextDocument.print_``
onto an A4 ``QPdfWriter``: print_() paginates and numbers the pages itself (the document's page
size is left unset on purpose: set to the writer's size, the text comes out a third as big).
Notes are escaped, so ``<script>`` is printed as written. It needs a QGuiApplication (fonts).
"""

from __future__ import annotations

from html import escape

from kompas_kiosk.core.handout.export import Handout
from kompas_kiosk.core.handout.model import labels

PDF_FONT_POINTS = 10.5

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


def handout_pdf_html(handout: Handout) -> str:
    """The handout as the rich text QTextDocument prints (every text escaped)."""
    words = labels(handout.lang)
    out = [f"<html><head><style>{_PDF_CSS}</style></head><body>"]
    out.append(f"<h1>{_esc(_one_line(handout.name))}</h1>")
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts.append((words["deck"], handout.deck))
    lines = [
        f'<span class="label">{_esc(label)}:</span> {_esc(_one_line(value))}'
        for label, value in facts
        if value.strip()
    ]
    out.append(f'<p class="meta">{"<br>".join(lines)}</p>')
    if not handout.groups:
        out.append(f'<p class="none">{_esc(words["none"])}</p>')
    for group in handout.groups:
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
    out.append("</body></html>")
    return "".join(out)


def render_pdf(handout: Handout) -> bytes:
    """The handout as PDF bytes: A4, printed by QTextDocument (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from kompas_kiosk.ui.theme import typescale

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_one_line(handout.name))
    writer.setCreator("Kompas Kiosk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # print_() keeps 2 cm of margin inside the writer's page rect, and puts the page numbers there.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    font = QFont(typescale.FAMILY)
    font.setPointSizeF(PDF_FONT_POINTS)
    # Inter's contextual alternates (a raised colon in "10:15", case-sensitive brackets in
    # "(A1:A3)") are glyphs without a Unicode mapping in the PDF: copied or searched, the text
    # would lose them. The plain glyphs keep every character extractable.
    font.setFeature(QFont.Tag("calt"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(handout_pdf_html(handout))
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def _esc(text: str) -> str:
    """Escaped for rich text; newlines are kept (the note cell is ``white-space: pre-wrap``)."""
    return escape(text, quote=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
