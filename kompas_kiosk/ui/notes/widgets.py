"""The notes panel's parts: the note field, the list of notes and how a note is painted.

Both the field and the list claim the keys they use (``ShortcutOverride``), so the room window's
single-key bindings (Enter, arrows, F, digits, Esc) do not fire while the facilitator types.
Notes are always plain text: painted from a plain-text document, never parsed as markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kompas_kiosk.core.notes.keeper import WINDOW
from kompas_kiosk.core.notes.pending import Key
from kompas_kiosk.ui.common.painting import draw_document, plain_text_document
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

NOTE_TEXT = 2.8  # units (1% of the short side): a note in the list
FIELD_TEXT = 3.0  # units: the note field
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
DOC_CACHE = 5 * WINDOW  # laid-out texts kept: two a note shown, at a width or two


@dataclass(frozen=True)
class Row:
    """A note as the list shows it."""

    key: Key
    meta: str  # "10.15 · Gruppe 2 · Princip 07", with "ikke gemt endnu" for a note not saved yet
    text: str
    pending: bool


@dataclass(frozen=True)
class Earlier:
    """The line above the notes when older ones are left out of the list (a big session)."""

    text: str


class NoteField(QPlainTextEdit):
    """The note field: Enter sends, Shift+Enter breaks the line, Esc cancels or closes."""

    submitted = Signal()
    escaped = Signal()
    undo_fallback = Signal()  # Ctrl+Z with no typing to undo: undo the last delete
    leave_up = Signal()  # ↑ in an empty field: to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteField")
        self.setTabChangesFocus(True)

    def text(self) -> str:
        """The text exactly as typed (no-break spaces kept, line breaks as \\n)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.document().clearUndoRedoStacks()
        self.moveCursor(self.textCursor().MoveOperation.End)

    def event(self, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if is_key and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.matches(QKeySequence.StandardKey.Undo) and not self.document().isUndoAvailable():
            self.undo_fallback.emit()
        elif key == Qt.Key.Key_Up and not self.text():
            self.leave_up.emit()
        else:
            super().keyPressEvent(event)


class NoteList(QListWidget):
    """The notes, newest at the bottom. E, F2 or Enter corrects; Delete deletes; Ctrl+Z undoes;
    Esc, ↓ past the last note or typing goes back to the field."""

    edit_requested = Signal()
    delete_requested = Signal()
    undo_requested = Signal()
    back_to_field = Signal(str)  # with the character typed, if any

    _OWN_KEYS = (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Escape,
        Qt.Key.Key_F2,
    )

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteList")
        self.fade_color = QColor(colors.paper)  # what the list lies on
        self.fade_height = 40.0
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):  # noqa: SIM102
            if event.key() in self._OWN_KEYS or event.matches(QKeySequence.StandardKey.Undo):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        others = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        last = self.currentRow() == self.count() - 1
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) or (
            key == Qt.Key.Key_E and not others
        ):
            self.edit_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Down and last):
            self.back_to_field.emit("")
        elif not others and text and text.isprintable():
            self.back_to_field.emit(text)
        else:
            super().keyPressEvent(event)

    def scroll_to_current(self) -> None:
        """The selected note in sight: E must never correct a note the facilitator cannot see."""
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self.scroll_to_current()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.verticalScrollBar().value() <= 0:
            return
        # Older notes scrolled away above: a soft fade says so, instead of a hard cut.
        painter = QPainter(self.viewport())
        height = min(self.viewport().height() / 4, self.fade_height)
        fade = QLinearGradient(0, 0, 0, height)
        paper = self.fade_color
        clear = QColor(paper)
        clear.setAlpha(0)
        fade.setColorAt(0.0, paper)
        fade.setColorAt(1.0, clear)
        painter.fillRect(QRectF(0, 0, self.viewport().width(), height), fade)
        painter.end()


