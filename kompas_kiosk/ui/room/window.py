"""The room screen: the card, the deck chooser or a message, driven by the key table."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.notes.keeper import StoreSource
from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.navigation import DigitBuffer, Face, Navigator
from kompas_kiosk.core.room.state import VIEWS, RoomState, StateFile
from kompas_kiosk.ui.common.help_overlay import HelpOverlay
from kompas_kiosk.ui.common.toast import Toast
from kompas_kiosk.ui.exercise.session import ExerciseSession
from kompas_kiosk.ui.exercise.ticker import badge_text
from kompas_kiosk.ui.room.blank_view import BlankView
from kompas_kiosk.ui.room.card_view import CardView
from kompas_kiosk.ui.room.deck_chooser import DeckChooser
from kompas_kiosk.ui.room.message_view import MessageView
from kompas_kiosk.ui.settings.store import SettingsValues
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

if TYPE_CHECKING:
    from kompas_kiosk.ui.common.help_overlay import HelpOverlay
    from kompas_kiosk.ui.console.screens import ScreenArrangement
    from kompas_kiosk.ui.exercise.view import ExerciseView
    from kompas_kiosk.ui.notes.panel import NotesPanel
    from kompas_kiosk.ui.notes.shared_view import SharedNotesView
    from kompas_kiosk.ui.room.blank_view import BlankView
    from kompas_kiosk.ui.room.overview_view import OverviewView

log = logging.getLogger(__name__)

QUIT_WINDOW = 2.0  # seconds within which a second Esc closes the kiosk
COUNTDOWN_SAVE_EVERY = 10.0  # seconds between saves of a running countdown


class RoomWindow(QWidget):
    """Shows what the room sees. Reads state from a `Navigator` and moves it on key presses."""

    reload_requested = Signal()
    shown_changed = Signal()  # the room sees something else (for the presenter console)
    closed = Signal()  # the kiosk is closing: the console goes too

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
        self._lang = self.lang = lang
        self.colors = colors
        self._clock = clock
        self._next_flips = next_flips
        self._state_file: StateFile | None = None  # set last: building saves nothing
        self._quit_guard: Callable[[], bool] | None = None
        self._closing = False
        self.screens: ScreenArrangement | None = None  # set by the app with the console
        self._countdown_saved = float("-inf")
        self._last_escape = float("-inf")
        self._digits = DigitBuffer(clock)
        self.card_view = CardView(colors, parent=self)
        self._reduced_motion = reduced_motion
        self.chooser = DeckChooser(lang, colors, parent=self)
        self.message_view = MessageView(colors, parent=self)
        self._stack = QStackedLayout(self)
        for view in (self.card_view, self.chooser, self.message_view):
            self._stack.addWidget(view)
        self.card_view.set_reduced_motion(reduced_motion)
        self.exercise = ExerciseSession(chime_path, clock, minutes, self)
        self.exercise.changed.connect(self._on_countdown_changed)
        self.exercise.time_up.connect(self._on_time_up)
        self.exercise.problem.connect(self._on_sound_problem)

        # Views and panels the first card does not need are made when first used: start fast.
        self._sharing = False
        self._before_blank: QWidget | None = None
        self._notes_store = notes_store
        self._after_first_frame: list[Callable[[], None]] = []
        for view in (self.card_view, self.chooser, self.message_view):
            view.installEventFilter(self)
        self._documents_dir = documents_dir
        self.toast = Toast(self, colors)
        self._actions: list[tuple[keymap.Binding, QAction]] = []
        self._handlers: dict[QAction, Callable[[str], None]] = {}
        self._install_actions()
        self.card_view.next_requested.connect(self._on_next)
        self.card_view.previous_requested.connect(self._on_previous)
        self.card_view.card_tapped.connect(self._on_flip)
        self.chooser.chosen.connect(self.open_loaded)
        self.set_decks(decks)
        self._state_file = state_file

    # -- content -----------------------------------------------------------------------------

    def set_decks(self, decks: list[LoadedDeck]) -> None:
        """Show a (re)loaded set of decks, keeping the current deck and card where possible."""
        previous = self.navigator.deck if hasattr(self, "navigator") else None
        card = self.navigator.card_index if previous else 0
        self.loaded = decks
        self.navigator = Navigator(
            [deck for d in decks if d.ok and (deck := d.deck_for(self.lang)) is not None],
            next_flips=self._next_flips,
        )
        self.chooser.set_decks(decks)
        if previous is not None and self.navigator.open_deck_id(previous.id):
            self.navigator.open_deck(self.navigator.deck_index, card)
            self.show_card()
        elif not decks:
            self.show_message(
                self.tr("Ingen kortsæt fundet"),
                [self.tr("Der er ingen deck.yaml i indholdsmappen.")],
            )
        else:
            self.show_chooser()

    def open_loaded(self, index: int) -> None:
        """Open deck number `index` of the loaded list: its first card, or why it is broken."""
        loaded = self.loaded[index]
        if not loaded.ok or loaded.deck is None:
            self.show_message(
                self.tr("Kortsættet »%s« kan ikke vises") % loaded.title,
                [problem.format(self._lang) for problem in loaded.problems],
            )
            return
        self.navigator.open_deck_id(loaded.deck.id)
        self.show_card()

    def open_deck_id(self, deck_id: str) -> bool:
        for index, loaded in enumerate(self.loaded):
            if loaded.deck_id == deck_id:
                self.open_loaded(index)
                return True
        return False

    # -- views -------------------------------------------------------------------------------

    def after_first_frame(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the room's first frame has been painted (work that can wait:
        the console, the sound)."""
        self._after_first_frame.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._after_first_frame:
            callbacks, self._after_first_frame = self._after_first_frame, []
            for callback in callbacks:
                QTimer.singleShot(0, callback)
        return False

    def made_notes_panel(self) -> NotesPanel | None:
        """The notes panel if it has been needed yet (reading it never makes it)."""
        return self.__dict__.get("notes_panel")

    def _made(self, name: str) -> QWidget | None:
        """A lazily made view or panel, or None while it has not been needed."""
        made: QWidget | None = self.__dict__.get(name)
        return made

    @cached_property
    def shared_view(self) -> SharedNotesView:
        from kompas_kiosk.ui.notes.shared_view import SharedNotesView

        view = SharedNotesView(self.lang, self.colors, parent=self)
        self._stack.addWidget(view)
        return view

    @cached_property
    def overview(self) -> OverviewView:
        from kompas_kiosk.ui.room.overview_view import OverviewView

        view = OverviewView(self.colors, parent=self)
        self._stack.addWidget(view)
        view.chosen.connect(self._on_overview_chosen)
        return view

    @cached_property
    def blank_view(self) -> BlankView:
        from kompas_kiosk.ui.room.blank_view import BlankView

        view = BlankView(parent=self)
        self._stack.addWidget(view)
        view.dismissed.connect(self._on_blank_dismissed)
        return view

    @cached_property
    def help_overlay(self) -> HelpOverlay:
        from kompas_kiosk.ui.common.help_overlay import HelpOverlay

        return HelpOverlay(self.lang, self.colors, parent=self)

    @cached_property
    def notes_panel(self) -> NotesPanel:
        from kompas_kiosk.ui.notes.panel import NotesPanel

        panel = NotesPanel(
            self._notes_store,
            self.lang,
            self,
            documents_dir=self._documents_dir,
            colors=self.colors,
        )
        deck = self.navigator.deck
        phase = "exercise" if self.current_context() == "exercise" else "card"
        panel.set_context(deck, self.navigator.card_index, phase)
        panel.notes_changed.connect(self._on_notes_changed)  # after: no signal while made
        panel.share_requested.connect(self._on_share)
        panel.area_changed.connect(self._on_notes_area_changed)
        panel.closed.connect(self._on_notes_closed)
        panel.problem.connect(self._on_notes_problem)
        return panel

    @cached_property
    def exercise_view(self) -> ExerciseView:
        from kompas_kiosk.ui.exercise.view import ExerciseView

        view = ExerciseView(self.colors, parent=self)
        view.set_reduced_motion(self._reduced_motion)
        view.set_sound_muted(self.exercise.chime.muted)
        self.exercise.chime.muted_changed.connect(view.set_sound_muted)
        self._stack.addWidget(view)
        return view

    def current_context(self) -> str:
        widget = self._stack.currentWidget()
        if widget is self.card_view or widget is self._made("shared_view"):
            return "card"
        if widget is not None and widget is self._made("exercise_view"):
            return "exercise"
        if widget is self.chooser:
            return "chooser"
        if widget is self._made("overview"):
            return "overview"
        if widget is self._made("blank_view"):
            return "blank"
        return "message"

    def show_card(self) -> None:
        deck = self.navigator.deck
        if deck is None:
            self.show_chooser()
            return
        position = self.navigator.position_text()
        face = self.navigator.face
        self.card_view.set_card(deck, self.navigator.card_index, position, face)
        self.refresh_badge()
        if self._made("notes_panel") is not None:
            self.notes_panel.set_context(deck, self.navigator.card_index, "card")
        if self._sharing:
            self._on_notes_changed()
        self._switch(self.shared_view if self._sharing else self.card_view)
        log.info("showing %s card %s %s", deck.id, position, face.value)

    def show_exercise(self) -> bool:
        """The exercise view for the current card; False when the deck has no exercise."""
        deck = self.navigator.deck
        countdown = self.exercise.open_for(deck) if deck is not None else None
        if deck is None or countdown is None:
            self.toast.show_text(self.tr("Dette kortsæt har ingen øvelse"), 2)
            return False
        self.exercise_view.set_exercise(deck, self.navigator.card_index, countdown)
        if self._made("notes_panel") is not None:
            self.notes_panel.set_context(deck, self.navigator.card_index, "exercise")
        self._switch(self.exercise_view)
        log.info("showing the exercise of %s: %s", deck.id, countdown.display())
        return True

    def show_chooser(self) -> None:
        current = self.navigator.deck
        selected = 0
        for index, loaded in enumerate(self.loaded):
            if current is not None and loaded.deck_id == current.id:
                selected = index
        self.chooser.set_decks(self.loaded, selected)
        self._switch(self.chooser)

    def show_message(self, heading: str, lines: list[str]) -> None:
        hint = self.tr(
            "Ret filen og tryk Ctrl+R for at indlæse igen · D: vælg et andet kortsæt · Ctrl+Q: luk"
        )
        self.message_view.show_message(heading, lines, hint)
        self._switch(self.message_view)

    def _switch(self, widget: QWidget) -> None:
        self._stack.setCurrentWidget(widget)
        focus = QApplication.focusWidget()
        panel = self._made("notes_panel")
        if focus is not None and panel is not None and panel.isAncestorOf(focus):
            self.notes_panel.focus_field()  # the clicker moved on; the typing goes on
        else:
            widget.setFocus()
        context = self.current_context()
        for binding, action in self._actions:
            action.setEnabled(binding.context in ("global", context))
        self.save_state()
        self.shown_changed.emit()

    # -- starting where the room was ---------------------------------------------------------

    def room_state(self) -> RoomState:
        deck = self.navigator.deck
        countdown = self.exercise.countdown
        exercise_deck = self.exercise.deck
        return RoomState(
            deck_id=deck.id if deck is not None else None,
            card_index=self.navigator.card_index,
            face=self.navigator.face,
            # The overview, a blank screen or the key table are moments: a restart shows the card.
            view=self.current_context() if self.current_context() in VIEWS else "card",
            exercise_deck_id=exercise_deck.id if exercise_deck is not None else None,
            countdown=countdown.snapshot() if countdown is not None else None,
        )

    def save_state(self) -> None:
        """Remember what the room sees, so a crash or power cut starts here again."""
        if self._state_file is None:
            return
        error = self._state_file.save(self.room_state())
        if error is not None and error.first:
            heading, details = error.text(self._lang)
            log.warning("%s: %s", heading, details)
            self.toast.show_text(heading, 5)

    def restore(self, state: RoomState) -> bool:
        """Show what the room saw: deck, card, face, view, and the exercise's countdown."""
        if state.deck_id is None or not self.navigator.open_deck_id(state.deck_id):
            return False
        self.navigator.open_deck(self.navigator.deck_index, state.card_index)
        self.navigator.show_face(state.face)
        deck = self.navigator.deck
        if state.countdown is not None and state.exercise_deck_id == state.deck_id and deck:
            countdown = state.restore_countdown(self._clock)
            if countdown is not None:
                self.exercise.adopt(deck, countdown)
        if state.view == "chooser":
            self.show_chooser()
        elif state.view != "exercise" or not self.show_exercise():
            self.show_card()
        log.info("started where the room was: %s card %d", state.deck_id, state.card_index + 1)
        return True

    # -- closing -----------------------------------------------------------------------------

    def set_quit_guard(self, guard: Callable[[], bool] | None) -> None:
        """In kiosk mode: `guard()` decides whether a quit may happen (it asks for the PIN)."""
        self._quit_guard = guard

    def request_quit(self) -> None:
        if self._quit_guard is None or self._quit_guard():
            self.quit_now()

    def quit_now(self) -> None:
        self._closing = True
        self.close()

    def enter_kiosk_mode(self, settings: SettingsValues) -> None:
        """Town-hall screen: closing takes the PIN; when idle, the attract loop runs."""
        from kompas_kiosk.ui.kiosk.mode import KioskMode

        self.kiosk_mode = KioskMode(self, settings, self._clock)

    def apply_settings(self, values: SettingsValues) -> None:
        """Settings changed on the console (`SettingsPage.applied`): what works live, now.
        Language and screens take effect at the next start."""
        self.exercise.chime.set_muted(not values.sound)
        self._reduced_motion = values.reduced_motion
        self.card_view.set_reduced_motion(values.reduced_motion)
        exercise_view = self._made("exercise_view")
        if exercise_view is not None:
            exercise_view.set_reduced_motion(values.reduced_motion)
        self._next_flips = values.next_flips
        self.navigator.next_flips = values.next_flips
        kiosk = self.__dict__.get("kiosk_mode")
        if kiosk is not None:
            kiosk.apply(values)  # a new PIN or idle time counts at once
        self.shown_changed.emit()  # the console's 'next' preview depends on next_flips

    def show_attract_step(self, card_index: int, face: Face) -> None:
        """One step of the attract loop: a card's face, turning over as a visitor would."""
        self.navigator.go_to(card_index)
        self.navigator.show_face(face)
        self.show_card()

    def bring_forward(self) -> None:
        """A second start asked for the kiosk: show it in front."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- actions -----------------------------------------------------------------------------

    def _install_actions(self) -> None:
        for binding in keymap.BINDINGS:
            handler = getattr(self, f"_on_{binding.action}")
            for key in binding.keys:
                action = QAction(binding.describe(self._lang), self)
                action.setObjectName(f"{binding.action}:{key}")
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setData(key)
                action.triggered.connect(self._on_action)
                self.addAction(action)
                self._actions.append((binding, action))
                self._handlers[action] = handler

    def _on_action(self) -> None:
        # One slot for every action, found by its sender: PySide6 mishandles references held
        # by many lambda slots (a 'deallocating None' crash after many key presses).
        action = self.sender()
        self._handlers[action](action.data())

    def actions_for(self, action_name: str) -> list[QAction]:
        return [a for b, a in self._actions if b.action == action_name]

    def _move(self, step: Callable[[], bool]) -> None:
        if step():
            self.show_card()

    def _on_next(self, key: str = "") -> None:
        self._move(self.navigator.next)

    def _on_previous(self, key: str = "") -> None:
        self._move(self.navigator.previous)

    def _on_first(self, key: str) -> None:
        self._move(self.navigator.first)

    def _on_last(self, key: str) -> None:
        self._move(self.navigator.last)

    def _on_digit(self, key: str) -> None:
        deck = self.navigator.deck
        if deck is None:
            return
        typed = self._digits.push(key)
        if self._digits.is_complete(deck):
            self._jump(self._digits.take())
        else:
            self.toast.show_text(self.tr("Kort nummer %s …") % typed, 1.5)

    def _on_jump(self, key: str) -> None:
        typed = self._digits.take()
        if typed:
            self._jump(typed)
        else:
            self._on_flip(key)

    def _on_flip(self, key: str = "") -> None:
        if self.navigator.flip():
            self.show_card()
        else:
            self.toast.show_text(self.tr("Dette kort har ingen bagside"), 1.5)

    def _jump(self, number: str) -> None:
        if self.navigator.jump(number):
            self.toast.hide()
            self.show_card()
        else:
            self.toast.show_text(self.tr("Der er intet kort med nummer %s") % number)

    def _on_escape(self, key: str) -> None:
        now = self._clock()
        if now - self._last_escape <= QUIT_WINDOW:
            self._last_escape = float("-inf")
            self.request_quit()
            return
        self._last_escape = now
        self.toast.show_text(self.tr("Tryk Esc igen for at lukke kiosken"), QUIT_WINDOW)

    def _on_exercise(self, key: str) -> None:
        self.show_exercise()

    def _on_exercise_toggle(self, key: str) -> None:
        self.exercise.toggle()
        self.save_state()

    def _on_exercise_more(self, key: str) -> None:
        self.exercise.extend(60)
        self.save_state()

    def _on_exercise_less(self, key: str) -> None:
        self.exercise.extend(-60)
        self.save_state()

    def _on_exercise_reset(self, key: str) -> None:
        self.exercise.reset()
        self.save_state()

    def _on_exercise_back(self, key: str) -> None:
        self.show_card()

    def _on_mute(self, key: str) -> None:
        muted = self.exercise.chime.toggle_muted()
        self.toast.show_text(
            self.tr("Lyden er slået fra") if muted else self.tr("Lyden er slået til")
        )

    def _on_countdown_changed(self) -> None:
        if self.current_context() == "exercise":
            self.exercise_view.refresh()
        self.refresh_badge()
        if self._clock() - self._countdown_saved >= COUNTDOWN_SAVE_EVERY:
            self._countdown_saved = self._clock()
            self.save_state()  # a power cut loses at most this much of a running countdown

    def refresh_badge(self) -> None:
        if self.exercise.is_active_for(self.navigator.deck):
            from kompas_kiosk.ui.exercise.timer_face import TimerColors
            from kompas_kiosk.ui.exercise.view import phase_color_of

            countdown = self.exercise.countdown
            color = phase_color_of(countdown, TimerColors.of(self.colors))
            self.card_view.set_badge(badge_text(countdown), color)
        else:
            self.card_view.set_badge("")

    def _on_time_up(self) -> None:
        log.info("time is up")
        deck = self.exercise.deck
        if deck is None or deck.exercise is None or not deck.exercise.flip_when_done:
            return
        current = self.navigator.deck
        turned = current is not None and current.id == deck.id
        if turned and self.navigator.show_face(Face.BACK) and self.current_context() == "card":
            self.show_card()

    def _on_sound_problem(self, message: str) -> None:
        log.warning("%s", message)
        self.toast.show_text(message, 6)

    def _on_overview(self, key: str) -> None:
        deck = self.navigator.deck
        if deck is not None:
            self.overview.set_deck(deck, self.navigator.card_index)
            self._switch(self.overview)

    def _on_overview_move(self, key: str) -> None:
        from kompas_kiosk.ui.room.overview_view import ARROWS

        self.overview.move(*ARROWS[key])

    def _on_overview_open(self, key: str) -> None:
        self.overview.activate()

    def _on_overview_first(self, key: str) -> None:
        self.overview.first()

    def _on_overview_last(self, key: str) -> None:
        self.overview.last()

    def _on_overview_next_page(self, key: str) -> None:
        self.overview.turn_page(1)

    def _on_overview_previous_page(self, key: str) -> None:
        self.overview.turn_page(-1)

    def _on_overview_back(self, key: str) -> None:
        self.show_card()

    def _on_overview_chosen(self, index: int) -> None:
        self.navigator.go_to(index)
        self.show_card()

    def _on_blank_black(self, key: str) -> None:
        self._blank("black")

    def _on_blank_white(self, key: str) -> None:
        self._blank("white")

    def _blank(self, color: str) -> None:
        """The clicker's blank button: the room sees one colour until any key."""
        if self._stack.currentWidget() is not self.blank_view:
            self._before_blank = self._stack.currentWidget()
        self.blank_view.set_color(color)
        self._switch(self.blank_view)

    def _on_blank_dismissed(self) -> None:
        self._switch(self._before_blank or self.card_view)

    def _on_help(self, key: str) -> None:
        """The key table on the screen where the key was pressed."""
        active = QApplication.activeWindow()
        overlay = getattr(active, "help_overlay", None) if active is not self else None
        (overlay or self.help_overlay).popup()

    def _on_console(self, key: str) -> None:
        if self.screens is not None:
            self.screens.toggle_console()

    def _on_swap_screens(self, key: str) -> None:
        if self.screens is None or not self.screens.swap():
            self.toast.show_text(self.tr("Der er kun én skærm"), 2)

    def _on_notes(self, key: str) -> None:
        self.notes_panel.open()

    def _on_share(self, key: str = "") -> None:
        """'Del det halvfærdige': the room sees the card's notes, growing as they are typed."""
        self._sharing = not self._sharing
        self.notes_panel.set_sharing(self._sharing)
        if self.current_context() == "card":
            self.show_card()
        if self._sharing:
            self.toast.show_text(self.tr("Del det halvfærdige: noterne vises for rummet"), 2)

    def _on_notes_changed(self) -> None:
        deck = self.navigator.deck
        if self._sharing and deck is not None:
            self.shared_view.set_notes(
                deck,
                self.navigator.card_index,
                self.notes_panel.card_texts(),
                self.notes_panel.draft_text(),
            )

    def _on_notes_area_changed(self) -> None:
        self.shared_view.set_covered(self.notes_panel.covered_rect())

    def _on_notes_closed(self) -> None:
        current = self._stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _on_notes_problem(self, heading: str, details: str) -> None:
        log.warning("%s: %s", heading, details)
        self.toast.show_text(f"{heading}\n{details}", 10)

    def _on_choose_deck(self, key: str) -> None:
        self.show_chooser()

    def _on_next_deck(self, key: str) -> None:
        if self.navigator.step_deck(1):
            self.show_card()

    def _on_previous_deck(self, key: str) -> None:
        if self.navigator.step_deck(-1):
            self.show_card()

    def _on_reload(self, key: str) -> None:
        self.reload_requested.emit()

    def _on_quit(self, key: str) -> None:
        self.request_quit()

    def _on_chooser_next(self, key: str) -> None:
        self.chooser.move(1)

    def _on_chooser_previous(self, key: str) -> None:
        self.chooser.move(-1)

    def _on_chooser_open(self, key: str) -> None:
        self.chooser.activate()

    def _on_chooser_back(self, key: str) -> None:
        if self.navigator.deck is not None:
            self.show_card()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quit_guard is not None and not self._closing and event.spontaneous():
            event.ignore()  # kiosk mode: no closing by the window manager or Alt+F4
            return
        self.save_state()
        panel = self._made("notes_panel")
        if panel is not None:
            panel.shutdown()
        log.info("room window closed")
        super().closeEvent(event)
        self.closed.emit()
