"""'Ny workshop' through the room controller: the key asks the view, the name is checked."""

from __future__ import annotations

from collections.abc import Callable

from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.controller import RoomController
from tests.core.room.test_controller import RecordingView


class WorkshopView(RecordingView):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        self.started: list[tuple[str, str]] = []

    def ask_workshop(self) -> None:
        self.asked += 1

    def start_workshop(self, name: str, place: str) -> None:
        self.started.append((name, place))


def test_the_key_asks_for_the_new_workshop() -> None:
    view = WorkshopView()
    room = RoomController(view, "da")
    assert keymap.binding("new_workshop").keys == ("Ctrl+N",)
    room.actions()["new_workshop"]("Ctrl+N")
    assert view.asked == 1 and view.started == []


def test_a_guard_asks_first_and_nothing_opens_until_it_agrees() -> None:
    view = WorkshopView()
    room = RoomController(view, "da")
    waiting: list[Callable[[], None]] = []
    room.workshops.set_guard(waiting.append)
    room.actions()["new_workshop"]("Ctrl+N")
    assert view.asked == 0 and len(waiting) == 1
    waiting[0]()  # the PIN was right
    assert view.asked == 1


def test_a_name_starts_the_workshop_tidied_and_the_room_is_told() -> None:
    view = WorkshopView()
    room = RoomController(view, "da")
    assert room.workshops.start("  Borgermøde   i Aarhus ", " Dokk1 ") == ""
    assert view.started == [("Borgermøde i Aarhus", "Dokk1")]
    assert view.toasts == ["Ny workshop: »Borgermøde i Aarhus«. Noterne hører til den fra nu af."]


def test_an_empty_name_is_refused_with_what_to_type_and_nothing_starts() -> None:
    view = WorkshopView()
    room = RoomController(view, "en")
    problem = room.workshops.start("   ", "Dokk1")
    assert problem.startswith("Give the workshop a name")
    assert view.started == [] and view.toasts == []
    assert "at most 200" in room.workshops.start("x" * 201)
    assert view.started == []
