"""File-level care of the notes database: damage markers, unclean shutdowns, moving aside.

Nothing here deletes or overwrites a file that holds notes. A damaged database is moved to
``<name>.corrupt-<YYYYMMDD-HHMMSS>`` (``-2``, ``-3``… if taken) together with its ``-wal`` and
``-shm`` files, which keep SQLite's naming so the moved file still opens with its journal.
After an unclean shutdown the three are first copied to ``<name>.kept-<YYYYMMDD-HHMMSS>``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
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


def keep_copy(path: Path, stamp: str) -> Path:
    """Copy `path` and its ``-wal``/``-shm`` byte for byte to a free ``.kept-<stamp>`` name,
    synced to disk; return it. A failed copy leaves no half copy behind."""
    counter = 1
    while True:
        suffix = f".kept-{stamp}" if counter == 1 else f".kept-{stamp}-{counter}"
        kept = path.with_name(path.name + suffix)
        counter += 1
        if any(Path(f"{kept}{end}").exists() for end in _COMPANIONS):
            continue
        made: list[Path] = []
        try:
            for end in _COMPANIONS:
                source, target = Path(f"{path}{end}"), Path(f"{kept}{end}")
                if source.exists():
                    _copy_exclusive(source, target)
                    made.append(target)
        except OSError as exc:
            for copy in made:
                copy.unlink(missing_ok=True)
            if isinstance(exc, FileExistsError):
                continue
            raise
        return kept


def _copy_exclusive(source: Path, target: Path) -> None:
    """Copy to a new file `target` (FileExistsError if taken); a failed copy is removed."""
    with source.open("rb") as reading, target.open("xb") as writing:
        try:
            shutil.copyfileobj(reading, writing, 1 << 20)
            writing.flush()
            os.fsync(writing.fileno())
        except OSError:
            target.unlink(missing_ok=True)
            raise


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
