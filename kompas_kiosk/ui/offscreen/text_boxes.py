"""Where each text of a laid-out view lands, line by line, and what is wrong with it.

A `Box` is one text (a block of a card, a slide's paragraph, a tile's title) as the lines it
paints, in the screen's pixels, and the area it must stay in. `problems` names what is wrong with
a view's boxes at one size: a line outside its area, two texts on top of each other, a text
across a rule (the exercise's column divider), a word wider than its column, and a column so
narrow it wraps a word or two a line. The room's views are laid out from their layouts
(`face_boxes`, `slide_boxes`, `shared_boxes`) or, for the views that lay out as they paint, from
what they paint (`painted_boxes`).

Used by the test that lays out every view at every screen size the kiosk supports.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kompas_kiosk.ui.card.card_layout import FaceLayout
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.exercise.face import ExerciseLayout, digits_font
from kompas_kiosk.ui.notes.shared_layout import ShareLayout
from kompas_kiosk.ui.room.slide_layout import SlideLayout

SLACK = 1.0  # pixels of rounding allowed at an edge or between two texts
NARROW_EMS = 8.0  # running text needs a column this many of its ems wide (2-3 words a line)
RUNNING_WORDS = 8  # a text of this many words is running text (shorter: a title, a label)


@dataclass(frozen=True)
class Box:
    name: str  # the text's start, for the message
    lines: tuple[QRectF, ...]  # what each line paints, in the screen's pixels
    area: QRectF  # where it must stay
    wide: bool = False  # a word is wider than the column
    narrow: bool = False  # running text in a column under NARROW_EMS of its size


def document_box(doc: QTextDocument, pos: QPointF, area: QRectF, pixel_size: float = 0) -> Box:
    """The box of `doc` painted at `pos`: each line's natural extent (alignment included)."""
    lines: list[QRectF] = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        at = text_layout.position() + pos
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            if line.naturalTextWidth() > 0:
                lines.append(line.naturalTextRect().translated(at))
        block = block.next()
    px = pixel_size or doc.defaultFont().pixelSize()
    width = doc.textWidth()
    return Box(
        name=doc.toPlainText()[:40].replace("\n", " "),
        lines=tuple(lines),
        area=area,
        wide=doc.idealWidth() > width + SLACK,
        narrow=len(lines) > 1
        and len(doc.toPlainText().split()) >= RUNNING_WORDS
        and width < NARROW_EMS * px,
    )


def face_boxes(layout: FaceLayout) -> tuple[list[Box], list[QRectF]]:
    """A card face's (or the exercise's) texts, and its rules as thin rectangles; an exercise's
    disc and digits are boxes too (the text must not run into them)."""
    boxes = [
        document_box(block.doc, block.pos, layout.card_rect, block.pixel_size)
        for block in layout.blocks
    ]
    if isinstance(layout, ExerciseLayout):
        boxes.append(Box("the countdown's disc", (layout.disc,), layout.card_rect))
        boxes.append(Box("the countdown's digits", (_digits_ink(layout),), layout.card_rect))
    return boxes, [_rule_rect(a, b) for a, b in layout.rules]


def _digits_ink(layout: ExerciseLayout) -> QRectF:
    """Where the exercise's widest time ('00:00') paints in its digits' rectangle."""
    rect = layout.digits_rect
    width = QFontMetricsF(digits_font(layout.digits_px)).horizontalAdvance("00:00")
    left = rect.left()
    if layout.align & Qt.AlignmentFlag.AlignHCenter:
        left = rect.center().x() - width / 2
    return QRectF(left, rect.top(), width, rect.height())


def _rule_rect(a: QPointF, b: QPointF) -> QRectF:
    return QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5)


def slide_boxes(layout: SlideLayout) -> tuple[list[Box], list[QRectF]]:
    boxes = [document_box(doc, pos, layout.card_rect) for doc, pos, _ in layout.texts]
    return boxes, [_rule_rect(a, b) for a, b in layout.rules]


def shared_boxes(layout: ShareLayout) -> list[Box]:
    """The shared notes' texts (a note cut to the lines that fit counts only those lines)."""
    boxes = []
    for item in layout.items:
        box = document_box(item.doc, item.pos, layout.paper, item.pixel_size)
        top = item.pos.y() + item.clip_top
        bottom = top + item.height
        shown = tuple(r.translated(0, -item.clip_top) for r in box.lines)
        shown = tuple(r for r in shown if r.top() >= top - SLACK and r.bottom() <= bottom + SLACK)
        boxes.append(Box(box.name, shown, box.area, box.wide, box.narrow))
    return boxes


@contextmanager
def _recording(area: QRectF, devices: tuple[object, ...]) -> Iterator[list[Box]]:
    """Every document painted on one of `devices` through `painting.draw_document` while inside, as
    boxes (what is painted into a picture first, a miniature of a card, is that picture's)."""
    boxes: list[Box] = []
    draw = painting.draw_document

    def record(painter: QPainter, doc: QTextDocument, pos: QPointF, color: QColor) -> None:
        if any(painter.device() is device for device in devices):
            boxes.append(document_box(doc, painter.transform().map(pos), area))
        draw(painter, doc, pos, color)

    painting.draw_document = record
    try:
        yield boxes
    finally:
        painting.draw_document = draw


def painted_boxes(widget: QWidget) -> list[Box]:
    """The texts `widget` paints (through `painting.draw_document`), in its own rectangle."""
    area = QRectF(widget.rect())
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    with _recording(area, (widget, image)) as boxes:
        widget.render(image)
    return boxes


def widget_boxes(window: QWidget) -> list[Box]:
    """The shown labels and buttons of `window` (the console, the notes sheet), each where it is
    on the window, which they must stay in."""
    area = QRectF(window.rect())
    boxes = []
    for child in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not child.isVisibleTo(window) or not child.text().strip():
            continue
        rect = QRectF(child.rect().translated(child.mapTo(window, QPoint(0, 0))))
        boxes.append(Box(child.text()[:40], (rect,), area))
    return boxes


def problems(boxes: list[Box], rules: list[QRectF] | None = None) -> list[str]:
    """What is wrong with a view's texts, one line each; empty when it lays out cleanly."""
    found: list[str] = []
    for box in boxes:
        area = box.area.adjusted(-SLACK, -SLACK, SLACK, SLACK)
        if any(not area.contains(line) for line in box.lines):
            found.append(f"{box.name!r} leaves its area")
        if box.wide:
            found.append(f"{box.name!r} has a word wider than its column")
        if box.narrow:
            found.append(f"{box.name!r} wraps a word or two a line")
        for rule in rules or []:
            if any(line.intersects(rule) for line in box.lines):
                found.append(f"{box.name!r} crosses a rule")
                break
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            if any(_overlap(a, b) for a in box.lines for b in other.lines):
                found.append(f"{box.name!r} overlaps {other.name!r}")
    return found


def _overlap(a: QRectF, b: QRectF) -> bool:
    shared = a.intersected(b)
    return shared.width() > SLACK and shared.height() > SLACK
