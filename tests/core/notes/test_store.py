"""The notes store: settings, schema version, damaged and unwritable files, exact round trips."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_kiosk.core.notes import files as notes_files
from kompas_kiosk.core.notes.schema import LATEST
from kompas_kiosk.core.notes.store import (
    ANY_CARD,
    NotesStore,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    StoreUnwritable,
)
from tests.helpers.stubs import FakeWallClock

CPH = ZoneInfo("Europe/Copenhagen")
DECK = "samarbejdskompasset"


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


@pytest.fixture
def store(path: Path, clock: FakeWallClock):
    with NotesStore.open(path, clock, tz=CPH) as opened:
        yield opened


def a_database(path: Path, notes: int = 3) -> None:
    """A sound store at `path` with a few notes, closed cleanly."""
    with NotesStore.open(path, FakeWallClock()) as store:
        session = store.create_session(DECK)
        for number in range(notes):
            store.add_note(session.id, f"note {number} " + "x" * 2000, DECK, "07")


# -- opening ---------------------------------------------------------------------------------


def test_open_creates_the_folder_and_a_wal_database_with_full_sync(store, path):
    assert path.is_file()
    conn = store._conn  # the settings are per connection: look at the store's own
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST == 2
    assert store.recovered_from is None and store.recovery_notice() is None


def test_reopening_keeps_everything(path, clock):
    with NotesStore.open(path, clock) as store:
        session = store.create_session(DECK, "Workshop", "Rådhuset")
        note = store.add_note(session.id, "Første note", DECK, "07")
        store.save_draft(session.id, "halvfærdig")
    with NotesStore.open(path, clock) as store:
        assert store.sessions() == [session]
        assert store.notes(session.id) == [note]
        assert store.load_draft(session.id) == "halvfærdig"


def test_a_database_from_a_newer_kiosk_is_refused_and_left_untouched(path):
    a_database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNew) as caught:
        NotesStore.open(path)
    error = caught.value
    assert isinstance(error, StoreError)
    assert str(path) in error.details
    assert "version 7" in error.details and f"version {LATEST}" in error.details
    assert "Opdatér kiosken" in error.details
    heading, details = error.text("en")
    assert "newer version" in heading and "Update the kiosk" in details
    assert path.read_bytes() == before


# -- damaged files ---------------------------------------------------------------------------


def _truncated(path: Path) -> None:
    a_database(path, notes=40)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(bytes(range(256)) * 64),
        lambda p: p.write_text("Mødenoter, skrevet i Notesblok\r\n", encoding="utf-8"),
        _truncated,
    ],
    ids=["random-bytes", "text-file", "truncated-db"],
)
def test_a_damaged_file_is_moved_aside_byte_for_byte_and_a_new_store_started(path, damage):
    path.parent.mkdir(parents=True)
    damage(path)
    original = path.read_bytes()
    clock = FakeWallClock(datetime(2026, 11, 28, 9, 15, 0, tzinfo=UTC))
    with NotesStore.open(path, clock, tz=CPH) as store:
        aside = path.with_name("notes.sqlite3.corrupt-20261128-101500")
        assert store.recovered_from == aside
        assert aside.read_bytes() == original
        heading, details = store.recovery_notice("da") or ("", "")
        assert "lagt til side" in heading and str(aside) in details
        session = store.create_session(DECK)
        assert store.add_note(session.id, "ny start", DECK).id == 1


def test_a_second_damaged_file_never_overwrites_the_first(path):
    path.parent.mkdir(parents=True)
    clock = FakeWallClock()  # both damages are found at the same second
    path.write_bytes(b"first damage " * 500)
    NotesStore.open(path, clock).close()
    path.write_bytes(b"second damage " * 500)
    with NotesStore.open(path, clock) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.name == "notes.sqlite3.corrupt-20261128-091500-2"
    first = path.with_name("notes.sqlite3.corrupt-20261128-091500")
    assert first.read_bytes() == b"first damage " * 500
    assert store.recovered_from.read_bytes() == b"second damage " * 500


def test_the_journal_files_move_aside_with_the_damaged_file(path):
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage" * 700)
    Path(f"{path}-wal").write_bytes(b"old journal")
    Path(f"{path}-shm").write_bytes(b"old index")
    with NotesStore.open(path, FakeWallClock()) as store:
        aside = store.recovered_from
        assert aside is not None
        assert Path(f"{aside}-wal").read_bytes() == b"old journal"
        assert Path(f"{aside}-shm").read_bytes() == b"old index"


def _damage_a_table_page(path: Path) -> None:
    """Scribble over the middle of the file: the header and schema still read fine."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = b"\xff" * (2 * page)
    path.write_bytes(bytes(data))


