"""The Qt side of the room's exercise: the ticker that repaints the countdown, and the chime.

The countdown itself, and which deck's exercise it times, belong to the room's controller
(`core/room/countdown_flow.py`); this follows whichever countdown the controller opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.ui.exercise.chime_player import ChimePlayer
from kompas_kiosk.ui.exercise.ticker import CountdownTicker


class ExerciseSession(QObject):
    changed = Signal()  # what the countdown shows has changed
    time_up = Signal()
    problem = Signal(str)  # the chime cannot be heard (said once)

    def __init__(self, chime_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticker = CountdownTicker(self)
        self.ticker.tick.connect(self.changed)
        self.ticker.time_up.connect(self._on_time_up)
        self.chime = ChimePlayer(chime_path or Path("chime.wav"), self)
        self.chime.problem.connect(self.problem)

    def follow(self, countdown: Countdown | None) -> None:
        """The countdown was opened or moved by a key: tick for it now, then as it runs."""
        if countdown is None:
            return
        if self.ticker.countdown is not countdown:
            self.ticker.start(countdown)
        else:
            self.ticker.changed()
        self.changed.emit()

    def _on_time_up(self) -> None:
        self.chime.play()
        self.time_up.emit()
