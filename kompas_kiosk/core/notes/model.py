"""The records the notes store hands out: ``Session`` and ``Note``, read from table rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Literal

from kompas_kiosk.core.notes.timestamps import from_stored

Phase = Literal["card", "exercise"]
PHASES: tuple[Phase, ...] = ("card", "exercise")


class AnyCard(Enum):
    ANY = "any"


ANY_CARD = AnyCard.ANY
"""For ``notes()``/``count_notes()``: notes on every card and on the session in general."""


@dataclass(frozen=True, slots=True)
class Session:
    """A workshop: a name, a place, and when it was created (aware, UTC)."""

    id: int
    deck_id: str
    name: str
    place: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Note:
    """One note. ``card_key`` None means the session in general; times are aware, UTC.

    ``group``: the label a table reports under ('' none); ``room``: the room (kiosk) it was
    taken in ('' this kiosk); ``uid``: its name in every kiosk's file, made when it is written.
    """

    id: int
    session_id: int
    deck_id: str
    card_key: str | None
    phase: Phase
    text: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    group: str = ""
    room: str = ""
    uid: str = ""

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


NOTE_COLUMNS = (
    "id, session_id, deck_id, card_key, phase, text, created_at, updated_at, deleted_at,"
    " group_label, room, uid"
)
SESSION_COLUMNS = "id, deck_id, name, place, created_at"


def note_from_row(row: tuple[Any, ...]) -> Note:
    """A Note from a row of ``SELECT NOTE_COLUMNS``."""
    id_, session_id, deck_id, card_key, phase, text, created, updated, deleted, *labels = row
    group, room, uid = labels
    created_at = _when(created)
    updated_at = created_at if updated == created else _when(updated)
    deleted_at = None if deleted is None else _when(deleted)
    return Note(
        id_, session_id, deck_id, card_key, phase, text, created_at, updated_at, deleted_at,
        group, room, uid,
    )  # fmt: skip


def new_uid() -> str:
    """A note's uid: 32 hex digits, random (uuid4), so no two kiosks make the same one."""
    return uuid.uuid4().hex


def check_label(value: str, what: str) -> str:
    """A group or room label as stored: one line, its ends trimmed ('' for none)."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, not {type(value).__name__}")
    return " ".join(value.split())


def session_from_row(row: tuple[Any, ...]) -> Session:
    """A Session from a row of ``SELECT SESSION_COLUMNS``."""
    id_, deck_id, name, place, created = row
    return Session(id_, deck_id, name, place, _when(created))


UNKNOWN_TIME = datetime(1970, 1, 1, tzinfo=UTC)
"""What a time whose bytes were damaged on disk reads as: the note is shown, not lost."""


def _when(stored: object) -> datetime:
    try:
        return from_stored(str(stored))
    except ValueError:
        return UNKNOWN_TIME


def check_text(text: str, what: str = "a note") -> None:
    """Refuse what is not a str, and blank text; anything else is kept exactly as it is."""
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}")
    if not text.strip():
        raise ValueError(f"{what} needs some text; empty or blank text is refused")
