"""H, 'Del det halvfærdige', from every view: the room sees the card's notes at once, and a
second H brings back what it saw before (the exercise's countdown, the overview, the step)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.programmes.model import CardRef, LoadedProgramme, Programme, Slide, Step
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.views import View
from tests.core.room.test_controller import RecordingView
from tests.helpers.stubs import FakeClock


@pytest.fixture(scope="module")
def decks() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


def make_room(decks: list[LoadedDeck], view: RecordingView) -> RoomController:
    room = RoomController(view, "da", FakeClock(100.0))
    room.set_decks(decks)
    return room


def shared(view: RecordingView) -> bool:
    """Whether the last thing the room was shown is the card's notes, large."""
    name, args = view.calls[-1]
    return name == "display_card" and args[-1] is True


def test_h_in_the_exercise_shows_the_notes_and_h_again_the_countdown(decks) -> None:
    view = RecordingView()
    room = make_room(decks, view)
    room.open_deck_id("samarbejdskompasset")
    assert room.show_exercise()
    room.exercise_toggle()
    room.actions()["share"]("H")
    assert room.sharing and shared(view), "the notes are shown, not the timer"
    assert room.view is View.CARD
    room.actions()["share"]("H")
    assert not room.sharing and view.last() == "display_exercise"
    assert room.view is View.EXERCISE


def test_h_in_the_overview_shows_the_notes_and_h_again_the_overview(decks) -> None:
    view = RecordingView()
    room = make_room(decks, view)
    room.open_deck_id("samarbejdskompasset")
    room.show_overview()
    room.toggle_sharing()
    assert room.sharing and shared(view) and room.view is View.CARD
    room.toggle_sharing()
    assert view.last() == "display_overview" and room.view is View.OVERVIEW


def test_h_on_the_card_shows_and_hides_the_notes(decks) -> None:
    view = RecordingView()
    room = make_room(decks, view)
    room.open_deck_id("samarbejdskompasset")
    room.toggle_sharing()
    assert shared(view)
    room.toggle_sharing()
    assert view.last() == "display_card" and not shared(view)


def test_h_on_a_programme_slide_shows_the_notes_and_h_again_the_slide(
    decks, tmp_path: Path
) -> None:
    steps = (
        Step(1, CardRef("samarbejdskompasset", "07")),
        Step(1, Slide("section", title="Efter kortet")),
    )
    programme = Programme("lille", "Lille", steps)
    view = RecordingView()
    room = make_room(decks, view)
    room.programmes = [LoadedProgramme(tmp_path / "programme.yaml", programme)]
    assert room.open_programme_id("lille", 1)
    assert view.last() == "display_slide"
    room.toggle_sharing()
    assert room.sharing and shared(view), "the notes of the card before the slide"
    room.toggle_sharing()
    assert not room.sharing and view.last() == "display_slide"


def test_h_on_a_slide_before_any_card_says_there_are_no_notes_to_show(
    decks, tmp_path: Path
) -> None:
    programme = Programme("lille", "Lille", (Step(1, Slide("title", title="Velkommen")),))
    view = RecordingView()
    room = make_room(decks, view)
    room.programmes = [LoadedProgramme(tmp_path / "programme.yaml", programme)]
    assert room.open_programme_id("lille")
    room.toggle_sharing()
    assert view.last() == "display_slide", "the slide stays; no deck chooser"
    assert not room.sharing and view.toasts
