"""Notes the store never took, written to a rescue file when the kiosk closes: never lost.

When the store cannot be written (read-only or full data folder, a damaged or too-new file), the
notes wait in memory (core/notes/pending.py). At quit, ``write_rescue`` puts them and the field's
unsent text in a new file in the first folder that takes it (the data folder, the documents
folder, the temporary folder): plain UTF-8 JSON lines, one note a line with its time, deck, card,
phase and text, the draft last (``"draft": true``). The name carries the time; an existing file
is never overwritten. When no folder takes it, ``RescueFailed`` carries the lines so that they
can at least go to the log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.notes.model import Phase
from kompas_kiosk.core.notes.pending import PendingNote

log = logging.getLogger(__name__)

PREFIX = "kompas-kiosk-rescued-notes"

_HEADING = Text("Noterne er reddet i en fil", "The notes were rescued to a file")
_DETAILS = Text(
    "Notefilen kunne ikke skrives, så {what} er gemt i {path}. Filen er tekst (én note per "
    "linje); giv den videre eller gem den, før den slettes.",
    "The notes file could not be written, so {what} were saved to {path}. The file is text "
    "(one note a line); pass it on or keep it before it is deleted.",
)
_WHAT = {
    (True, True): Text("{count} noter og den usendte tekst", "{count} notes and the unsent text"),
    (True, False): Text("{count} noter", "{count} notes"),
    (False, True): Text("den usendte tekst", "the unsent text"),
}
_FAILED = Text(
    "Noterne kunne ikke reddes i en fil ({tried}); de står her i loggen.",
    "The notes could not be rescued to a file ({tried}); they are here in the log.",
)


@dataclass(frozen=True)
class Rescued:
    """Where the notes went, and how many."""

    path: Path
    notes: int
    draft: bool

    def text(self, lang: str = "da") -> tuple[str, str]:
        """(heading, details) for the screen, the log and stderr."""
        what = _WHAT[(self.notes > 0, self.draft)].format(lang, count=self.notes)
        return _HEADING.format(lang), _DETAILS.format(lang, what=what, path=self.path)


class RescueFailed(Exception):  # noqa: N818 (names the situation)
    """No folder took the rescue file: ``lines`` are the notes, for the log."""

    def __init__(self, tried: list[str], lines: list[str], lang: str = "da") -> None:
        self.lines = lines
        super().__init__(_FAILED.format(lang, tried="; ".join(tried)))


def rescue_folders(data: Path | None, documents: Path | None) -> list[Path]:
    """Where a rescue file may go, in order: the data folder, documents, the temp folder."""
    places = [place for place in (data, documents) if place is not None]
    return [*places, Path(tempfile.gettempdir())]


def rescue_lines(
    notes: Sequence[PendingNote],
    draft: str,
    now: datetime,
    draft_place: tuple[str, str | None, Phase],
    session: str = "",
) -> list[str]:
    """The file's lines: a header, each note, and the draft last."""

    def line(record: dict[str, object]) -> str:
        return json.dumps(record, ensure_ascii=False)

    lines = [
        line({"kompas_kiosk": "rescued notes", "written": now.isoformat(), "session": session})
    ]
    for note in notes:
        lines.append(
            line(_record(note.created_at, note.deck_id, note.card_key, note.phase, note.text))
        )
    if draft.strip():
        deck_id, card_key, phase = draft_place
        lines.append(line({**_record(now, deck_id, card_key, phase, draft), "draft": True}))
    return lines


def rescue(
    notes: Sequence[PendingNote],
    draft: str,
    draft_place: tuple[str, str | None, Phase],
    session: str,
    folders: Sequence[Path],
    now: datetime,
    lang: str = "da",
) -> Rescued | None:
    """Write what the store did not take to a rescue file, and say where in the log (which
    goes to stderr too). None when nothing waited, or when no folder took it (then the notes
    themselves are in the log)."""
    if not notes and not draft.strip():
        return None
    lines = rescue_lines(notes, draft, now, draft_place, session)
    try:
        path = write_rescue(lines, folders, now, lang)
    except RescueFailed as failed:
        log.error("notes: %s\n%s", failed, "\n".join(failed.lines))
        return None
    rescued = Rescued(path, len(notes), bool(draft.strip()))
    log.warning("notes: %s: %s", *rescued.text(lang))
    return rescued


def write_rescue(
    lines: list[str], folders: Sequence[Path], now: datetime, lang: str = "da"
) -> Path:
    """Write `lines` to a new file in the first of `folders` that takes it; its path.
    ``RescueFailed`` when none does."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    tried = []
    for folder in folders:
        try:
            return _write_new(folder, stamp, data)
        except OSError as error:
            tried.append(f"{folder}: {error.strerror or error}")
    raise RescueFailed(tried, lines, lang)


def _record(
    time: datetime, deck_id: str, card_key: str | None, phase: Phase, text: str
) -> dict[str, object]:
    return {"time": time.isoformat(), "deck": deck_id, "card": card_key, "phase": phase,
            "text": text}  # fmt: skip


def _write_new(folder: Path, stamp: str, data: bytes) -> Path:
    """A new file (never one that exists) holding `data`, flushed to the disk."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 1000):
        suffix = "" if number == 1 else f"-{number}"
        path = folder / f"{PREFIX}-{stamp}{suffix}.jsonl"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        _sync_folder(folder)
        return path
    raise FileExistsError(f"{folder}: {PREFIX}-{stamp}-*.jsonl")


def _sync_folder(folder: Path) -> None:
    """Make the new name durable too (not possible, nor needed, on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
