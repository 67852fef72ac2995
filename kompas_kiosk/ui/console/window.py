"""The presenter console: everything the facilitator needs, on the other screen.

What the room sees now (a picture of the room window), what comes next, the time of day and the
countdown in large figures with the countdown's buttons; with a programme (`set_programme`) also
the step's time left, the elapsed time and the programme rail (`rail.py`). The notes panel moves
here while the console is shown. The keys and the clicker work here exactly as on the room
screen: the console carries the room window's actions. The room screen never shows any of this.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.programmes.model import Programme
from kompas_kiosk.core.programmes.schedule import ProgrammeRun, Schedule, schedule
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.card import card_face
from kompas_kiosk.ui.common import icons
from kompas_kiosk.ui.common.help_overlay import HelpOverlay
from kompas_kiosk.ui.common.language_change import on_language_change
from kompas_kiosk.ui.console import parts, tab_keys, words
from kompas_kiosk.ui.console.console_key import ConsoleKeyPass
from kompas_kiosk.ui.console.rail import STATUS_COLORS, ProgrammeRail, clock_text
from kompas_kiosk.ui.console.step_preview import step_picture
from kompas_kiosk.ui.console.time_board import TimeBoard
from kompas_kiosk.ui.console.title_row import TitleRow
from kompas_kiosk.ui.notes.sheet import unit_of
from kompas_kiosk.ui.room.card_view import FLIP_MS
from kompas_kiosk.ui.room.screen import RoomScreen
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

if TYPE_CHECKING:
    from kompas_kiosk.ui.settings.page import SettingsPage

PREVIEW_DELAY_MS = FLIP_MS + 80  # picture the room after a turn has finished


class ConsoleWindow(QWidget):
    def __init__(self, room: RoomScreen, colors: Theme = DEFAULT) -> None:
        super().__init__()
        self.setObjectName("consoleWindow")
        self.setWindowTitle(self.tr("Kompas Kiosk – styring"))
        self.room = room
        self.controller = room.controller  # the same workflow as the keys
        self._colors = colors
        self.addActions(room.actions())  # the same key table, the same clicker
        self._console_key = ConsoleKeyPass(self._note_field_empty, self._console_key_pressed, self)
        self.help_overlay = HelpOverlay(room.lang, colors, parent=self)
        self.programme: Programme | None = None  # set_programme: the programme the room runs
        self.run: ProgrammeRun | None = None
        self.schedule: Schedule | None = None
        self.monotonic: Callable[[], float] = time.monotonic  # tests give a fake clock
        self.unit = 8.0
        self._build()
        self._tick_timer = QTimer(self, interval=1000)  # a programme's times, every second
        self._tick_timer.timeout.connect(self.refresh_times)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_previews)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self.refresh_clock)
        room.shown_changed.connect(self.on_room_changed)
        room.card_view.page_turned.connect(self.on_room_changed)  # 'side 2/4'
        room.exercise.changed.connect(self.refresh_countdown)
        self._apply_unit()
        self.on_room_changed()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(parts.style_sheet(self._colors))

        def make(name: str, text: str, icon: str | None) -> QPushButton:
            return parts.button(self, name, text, icon, self._colors)

        self.title_row = TitleRow(self._colors, self)
        self.position_label = self.title_row.position
        self.settings_button = self.title_row.settings_button
        self.workshop_button = self.title_row.workshop_button
        self.workshop_button.clicked.connect(self.controller.workshops.ask)  # PIN in kiosk mode

        self.now_caption = parts.label(self, "nowCaption", caption=True)
        self.now_caption.setText(self.tr("Rummet ser nu"))
        self.now_preview = parts.preview(self, "nowPreview")
        self.next_caption = parts.label(self, "nextCaption", caption=True)
        self.next_preview = parts.preview(self, "nextPreview")

        self.board = TimeBoard(
            {
                "clock": self.tr("Klokken"),
                "countdown": self.tr("Nedtælling"),
                "step": self.tr("Trinnet"),
                "elapsed": self.tr("Forløbet"),
            },
            self,
        )
        self.clock_label = self.board.figures["clock"]
        self.digits = self.board.figures["countdown"]
        self.countdown_state = self.board.captions["countdown"]
        self.toggle_button = make("toggle", self.tr("Start"), icons.PLAY)
        self.more_button = make("more", self.tr("+1 minut"), None)  # its text says "+"
        self.less_button = make("less", self.tr("−1 minut"), None)
        self.reset_button = make("reset", self.tr("Nulstil"), icons.RESET)
        self.exercise_button = make("exercise", self.tr("Vis øvelsen"), None)
        self.toggle_button.clicked.connect(self.controller.exercise_toggle)
        self.more_button.clicked.connect(self.controller.exercise_more)
        self.less_button.clicked.connect(self.controller.exercise_less)
        self.reset_button.clicked.connect(self.controller.exercise_reset)
        self.exercise_button.clicked.connect(self._on_exercise)
        self.buttons = (
            self.toggle_button,
            self.more_button,
            self.less_button,
            self.reset_button,
            self.exercise_button,
        )
        self.rail = ProgrammeRail(self.room.lang, self._colors, self)
        self.rail.hide()  # until a programme runs
        on_language_change(self, lambda: words.retranslate(self))
        tab_keys.tab_moves_focus(self)  # Tab: the next control, not the room's overview

        grid = QGridLayout(self)
        self._grid = grid
        grid.addWidget(self.title_row, 0, 0, 1, 2)
        grid.addWidget(self.now_caption, 1, 0)
        grid.addWidget(self.next_caption, 1, 1)
        grid.addWidget(self.now_preview, 2, 0)
        grid.addWidget(self.next_preview, 2, 1)
        grid.addWidget(self.board, 3, 0, 1, 2)
        row = QHBoxLayout()
        self._button_row = row
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 4, 0, 1, 2)
        grid.addWidget(self.rail, 5, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._stretch_rows()

    def _stretch_rows(self) -> None:
        """The previews take the room; with a programme they share it with the rail."""
        programme = self.programme is not None
        self._grid.setRowStretch(2, 3 if programme else 1)
        self._grid.setRowStretch(5, 2 if programme else 0)

    def _apply_unit(self) -> None:
        """Sizes in the theme's scales, in units of 1% of the console's short side."""
        u = self.unit = max(4.0, unit_of(self.width(), self.height()))
        self.title_row.set_unit(u)
        for label in (self.now_caption, self.next_caption):
            label.setFont(typescale.font(typescale.FLOOR * u))
        parts.set_unit(self.buttons, self._colors, u)
        self.board.set_unit(u)
        self.rail.set_unit(u)
        self._button_row.setSpacing(round(spacing.CARD_MARGIN * u))
        self._grid.setHorizontalSpacing(round(spacing.CONSOLE_GAP * u))
        self._grid.setVerticalSpacing(round(spacing.CONSOLE_ROW_GAP * u))

    # -- a programme ---------------------------------------------------------------------------

    def set_programme(self, programme: Programme | None, run: ProgrammeRun | None = None) -> None:
        """Show `programme` on the rail, timed by `run` (which the room controller owns and
        moves with `run.enter(step, time.monotonic())`); None: a deck again, no rail.

        Call `programme_changed()` after each `run.enter` (the console also refreshes its
        times every second while it is shown)."""
        self.programme = programme
        self.run = run if programme is not None else None
        if programme is not None and self.run is None:
            self.run = ProgrammeRun(len(programme.steps))
        self.rail.setVisible(programme is not None)
        self._stretch_rows()
        self.programme_changed()

    def programme_changed(self) -> None:
        """The room moved to another step (or the run was replaced): recompute and redraw."""
        self.refresh_times()
        self.on_room_changed()

    def refresh_times(self) -> None:
        """The clock, the countdown, and with a programme the step's time left, the elapsed
        time and the rail."""
        self.refresh_clock()
        programme, run = self.programme, self.run
        self.board.show_figure("step", programme is not None)
        self.board.show_figure("elapsed", programme is not None)
        if programme is None or run is None:
            self.schedule = None
            self._tick_timer.stop()
            return
        self.schedule = plan = schedule(programme, run, self.monotonic())
        left = plan.step_remaining()
        if left is None:
            self.board.set_figure("step", "–")
        else:
            over = left < 0
            text = ("+" if over else "") + clock_text(abs(left))
            self.board.set_figure("step", text, STATUS_COLORS["amber"] if over else None)
        self.board.set_figure("elapsed", clock_text(plan.elapsed))
        self.rail.set_schedule(programme, plan)
        if self.isVisible() and run.started and not self._tick_timer.isActive():
            self._tick_timer.start()

    def position_text(self) -> str:
        nav = self.controller.navigator
        if self.programme is not None:
            current = self.run.current if self.run is not None else None
            step = "–" if current is None else f"{current + 1}/{len(self.programme.steps)}"
            return self.tr("Trin %1 · %2").replace("%1", step).replace("%2", self.programme.title)
        deck = nav.deck
        page = self.controller.pages.label(self.controller.lang)  # 'side 2/4' on a long card
        return " · ".join(p for p in (deck.title, nav.position_text(), page) if p) if deck else ""

    # -- following the room ------------------------------------------------------------------

    def on_room_changed(self) -> None:
        self.refresh_clock()
        self.refresh_countdown()
        self.position_label.setText(self.position_text())
        self._preview_timer.start()

    def refresh_previews(self) -> None:
        """A picture of what the room sees, and of what 'next' will show."""
        if not self.isVisible():
            return
        room = self.room.grab()
        target = self.now_preview.size()
        self.now_preview.setPixmap(
            room.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.next_caption.setText(self.tr("Næste"))
        picture = self._next_picture(QSizeF(self.room.size()))
        if not picture.isNull() and picture.height() > self.next_preview.height():
            picture = picture.scaled(
                self.next_preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.next_preview.setPixmap(picture)

    def _next_picture(self, screen: QSizeF) -> QPixmap:
        if screen.isEmpty():
            return QPixmap()
        width = max(1, self.next_preview.width())
        if self.programme is not None:
            return self._next_step_picture(screen, width)
        nav = self.controller.navigator
        deck = nav.deck
        if deck is None:
            return QPixmap()
        coming = nav.peek_next()
        if coming is None:
            self.next_caption.setText(self.tr("Næste: intet – det er sidste kort"))
            return QPixmap()
        index, face = coming
        back = face is Face.BACK
        if back:
            self.next_caption.setText(self.tr("Næste: kortets bagside"))
        return card_face.miniature(deck, index, screen, width, self._colors, back=back)

    def _next_step_picture(self, screen: QSizeF, width: int) -> QPixmap:
        assert self.programme is not None
        current = self.run.current if self.run is not None else None
        index = 0 if current is None else current + 1
        steps = self.programme.steps
        if index >= len(steps):
            self.next_caption.setText(self.tr("Næste: intet – det er sidste trin"))
            return QPixmap()
        step = steps[index]
        coming = self.tr("Næste: trin %1 · %2 min").replace("%1", str(index + 1))
        self.next_caption.setText(coming.replace("%2", str(step.minutes)))
        title, lang = self.rail.step_title(step), self.room.lang
        loaded = self.controller.loaded
        return step_picture(step, title, loaded, lang, screen, width, self._colors)

    def refresh_clock(self) -> None:
        now = time.localtime()
        self.clock_label.setText(time.strftime("%H.%M", now))
        panel = self.room.made_notes_panel()
        self.title_row.set_session(panel.session_title() if panel is not None else "")
        self._clock_timer.start((60 - now.tm_sec) * 1000 + 50)  # the next whole minute

    def refresh_countdown(self) -> None:
        countdown = self.controller.countdown
        if countdown is None:
            deck = self.controller.navigator.deck
            exercise = deck.exercise if deck is not None else None
            # Before the start: the exercise's length, as the room's countdown will show it.
            self.digits.setText(f"{exercise.minutes}:00" if exercise is not None else "–:––")
            self.digits.setStyleSheet("")
            self.countdown_state.setText(self.tr("Nedtælling"))
            self.toggle_button.setText(self.tr("Start"))
            parts.set_icon(self.toggle_button, icons.PLAY, self._colors, self.unit)
            return
        from kompas_kiosk.ui.exercise.timer_face import TimerColors
        from kompas_kiosk.ui.exercise.view import phase_color_of

        self.digits.setText(countdown.display())
        color = QColor(phase_color_of(countdown, TimerColors.of(self._colors))).lighter(190)
        self.digits.setStyleSheet(f"color: {color.name()};")
        running = countdown.state is State.RUNNING
        self.countdown_state.setText(
            self.tr("Nedtælling · kører") if running else self.tr("Nedtælling · pause")
        )
        self.toggle_button.setText(self.tr("Pause") if running else self.tr("Fortsæt"))
        parts.set_icon(
            self.toggle_button, icons.PAUSE if running else icons.PLAY, self._colors, self.unit
        )

    # -- controls ----------------------------------------------------------------------------

    def set_settings_page(self, page: SettingsPage) -> None:
        """The settings page the »Indstillinger« button opens (`ui/settings/page.py`)."""
        self.title_row.offer_settings(page.open_page)

    def _note_field_empty(self) -> bool:
        panel = self.room.made_notes_panel()
        return panel is None or (panel.editing_key is None and not panel.field.text())

    def _console_key_pressed(self) -> None:
        for action in self.actions():
            if action.objectName().startswith("console:") and action.isEnabled():
                action.trigger()
                return

    def _on_exercise(self) -> None:
        if self.controller.view is View.EXERCISE:
            self.controller.show_card()
        else:
            self.controller.show_exercise()

    # -- Qt ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        panel = self.room.notes_panel  # made when first needed: not before the console shows
        panel.area_changed.connect(self._keep_clear_of_sheet, Qt.ConnectionType.UniqueConnection)
        panel.move_to(self)
        panel.field.installEventFilter(self._console_key)
        panel.open()  # on the console the notes are always at hand
        self.refresh_times()
        self.on_room_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_unit()
        self._keep_clear_of_sheet()
        self._preview_timer.start()

    def _keep_clear_of_sheet(self) -> None:
        """Everything clear of the notes sheet on the right (or at the bottom)."""
        sheet = self.room.made_notes_panel()
        if sheet is None or sheet.parentWidget() is not self:
            return  # the room has it; it comes here when the console is shown (showEvent)
        margin = round(spacing.CONSOLE_GAP * self.unit)
        if self.width() >= self.height():
            right = sheet.width() + 2 * margin  # as wide as its contents need (sheet.py)
            self._grid.setContentsMargins(margin, margin, right, margin)
        else:
            bottom = sheet.height() + 2 * margin
            self._grid.setContentsMargins(margin, margin, margin, bottom)

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick_timer.stop()
        self.room.notes_panel.field.removeEventFilter(self._console_key)
        self.room.notes_panel.move_to(self.room)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the window manager's close button: C brings it back
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)  # the kiosk is quitting
