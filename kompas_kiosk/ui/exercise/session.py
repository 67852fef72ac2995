"""The group exercise running in the room: one countdown, its repaint ticker and its chime.

The countdown survives its view: leaving the exercise view keeps it running, and the card view
shows it small. Opening the exercise of another deck starts that deck's exercise afresh.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.exercise.countdown import Countdown, State
from kompas_kiosk.ui.exercise.chime_player import ChimePlayer
from kompas_kiosk.ui.exercise.ticker import CountdownTicker

log = logging.getLogger(__name__)


class ExerciseSession(QObject):
    changed = Signal()  # what the countdown shows has changed
    time_up = Signal()
    problem = Signal(str)  # the chime cannot be heard (said once)

    def __init__(
        self,
        chime_path: Path | None,
        clock: Callable[[], float] = time.monotonic,
        minutes: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes
        self.countdown: Countdown | None = None
        self.deck: Deck | None = None
        self.ticker = CountdownTicker(self)
        self.ticker.tick.connect(self.changed)
        self.ticker.time_up.connect(self._on_time_up)
        self.chime = ChimePlayer(chime_path or Path("chime.wav"), self)
        self.chime.problem.connect(self.problem)

    def open_for(self, deck: Deck) -> Countdown | None:
        """The countdown of `deck`'s exercise: the running one, or a fresh one."""
        if deck.exercise is None:
            return None
        if self.countdown is None or self.deck is None or self.deck.id != deck.id:
            minutes = self._minutes if self._minutes is not None else deck.exercise.minutes
            self.countdown = Countdown(
                minutes * 60, deck.exercise.warning_seconds, clock=self._clock
            )
            self.deck = deck
            self.ticker.start(self.countdown)
        return self.countdown

    def adopt(self, deck: Deck, countdown: Countdown) -> None:
        """Carry on with a countdown restored after a crash."""
        self.deck, self.countdown = deck, countdown
        self.ticker.start(countdown)

    def is_active_for(self, deck: Deck | None) -> bool:
        """Whether `deck`'s countdown has been started (so the card shows it small)."""
        return (
            deck is not None
            and self.deck is not None
            and self.deck.id == deck.id
            and self.countdown is not None
            and self.countdown.state is not State.IDLE
        )

    def toggle(self) -> None:
        self._apply(Countdown.toggle)

    def extend(self, seconds: float) -> None:
        if self.countdown is not None:
            self.countdown.extend(seconds)
            self._after_change()

    def reset(self) -> None:
        self._apply(Countdown.reset)

    def _apply(self, operation: Callable[[Countdown], object]) -> None:
        if self.countdown is not None:
            operation(self.countdown)
            self._after_change()

    def _after_change(self) -> None:
        countdown = self.countdown
        if countdown is not None:
            log.info("countdown %s %s", countdown.state.name.lower(), countdown.display())
        self.ticker.changed()
        self.changed.emit()

    def _on_time_up(self) -> None:
        self.chime.play()
        self.time_up.emit()
