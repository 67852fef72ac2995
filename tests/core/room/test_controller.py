"""The room controller without a window: each workflow, told to a recording view."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.room_view import RoomView
from kompas_kiosk.core.room.state import StateFile
from kompas_kiosk.core.room.views import View
from tests.helpers.stubs import FakeClock

FLIP = (
    "schema: 1\nid: flip\ntitle: Flip\nexercise:\n  title: Øvelse\n  minutes: 1\n"
    "  flip_when_done: true\ncards:\n  - title: Et kort\n    what_if: Hvad nu, hvis?\n"
)


class RecordingView:
    """A passive view that writes down what it was told."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.toasts: list[str] = []
        self.closed = False

    def __getattr__(self, name: str) -> Any:
        if not name.startswith(("display_", "countdown_", "set_", "hide_", "turn_")):
            raise AttributeError(name)
        return lambda *args: self.calls.append((name, args))

    def show_toast(self, text: str, seconds: float) -> None:
        self.toasts.append(text)

    def close_room(self) -> None:
        self.closed = True

    def last(self) -> str:
        return self.calls[-1][0]


@pytest.fixture(scope="module")
def decks() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(100.0)


@pytest.fixture
def view() -> RecordingView:
    return RecordingView()


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "room-state.json"


@pytest.fixture
def room(decks: list[LoadedDeck], view: RecordingView, clock: FakeClock, state_path: Path):
    controller = RoomController(view, "da", clock)  # a RecordingView is a RoomView
    controller.set_decks(decks)
    controller.state_file = StateFile(state_path)
    return controller