def test_damage_past_the_header_is_found_by_the_check_after_an_unclean_end(path):
    a_database(path, notes=60)
    _damage_a_table_page(path)
    with NotesStore.open(path, verify=False) as store:  # the cheap open does not see it...
        with pytest.raises(StoreCorrupt) as caught:
            store.notes(1)  # ...reading does: and asks the next open to check
        assert "beskadiget" in caught.value.heading
    assert notes_files.marker(path).exists()
    with NotesStore.open(path) as store:
        assert store.recovered_from is not None
        assert store.sessions() == []
    assert not notes_files.marker(path).exists()


def test_quick_check_runs_only_after_an_unclean_end(tmp_path, path):
    a_database(path, notes=60)
    _damage_a_table_page(path)
    with NotesStore.open(path) as store:  # closed cleanly last time: the open stays O(1)
        assert store.recovered_from is None

    # An unclean end: copy a store's files while it is open, leaving its -wal behind.
    live = tmp_path / "live" / "notes.sqlite3"
    a_database(live, notes=60)
    crashed = tmp_path / "crashed" / "notes.sqlite3"
    crashed.parent.mkdir()
    with NotesStore.open(live) as store:
        store.add_note(1, "in the journal only", DECK)
        snapshot = {end: Path(f"{live}{end}").read_bytes() for end in ("", "-wal", "-shm")}
    for end, data in snapshot.items():
        Path(f"{crashed}{end}").write_bytes(data)
    assert notes_files.has_hot_wal(crashed)
    with NotesStore.open(crashed) as store:  # sound: checked, kept, and the note is there
        assert store.recovered_from is None
        assert store.notes(1)[-1].text == "in the journal only"
    for end, data in snapshot.items():
        Path(f"{crashed}{end}").write_bytes(data)
    _damage_a_table_page(crashed)
    with NotesStore.open(crashed) as store:  # damaged: the check finds it and moves it aside
        assert store.recovered_from is not None


# -- unwritable places -----------------------------------------------------------------------


def test_a_file_where_the_folder_should_be(tmp_path):
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(StoreUnwritable) as caught:
        NotesStore.open(tmp_path / "data" / "notes.sqlite3")
    assert caught.value.kind == "cantopen"
    assert "data" in caught.value.details and "mappe" in caught.value.details


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_a_place_where_nothing_can_be_created():
    with pytest.raises(StoreUnwritable) as caught:
        NotesStore.open(Path("/proc/kompas-kiosk-test/notes.sqlite3"), lang="en")
    assert "/proc/kompas-kiosk-test" in caught.value.details


def test_a_read_only_folder_is_refused_at_open(path, monkeypatch):
    # We run as root, for whom chmod stops nothing: make os.access answer as for a user.
    path.parent.mkdir(parents=True)
    monkeypatch.setattr("os.access", lambda target, mode: Path(target) != path.parent)
    with pytest.raises(StoreUnwritable) as caught:
        NotesStore.open(path)
    error = caught.value
    assert error.kind == "readonly" and error.path == path.parent
    assert "skrivebeskyttet" in error.heading and str(path.parent) in error.details
    assert "read-only" in error.text("en")[0]


def test_a_read_only_database_fails_the_write_and_keeps_nothing_half_done(path, monkeypatch):
    a_database(path)
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3,
        "connect",
        lambda database, **kw: real_connect(f"file:{database}?mode=ro", uri=True, **kw),
    )
    with NotesStore.open(path, verify=False) as store:
        with pytest.raises(StoreUnwritable) as caught:
            store.add_note(1, "kan ikke gemmes", DECK)
        assert caught.value.kind == "readonly"
        assert [n.text[:6] for n in store.notes(1)] == ["note 0", "note 1", "note 2"]


def test_a_full_disk_is_reported_and_the_store_keeps_working(store):
    session = store.create_session(DECK)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLITE_FULL, as on a full disk
    with pytest.raises(StoreUnwritable) as caught:
        store.add_note(session.id, "x" * 100_000, DECK)
    assert caught.value.kind == "full" and "fuld" in caught.value.heading
    assert store.count_notes(session.id) == 0
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.add_note(session.id, "igen", DECK).text == "igen"


# -- notes -----------------------------------------------------------------------------------

