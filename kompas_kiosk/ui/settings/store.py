"""The kiosk's settings: an INI file (QSettings) at a path given by the caller.

`Settings(path).load()` returns a frozen `SettingsValues`; `save(values)` writes every key, so a
hand-editor sees them all. Loading never fails: a value that is missing takes its default, and a
value that is wrong (a hand edit, a damaged file) takes its default too, with one warning that
names the file and the key. The one exception is `kiosk_pin`: a PIN hash that cannot be read
keeps the kiosk locked (fails closed) rather than silently removing the PIN.

The PIN itself is never stored: `kiosk_pin` holds a salted PBKDF2-SHA256 hash made by
`core.kiosk.pin`, whose rules these are. Command-line
flags override settings for one run with `values.with_overrides(...)`.
"""

from __future__ import annotations

import logging
import math
import os
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from kompas_kiosk.core.kiosk.pin import (
    PIN_ITERATIONS,
    hash_pin,
    is_pin_hash,
    normal_pin,
    verify_pin,
)
from kompas_kiosk.core.room import clicker as clicker_keys

log = logging.getLogger(__name__)

LANGUAGES = ("da", "en")
FILE_MODE = 0o600  # the file holds the PIN's hash: only the kiosk's user reads it
MAX_IDLE_MINUTES = 24 * 60.0
_TRUE = {"true", "1", "yes", "on", "ja", "sand"}
_FALSE = {"false", "0", "no", "off", "nej", "falsk"}


@dataclass(frozen=True)
class SettingsValues:
    language: str | None = None  # "da", "en", or None: the system's language
    sound: bool = True
    reduced_motion: bool = False
    idle_minutes: float = 0.0  # minutes without input before the attract loop; 0: never
    room_screen: str | None = None  # a screen's name (QScreen.name()); None: the largest
    console_screen: str | None = None
    kiosk_pin: str | None = None  # a hash from `hash_pin`, never the PIN; None: no PIN
    next_flips: bool = True  # 'next' on a card's front turns it over first
    theme: str = "default"  # the colours: "default" or "high-contrast"
    kiosk_notes_pin: bool = True  # kiosk mode: the notes and their export take the PIN too
    export_folder: str | None = None  # where handouts go (kiosk mode: only there); None: Documents
    clicker: clicker_keys.Learned = ()  # keys taught on the settings page: ((key, job), ...)
    room_name: str = ""  # the room each new note is stamped with ("": this kiosk, no name)

    def __post_init__(self) -> None:
        """Values given in code are parsed like the file's ("5" minutes, "true"), so a bad one
        is a ValueError at once: the caller's bug."""
        for field in fields(self):
            value = getattr(self, field.name)
            if value is None and field.name in _OPTIONAL:
                continue
            if field.name == "kiosk_pin" and value == _LOCKED:
                continue
            object.__setattr__(self, field.name, _PARSERS[field.name](value))

    def with_overrides(self, **changes: Any) -> SettingsValues:
        """These values with `changes` for one run; None means "not given" and changes nothing.
        An unknown name is a TypeError, a bad value a ValueError: the caller's bug."""
        unknown = set(changes) - {field.name for field in fields(self)}
        if unknown:
            raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def with_pin(self, pin: str, iterations: int = PIN_ITERATIONS) -> SettingsValues:
        """These values with a new PIN (an empty PIN removes it)."""
        pin = normal_pin(pin)
        return replace(self, kiosk_pin=hash_pin(pin, iterations) if pin else None)

    @property
    def pin_required(self) -> bool:
        return self.kiosk_pin is not None

    def check_pin(self, pin: str) -> bool:
        """Whether `pin` opens the kiosk: any entry when no PIN is set; never when the stored
        hash cannot be read."""
        if self.kiosk_pin is None:
            return True
        return verify_pin(pin, self.kiosk_pin)


# -- parsing: raw value (str from the file, or a typed value cached by Qt) -> value ----------


def _text(raw: object) -> str:
    if isinstance(raw, list | tuple) and all(isinstance(part, str) for part in raw):
        return ", ".join(raw)  # QSettings splits unquoted commas into a list
    if isinstance(raw, str):
        return raw
    raise ValueError(f"expected text, got {type(raw).__name__}")


def _language(raw: object) -> str | None:
    text = _text(raw).strip().lower() if raw is not None else ""
    if text in ("", "system"):
        return None
    if text not in LANGUAGES:
        raise ValueError(f"expected da, en or system, got {text!r}")
    return text


def _boolean(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected true or false, got {text!r}")


def _minutes(raw: object) -> float:
    if isinstance(raw, bool):
        raise ValueError(f"expected a number of minutes, got {raw!r}")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        text = _text(raw).replace(" ", "").replace(",", ".")  # "2,5": a Danish decimal comma
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"expected a number of minutes, got {text!r}") from None
    if not math.isfinite(value) or not 0 <= value <= MAX_IDLE_MINUTES:
        raise ValueError(f"expected minutes from 0 to {MAX_IDLE_MINUTES:g}, got {value!r}")
    return value


