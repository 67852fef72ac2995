"""The notes sheet's field: a new note, the unsent text kept as a draft, a note corrected.

Enter saves the note (Shift+Enter: a new line), stamped by the store with the time and the
card. E, F2, Enter or a double-click in the list corrects a note in the field (Enter saves, Esc
cancels); the unsent text waits aside meanwhile.

No typed text is lost: the field's unsent text is the session's draft (saved 400 ms after the
last key, and when the sheet hides) and comes back when the session is set up again, after a
crash too. The rules (pending notes, retries, undo, resuming a session) are ``NotesKeeper``'s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.pending import Key
from kompas_kiosk.ui.notes.bars import MessageBars
from kompas_kiosk.ui.notes.note_rows import selected_row
from kompas_kiosk.ui.notes.parts import label
from kompas_kiosk.ui.notes.widgets import NoteDelegate, NoteField, NoteList

DRAFT_DELAY_MS = 400


class NoteEditor(QObject):
    """The field, the banner over it while a note is corrected, and the draft's timer; the
    panel puts the field and the banner in its column."""

    changed = Signal()  # the field's text changed (after the draft's timer is started)

    def __init__(
        self,
        keeper: NotesKeeper,
        note_list: NoteList,
        delegate: NoteDelegate,
        bars: MessageBars,
        *,
        refresh: Callable[..., None],
        focus_field: Callable[[], None],
        delete: Callable[[Key], None],
        close: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """`refresh(scroll_to_end=False, select=None)`: show the notes again; `delete(key)`:
        delete a note (it can be undone); `close()`: Esc in the field with no note corrected."""
        super().__init__(parent)
        self.keeper = keeper
        self._note_list = note_list
        self._delegate = delegate
        self._bars = bars
        self._refresh = refresh
        self._focus_field = focus_field
        self._delete = delete
        self._close = close
        self.editing_key: Key | None = None
        self._stash = ""
        self.unit = 10.0
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.banner = label("editBanner")
        self.banner.hide()
        self.field = NoteField()
        self.field.setAccessibleName(self.tr("Ny note"))
        self.field.setAccessibleDescription(
            self.tr("Enter gemmer, Shift+Enter giver en ny linje, Esc lukker")
        )
        self.field.setPlaceholderText(self.tr("Skriv en note …"))
        self.field.submitted.connect(self.submit)
        self.field.escaped.connect(self._on_escape)
        self.field.textChanged.connect(self.on_text_changed)

    def draft_text(self) -> str:
        """The unsent text (while a note is being corrected: the text put aside)."""
        return self._stash if self.editing_key is not None else self.field.text()

    def flush(self) -> None:
        """Save the field's text now."""
        self.draft_timer.stop()
        self.save_draft()

    def submit(self) -> None:
        """Enter: save the field as a note on the current card (or save the correction)."""
        if self.editing_key is not None:
            self._finish_edit()
            return
        text = self.field.text()
        if not text.strip():
            return
        self._bars.hide_info()
        self.draft_timer.stop()
        self.field.blockSignals(True)  # the draft goes with the note, in one transaction
        self.field.set_text("")
        self.field.blockSignals(False)
        try:
            self.keeper.add(text)
        finally:
            self._refresh(scroll_to_end=True)

    def start_edit(self) -> None:
        """Correct the selected note in the field; the unsent text waits aside."""
        row = selected_row(self._note_list)
        if row is None:
            return
        if self.editing_key is not None:
            self._end_edit()
        self.flush()
        self._stash = self.field.text()
        self.editing_key = self._delegate.editing = row.key
        self._bars.hide_info()
        time = row.meta.split(" · ")[0]
        self.banner.setText(self.tr("Du retter noten fra %s. Enter gemmer, Esc fortryder.") % time)
        self.banner.show()
        self.field.set_text(row.text)
        self._focus_field()
        self._note_list.viewport().update()

    def cancel_edit(self) -> None:
        if self.editing_key is not None:
            self._end_edit()

    def save_draft(self) -> None:
        had_waiting = self.keeper.pending_count
        self.keeper.save_draft(self.draft_text())
        if had_waiting:  # the waiting notes may be stored now: show them as saved
            self._refresh()
        else:
            self._bars.update()

    def restore_draft(self, draft: str) -> None:
        if not draft or self.draft_text():
            return
        if self.editing_key is not None:
            self._stash = draft
            return
        self.field.blockSignals(True)
        self.field.set_text(draft)
        self.field.blockSignals(False)
        self.fit_field()

    def on_text_changed(self) -> None:
        if self.editing_key is None:
            self.draft_timer.start()
        self.fit_field()
        self.changed.emit()

    def back_to_field(self, text: str) -> None:
        """A key typed in the list: the cursor goes to the field, with the character typed."""
        self._focus_field()
        if text:
            self.field.insertPlainText(text)

    def set_unit(self, u: float) -> None:
        self.unit = u
        self.fit_field()

    def fit_field(self) -> None:
        """Two to five lines high, growing with the text."""
        lines = self.field.document().documentLayout().documentSize().height()
        lines = min(5, max(2, round(lines)))
        frame = 2 * (self.field.frameWidth() + round(0.6 * self.unit)) + 4
        self.field.setFixedHeight(round(lines * self.field.fontMetrics().lineSpacing()) + frame)

    def _on_escape(self) -> None:
        if self.editing_key is not None:
            self.cancel_edit()
        else:
            self._close()

    def _finish_edit(self) -> None:
        assert self.editing_key is not None
        key, text = self.editing_key, self.field.text()
        if not text.strip():  # emptied: the same as deleting, and it can be undone
            self._end_edit()
            self._delete(key)
        elif self.keeper.edit(key, text):
            self._end_edit()
        else:
            self._bars.update()  # the text stays in the field until it can be stored

    def _end_edit(self) -> None:
        key = self.editing_key
        self.editing_key = self._delegate.editing = None
        self.banner.hide()
        self.field.blockSignals(True)
        self.field.set_text(self._stash)
        self.field.blockSignals(False)
        self._stash = ""
        self._refresh(select=key)
        self._focus_field()
