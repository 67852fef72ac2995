"""Where the room was, so the kiosk starts there again after a crash or a power cut.

`StateFile` keeps one small JSON file. Loading never raises: a missing file is a first start, and
a damaged, hand-edited or too-new file is logged (naming the file) and ignored. Saving replaces
the file atomically (a temporary file in the same folder, flushed and fsynced, then `os.replace`),
so after a kill or a power cut the file holds either the old state or the new one, never half of
each. Saving an unchanged state writes nothing, so it may be called on every navigation.

A failing save (read-only folder, full disk) is the environment's fault: `save` returns a
`StateSaveError` with a heading and what to do, and marks whether it is the first failure in a
row, so the UI shows it once and the kiosk runs on.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import math
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeGuard

from kompas_kiosk.core.exercise.countdown import Clock, Countdown
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View

log = logging.getLogger(__name__)

STATE_VERSION = 1


@dataclass(frozen=True)
class RoomState:
    """What the room showed. `countdown` is a `Countdown.snapshot()` of `exercise_deck_id`'s
    exercise (it may run while another deck is shown); `saved_at` is wall-clock seconds, set by
    `StateFile.save`, so a start can ignore a state from yesterday."""

    deck_id: str | None = None  # None: no deck was open (the chooser)
    card_index: int = 0
    face: Face = Face.FRONT
    view: View = View.CARD  # one that is `remembered`
    exercise_deck_id: str | None = None
    countdown: Mapping[str, Any] | None = None
    saved_at: float | None = None
    programme_id: str | None = None  # a programme was running, at step number `step` (from 0)
    step: int = 0

    def __post_init__(self) -> None:
        """A state that could not be read back is a bug of the caller's: say so at once."""
        if not isinstance(self.view, View) or not self.view.remembered:
            raise ValueError(f"view: expected one of {_remembered()}, got {self.view!r}")
        if not _is_int(self.card_index) or self.card_index < 0:
            raise ValueError(f"card_index: expected a whole number >= 0, got {self.card_index!r}")
        if not isinstance(self.face, Face):
            raise ValueError(f"face: expected a Face, got {self.face!r}")
        if not _is_int(self.step) or self.step < 0:
            raise ValueError(f"step: expected a whole number >= 0, got {self.step!r}")

    def restore_countdown(self, clock: Clock = time.monotonic) -> Countdown | None:
        """The saved countdown running on `clock`, or None when none was saved."""
        if self.countdown is None:
            return None
        try:
            return Countdown.restore(self.countdown, clock)
        except (ValueError, TypeError) as exc:  # checked by `load`; only a hand-made state
            log.warning("the saved countdown cannot be restored: %s", exc)
            return None

    def age(self, now: float | None = None) -> float:
        """Seconds since the state was saved (infinite when unknown)."""
        if self.saved_at is None:
            return math.inf
        return (time.time() if now is None else now) - self.saved_at

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "saved_at": self.saved_at,
            "deck_id": self.deck_id,
            "card_index": self.card_index,
            "face": self.face.value,
            "view": self.view.value,
            "exercise": None
            if self.countdown is None
            else {"deck_id": self.exercise_deck_id, "countdown": dict(self.countdown)},
            "programme": None
            if self.programme_id is None
            else {"id": self.programme_id, "step": self.step},
        }


class StateFormatError(ValueError):
    """The file's content is not a state this kiosk can use."""


def from_json(data: object) -> RoomState:
    """A `RoomState` from parsed JSON; StateFormatError naming the first bad field."""
    if not isinstance(data, dict):
        raise StateFormatError(f"expected a JSON object, got {type(data).__name__}")
    version = data.get("version")
    if not _is_int(version):
        raise StateFormatError(f"version: expected a whole number, got {version!r}")
    if version > STATE_VERSION:
        raise StateFormatError(
            f"version {version} was written by a newer kiosk (this one knows {STATE_VERSION})"
        )
    if version < 1:
        raise StateFormatError(f"version: unknown version {version!r}")
    deck_id = _optional_str(data, "deck_id")
    card_index = data.get("card_index")
    if not _is_int(card_index) or card_index < 0:
        raise StateFormatError(f"card_index: expected a whole number >= 0, got {card_index!r}")
    try:
        face = Face(data.get("face"))
    except (ValueError, TypeError):
        raise StateFormatError(
            f"face: expected 'front' or 'back', got {data.get('face')!r}"
        ) from None
    view = next((v for v in View if v.remembered and v.value == data.get("view")), None)
    if view is None:
        raise StateFormatError(f"view: expected one of {_remembered()}, got {data.get('view')!r}")
    saved_at = data.get("saved_at")
    if saved_at is not None and not _is_number(saved_at):
        raise StateFormatError(f"saved_at: expected a number of seconds, got {saved_at!r}")
    exercise = data.get("exercise")
    exercise_deck_id: str | None = None
    countdown: dict[str, Any] | None = None
    if exercise is not None:
        if not isinstance(exercise, dict) or not isinstance(exercise.get("countdown"), dict):
            raise StateFormatError(f"exercise: expected deck_id and countdown, got {exercise!r}")
        exercise_deck_id = _optional_str(exercise, "deck_id", "exercise.deck_id")
        countdown = exercise["countdown"]
        try:
            Countdown.restore(countdown, clock=_stopped_clock)
        except (ValueError, TypeError) as exc:
            raise StateFormatError(f"exercise.countdown: {exc}") from None
    programme_id, step = _programme(data.get("programme"))
    return RoomState(
        deck_id=deck_id,
        card_index=card_index,
        face=face,
        view=view,
        exercise_deck_id=exercise_deck_id,
        countdown=countdown,
        saved_at=None if saved_at is None else float(saved_at),
        programme_id=programme_id,
        step=step,
    )


