"""Starting where the room was: the `RoomState` of a `RoomController`, and showing it again
after a crash or a power cut (deck, card, face, view, the exercise's countdown, and the
programme with its step)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kompas_kiosk.core.room.state import RoomState
from kompas_kiosk.core.room.views import View

if TYPE_CHECKING:
    from kompas_kiosk.core.room.programme_flow import RoomController
    from kompas_kiosk.core.room.room_view import RoomView

log = logging.getLogger(__name__)


def room_state(room: RoomController) -> RoomState:
    deck = room.navigator.deck
    countdown = room.exercise.countdown
    exercise_deck = room.exercise.deck
    run = room.programme
    return RoomState(
        deck_id=deck.id if deck is not None else None,
        card_index=room.navigator.card_index,
        face=room.navigator.face,
        view=room.view if room.view.remembered else View.CARD,
        exercise_deck_id=exercise_deck.id if exercise_deck is not None else None,
        countdown=countdown.snapshot() if countdown is not None else None,
        programme_id=run.programme.id if run is not None else None,
        step=run.index if run is not None else 0,
    )


def save(room: RoomController, view: RoomView) -> None:
    """Save the room's state, if it has a state file; a failing save is shown once."""
    if room.state_file is None:
        return
    error = room.state_file.save(room_state(room))
    if error is not None and error.first:
        heading, details = error.text(room.lang)
        log.warning("%s: %s", heading, details)
        view.show_toast(heading, 5)


def restore(room: RoomController, state: RoomState) -> bool:
    """Show what the room saw: the programme's step, or the deck, card, face and view; and the
    exercise's countdown."""
    if state.programme_id is not None and state.view is not View.CHOOSER:
        return _restore_programme(room, state)
    navigator = room.navigator
    if state.deck_id is None or not navigator.open_deck_id(state.deck_id):
        return False
    navigator.open_deck(navigator.deck_index, state.card_index)
    navigator.show_face(state.face)
    deck = navigator.deck
    if state.countdown is not None and state.exercise_deck_id == state.deck_id and deck:
        room.adopt_countdown(deck, state)
    if state.view is View.CHOOSER:
        room.show_chooser()
    elif state.view is not View.EXERCISE or not room.show_exercise():
        room.show_card()
    log.info("started where the room was: %s card %d", state.deck_id, state.card_index + 1)
    return True


def _restore_programme(room: RoomController, state: RoomState) -> bool:
    if state.programme_id is None or not room.open_programme_id(state.programme_id, state.step):
        return False
    run = room.programme
    if run is None:
        return False
    navigator = room.navigator
    if state.deck_id is not None and navigator.deck is not None:
        navigator.show_face(state.face)
    deck = run.deck_of_step()
    if state.countdown is not None and deck is not None and deck.id == state.exercise_deck_id:
        room.adopt_countdown(deck, state)
    run.show()
    log.info("started where the room was: programme %s step %d", run.programme.id, run.index + 1)
    return True
