"""The newest saved notes of a scope in memory, and the count of the older ones."""

from __future__ import annotations

from datetime import UTC, datetime

from kompas_kiosk.core.notes.model import Note
from kompas_kiosk.core.notes.pending import PendingNote, pending_as_note, pending_entry
from kompas_kiosk.core.notes.tail import Tail

WHEN = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)


def note(ident: int) -> Note:
    return Note(ident, 1, "d", "07", "card", f"note {ident}", WHEN, WHEN, None)


def test_a_tail_counts_the_older_notes_it_does_not_hold() -> None:
    tail = Tail([note(5), note(6)], older=4)
    assert tail.total == 6
    tail.removed(note(2))  # an older one, deleted
    assert (tail.older, tail.total) == (3, 5)
    tail.restored(note(2))
    assert tail.older == 4
    tail.removed(note(6))
    tail.restored(note(6))
    assert [n.id for n in tail.notes] == [5, 6]


def test_a_waiting_note_is_listed_as_not_saved_and_handed_out_with_a_negative_id() -> None:
    waiting = PendingNote("æøå", "d", None, "card", WHEN, 7)
    entry = pending_entry(waiting)
    assert entry.pending and entry.key == ("pending", 7)
    assert pending_as_note(waiting, 3).id == -7
