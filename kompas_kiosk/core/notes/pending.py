"""Notes as the panel lists them: saved ones, and ones still waiting in memory for the store.

A ``PendingNote`` is a note the store could not take yet (read-only or full data folder, a
damaged file): ``NotesKeeper`` keeps them, oldest first, until a write works. An ``Entry`` is a
note as a list shows it, saved or waiting; its ``Key`` says which.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime

from kompas_kiosk.core.notes.model import Note, Phase

Key = tuple[str, int]  # ("saved", note id) or ("pending", local id)

_local_ids = itertools.count(1)


def next_local_id() -> int:
    """A new id for a note in memory (never reused in this run)."""
    return next(_local_ids)


@dataclass
class PendingNote:
    """A note the store could not take yet: kept in memory until it can."""

    text: str
    deck_id: str
    card_key: str | None
    phase: Phase
    created_at: datetime
    local_id: int
    group: str = ""  # the table's label it was typed for ('' none)


@dataclass(frozen=True)
class Entry:
    """A note as a list shows it, saved or still waiting."""

    key: Key
    deck_id: str
    card_key: str | None
    phase: Phase
    text: str
    created_at: datetime
    pending: bool
    group: str = ""


def saved_entry(note: Note) -> Entry:
    return Entry(
        ("saved", note.id),
        note.deck_id,
        note.card_key,
        note.phase,
        note.text,
        note.created_at,
        False,
        note.group,
    )


def pending_entry(waiting: PendingNote) -> Entry:
    return Entry(
        ("pending", waiting.local_id),
        waiting.deck_id,
        waiting.card_key,
        waiting.phase,
        waiting.text,
        waiting.created_at,
        True,
        waiting.group,
    )


def pending_as_note(p: PendingNote, session_id: int) -> Note:
    """A waiting note for a handout: its id negative, as no stored note's is."""
    return Note(-p.local_id, session_id, p.deck_id, p.card_key, p.phase, p.text,
                p.created_at, p.created_at, None, p.group)  # fmt: skip