def _programme(programme: object) -> tuple[str | None, int]:
    """The running programme's id and step; a state from before programmes has none."""
    if programme is None:
        return None, 0
    if not isinstance(programme, dict):
        raise StateFormatError(f"programme: expected id and step, got {programme!r}")
    step = programme.get("step")
    if not _is_int(step) or step < 0:
        raise StateFormatError(f"programme.step: expected a whole number >= 0, got {step!r}")
    return _optional_str(programme, "id", "programme.id"), step


_CATALOGUE: dict[str, tuple[Text, Text]] = {  # (heading, details)
    "readonly": (
        Text(
            "Kiosken kan ikke huske, hvor den er: skrivebeskyttet",
            "The kiosk cannot remember where it is: read-only",
        ),
        Text(
            "Kiosken må ikke skrive i {folder} ({cause}). Efter et nedbrud starter den forfra. "
            "Giv kiosken skriveadgang til mappen, eller start den med en anden datamappe.",
            "The kiosk may not write to {folder} ({cause}). After a crash it starts from the "
            "beginning. Give the kiosk write access to the folder, or start it with another "
            "data folder.",
        ),
    ),
    "full": (
        Text(
            "Kiosken kan ikke huske, hvor den er: disken er fuld",
            "The kiosk cannot remember where it is: the disk is full",
        ),
        Text(
            "Der er ikke plads i {folder} ({cause}). Frigør plads på disken.",
            "There is no room in {folder} ({cause}). Free some space on the disk.",
        ),
    ),
    "io": (
        Text("Kiosken kan ikke huske, hvor den er", "The kiosk cannot remember where it is"),
        Text(
            "{path} kan ikke gemmes ({cause}). Tjek at mappen findes, er en mappe, og at "
            "kiosken må skrive i den.",
            "{path} cannot be saved ({cause}). Check that the folder exists, is a folder, and "
            "that the kiosk may write in it.",
        ),
    ),
}

_KINDS = {
    errno.EROFS: "readonly",
    errno.EACCES: "readonly",
    errno.EPERM: "readonly",
    errno.ENOSPC: "full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "full",
}


class StateSaveError(Exception):
    """The state could not be saved: the environment's fault, shown once, never fatal.

    ``kind`` is "readonly", "full" or "io"; ``first`` is True for the first failure after a
    success (show it), False when the same trouble goes on (do not show it again).
    """

    def __init__(self, path: Path, exc: OSError, first: bool) -> None:
        self.path = path
        self.cause = exc.strerror or str(exc)
        self.kind = _KINDS.get(exc.errno or 0, "io")
        self.first = first
        self.heading, self.details = self.text("da")
        super().__init__(f"{path}: {self.cause}")

    def text(self, lang: str = "da") -> tuple[str, str]:
        heading, details = _CATALOGUE[self.kind]
        params = {"path": self.path, "folder": self.path.parent, "cause": self.cause}
        return heading.format(lang), details.format(lang, **params)


class StateFile:
    """One room's state on disk: `load()` and `save(state)`; see the module's rules."""

    def __init__(self, path: Path, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._wall_clock = wall_clock
        self._last_written: dict[str, Any] | None = None
        self.error: StateSaveError | None = None  # the current trouble, None once saving works

    def load(self) -> RoomState | None:
        """The saved state, or None (first start, or a file that cannot be used: logged)."""
        self._remove_leftovers()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            log.info("no saved room state in %s: starting fresh", self.path)
            return None
        except OSError as exc:
            log.warning("cannot read the room state %s (%s): starting fresh", self.path, exc)
            return None
        try:
            state = from_json(json.loads(raw.decode("utf-8-sig")))
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSON's are too
            log.warning("ignoring the room state %s: %s; starting fresh", self.path, exc)
            return None
        self._last_written = replace(state, saved_at=None).to_json()
        return state

    def save(self, state: RoomState) -> StateSaveError | None:
        """Write `state` unless it is what the file holds. Never raises for a failing disk:
        returns the StateSaveError (see ``first``) and keeps the old file."""
        content = replace(state, saved_at=None).to_json()
        if content == self._last_written and self.error is None:
            return None
        stamped = replace(state, saved_at=self._wall_clock()).to_json()
        data = json.dumps(stamped, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self._write(data)
        except OSError as exc:
            self.error = StateSaveError(self.path, exc, first=self.error is None)
            if self.error.first:
                log.warning("cannot save the room state %s: %s", self.path, self.error.cause)
            self._last_written = None
            return self.error
        if self.error is not None:
            log.info("the room state is saved again in %s", self.path)
        self.error = None
        self._last_written = content
        return None

    def _write(self, data: bytes) -> None:
        folder = self.path.parent
        try:
            fd, temp = tempfile.mkstemp(prefix=f"{self.path.name}.", suffix=".tmp", dir=folder)
        except FileNotFoundError:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f"{self.path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        _sync_folder(folder)

    def _remove_leftovers(self) -> None:
        """Temporary files of a save that was killed before its rename."""
        with contextlib.suppress(OSError):
            for leftover in self.path.parent.glob(f"{self.path.name}.*.tmp"):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remembered() -> str:
    return ", ".join(view.value for view in View if view.remembered)


def _stopped_clock() -> float:
    return 0.0


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _optional_str(data: Mapping[str, Any], key: str, name: str | None = None) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise StateFormatError(f"{name or key}: expected text or null, got {value!r}")
    return value
