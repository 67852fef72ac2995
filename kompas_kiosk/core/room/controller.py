"""The room's controller: what the room sees and what each key does, without Qt.

`RoomController` owns where the room is (a `Navigator`), the current `View`, the group exercise's
countdown, the room state saved for a restart, and the small rules of the keys (a typed card
number, the double Esc, the blank screen, sharing the notes). It tells a passive `RoomView` what
to show. The room window, the presenter console, kiosk mode and the key table all call it.
"""

from __future__ import annotations

import logging
import operator
import time
from collections.abc import Callable

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.exercise.countdown import Clock, Countdown
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.model import LoadedProgramme
from kompas_kiosk.core.room import messages as say
from kompas_kiosk.core.room import programme_flow, resume
from kompas_kiosk.core.room.actions import key_handlers
from kompas_kiosk.core.room.card_pages import CardPages
from kompas_kiosk.core.room.countdown_flow import MINUTE, ExerciseCountdown
from kompas_kiosk.core.room.navigation import DigitBuffer, Face, Navigator
from kompas_kiosk.core.room.programme_flow import ProgrammeFlow
from kompas_kiosk.core.room.room_view import RoomView
from kompas_kiosk.core.room.sharing import Sharing
from kompas_kiosk.core.room.state import RoomState, StateFile
from kompas_kiosk.core.room.views import BlankColor, View
from kompas_kiosk.core.room.workshops import NewWorkshop

log = logging.getLogger(__name__)

QUIT_WINDOW = 2.0  # seconds within which a second Esc closes the kiosk
COUNTDOWN_SAVE_EVERY = 10.0  # seconds between saves of a running countdown


