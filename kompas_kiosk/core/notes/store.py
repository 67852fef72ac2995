"""The facilitator's notes: workshop sessions, their notes and the unsent draft, in SQLite.

No note is ever lost. Every write is one transaction committed with ``synchronous=FULL`` in WAL
mode before the method returns; deleting a note only marks it (``deleted_at``), so it can be
undone; a damaged file is moved aside, never deleted. One connection, used from one thread.

Times are stored as ISO 8601 UTC (see ``notes_time``); ``Note`` and ``Session`` carry aware UTC
datetimes, and the views convert them to local time for display.

Opening is cheap whatever the size: it reads the header and the schema (which catches a file
that is not a database, and a truncated one) and migrates if needed. The O(size) ``PRAGMA
quick_check`` runs only when the last run did not close cleanly (a non-empty ``-wal`` file is
left) or when damage was met during the last run (a ``.check`` marker file), or on request.
"""

from __future__ import annotations

import shutil
from datetime import datetime, tzinfo
from pathlib import Path

from kompas_kiosk.core.notes import files as notes_files
from kompas_kiosk.core.notes import opening
from kompas_kiosk.core.notes.db import Db
from kompas_kiosk.core.notes.errors import (
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    StoreUnwritable,
    from_os,
    message,
)
from kompas_kiosk.core.notes.model import (
    ANY_CARD,
    NOTE_COLUMNS,
    PHASES,
    SESSION_COLUMNS,
    AnyCard,
    Note,
    Phase,
    Session,
    check_label,
    check_text,
    new_uid,
    note_from_row,
    session_from_row,
)
from kompas_kiosk.core.notes.opening import Opened
from kompas_kiosk.core.notes.timestamps import (
    Clock,
    from_stored,
    short_date_time,
    to_local,
    to_stored,
    utc_now,
)

__all__ = [
    "ANY_CARD",
    "Note",
    "NotesStore",
    "Phase",
    "Session",
    "StoreCorrupt",
    "StoreError",
    "StoreTooNew",
    "StoreUnwritable",
]