EXACT_TEXTS = [
    "Tør du dele det halvfærdige? æøå ÆØÅ",
    "emoji 👩🏽‍🤝‍👨🏻 🇩🇰",
    "עברית ו-العربية RTL \u202e reversed",
    "combining e\u0301 and zero\u200bwidth",
    "NUL \x00 inside, and at the end\x00",
    "line one\nline two\r\nline three\rand\ttab",
    "<script>alert('x')</script> **bold** # heading",
    "'); DROP TABLE note; --",
    "  leading and trailing spaces  ",
    "=SUM(A1:A9)",
    "x" * 1_000_000,
]


@pytest.mark.parametrize("text", EXACT_TEXTS, ids=range(len(EXACT_TEXTS)))
def test_any_text_round_trips_exactly(store, path, text):
    session = store.create_session(DECK)
    note = store.add_note(session.id, text, DECK, "07")
    assert note.text == text
    assert store.get_note(note.id).text == text
    store.close()
    with NotesStore.open(path) as reopened:
        assert reopened.get_note(note.id).text == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1).filter(str.strip), key=st.none() | st.text(max_size=8))
def test_hypothesis_text_round_trips(tmp_path_factory, text, key):
    path = tmp_path_factory.getbasetemp() / "hypothesis.sqlite3"
    with NotesStore.open(path) as store:
        session = store.latest_session() or store.create_session(DECK)
        note = store.add_note(session.id, text, DECK, key, "exercise")
        assert store.get_note(note.id) == note
        assert store.notes(session.id, card_key=key)[-1].text == text


@pytest.mark.parametrize("blank", ["", " ", "\n\t ", "\u3000\u00a0"])
def test_blank_text_is_refused(store, blank):
    session = store.create_session(DECK)
    with pytest.raises(ValueError):
        store.add_note(session.id, blank, DECK)
    note = store.add_note(session.id, "ok", DECK)
    with pytest.raises(ValueError):
        store.edit_note(note.id, blank)
    assert [n.text for n in store.notes(session.id)] == ["ok"]


def test_unencodable_text_and_a_wrong_phase_are_refused(store):
    session = store.create_session(DECK)
    with pytest.raises(ValueError):
        store.add_note(session.id, "lone \ud800 surrogate", DECK)
    with pytest.raises(ValueError):
        store.add_note(session.id, "x", DECK, phase="plenum")  # type: ignore[arg-type]
    assert store.count_notes(session.id) == 0


def test_edit_delete_and_undo(store, clock):
    session = store.create_session(DECK)
    note = store.add_note(session.id, "første udgave", DECK, "07")
    clock.advance(60)
    edited = store.edit_note(note.id, "anden udgave")
    assert edited.text == "anden udgave" and edited.created_at == note.created_at
    assert edited.updated_at == note.created_at + timedelta(seconds=60)
    deleted = store.delete_note(note.id)
    assert deleted.deleted and store.notes(session.id) == []
    assert store.count_notes(session.id) == 0
    assert store.count_notes(session.id, include_deleted=True) == 1
    assert store.notes(session.id, include_deleted=True) == [deleted]
    assert store.delete_note(note.id).deleted_at == deleted.deleted_at  # twice: no change
    restored = store.undo_delete(note.id)
    assert not restored.deleted and store.notes(session.id) == [restored]
    for action in (store.delete_note, store.undo_delete, store.get_note):
        with pytest.raises(KeyError):
            action(999)
    with pytest.raises(KeyError):
        store.edit_note(999, "x")


def test_notes_come_in_the_order_written_even_when_the_clock_jumps_back(store, clock):
    session = store.create_session(DECK)
    first = store.add_note(session.id, "først", DECK)
    clock.advance(-3600)  # e.g. the machine's clock was corrected
    second = store.add_note(session.id, "derefter", DECK, "07")
    assert store.notes(session.id) == [first, second]
    assert store.notes(session.id, card_key=None) == [first]
    assert store.notes(session.id, card_key="07") == [second]
    assert store.notes(session.id, card_key=ANY_CARD) == [first, second]
    assert store.count_notes(session.id, card_key="07") == 1


def test_the_latest_notes_without_reading_the_older_ones(store, clock):
    session = store.create_session(DECK)
    other = store.create_session(DECK)
    store.add_note(other.id, "en anden session", DECK, "07")
    written = []
    for number in range(12):
        clock.advance(-60 if number == 5 else 60)  # the order is the order written, not the time
        key = "07" if number % 3 else None
        deck = "aarhuskompasset" if number == 10 else DECK
        written.append(store.add_note(session.id, f"note {number}", deck, key))
    deleted = store.delete_note(written[-1].id)
    live = written[:-1]
    assert store.latest_notes(session.id, 4) == live[-4:]
    assert store.latest_notes(session.id, 100) == live == store.notes(session.id)
    assert store.latest_notes(session.id, 0) == []
    assert store.latest_notes(session.id, 2, include_deleted=True) == [written[-2], deleted]
    on_card = [n for n in live if n.card_key == "07"]
    assert store.latest_notes(session.id, 3, "07") == on_card[-3:]
    assert store.latest_notes(session.id, 2, None) == [n for n in live if n.card_key is None][-2:]
    ours = [n for n in on_card if n.deck_id == DECK]
    assert store.latest_notes(session.id, 3, "07", deck_id=DECK) == ours[-3:]
    assert store.notes(session.id, "07", deck_id=DECK) == ours
    assert store.count_notes(session.id, "07", deck_id=DECK) == len(ours)
    assert store.count_notes(session.id, deck_id="aarhuskompasset") == 1


