"""A programme running in the room: the current step, entering it, and what the clicker does.

The room sees the step, never the plan. Each kind of step uses the room's own views:

- a slide: the slide, large (`RoomView.display_slide`);
- a card: the deck's card; 'next' turns it over to its reflections first, as on a deck;
- an exercise: the exercise with its countdown; the clicker's start button (E, F5, Esc) starts
  and pauses it with one press, and its 'next' and 'back' move through the programme;
- a break: the same countdown view, timing the step's minutes;
- a share: the notes taken so far, large for the room ("Del det halvfærdige"), of the card or
  exercise before it.

`ProgrammeFlow` moves through the steps and tells the `RoomController` what to show; the
controller sends it the moves and the countdown's keys while a programme runs. Its `timing`
(`schedule.ProgrammeRun`) records when each step was entered, for the presenter console's rail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Protocol

from kompas_kiosk.core.decks.model import Card, Deck, Exercise
from kompas_kiosk.core.i18n import Text
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
from kompas_kiosk.core.programmes.schedule import ProgrammeRun
from kompas_kiosk.core.room import programme_overview
from kompas_kiosk.core.room.countdown_flow import ExerciseCountdown
from kompas_kiosk.core.room.navigation import Face, Navigator
from kompas_kiosk.core.room.room_view import RoomView
from kompas_kiosk.core.room.state import RoomState, StateFile
from kompas_kiosk.core.room.views import View


class RoomController(Protocol):
    """What a programme needs of the room's controller (`controller.RoomController`)."""

    lang: str
    navigator: Navigator
    view: View
    sharing: bool
    exercise: ExerciseCountdown
    programme: ProgrammeFlow | None
    programmes: list[LoadedProgramme]
    state_file: StateFile | None

    def show_card(self) -> None: ...
    def show_chooser(self) -> None: ...
    def show_exercise(self) -> bool: ...
    def save_state(self) -> None: ...
    def exercise_toggle(self) -> None: ...
    def open_programme_id(self, programme_id: str, step: int = 0) -> bool: ...
    def adopt_countdown(self, deck: Deck, state: RoomState) -> None: ...


log = logging.getLogger(__name__)

BREAK = Text("Pause", "Break")
STEP_KEYS = ("exercise_toggle", "exercise_more", "exercise_back", "overview_back")
"""The keys a running programme reads first: the countdown's in an exercise or break step, and
back from the overview to the step."""
_NEXT_KEYS = ("PgDown", "Right")  # the clicker's 'next' in the countdown's view
_BACK_KEYS = ("PgUp",)  # the clicker's 'back' there