THEME_NAMES = ("default", "high-contrast")


def _theme(raw: object) -> str:
    text = _text(raw).strip().lower()
    if text not in THEME_NAMES:
        raise ValueError(f"expected {' or '.join(THEME_NAMES)}, got {text!r}")
    return text


def _screen(raw: object) -> str | None:
    text = _text(raw).strip() if raw is not None else ""
    return text or None


def _one_line(raw: object) -> str:
    return " ".join(_text(raw).split())


def _pin_hash(raw: object) -> str | None:
    text = _text(raw).strip() if raw is not None else ""
    if not text:
        return None
    if not is_pin_hash(text):
        raise ValueError("not a PIN hash this kiosk made")
    return text


def _clicker(raw: object) -> clicker_keys.Learned:
    if isinstance(raw, tuple) and all(isinstance(pair, tuple) for pair in raw):
        learned: clicker_keys.Learned = ()
        for key, job in raw:
            learned = clicker_keys.learn(learned, key, clicker_keys.Job(job))
        return learned
    return clicker_keys.parse(_text(raw) if raw is not None else "")


_PARSERS: dict[str, Callable[[object], Any]] = {
    "language": _language,
    "sound": _boolean,
    "reduced_motion": _boolean,
    "idle_minutes": _minutes,
    "room_screen": _screen,
    "console_screen": _screen,
    "kiosk_pin": _pin_hash,
    "next_flips": _boolean,
    "theme": _theme,
    "kiosk_notes_pin": _boolean,
    "export_folder": _screen,  # any text: a folder's path
    "clicker": _clicker,
    "room_name": _one_line,
}
_OPTIONAL = {"language", "room_screen", "console_screen", "kiosk_pin", "export_folder"}
_LOCKED = "!unreadable"  # a kiosk_pin that no PIN matches: a damaged hash fails closed


class Settings:
    """The settings file at `path` (an INI file; created by the first `save`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._warned: set[str] = set()

    def load(self) -> SettingsValues:
        """The settings, each bad or missing value replaced by its default; never raises."""
        self._protect()
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._check_status(settings, "read")
        defaults = SettingsValues()
        values: dict[str, Any] = {}
        for key in settings.allKeys():
            if key and key not in _PARSERS:
                self._warn(key, f"{self.path}: unknown setting {key!r} is ignored")
        for name, parse in _PARSERS.items():
            if not settings.contains(name):
                continue
            raw = settings.value(name)
            try:
                values[name] = parse(raw)
            except ValueError as exc:
                if name == "kiosk_pin":
                    values[name] = _LOCKED
                    self._warn(
                        name,
                        f"{self.path}: kiosk_pin: {exc}; the kiosk stays locked until the PIN "
                        "is set again (or the kiosk_pin line is deleted)",
                    )
                else:
                    default = getattr(defaults, name)
                    self._warn(name, f"{self.path}: {name}: {exc}; using {default!r}")
        return replace(defaults, **values) if values else defaults

    def save(self, values: SettingsValues) -> str | None:
        """Write every value; the problem (one line naming the file) or None when saved.
        The file is the user's alone (0600) before the hash is written and after."""
        self._protect(create=True)
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        for name, value in asdict(values).items():
            settings.setValue(name, _unparse(value))
        settings.sync()
        problem = self._check_status(settings, "write")
        self._protect()
        return problem

    def _protect(self, create: bool = False) -> None:
        """Make the file readable by its owner only (0600), creating it empty with that mode
        when asked (Qt keeps an existing file's mode when it replaces it)."""
        if os.name != "posix":
            return
        try:
            if create and not self.path.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
            mode = os.stat(self.path).st_mode
            if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
                os.chmod(self.path, FILE_MODE)
                log.info("%s: readable by others; now the owner's only (0600)", self.path)
        except FileNotFoundError:
            return
        except OSError as error:  # a read-only stick, another owner: the kiosk runs on
            self._warn(
                "mode",
                f"{self.path}: cannot make the settings file private ({error.strerror}); "
                "it holds the PIN's hash: chmod 600 it",
            )

    def _check_status(self, settings: QSettings, doing: str) -> str | None:
        status = settings.status()
        if status == QSettings.Status.NoError:
            return None
        if status == QSettings.Status.AccessError:
            problem = f"{self.path}: cannot {doing} the settings file (no access, or not a file)"
        else:
            problem = f"{self.path}: the settings file is not an INI file; using the defaults"
        self._warn(f"status:{doing}", problem)
        return problem

    def _warn(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning("%s", message)


def _unparse(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, tuple):
        return clicker_keys.unparse(value)
    return str(value)
