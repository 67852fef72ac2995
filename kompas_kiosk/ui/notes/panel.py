"""The facilitator's notes: a sheet over the room screen to type, correct and share notes.

The window opens it with N (``open``): a right-hand sheet in landscape, a bottom sheet in
portrait, paper like the card, no text under the floor. Enter saves the note (Shift+Enter: a new
line), stamped by the store with the time and the card; the list shows it as saved only from
the Note the store returned after its commit. Tab or ↑ goes to the list: E, F2, Enter or a
double-click corrects the note in the field (Enter saves, Esc cancels), Delete deletes it, and
Ctrl+Z or »Fortryd« brings it back. Ctrl+E saves the session as a file, Ctrl+H asks the window
to share the card's notes with the room, Esc closes the sheet.

No typed text is lost: the field's unsent text is the session's draft (saved 400 ms after the
last key, and when the sheet hides) and comes back when the session is set up again, after a
crash too. The rules (pending notes, retries, undo, resuming a session) are ``NotesKeeper``'s.

A big session (a stress case: 100,000 notes) still opens in a fraction of a second: the list
holds only the newest ``NotesKeeper.window`` notes of the scope, under a line saying how many
more there are; the file made with Ctrl+E has them all.

Card keys: ``deck.cards[i].number or str(i + 1)`` (``core.handout.write.card_key``), with the
deck id in its own column.
"""

from __future__ import annotations

