"""Workshops: the notes store's sessions, started by name by the facilitator.

A workshop is a row of the store's ``session`` table (its name, place, deck and start). The
room's notes belong to the latest one until another starts: a restart carries it on however
long the pause, and nothing merges workshops by time. ``clean`` checks a name and place typed
by the facilitator (a ``WorkshopNameError`` says what is wrong in their language);
``workshops`` lists them with their number of notes; ``find`` takes an id or 'latest'.
"""

from __future__ import annotations

from dataclasses import dataclass

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.notes.model import Session
from kompas_kiosk.core.notes.store import NotesStore

MAX_NAME = 200  # characters of a name or a place: a line on the handout's title page

_NO_NAME = Text(
    "Giv workshoppen et navn, fx »Borgermøde i Aarhus«.",
    "Give the workshop a name, e.g. »Citizens' meeting in Aarhus«.",
)
_TOO_LONG = Text(
    "{what} er for lang ({length} tegn); højst {limit} tegn.",
    "{what} is too long ({length} characters); at most {limit} characters.",
)
_WHAT = {
    "name": Text("Workshoppens navn", "The workshop's name"),
    "place": Text("Stedet", "The place"),
}


class WorkshopNameError(ValueError):
    """A name or place that cannot be a workshop's; the message says what to type instead."""


@dataclass(frozen=True, slots=True)
class Workshop:
    session: Session
    notes: int  # not counting deleted ones


def clean(name: str, place: str, lang: str) -> tuple[str, str]:
    """The name and place as stored: whitespace runs made one space, the ends trimmed."""
    name, place = " ".join(name.split()), " ".join(place.split())
    if not name:
        raise WorkshopNameError(_NO_NAME.format(lang))
    for key, value in (("name", name), ("place", place)):
        if len(value) > MAX_NAME:
            what = _WHAT[key].format(lang)
            raise WorkshopNameError(
                _TOO_LONG.format(lang, what=what, length=len(value), limit=MAX_NAME)
            )
    return name, place


def workshops(store: NotesStore) -> list[Workshop]:
    """Every workshop, newest first, with its number of notes."""
    return [Workshop(s, store.count_notes(s.id)) for s in store.sessions()]


def find(store: NotesStore, wanted: str) -> Session | None:
    """The workshop `wanted` names ('latest', an id, '#id'), or None."""
    if wanted.strip() == "latest":
        return store.latest_session()
    ident = wanted.strip().lstrip("#")
    if not ident.isdigit():
        return None
    try:
        return store.get_session(int(ident))
    except KeyError:
        return None
