"""The notes list and what frames it: the workshop's line, the scope, »Dette kort« or »Hele
workshoppen« (each button with its count), the line naming the card on the room screen, the rows
of that scope in the list, and a line instead of the list when the scope has no notes.

In the list, E, F2, Enter or a double-click corrects the selected note, Delete deletes it,
Ctrl+Z brings the last deleted one back and Esc (or typing) goes back to the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QListWidgetItem

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.model import Phase
from kompas_kiosk.core.notes.pending import Key
from kompas_kiosk.ui.notes.note_rows import NoteRows, fill_list, selected_row
from kompas_kiosk.ui.notes.parts import button, label
from kompas_kiosk.ui.notes.widgets import NoteDelegate, NoteList, Row
from kompas_kiosk.ui.notes.workshop_line import WorkshopLine
from kompas_kiosk.ui.theme import spacing
from kompas_kiosk.ui.theme.colors import Theme


class NoteListView(QObject):
    """The list, its scope buttons, the card line and the "empty" line; the panel puts them in
    its column. `edit`, `delete`, `undo` and `back_to_field` are the panel's (see
    ``NoteList``'s signals)."""

    scope_changed = Signal()  # the facilitator chose the other scope: refresh the list

    def __init__(
        self,
        keeper: NotesKeeper,
        lang: str,
        tz: tzinfo | None,
        colors: Theme,
        *,
        edit: Callable[[], None],
        delete: Callable[[Key], None],
        undo: Callable[[], None],
        back_to_field: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._note_rows = NoteRows(keeper, lang, tz, parent=self)
        self._scope = "card"
        self._edit = edit
        self._delete = delete
        self.card_button = button(self.tr("Dette kort"), "scopeButton", checkable=True)
        self.session_button = button(self.tr("Hele workshoppen"), "scopeButton", checkable=True)
        scope = QButtonGroup(self)
        scope.addButton(self.card_button)
        scope.addButton(self.session_button)
        self.card_button.setChecked(True)
        self.card_button.toggled.connect(self._on_scope)
        self.context = label("context")
        self.workshop = WorkshopLine(keeper)
        self.workshop.done.connect(lambda: back_to_field(""))
        self.note_list = note_list = NoteList(colors)
        note_list.fade_color = colors.sheet
        note_list.setAccessibleName(self.tr("Noterne"))  # a screen reader reads each row's text
        self.delegate = NoteDelegate(note_list, colors)
        note_list.setItemDelegate(self.delegate)
        note_list.edit_requested.connect(edit)
        note_list.delete_requested.connect(self.delete_selected)
        note_list.undo_requested.connect(undo)
        note_list.back_to_field.connect(back_to_field)
        note_list.itemDoubleClicked.connect(self._on_double_click)
        note_list.installEventFilter(self)
        self.empty = label("empty")

    def set_card(self, deck: Deck | None, card_index: int, phase: Phase, on_card: bool) -> None:
        """The line naming the card on the room screen (empty unless `on_card`)."""
        text = ""
        if deck is not None and on_card:
            parts = [deck.card_heading(card_index), deck.cards[card_index].title]
            if phase == "exercise":
                parts.append(self.tr("gruppearbejde"))
            text = " · ".join(part for part in parts if part)
        self.context.setText(text)

    def rows(self, deck: Deck | None) -> list[Row]:
        """The list as shown: the current card's notes, or the whole session's; of many, only
        the newest ``keeper.window``."""
        return self._note_rows.rows(self._scope == "card", deck)

    def earlier_text(self, earlier: int) -> str:
        """The line above the list when `earlier` older notes are not in it."""
        return self._note_rows.earlier_text(earlier)

    def set_scope(self, scope: str) -> None:
        """'card' or 'session': which notes the list shows."""
        (self.card_button if scope == "card" else self.session_button).setChecked(True)

    def refresh(self, deck: Deck | None, scroll_to_end: bool, select: Key | None) -> None:
        """Fill the list again, keeping the selected note (or selecting `select`); the
        buttons' counts and the "empty" line follow."""
        current = selected_row(self.note_list)
        wanted = select or (current.key if current is not None else None)
        rows = self.rows(deck)
        card, session = self.keeper.count(True), self.keeper.count(False)
        earlier = (card if self._scope == "card" else session) - len(rows)
        text = self.earlier_text(earlier) if earlier > 0 else ""
        fill_list(self.note_list, rows, earlier, text, wanted, scroll_to_end)
        self.empty.setVisible(not rows and earlier <= 0)
        if self._scope == "card":
            self.empty.setText(self.tr("Ingen noter på dette kort endnu."))
        else:
            self.empty.setText(self.tr("Ingen noter i workshoppen endnu."))
        self.card_button.setText(self.tr("Dette kort") + f" ({card})")
        self.session_button.setText(self.tr("Hele workshoppen") + f" ({session})")
        self.workshop.refresh()

    def delete_selected(self) -> None:
        row = selected_row(self.note_list)
        if row is not None:
            self._delete(row.key)

    def focus_list(self) -> None:
        """↑ or Tab from the field: the list takes the keys, at its newest note."""
        note_list = self.note_list
        if note_list.count():
            if note_list.currentItem() is None:  # before the focus, which would take the first
                note_list.setCurrentRow(note_list.count() - 1)
            note_list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            note_list.scroll_to_current()

    def set_unit(self, u: float, width: int) -> None:
        """Sizes in units of the sheet, whose column is `width` wide."""
        self.workshop.set_unit(u)
        self.workshop.fit(width)
        self.delegate.set_unit(u)
        self.note_list.fade_height = spacing.SHEET_FADE * u
        self.note_list.doItemsLayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.note_list.viewport().update()  # the selection is painted by focus
        return False

    def _on_scope(self, card_checked: bool) -> None:
        self._scope = "card" if card_checked else "session"
        self.scope_changed.emit()

    def _on_double_click(self, item: QListWidgetItem) -> None:
        self.note_list.setCurrentItem(item)
        self._edit()
