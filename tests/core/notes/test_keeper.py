"""The notes panel's rules without a window: waiting notes, retries, undo, carrying on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kompas_kiosk.core.notes.keeper import WINDOW, NotesKeeper
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from kompas_kiosk.core.notes.timestamps import to_stored
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"


def refuse(*args, **kwargs):
    raise StoreUnwritable(Path("/data"), "Read-only file system", kind="readonly")


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "notes.sqlite3"


@pytest.fixture
def store(path, clock):
    with NotesStore.open(path, clock) as opened:
        yield opened


def keeper_on(store, clock, problems=None) -> NotesKeeper:
    seen = problems if problems is not None else []
    keeper = NotesKeeper(store, clock=clock, on_problem=lambda *problem: seen.append(problem))
    keeper.set_context(DECK, "Samarbejdskompasset", "07")
    return keeper


def texts(keeper: NotesKeeper) -> list[tuple[str, bool]]:
    return [(entry.text, entry.pending) for entry in keeper.entries()]


def test_a_note_is_stored_with_the_card(store, clock):
    keeper = keeper_on(store, clock)
    assert keeper.add("æøå")
    note = store.notes(keeper.session.id)[0]
    assert (note.text, note.deck_id, note.card_key, note.phase) == ("æøå", DECK, "07", "card")


def test_notes_wait_in_memory_and_are_stored_in_order(store, clock, monkeypatch):
    problems: list[tuple[str, str]] = []
    keeper = keeper_on(store, clock, problems)
    keeper.add("først")
    monkeypatch.setattr(store, "add_note", refuse)
    assert not keeper.add("anden")
    assert not keeper.add("tredje")
    assert texts(keeper) == [("først", False), ("anden", True), ("tredje", True)]
    assert keeper.fault[0] == "Noterne kan ikke gemmes: skrivebeskyttet"
    assert len(problems) == 1
    monkeypatch.undo()
    assert keeper.store_pending(clear_draft=False)
    assert [n.text for n in store.notes(keeper.session.id)] == ["først", "anden", "tredje"]
    assert keeper.fault is None and keeper.pending_count == 0


def test_without_a_store_everything_waits_and_a_handout_can_still_be_made(clock):
    keeper = NotesKeeper(None, clock=clock)
    keeper.set_context(DECK, "Samarbejdskompasset", "07")
    assert not keeper.add("kun i hukommelsen")
    session = keeper.memory_session()
    assert session.name.endswith("· Samarbejdskompasset")
    assert [n.text for n in keeper.handout_notes(session)] == ["kun i hukommelsen"]
    assert keeper.fault[0] == "Noterne gemmes ikke"


def test_a_waiting_note_can_be_edited_deleted_and_undone(clock):
    keeper = NotesKeeper(None, clock=clock)
    keeper.set_context(DECK, "", "07")
    keeper.add("a")
    keeper.add("b")
    first = keeper.entries()[0].key
    assert keeper.edit(first, "A")
    assert keeper.delete(first)
    assert texts(keeper) == [("b", True)]
    assert keeper.undo() == first
    assert texts(keeper) == [("A", True), ("b", True)]


def test_delete_and_undo_in_the_store(store, clock):
    keeper = keeper_on(store, clock)
    keeper.add("slet mig")
    key = keeper.entries()[0].key
    assert keeper.delete(key) and keeper.entries() == []
    assert store.notes(keeper.session.id) == []
    assert keeper.undo() == key
    assert [n.text for n in store.notes(keeper.session.id)] == ["slet mig"]
    assert keeper.undo() is None


def test_the_draft_is_saved_and_cleared_with_the_note(store, clock):
    keeper = keeper_on(store, clock)
    keeper.save_draft("halv")
    assert store.load_draft(keeper.session.id) == "halv"
    keeper.add("halvfærdig")
    assert store.load_draft(keeper.session.id) == ""


def test_the_latest_session_is_carried_on_with_its_draft_after_any_pause(path, clock):
    with NotesStore.open(path, clock) as store:
        first = keeper_on(store, clock)
        first.add("før genstarten")
        first.save_draft("halvskrevet")
        session_id = first.session.id
    clock.now += timedelta(hours=9)  # no time rule: only a new workshop starts a new session
    with NotesStore.open(path, clock) as store:
        again = NotesKeeper(store, clock=clock)
        assert again.set_context("aarhuskompasset", "", "1") == "halvskrevet"
        assert again.session.id == session_id


def test_an_opener_is_tried_again_until_it_works(path, clock):
    attempts = []

    def opener() -> NotesStore:
        attempts.append(1)
        if len(attempts) == 1:
            raise StoreUnwritable(path, "disk I/O error", kind="io")
        return NotesStore.open(path, clock)

    keeper = NotesKeeper(opener, clock=clock)
    keeper.set_context(DECK, "", "07")  # quietly fails: nothing to report yet
    assert keeper.fault is None
    assert keeper.add("venter ikke længe")
    keeper.close()
    with NotesStore.open(path, clock) as store:
        assert [n.text for n in store.notes(1)] == ["venter ikke længe"]


def test_renaming_the_session_for_a_handout(store, clock):
    keeper = keeper_on(store, clock)
    keeper.add("x")
    session = keeper.describe_session("  Borgermøde   i Aarhus ", " Rådhuset ")
    assert (session.name, session.place) == ("Borgermøde i Aarhus", "Rådhuset")
    assert store.get_session(session.id).name == "Borgermøde i Aarhus"


# -- big sessions: only the newest notes in memory ----------------------------------------------


def bulk_session(store: NotesStore, clock: FakeWallClock, count: int) -> int:
    """A session of `count` notes, every other one on card 07 (the rest on 08), in one go."""
    session = store.create_session(DECK)
    stamp = to_stored(clock())
    rows = [
        (session.id, DECK, "07" if i % 2 else "08", "card", f"note {i}", stamp, stamp)
        for i in range(count)
    ]
    conn = store._conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    return session.id


def agrees_with_the_store(keeper: NotesKeeper, store: NotesStore) -> None:
    """Each scope's entries are its newest saved notes, and its count is all of them."""
    session_id = keeper.session.id
    for card_only, every in (
        (False, store.notes(session_id)),
        (True, store.notes(session_id, "07", deck_id=DECK)),
    ):
        shown = [entry.key for entry in keeper.entries(card_only)]
        assert keeper.count(card_only) == len(every)
        assert shown == [("saved", note.id) for note in every][len(every) - len(shown) :]


