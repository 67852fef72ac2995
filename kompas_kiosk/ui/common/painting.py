"""Small painting helpers shared by the views that draw on the room's background."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from kompas_kiosk.ui.theme import typescale


def text_document(
    html: str,
    font: QFont,
    width: float,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    line_height: int = 125,
    paragraph_gap: float = 0.0,
) -> QTextDocument:
    """A rich-text document of the given width, with our line height and paragraph spacing."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setTopMargin(0)
    fmt.setBottomMargin(paragraph_gap)
    fmt.setAlignment(align)
    cursor.mergeBlockFormat(fmt)
    last = doc.lastBlock()
    if last.isValid():
        cursor = QTextCursor(last)
        tail = QTextBlockFormat()
        tail.setBottomMargin(0)
        cursor.mergeBlockFormat(tail)
    doc.setTextWidth(width)
    return doc


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


def draw_document(painter: QPainter, doc: QTextDocument, pos: QPointF, color: QColor) -> None:
    painter.save()
    painter.translate(pos)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, color)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def plain_document(
    text: str,
    pixel_size: float,
    width: float,
    weight: QFont.Weight = QFont.Weight.Normal,
    *,
    italic: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    line_height: int = 125,
) -> QTextDocument:
    """A document of escaped plain text (newlines kept) in the kiosk's font."""
    return text_document(
        escape(text),
        typescale.font(pixel_size, weight, italic),
        width,
        align=align,
        line_height=line_height,
    )


def unit(rect: QRectF) -> float:
    """1% of the short side: the unit of the type scale."""
    return min(rect.width(), rect.height()) / 100.0


def plain_text_document(
    text: str, font: QFont, width: float, line_height: int = 122
) -> QTextDocument:
    """Text exactly as typed (no markup, spaces and newlines kept), wrapped at words, and
    anywhere in a word too long for a line (a pasted link must not run off the paper)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextBlockFormat()
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(fmt)
    doc.setTextWidth(width)
    return doc
