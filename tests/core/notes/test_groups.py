"""Notes carry a group and a room, and a uid: new notes, edits, and older files upgraded."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from kompas_kiosk.core.notes import schema
from kompas_kiosk.core.notes.store import NotesStore
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"
V1_NOTES = [
    (1, 1, DECK, "07", "card", "Første note", "2026-11-28T09:15:00.000000Z"),
    (2, 1, DECK, None, "exercise", "æøå i øvelsen", "2026-11-28T09:20:00.000000Z"),
]


def a_version_1_file(path: Path) -> None:
    """A store as the kiosk wrote it before notes had groups: schema version 1, two notes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO session (id, deck_id, name, place, created_at) VALUES (?, ?, ?, ?, ?)",
        (1, DECK, "Borgermøde", "Rådhuset", "2026-11-28T09:00:00.000000Z"),
    )
    for row in V1_NOTES:
        conn.execute(
            "INSERT INTO note (id, session_id, deck_id, card_key, phase, text, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*row, row[-1]),
        )
    conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


def test_a_new_note_has_its_group_the_store_s_room_and_a_uid_that_outlives_a_reopen(path):
    with NotesStore.open(path, FakeWallClock(), room="Sal 2") as store:
        session = store.create_session(DECK, "Workshop")
        grouped = store.add_note(session.id, "Bord tre mener", DECK, "07", group="3")
        plain = store.add_note(session.id, "Uden gruppe", DECK, "07")
        store.room = "Sal 4"
        moved = store.add_note(session.id, "Et andet rum", DECK, None, group=" Bord  A ")
    assert (grouped.group, grouped.room, plain.group, plain.room) == ("3", "Sal 2", "", "Sal 2")
    assert (moved.group, moved.room) == ("Bord A", "Sal 4")  # one line, ends trimmed
    uids = {grouped.uid, plain.uid, moved.uid}
    assert len(uids) == 3 and all(len(uid) == 32 and int(uid, 16) >= 0 for uid in uids)
    with NotesStore.open(path) as store:
        assert store.notes(session.id) == [grouped, plain, moved]


def test_a_store_opened_without_a_room_stamps_none(path):
    with NotesStore.open(path, FakeWallClock()) as store:
        session = store.create_session(DECK)
        assert store.add_note(session.id, "her", DECK).room == ""


def test_editing_keeps_the_group_unless_a_new_one_is_given(path):
    clock = FakeWallClock()
    with NotesStore.open(path, clock) as store:
        session = store.create_session(DECK)
        note = store.add_note(session.id, "tekst", DECK, "07", group="2")
        clock.advance(60)
        edited = store.edit_note(note.id, "ny tekst")
        assert (edited.text, edited.group, edited.uid) == ("ny tekst", "2", note.uid)
        regrouped = store.edit_note(note.id, "ny tekst", group="5")
        assert regrouped.group == "5" and regrouped.updated_at > note.updated_at
        assert store.edit_note(note.id, "ny tekst", group="").group == ""
        assert store.get_note(note.id).uid == note.uid


def test_a_version_1_file_is_upgraded_keeping_every_note_and_giving_each_a_uid(path):
    a_version_1_file(path)
    with NotesStore.open(path) as store:
        notes = store.notes(1)
        assert [(n.id, n.text, n.card_key, n.group, n.room) for n in notes] == [
            (1, "Første note", "07", "", ""),
            (2, "æøå i øvelsen", None, "", ""),
        ]
        assert len({n.uid for n in notes}) == 2 and all(len(n.uid) == 32 for n in notes)
        assert store.sessions()[0].name == "Borgermøde"
        added = store.add_note(1, "efter opgraderingen", DECK, group="1")
        assert added.uid not in {n.uid for n in notes}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST == 2
    with pytest.raises(sqlite3.IntegrityError):  # the uid names one note only
        conn.execute("UPDATE note SET uid = (SELECT uid FROM note WHERE id = 1) WHERE id = 2")
    conn.close()
    with NotesStore.open(path) as store:  # the uids made by the upgrade are kept
        assert [n.uid for n in store.notes(1)[:2]] == [n.uid for n in notes]


def test_a_version_1_file_on_a_write_protected_stick_is_read_upgraded_without_writing(
    path, tmp_path, monkeypatch
):
    a_version_1_file(path)
    before = path.read_bytes()
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if Path(target) in (path, path.parent) and mode & os.W_OK:
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    with NotesStore.open(path, read_only_ok=True) as store:
        assert store.read_only
        assert [(n.text, n.group, n.room) for n in store.notes(1)] == [
            ("Første note", "", ""),
            ("æøå i øvelsen", "", ""),
        ]
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes.sqlite3"]


def test_a_version_1_file_whose_note_table_is_missing_is_moved_aside(path):
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE session (id, deck_id, name, place, created_at)")
    conn.execute("CREATE TABLE draft (session_id, text)")
    conn.commit()
    conn.close()
    with NotesStore.open(path) as store:
        assert store.recovered_from is not None
        session = store.create_session(DECK)
        assert store.add_note(session.id, "virker", DECK, group="1").group == "1"
