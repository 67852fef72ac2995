"""One kiosk per data folder: the lock on a file in the folder itself (no Qt)."""

from __future__ import annotations

from pathlib import Path

from kompas_kiosk.core.kiosk.data_lock import LOCK_NAME, DataLock, Lock


def test_the_first_holds_the_folder_and_a_second_is_refused(tmp_path: Path) -> None:
    first, second = DataLock(tmp_path / "data"), DataLock(tmp_path / "data")
    try:
        assert first.acquire() is Lock.HELD
        assert first.acquire() is Lock.HELD, "asking again changes nothing"
        assert second.acquire() is Lock.TAKEN
        assert second.holder.startswith("pid "), "the lock file names the running kiosk"
        assert (tmp_path / "data" / LOCK_NAME).is_file()
    finally:
        first.release()
    assert second.acquire() is Lock.HELD, "released: the next kiosk runs"
    second.release()


def test_other_folders_do_not_meet(tmp_path: Path) -> None:
    first, second = DataLock(tmp_path / "a"), DataLock(tmp_path / "b")
    assert (first.acquire(), second.acquire()) == (Lock.HELD, Lock.HELD)
    first.release()
    second.release()


def test_a_folder_that_cannot_hold_a_lock_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    lock = DataLock(blocker)
    assert lock.acquire() is Lock.UNAVAILABLE
    assert lock.problem is not None and str(blocker) in lock.problem
