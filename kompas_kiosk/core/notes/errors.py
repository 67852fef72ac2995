"""The environment's failures of the notes store, each with a heading and what to do about it.

These are not bugs: a read-only folder, a full disk, a damaged file, a file from a newer kiosk.
The UI shows ``error.heading`` and ``error.details``; ``error.text(lang)`` gives either language.
A bug (a wrong id, a closed store, SQL that does not parse) is not translated into these.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import ClassVar

from kompas_kiosk.core.i18n import Text

_CATALOGUE: dict[str, tuple[Text, Text]] = {  # (heading, details)
    "too_new": (
        Text(
            "Noterne er gemt af en nyere version af kiosken",
            "The notes were saved by a newer version of the kiosk",
        ),
        Text(
            "Notefilen {path} har version {found}, men denne kiosk kender kun version {ours}. "
            "Opdatér kiosken til den nyeste version. Filen er ikke ændret.",
            "The notes file {path} has version {found}, but this kiosk only knows version {ours}. "
            "Update the kiosk to the latest version. The file has not been changed.",
        ),
    ),
    "readonly": (
        Text("Noterne kan ikke gemmes: skrivebeskyttet", "Notes cannot be saved: read-only"),
        Text(
            "Kiosken må ikke skrive i {path} ({cause}). Giv kiosken skriveadgang til mappen, "
            "eller start den med en anden datamappe.",
            "The kiosk may not write to {path} ({cause}). Give the kiosk write access to the "
            "folder, or start it with another data folder.",
        ),
    ),
    "full": (
        Text("Noterne kan ikke gemmes: disken er fuld", "Notes cannot be saved: the disk is full"),
        Text(
            "Der er ikke plads til at gemme i {path} ({cause}). Frigør plads på disken, "
            "og prøv igen.",
            "There is no room to save in {path} ({cause}). Free some space on the disk, "
            "and try again.",
        ),
    ),
    "cantopen": (
        Text("Notefilen kan ikke åbnes", "The notes file cannot be opened"),
        Text(
            "{path} kan ikke åbnes eller oprettes ({cause}). Tjek at mappen findes, er en mappe, "
            "og at kiosken må skrive i den.",
            "{path} cannot be opened or created ({cause}). Check that the folder exists, is a "
            "folder, and that the kiosk may write in it.",
        ),
    ),
    "io": (
        Text("Fejl ved læsning eller skrivning af noterne", "Error reading or writing the notes"),
        Text(
            "Disken svarede med en fejl for {path} ({cause}). Er drevet taget ud? Sæt det i igen "
            "og vælg »Prøv igen«. Noter, der ikke er gemt, skrives i en redningsfil, når kiosken "
            "lukkes.",
            "The disk returned an error for {path} ({cause}). Was the drive removed? Reconnect "
            "it and choose »Try again«. Notes not saved are written to a rescue file when the "
            "kiosk is closed.",
        ),
    ),
    "busy": (
        Text("Noterne er i brug af et andet program", "The notes are in use by another program"),
        Text(
            "{path} er låst af et andet program ({cause}). Luk andre kopier af kiosken og "
            "prøv igen.",
            "{path} is locked by another program ({cause}). Close other copies of the kiosk and "
            "try again.",
        ),
    ),
    "corrupt": (
        Text("Notefilen er beskadiget", "The notes file is damaged"),
        Text(
            "{path} er beskadiget ({cause}). Luk kiosken (Ctrl+Q), og start den igen: noter, "
            "der kun er i hukommelsen, gemmes først i en redningsfil, og kiosken lægger den "
            "beskadigede fil til side under et nyt navn og starter en ny. Intet bliver slettet.",
            "{path} is damaged ({cause}). Close the kiosk (Ctrl+Q) and start it again: notes "
            "only in memory are first saved to a rescue file, and the kiosk puts the damaged file "
            "aside under a new name and starts a new one. Nothing is deleted.",
        ),
    ),
    "unmovable": (
        Text(
            "Notefilen er beskadiget og kan ikke flyttes",
            "The notes file is damaged and cannot be moved",
        ),
        Text(
            "{path} er beskadiget, og kiosken kunne ikke lægge den til side ({cause}). Flyt filen "
            "til en anden mappe, og start kiosken igen.",
            "{path} is damaged, and the kiosk could not put it aside ({cause}). Move the file to "
            "another folder, and start the kiosk again.",
        ),
    ),
    "recovered": (
        Text("En beskadiget notefil er lagt til side", "A damaged notes file was put aside"),
        Text(
            "Den gamle notefil var beskadiget og ligger nu som {aside}. Kiosken har startet en ny "
            "notefil. Giv filen til en, der kan redde noterne i den.",
            "The old notes file was damaged and is now {aside}. The kiosk has started a new notes "
            "file. Give the old file to someone who can rescue the notes in it.",
        ),
    ),
    "kept": (
        Text(
            "Kiosken blev ikke lukket rigtigt: noterne er hentet tilbage",
            "The kiosk was not closed properly: the notes were recovered",
        ),
        Text(
            "Før noterne blev hentet tilbage, blev notefilen kopieret uændret til {kept} (med "
            "-wal og -shm). {rescued}Slet kopien, når du har set, at alle noter er der.",
            "Before the notes were recovered, the notes file was copied unchanged to {kept} "
            "(with -wal and -shm). {rescued}Delete the copy once you have seen that every note "
            "is there.",
        ),
    ),
    "rescued": (
        Text("Noter hentet fra loggen", "Notes taken from the log"),
        Text(
            "{count} noter blev hentet fra den del af loggen, SQLite ville have kasseret. ",
            "{count} notes were taken from the part of the log SQLite would have discarded. ",
        ),
    ),
}


def message(key: str, lang: str = "da", **params: object) -> tuple[str, str]:
    """The heading and details for `key` in `lang` (Danish for anything but "en")."""
    heading, details = _CATALOGUE[key]
    return heading.format(lang), details.format(lang, **params)


class StoreError(Exception):
    """A failure of the environment around the notes store, with what to do about it.

    ``kind`` names the catalogue entry (e.g. "readonly", "full"); ``path`` is the file concerned;
    ``cause`` is the system's own words; ``heading`` and ``details`` are in ``lang``.
    """

    default_kind: ClassVar[str] = "io"

    def __init__(
        self,
        path: Path,
        cause: str = "",
        *,
        kind: str | None = None,
        lang: str = "da",
        **params: object,
    ):
        self.kind = kind or self.default_kind
        self.path = path
        self.cause = cause
        self.lang = lang
        self.params: dict[str, object] = {"path": path, "cause": cause, **params}
        self.heading, self.details = self.text(lang)
        super().__init__(f"{self.heading}: {self.details}")

    def text(self, lang: str = "da") -> tuple[str, str]:
        """(heading, details) in `lang`: "da" or "en"."""
        return message(self.kind, lang, **self.params)


class StoreTooNew(StoreError):  # noqa: N818 (names the situation)
    """The file was written by a newer kiosk; it is left untouched."""

    default_kind = "too_new"


class StoreUnwritable(StoreError):  # noqa: N818 (names the situation)
    """Read-only, full, unopenable, locked or failing storage; ``kind`` says which."""

    default_kind = "cantopen"


class StoreCorrupt(StoreError):  # noqa: N818 (names the situation)
    """The file is damaged: "corrupt", or "unmovable" when it could not be put aside."""

    default_kind = "corrupt"


_SQLITE_KINDS = {
    "SQLITE_READONLY": "readonly",
    "SQLITE_PERM": "readonly",
    "SQLITE_AUTH": "readonly",
    "SQLITE_FULL": "full",
    "SQLITE_CANTOPEN": "cantopen",
    "SQLITE_IOERR": "io",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
}


def is_corruption(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file is damaged or is not a database at all."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB")


def from_sqlite(exc: sqlite3.Error, path: Path, lang: str = "da") -> StoreError | None:
    """The StoreError for an error SQLite raised, or None when it is a bug of ours."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if is_corruption(exc):
        return StoreCorrupt(path, str(exc), lang=lang)
    for prefix, kind in _SQLITE_KINDS.items():
        if name.startswith(prefix):
            return StoreUnwritable(path, str(exc), kind=kind, lang=lang)
    return None


def from_os(exc: OSError, path: Path, lang: str = "da") -> StoreUnwritable:
    """The StoreError for a failing file operation (creating the folder, moving a file)."""
    kinds = {
        errno.ENOSPC: "full",
        getattr(errno, "EDQUOT", errno.ENOSPC): "full",  # no EDQUOT on Windows
        errno.EROFS: "readonly",
        errno.EACCES: "readonly",
        errno.EPERM: "readonly",
        errno.EIO: "io",
    }
    cause = exc.strerror or str(exc)
    return StoreUnwritable(path, cause, kind=kinds.get(exc.errno or 0, "cantopen"), lang=lang)
