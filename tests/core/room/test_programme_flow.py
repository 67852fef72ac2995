"""A programme run by the room controller, told to a recording view: each kind of step, the
clicker's keys inside it, and starting again at the step after a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.core.programmes.model import (
    Break,
    CardRef,
    ExerciseRef,
    LoadedProgramme,
    Programme,
    Share,
    Slide,
    Step,
)
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.state import RoomState, StateFile, from_json
from kompas_kiosk.core.room.views import View
from tests.core.room.test_controller import FakeClock, RecordingView


@pytest.fixture(scope="module")
def decks() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


@pytest.fixture(scope="module")
def din(decks: list[LoadedDeck]) -> list[LoadedProgramme]:
    return load_programmes([resources.content_dir()], decks_by_id(decks))


def small(tmp: Path) -> LoadedProgramme:
    steps = (
        Step(1, Slide("title", title="Velkommen")),
        Step(2, CardRef("samarbejdskompasset", "07")),
        Step(10, ExerciseRef("samarbejdskompasset", "07", minutes=3)),
        Step(5, Share()),
        Step(15, Break()),
        Step(1, Slide("closing", title="Tak")),
    )
    return LoadedProgramme(tmp / "programme.yaml", Programme("lille", "Lille", steps))


def make_room(decks, programmes, view=None, clock=None, state: Path | None = None):
    room = RoomController(view or RecordingView(), "da", clock or FakeClock())
    room.set_decks(decks)
    room.programmes = programmes
    room.state_file = StateFile(state) if state is not None else None
    return room


def test_every_kind_of_step_in_turn(decks, tmp_path: Path) -> None:
    view = RecordingView()
    room = make_room(decks, [small(tmp_path)], view)
    assert room.open_programme_id("lille")
    assert view.last() == "display_slide" and room.view is View.CARD
    room.next()  # the card's front
    assert view.last() == "display_card" and room.navigator.face is Face.FRONT
    room.next()  # a card step turns over first
    assert room.navigator.face is Face.BACK and room.programme.index == 1
    room.next()  # the exercise, its countdown waiting for the start button
    assert room.view is View.EXERCISE and room.programme.index == 2
    countdown = room.exercise.countdown
    assert countdown is not None and countdown.total == 180 and countdown.state is State.IDLE
    keys = room.actions()
    keys["exercise_back"]("F5")  # one press of the start button starts it
    assert countdown.state is State.RUNNING
    keys["exercise_toggle"]("Space")
    assert countdown.state is State.PAUSED
    keys["exercise_toggle"]("PgDown")  # the clicker's 'next' moves on: the notes, large
    assert room.programme.index == 3 and room.sharing and view.last() == "display_card"
    room.next()  # the break, with its own countdown of the step's minutes
    assert room.view is View.EXERCISE and room.programme.index == 4
    assert room.exercise.countdown is not None and room.exercise.countdown.total == 15 * 60
    assert not room.sharing
    keys["exercise_more"]("PgUp")  # the clicker's 'back'
    assert room.programme.index == 3
    room.last()
    assert view.last() == "display_slide" and room.programme.index == 5
    room.next()  # at the end it stays
    assert room.programme.index == 5
    room.previous()
    room.first()
    assert room.programme.index == 0


def test_the_room_never_gets_the_plan(decks, tmp_path: Path) -> None:
    view = RecordingView()
    room = make_room(decks, [small(tmp_path)], view)
    room.open_programme_id("lille")
    programme = room.programme.programme
    assert [args for name, args in view.calls if name == "display_slide"][0][1] is programme
    assert not any("plan" in name for name, _ in view.calls)


def test_din_2024_runs_through_with_next_only(decks, din) -> None:
    room = make_room(decks, din)
    assert room.open_programme_id("din-2024")
    count = len(room.programme.programme.steps)
    seen = {room.programme.index}
    for _ in range(200):
        before = room.programme.index
        if room.view is View.EXERCISE:
            room.actions()["exercise_toggle"]("PgDown")  # the clicker's 'next' there
        else:
            room.next()
        seen.add(room.programme.index)
        if room.programme.index == before == count - 1:
            break
    assert room.programme.index == count - 1 and seen == set(range(count))


def test_a_blank_screen_comes_back_to_the_slide(decks, tmp_path: Path) -> None:
    view = RecordingView()
    room = make_room(decks, [small(tmp_path)], view)
    room.open_programme_id("lille")
    room.blank("black")
    room.blank_dismissed()
    assert view.last() == "display_slide"


def test_an_unknown_or_broken_programme_does_not_open(decks, tmp_path: Path) -> None:
    broken = LoadedProgramme(tmp_path / "programme.yaml", None)
    room = make_room(decks, [broken])
    assert not room.open_programme_id("nope") and room.programme is None


def test_opening_a_deck_ends_the_programme(decks, tmp_path: Path) -> None:
    room = make_room(decks, [small(tmp_path)])
    room.open_programme_id("lille")
    room.open_deck_id("samarbejdskompasset")
    assert room.programme is None


def test_a_restart_resumes_the_programme_at_its_step(decks, tmp_path: Path) -> None:
    clock, path = FakeClock(), tmp_path / "state.json"
    room = make_room(decks, [small(tmp_path)], clock=clock, state=path)
    room.open_programme_id("lille")
    room.go_to_card(2)
    room.actions()["exercise_back"]("F5")
    clock.now += 30
    room.save_state()
    saved = json.loads(path.read_text())
    assert saved["programme"] == {"id": "lille", "step": 2}
    state = StateFile(path).load()
    assert state is not None and state.programme_id == "lille" and state.step == 2
    after = make_room(decks, [small(tmp_path)], clock=clock)
    assert after.restore(state)
    assert after.programme is not None and after.programme.index == 2
    assert after.view is View.EXERCISE
    countdown = after.exercise.countdown
    assert countdown is not None and countdown.state is State.RUNNING


def test_a_state_file_from_before_programmes_still_loads() -> None:
    old = {
        "version": 1,
        "saved_at": 1.0,
        "deck_id": "samarbejdskompasset",
        "card_index": 0,
        "face": "back",
        "view": "card",
        "exercise": None,
    }
    state = from_json(old)
    assert state == RoomState("samarbejdskompasset", 0, Face.BACK, saved_at=1.0)
    assert state.programme_id is None and state.step == 0


def test_a_restart_without_the_programme_does_not_resume_it(decks, tmp_path: Path) -> None:
    room = make_room(decks, [])
    assert not room.restore(RoomState(programme_id="gone", step=3))


def test_the_overview_shows_the_steps_with_kinds_and_times(decks, tmp_path: Path) -> None:
    view = RecordingView()
    room = make_room(decks, [small(tmp_path)], view)
    room.open_programme_id("lille")
    room.go_to_card(2)
    room.show_overview()
    name, (deck, index) = view.calls[-1]
    assert name == "display_overview" and index == 2
    assert [card.title for card in deck.cards] == [
        "Slide · 1 min",
        "Kort · 2 min",
        "Øvelse · 10 min",
        "Del det halvfærdige · 5 min",
        "Pause · 15 min",
        "Slide · 1 min",
    ]
    assert deck.cards[0].question == "Velkommen" and deck.cards[5].question == "Tak"
    room.go_to_card(5)  # a step chosen in the overview
    assert room.programme.index == 5 and view.last() == "display_slide"
    room.show_overview()
    room.actions()["overview_back"]("Esc")  # back to the step, not to a card
    assert view.last() == "display_slide"