class NotesStore:
    """The notes of every session, in one SQLite file. Create with ``NotesStore.open``."""

    def __init__(
        self, opened: Opened, path: Path, clock: Clock, lang: str, tz: tzinfo | None, room: str
    ):
        self.room = room
        """The room's name each new note is stamped with ('' this kiosk); may be changed."""
        self._conn = opened.conn
        self._db = Db(opened.conn, path, lang)
        self._clock = clock
        self._lang = lang
        self._tz = tz
        self._scratch = opened.scratch
        self.path = path
        self.recovered_from = opened.recovered_from
        """Where a damaged file found at open was moved to, or None."""
        self.kept_copy = opened.kept  # the copy made before a left-over -wal was replayed
        self.rescued = opened.rescued  # notes taken from it beyond what SQLite replayed
        self.read_only = opened.read_only  # read_only_ok, and the folder or file is protected

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Clock = utc_now,
        *,
        lang: str = "da",
        tz: tzinfo | None = None,
        verify: bool | None = None,
        read_only_ok: bool = False,
        live: bool = False,
        room: str = "",
    ) -> NotesStore:
        """Open or create the store at `path`; its folder is created if missing.

        `clock` gives the wall-clock time of each write; `lang` the language of errors and of
        default session names; `tz` the zone of those names (None: the machine's). `verify`
        True/False forces the quick check on/off; None decides as the module doc says.
        `read_only_ok`: a write-protected folder or file is opened for reading (see
        ``opening``) instead of refused. `live`: a running kiosk holds the file (the command
        line beside it): its log is in use, not left over. `room`: the room's name new notes
        are stamped with ('' this kiosk; the setting ``room_name``). Raises a ``StoreError``
        subclass when the environment is at fault.
        """
        path = Path(path)
        blocked = opening.unwritable(path)
        if blocked is not None:
            # SQLite would open a read-only file read-only and fail only at the first note.
            if not read_only_ok or not path.exists():
                raise opening.refuse(blocked, lang)
            return cls(opening.open_read_only(path, lang), path, clock, lang, tz, room)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise from_os(exc, path.parent, lang) from exc
        marker = notes_files.marker(path)
        if verify is None:
            verify = not live and (marker.exists() or notes_files.has_hot_wal(path))

        def stamp() -> str:  # the clock is read only when a file is kept or moved aside
            return to_local(clock(), tz).strftime("%Y%m%d-%H%M%S")

        opened = opening.open_writable(path, stamp, verify, lang, live)
        marker.unlink(missing_ok=True)
        return cls(opened, path, clock, lang, tz, room)

    def recovery_notice(self, lang: str | None = None) -> tuple[str, str] | None:
        """(heading, details) telling where a damaged file was put, or where the files were
        kept before a left-over ``-wal`` was replayed; None if neither happened."""
        lang = lang or self._lang
        if self.recovered_from is not None:
            return message("recovered", lang, aside=self.recovered_from)
        if self.kept_copy is not None:
            more = message("rescued", lang, count=self.rescued)[1] if self.rescued else ""
            return message("kept", lang, kept=self.kept_copy, rescued=more)
        return None

    def close(self) -> None:
        self._conn.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- sessions ---------------------------------------------------------------------------

    def create_session(
        self, deck_id: str, name: str | None = None, place: str = "", *, deck_title: str = ""
    ) -> Session:
        """A new session; without a name, one like '28. nov. 2026 kl. 10.15 · <deck title>'."""
        now = self._clock()
        if name is None:
            when = short_date_time(to_local(now, self._tz), self._lang)
            name = f"{when} · {deck_title or deck_id}"
        check_text(name, "a session name")
        stamp = to_stored(now)
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO session (deck_id, name, place, created_at) VALUES (?, ?, ?, ?)",
                (deck_id, name, place, stamp),
            )
        return Session(int(cursor.lastrowid or 0), deck_id, name, place, from_stored(stamp))

    def rename_session(self, session_id: int, name: str) -> Session:
        check_text(name, "a session name")
        return self._update_session(session_id, "name", name)

    def set_place(self, session_id: int, place: str) -> Session:
        return self._update_session(session_id, "place", place)

    def get_session(self, session_id: int) -> Session:
        row = self._db.one(f"SELECT {SESSION_COLUMNS} FROM session WHERE id = ?", (session_id,))
        if row is None:
            raise KeyError(f"no session {session_id}")
        return session_from_row(row)

    def sessions(self) -> list[Session]:
        """Every session, newest (last created) first."""
        query = f"SELECT {SESSION_COLUMNS} FROM session ORDER BY id DESC"
        return [session_from_row(row) for row in self._db.all(query, ())]

    def latest_session(self) -> Session | None:
        row = self._db.one(f"SELECT {SESSION_COLUMNS} FROM session ORDER BY id DESC LIMIT 1", ())
        return None if row is None else session_from_row(row)

    # -- notes ------------------------------------------------------------------------------

    def add_note(
        self,
        session_id: int,
        text: str,
        deck_id: str,
        card_key: str | None = None,
        phase: Phase = "card",
        *,
        clear_draft: bool = True,
        group: str = "",
    ) -> Note:
        """Store `text` exactly; returns once it is committed to disk.

        `card_key` None means the session in general; `group` the table's label ('' none); the
        note is stamped with the store's ``room`` and a new uid. With `clear_draft` the
        session's draft is emptied in the same transaction: the note field was sent. Blank text
        is a ValueError.
        """
        check_text(text)
        group = check_label(group, "a group")
        if phase not in PHASES:
            raise ValueError(f"phase must be 'card' or 'exercise', not {phase!r}")
        stamp = to_stored(self._clock())
        uid, room = new_uid(), check_label(self.room, "a room")
        with self._db.write() as conn:
            cursor = conn.execute(
                "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at,"
                " updated_at, group_label, room, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, deck_id, card_key, phase, text, stamp, stamp, group, room, uid),
            )
            if clear_draft:
                conn.execute("DELETE FROM draft WHERE session_id = ?", (session_id,))
        created = from_stored(stamp)
        note_id = int(cursor.lastrowid or 0)
        return Note(
            note_id, session_id, deck_id, card_key, phase, text, created, created, None,
            group, room, uid,
        )  # fmt: skip

    def get_note(self, note_id: int) -> Note:
        row = self._db.one(f"SELECT {NOTE_COLUMNS} FROM note WHERE id = ?", (note_id,))
        if row is None:
            raise KeyError(f"no note {note_id}")
        return note_from_row(row)

    def edit_note(self, note_id: int, text: str, *, group: str | None = None) -> Note:
        """Replace a note's text (blank text is a ValueError: delete the note instead) and,
        unless `group` is None, its group ('' none)."""
        check_text(text)
        stamp = to_stored(self._clock())
        if group is None:
            return self._update_note(note_id, "text = ?, updated_at = ?", (text, stamp))
        group = check_label(group, "a group")
        assignments = "text = ?, group_label = ?, updated_at = ?"
        return self._update_note(note_id, assignments, (text, group, stamp))

    def delete_note(self, note_id: int) -> Note:
        """Mark the note deleted; it stays in the file until ``undo_delete`` brings it back."""
        stamp = to_stored(self._clock())
        return self._update_note(note_id, "deleted_at = coalesce(deleted_at, ?)", (stamp,))

    def undo_delete(self, note_id: int) -> Note:
        return self._update_note(note_id, "deleted_at = NULL", ())

    def notes(
        self,
        session_id: int,
        card_key: str | None | AnyCard = ANY_CARD,
        include_deleted: bool = False,
        *,
        deck_id: str | None = None,
    ) -> list[Note]:
        """The session's notes in the order they were written. `card_key` None: general only.
        `deck_id`: only that deck's notes (None: every deck's)."""
        where, params = _note_filter(session_id, card_key, include_deleted, deck_id)
        query = f"SELECT {NOTE_COLUMNS} FROM note WHERE {where} ORDER BY id"
        return [note_from_row(row) for row in self._db.all(query, params)]

    def latest_notes(
        self,
        session_id: int,
        limit: int,
        card_key: str | None | AnyCard = ANY_CARD,
        include_deleted: bool = False,
        *,
        deck_id: str | None = None,
    ) -> list[Note]:
        """The session's newest `limit` notes (filtered as ``notes`` does), in the order they
        were written: the same as ``notes(...)[-limit:]``, without reading the older ones."""
        if limit <= 0:
            return []
        where, params = _note_filter(session_id, card_key, include_deleted, deck_id)
        query = f"SELECT {NOTE_COLUMNS} FROM note WHERE {where} ORDER BY id DESC LIMIT ?"
        rows = self._db.all(query, (*params, limit))
        return [note_from_row(row) for row in reversed(rows)]

    def count_notes(
        self,
        session_id: int,
        card_key: str | None | AnyCard = ANY_CARD,
        include_deleted: bool = False,
        *,
        deck_id: str | None = None,
    ) -> int:
        where, params = _note_filter(session_id, card_key, include_deleted, deck_id)
        row = self._db.one(f"SELECT count(*) FROM note WHERE {where}", params)
        return int(row[0]) if row else 0

    def last_note_write(self, session_id: int) -> datetime | None:
        """When a note of the session was last written (added or edited, deleted ones too);
        None if it has none. One query: the notes themselves are not read."""
        row = self._db.one("SELECT max(updated_at) FROM note WHERE session_id = ?", (session_id,))
        return None if row is None or row[0] is None else from_stored(str(row[0]))

    # -- the draft --------------------------------------------------------------------------

    def save_draft(self, session_id: int, text: str) -> None:
        """Keep the unsent text of the note field (exactly; "" forgets it). One row a session."""
        with self._db.write() as conn:
            if text == "":
                conn.execute("DELETE FROM draft WHERE session_id = ?", (session_id,))
            else:
                conn.execute(
                    "INSERT INTO draft (session_id, text, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (session_id) DO UPDATE"
                    " SET text = excluded.text, updated_at = excluded.updated_at",
                    (session_id, text, to_stored(self._clock())),
                )

    def load_draft(self, session_id: int) -> str:
        row = self._db.one("SELECT text FROM draft WHERE session_id = ?", (session_id,))
        return "" if row is None else str(row[0])

    # -- upkeep -----------------------------------------------------------------------------

    def integrity_check(self) -> list[str]:
        """The problems ``PRAGMA integrity_check`` finds (slow on a big file); [] when sound."""
        rows = [str(row[0]) for row in self._db.all("PRAGMA integrity_check", ())]
        return [] if rows == ["ok"] else rows

    # -- internals --------------------------------------------------------------------------

    def _update_session(self, session_id: int, column: str, value: str) -> Session:
        with self._db.write() as conn:
            query = f"UPDATE session SET {column} = ? WHERE id = ?"
            cursor = conn.execute(query, (value, session_id))
            if cursor.rowcount == 0:
                raise KeyError(f"no session {session_id}")
        return self.get_session(session_id)

    def _update_note(self, note_id: int, assignments: str, params: tuple[object, ...]) -> Note:
        with self._db.write() as conn:
            cursor = conn.execute(f"UPDATE note SET {assignments} WHERE id = ?", (*params, note_id))
            if cursor.rowcount == 0:
                raise KeyError(f"no note {note_id}")
            row = conn.execute(f"SELECT {NOTE_COLUMNS} FROM note WHERE id = ?", (note_id,))
            return note_from_row(row.fetchone())


def _note_filter(
    session_id: int, card_key: str | None | AnyCard, include_deleted: bool, deck_id: str | None
) -> tuple[str, tuple[object, ...]]:
    where = "session_id = ?"
    params: tuple[object, ...] = (session_id,)
    if deck_id is not None:
        where += " AND deck_id = ?"
        params += (deck_id,)
    if card_key is not ANY_CARD:
        where += " AND card_key IS ?"
        params += (card_key,)
    if not include_deleted:
        where += " AND deleted_at IS NULL"
    return where, params
