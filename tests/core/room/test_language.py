"""Switching the room's language while it runs: the decks and the programme in the new
language, the room where it was."""

from __future__ import annotations

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.language import switch_language
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View
from tests.core.room.test_controller import RecordingView
from tests.helpers.stubs import FakeClock


@pytest.fixture(scope="module")
def decks() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


def make_room(decks: list[LoadedDeck]) -> tuple[RoomController, RecordingView, FakeClock]:
    view, clock = RecordingView(), FakeClock(100.0)
    room = RoomController(view, "da", clock)  # a RecordingView is a RoomView
    room.set_decks(decks)
    room.programmes = load_programmes([resources.content_dir()], decks_by_id(decks))
    return room, view, clock


def test_the_card_is_shown_again_in_english_where_it_was(decks: list[LoadedDeck]) -> None:
    room, view, _ = make_room(decks)
    assert room.open_deck_id("aarhuskompasset")
    room.go_to_card(2)
    danish = room.navigator.deck
    assert danish is not None and danish.language == "da"

    assert switch_language(room, "en")

    deck = room.navigator.deck
    assert deck is not None and deck.language == "en" and deck.id == danish.id
    assert deck.cards[2].title != danish.cards[2].title
    assert room.navigator.card_index == 2
    name, args = view.calls[-1]
    assert name == "display_card" and args[0] is deck and args[1] == 2
    assert room.lang == "en"
    assert not switch_language(room, "en")  # already English: nothing shown again
    assert view.calls[-1][1][0] is deck
    assert switch_language(room, "da")
    assert view.calls[-1][1][0].cards[2].title == danish.cards[2].title


def test_the_card_keeps_its_face(decks: list[LoadedDeck]) -> None:
    room, view, _ = make_room(decks)
    room.open_deck_id("samarbejdskompasset")
    room.flip()
    assert room.navigator.face is Face.BACK
    switch_language(room, "en")
    assert room.navigator.face is Face.BACK and view.calls[-1][1][3] is Face.BACK


def test_a_running_countdown_carries_on_in_the_new_language(decks: list[LoadedDeck]) -> None:
    room, view, clock = make_room(decks)
    room.open_deck_id("samarbejdskompasset")
    assert room.show_exercise()
    room.exercise_toggle()
    clock.advance(30)
    countdown = room.countdown

    switch_language(room, "en")

    assert room.view is View.EXERCISE and room.countdown is countdown
    assert countdown is not None and countdown.state is State.RUNNING
    name, args = view.calls[-1]
    assert name == "display_exercise" and args[0].language == "en"


def test_the_programme_carries_on_at_its_step_in_english(decks: list[LoadedDeck]) -> None:
    room, view, _ = make_room(decks)
    assert room.open_programme_id("din-2024", 1)
    run = room.programme
    assert run is not None and run.programme.language == "da"

    switch_language(room, "en")

    assert room.programme is run and run.index == 1 and run.programme.language == "en"
    name, args = view.calls[-1]
    assert name == "display_slide" and args[1].language == "en"
    assert args[0].text.startswith("Fundamentally")


def test_the_overview_and_chooser_are_shown_again(decks: list[LoadedDeck]) -> None:
    room, view, _ = make_room(decks)
    room.open_deck_id("aarhuskompasset")
    room.show_overview()
    switch_language(room, "en")
    assert view.last() == "display_overview" and view.calls[-1][1][0].language == "en"
    room.show_chooser()
    switch_language(room, "da")
    assert view.last() == "display_chooser" and room.view is View.CHOOSER
