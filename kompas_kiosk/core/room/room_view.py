"""What the room controller tells its view: a passive view shows what it is told, and only that.

The room window is one such view; the controller's tests use a plain recording one.
"""

from __future__ import annotations

from typing import Protocol

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.core.programmes.model import Programme, Slide
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import BlankColor, View


class RoomView(Protocol):
    def display_card(
        self, deck: Deck, card_index: int, position: str, face: Face, sharing: bool
    ) -> None:
        """The card (or, while sharing, its notes large); the running countdown small."""

    def display_exercise(self, deck: Deck, card_index: int, countdown: Countdown) -> None: ...

    def display_chooser(self, loaded: list[LoadedDeck], selected: int) -> None: ...

    def display_message(self, heading: str, lines: list[str]) -> None: ...

    def display_overview(self, deck: Deck, card_index: int) -> None: ...

    def display_blank(self, color: BlankColor) -> None: ...

    def display_again(self, view: View) -> None:
        """Back from a blank screen to `view`, as it was."""

    def show_toast(self, text: str, seconds: float) -> None: ...

    def hide_toast(self) -> None: ...

    def countdown_changed(self) -> None:
        """The countdown was opened, started, paused, extended or reset: follow and repaint it."""

    def set_sharing(self, sharing: bool) -> None:
        """The card's notes are shown to the room (or no longer)."""

    def turn_shared_page(self, older: int) -> bool:
        """Turn the shared notes `older` pages towards the oldest (negative: the newest);
        False when there is no page that way."""

    def close_room(self) -> None:
        """Close the kiosk now (the quit guard has agreed)."""

    def display_slide(self, slide: Slide, programme: Programme, index: int) -> None:
        """A programme's slide step (`index`, from 0), large; never the plan."""

    def ask_workshop(self) -> None:
        """Ask for a new workshop's name and place (the facilitator's dialog)."""

    def start_workshop(self, name: str, place: str) -> None:
        """The notes belong to the new workshop `name` (checked) from now on."""
