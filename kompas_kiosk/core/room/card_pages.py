"""Which read-along page of a long card (or a full slide) the room reads, and the clicker
turning them.

With a room set, a card whose text does not fit at the room's smallest legible size is shown
in pages (the title and question first, then the text; `ui/card/card_pages.py` lays them out),
and so is a programme's slide (`core/programmes/slide_pages.py`).
The clicker's 'next' turns to the next page while there is one, then moves on as on any card
(turning it to its reflections, or to the next card); 'previous' turns back a page first.
Another card, or the other face, starts at the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.navigation import Face, Navigator
from kompas_kiosk.core.room.programme_flow import ProgrammeFlow
from kompas_kiosk.core.room.views import View

PAGE = Text("side {page}/{count}", "page {page}/{count}")


class Room(Protocol):
    """What the pages need of the room's controller (`controller.RoomController`)."""

    navigator: Navigator
    view: View
    sharing: bool
    programme: ProgrammeFlow | None


class PagedView(Protocol):
    """The room's card (`ui/room/card_view.CardView`)."""

    def page_count(self) -> int:
        """The pages of the face the room sees (1: it fits on one screen)."""

    def show_page(self, page: int) -> None: ...


class CardPages:
    """The page the room reads of the card it sees, for one room."""

    def __init__(self, room: Room) -> None:
        self._room = room
        self.view: PagedView | None = None  # set by the room window
        self._where: tuple[int, str, int, Face] | None = None
        self._page = 0

    def _place(self) -> tuple[int, str, int, Face]:
        """Where the room is: a programme's step (-1: none), the deck, the card, its face."""
        nav, run = self._room.navigator, self._room.programme
        step = run.index if run is not None else -1
        return (step, nav.deck.id if nav.deck is not None else "", nav.card_index, nav.face)

    @property
    def page(self) -> int:
        """The page shown, from 0 (the card's title and question)."""
        return self._page if self._where == self._place() else 0

    @property
    def count(self) -> int:
        room = self._room
        if self.view is None or room.view is not View.CARD or room.sharing:
            return 1
        return max(1, self.view.page_count())

    def turn(self, step: int) -> bool:
        """Turn `step` pages (negative: back); False when there is no page that way."""
        page = self.page + step
        if self.view is None or not 0 <= page < self.count:
            return False
        self._where, self._page = self._place(), page
        self.view.show_page(page)
        return True

    def label(self, lang: str) -> str:
        """'side 2/4' while a card is paged, else ''."""
        count = self.count
        return PAGE.format(lang, page=self.page + 1, count=count) if count > 1 else ""

    def paging(self, step: int, own: Callable[[str], object]) -> Callable[[str], object]:
        """The handler of 'next' (`step` 1) or 'previous' (-1): a page of the card first, while
        there is one that way; else `own`."""

        def handle(key: str) -> object:
            return None if self.turn(step) else own(key)

        return handle
