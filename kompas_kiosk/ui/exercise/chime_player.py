"""Plays the time-up chime, and never lets a missing sound get in the countdown's way.

QtMultimedia is imported on the first `prepare()` or `play()`, not at start-up: loading it costs
a noticeable part of a second. A missing or unreadable file, or a machine without a sound device,
makes QSoundEffect report an error and carry on; the player then emits `problem` once, with a
short message for the room screen, and stays quiet after that.
"""

from __future__ import annotations

import logging
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

VOLUME = 0.8


class ChimePlayer(QObject):
    problem = Signal(str)  # emitted at most once: why the chime cannot be heard
    muted_changed = Signal(bool)

    def __init__(self, path: Path, parent: QObject | None = None, volume: float = VOLUME) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._volume = volume
        self._muted = False
        self._effect: QSoundEffect | None = None
        self._wanted = False  # play() was called while the sound was still loading
        self._reason: str | None = None  # why the sound cannot be played, once known
        self._reported = False

    # -- muting ------------------------------------------------------------------------------

    def _get_muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        if muted:
            self._wanted = False
            if self._effect is not None:
                self._effect.stop()
        self.muted_changed.emit(muted)

    muted = Property(bool, _get_muted, set_muted, notify=muted_changed)

    def toggle_muted(self) -> bool:
        """The M key: mute or unmute; returns the new state."""
        self.set_muted(not self._muted)
        return self._muted

    # -- playing -----------------------------------------------------------------------------

    @property
    def problem_text(self) -> str | None:
        """The message `problem` carries (or will carry), if the chime is known not to work."""
        return self._message(self._reason) if self._reason else None

    def prepare(self) -> None:
        """Load QtMultimedia and the sound now (call it after the first frame), not on play."""
        if self._effect is not None:
            return
        if not self._path.is_file():
            self._reason = self.tr("filen %s findes ikke") % self._path
            return
        from PySide6.QtMultimedia import QSoundEffect

        effect = QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.statusChanged.connect(self._on_status)
        self._effect = effect
        self._reason = None
        effect.setSource(QUrl.fromLocalFile(str(self._path.resolve())))

    def play(self) -> None:
        """Play the chime unless muted; a problem is reported (once) and the caller goes on."""
        if self._muted:
            return
        if self._effect is not None and self._effect.status() == self._effect.Status.Error:
            self._drop_effect()  # try again: a speaker may have been plugged in since
        self.prepare()
        effect = self._effect
        if effect is None:
            self._report()
            return
        if effect.status() == effect.Status.Ready:
            effect.play()
        else:
            self._wanted = True  # played from _on_status when loaded

    def is_playing(self) -> bool:
        return self._effect is not None and self._effect.isPlaying()

    def stop(self) -> None:
        self._wanted = False
        if self._effect is not None:
            self._effect.stop()

    # -- internals ---------------------------------------------------------------------------

    def _on_status(self) -> None:
        effect = self._effect
        if effect is None or effect is not self.sender():
            return
        status = effect.status()
        if status == effect.Status.Ready and self._wanted:
            self._wanted = False
            if not self._muted:
                effect.play()
        elif status == effect.Status.Error:
            self._reason = self._diagnose()
            log.warning("the chime %s cannot be played: %s", self._path, self._reason)
            if self._wanted:
                self._wanted = False
                self._report()

    def _diagnose(self) -> str:
        """QSoundEffect says only 'error'; find out what is most likely wrong."""
        if not self._path.is_file():
            return self.tr("filen %s findes ikke") % self._path
        try:
            with wave.open(str(self._path), "rb") as wav:
                wav.getnframes()
        except (wave.Error, EOFError, OSError):
            return self.tr("filen %s er ikke en WAV-lyd, der kan læses") % self._path.name
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():
            return self.tr("der er ingen lydenhed på denne maskine")
        return self.tr("lydenheden kan ikke afspille %s") % self._path.name

    def _message(self, reason: str) -> str:
        return self.tr("Lyden kan ikke afspilles: %s. Nedtællingen kører videre.") % reason

    def _report(self) -> None:
        if self._reported or not self._reason:
            return
        self._reported = True
        self.problem.emit(self._message(self._reason))

    def _drop_effect(self) -> None:
        effect, self._effect = self._effect, None
        if effect is not None:
            effect.statusChanged.disconnect(self._on_status)
            effect.deleteLater()
