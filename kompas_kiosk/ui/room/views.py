"""The room window's views that the first card does not need, made when first used (start fast).

Each is made for the room window `room` and wired to its controller; the window adds it to its
stack and keeps it (`RoomWindow`'s cached properties).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.room.card_view import CardView
from kompas_kiosk.ui.room.screen import RoomScreen

if TYPE_CHECKING:
    from kompas_kiosk.ui.exercise.view import ExerciseView
    from kompas_kiosk.ui.notes.shared_view import SharedNotesView
    from kompas_kiosk.ui.room.blank_view import BlankView
    from kompas_kiosk.ui.room.overview_view import OverviewView
    from kompas_kiosk.ui.room.paged_screen import PagedScreen
    from kompas_kiosk.ui.room.slide_view import SlideView


def shared_view(room: RoomScreen) -> SharedNotesView:
    from kompas_kiosk.ui.notes.shared_view import SharedNotesView

    return SharedNotesView(room.lang, room.colors, parent=room)


def overview(room: RoomScreen) -> OverviewView:
    from kompas_kiosk.ui.room.overview_view import OverviewView

    view = OverviewView(room.colors, parent=room)
    view.chosen.connect(room.controller.go_to_card)
    return view


def blank_view(room: RoomScreen) -> BlankView:
    from kompas_kiosk.ui.room.blank_view import BlankView

    view = BlankView(parent=room)
    view.dismissed.connect(room.controller.blank_dismissed)
    return view


def exercise_view(room: RoomScreen, reduced_motion: bool) -> ExerciseView:
    from kompas_kiosk.ui.exercise.view import ExerciseView

    view = ExerciseView(room.colors, parent=room)
    view.set_reduced_motion(reduced_motion)
    view.set_room(room.card_view.room)  # the room's text sizes, as on the card
    room.card_view.room_changed.connect(view.set_room)
    view.set_sound_muted(room.exercise.chime.muted)  # type: ignore[arg-type]  # a Qt Property reads as bool
    room.exercise.chime.muted_changed.connect(view.set_sound_muted)
    return view


def paged(card: CardView, shown: Callable[[], QWidget | None]) -> PagedScreen:
    """The pages the controller turns: of the card or the slide the room shows (`shown()`)."""
    from kompas_kiosk.ui.room.paged_screen import PagedScreen

    return PagedScreen(card, shown)


def slide_view(room: RoomScreen) -> SlideView:
    from kompas_kiosk.ui.room.slide_view import SlideView

    view = SlideView(room.colors, parent=room)
    view.set_room(room.card_view.room)  # the room's text sizes, as on the card
    room.card_view.room_changed.connect(view.set_room)
    view.page_turned.connect(room.shown_changed)  # the console says which page
    view.next_requested.connect(room.controller.next)
    view.previous_requested.connect(room.controller.previous)
    return view