class RoomController:
    def __init__(
        self,
        view: RoomView,
        lang: str = "da",
        clock: Clock = time.monotonic,
        *,
        next_flips: bool = True,
        minutes: float | None = None,
    ) -> None:
        self._view = view
        self.lang = lang
        self._clock = clock
        self.loaded: list[LoadedDeck] = []
        self.programmes: list[LoadedProgramme] = []
        self.programme: ProgrammeFlow | None = None  # None: a deck, card by card
        self.navigator = Navigator([], next_flips=next_flips)
        self.view = View.CARD
        self.exercise = ExerciseCountdown(clock, minutes)
        self.sharing = False
        self.sharing_pages = Sharing(self, view)  # H, and the shared notes' pages
        self.pages = CardPages(self)  # a long card's read-along pages, with a room set
        self.workshops = NewWorkshop(self, view)  # 'Ny workshop': the notes' next workshop
        self.state_file: StateFile | None = None  # None: nothing is saved (yet)
        self._before_blank: View | None = None
        self._digits = DigitBuffer(clock)
        self._last_escape = float("-inf")
        self._countdown_saved = float("-inf")
        self._quit_guard: Callable[[], bool] | None = None
        self._unlock: Callable[[Callable[[], None]], None] | None = None
        self.quitting = False

    def actions(self) -> dict[str, Callable[[str], object]]:
        """The key table's actions this controller answers, by name (each gets the key)."""
        moves: dict[str, Callable[[], object]] = {
            "next": self.next,
            "previous": self.previous,
            "first": self.first,
            "last": self.last,
            "jump": self.jump,
            "flip": self.flip,
            "escape": self.escape,
            "exercise": self.show_exercise,
            "exercise_toggle": self.exercise_toggle,
            "exercise_more": self.exercise_more,
            "exercise_less": self.exercise_less,
            "exercise_reset": self.exercise_reset,
            "exercise_back": self.show_card,
            "overview": self.show_overview,
            "overview_back": self.show_card,
            "blank_black": lambda: self.blank("black"),
            "blank_white": lambda: self.blank("white"),
            "share": self.toggle_sharing,
            "new_workshop": self.workshops.ask,
            "choose_deck": self.show_chooser,
            "next_deck": lambda: self.step_deck(1),
            "previous_deck": lambda: self.step_deck(-1),
            "quit": self.request_quit,
            "chooser_back": self.back_from_chooser,
        }
        return key_handlers(
            moves, self.type_digit, lambda: self.programme, self.pages, self.sharing_pages
        )

    # -- content -----------------------------------------------------------------------------

    def set_decks(self, decks: list[LoadedDeck]) -> None:
        """Show a (re)loaded set of decks, keeping the current deck and card where possible."""
        previous = self.navigator.deck
        card = self.navigator.card_index if previous else 0
        self.loaded = decks
        self.navigator = Navigator(
            [deck for d in decks if d.ok and (deck := d.deck_for(self.lang)) is not None],
            next_flips=self.navigator.next_flips,
        )
        if previous is not None and self.navigator.open_deck_id(previous.id):
            self.navigator.open_deck(self.navigator.deck_index, card)
            self.show_card()
        elif not decks:
            self.show_message(say.NO_DECKS.format(self.lang), [say.NO_DECK_FILE.format(self.lang)])
        else:
            self.show_chooser()

    def open_loaded(self, index: int) -> None:
        """Open deck number `index` of the loaded list: its first card, or why it is broken."""
        loaded, self.programme = self.loaded[index], None
        if not loaded.ok or loaded.deck is None:
            self.show_message(
                say.BROKEN_DECK.format(self.lang, title=loaded.title),
                [problem.format(self.lang) for problem in loaded.problems],
            )
            return
        self.navigator.open_deck_id(loaded.deck.id)
        self.show_card()

    def open_programme_id(self, programme_id: str, step: int = 0) -> bool:
        """Run the loaded programme `programme_id` from step `step` (from 0); False: not loaded."""
        self.programme = programme_flow.start(self, self._view, programme_id, step, self._clock)
        return self.programme is not None

    def open_deck_id(self, deck_id: str) -> bool:
        for index, loaded in enumerate(self.loaded):
            if loaded.deck_id == deck_id:
                self.open_loaded(index)
                return True
        return False

    # -- views -------------------------------------------------------------------------------

    def show_card(self) -> None:
        deck = self.navigator.deck
        if deck is None:
            self.show_chooser()
            return
        position, face = self.navigator.position_text(), self.navigator.face
        self.view = View.CARD
        self._view.display_card(deck, self.navigator.card_index, position, face, self.sharing)
        self.save_state()
        log.info("showing %s card %s %s", deck.id, position, face.value)

    def show_exercise(self) -> bool:
        """The exercise view for the current card; False when the deck has no exercise."""
        deck = self.navigator.deck
        countdown, fresh = self.exercise.open_for(deck) if deck is not None else (None, False)
        if deck is None or countdown is None:
            self._view.show_toast(say.NO_EXERCISE.format(self.lang), 2)
            return False
        if fresh:
            self._view.countdown_changed()
        self.view = View.EXERCISE
        self._view.display_exercise(deck, self.navigator.card_index, countdown)
        self.save_state()
        log.info("showing the exercise of %s: %s", deck.id, countdown.display())
        return True

    def show_chooser(self) -> None:
        current = self.navigator.deck
        selected = 0
        for index, loaded in enumerate(self.loaded):
            if current is not None and loaded.deck_id == current.id:
                selected = index
        self.view = View.CHOOSER
        self._view.display_chooser(self.loaded, selected)
        self.save_state()

    def show_message(self, heading: str, lines: list[str]) -> None:
        self.view = View.MESSAGE
        self._view.display_message(heading, lines)
        self.save_state()

    def show_overview(self) -> None:
        run = self.programme  # a programme's overview: its steps, with kinds and planned times
        deck = self.navigator.deck if run is None else run.steps_as_cards()
        if deck is not None:
            self.view = View.OVERVIEW
            self._view.display_overview(
                deck, self.navigator.card_index if run is None else run.index
            )
            self.save_state()

    def back_from_chooser(self) -> None:
        if self.navigator.deck is not None:
            self.show_card()

    def blank(self, color: BlankColor) -> None:
        """The clicker's blank button: the room sees one colour until any key."""
        if self.view is not View.BLANK:
            self._before_blank = self.view
        self.view = View.BLANK
        self._view.display_blank(color)
        self.save_state()

    def blank_dismissed(self) -> None:
        self.view = self._before_blank or View.CARD
        if self.programme is not None and self.view in (View.CARD, View.EXERCISE):
            self.programme.show()
            return
        self._view.display_again(self.view)
        self.save_state()

    def toggle_sharing(self) -> None:
        """'Del det halvfærdige': the room sees the card's notes, growing as they are typed."""
        self.sharing_pages.toggle()

    def show_attract_step(self, card_index: int, face: Face) -> None:
        """One step of kiosk mode's attract loop: a card's face, as a visitor would turn it."""
        self.navigator.go_to(card_index)
        self.navigator.show_face(face)
        self.show_card()

    # -- moving ------------------------------------------------------------------------------

    def _move(self, step: Callable[[], bool], name: str = "", at_end: Text | None = None) -> None:
        if self.programme is not None and name:  # a programme moves through its steps
            self.programme.move(name)
        elif step():
            self.show_card()
        elif at_end is not None:
            self._view.show_toast(at_end.format(self.lang), 1.5)

    def next(self) -> None:
        self._move(self.navigator.next, "next", say.LAST_CARD)

    def previous(self) -> None:
        self._move(self.navigator.previous, "previous")

    def first(self) -> None:
        self._move(self.navigator.first, "first")

    def last(self) -> None:
        self._move(self.navigator.last, "last")

    def go_to_card(self, index: int) -> None:
        """A card chosen in the overview (a step, while a programme runs)."""
        if self.programme is not None:
            return self.programme.enter(index)
        self.navigator.go_to(index)
        self.show_card()

    def step_deck(self, delta: int) -> None:
        self._move(lambda: self.navigator.step_deck(delta))

    def flip(self) -> None:
        if self.navigator.flip():
            self.show_card()
        else:
            self._view.show_toast(say.NO_BACK.format(self.lang), 1.5)

    def type_digit(self, digit: str) -> None:
        deck = self.navigator.deck
        if deck is None:
            return
        typed = self._digits.push(digit)
        if self._digits.is_complete(deck) or self._digits.is_hopeless(deck):
            self._jump(self._digits.take())
        else:
            self._view.show_toast(say.TYPING.format(self.lang, number=typed), 1.5)

    def jump(self) -> None:
        """Enter: go to the typed number, or turn the card when none was typed."""
        typed = self._digits.take()
        if typed:
            self._jump(typed)
        else:
            self.flip()

    def _jump(self, number: str) -> None:
        if self.navigator.jump(number):
            self._view.hide_toast()
            self.show_card()
        else:
            self._view.show_toast(say.NO_CARD.format(self.lang, number=number), 2.5)

    def set_next_flips(self, next_flips: bool) -> None:
        self.navigator.next_flips = next_flips

    # -- the exercise's countdown ------------------------------------------------------------

    @property
    def countdown(self) -> Countdown | None:
        """The countdown of the current deck once started (the card shows it small)."""
        shown = self.exercise.is_active_for(self.navigator.deck)
        return self.exercise.countdown if shown else None

    def exercise_toggle(self) -> None:
        self._change_countdown(self.exercise.toggle)

    def exercise_more(self) -> None:
        self._change_countdown(lambda: self.exercise.extend(MINUTE), say.MINUTE_MORE)

    def exercise_less(self) -> None:
        self._change_countdown(lambda: self.exercise.extend(-MINUTE), say.MINUTE_LESS)

    def exercise_reset(self) -> None:
        self._change_countdown(self.exercise.reset)

    def _change_countdown(self, change: Callable[[], bool], said: Text | None = None) -> None:
        """A key or the console moved the countdown of the current deck's exercise (opened
        when the console moves it first): show it, and save it at once."""
        deck = self.navigator.deck
        if deck is None or self.exercise.open_for(deck)[0] is None or not change():
            return
        self._view.countdown_changed()
        self.save_state()
        if said is not None:  # the clicker's 'back' adds a minute: the room sees it
            self._view.show_toast(said.format(self.lang), 1.5)

    def countdown_ticked(self) -> None:
        """What the countdown shows has changed: a power cut loses at most 10 s of it."""
        if self._clock() - self._countdown_saved >= COUNTDOWN_SAVE_EVERY:
            self._countdown_saved = self._clock()
            self.save_state()

    def time_up(self) -> None:
        """The exercise's time is up: its card turns to the reflections, if it says so."""
        log.info("time is up")
        deck = self.exercise.flips_when_done()
        if deck is None:
            return
        current = self.navigator.deck
        turned = current is not None and current.id == deck.id
        if turned and self.navigator.show_face(Face.BACK) and self.view is View.CARD:
            self.show_card()

    # -- starting where the room was ---------------------------------------------------------

    def room_state(self) -> RoomState:
        return resume.room_state(self)

    def save_state(self) -> None:
        """Remember what the room sees, so a crash or power cut starts here again."""
        resume.save(self, self._view)

    def restore(self, state: RoomState) -> bool:
        """Show what the room saw (see `resume.restore`)."""
        return resume.restore(self, state)

    def adopt_countdown(self, deck: Deck, state: RoomState) -> None:
        """Carry on with the countdown saved in `state` (after a crash), timing `deck`."""
        countdown = state.restore_countdown(self._clock)
        if countdown is not None:
            self.exercise.adopt(deck, countdown)
            self._view.countdown_changed()

    # -- closing -----------------------------------------------------------------------------

    @property
    def guarded(self) -> bool:
        """Whether closing is guarded (kiosk mode): the window manager cannot close it."""
        return self._quit_guard is not None

    def set_quit_guard(self, guard: Callable[[], bool] | None) -> None:
        """In kiosk mode: `guard()` decides whether a quit may happen (it asks for the PIN)."""
        self._quit_guard = guard

    def set_unlock(self, unlock: Callable[[Callable[[], None]], None] | None) -> None:
        """In kiosk mode: `unlock(then)` runs `then` once the PIN is typed (the notes)."""
        self._unlock = unlock

    def unlocked(self, then: Callable[[], None]) -> None:
        """Run `then` (open the notes): at once, or in kiosk mode once the PIN is typed."""
        (self._unlock or operator.call)(then)

    def request_quit(self) -> None:
        if self._quit_guard is None or self._quit_guard():
            self.quit_now()

    def quit_now(self) -> None:
        self.quitting = True  # kiosk mode brings back no window that is closing
        self._view.close_room()

    def escape(self) -> None:
        """Esc twice within two seconds closes the kiosk; once says so."""
        now = self._clock()
        if now - self._last_escape <= QUIT_WINDOW:
            self._last_escape = float("-inf")
            self.request_quit()
            return
        self._last_escape = now
        self._view.show_toast(say.ESC_AGAIN.format(self.lang), QUIT_WINDOW)
