"""The notes store's one SQLite connection: transactions, reads, and its errors translated.

Every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``, ``ROLLBACK`` on any
exception); reads of text whose bytes were damaged on disk show U+FFFD instead of failing; an
SQLite error becomes the store's own (a ``StoreError`` naming the file, a KeyError or a
ValueError), and damage met marks the file for a check at the next start.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kompas_kiosk.core.notes import files as notes_files
from kompas_kiosk.core.notes import opening
from kompas_kiosk.core.notes.errors import from_sqlite, is_corruption


class Db:
    """One connection in autocommit mode, used from one thread."""

    def __init__(self, conn: sqlite3.Connection, path: Path, lang: str) -> None:
        self.conn = conn
        self.path = path
        self.lang = lang

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    def one(self, query: str, params: tuple[object, ...]) -> tuple[Any, ...] | None:
        rows = self.all(query, params)  # every caller asks for one row at most
        return rows[0] if rows else None

    def all(self, query: str, params: tuple[object, ...]) -> list[tuple[Any, ...]]:
        try:
            try:
                return list(self.conn.execute(query, params))
            except sqlite3.OperationalError as exc:
                if "decode" not in str(exc):
                    raise
                self.conn.text_factory = opening.lenient_text  # damaged text: shown, not fatal
                return list(self.conn.execute(query, params))
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    def translate(self, exc: sqlite3.Error) -> Exception:
        if is_corruption(exc):
            notes_files.mark_for_check(self.path, str(exc))
        if isinstance(exc, sqlite3.IntegrityError) and "FOREIGN KEY" in str(exc):
            return KeyError("no such session")
        if isinstance(exc, sqlite3.DataError):
            return ValueError(f"the text is too long to store ({exc})")
        return from_sqlite(exc, self.path, self.lang) or exc