class NoteDelegate(QStyledItemDelegate):
    """Paints a note: its time and card on a quiet line, its text below, exactly as typed."""

    def __init__(self, view: QListWidget, colors: Theme = DEFAULT) -> None:
        super().__init__(view)
        self._view = view
        self._colors = colors
        self.unit = 10.0
        self.editing: Key | None = None
        self._docs: dict[tuple[str, int, int, bool], QTextDocument] = {}

    def set_colors(self, colors: Theme) -> None:
        self._colors = colors
        self._view.viewport().update()

    def set_unit(self, unit: float) -> None:
        if unit != self.unit:  # the laid-out texts still fit the same unit
            self.unit = unit
            self._docs.clear()

    def _doc(self, text: str, px: float, width: float, bold: bool = False) -> QTextDocument:
        key = (text, round(px), round(width), bold)
        doc = self._docs.get(key)
        if doc is None:
            if len(self._docs) > DOC_CACHE:
                self._docs.clear()
            weight = QFont.Weight.DemiBold if bold else QFont.Weight.Normal
            doc = plain_text_document(text, typescale.font(px, weight), width)
            self._docs[key] = doc
        return doc

    def _parts(self, row: Row, width: float) -> tuple[QTextDocument, QTextDocument]:
        u = self.unit
        inner = max(10.0, width - spacing.SHEET_ROW_NARROWING * u)
        meta = self._doc(row.meta, typescale.FLOOR * u, inner, bold=True)
        return meta, self._doc(row.text, NOTE_TEXT * u, inner)

    def _earlier(self, line: Earlier, width: float) -> QTextDocument:
        return self._doc(
            line.text,
            typescale.FLOOR * self.unit,
            max(10.0, width - spacing.SHEET_ROW_NARROWING * self.unit),
        )

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        row = index.data(ROW_ROLE)
        width = self._view.viewport().width()
        if isinstance(row, Earlier):
            height = (
                spacing.SHEET_EARLIER_EXTRA * self.unit + self._earlier(row, width).size().height()
            )
            return QSize(width, math.ceil(height))
        if not isinstance(row, Row):
            return super().sizeHint(option, index)
        meta, text = self._parts(row, width)
        height = spacing.SHEET_ROW_EXTRA * self.unit + meta.size().height() + text.size().height()
        return QSize(width, math.ceil(height))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        colors, u = self._colors, self.unit
        rect = QRectF(option.rect)
        if isinstance(row, Earlier):
            at = QPointF(
                rect.left() + spacing.SHEET_ROW_INSET * u, rect.top() + spacing.SHEET_ROW_TOP * u
            )
            draw_document(painter, self._earlier(row, rect.width()), at, colors.muted)
            return
        if not isinstance(row, Row):
            return
        chosen = bool(option.state & QStyle.StateFlag.State_Selected) and self._view.hasFocus()
        editing = self.editing == row.key
        painter.save()
        if row.pending:
            painter.fillRect(rect, colors.alert_paper)
        elif editing or chosen:
            painter.fillRect(rect, colors.selected)
        if row.pending or editing or chosen:
            bar = QRectF(rect.left(), rect.top(), spacing.SHEET_BAR * u, rect.height())
            painter.fillRect(bar, colors.alert_ink if row.pending else colors.accent)
        meta, text = self._parts(row, rect.width())
        x, y = rect.left() + spacing.SHEET_ROW_INSET * u, rect.top() + spacing.SHEET_ROW_TOP * u
        meta_color = colors.alert_ink if row.pending else colors.accent if editing else colors.muted
        draw_document(painter, meta, QPointF(x, y), meta_color)
        y += meta.size().height() + spacing.SHEET_META_GAP * u
        draw_document(painter, text, QPointF(x, y), colors.muted if editing else colors.ink)
        line = max(1.0, spacing.SHEET_ROW_RULE * u)
        painter.fillRect(QRectF(rect.left(), rect.bottom() - line, rect.width(), line), colors.rule)
        painter.restore()


