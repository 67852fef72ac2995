"""Opening the notes database: its settings, and its schema as migrations by ``user_version``.

Migration *n* (1-based) takes a database from version n-1 to n, inside one transaction that
also sets the new version, so a crash leaves either the old version or the new one. To change
the schema, append a function to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from kompas_kiosk.core.notes.errors import StoreTooNew, from_sqlite, is_corruption

Migration = Callable[[sqlite3.Connection], None]

_V1 = (
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        deck_id TEXT NOT NULL,
        name TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session (id),
        deck_id TEXT NOT NULL,
        card_key TEXT,
        phase TEXT NOT NULL CHECK (phase IN ('card', 'exercise')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
    )
    """,
    "CREATE INDEX note_by_session ON note (session_id, id)",
    """
    CREATE TABLE draft (
        session_id INTEGER PRIMARY KEY REFERENCES session (id),
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
)


def _v1(conn: sqlite3.Connection) -> None:
    """Sessions, their notes (soft-deleted with deleted_at), and one draft per session."""
    for statement in _V1:
        conn.execute(statement)


_V2 = (
    "ALTER TABLE note ADD COLUMN group_label TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE note ADD COLUMN room TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE note ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
    "UPDATE note SET uid = lower(hex(randomblob(16)))",
    "CREATE UNIQUE INDEX note_by_uid ON note (uid)",
    """
    CREATE TRIGGER note_gets_a_uid AFTER INSERT ON note WHEN new.uid = '' BEGIN
        UPDATE note SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
    END
    """,
)


def _v2(conn: sqlite3.Connection) -> None:
    """Each note's group (a table's label; '' none), the room it was taken in ('' this kiosk),
    and a uid that recognises it in another kiosk's file: made now for the notes there are, and
    by the trigger for a note inserted without one."""
    for statement in _V2:
        conn.execute(statement)


MIGRATIONS: tuple[Migration, ...] = (_v1, _v2)
LATEST = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to ``LATEST``, one transaction per step; returns the old version.

    The connection must be in autocommit mode (``isolation_level=None``). A database newer than
    ``LATEST`` is left alone: the caller checks for that first.
    """
    start = user_version(conn)
    if start >= LATEST:
        return start
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = user_version(conn)
            if version >= LATEST:
                conn.execute("COMMIT")
                return start
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


class DamagedError(Exception):
    """Found by connect(): the file is not a sound database. NotesStore.open moves it aside."""


_MAGIC = b"SQLite format 3\x00"


def _looks_like_sqlite(path: Path) -> bool:
    """Whether the file is missing, empty, or starts as every SQLite database does.

    Checked before SQLite opens it: on closing a file it cannot read, SQLite deletes the
    ``-wal`` and ``-shm`` beside it, and those must move aside with the file, intact.
    """
    try:
        with path.open("rb") as file:
            head = file.read(len(_MAGIC))
    except OSError:
        return True  # missing, or unreadable: SQLite says which
    return head in (b"", _MAGIC)


def connect(path: Path, verify: bool, lang: str) -> sqlite3.Connection:
    """A connection set up for the store, with the schema migrated to ``LATEST``.

    Raises DamagedError for a file that is not a sound database. One whose header is sound but
    whose body is not may have had its ``-wal`` merged into it by SQLite by then: nothing is
    lost, but the file is no longer byte for byte what it was.
    """
    if not _looks_like_sqlite(path):
        raise DamagedError("file is not a database")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
    except sqlite3.Error as exc:
        raise from_sqlite(exc, path, lang) or exc from exc
    try:
        version = user_version(conn)  # reads the header: not a database fails here
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # truncation fails here
        if version > LATEST:
            raise StoreTooNew(path, found=version, ours=LATEST, lang=lang)
        _check_tables(conn)  # before anything is written: a damaged file moves aside as it was
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if verify:
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise DamagedError("; ".join(problems[:3]))
        migrate(conn)
        _check_tables(conn)
    except sqlite3.Error as exc:
        conn.close()
        if is_corruption(exc):
            raise DamagedError(str(exc)) from exc
        raise from_sqlite(exc, path, lang) or exc from exc
    except BaseException:
        conn.close()
        raise
    return conn


_V1_NOTE = "id, session_id, deck_id, card_key, phase, text, created_at, deleted_at"
_TABLES = {  # the columns each version's tables have at least
    1: {"session": "id, deck_id, name, place, created_at", "draft": "session_id, text"},
}
_TABLES[1]["note"] = _V1_NOTE
_TABLES[2] = {**_TABLES[1], "note": f"{_V1_NOTE}, group_label, room, uid"}


def _check_tables(conn: sqlite3.Connection) -> None:
    """A file that says it has a schema must have its tables: DamagedError if not."""
    version = user_version(conn)
    if version < 1:
        return
    for table, columns in _TABLES[min(version, LATEST)].items():
        try:
            conn.execute(f"SELECT {columns} FROM {table} LIMIT 0").fetchall()
        except sqlite3.OperationalError as exc:
            if is_corruption(exc):
                raise
            raise DamagedError(f"the table '{table}' is missing or incomplete ({exc})") from exc


def check_schema(conn: sqlite3.Connection, path: Path, lang: str) -> None:
    """The checks of ``connect`` for a connection that may not write (nothing is migrated)."""
    try:
        version = user_version(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if version > LATEST:
            raise StoreTooNew(path, found=version, ours=LATEST, lang=lang)
        _check_tables(conn)
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise DamagedError(str(exc)) from exc
        raise from_sqlite(exc, path, lang) or exc from exc
