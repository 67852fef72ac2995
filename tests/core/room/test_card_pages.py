"""A long card's read-along pages: the clicker's 'next' turns a page while there is one, then
moves on as on any card; 'previous' turns back first; another card starts at its first page."""

from __future__ import annotations

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.navigation import Face
from tests.core.room.test_controller import RecordingView
from tests.helpers.stubs import FakeClock


class PagedCard:
    """The room's card, paged: `counts` pages for a card's front (by its index), else 1."""

    def __init__(self, room: RoomController, counts: dict[int, int]) -> None:
        self.room, self.counts = room, counts
        self.shown: list[int] = []

    def page_count(self) -> int:
        nav = self.room.navigator
        return self.counts.get(nav.card_index, 1) if nav.face is Face.FRONT else 1

    def show_page(self, page: int) -> None:
        self.shown.append(page)


@pytest.fixture(scope="module")
def decks() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


def paged_room(decks: list[LoadedDeck], counts: dict[int, int]) -> tuple[RoomController, PagedCard]:
    room = RoomController(RecordingView(), "da", FakeClock(100.0))
    room.set_decks(decks)
    room.open_deck_id("aarhuskompasset")
    card = PagedCard(room, counts)
    room.pages.view = card
    return room, card


def test_next_turns_the_pages_then_moves_on(decks) -> None:
    room, card = paged_room(decks, {0: 3})
    keys = room.actions()
    keys["next"]("Right")
    keys["next"]("Right")
    assert card.shown == [1, 2] and room.navigator.card_index == 0
    assert room.pages.label("da") == "side 3/3" and room.pages.label("en") == "page 3/3"
    keys["next"]("Right")  # the last page: on to the next card (this deck has no backs)
    assert room.navigator.card_index == 1 and room.pages.page == 0
    assert room.pages.label("da") == ""


def test_previous_turns_back_a_page_first(decks) -> None:
    room, card = paged_room(decks, {0: 3, 1: 2})
    keys = room.actions()
    keys["next"]("Right")
    keys["previous"]("Left")
    assert card.shown == [1, 0] and room.navigator.card_index == 0
    room.go_to_card(1)
    assert room.pages.page == 0, "another card starts at its first page"
    keys["previous"]("Left")
    assert room.navigator.card_index == 0


def test_without_pages_the_keys_move_as_ever(decks) -> None:
    room, card = paged_room(decks, {})
    room.actions()["next"]("Right")
    assert room.navigator.card_index == 1 and card.shown == []
    room.pages.view = None  # a room without a paged card (the controller's own tests)
    room.actions()["next"]("Right")
    assert room.navigator.card_index == 2


def test_the_shared_notes_are_not_paged_as_the_card(decks) -> None:
    room, card = paged_room(decks, {0: 3})
    room.toggle_sharing()
    assert room.pages.count == 1
    room.actions()["next"]("Right")
    assert card.shown == []