def test_a_big_session_is_carried_on_without_reading_all_its_notes(store, clock, monkeypatch):
    session_id = bulk_session(store, clock, 2000)
    read_all = []
    original = store.notes
    monkeypatch.setattr(store, "notes", lambda *a, **k: read_all.append(a) or original(*a, **k))
    keeper = keeper_on(store, clock)
    assert keeper.session.id == session_id
    assert [entry.text for entry in keeper.entries()][-2:] == ["note 1998", "note 1999"]
    assert len(keeper.entries()) == WINDOW and keeper.count() == 2000
    card = keeper.entries(card_only=True)
    assert len(card) == WINDOW and card[-1].text == "note 1999"
    assert {entry.card_key for entry in card} == {"07"}
    assert keeper.count(card_only=True) == 1000
    assert read_all == []  # only the newest notes and the counts were read
    handout = keeper.handout_notes(keeper.session)
    assert [note.text for note in handout] == [f"note {i}" for i in range(2000)]


def test_notes_out_of_memory_are_counted_through_edits_deletes_and_undo(store, clock):
    session_id = bulk_session(store, clock, 12)  # ids 1..12; odd-numbered notes on 07
    keeper = NotesKeeper(store, clock=clock)
    keeper.window = 3
    keeper.set_context(DECK, "", "07")
    assert keeper.session.id == session_id
    agrees_with_the_store(keeper, store)
    oldest_shown_on_card = keeper.entries(card_only=True)[0].key
    assert oldest_shown_on_card not in [entry.key for entry in keeper.entries()]  # too old there
    assert keeper.delete(oldest_shown_on_card)
    agrees_with_the_store(keeper, store)
    assert keeper.edit(keeper.entries(card_only=True)[0].key, "rettet")
    agrees_with_the_store(keeper, store)
    assert keeper.undo() == oldest_shown_on_card
    agrees_with_the_store(keeper, store)
    assert keeper.add("ny note")
    assert keeper.entries()[-1].text == keeper.entries(card_only=True)[-1].text == "ny note"
    agrees_with_the_store(keeper, store)
    keeper.set_context(DECK, "", "08")  # another card: its own newest notes
    assert {entry.card_key for entry in keeper.entries(card_only=True)} == {"08"}
    assert keeper.count(card_only=True) == 6
    handout = keeper.handout_notes(keeper.session)
    assert [note.text for note in handout] == [note.text for note in store.notes(session_id)]


def test_a_big_session_is_carried_on_after_any_pause(path, clock):
    with NotesStore.open(path, clock) as store:
        session_id = bulk_session(store, clock, 500)
    clock.now += timedelta(days=2)
    with NotesStore.open(path, clock) as store:
        again = NotesKeeper(store, clock=clock)
        again.set_context(DECK, "", "07")
        assert again.session.id == session_id