import logging
from datetime import tzinfo
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, QRect, Qt, QTimer, Signal
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
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout import write
from kompas_kiosk.core.handout.export import ExportError
from kompas_kiosk.core.i18n import language
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.link import StoreSource
from kompas_kiosk.core.notes.model import Phase
from kompas_kiosk.core.notes.pending import Entry, Key
from kompas_kiosk.core.notes.store import StoreError
from kompas_kiosk.core.notes.timestamps import Clock, clock_time, to_local, utc_now
from kompas_kiosk.ui.notes import pdf_export, sheet
from kompas_kiosk.ui.notes.export_dialog import ExportChoice, ExportForm
from kompas_kiosk.ui.notes.widgets import (
    ROW_ROLE,
    Earlier,
    NoteDelegate,
    NoteField,
    NoteList,
    Row,
    style_sheet,
)
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 400


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
        self._tz = tz
        self._documents_dir = documents_dir
        self.keeper = NotesKeeper(store, lang, clock=clock, tz=tz, on_problem=self._on_problem)
        self._deck: Deck | None = None
        self._card_index = 0
        self._phase: Phase = "card"
        self.editing_key: Key | None = None
        self._stash = ""
        self._scope = "card"
        self._overwrite: Path | None = None
        self.unit = 10.0
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self._save_draft)
        self._build()
        self.hide()
        if parent is not None:
            parent.installEventFilter(self)
            self._follow_views(parent, True)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        title = _named(QLabel(self.tr("Noter")), "panelTitle")
        self._card_button = self._button(self.tr("Dette kort"), "scopeButton", checkable=True)
        self._session_button = self._button(
            self.tr("Hele sessionen"), "scopeButton", checkable=True
        )
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
        self._context = self._label("context")
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
        self._empty = self._label("empty")
        self._info_text = self._label("infoText")
        self._undo_button = self._button(self.tr("Fortryd"), slot=self.undo_delete)
        self._info_bar = self._bar("infoBar", self._info_text, [self._undo_button], row=True)
        self._fault_text = self._label("faultText")
        retry = self._button(self.tr("Prøv igen"), slot=self.retry)
        rescue = self._button(self.tr("Gem som fil …"), slot=self.open_export)
        self._fault_bar = self._bar("faultBar", self._fault_text, [retry, rescue])
        self._edit_banner = self._label("editBanner")
        self._edit_banner.hide()
        self.field = NoteField()
        self.field.setAccessibleName(self.tr("Ny note"))
        self.field.setAccessibleDescription(
            self.tr("Enter gemmer, Shift+Enter giver en ny linje, Esc lukker")
        )
        self.field.setPlaceholderText(self.tr("Skriv en note …"))
        self.field.submitted.connect(self.submit)
        self.field.escaped.connect(self._on_field_escape)
        self.field.undo_fallback.connect(self.undo_delete)
        self.field.leave_up.connect(self._to_list)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self._hint = self._label("hint", self._field_hint())
        self._share_button = self._button(self.tr("Del med rummet"), slot=self.share_requested)
        export = self._button(self.tr("Gem som fil …"), slot=self.open_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self._share_button)
        buttons.addWidget(export)
        buttons.addStretch(1)
        self._buttons = buttons

        page = _named(QWidget(), "notesPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        for widget, stretch in (
            (self._context, 0),
            (self.note_list, 1),
            (self._empty, 1),
            (self._info_bar, 0),
            (self._fault_bar, 0),
            (self._edit_banner, 0),
            (self.field, 0),
            (self._hint, 0),
        ):
            column.addWidget(widget, stretch)
        column.addLayout(buttons)
        self._column = column
        self.export_form = ExportForm(self._lang)
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

    def _label(self, name: str, text: str = "") -> QLabel:
        label = _named(QLabel(text), name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(
        self, text: str, name: str = "", slot: object = None, checkable: bool = False
    ) -> QPushButton:
        button = _named(QPushButton(text), name)
        button.setCheckable(checkable)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _bar(
        self, name: str, label: QLabel, buttons: list[QPushButton], row: bool = False
    ) -> QFrame:
        bar = _named(QFrame(), name)
        outer = QHBoxLayout(bar) if row else QVBoxLayout(bar)
        outer.addWidget(label, 1)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        if not row:
            line.addStretch(1)
        outer.addLayout(line)
        bar.hide()
        return bar

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
            self._restore_draft(draft)
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
        self._restore_draft(self.keeper.set_session(session_id))
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
        return self._stash if self.editing_key is not None else self.field.text()

    def flush(self) -> None:
        """Save the field's text now (also done when the sheet hides)."""
        self.draft_timer.stop()
        self._save_draft()

    def shutdown(self) -> None:
        """Save the draft, and close the store if the panel opened it (at quit)."""
        self.flush()
        self.keeper.close()

    # -- notes -------------------------------------------------------------------------------

    def submit(self) -> None:
        """Enter: save the field as a note on the current card (or save the correction)."""
        if self.editing_key is not None:
            self._finish_edit()
            return
        text = self.field.text()
        if not text.strip():
            return
        self._info_bar.hide()
        self.draft_timer.stop()
        self.field.blockSignals(True)  # the draft goes with the note, in one transaction
        self.field.set_text("")
        self.field.blockSignals(False)
        try:
            self.keeper.add(text)
        finally:
            self._refresh(scroll_to_end=True)

    def retry(self) -> None:
        """»Prøv igen«: store the notes waiting in memory, and the field's text."""
        self.draft_timer.stop()
        self.keeper.store_pending(clear_draft=not self.draft_text())
        self.keeper.save_draft(self.draft_text())
        self._refresh()

    def start_edit(self) -> None:
        """Correct the selected note in the field; the unsent text waits aside."""
        row = self._selected_row()
        if row is None:
            return
        if self.editing_key is not None:
            self._end_edit()
        self.flush()
        self._stash = self.field.text()
        self.editing_key = self._delegate.editing = row.key
        self._info_bar.hide()
        time = row.meta.split(" · ")[0]
        self._edit_banner.setText(
            self.tr("Du retter noten fra %s. Enter gemmer, Esc fortryder.") % time
        )
        self._edit_banner.show()
        self.field.set_text(row.text)
        self.focus_field()
        self.note_list.viewport().update()

    def cancel_edit(self) -> None:
        if self.editing_key is not None:
            self._end_edit()

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._delete(row.key)

    def undo_delete(self) -> None:
        """Bring back the last deleted note (Ctrl+Z, »Fortryd«)."""
        key = self.keeper.undo()
        if key is not None:
            self._show_info(self.tr("Noten er tilbage."), undo=self.keeper.can_undo)
        self._refresh(select=key)

    def rows(self) -> list[Row]:
        """The list as shown: the current card's notes, or the whole session's; of many, only
        the newest ``keeper.window`` (the list says how many more there are)."""
        entries = self.keeper.entries(self._scope == "card")[-self.keeper.window :]
        return [self._row(entry) for entry in entries]

    def earlier_text(self, earlier: int) -> str:
        """The line above the list when `earlier` older notes are not in it."""
        number = QLocale(self._lang).toString(earlier)  # 99.700 in Danish, 99,700 in English
        if earlier == 1:  # Danish has its own singular (no Danish catalogue to pick it)
            return self.tr("+ 1 tidligere note – gem som fil for at se alle")
        text = self.tr("+ %n tidligere noter – gem som fil for at se alle", "", earlier)
        return text.replace(str(earlier), number, 1)  # %n has no digit grouping

    def status_text(self) -> str:
        """What the message lines under the list say (empty when they are hidden)."""
        bars = ((self._info_bar, self._info_text), (self._fault_bar, self._fault_text))
        return "\n".join(label.text() for bar, label in bars if not bar.isHidden())

    def set_scope(self, scope: str) -> None:
        """'card' or 'session': which notes the list shows."""
        (self._card_button if scope == "card" else self._session_button).setChecked(True)

    # -- export ------------------------------------------------------------------------------

    def open_export(self) -> None:
        """Ctrl+E: the 'save as file' page, filled in with sensible defaults."""
        self.open()
        self.flush()
        session = self.keeper.memory_session()
        previous = self.export_form.choice().fmt if self.export_form.folder.text() else "pdf"
        folder = self._documents_dir or Path.home()
        name = write.default_file_name(session, previous, self._lang, self._tz)
        self.export_form.set_choice(
            ExportChoice(previous, folder, name, session.name, session.place)
        )
        self._overwrite = None
        self._pages.setCurrentIndex(1)
        self.export_form.focus_first()

    def export_to(self, choice: ExportChoice) -> Path | None:
        """Write the handout as `choice` says, saved notes and waiting ones; the outcome is
        shown on the form. An existing file is replaced only when asked twice."""
        session = self.keeper.describe_session(choice.session_name, choice.place)
        path = choice.path
        if path.exists() and self._overwrite != path:
            self._overwrite = path
            self.export_form.show_result(
                self.tr(
                    "%s findes allerede. Tryk Gem igen for at erstatte den, eller skift navnet."
                )
                % path,
                ok=False,
            )
            return None
        deck = self._deck if self._deck is not None and self._deck.id == session.deck_id else None
        try:
            notes = self.keeper.handout_notes(session)
        except StoreError as error:
            self.export_form.show_result(f"{error.heading}. {error.details}", ok=False)
            return None
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(path, exc.strerror or str(exc), self._lang) from exc
            write.export_notes(
                session,
                notes,
                deck,
                choice.fmt,
                path,
                self._lang,
                tz=self._tz,
                render_pdf=pdf_export.render_pdf,
            )
        except ExportError as error:
            self.export_form.show_result(f"{error.heading}. {error.details}", ok=False)
            return None
        self._overwrite = None
        self.export_form.show_result(self.tr("Gemt: %s") % path, ok=True)
        log.info("notes exported to %s", path)
        return path

    def _export(self) -> None:
        self.export_to(self.export_form.choice())

    def _close_export(self) -> None:
        if self._pages.currentIndex() == 1:
            self.focus_field()

    # -- internals ---------------------------------------------------------------------------

    def _on_problem(self, heading: str, details: str) -> None:
        log.warning("notes: %s: %s", heading, details)
        self.problem.emit(heading, details)

    def _save_draft(self) -> None:
        had_waiting = self.keeper.pending_count
        self.keeper.save_draft(self.draft_text())
        if had_waiting:  # the waiting notes may be stored now: show them as saved
            self._refresh()
        else:
            self._update_bars()

    def _restore_draft(self, draft: str) -> None:
        if not draft or self.draft_text():
            return
        if self.editing_key is not None:
            self._stash = draft
            return
        self.field.blockSignals(True)
        self.field.set_text(draft)
        self.field.blockSignals(False)
        self._fit_field()

    def _finish_edit(self) -> None:
        assert self.editing_key is not None
        key, text = self.editing_key, self.field.text()
        if not text.strip():  # emptied: the same as deleting, and it can be undone
            self._end_edit()
            self._delete(key)
        elif self.keeper.edit(key, text):
            self._end_edit()
        else:
            self._update_bars()  # the text stays in the field until it can be stored

    def _end_edit(self) -> None:
        key = self.editing_key
        self.editing_key = self._delegate.editing = None
        self._edit_banner.hide()
        self.field.blockSignals(True)
        self.field.set_text(self._stash)
        self.field.blockSignals(False)
        self._stash = ""
        self._refresh(select=key)
        self.focus_field()

    def _delete(self, key: Key) -> None:
        if self.keeper.delete(key):
            self._show_info(self.tr("Noten er slettet."), undo=True)
        self._refresh()

    def _show_info(self, text: str, undo: bool) -> None:
        self._info_text.setText(text)
        self._undo_button.setVisible(undo)
        self._info_bar.show()

    def _update_bars(self) -> None:
        keeper = self.keeper
        if keeper.fault is None and not keeper.pending_count:
            self._fault_bar.hide()
            return
        lines = []
        count = keeper.pending_count
        if count:
            if count == 1:
                lines.append(self.tr("1 note er ikke gemt endnu – den er kun i hukommelsen."))
            else:
                lines.append(
                    self.tr("%n noter er ikke gemt endnu – de er kun i hukommelsen.", "", count)
                )
        elif keeper.draft_failed:
            lines.append(self.tr("Teksten i feltet er ikke gemt endnu."))
        if keeper.fault is not None:
            lines.append(keeper.fault[0])
            self._fault_bar.setToolTip(keeper.fault[1])
            self._fault_bar.setAccessibleDescription(keeper.fault[1])
        self._fault_text.setText("\n".join(lines))
        self._fault_bar.show()

    def _card_key(self) -> str | None:
        deck = self._deck
        if deck is None or not 0 <= self._card_index < len(deck.cards):
            return None
        return write.card_key(deck, self._card_index)

    def _card_label(self, deck_id: str, key: str | None) -> str:
        deck = self._deck
        if key is None:
            return ""
        if deck is not None and deck_id == deck.id:
            for index in range(len(deck.cards)):
                if write.card_key(deck, index) == key:
                    return deck.card_heading(index) or deck.cards[index].title
        return key

    def _row(self, entry: Entry) -> Row:
        local = to_local(entry.created_at, self._tz)
        parts = [clock_time(local, self._lang), self._card_label(entry.deck_id, entry.card_key)]
        if entry.phase == "exercise":
            parts.append(self.tr("gruppearbejde"))
        if entry.pending:
            parts.append(self.tr("ikke gemt endnu"))
        meta = " · ".join(part for part in parts if part)
        return Row(entry.key, meta, entry.text, entry.pending)

    def _refresh(self, scroll_to_end: bool = False, select: Key | None = None) -> None:
        current = self._selected_row()
        wanted = select or (current.key if current is not None else None)
        rows = self.rows()
        card, session = self.keeper.count(True), self.keeper.count(False)
        earlier = (card if self._scope == "card" else session) - len(rows)
        self.note_list.clear()
        if earlier > 0:
            text = self.earlier_text(earlier)
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, Earlier(text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # not a note: not chosen, edited or deleted
            self.note_list.addItem(item)
        chosen = None
        for row in rows:
            item = QListWidgetItem(f"{row.meta}: {row.text}")
            item.setData(ROW_ROLE, row)
            self.note_list.addItem(item)
            if row.key == wanted:
                chosen = item
        if chosen is not None and not scroll_to_end:
            self.note_list.setCurrentItem(chosen)
            self.note_list.scrollToItem(chosen)
        else:
            self.note_list.scrollToBottom()
        self.note_list.setVisible(bool(rows) or earlier > 0)
        self._empty.setVisible(not rows and earlier <= 0)
        if self._scope == "card":
            self._empty.setText(self.tr("Ingen noter på dette kort endnu."))
        else:
            self._empty.setText(self.tr("Ingen noter i sessionen endnu."))
        self._card_button.setText(self.tr("Dette kort") + f" ({card})")
        self._session_button.setText(self.tr("Hele sessionen") + f" ({session})")
        self._update_bars()
        self.notes_changed.emit()

    def _selected_row(self) -> Row | None:
        item = self.note_list.currentItem()
        row = item.data(ROW_ROLE) if item is not None else None
        return row if isinstance(row, Row) else None

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
        if self.editing_key is None:
            self.draft_timer.start()
        self._fit_field()
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
        for bar in (self._info_bar, self._fault_bar):
            layout = bar.layout()
            assert layout is not None  # made with the bar
            layout.setContentsMargins(*[round(1.2 * u)] * 4)
            layout.setSpacing(round(0.8 * u))
        self.setStyleSheet(style_sheet(u, self.colors))
        self._delegate.set_unit(u)
        self.note_list.fade_height = 5.0 * u
        self.note_list.doItemsLayout()
        self._fit_field()
        self.area_changed.emit()

    def _fit_field(self) -> None:
        """Two to five lines high, growing with the text."""
        lines = self.field.document().documentLayout().documentSize().height()
        lines = min(5, max(2, round(lines)))
        frame = 2 * (self.field.frameWidth() + round(0.6 * self.unit)) + 4
        self.field.setFixedHeight(round(lines * self.field.fontMetrics().lineSpacing()) + frame)

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


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    """`widget` with its object name (the style sheet's selector)."""
    widget.setObjectName(name)
    return widget