def test_the_last_note_write_of_a_session(store, clock):
    session = store.create_session(DECK)
    assert store.last_note_write(session.id) is None
    first = store.add_note(session.id, "først", DECK)
    clock.advance(120)
    second = store.add_note(session.id, "derefter", DECK)
    assert store.last_note_write(session.id) == second.created_at
    clock.advance(-3600)  # an edit with a clock set back is not the latest write
    store.edit_note(first.id, "rettet")
    assert store.last_note_write(session.id) == second.created_at
    clock.advance(7200)
    edited = store.edit_note(first.id, "rettet igen")
    store.delete_note(first.id)  # deleted notes count: they were written
    assert store.last_note_write(session.id) == edited.updated_at
    assert store.last_note_write(store.create_session(DECK).id) is None


def test_times_are_stored_as_utc_with_an_offset(store, path):
    clock = FakeWallClock(datetime(2026, 6, 1, 12, 0, tzinfo=CPH))  # a local, summer-time clock
    with NotesStore.open(path, clock) as other:
        session = other.create_session(DECK)
        note = other.add_note(session.id, "sommer", DECK)
    assert note.created_at == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    raw = store._conn.execute("SELECT created_at FROM note WHERE id = ?", (note.id,)).fetchone()
    assert raw[0] == "2026-06-01T10:00:00.000000+00:00"


def test_a_naive_clock_is_refused(path):
    with NotesStore.open(path, lambda: datetime(2026, 1, 1)) as store, pytest.raises(ValueError):
        store.create_session(DECK)


def test_a_note_needs_an_existing_session(store):
    with pytest.raises(KeyError):
        store.add_note(42, "ingen session", DECK)


# -- sessions and drafts ---------------------------------------------------------------------


def test_sessions_newest_first_with_names_from_date_time_and_deck(store, path, clock):
    first = store.create_session(DECK, deck_title="Samarbejdskompasset")
    assert first.name == "28. nov. 2026 kl. 10.15 · Samarbejdskompasset"
    clock.advance(3600)
    second = store.create_session(DECK, place="Dokk1")
    assert second.name == "28. nov. 2026 kl. 11.15 · samarbejdskompasset"
    assert store.sessions() == [second, first]
    assert store.latest_session() == second
    assert store.get_session(first.id) == first
    assert store.rename_session(first.id, "Borgermøde").name == "Borgermøde"
    assert store.set_place(first.id, "Rådhuset").place == "Rådhuset"
    with pytest.raises(ValueError):
        store.rename_session(first.id, "  ")
    with pytest.raises(KeyError):
        store.get_session(99)
    with pytest.raises(KeyError):
        store.rename_session(99, "x")
    with NotesStore.open(path, clock, lang="en", tz=CPH) as english:
        assert (
            english.create_session(DECK, deck_title="Kompas").name == "28 Nov 2026, 11:15 · Kompas"
        )


def test_latest_session_of_an_empty_store(store):
    assert store.latest_session() is None and store.sessions() == []


def test_drafts(store, path):
    session = store.create_session(DECK)
    assert store.load_draft(session.id) == ""
    store.save_draft(session.id, "Vi skal")
    store.save_draft(session.id, "Vi skal turde\n")
    assert store.load_draft(session.id) == "Vi skal turde\n"
    store.add_note(session.id, "Vi skal turde", DECK)  # sending the field empties the draft
    assert store.load_draft(session.id) == ""
    store.save_draft(session.id, "næste")
    store.add_note(session.id, "andet sted fra", DECK, clear_draft=False)
    assert store.load_draft(session.id) == "næste"
    store.save_draft(session.id, "")
    assert store.load_draft(session.id) == ""
    store.save_draft(session.id, "efter et nedbrud")
    store.close()
    with NotesStore.open(path) as reopened:
        assert reopened.load_draft(session.id) == "efter et nedbrud"
        with pytest.raises(KeyError):
            reopened.save_draft(99, "x")