class ProgrammeFlow:
    """The programme on the room screen and its current step (`index`, from 0)."""

    def __init__(
        self,
        room: RoomController,
        view: RoomView,
        programme: Programme,
        decks: Mapping[str, Deck],
        clock: Callable[[], float],
    ) -> None:
        self._room, self._view = room, view
        self.programme = programme
        self._decks = decks
        self._clock = clock
        self.index = 0
        self.timing = ProgrammeRun(len(programme.steps))  # the plan's actual minutes

    @property
    def step(self) -> Step:
        return self.programme.steps[self.index]

    @property
    def count(self) -> int:
        return len(self.programme.steps)

    def steps_as_cards(self) -> Deck:
        """The steps as the overview shows them (see `programme_overview`)."""
        return programme_overview.steps_as_cards(self.programme, self._decks, self._room.lang)

    def position_text(self) -> str:
        return f"{self.index + 1}/{self.count}"

    def retell(self, programme: Programme, decks: Mapping[str, Deck]) -> None:
        """The same programme in another language (its steps alike): same step, same timing."""
        self.programme, self._decks = programme, decks

    # -- moving ------------------------------------------------------------------------------

    def move(self, name: str) -> bool:
        """'next', 'previous', 'first' or 'last' inside the programme; False at an end."""
        navigator, part = self._room.navigator, self.step.part
        if not isinstance(part, CardRef) or self._room.view is not View.CARD:
            flips = False
        else:
            flips = navigator.next_flips and (
                (name == "next" and navigator.face is Face.FRONT)
                or (name == "previous" and navigator.face is Face.BACK and part.face == "front")
            )
        if flips and navigator.flip():  # a card step turns over first, as on a deck
            self._room.show_card()
            return True
        targets = {
            "next": self.index + 1,
            "previous": self.index - 1,
            "first": 0,
            "last": self.count - 1,
        }
        target = targets[name]
        if not 0 <= target < self.count or target == self.index:
            return False
        self.enter(target)
        return True

    def step_key(self, action: str, key: str) -> bool:
        """A countdown key in an exercise or break step: the clicker's 'next' and 'back' move
        through the programme, its start button starts and pauses. False: the key's own action.
        Back from the overview is back to the step."""
        if action == "overview_back":
            self.show()
            return True
        if self._room.view is not View.EXERCISE or self.deck_of_step() is None:
            return False
        if not isinstance(self.step.part, ExerciseRef | Break):
            return False
        if action == "exercise_toggle" and key in _NEXT_KEYS:
            return self.move("next") or True
        if action == "exercise_more" and key in _BACK_KEYS:
            return self.move("previous") or True
        if action == "exercise_back":
            self._room.exercise_toggle()
            return True
        return False

    # -- entering a step ---------------------------------------------------------------------

    def enter(self, index: int) -> None:
        """Show step `index` from its start."""
        self.index = max(0, min(index, self.count - 1))
        self.timing.enter(self.index, self._clock())
        part = self.step.part
        if self._room.sharing and not isinstance(part, Share):
            self._room.sharing = False
            self._view.set_sharing(False)
        log.info("programme %s step %s: %s", self.programme.id, self.position_text(), part.kind)
        if isinstance(part, CardRef):
            self._open_card(part.deck, part.number, Face(part.face))
        elif isinstance(part, ExerciseRef):
            self._open_card(part.deck, part.number, Face.FRONT)
        elif isinstance(part, Share) and not self._room.sharing:
            self._room.sharing = True
            self._view.set_sharing(True)
        self.show()

    def show(self) -> None:
        """Show the current step as it is (after a blank screen, a restart, the overview)."""
        part = self.step.part
        if isinstance(part, Slide):
            self._room.view = View.CARD  # the clicker's keys of a card move on from a slide
            self._view.display_slide(part, self.programme, self.index)
            self._room.save_state()
        elif isinstance(part, ExerciseRef | Break):
            self._show_countdown()
        elif isinstance(part, Share) and self._room.navigator.deck is None:
            self._room.view = View.CARD
            self._view.display_slide(Slide("section", title=part.title), self.programme, self.index)
            self._room.save_state()
        else:
            self._room.show_card()

    def deck_of_step(self) -> Deck | None:
        """The deck an exercise or break step times: the card's deck with the step's exercise,
        or a one-card deck of its own for a break."""
        part = self.step.part
        if isinstance(part, Break):
            title = part.title or BREAK.format(self.programme.language)
            exercise = Exercise(title, self.step.minutes)
            deck_id = f"{self.programme.id}#{self.index + 1}"
            return Deck(deck_id, self.programme.title, (Card(title),), exercise=exercise)
        if isinstance(part, ExerciseRef):
            deck = self._room.navigator.deck
            if deck is None or deck.id != part.deck:
                return None
            timed = part.exercise_in(deck)
            return replace(deck, exercise=timed) if timed is not None else None
        return None

    def _show_countdown(self) -> None:
        deck = self.deck_of_step()
        countdown, fresh = self._room.exercise.open_for(deck) if deck else (None, False)
        if deck is None or countdown is None:
            self._room.show_card()
            return
        if fresh:
            self._view.countdown_changed()
        card_index = 0 if isinstance(self.step.part, Break) else self._room.navigator.card_index
        self._room.view = View.EXERCISE
        self._view.display_exercise(deck, card_index, countdown)
        self._room.save_state()

    def _open_card(self, deck_id: str, number: str, face: Face) -> None:
        navigator = self._room.navigator
        deck = self._decks.get(deck_id)
        if deck is None or not navigator.open_deck_id(deck_id):
            log.warning("programme %s: no deck %s", self.programme.id, deck_id)
            return
        index = navigator.deck.find_card(number) if navigator.deck else None
        navigator.open_deck(navigator.deck_index, index or 0)
        navigator.show_face(face)


def start(
    room: RoomController,
    view: RoomView,
    programme_id: str,
    step: int,
    clock: Callable[[], float],
) -> ProgrammeFlow | None:
    """Run the room's loaded programme `programme_id` (in the room's language) from `step`."""
    found = (item for item in room.programmes if item.programme_id == programme_id and item.ok)
    loaded = next(found, None)
    programme = loaded.programme_for(room.lang) if loaded is not None else None
    if programme is None or not programme.steps:
        return None
    decks = {deck.id: deck for deck in room.navigator.decks}
    run = ProgrammeFlow(room, view, programme, decks, clock)
    room.programme = run
    run.enter(step)
    return run


def step_key(
    running: Callable[[], ProgrammeFlow | None], action: str, own: Callable[[str], object]
) -> Callable[[str], object]:
    """A countdown key's handler that a running programme's exercise or break step reads first."""

    def handle(key: str) -> object:
        run = running()
        return (run is not None and run.step_key(action, key)) or own(key)

    return handle


def carry_on(room: RoomController, programmes: list[LoadedProgramme]) -> None:
    """The room's (re)loaded programmes: a running one carries on at its step, if it still can."""
    run, room.programmes = room.programme, programmes
    if run is not None and not room.open_programme_id(run.programme.id, run.index):
        room.show_chooser()
    elif run is not None and room.programme is not None and room.programme.count == run.count:
        room.programme.timing = run.timing  # the same talk: its minutes so far carry on
