"""The lines of the notes list: each note with its time, group and card, and how many older
ones the list leaves out.

A big session (a stress case: 100,000 notes) still opens in a fraction of a second: the list
holds only the newest ``NotesKeeper.window`` notes of the scope, under a line saying how many
more there are; the file made with Ctrl+E has them all.

Card keys: ``deck.cards[i].number or str(i + 1)`` (``core.handout.write.card_key``), with the
deck id in its own column.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout import write
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.pending import Entry, Key
from kompas_kiosk.core.notes.timestamps import clock_time, to_local
from kompas_kiosk.ui.notes.shared_layout import group_title
from kompas_kiosk.ui.notes.widgets import ROW_ROLE, Earlier, NoteList, Row


class NoteRows(QObject):
    """The list's rows from the keeper's notes, in the panel's language and time zone."""

    def __init__(
        self,
        keeper: NotesKeeper,
        lang: str,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._lang = lang
        self._tz = tz

    def rows(self, card_only: bool, deck: Deck | None) -> list[Row]:
        """The current card's notes, or the whole session's; of many, only the newest
        ``keeper.window``."""
        entries = self.keeper.entries(card_only)[-self.keeper.window :]
        return [self._row(entry, deck) for entry in entries]

    def earlier_text(self, earlier: int) -> str:
        """The line above the list when `earlier` older notes are not in it."""
        number = QLocale(self._lang).toString(earlier)  # 99.700 in Danish, 99,700 in English
        if earlier == 1:  # Danish has its own singular (no Danish catalogue to pick it)
            return self.tr("+ 1 tidligere note – gem som fil for at se alle")
        text = self.tr("+ %n tidligere noter – gem som fil for at se alle", "", earlier)
        return text.replace(str(earlier), number, 1)  # %n has no digit grouping

    def _row(self, entry: Entry, deck: Deck | None) -> Row:
        local = to_local(entry.created_at, self._tz)
        parts = [clock_time(local, self._lang), group_title(entry.group) if entry.group else ""]
        parts.append(card_label(deck, entry.deck_id, entry.card_key))
        if entry.phase == "exercise":
            parts.append(self.tr("gruppearbejde"))
        if entry.pending:
            parts.append(self.tr("ikke gemt endnu"))
        meta = " · ".join(part for part in parts if part)
        return Row(entry.key, meta, entry.text, entry.pending)


def card_label(deck: Deck | None, deck_id: str, key: str | None) -> str:
    """The card's heading when it is from `deck`, else its key."""
    if key is None:
        return ""
    if deck is not None and deck_id == deck.id:
        for index in range(len(deck.cards)):
            if write.card_key(deck, index) == key:
                return deck.card_heading(index) or deck.cards[index].title
    return key


def fill_list(
    note_list: NoteList,
    rows: list[Row],
    earlier: int,
    earlier_text: str,
    wanted: Key | None,
    scroll_to_end: bool,
) -> None:
    """Put `rows` in the list, under the line about `earlier` older notes; select the row of
    `wanted` (unless `scroll_to_end`)."""
    note_list.clear()
    if earlier > 0:
        item = QListWidgetItem(earlier_text)
        item.setData(ROW_ROLE, Earlier(earlier_text))
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not a note: not chosen, edited or deleted
        note_list.addItem(item)
    chosen = None
    for row in rows:
        item = QListWidgetItem(f"{row.meta}: {row.text}")
        item.setData(ROW_ROLE, row)
        note_list.addItem(item)
        if row.key == wanted:
            chosen = item
    if chosen is not None and not scroll_to_end:
        note_list.setCurrentItem(chosen)
        note_list.scrollToItem(chosen)
    else:
        note_list.scrollToBottom()
    note_list.setVisible(bool(rows) or earlier > 0)


def selected_row(note_list: NoteList) -> Row | None:
    item = note_list.currentItem()
    row = item.data(ROW_ROLE) if item is not None else None
    return row if isinstance(row, Row) else None
