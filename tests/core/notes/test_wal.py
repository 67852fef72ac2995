"""A left-over ``-wal`` is kept byte for byte and read to the last note it holds.

The store was killed with 300 notes never checkpointed (the kiosk lost power): the files are a
copy taken while it was open. SQLite alone replays a log only up to a damaged frame and then
deletes it, and deletes a log beside an empty or missing main file unread.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kompas_kiosk.core.notes import wal
from kompas_kiosk.core.notes.store import NotesStore, StoreCorrupt
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"
NOTES = 300
ENDS = ("", "-wal", "-shm")


def crashed(folder: Path, notes: int = NOTES) -> tuple[Path, list[str]]:
    """A notes file in `folder` as a power cut leaves it: every note only in the ``-wal``."""
    source = folder.parent / "live" / "notes.sqlite3"
    store = NotesStore.open(source, FakeWallClock())
    store._conn.execute("PRAGMA wal_autocheckpoint = 0")  # the power went before a checkpoint
    session = store.create_session(DECK, "Borgermøde")
    texts = [f"note {number}: æøå " + "x" * (number % 9 * 150) for number in range(notes)]
    for text in texts:
        store.add_note(session.id, text, DECK, "07")
    folder.mkdir(parents=True)
    for end in ENDS:
        shutil.copyfile(f"{source}{end}", folder / f"notes.sqlite3{end}")
    store.close()
    return folder / "notes.sqlite3", texts


def damage_frame(path: Path, fraction: float) -> int:
    """Damage the page number in one frame header, `fraction` of the way in; its index."""
    log = Path(f"{path}-wal")
    found = wal.scan(log.read_bytes())
    assert found is not None
    index = int(len(found.frames) * fraction)
    with log.open("r+b") as file:
        file.seek(found.frames[index].offset - wal.FRAME_HEADER)
        file.write(b"\xff\xff\xff\xff")
    return index


def snapshot(path: Path) -> dict[str, bytes]:
    return {end: Path(f"{path}{end}").read_bytes() for end in ENDS if Path(f"{path}{end}").exists()}


def texts_in(store: NotesStore) -> list[str]:
    session = store.latest_session()
    return [] if session is None else [note.text for note in store.notes(session.id)]


def assert_kept(store: NotesStore, before: dict[str, bytes]) -> None:
    assert store.kept_copy is not None and store.recovered_from is None
    assert snapshot(store.kept_copy) == before, "the copy must be byte for byte the old files"
    notice = store.recovery_notice("en")
    assert notice is not None and str(store.kept_copy) in notice[1]


def test_a_damaged_frame_header_loses_no_note(tmp_path):
    path, texts = crashed(tmp_path / "data")
    damaged = damage_frame(path, 2 / 3)
    before = snapshot(path)
    with NotesStore.open(path) as store:
        assert texts_in(store) == texts, f"frame {damaged} damaged: notes lost"
        assert store.rescued > 0
        assert_kept(store, before)
        assert store.integrity_check() == []


def test_an_empty_main_file_beside_a_hot_wal_loses_no_note(tmp_path):
    path, texts = crashed(tmp_path / "data")
    path.write_bytes(b"")
    before = snapshot(path)
    with NotesStore.open(path) as store:
        assert texts_in(store) == texts
        assert_kept(store, before)


def test_a_missing_main_file_beside_a_hot_wal_loses_no_note(tmp_path):
    path, texts = crashed(tmp_path / "data")
    path.unlink()
    before = snapshot(path)
    with NotesStore.open(path) as store:
        assert texts_in(store) == texts
        assert_kept(store, before)


def test_a_sound_hot_wal_is_kept_and_replayed_as_sqlite_does(tmp_path):
    path, texts = crashed(tmp_path / "data", notes=20)
    before = snapshot(path)
    with NotesStore.open(path) as store:
        assert texts_in(store) == texts and store.rescued == 0
        assert_kept(store, before)
    with NotesStore.open(path) as store:  # closed cleanly: nothing more to keep
        assert store.kept_copy is None and store.recovery_notice() is None


def test_the_log_checksums_follow_the_file_format(tmp_path):
    path, _ = crashed(tmp_path / "data", notes=5)
    found = wal.scan(Path(f"{path}-wal").read_bytes())
    assert found is not None and found.frames and all(frame.sound for frame in found.frames)
    assert found.prefix == found.last_commit == len(found.frames) and not found.damaged
    damage_frame(path, 0.5)
    damaged = wal.scan(Path(f"{path}-wal").read_bytes())
    assert damaged is not None and damaged.damaged and damaged.prefix < damaged.last_commit


# -- read-only ---------------------------------------------------------------------------------


def _deny_writes(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """As root, chmod does not stop writes: the store is told the folder is read-only, and the
    test checks that nothing in it changed."""
    real = os.access

    def access(target, mode, *args, **kwargs):
        inside = Path(target).resolve().is_relative_to(folder.resolve())
        return False if inside and mode & os.W_OK else real(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.mark.parametrize("hot", [False, True])
def test_a_read_only_folder_is_read_without_writing_in_it(tmp_path, monkeypatch, hot):
    path, texts = crashed(tmp_path / "data", notes=40)
    if not hot:
        with NotesStore.open(path):  # a clean close checkpoints and removes the log
            pass
    folder_before, files_before = _listing(path.parent), snapshot(path)
    _deny_writes(monkeypatch, path.parent)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "scratch"))
    (tmp_path / "scratch").mkdir()
    with NotesStore.open(path, read_only_ok=True) as store:
        assert store.read_only and texts_in(store) == texts
    assert _listing(path.parent) == folder_before and snapshot(path) == files_before
    with pytest.raises(Exception, match="read-only|skrivebeskyttet"):
        NotesStore.open(path)  # the kiosk itself is still told it cannot save


# -- a version-1 file without its tables -------------------------------------------------------


def a_file_without_tables(path: Path) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()


def test_a_version_1_file_without_its_tables_is_moved_aside(tmp_path):
    path = tmp_path / "data" / "notes.sqlite3"
    a_file_without_tables(path)
    before = path.read_bytes()
    with NotesStore.open(path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == before
        session = store.create_session(DECK)
        store.add_note(session.id, "virker igen", DECK)
        assert store.recovery_notice() is not None


def test_a_version_1_file_without_its_tables_read_only_is_damaged(tmp_path, monkeypatch):
    path = tmp_path / "data" / "notes.sqlite3"
    a_file_without_tables(path)
    _deny_writes(monkeypatch, path.parent)
    with pytest.raises(StoreCorrupt, match="note"):
        NotesStore.open(path, read_only_ok=True)


def test_a_note_whose_bytes_were_damaged_on_disk_is_shown_not_fatal(tmp_path):
    path = tmp_path / "data" / "notes.sqlite3"
    with NotesStore.open(path) as store:
        session = store.create_session(DECK)
        store.add_note(session.id, "før", DECK)
        store.add_note(session.id, "ødelagt æøå", DECK)
    data = path.read_bytes()
    where = data.rindex("ødelagt".encode())
    path.write_bytes(data[:where] + b"\xff" + data[where + 1 :])
    with NotesStore.open(path) as store:
        texts = [note.text for note in store.notes(session.id)]
    assert texts[0] == "før" and texts[1].startswith("\ufffd")


def test_a_damaged_time_on_disk_reads_as_unknown_not_fatal(tmp_path):
    path = tmp_path / "data" / "notes.sqlite3"
    with NotesStore.open(path) as store:
        session = store.create_session(DECK)
        store.add_note(session.id, "med en tid", DECK)
    data = path.read_bytes()
    where = data.rindex(b"T", 0, data.rindex(b"med en tid") + 40)  # the note's created_at
    path.write_bytes(data[:where] + b"\xff" + data[where + 1 :])
    with NotesStore.open(path) as store:
        assert [note.text for note in store.notes(session.id)] == ["med en tid"]
