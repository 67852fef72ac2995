"""One kiosk per data folder: a lock on a file in the folder itself, held while the kiosk runs.

Whatever TMPDIR, display or user a kiosk starts with, a second kiosk on the same data folder
(the same notes and room state) is refused, and kiosks on different folders run side by side.
The lock is the operating system's (`flock` on POSIX, `msvcrt.locking` on Windows): a crashed
kiosk's lock goes with its process, so nothing stale blocks a restart. A folder where no lock
file can be made (a read-only stick) does not stop the kiosk: `problem` says why, to warn.

Windows locks bytes, not files, and its locks are mandatory: the holder locks one byte far past
the "pid N" note at the start of the file, so a refused kiosk can still read the note, and
unlocks before closing (Windows frees a closed file's locks only "eventually").
"""

from __future__ import annotations

import enum
import errno
import os
import sys
from pathlib import Path

LOCK_NAME = "kompas-kiosk.lock"
LOCKED_BYTE = 1 << 20  # Windows: the byte locked, past the note (a lock may lie past the end)


class Lock(enum.Enum):
    HELD = "held"  # this kiosk holds the folder
    TAKEN = "taken"  # another kiosk holds it
    UNAVAILABLE = "unavailable"  # no lock could be made (read-only folder): run, and warn


class DataLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / LOCK_NAME
        self.problem: str | None = None  # why no lock could be made (UNAVAILABLE)
        self.holder: str = ""  # what the lock file says of the kiosk holding it (TAKEN)
        self._fd: int | None = None

    def acquire(self) -> Lock:
        """Take the folder's lock without waiting."""
        if self._fd is not None:
            return Lock.HELD
        try:
            fd = _open(self.path)
        except OSError as error:
            self.problem = f"{self.path}: {error.strerror or error}"
            return Lock.UNAVAILABLE
        try:
            _lock(fd)
        except BlockingIOError:
            self.holder = _read(fd)
            os.close(fd)
            return Lock.TAKEN
        except OSError as error:  # a file system without locks
            os.close(fd)
            self.problem = f"{self.path}: {error.strerror or error}"
            return Lock.UNAVAILABLE
        self._fd = fd
        _write(fd, f"pid {os.getpid()}\n")
        return Lock.HELD

    def release(self) -> None:
        """Free the folder (on exit; the end of the process frees it too)."""
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)  # the file stays for the next kiosk
            self._fd = None


def held_elsewhere(folder: Path) -> bool:
    """Whether a running kiosk holds `folder` (asked without creating anything in it)."""
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False  # no kiosk has ever run here, or the file cannot be read
    try:
        _lock(fd)
    except BlockingIOError:
        return True
    except OSError:
        os.close(fd)
        return False
    _unlock(fd)  # the lock taken just now
    os.close(fd)
    return False


def _open(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = getattr(os, "O_BINARY", 0)  # Windows: no "\n" -> "\r\n" in the note
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | binary, 0o600)
    except PermissionError:
        return os.open(path, os.O_RDONLY | binary)  # a read-only folder that has the file: lock it


def _lock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            # Windows says EACCES (EDEADLOCK after retries); Wine's C library sets no errno.
            if error.errno in (0, errno.EACCES, errno.EDEADLOCK):
                raise BlockingIOError(str(error)) from error
            raise
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int) -> None:
    """Windows: let go of the byte before closing. POSIX: closing is enough."""
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, LOCKED_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:  # not locked: closing frees it anyway
            return


def _read(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)  # not pread: Windows has none
        return os.read(fd, 64).decode("ascii", "replace").strip()
    except OSError:
        return ""


def _write(fd: int, text: str) -> None:
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)  # not pwrite: Windows has none
        os.write(fd, text.encode("ascii"))
    except OSError:  # read-only: the lock holds without the note
        return
