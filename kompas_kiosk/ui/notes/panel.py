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

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QStackedLayout,
    QWidget,
)

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout import write
from kompas_kiosk.core.i18n import language
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.link import StoreSource
from kompas_kiosk.core.notes.model import Phase
from kompas_kiosk.core.notes.pending import Key
from kompas_kiosk.core.notes.rescue import Rescued
from kompas_kiosk.core.notes.timestamps import Clock, utc_now
from kompas_kiosk.ui.notes import sheet
from kompas_kiosk.ui.notes.bars import MessageBars
from kompas_kiosk.ui.notes.editor import NoteEditor
from kompas_kiosk.ui.notes.export_action import NotesExport
from kompas_kiosk.ui.notes.export_dialog import ExportChoice
from kompas_kiosk.ui.notes.hint import KeyHint
from kompas_kiosk.ui.notes.host import SheetHost, claims_key
from kompas_kiosk.ui.notes.note_list_view import NoteListView
from kompas_kiosk.ui.notes.parts import button, named, page, shortcuts
from kompas_kiosk.ui.notes.widgets import style_sheet
from kompas_kiosk.ui.theme import spacing
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
        self.keeper = NotesKeeper(
            store, lang, clock=clock, tz=tz, on_problem=self._on_problem, documents=documents_dir
        )
        self._pages = QStackedLayout(self)
        self.exporter = NotesExport(
            self.keeper,
            self._lang,
            self._pages,
            self.focus_field,
            documents_dir=documents_dir,
            tz=tz,
            parent=self,
        )
        self._deck: Deck | None = None
        self._card_index = 0
        self._phase: Phase = "card"
        self.unit = 10.0
        self._build(tz)
        self.hide()
        self._host = SheetHost(self, self.place)

    # -- building ----------------------------------------------------------------------------

    def _build(self, tz: tzinfo | None) -> None:
        title = named(QLabel(self.tr("Noter")), "panelTitle")
        self.list_view = NoteListView(
            self.keeper,
            self._lang,
            tz,
            self.colors,
            edit=self.start_edit,
            delete=self._delete,
            undo=self.undo_delete,
            back_to_field=lambda text: self.editor.back_to_field(text),
            parent=self,
        )
        self.list_view.scope_changed.connect(lambda: self._refresh(scroll_to_end=True))
        self.note_list = self.list_view.note_list
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
            self.list_view.delegate,
            self._bars,
            refresh=self._refresh,
            focus_field=self.focus_field,
            delete=self._delete,
            close=self.close_panel,
            parent=self,
        )
        self.field = self.editor.field
        self.draft_timer = self.editor.draft_timer
        self.editor.changed.connect(self.notes_changed)
        self.field.undo_fallback.connect(self.undo_delete)
        self.field.leave_up.connect(self.list_view.focus_list)
        self._hint = KeyHint(self.field, self.note_list, parent=self)
        self._share_button = button(self.tr("Del med rummet"), slot=self.share_requested)
        export = button(self.tr("Gem som fil …"), "notesExport", slot=self.open_export)
        column = (
            (self.list_view.workshop, 0),
            (self.list_view.context, 0),
            (self.note_list, 1),
            (self.list_view.empty, 1),
            (self._bars.info_bar, 0),
            (self._bars.fault_bar, 0),
            (self.editor.banner, 0),
            (self.field, 0),
            (self._hint.label, 0),
        )
        header = (title, self.list_view.card_button, self.list_view.session_button)
        notes_page, self._column, self._buttons, self._header = page(
            header, column, (self._share_button, export)
        )
        self.export_form = self.exporter.form
        self.export_form.accepted.connect(lambda: self.export_to(self.export_form.choice()))
        self._pages.addWidget(notes_page)
        self._pages.addWidget(self.export_form)
        self.setTabOrder(self.field, self.note_list)
        keys = (
            (QKeySequence("Ctrl+E"), self.open_export),
            (QKeySequence("Ctrl+H"), self.share_requested),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_delete),
        )
        shortcuts(self, keys)

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
        self.list_view.set_card(deck, card_index, phase, key is not None)
        self._refresh()

    def set_session(self, session_id: int | None) -> None:
        """Carry on `session_id`: its notes, and its draft into an empty field. None: a new
        session starts with the next note. Store failures are shown; the panel goes on."""
        if self.keeper.session is not None and self.keeper.session.id != session_id:
            self.flush()
        self.editor.restore_draft(self.keeper.set_session(session_id))
        self._refresh(scroll_to_end=True)

    def start_workshop(self, name: str, place: str = "") -> None:
        """A new workshop has the notes from now on; the old one keeps its notes and draft.
        A blank name is a ``WorkshopNameError``; store failures are shown, the panel goes on."""
        self.flush()
        self.keeper.start_workshop(name, place)
        self._refresh(scroll_to_end=True)

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
        self.exporter.close()
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

    def shutdown(self) -> Rescued | None:
        """At quit: save the draft and the waiting notes, or else rescue them to a file (its
        place is returned); close the store if the panel opened it. See ``NotesKeeper``."""
        self.draft_timer.stop()
        return self.keeper.shutdown(self.draft_text())

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
        self.list_view.delete_selected()

    def undo_delete(self) -> None:
        """Bring back the last deleted note (Ctrl+Z, »Fortryd«)."""
        key = self.keeper.undo()
        if key is not None:
            self._bars.show_info(self.tr("Noten er tilbage."), undo=self.keeper.can_undo)
        self._refresh(select=key)

    def status_text(self) -> str:
        """What the message lines under the list say (empty when they are hidden)."""
        return self._bars.status_text()

    # -- export ------------------------------------------------------------------------------

    def open_export(self) -> None:
        """Ctrl+E: the 'save as file' page, filled in with sensible defaults."""
        self.open()
        self.flush()
        self.exporter.open()

    def export_to(self, choice: ExportChoice) -> Path | None:
        """Write the handout as `choice` says (see ``NotesExport.export_to``)."""
        return self.exporter.export_to(choice, self._deck)

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
        self.list_view.refresh(self._deck, scroll_to_end, select)
        self._bars.update()
        self.notes_changed.emit()

    # -- geometry and looks ------------------------------------------------------------------

    def session_title(self) -> str:
        """The workshop session's name, or '' before its first note."""
        session = self.keeper.session
        return session.name if session is not None else ""

    def move_to(self, parent: QWidget) -> None:
        """Move the sheet to another window (the presenter console, and back), keeping its
        text, its visibility and its place on that window's side."""
        self._host.move_to(parent)

    def place(self) -> None:
        """A right-hand sheet in landscape, a bottom sheet in portrait, inside the card's
        margin; the type scale follows the window's short side."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.unit = u = sheet.unit_of(parent.width(), parent.height())
        self._header.fit(0)  # its one line asks for no width: it is there when there is room
        least = self.minimumSizeHint().width()  # a long label in English, on a 4:3 screen
        self.setGeometry(sheet.sheet_rect(parent.width(), parent.height(), u, least))
        pad = round(spacing.SHEET_PAD * u) + round(sheet.SHADOW * u)
        self.setContentsMargins(pad, pad, pad, pad)
        self._column.setSpacing(round(spacing.SHEET_GAP * u))
        self._buttons.setSpacing(round(spacing.SHEET_BUTTON_GAP * u))
        self.export_form.set_spacing(u)
        self._bars.set_unit(u)
        self.setStyleSheet(style_sheet(u, self.colors))
        self.list_view.set_unit(u, self.contentsRect().width())
        self.editor.set_unit(u)
        self._header.fit(self.contentsRect().width())
        self.area_changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        sheet.paint_sheet(painter, self.rect(), self.unit, self.colors.sheet)
        painter.end()

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if claims_key(event):  # keys typed in the sheet are the sheet's (see ``claims_key``)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(focus, QAbstractButton):
            focus.click()
        elif event.key() == Qt.Key.Key_Escape:
            if self._pages.currentIndex() == 1:
                self.exporter.close()
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
