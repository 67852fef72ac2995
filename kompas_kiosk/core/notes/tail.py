"""The newest saved notes of one scope, kept in memory: a big session opens in milliseconds.

Only the newest ``WINDOW`` saved notes of the session (and of the current card) are read into
memory, with the number of older ones (``older``); ``NotesKeeper`` keeps one tail for the
session and, when that is not all of it, one for the current card.
"""

from __future__ import annotations

import bisect

from kompas_kiosk.core.notes.model import ANY_CARD, Note
from kompas_kiosk.core.notes.store import NotesStore

CardId = tuple[str, str | None]  # (deck id, card key)


class Tail:
    """The newest saved notes of one scope (the session, or one card of it), in the order
    written: every one with an id from `floor` on is in `notes`; `older` more are only in the
    store. With `older` 0, `notes` is the whole scope."""

    def __init__(self, notes: list[Note], older: int = 0) -> None:
        self.notes = notes
        self.older = older
        self.floor = notes[0].id if notes else 0

    @classmethod
    def load(
        cls, store: NotesStore, session_id: int, window: int, card: CardId | None = None
    ) -> Tail:
        """The session's newest `window` notes, or those of `card` (deck id, card key)."""
        deck_id, card_key = card if card is not None else (None, ANY_CARD)
        notes = store.latest_notes(session_id, window, card_key, deck_id=deck_id)
        if len(notes) < window:  # that is all of them: no need to count
            return cls(notes)
        total = store.count_notes(session_id, card_key, deck_id=deck_id)
        return cls(notes, max(0, total - len(notes)))

    @property
    def total(self) -> int:
        return self.older + len(self.notes)

    def added(self, note: Note) -> None:
        self.notes.append(note)

    def edited(self, note: Note) -> None:
        self.notes = [note if n.id == note.id else n for n in self.notes]

    def removed(self, note: Note) -> None:
        if any(n.id == note.id for n in self.notes):
            self.notes = [n for n in self.notes if n.id != note.id]
        elif note.id < self.floor:
            self.older = max(0, self.older - 1)

    def restored(self, note: Note) -> None:
        if self.older and note.id < self.floor:
            self.older += 1
        elif all(n.id != note.id for n in self.notes):
            bisect.insort(self.notes, note, key=lambda n: n.id)
