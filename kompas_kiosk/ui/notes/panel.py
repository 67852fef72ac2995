"""The facilitator's notes: a sheet over the room screen to type, correct and share notes.

The window opens it with N (``open``): a right-hand sheet in landscape, a bottom sheet in
portrait, paper like the card, no text under the floor. The field (``NoteEditor``) saves notes
and drafts and corrects notes; the list shows a note as saved only from the Note the store
returned after its commit. Tab or ↑ goes to the list: E, F2, Enter or a double-click corrects
the note, Delete deletes it, and Ctrl+Z or »Fortryd« brings it back. Ctrl+E saves the session
as a file (``NotesExport``), Ctrl+H asks the window to share the card's notes with the room,
Esc closes the sheet.
"""

from __future__ import annotations

import logging
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout import write
from kompas_kiosk.core.i18n import language
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.link import StoreSource
from kompas_kiosk.core.notes.model import Phase
from kompas_kiosk.core.notes.pending import Key
from kompas_kiosk.core.notes.timestamps import Clock, utc_now
from kompas_kiosk.ui.notes import sheet
from kompas_kiosk.ui.notes.bars import MessageBars
from kompas_kiosk.ui.notes.editor import NoteEditor
from kompas_kiosk.ui.notes.export_action import NotesExport
from kompas_kiosk.ui.notes.export_dialog import ExportChoice
from kompas_kiosk.ui.notes.note_rows import NoteRows, fill_list, selected_row
from kompas_kiosk.ui.notes.parts import button, label, named
from kompas_kiosk.ui.notes.widgets import NoteDelegate, NoteList, Row, style_sheet
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

log = logging.getLogger(__name__)


