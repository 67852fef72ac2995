"""Workshops: started by name, the room's notes theirs until another starts, no time rule."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from kompas_kiosk.core.notes.workshop import WorkshopNameError, clean, find, workshops
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "notes.sqlite3"


def keeper_on(store, clock, deck: str = DECK) -> NotesKeeper:
    keeper = NotesKeeper(store, clock=clock)
    keeper.set_context(deck, "Samarbejdskompasset", "07")
    return keeper


def test_two_workshops_in_one_morning_keep_their_notes_apart(path, clock):
    with NotesStore.open(path, clock) as store:
        keeper = keeper_on(store, clock)
        keeper.start_workshop("Formøde", "")
        keeper.add("fra det første møde")
        clock.now += timedelta(hours=1)
        started = keeper.start_workshop("  Borgermøde   i Aarhus ", " Rådhuset ")
        keeper.add("fra det andet møde")
        first, second = store.sessions()[1], store.sessions()[0]
        assert (started.name, started.place) == ("Borgermøde i Aarhus", "Rådhuset")
        assert (second.name, second.place) == ("Borgermøde i Aarhus", "Rådhuset")
        assert [n.text for n in store.notes(first.id)] == ["fra det første møde"]
        assert [n.text for n in store.notes(second.id)] == ["fra det andet møde"]
        assert [e.text for e in keeper.entries()] == ["fra det andet møde"]


def test_a_restart_carries_on_the_workshop_whatever_the_pause_or_deck(path, clock):
    with NotesStore.open(path, clock) as store:
        keeper = keeper_on(store, clock)
        keeper.start_workshop("Borgermøde", "Rådhuset")
        keeper.add("før frokost")
        workshop_id = keeper.session.id
    clock.now += timedelta(hours=5)  # a long lunch: still the same workshop
    with NotesStore.open(path, clock) as store:
        again = keeper_on(store, clock, deck="aarhuskompasset")
        assert again.session is not None and again.session.id == workshop_id
        again.add("efter frokost")
        assert [n.text for n in store.notes(workshop_id)] == ["før frokost", "efter frokost"]
        assert len(store.sessions()) == 1


def test_a_workshop_started_without_notes_is_carried_on_after_a_crash(path, clock):
    with NotesStore.open(path, clock) as store:
        keeper_on(store, clock).start_workshop("Eftermiddag", "Biblioteket")
    with NotesStore.open(path, clock) as store:
        again = keeper_on(store, clock)
        assert again.session is not None and again.session.name == "Eftermiddag"


def test_a_workshop_needs_a_name_and_says_so_in_both_languages():
    with pytest.raises(WorkshopNameError) as caught:
        clean("  \n ", "Rådhuset", "da")
    assert "navn" in str(caught.value)
    with pytest.raises(WorkshopNameError) as caught:
        clean("", "", "en")
    assert "name" in str(caught.value)
    with pytest.raises(WorkshopNameError):
        clean("x" * 201, "", "da")
    assert clean(" Møde\ti  Aarhus ", " Rådhuset\n", "da") == ("Møde i Aarhus", "Rådhuset")


def test_with_the_store_away_the_workshop_is_made_at_the_first_note(path, clock):
    broken = True

    def opener() -> NotesStore:
        if broken:
            raise StoreUnwritable(path.parent, "Read-only file system", kind="readonly")
        return NotesStore.open(path, clock)

    keeper = NotesKeeper(opener, clock=clock)
    keeper.set_context(DECK, "", "07")
    shown = keeper.start_workshop("Borgermøde", "Rådhuset")
    assert shown.name == "Borgermøde" and keeper.memory_session().place == "Rådhuset"
    assert keeper.add("venter") is False
    broken = False
    assert keeper.store_pending(clear_draft=True)
    assert keeper.session is not None
    assert (keeper.session.name, keeper.session.place) == ("Borgermøde", "Rådhuset")
    keeper.close()


def test_workshops_are_listed_with_their_notes_and_found_by_id_or_latest(path, clock):
    with NotesStore.open(path, clock) as store:
        keeper = keeper_on(store, clock)
        keeper.start_workshop("Formøde", "")
        keeper.add("en")
        keeper.add("to")
        keeper.start_workshop("Borgermøde", "Rådhuset")
        keeper.add("tre")
        listed = workshops(store)
        assert [(w.session.name, w.session.place, w.notes) for w in listed] == [
            ("Borgermøde", "Rådhuset", 1),
            ("Formøde", "", 2),
        ]
        assert find(store, "latest") == listed[0].session
        assert find(store, f" #{listed[1].session.id}") == listed[1].session
        assert find(store, "99") is None
