"""The notes panel beside the room: it follows the card, 'Del det halvfærdige' shows the card's
notes to the room in the shared view, growing as they are typed, and »Ny workshop« asks for the
next workshop over the window the notes are on (the console's while it is shown)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.programmes.model import Programme
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.room.screen import RoomScreen

if TYPE_CHECKING:
    from kompas_kiosk.ui.notes.panel import NotesPanel
    from kompas_kiosk.ui.notes.shared_view import SharedNotesView
    from kompas_kiosk.ui.notes.workshop_dialog import WorkshopDialog

log = logging.getLogger(__name__)


class NotesLink(QObject):
    def __init__(
        self,
        room: RoomScreen,
        panel: NotesPanel,
        shared_view: Callable[[], SharedNotesView],
        shown: Callable[[], QWidget | None],
    ) -> None:
        super().__init__(panel)
        self._room, self._panel = room, panel
        self._shared_view, self._shown = shared_view, shown
        self._dialog: WorkshopDialog | None = None
        controller = room.controller
        exercise = controller.view is View.EXERCISE
        navigator = controller.navigator
        panel.set_context(navigator.deck, navigator.card_index, "exercise" if exercise else "card")
        panel.exporter.plan = self.plan  # a programme's handout: its cards in its order
        panel.notes_changed.connect(self.share)  # after: no signal while made
        panel.share_requested.connect(controller.toggle_sharing)
        panel.area_changed.connect(self._on_area_changed)
        panel.closed.connect(self._on_closed)
        panel.problem.connect(self._on_problem)

    def plan(self) -> tuple[Programme | None, list[Deck]]:
        """The programme the room runs (None: none) and the decks it shows, in the room's
        language."""
        controller = self._room.controller
        flow = controller.programme
        if flow is None:
            return None, []
        lang = controller.lang
        return flow.programme, [d for x in controller.loaded if (d := x.deck_for(lang)) is not None]

    def share(self) -> None:
        """While sharing: the room sees the card's notes and the draft as it is typed."""
        navigator = self._room.controller.navigator
        deck = navigator.deck
        if self._room.controller.sharing and deck is not None:
            keeper = self._panel.keeper  # the notes under their groups, the draft under its own
            groups = [entry.group for entry in keeper.entries(card_only=True)]
            texts, draft = self._panel.card_texts(), self._panel.draft_text()
            view = self._shared_view()
            view.set_notes(deck, navigator.card_index, texts, draft, groups, keeper.group)

    def turn_page(self, older: int) -> bool:
        """The clicker's 'back' or 'next' while the room sees the notes: a page of them."""
        shared = self._shared_view()
        return self._shown() is shared and shared.turn_page(older)

    def ask_workshop(self, current: str) -> None:
        """The »Ny workshop« dialog over the facilitator's window; `current`: the workshop now."""
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):  # gone with the console at quit
            from kompas_kiosk.ui.notes.workshop_dialog import WorkshopDialog

            self._dialog = dialog = WorkshopDialog(self._room.colors, parent=self._room)
            dialog.submitted.connect(self._on_workshop)
        dialog.popup(self._panel.parentWidget() or self._room, current)

    def _on_workshop(self, name: str, place: str) -> None:
        problem = self._room.controller.workshops.start(name, place)
        if self._dialog is None:
            return
        if problem:
            self._dialog.show_error(problem)  # nothing changed: the dialog stays
        else:
            self._dialog.accept()

    def _on_area_changed(self) -> None:
        self._shared_view().set_covered(self._panel.covered_rect())

    def _on_closed(self) -> None:
        shown = self._shown()
        if shown is not None:
            shown.setFocus()

    def _on_problem(self, heading: str, details: str) -> None:
        log.warning("%s: %s", heading, details)
        self._room.toast.show_text(f"{heading}\n{details}", 10)