class NotesPanel(QFrame):
    """The notes sheet over the room screen; a child of the room window, over its views."""

    notes_changed = Signal()  # a note or the field's text changed: refresh the shared view
    problem = Signal(str, str)  # heading, details: the store failed (once per new failure)
    closed = Signal()  # Esc closed the sheet: give the focus back to the view
    share_requested = Signal()  # Ctrl+H or the button: toggle "Del det halvfærdige"
    area_changed = Signal()  # shown, hidden or moved: see ``covered_rect``

    def __init__(
        self,
        store: StoreSource = None,
        lang: str = "da",
        parent: QWidget | None = None,
        *,
        documents_dir: Path | None = None,
        tz: tzinfo | None = None,
        clock: Clock = utc_now,
        colors: Theme = DEFAULT,
    ) -> None:
        """`store`: an open NotesStore, a function opening one (called again by »Prøv igen«
        after a failure), or None (notes in memory only). `documents_dir`: where handouts go by
        default (QStandardPaths' DocumentsLocation). `tz`: the zone of times shown (None:
        the machine's)."""
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self._lang = language(lang)
        self.colors = colors
        self.keeper = NotesKeeper(store, lang, clock=clock, tz=tz, on_problem=self._on_problem)
        self._exporter = NotesExport(
            self.keeper, self._lang, documents_dir=documents_dir, tz=tz, parent=self
        )
        self._note_rows = NoteRows(self.keeper, self._lang, tz, parent=self)
        self._deck: Deck | None = None
        self._card_index = 0
        self._phase: Phase = "card"
        self._scope = "card"
        self.unit = 10.0
        self._build()
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)
            self._follow_views(parent, True)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        title = named(QLabel(self.tr("Noter")), "panelTitle")
        self._card_button = button(self.tr("Dette kort"), "scopeButton", checkable=True)
        self._session_button = button(self.tr("Hele sessionen"), "scopeButton", checkable=True)
        scope = QButtonGroup(self)
        scope.addButton(self._card_button)
        scope.addButton(self._session_button)
        self._card_button.setChecked(True)
        self._card_button.toggled.connect(self._on_scope)
        header = QHBoxLayout()
        header.setSpacing(0)
        header.addWidget(title, 1)
        header.addWidget(self._card_button)
        header.addWidget(self._session_button)
        self._context = label("context")
        self.note_list = NoteList(self.colors)
        self.note_list.fade_color = self.colors.sheet
        self._delegate = NoteDelegate(self.note_list, self.colors)
        self.note_list.setItemDelegate(self._delegate)
        self.note_list.edit_requested.connect(self.start_edit)
        self.note_list.delete_requested.connect(self.delete_selected)
        self.note_list.undo_requested.connect(self.undo_delete)
        self.note_list.back_to_field.connect(self._back_to_field)
        self.note_list.itemDoubleClicked.connect(self._on_double_click)
        self.note_list.installEventFilter(self)
        self._empty = label("empty")
        self._bars = MessageBars(
            self.keeper,
            undo=self.undo_delete,
            retry=self.retry,
            rescue=self.open_export,
            parent=self,
        )
        self.editor = NoteEditor(
            self.keeper,
            self.note_list,
            self._delegate,
            self._bars,
            refresh=self._refresh,
            focus_field=self.focus_field,
            delete=self._delete,
            parent=self,
        )
        self.field = self.editor.field
        self.draft_timer = self.editor.draft_timer
        self.field.submitted.connect(self.submit)
        self.field.escaped.connect(self._on_field_escape)
        self.field.undo_fallback.connect(self.undo_delete)
        self.field.leave_up.connect(self._to_list)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self._hint = label("hint", self._field_hint())
        self._share_button = button(self.tr("Del med rummet"), slot=self.share_requested)
        export = button(self.tr("Gem som fil …"), slot=self.open_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self._share_button)
        buttons.addWidget(export)
        buttons.addStretch(1)
        self._buttons = buttons

        page = named(QWidget(), "notesPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        for widget, stretch in (
            (self._context, 0),
            (self.note_list, 1),
            (self._empty, 1),
            (self._bars.info_bar, 0),
            (self._bars.fault_bar, 0),
            (self.editor.banner, 0),
            (self.field, 0),
            (self._hint, 0),
        ):
            column.addWidget(widget, stretch)
        column.addLayout(buttons)
        self._column = column
        self.export_form = self._exporter.form
        self.export_form.accepted.connect(self._export)
        self.export_form.cancelled.connect(self._close_export)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(page)
        self._pages.addWidget(self.export_form)
        self.setTabOrder(self.field, self.note_list)
        for keys, slot in (
            (QKeySequence("Ctrl+E"), self.open_export),
            (QKeySequence("Ctrl+H"), self.share_requested),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _field_hint(self) -> str:
        return self.tr("Enter gemmer · Shift+Enter ny linje · Esc lukker")

    # -- the window's side -------------------------------------------------------------------

    def set_context(self, deck: Deck | None, card_index: int, phase: Phase = "card") -> None:
        """The card on the room screen: new notes are stamped with it; the list follows it.
        The first call carries on a fresh session of this deck (see ``NotesKeeper``)."""
        self._deck, self._card_index, self._phase = deck, card_index, phase
        key = self._card_key()
        draft = self.keeper.set_context(
            deck.id if deck else "", deck.title if deck else "", key, phase
        )
        if draft:
            self.editor.restore_draft(draft)
        text = ""
        if deck is not None and key is not None:
            parts = [deck.card_heading(card_index), deck.cards[card_index].title]
            if phase == "exercise":
                parts.append(self.tr("gruppearbejde"))
            text = " · ".join(part for part in parts if part)
        self._context.setText(text)
        self._refresh()

    def set_session(self, session_id: int | None) -> None:
        """Carry on `session_id`: its notes, and its draft into an empty field. None: a new
        session starts with the next note. Store failures are shown; the panel goes on."""
        if self.keeper.session is not None and self.keeper.session.id != session_id:
            self.flush()
        self.editor.restore_draft(self.keeper.set_session(session_id))
        self._refresh(scroll_to_end=True)

    def start_new_session(self) -> None:
        """The next note starts a new session (the current one stays in the store)."""
        self.flush()
        self.set_session(None)

    def set_sharing(self, on: bool) -> None:
        """Whether the room sees the notes now; the button offers the other way."""
        self._share_button.setText(self.tr("Stop deling") if on else self.tr("Del med rummet"))

    def open(self) -> None:
        """Show the sheet (if hidden) and put the cursor in the field."""
        if not self.isVisible():
            self.place()
            self.show()
            self.raise_()
        self.focus_field()

    def close_panel(self) -> None:
        self._close_export()
        self.hide()
        self.closed.emit()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_panel()
        else:
            self.open()

    def focus_field(self) -> None:
        self._pages.setCurrentIndex(0)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def covered_rect(self) -> QRect | None:
        """The part of the window the sheet hides (for ``SharedNotesView.set_covered``)."""
        return self.geometry() if self.isVisible() else None

    def card_texts(self) -> list[str]:
        """The current card's notes, oldest first, saved or not (for the shared view)."""
        return [entry.text for entry in self.keeper.entries(card_only=True)]

    def draft_text(self) -> str:
        """The unsent text (while a note is being corrected: the text put aside)."""
        return self.editor.draft_text()

    def flush(self) -> None:
        """Save the field's text now (also done when the sheet hides)."""
        self.editor.flush()

    def shutdown(self) -> None:
        """Save the draft, and close the store if the panel opened it (at quit)."""
        self.flush()
        self.keeper.close()

    # -- notes -------------------------------------------------------------------------------

    @property
    def editing_key(self) -> Key | None:
        """The note being corrected in the field, if one is."""
        return self.editor.editing_key

    def submit(self) -> None:
        """Enter: save the field as a note on the current card (or save the correction)."""
        self.editor.submit()

    def retry(self) -> None:
        """»Prøv igen«: store the notes waiting in memory, and the field's text."""
        self.draft_timer.stop()
        self.keeper.store_pending(clear_draft=not self.draft_text())
        self.keeper.save_draft(self.draft_text())
        self._refresh()

    def start_edit(self) -> None:
        """Correct the selected note in the field; the unsent text waits aside."""
        self.editor.start_edit()

    def cancel_edit(self) -> None:
        self.editor.cancel_edit()

    def delete_selected(self) -> None:
        row = selected_row(self.note_list)
        if row is not None:
            self._delete(row.key)

    def undo_delete(self) -> None:
        """Bring back the last deleted note (Ctrl+Z, »Fortryd«)."""
        key = self.keeper.undo()
        if key is not None:
            self._bars.show_info(self.tr("Noten er tilbage."), undo=self.keeper.can_undo)
        self._refresh(select=key)

    def rows(self) -> list[Row]:
        """The list as shown: the current card's notes, or the whole session's; of many, only
        the newest ``keeper.window`` (the list says how many more there are)."""
        return self._note_rows.rows(self._scope == "card", self._deck)

    def earlier_text(self, earlier: int) -> str:
        """The line above the list when `earlier` older notes are not in it."""
        return self._note_rows.earlier_text(earlier)

    def status_text(self) -> str:
        """What the message lines under the list say (empty when they are hidden)."""
        return self._bars.status_text()

    def set_scope(self, scope: str) -> None:
        """'card' or 'session': which notes the list shows."""
        (self._card_button if scope == "card" else self._session_button).setChecked(True)

    # -- export ------------------------------------------------------------------------------

    def open_export(self) -> None:
        """Ctrl+E: the 'save as file' page, filled in with sensible defaults."""
        self.open()
        self.flush()
        self._exporter.fill()
        self._pages.setCurrentIndex(1)
        self.export_form.focus_first()

    def export_to(self, choice: ExportChoice) -> Path | None:
        """Write the handout as `choice` says (see ``NotesExport.export_to``)."""
        return self._exporter.export_to(choice, self._deck)

    def _export(self) -> None:
        self.export_to(self.export_form.choice())

    def _close_export(self) -> None:
        if self._pages.currentIndex() == 1:
            self.focus_field()

    # -- internals ---------------------------------------------------------------------------

    def _on_problem(self, heading: str, details: str) -> None:
        log.warning("notes: %s: %s", heading, details)
        self.problem.emit(heading, details)

    def _delete(self, key: Key) -> None:
        if self.keeper.delete(key):
            self._bars.show_info(self.tr("Noten er slettet."), undo=True)
        self._refresh()

    def _card_key(self) -> str | None:
        deck = self._deck
        if deck is None or not 0 <= self._card_index < len(deck.cards):
            return None
        return write.card_key(deck, self._card_index)

    def _refresh(self, scroll_to_end: bool = False, select: Key | None = None) -> None:
        current = selected_row(self.note_list)
        wanted = select or (current.key if current is not None else None)
        rows = self.rows()
        card, session = self.keeper.count(True), self.keeper.count(False)
        earlier = (card if self._scope == "card" else session) - len(rows)
        text = self.earlier_text(earlier) if earlier > 0 else ""
        fill_list(self.note_list, rows, earlier, text, wanted, scroll_to_end)
        self._empty.setVisible(not rows and earlier <= 0)
        if self._scope == "card":
            self._empty.setText(self.tr("Ingen noter på dette kort endnu."))
        else:
            self._empty.setText(self.tr("Ingen noter i sessionen endnu."))
        self._card_button.setText(self.tr("Dette kort") + f" ({card})")
        self._session_button.setText(self.tr("Hele sessionen") + f" ({session})")
        self._bars.update()
        self.notes_changed.emit()

    def _on_scope(self, card_checked: bool) -> None:
        self._scope = "card" if card_checked else "session"
        self._refresh(scroll_to_end=True)

    def _on_double_click(self, item: QListWidgetItem) -> None:
        self.note_list.setCurrentItem(item)
        self.start_edit()

    def _to_list(self) -> None:
        if self.note_list.count():
            self.note_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.note_list.currentItem() is None:
                self.note_list.setCurrentRow(self.note_list.count() - 1)

    def _back_to_field(self, text: str) -> None:
        self.focus_field()
        if text:
            self.field.insertPlainText(text)

    def _on_field_escape(self) -> None:
        if self.editing_key is not None:
            self.cancel_edit()
        else:
            self.close_panel()

    def _on_text_changed(self) -> None:
        self.editor.on_text_changed()
        self.notes_changed.emit()

    # -- geometry and looks ------------------------------------------------------------------

    def session_title(self) -> str:
        """The workshop session's name, or '' before its first note."""
        session = self.keeper.session
        return session.name if session is not None else ""

    def move_to(self, parent: QWidget) -> None:
        """Move the sheet to another window (the presenter console, and back), keeping its
        text, its visibility and its place on that window's side."""
        old = self.parentWidget()
        if old is parent:
            return
        shown = self.isVisible()
        if old is not None:
            old.removeEventFilter(self)
            self._follow_views(old, False)
        self.setParent(parent)
        parent.installEventFilter(self)
        self._follow_views(parent, True)
        self.place()
        self.setVisible(shown)
        if shown:
            self.raise_()

    def _follow_views(self, parent: QWidget, follow: bool) -> None:
        """Stay above the views of a window that stacks them (the room's): showing a view
        raises it over its siblings, the sheet too, so the sheet raises itself again."""
        views = parent.layout()
        if not isinstance(views, QStackedLayout):
            return
        if follow:
            views.currentChanged.connect(self._stay_on_top)
        else:
            views.currentChanged.disconnect(self._stay_on_top)

    def _stay_on_top(self) -> None:
        if self.isVisible():
            self.raise_()

    def place(self) -> None:
        """A right-hand sheet in landscape, a bottom sheet in portrait, inside the card's
        margin; the type scale follows the window's short side."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.unit = u = sheet.unit_of(parent.width(), parent.height())
        shadow = round(sheet.SHADOW * u)
        self.setGeometry(sheet.sheet_rect(parent.width(), parent.height(), u))
        pad = round(2.6 * u) + shadow
        self.setContentsMargins(pad, pad, pad, pad)
        self._column.setSpacing(round(1.2 * u))
        self._buttons.setSpacing(round(1.0 * u))
        self.export_form.set_spacing(u)
        self._bars.set_unit(u)
        self.setStyleSheet(style_sheet(u, self.colors))
        self._delegate.set_unit(u)
        self.note_list.fade_height = 5.0 * u
        self.note_list.doItemsLayout()
        self.editor.set_unit(u)
        self.area_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        sheet.paint_sheet(painter, self.rect(), self.unit, self.colors.sheet)
        painter.end()

    # -- events ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        elif event.type() == QEvent.Type.FocusIn and watched in (self.field, self.note_list):
            if watched is self.note_list:
                self._hint.setText(
                    self.tr("E retter · Delete sletter · Ctrl+Z fortryder · Esc til feltet")
                )
            else:
                self._hint.setText(self._field_hint())
            self.note_list.viewport().update()
        elif event.type() == QEvent.Type.FocusOut and watched is self.note_list:
            self.note_list.viewport().update()
        return False

    def event(self, event: QEvent) -> bool:
        # Keys typed in the sheet are the sheet's: the window's single-key bindings (Enter, F,
        # digits, arrows, Esc) must not fire while the facilitator types. Page Up/Down (the
        # clicker), function keys and Ctrl/Alt combinations still reach the window.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
            )
            key = event.key()
            passing = key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) or (
                Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 and key != Qt.Key.Key_F2
            )
            if not mods and not passing:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focus, QAbstractButton):
            focus.click()
        elif event.key() == Qt.Key.Key_Escape:
            if self._pages.currentIndex() == 1:
                self._close_export()
            elif self.editing_key is not None:
                self.cancel_edit()
            else:
                self.close_panel()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.place()
        self._refresh(scroll_to_end=True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        self.area_changed.emit()
        super().hideEvent(event)
