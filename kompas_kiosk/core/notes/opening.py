"""Opening the notes file after an unclean shutdown, and opening it read-only.

A non-empty ``-wal`` means the last run did not close (or another kiosk has the file open).
Before SQLite may replay or discard it, the main file, ``-wal`` and ``-shm`` are copied byte for
byte to ``<name>.kept-<stamp>`` (they keep SQLite's naming, so the copy opens with its log).
They are copied, not linked: SQLite writes into the main file and reuses the log in place, so a
hard link would not stay what it was. Then, where SQLite would lose frames (a damaged frame
with sound commits after it, or an empty or missing main file beside the log), the log is read
by hand (``wal``), the database it holds is rebuilt in a scratch folder, and its sessions, notes
and drafts are merged into the opened store.

Read-only (a write-protected stick): nothing is written in the folder. The database is opened
``immutable``; a hot log is first replayed by hand into a scratch copy under ``TMPDIR``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kompas_kiosk.core.notes import files as notes_files
from kompas_kiosk.core.notes import wal
from kompas_kiosk.core.notes.errors import StoreCorrupt, StoreUnwritable, from_os, from_sqlite
from kompas_kiosk.core.notes.schema import (
    LATEST,
    DamagedError,
    check_schema,
    connect,
    migrate,
    user_version,
)


@dataclass
class Opened:
    conn: sqlite3.Connection
    recovered_from: Path | None = None
    kept: Path | None = None
    rescued: int = 0
    read_only: bool = False
    scratch: Path | None = None


def unwritable(path: Path) -> Path | None:
    """The folder or file that the kiosk may not write, or None when both may be written."""
    if not path.parent.is_dir():
        return None  # made, or reported, by the caller's mkdir
    for target, mode in ((path.parent, os.W_OK | os.X_OK), (path, os.R_OK | os.W_OK)):
        if target.exists() and not os.access(target, mode):
            return target
    return None


def open_writable(
    path: Path, stamp: Callable[[], str], verify: bool, lang: str, live: bool = False
) -> Opened:
    """Keep a copy of a hot log, let SQLite open the file, merge what it would lose. `live`: a
    running kiosk holds the file, so its log is in use, not left over: open it as it is."""
    log = Path(f"{path}-wal")
    kept = None
    scratch = None
    if not live and notes_files.has_hot_wal(path):
        try:
            kept = notes_files.keep_copy(path, stamp())
        except OSError as exc:
            raise from_os(exc, path.parent, lang) from exc
        scratch = Path(tempfile.mkdtemp(prefix="kompas-notes-"))
    try:
        rebuilt = None if scratch is None else _rescue(path, log, scratch, always=False)
        if kept is not None and _size(path) == 0:
            # SQLite would delete the log unread, or replay it onto a new file: it is kept.
            for end in ("-wal", "-shm"):
                Path(f"{path}{end}").unlink(missing_ok=True)
        opened = _connect_or_move_aside(path, stamp, verify, lang)
        opened.kept = kept
        if rebuilt is not None:
            opened.rescued = merge(opened.conn, rebuilt, path, lang)
        return opened
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def open_read_only(path: Path, lang: str) -> Opened:
    """The store opened without writing anything in its folder."""
    log = Path(f"{path}-wal")
    scratch = None
    source = path
    if notes_files.has_hot_wal(path):
        scratch = Path(tempfile.mkdtemp(prefix="kompas-notes-"))
        rebuilt = _rescue(path, log, scratch, always=True)
        source = rebuilt if rebuilt is not None else path
    try:
        conn = sqlite3.connect(_read_only_uri(source), uri=True, isolation_level=None)
        try:
            check_schema(conn, path, lang)
            if user_version(conn) < LATEST:  # an older kiosk's file: read a migrated copy
                scratch = scratch or Path(tempfile.mkdtemp(prefix="kompas-notes-"))
                conn = _migrated_copy(conn, scratch / "migrated.sqlite3")
        except BaseException:
            conn.close()
            raise
    except DamagedError as damage:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise StoreCorrupt(path, str(damage), lang=lang) from damage
    except BaseException:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    return Opened(conn, read_only=True, scratch=scratch)


def merge(conn: sqlite3.Connection, rebuilt: Path, path: Path, lang: str) -> int:
    """Copy into `conn` the sessions, notes and drafts of `rebuilt` it lacks (or has older);
    returns how many notes were added or brought up to date."""
    try:
        source = sqlite3.connect(_read_only_uri(rebuilt), uri=True)
        try:
            sessions = source.execute(f"SELECT {_SESSION} FROM session ORDER BY id").fetchall()
            notes = source.execute(f"SELECT {_NOTE} FROM note ORDER BY id").fetchall()
            drafts = source.execute(f"SELECT {_DRAFT} FROM draft").fetchall()
        finally:
            source.close()
    except sqlite3.Error:
        return 0
    count = 0
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            ids = {row[0]: _merge_session(conn, row) for row in sessions}
            for row in notes:
                if row[1] in ids:
                    count += _merge_note(conn, (row[0], ids[row[1]], *row[2:]))
            for session_id, text, updated_at in drafts:
                if session_id in ids:
                    conn.execute(
                        "INSERT OR IGNORE INTO draft (session_id, text, updated_at)"
                        " VALUES (?, ?, ?)",
                        (ids[session_id], text, updated_at),
                    )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        conn.close()
        raise from_sqlite(exc, path, lang) or exc from exc
    return count


_SESSION = "id, deck_id, name, place, created_at"
_NOTE = (
    "id, session_id, deck_id, card_key, phase, text, created_at, updated_at, deleted_at,"
    " group_label, room, uid"
)
_DRAFT = "session_id, text, updated_at"


def _merge_session(conn: sqlite3.Connection, row: tuple[object, ...]) -> int:
    """The id the session has in `conn`: its own, or a new one when that id is another's."""
    found = conn.execute("SELECT deck_id, created_at FROM session WHERE id = ?", (row[0],))
    existing = found.fetchone()
    if existing is None:
        conn.execute(f"INSERT INTO session ({_SESSION}) VALUES (?, ?, ?, ?, ?)", row)
        return int(str(row[0]))
    if tuple(existing) == (row[1], row[4]):
        return int(str(row[0]))
    cursor = conn.execute(
        "INSERT INTO session (deck_id, name, place, created_at) VALUES (?, ?, ?, ?)", row[1:]
    )
    return int(cursor.lastrowid or 0)