def saved(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_the_recording_view_is_a_room_view(view: RecordingView) -> None:
    shown: RoomView = view  # what the type checker checks for the window too
    assert shown is view


def test_every_key_of_the_table_has_a_handler(room: RoomController, view: RecordingView) -> None:
    handlers = {
        **room.actions(),
        **{b.action: print for b in keymap.BINDINGS if b.action not in room.actions()},
    }
    keymap.check_handlers(handlers)
    with pytest.raises(LookupError, match="mute"):
        keymap.check_handlers(room.actions())  # the sound is the window's


def test_next_previous_and_flip(room: RoomController, view: RecordingView) -> None:
    room.open_deck_id("samarbejdskompasset")
    assert view.last() == "display_card" and room.view is View.CARD
    room.actions()["next"]("PgDown")
    assert room.navigator.face is Face.BACK, "next turns the card over first"
    room.previous()
    assert room.navigator.face is Face.FRONT
    room.flip()
    assert room.navigator.face is Face.BACK
    room.open_deck_id("laering-2023")
    room.next()
    assert room.navigator.card_index == 1
    room.flip()
    assert view.toasts[-1] == "Dette kort har ingen bagside"


def test_a_typed_number_jumps(room: RoomController, view: RecordingView) -> None:
    room.open_deck_id("laering-2023")
    room.type_digit("4")
    assert room.navigator.card_index == 3
    room.type_digit("0")
    assert view.toasts[-1] == "Kort nummer 0 …", "0 could start 07: it waits"
    room.jump()
    assert view.toasts[-1] == "Der er intet kort med nummer 0"


def test_a_number_no_card_has_is_said_at_once(room: RoomController, view: RecordingView) -> None:
    room.open_deck_id("laering-2023")
    room.type_digit("9")  # no card's number starts with 9: no waiting in silence
    assert view.toasts[-1] == "Der er intet kort med nummer 9"
    room.type_digit("0")
    assert view.toasts[-1] == "Kort nummer 0 …"


def test_next_on_the_last_card_says_so(room: RoomController, view: RecordingView) -> None:
    room.open_deck_id("laering-2023")
    room.last()
    room.next()  # the back, when it has one
    room.next()
    assert view.toasts[-1] == "Sidste kort"


def test_a_minute_added_by_a_key_is_shown(room: RoomController, view: RecordingView) -> None:
    room.open_deck_id("samarbejdskompasset")
    assert room.show_exercise()
    room.actions()["exercise_more"]("PgUp")  # the clicker's 'back'
    assert view.toasts[-1] == "+1 minut"
    room.actions()["exercise_less"]("-")
    assert view.toasts[-1] == "−1 minut"


def test_the_exercise_keys_save_the_room_state(
    room: RoomController, view: RecordingView, clock: FakeClock, state_path: Path
) -> None:
    room.open_deck_id("samarbejdskompasset")
    assert room.show_exercise()
    assert room.view is View.EXERCISE and saved(state_path)["view"] == "exercise"
    room.exercise_toggle()
    assert saved(state_path)["exercise"]["countdown"]["state"] == "running"
    room.exercise_more()
    assert saved(state_path)["exercise"]["countdown"]["remaining"] == 660
    room.exercise_less()
    room.exercise_less()
    assert saved(state_path)["exercise"]["countdown"]["remaining"] == 540
    clock.now += 30
    room.exercise_reset()
    assert saved(state_path)["exercise"]["countdown"]["state"] == "idle"
    assert ("countdown_changed", ()) in view.calls


def test_a_running_countdown_is_saved_every_ten_seconds(
    room: RoomController, clock: FakeClock, state_path: Path
) -> None:
    room.open_deck_id("samarbejdskompasset")
    room.show_exercise()
    room.exercise_toggle()
    room.countdown_ticked()
    state_path.unlink()
    clock.now += 5
    room.countdown_ticked()
    assert not state_path.exists(), "not again within ten seconds"
    clock.now += 5
    room.countdown_ticked()
    assert state_path.exists()


def test_time_up_turns_the_card_when_the_exercise_says_so(
    view: RecordingView, clock: FakeClock, tmp_path: Path
) -> None:
    (tmp_path / "flip").mkdir()
    (tmp_path / "flip" / "deck.yaml").write_text(FLIP, encoding="utf-8")
    room = RoomController(view, "da", clock)
    room.set_decks(load_decks([tmp_path / "flip"]))
    room.open_deck_id("flip")
    room.show_exercise()
    room.exercise_toggle()
    room.show_card()
    clock.now += 61
    room.time_up()
    assert room.navigator.face is Face.BACK and view.last() == "display_card"


def test_the_room_starts_where_it_was(
    room: RoomController, decks: list[LoadedDeck], clock: FakeClock, state_path: Path
) -> None:
    room.open_deck_id("samarbejdskompasset")
    room.flip()
    room.show_exercise()
    room.exercise_toggle()
    clock.now += 90
    room.save_state()
    state = StateFile(state_path).load()
    assert state is not None
    after = RoomController(RecordingView(), "da", clock)
    after.set_decks(decks)
    assert after.restore(state)
    assert after.view is View.EXERCISE and after.navigator.face is Face.BACK
    countdown = after.exercise.countdown
    assert countdown is not None and countdown.state is State.RUNNING
    assert countdown.display() == "8:30"


def test_the_overview_and_a_blank_screen_restart_on_the_card(
    room: RoomController, view: RecordingView, state_path: Path
) -> None:
    room.open_deck_id("laering-2023")
    room.show_overview()
    assert room.view is View.OVERVIEW and saved(state_path)["view"] == "card"
    room.blank("black")
    room.blank("white")
    room.blank_dismissed()
    assert room.view is View.OVERVIEW and view.calls[-1] == ("display_again", (View.OVERVIEW,))


def test_escape_twice_closes_and_slowly_does_not(
    room: RoomController, view: RecordingView, clock: FakeClock
) -> None:
    room.escape()
    assert view.toasts[-1] == "Tryk Esc igen for at lukke kiosken"
    clock.now += 2.5
    room.escape()
    assert not view.closed
    clock.now += 1.5
    room.escape()
    assert view.closed


def test_the_quit_guard_decides(room: RoomController, view: RecordingView) -> None:
    room.set_quit_guard(lambda: False)
    room.request_quit()
    assert room.guarded and not view.closed
    room.quit_now()
    assert view.closed


def test_english_toasts(decks: list[LoadedDeck], view: RecordingView, clock: FakeClock) -> None:
    room = RoomController(view, "en", clock)
    room.set_decks(decks)
    room.open_deck_id("laering-2023")
    assert not room.show_exercise()
    assert view.toasts[-1] == "This deck has no exercise"
