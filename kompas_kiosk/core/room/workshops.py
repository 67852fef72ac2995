"""'Ny workshop': the room's notes belong to a new workshop from now on, until another starts.

Ctrl+N or the console's button asks the view for the dialog (in kiosk mode only after the PIN:
``set_guard``); the dialog gives back a name and, if the facilitator likes, a place. The name
is checked here (core/notes/workshop.py: what is wrong is said in the room's language, and the
dialog shows it); the view then starts the workshop in the notes, and the room is told.
"""

from __future__ import annotations

import logging
import operator
from collections.abc import Callable
from typing import Protocol

from kompas_kiosk.core.notes.workshop import WorkshopNameError, clean
from kompas_kiosk.core.room import messages as say
from kompas_kiosk.core.room.room_view import RoomView

log = logging.getLogger(__name__)

Guard = Callable[[Callable[[], None]], None]  # guard(then): runs `then` once allowed


class Room(Protocol):
    """What a new workshop needs of the room's controller (`controller.RoomController`)."""

    lang: str


class NewWorkshop:
    def __init__(self, room: Room, view: RoomView) -> None:
        self._room, self._view = room, view
        self._guard: Guard | None = None

    def set_guard(self, guard: Guard | None) -> None:
        """In kiosk mode: `guard(then)` runs `then` (the dialog) once the PIN is typed."""
        self._guard = guard

    def ask(self) -> None:
        """Ctrl+N or the console's »Ny workshop«: the dialog, behind the PIN in kiosk mode."""
        (self._guard or operator.call)(self._view.ask_workshop)

    def start(self, name: str, place: str = "") -> str:
        """Start the workshop `name` (at `place`): '' when it started, else what is wrong with
        the name or place (nothing changed)."""
        lang = self._room.lang
        try:
            name, place = clean(name, place, lang)
        except WorkshopNameError as error:
            return str(error)
        self._view.start_workshop(name, place)
        self._view.show_toast(say.NEW_WORKSHOP.format(lang, name=name), 3)
        log.info("a new workshop: %s%s", name, f" ({place})" if place else "")
        return ""