def _merge_note(conn: sqlite3.Connection, row: tuple[object, ...]) -> int:
    found = conn.execute(
        "SELECT session_id, created_at, updated_at, deleted_at FROM note WHERE id = ?", (row[0],)
    )
    existing = found.fetchone()
    if existing is None or (existing[0], existing[1]) != (row[1], row[6]):
        if conn.execute("SELECT 1 FROM note WHERE uid = ?", (row[11],)).fetchone():
            return 0  # the note is there under another id
        if existing is None:
            conn.execute(f"INSERT INTO note ({_NOTE}) VALUES ({', '.join('?' * 12)})", row)
        else:  # another note took the id: a new one
            conn.execute(
                "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at,"
                " updated_at, deleted_at, group_label, room, uid)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row[1:],
            )
        return 1
    if (str(row[7]), row[8]) != (str(existing[2]), existing[3]) and str(row[7]) >= str(existing[2]):
        conn.execute(
            "UPDATE note SET text = ?, updated_at = ?, deleted_at = ?, group_label = ?"
            " WHERE id = ?",
            (row[5], row[7], row[8], row[9], row[0]),
        )
        return 1
    return 0


def _rescue(path: Path, log: Path, scratch: Path, *, always: bool) -> Path | None:
    """The database rebuilt from `path` and its log in `scratch`, when SQLite would lose frames
    of the log (or `always`); None when there is nothing sound to rebuild."""
    try:
        found = wal.scan(log.read_bytes())
    except OSError:
        return None
    if found is None or not (always or found.damaged or _size(path) == 0):
        return None
    target = scratch / "rebuilt.sqlite3"
    for whole, damaged in ((True, False), (True, True), (False, False)):
        with contextlib.suppress(OSError, sqlite3.Error):
            if wal.rebuild(path, log, target, whole=whole, damaged=damaged) and _sound(target):
                return target
    return None


def _sound(database: Path) -> bool:
    """Whether the rebuilt database is sound; one of an older schema is migrated (in scratch)."""
    conn = sqlite3.connect(_read_only_uri(database), uri=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    if ok and 1 <= version < LATEST:
        _migrate_copy(database)
    return ok and 1 <= version <= LATEST


def _migrate_copy(database: Path) -> None:
    """Bring a scratch copy of the store up to ``LATEST`` (nothing of the user's is written)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        migrate(conn)
    finally:
        conn.close()


def _connect_or_move_aside(path: Path, stamp: Callable[[], str], verify: bool, lang: str) -> Opened:
    try:
        return Opened(connect(path, verify, lang))
    except DamagedError as damage:
        try:
            aside = notes_files.move_aside(path, stamp())
        except OSError as exc:
            raise StoreCorrupt(path, f"{damage}; {exc}", kind="unmovable", lang=lang) from exc
        return Opened(connect(path, False, lang), recovered_from=aside)


def _migrated_copy(conn: sqlite3.Connection, target: Path) -> sqlite3.Connection:
    """A copy of `conn`'s database at `target`, migrated, opened read-only; `conn` is closed."""
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        conn.backup(copy)
    finally:
        conn.close()
    try:
        migrate(copy)
    finally:
        copy.close()
    return sqlite3.connect(_read_only_uri(target), uri=True, isolation_level=None)


def lenient_text(data: bytes) -> str:
    """Text whose bytes were damaged on disk, with U+FFFD where they are not UTF-8."""
    return data.decode("utf-8", errors="replace")


def _read_only_uri(path: Path) -> str:
    return f"{path.absolute().as_uri()}?mode=ro&immutable=1"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def refuse(target: Path, lang: str) -> StoreUnwritable:
    return StoreUnwritable(target, os.strerror(errno.EACCES), kind="readonly", lang=lang)
