"""Notes from other kiosks merged into this store's workshops, all or nothing.

A large workshop runs in several rooms, each with its own kiosk; the organiser brings every
room's export to one kiosk. ``merge`` adds their notes to workshops found by name (the newest
with that name) or made for them, in one transaction. A note already in the store is not added
again: one with a uid is recognised by its uid (in any workshop, deleted ones too); one without
(an older CSV) by its room, deck, card, phase, minute and text among the workshop's notes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kompas_kiosk.core.notes.model import (
    SESSION_COLUMNS,
    Phase,
    Session,
    new_uid,
    session_from_row,
)
from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.core.notes.timestamps import to_stored


@dataclass(frozen=True, slots=True)
class IncomingNote:
    """A note read from an export. ``uid`` "" means the file had none (an older CSV)."""

    uid: str
    room: str
    group: str
    deck_id: str
    card_key: str | None
    phase: Phase
    text: str
    created: datetime
    updated: datetime


@dataclass(frozen=True, slots=True)
class IncomingWorkshop:
    name: str
    place: str
    deck_id: str
    created: datetime
    notes: tuple[IncomingNote, ...]


@dataclass
class Merged:
    """What ``merge`` did: the workshops written to (new ones too), notes added and known."""

    workshops: list[Session] = field(default_factory=list)
    added: int = 0
    known: int = 0  # already in the store (or twice in what was merged)


Key = tuple[str, str, str | None, str, str, str]


def merge(
    store: NotesStore, incoming: Sequence[IncomingWorkshop], into: str | None = None
) -> Merged:
    """Add `incoming` to the workshops of their names, or all to the workshop `into`; one
    transaction. Raises ``StoreError`` when the store cannot be written (nothing is)."""
    merged = Merged()
    with store.transaction() as conn:
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        conn.execute(f"PRAGMA cache_size = {_CACHE:d}")  # the uid index takes random inserts
        try:
            _merge(conn, incoming, into, merged)
        finally:
            conn.execute(f"PRAGMA cache_size = {cache:d}")
    return merged


_CACHE = -32 * 1024  # KiB of page cache while merging (SQLite's default is 2 MiB)


def _merge(
    conn: sqlite3.Connection,
    incoming: Sequence[IncomingWorkshop],
    into: str | None,
    merged: Merged,
) -> None:
    uids = {str(row[0]) for row in conn.execute("SELECT uid FROM note")}
    targets: dict[str, Session] = {}
    keys: dict[int, set[Key]] = {}
    for workshop in incoming:
        name = into if into is not None else workshop.name
        session = targets.get(name) or _find_or_make(conn, name, workshop)
        if name not in targets:
            targets[name] = session
            merged.workshops.append(session)
        rows = []
        for note in workshop.notes:
            if note.uid:
                if note.uid in uids:
                    merged.known += 1
                    continue
                uids.add(note.uid)
                uid = note.uid
            else:
                if session.id not in keys:
                    keys[session.id] = _keys(conn, session.id)
                key = _key(note.room, note.deck_id, note.card_key, note.phase,
                           to_stored(note.created), note.text)  # fmt: skip
                if key in keys[session.id]:
                    merged.known += 1
                    continue
                keys[session.id].add(key)
                uid = new_uid()
            created = to_stored(note.created)
            updated = created if note.updated == note.created else to_stored(note.updated)
            rows.append((session.id, note.deck_id, note.card_key, note.phase, note.text,
                         created, updated, note.group, note.room, uid))  # fmt: skip
        rows.sort(key=lambda row: row[5])  # ids in the order the notes were taken
        conn.executemany(
            "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at,"
            " updated_at, group_label, room, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        merged.added += len(rows)


def _find_or_make(conn: sqlite3.Connection, name: str, workshop: IncomingWorkshop) -> Session:
    """The newest workshop called `name`, or a new one with the incoming place, deck, start."""
    row = conn.execute(
        f"SELECT {SESSION_COLUMNS} FROM session WHERE name = ? ORDER BY id DESC LIMIT 1", (name,)
    ).fetchone()
    if row is not None:
        return session_from_row(row)
    created = to_stored(workshop.created)
    cursor = conn.execute(
        "INSERT INTO session (deck_id, name, place, created_at) VALUES (?, ?, ?, ?)",
        (workshop.deck_id, name, workshop.place, created),
    )
    return Session(int(cursor.lastrowid or 0), workshop.deck_id, name, workshop.place,
                   workshop.created)  # fmt: skip


def _keys(conn: sqlite3.Connection, session_id: int) -> set[Key]:
    rows = conn.execute(
        "SELECT room, deck_id, card_key, phase, created_at, text FROM note WHERE session_id = ?",
        (session_id,),
    )
    return {_key(*row) for row in rows}


def _key(room: str, deck_id: str, card_key: str | None, phase: str, created: str, text: str) -> Key:
    """How a note without a uid is recognised: to the minute (a CSV has no seconds), its text
    with its line ends as a CSV gives them back."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return (room, deck_id, card_key, phase, created[:16], text)
