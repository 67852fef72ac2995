"""File-level care of the notes database: damage markers, unclean shutdowns, moving aside.

Nothing here deletes or overwrites a file that holds notes. A damaged database is moved to
``<name>.corrupt-<YYYYMMDD-HHMMSS>`` (``-2``, ``-3``… if taken) together with its ``-wal`` and
``-shm`` files, which keep SQLite's naming so the moved file still opens with its journal.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_COMPANIONS = ("", "-wal", "-shm")


def marker(path: Path) -> Path:
    """The file that asks the next open to check the database: ``<name>.check``."""
    return path.with_name(path.name + ".check")


def mark_for_check(path: Path, reason: str) -> None:
    """Best effort: the database showed damage; the next open runs the quick check."""
    with contextlib.suppress(OSError):
        marker(path).write_text(reason + "\n", encoding="utf-8")


def has_hot_wal(path: Path) -> bool:
    """Whether a non-empty ``-wal`` file is left: the last run did not close cleanly (or
    another process has the database open)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def move_aside(path: Path, stamp: str) -> Path:
    """Move `path` and its ``-wal``/``-shm`` to a free ``.corrupt-<stamp>`` name; return it."""
    counter = 1
    while True:
        suffix = f".corrupt-{stamp}" if counter == 1 else f".corrupt-{stamp}-{counter}"
        aside = path.with_name(path.name + suffix)
        counter += 1
        if any(Path(f"{aside}{end}").exists() for end in _COMPANIONS):
            continue
        try:
            _move_no_clobber(path, aside)
        except FileExistsError:
            continue
        for end in _COMPANIONS[1:]:
            companion = Path(f"{path}{end}")
            if companion.exists():
                _move_no_clobber(companion, Path(f"{aside}{end}"))
        return aside


def _move_no_clobber(source: Path, target: Path) -> None:
    """Rename `source` to `target`, failing with FileExistsError rather than replacing it."""
    try:
        os.link(source, target)  # fails if target exists: never replaces a file
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (e.g. FAT): check, then rename (which refuses on Windows anyway).
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)
