"""The group exercise running in the room: which deck's countdown is open, and its moves.

The countdown survives its view: leaving the exercise view keeps it running, and the card shows
it small. Opening the exercise of another deck starts that deck's exercise afresh. The UI only
repaints it and rings the chime; the controller decides when it changes and saves it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.exercise.countdown import Clock, Countdown, State
from kompas_kiosk.core.exercise.warning import DEFAULT_PERCENT, warning_seconds

log = logging.getLogger(__name__)

MINUTE = 60.0


class ExerciseCountdown:
    """The one countdown of the room and the deck whose exercise it times."""

    def __init__(self, clock: Clock, minutes: float | None = None) -> None:
        self._clock = clock
        self._minutes = minutes  # the command line's --minutes, over every deck's own
        self.countdown: Countdown | None = None
        self.deck: Deck | None = None
        self.warning_percent = DEFAULT_PERCENT  # the settings page's share of the exercise

    def open_for(self, deck: Deck) -> tuple[Countdown | None, bool]:
        """The countdown of `deck`'s exercise (None when it has none), and whether it is new:
        the running one, or a fresh one."""
        if deck.exercise is None:
            return None, False
        if self.countdown is not None and self.deck is not None and self.deck.id == deck.id:
            return self.countdown, False
        minutes = self._minutes if self._minutes is not None else deck.exercise.minutes
        self.countdown = Countdown(minutes * 60, self._warning(deck, minutes * 60), self._clock)
        self.deck = deck
        return self.countdown, True

    def set_warning_percent(self, percent: float) -> None:
        """The warning at `percent` of the exercise, from now on and for the running countdown
        (unless its deck gives its own `warning_seconds`)."""
        self.warning_percent = percent
        if self.countdown is not None and self.deck is not None:
            self.countdown.set_warning(self._warning(self.deck, self.countdown.duration))

    def _warning(self, deck: Deck, duration_s: float) -> float:
        fixed = deck.exercise.warning_seconds if deck.exercise else None
        return fixed if fixed is not None else warning_seconds(duration_s, self.warning_percent)

    def adopt(self, deck: Deck, countdown: Countdown) -> None:
        """Carry on with a countdown restored after a crash."""
        self.deck, self.countdown = deck, countdown

    def is_active_for(self, deck: Deck | None) -> bool:
        """Whether `deck`'s countdown has been started (so the card shows it small)."""
        return (
            deck is not None
            and self.deck is not None
            and self.deck.id == deck.id
            and self.countdown is not None
            and self.countdown.state is not State.IDLE
        )

    @property
    def running(self) -> bool:
        return self.countdown is not None and self.countdown.state is State.RUNNING

    def flips_when_done(self) -> Deck | None:
        """The deck whose card turns over when its time is up, if its exercise says so."""
        deck = self.deck
        if deck is None or deck.exercise is None or not deck.exercise.flip_when_done:
            return None
        return deck

    def toggle(self) -> bool:
        return self._apply(Countdown.toggle)

    def extend(self, seconds: float) -> bool:
        return self._apply(lambda countdown: countdown.extend(seconds))

    def reset(self) -> bool:
        return self._apply(Countdown.reset)

    def _apply(self, operation: Callable[[Countdown], object]) -> bool:
        countdown = self.countdown
        if countdown is None:
            return False
        operation(countdown)
        log.info("countdown %s %s", countdown.state.name.lower(), countdown.display())
        return True
