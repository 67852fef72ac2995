"""H, 'Del det halvfærdige', from every view of the room.

The room sees the current card's notes, large, at once: from the card, the exercise (its
countdown runs on, small on the card's corner), the overview or a programme's slide. A second H
brings back what the room saw before: the exercise, the overview, the programme's step, the card.
While the notes are shown and more than fit, the clicker's 'back' turns to the older pages first
and its 'next' back to the newest, then they move on as on the card.
A programme's slide before any card has no notes to show: the slide stays, and a toast says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef
from kompas_kiosk.core.room import messages as say
from kompas_kiosk.core.room.navigation import Navigator
from kompas_kiosk.core.room.programme_flow import ProgrammeFlow
from kompas_kiosk.core.room.room_view import RoomView
from kompas_kiosk.core.room.views import View


class Room(Protocol):
    """What sharing needs of the room's controller (`controller.RoomController`)."""

    lang: str
    navigator: Navigator
    view: View
    sharing: bool
    programme: ProgrammeFlow | None

    def show_card(self) -> None: ...
    def show_exercise(self) -> bool: ...
    def show_overview(self) -> None: ...


class Sharing:
    """Turns the shared notes on and off for one room, remembering the view they cover."""

    def __init__(self, room: Room, view: RoomView) -> None:
        self._room, self._view = room, view
        self._covered = View.CARD  # what the room saw when H was pressed

    def toggle(self) -> None:
        room = self._room
        if not room.sharing and not _has_card(room):
            self._view.show_toast(say.NO_CARD_YET.format(room.lang), 3)
            return
        room.sharing = not room.sharing
        self._view.set_sharing(room.sharing)
        if room.sharing:
            self._covered = room.view
            room.show_card()  # the card's notes, large, whatever the room saw
            self._view.show_toast(say.SHARING.format(room.lang), 2)
            return
        covered, self._covered = self._covered, View.CARD
        if room.programme is not None:
            room.programme.show()
        elif covered is View.EXERCISE and room.show_exercise():
            pass
        elif covered is View.OVERVIEW:
            room.show_overview()
        else:
            room.show_card()

    def paging(self, older: int, own: Callable[[str], object]) -> Callable[[str], object]:
        """The handler of 'next' (`older` -1) or 'previous' (+1): a page of the shared notes
        first, while there is one that way; else `own`."""

        def handle(key: str) -> object:
            room = self._room
            if room.sharing and room.view is View.CARD and self._view.turn_shared_page(older):
                return None
            return own(key)

        return handle


def _has_card(room: Room) -> bool:
    """Whether the room has a card whose notes it can show (a programme: a card step so far)."""
    run = room.programme
    if run is None:
        return room.navigator.deck is not None
    steps = run.programme.steps[: run.index + 1]
    return room.navigator.deck is not None and any(
        isinstance(step.part, CardRef | ExerciseRef) for step in steps
    )
