"""The room screen: shows what the room controller says (the card, the exercise, a programme's
slide, the deck chooser, the overview, a message or a blank screen) and installs the key table."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.core.programmes.model import LoadedProgramme, Programme, Slide
from kompas_kiosk.core.room import programme_flow
from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.core.room.navigation import Face, Navigator
from kompas_kiosk.core.room.state import StateFile
from kompas_kiosk.core.room.views import BlankColor, View
from kompas_kiosk.ui.common.deferred import one_per_turn
from kompas_kiosk.ui.common.toast import Toast
from kompas_kiosk.ui.exercise.session import ExerciseSession
from kompas_kiosk.ui.exercise.ticker import badge_text
from kompas_kiosk.ui.room import views
from kompas_kiosk.ui.room.card_view import CardView
from kompas_kiosk.ui.room.deck_chooser import DeckChooser
from kompas_kiosk.ui.room.key_actions import KeyActions
from kompas_kiosk.ui.room.message_view import MessageView
from kompas_kiosk.ui.room.screen import RoomScreen, ScreenSwitcher
from kompas_kiosk.ui.settings.store import SettingsValues
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

if TYPE_CHECKING:
    from kompas_kiosk.core.notes.link import StoreSource
    from kompas_kiosk.ui.common.help_overlay import HelpOverlay
    from kompas_kiosk.ui.exercise.view import ExerciseView
    from kompas_kiosk.ui.notes.panel import NotesPanel
    from kompas_kiosk.ui.notes.shared_view import SharedNotesView
    from kompas_kiosk.ui.room.blank_view import BlankView
    from kompas_kiosk.ui.room.overview_view import OverviewView
    from kompas_kiosk.ui.room.slide_view import SlideView

log = logging.getLogger(__name__)
_W = TypeVar("_W", bound=QWidget)


class RoomWindow(RoomScreen):
    """A passive view of the room's `RoomController` (see `core/room/room_view.py`)."""

    reload_requested = Signal()
    closed = Signal()  # the kiosk is closing: the console goes too

    kiosk_mode: QObject | None = None  # set by the app on a town-hall screen (`ui/kiosk/mode.py`)
    rescue_notice_ms = 8000  # how long a rescue file's place is shown before the window closes

    def __init__(
        self,
        decks: list[LoadedDeck],
        lang: str = "da",
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
        *,
        chime_path: Path | None = None,
        minutes: float | None = None,
        reduced_motion: bool = False,
        next_flips: bool = True,
        state_file: StateFile | None = None,
        notes_store: StoreSource = None,
        documents_dir: Path | None = None,
        colors: Theme = DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomWindow")
        self.setWindowTitle("Kompas Kiosk")
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.lang = lang
        self.colors = colors
        self._clock = clock
        self._closing = self._shut_down = False
        self.screens: ScreenSwitcher | None = None  # set by the app with the console
        self.card_view = CardView(colors, parent=self)
        self._reduced_motion = reduced_motion
        self.chooser = DeckChooser(lang, colors, parent=self)
        self.message_view = MessageView(colors, parent=self)
        self._stack = QStackedLayout(self)
        for view in (self.card_view, self.chooser, self.message_view):
            self._stack.addWidget(view)
            view.installEventFilter(self)  # the first paint runs what could wait (see below)
        self.card_view.set_reduced_motion(reduced_motion)
        self.exercise = ExerciseSession(chime_path, self)
        self.controller = RoomController(self, lang, clock, next_flips=next_flips, minutes=minutes)
        self.exercise.changed.connect(self._on_countdown_ticked)
        self.exercise.time_up.connect(self.controller.time_up)
        self.exercise.problem.connect(self._on_sound_problem)

        # Views and panels the first card does not need are made when first used: start fast.
        self._notes_store = notes_store
        self._after_first_frame: list[Callable[[], None]] = []
        self._documents_dir = documents_dir
        self.toast = Toast(self, colors)
        self.keys = KeyActions(self, {**self.controller.actions(), **self._own_actions()}, lang)
        self.card_view.next_requested.connect(self.controller.next)
        self.card_view.previous_requested.connect(self.controller.previous)
        self.card_view.card_tapped.connect(self.controller.flip)
        self.controller.pages.view = views.paged(self.card_view, self._stack.currentWidget)
        self.chooser.chosen.connect(self.controller.open_loaded)
        self.chooser.programme_chosen.connect(self.controller.open_programme_id)
        self.set_decks(decks)
        self.controller.state_file = state_file  # set last: building saves nothing

    # -- what the room shows: the controller's and the tests' way in -------------------------

    @property
    def navigator(self) -> Navigator:
        return self.controller.navigator

    @property
    def loaded(self) -> list[LoadedDeck]:
        return self.controller.loaded

    def set_decks(self, decks: list[LoadedDeck]) -> None:
        """Show a (re)loaded set of decks, keeping the current deck and card where possible."""
        self.chooser.set_decks(decks)
        self.controller.set_decks(decks)

    def set_programmes(self, programmes: list[LoadedProgramme]) -> None:
        """The (re)loaded programmes beside the decks; a running one carries on at its step."""
        self.chooser.set_programmes(programmes)
        programme_flow.carry_on(self.controller, programmes)

    def open_deck_id(self, deck_id: str) -> bool:
        return self.controller.open_deck_id(deck_id)

    def show_card(self) -> None:
        self.controller.show_card()

    def show_exercise(self) -> bool:
        return self.controller.show_exercise()

    def show_chooser(self) -> None:
        self.controller.show_chooser()

    # -- the passive view (RoomView) ---------------------------------------------------------

    def display_card(
        self, deck: Deck, card_index: int, position: str, face: Face, sharing: bool
    ) -> None:
        self.card_view.set_card(deck, card_index, position, face)
        self._refresh_badge()
        if self._made("notes_panel") is not None:
            self.notes_panel.set_context(deck, card_index, "card")
        if sharing:
            self._notes.share()
        self._switch(self.shared_view if sharing else self.card_view)

    def display_exercise(self, deck: Deck, card_index: int, countdown: Countdown) -> None:
        self.exercise_view.set_exercise(deck, card_index, countdown)
        if self._made("notes_panel") is not None:
            self.notes_panel.set_context(deck, card_index, "exercise")
        self._switch(self.exercise_view)

    def display_chooser(self, loaded: list[LoadedDeck], selected: int) -> None:
        self.chooser.set_decks(loaded, selected, self.controller.navigator.deck)
        self._switch(self.chooser)

    def display_message(self, heading: str, lines: list[str]) -> None:
        hint = self.tr(
            "Ret filen og tryk Ctrl+R for at indlæse igen · D: vælg et andet kortsæt · Ctrl+Q: luk"
        )
        self.message_view.show_message(heading, lines, hint)
        self._switch(self.message_view)

    def display_slide(self, slide: Slide, programme: Programme, index: int) -> None:
        self.slide_view.set_slide(slide, programme.language)
        self._switch(self.slide_view)

    def display_overview(self, deck: Deck, card_index: int) -> None:
        self.overview.set_deck(deck, card_index)
        self._switch(self.overview)

    def display_blank(self, color: BlankColor) -> None:
        self.blank_view.set_color(color)
        self._switch(self.blank_view)

    def display_again(self, view: View) -> None:
        widgets: dict[View, Callable[[], QWidget]] = {
            View.CARD: lambda: self.shared_view if self.controller.sharing else self.card_view,
            View.EXERCISE: lambda: self.exercise_view,
            View.OVERVIEW: lambda: self.overview,
            View.CHOOSER: lambda: self.chooser,
            View.MESSAGE: lambda: self.message_view,
        }
        self._switch(widgets.get(view, lambda: self.card_view)())

    def show_toast(self, text: str, seconds: float) -> None:
        self.toast.show_text(text, seconds)

    def hide_toast(self) -> None:
        self.toast.hide()

    def countdown_changed(self) -> None:
        self.exercise.follow(self.controller.exercise.countdown)

    def set_sharing(self, sharing: bool) -> None:
        self.notes_panel.set_sharing(sharing)

    def turn_shared_page(self, older: int) -> bool:
        return self._notes.turn_page(older)  # only while sharing: the notes panel is made

    def ask_workshop(self) -> None:
        panel = self.notes_panel  # made when first needed, and with it its link to the room
        self._notes.ask_workshop(panel.session_title())

    def start_workshop(self, name: str, place: str) -> None:
        self.notes_panel.start_workshop(name, place)
        self.shown_changed.emit()  # the console names the workshop

    def close_room(self) -> None:
        self._closing = True
        self.close()

    def _switch(self, widget: QWidget) -> None:
        self._stack.setCurrentWidget(widget)
        focus = QApplication.focusWidget()
        panel = self._made("notes_panel")
        if focus is not None and panel is not None and panel.isAncestorOf(focus):
            self.notes_panel.focus_field()  # the clicker moved on; the typing goes on
        else:
            widget.setFocus()
        self.keys.enable_for(self.controller.view)
        self.shown_changed.emit()

    def _on_countdown_ticked(self) -> None:
        if self.controller.view is View.EXERCISE:
            self.exercise_view.refresh()
        self._refresh_badge()
        self.controller.countdown_ticked()

    def _refresh_badge(self) -> None:
        countdown = self.controller.countdown
        if countdown is None:
            self.card_view.set_badge("")
            return
        from kompas_kiosk.ui.exercise.timer_face import TimerColors
        from kompas_kiosk.ui.exercise.view import phase_color_of

        color = phase_color_of(countdown, TimerColors.of(self.colors))
        self.card_view.set_badge(badge_text(countdown), color)

    # -- views and panels made when first needed ---------------------------------------------

    def after_first_frame(self, callback: Callable[[], None], first: bool = False) -> None:
        """Run `callback` once the first frame is painted (what can wait: the console, sound)."""
        self._after_first_frame.insert(0 if first else len(self._after_first_frame), callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._after_first_frame:
            callbacks, self._after_first_frame = self._after_first_frame, []
            one_per_turn(callbacks, self)
        return False

    def made_notes_panel(self) -> NotesPanel | None:
        return self.__dict__.get("notes_panel")

    def _made(self, name: str) -> QWidget | None:
        """A lazily made view or panel, or None while it has not been needed."""
        return cast("QWidget | None", self.__dict__.get(name))

    def _added(self, view: _W) -> _W:
        self._stack.addWidget(view)
        return view

    @cached_property
    def shared_view(self) -> SharedNotesView:
        return self._added(views.shared_view(self))

    @cached_property
    def overview(self) -> OverviewView:
        return self._added(views.overview(self))

    @cached_property
    def blank_view(self) -> BlankView:
        return self._added(views.blank_view(self))

    @cached_property
    def slide_view(self) -> SlideView:
        return self._added(views.slide_view(self))

    @cached_property
    def help_overlay(self) -> HelpOverlay:
        from kompas_kiosk.ui.common.help_overlay import HelpOverlay

        return HelpOverlay(self.lang, self.colors, parent=self, bindings=self.keys.shown_bindings)

    @cached_property
    def notes_panel(self) -> NotesPanel:
        from kompas_kiosk.ui.notes.panel import NotesPanel
        from kompas_kiosk.ui.room.notes_link import NotesLink

        store, documents = self._notes_store, self._documents_dir
        panel = NotesPanel(store, self.lang, self, documents_dir=documents, colors=self.colors)
        panel.export_form.set_kiosk(self.controller.guarded)  # kiosk: the export folder only
        self._notes = NotesLink(self, panel, lambda: self.shared_view, self._stack.currentWidget)
        return panel

    @cached_property
    def exercise_view(self) -> ExerciseView:
        return self._added(views.exercise_view(self, self._reduced_motion))

    # -- the key table -----------------------------------------------------------------------

    def _own_actions(self) -> dict[str, Callable[[str], object]]:
        """The keys that only move within a view on this screen, or reach other windows."""
        return {
            "mute": lambda key: self._on_mute(),
            "overview_move": lambda key: self.overview.move_by_key(key),
            "overview_open": lambda key: self.overview.activate(),
            "overview_first": lambda key: self.overview.first(),
            "overview_last": lambda key: self.overview.last(),
            "overview_next_page": lambda key: self.overview.turn_page(1),
            "overview_previous_page": lambda key: self.overview.turn_page(-1),
            "help": lambda key: self._on_help(),
            "console": lambda key: self.controller.unlocked(self._toggle_console),
            "swap_screens": lambda key: self._on_swap_screens(),
            "notes": lambda key: self.controller.unlocked(lambda: self.notes_panel.open()),
            "reload": lambda key: self.reload_requested.emit(),
            "chooser_next": lambda key: self.chooser.move(1),
            "chooser_previous": lambda key: self.chooser.move(-1),
            "chooser_open": lambda key: self.chooser.activate(),
        }

    def actions_for(self, action_name: str) -> list[QAction]:
        return self.keys.actions_for(action_name)

    def _toggle_console(self) -> None:
        if self.screens is not None:
            self.screens.toggle_console()

    def _on_mute(self) -> None:
        muted = self.exercise.chime.toggle_muted()
        self.toast.show_text(
            self.tr("Lyden er slået fra") if muted else self.tr("Lyden er slået til")
        )

    def _on_help(self) -> None:
        """The key table on the screen where the key was pressed."""
        active = QApplication.activeWindow()
        overlay = getattr(active, "help_overlay", None) if active is not self else None
        (overlay or self.help_overlay).popup()

    def _on_swap_screens(self) -> None:
        if self.screens is None or not self.screens.swap():
            self.toast.show_text(self.tr("Der er kun én skærm"), 2)

    def _on_sound_problem(self, message: str) -> None:
        log.warning("%s", message)
        self.toast.show_text(message, 6)

    # -- settings, kiosk mode, closing -------------------------------------------------------

    def apply_settings(self, values: SettingsValues) -> None:
        """Settings from the console; language, colours: `console/live_settings.py`."""
        self.exercise.chime.set_muted(not values.sound)
        self._reduced_motion = values.reduced_motion
        self.card_view.set_reduced_motion(values.reduced_motion)
        exercise_view = self._made("exercise_view")
        if exercise_view is not None:
            exercise_view.set_reduced_motion(values.reduced_motion)  # type: ignore[attr-defined]
        self.controller.set_next_flips(values.next_flips)
        self.settings_applied.emit(values)  # kiosk mode: a new PIN or idle time counts at once
        self.shown_changed.emit()  # the console's 'next' preview depends on next_flips

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller.guarded and not self._closing and event.spontaneous():
            event.ignore()  # kiosk mode: no closing by the window manager or Alt+F4
            return
        if not self._shut_down:  # notes the store did not take go to a rescue file: say where
            self._shut_down = True
            self.controller.save_state()
            panel = self.made_notes_panel()
            rescued = panel.shutdown() if panel is not None else None
            if rescued is not None and panel is not None and self.isVisible():
                event.ignore()
                panel.hide()
                heading, details = rescued.text(self.lang)
                hint = self.tr("Kiosken lukker om et øjeblik · Ctrl+Q: luk nu")
                self.message_view.show_message(heading, [details], hint)
                self._switch(self.message_view)
                QTimer.singleShot(self.rescue_notice_ms, self.close_room)
                return
        log.info("room window closed")
        super().closeEvent(event)
        self.closed.emit()
