"""The data-folder lock as Windows does it, on any machine: msvcrt.locking faked with Windows'
rules (byte ranges, mandatory for other readers, a closed file's lock freed only "eventually"),
and no os.pread/os.pwrite, which Windows lacks. packaging/windows/check_windows.py checks the
same under Wine with the real msvcrt, between two processes."""

from __future__ import annotations

import errno
import os
import sys
import types
from pathlib import Path

import pytest

from kompas_kiosk.core.kiosk import data_lock
from kompas_kiosk.core.kiosk.data_lock import DataLock, Lock, held_elsewhere

_real_read = os.read


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking with Windows' rules; `held` is what is locked: (file, offset) -> fd."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self, conflict_errno: int = errno.EACCES) -> None:
        super().__init__("msvcrt")
        self.conflict_errno = conflict_errno
        self.held: dict[tuple[int, int], int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise OSError(errno.EACCES, "not locked")
            del self.held[key]
            return
        if key in self.held:
            raise OSError(self.conflict_errno, "locked" if self.conflict_errno else "Error")
        self.held[key] = fd

    def read(self, fd: int, size: int) -> bytes:
        """os.read where another descriptor's lock covers the bytes: Windows refuses."""
        start, inode = os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_ino
        for (held_inode, offset), owner in self.held.items():
            if held_inode == inode and owner != fd and start <= offset < start + size:
                raise OSError(errno.EACCES, "The process cannot access the file (locked)")
        return _real_read(fd, size)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(data_lock, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.delattr(os, "pread", raising=False)
    monkeypatch.delattr(os, "pwrite", raising=False)
    monkeypatch.setattr(os, "read", fake.read)
    return fake


def test_a_refused_kiosk_reads_who_holds_the_folder(windows: FakeMsvcrt, tmp_path: Path) -> None:
    first, second = DataLock(tmp_path), DataLock(tmp_path)
    assert first.acquire() is Lock.HELD
    assert second.acquire() is Lock.TAKEN
    assert second.holder == f"pid {os.getpid()}", "the note is written and readable while locked"
    assert held_elsewhere(tmp_path)
    first.release()


def test_letting_go_unlocks_before_closing(windows: FakeMsvcrt, tmp_path: Path) -> None:
    first = DataLock(tmp_path)
    assert first.acquire() is Lock.HELD
    first.release()
    assert windows.held == {}, "Windows frees a closed file's lock only eventually"
    second = DataLock(tmp_path)
    assert second.acquire() is Lock.HELD
    second.release()


def test_a_probe_leaves_no_lock_behind(windows: FakeMsvcrt, tmp_path: Path) -> None:
    first = DataLock(tmp_path)  # makes the file
    first.acquire()
    first.release()
    windows.held.clear()  # whatever the release did: this test is about the probe
    assert not held_elsewhere(tmp_path)
    assert windows.held == {}, "the probe's own lock is let go before it closes"


def test_a_conflict_without_an_errno_is_taken_as_wine_reports_it(
    windows: FakeMsvcrt, tmp_path: Path
) -> None:
    windows.conflict_errno = 0  # Wine's C library: OSError "[Errno 0] Error"
    first, second = DataLock(tmp_path), DataLock(tmp_path)
    assert first.acquire() is Lock.HELD
    assert second.acquire() is Lock.TAKEN
    assert held_elsewhere(tmp_path)
    first.release()


def test_a_file_system_without_locks_is_unavailable_not_taken(
    windows: FakeMsvcrt, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def no_locks(fd: int, mode: int, nbytes: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(windows, "locking", no_locks)
    lock = DataLock(tmp_path)
    assert lock.acquire() is Lock.UNAVAILABLE
    assert lock.problem is not None and "kompas-kiosk.lock" in lock.problem