def style_sheet(u: float, c: Theme = DEFAULT) -> str:
    """The notes panel's looks for a type unit of `u` pixels: the text never under the floor,
    the focused control ringed in the accent colour (buttons in ink)."""

    def px(units: float) -> int:
        return max(1, round(units * u))

    line, focus = max(1, px(0.15)), max(2, px(0.4))
    family, ink, accent, muted = typescale.FAMILY, c.ink.name(), c.accent.name(), c.muted.name()
    return f"""
    #notesPanel QLabel, #notesPanel QPushButton, #notesPanel QLineEdit {{
        font-family: "{family}"; font-size: {px(typescale.FLOOR)}px; color: {ink};
    }}
    #notesPanel QLabel#panelTitle {{ font-size: {px(3.4)}px; font-weight: 700; }}
    #notesPanel QLabel#context, #notesPanel QLabel#editBanner {{
        color: {accent}; font-weight: 600;
    }}
    #notesPanel QLabel#hint, #notesPanel QLabel#empty, #notesPanel QLabel#workshop {{
        color: {muted};
    }}
    #notesPanel QLabel#groupLabel {{ font-weight: 600; }}
    #notesPanel QLabel#empty {{ font-size: {px(NOTE_TEXT)}px; }}
    #notesPanel QLabel#formLabel {{ color: {muted}; font-weight: 600; margin-top: {px(0.8)}px; }}
    QPlainTextEdit#noteField, #notesPanel QLineEdit {{
        font-family: "{family}"; font-size: {px(FIELD_TEXT)}px; color: {ink};
        background: #ffffff; border: {line}px solid {muted};
        border-radius: {px(0.8)}px; padding: {px(0.6)}px {px(0.9)}px;
        selection-background-color: {accent}; selection-color: #ffffff;
    }}
    #notesPanel QLineEdit {{ font-size: {px(typescale.FLOOR)}px; }}
    QPlainTextEdit#noteField:focus, #notesPanel QLineEdit:focus {{
        border: {focus}px solid {accent};
    }}
    QListWidget#noteList {{
        background: transparent; border: {focus}px solid transparent; outline: none;
        border-radius: {px(0.8)}px;
    }}
    QListWidget#noteList:focus {{ border: {focus}px solid {accent}; }}
    #notesPanel QPushButton {{
        background: {c.paper.name()}; border: {line}px solid {muted};
        border-radius: {px(0.8)}px; padding: {px(0.5)}px {px(1.3)}px; min-height: {px(3.2)}px;
    }}
    #notesPanel QPushButton:hover {{ background: {c.selected.name()}; }}
    #notesPanel QPushButton:checked, #notesPanel QPushButton#primaryButton {{
        background: {accent}; color: #ffffff; border-color: {accent};
    }}
    #notesPanel QPushButton:focus {{ border: {focus}px solid {ink}; }}
    #notesPanel QPushButton#scopeButton {{ border-radius: 0px; }}
    QFrame#faultBar {{ background: {c.alert_paper.name()}; border-radius: {px(0.8)}px; }}
    QFrame#faultBar QLabel {{ color: {c.alert_ink.name()}; font-weight: 600; }}
    QFrame#infoBar {{ background: {c.selected.name()}; border-radius: {px(0.8)}px; }}
    #notesPanel QLabel#result {{ color: {c.alert_ink.name()}; font-weight: 600; }}
    #notesPanel QLabel#result[ok="true"] {{ color: {accent}; }}
    #notesPanel QScrollBar:vertical {{ width: {px(1.0)}px; background: transparent; }}
    #notesPanel QScrollBar::handle:vertical {{
        background: {c.rule.name()}; border-radius: {px(0.5)}px; min-height: {px(4)}px;
    }}
    #notesPanel QScrollBar::add-line, #notesPanel QScrollBar::sub-line {{ height: 0px; }}
    """
