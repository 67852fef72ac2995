"""A workshop's notes as a handout: CSV (for Danish Excel) and self-contained HTML, and the
all-or-nothing writing of every handout file (``write_atomic``).

The sections and their order are ``core/handout/sections.py``'s; Markdown is
``core/handout/markdown.py``'s. Notes are plain text and shown literally in every format. Times
are local (``tz``; None is the machine's zone): "10.15" in Danish, "10:15" in English. Control
characters other than tab and newline are shown as their Unicode pictures (NUL as "␀"), since no
handout format can hold them; bidi overrides, embeddings and isolates are left out
(``model.clean``), so no note reads otherwise than it was typed.

CSV is for Danish Excel: UTF-8 with BOM, ";" between fields, CRLF between rows, fields quoted
where needed, newlines kept inside quoted fields; ISO dates and "HH:MM" times so Excel reads
them as such. A text cell starting with = + - @, tab or CR gets a leading "'", so a spreadsheet
never runs a note as a formula (OWASP "CSV injection"): "-- nej" is exported as "'-- nej".
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
import stat
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from kompas_kiosk.core.handout.html import render_html
from kompas_kiosk.core.handout.model import clean, labels
from kompas_kiosk.core.handout.sections import NoteGroup, build_handout
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.notes.model import Session
from kompas_kiosk.core.notes.timestamps import to_local


def to_html(
    session: Session,
    groups: Sequence[NoteGroup],
    lang: str = "da",
    *,
    deck_title: str = "",
    programme_title: str = "",
    tz: tzinfo | None = None,
) -> str:
    """One self-contained HTML page (inline CSS, no external resources, prints well)."""
    handout = build_handout(
        session, groups, lang, deck_title=deck_title, programme_title=programme_title, tz=tz
    )
    return render_html(handout)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(
    session: Session,
    groups: Sequence[NoteGroup],
    lang: str = "da",
    *,
    deck_title: str = "",
    tz: tzinfo | None = None,
) -> bytes:
    """The notes as CSV bytes for Danish Excel, one row a note (see the module doc); after the
    first eight columns, each note's group, room and uid (for ``notes import``)."""
    words = labels(lang)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([*words["columns"].split("|"), *CSV_MORE_COLUMNS.format(lang).split("|")])
    name, deck = _cell(clean(session.name)), _cell(clean(deck_title or session.deck_id))
    for group in groups:
        card = group.card
        if group.kind == "session" or card is None:
            heading, title = "", words["general"]
        elif group.kind == "other":
            heading, title = card.key, words["other"].format(key=card.key)
        else:
            heading, title = card.heading or card.key, card.title
        heading, title = _cell(clean(heading)), _cell(clean(title))
        for note in group.notes:
            phase = words["exercise_csv"] if note.phase == "exercise" else words["card_csv"]
            local = to_local(note.created_at, tz).isoformat()  # 2026-11-28T10:15:00+01:00
            group_label = _cell(note.group) if note.group else ""
            room = _cell(note.room) if note.room else ""
            writer.writerow((name, local[:10], local[11:16], deck, heading, title, phase,
                             _cell(clean(note.text)), group_label, room, note.uid))  # fmt: skip
    return buffer.getvalue().encode("utf-8-sig", errors="replace")


CSV_MORE_COLUMNS = Text("Gruppe|Rum|Note-id", "Group|Room|Note id")
"""The columns after the first eight (``labels(lang)["columns"]``), added with groups."""


_EXPORT_FAILED = (  # (heading, details)
    Text("Noterne kunne ikke gemmes som fil", "The handout could not be saved"),
    Text(
        "{path} kunne ikke skrives ({cause}). Vælg en anden mappe, eller frigør plads på "
        "disken, og prøv igen.",
        "{path} could not be written ({cause}). Choose another folder, or free some space on "
        "the disk, and try again.",
    ),
)


_INCOMPLETE = Text(
    "{path} blev ikke gemt: kun {laid_out} af {given} noter kunne sættes op i {fmt}. Gem "
    "noterne som HTML eller CSV, som rummer dem alle, eller del workshoppen op.",
    "{path} was not saved: only {laid_out} of {given} notes could be laid out in the {fmt}. "
    "Save the notes as HTML or CSV, which hold them all, or split the workshop.",
)


class ExportError(Exception):
    """The handout could not be written: the environment's fault, with what to do."""

    def __init__(self, path: Path, cause: str, lang: str = "da", *, details: str | None = None):
        self.path = path
        heading, what_to_do = _EXPORT_FAILED
        self.heading = heading.format(lang)
        self.details = details or what_to_do.format(lang, path=path, cause=cause)
        super().__init__(f"{self.heading}: {self.details}")


class IncompleteHandoutError(Exception):
    """A handout writer could place only `laid_out` of the `given` notes: nothing is saved."""

    def __init__(self, laid_out: int, given: int):
        self.laid_out = laid_out
        self.given = given
        super().__init__(f"{laid_out} of {given} notes laid out")

    def export_error(self, path: Path, fmt: str, lang: str = "da") -> ExportError:
        """The error to show: names the file, the counts and what to do instead."""
        details = _INCOMPLETE.format(
            lang, path=path, laid_out=self.laid_out, given=self.given, fmt=fmt.upper()
        )
        return ExportError(path, "incomplete", lang, details=details)


_NOT_A_FILE = Text(
    "{path} er {kind}, ikke en almindelig fil; en handout skrives kun som en ny fil eller over "
    "en almindelig fil. Vælg et andet filnavn, eller fjern {path} først.",
    "{path} is {kind}, not a regular file; a handout is only written as a new file or over a "
    "regular file. Choose another file name, or remove {path} first.",
)
_KINDS = {  # what lstat says the target is
    "link": Text("et symbolsk link", "a symbolic link"),
    "dir": Text("en mappe", "a folder"),
    "fifo": Text("en navngiven pipe (FIFO)", "a named pipe (FIFO)"),
    "device": Text("en enhed", "a device"),
    "socket": Text("en socket", "a socket"),
    "other": Text("en speciel fil", "a special file"),
}


def _refuse_special(path: Path, lang: str) -> None:
    """Raise ``ExportError`` unless `path` is missing or a regular file (not a link to one):
    a rename over a FIFO, a device or a link would replace it with a plain file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(path, exc.strerror or str(exc), lang) from exc
    if stat.S_ISREG(mode):
        return
    tests = (
        (stat.S_ISLNK, "link"),
        (stat.S_ISDIR, "dir"),
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISCHR, "device"),
        (stat.S_ISBLK, "device"),
        (stat.S_ISSOCK, "socket"),
    )
    kind = next((name for test, name in tests if test(mode)), "other")
    details = _NOT_A_FILE.format(lang, path=path, kind=_KINDS[kind].format(lang))
    raise ExportError(path, kind, lang, details=details)


def write_atomic(path: Path, data: bytes, *, lang: str = "da") -> None:
    """Write `data` to `path` all or nothing: a temporary file in the same folder, fsync, then
    ``os.replace``. A reader sees the old file or the new one, never half of one. Only a new
    file or an existing regular file is written: anything else at `path` (a symbolic link,
    folder, FIFO, device, socket) is refused with ``ExportError`` and left as it is; it is
    checked again just before the rename."""
    path = Path(path)
    _refuse_special(path, lang)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, 0o666)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            _refuse_special(path, lang)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise ExportError(path, exc.strerror or str(exc), lang) from exc
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX only)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
