"""The presenter console: everything the facilitator needs, on the other screen.

What the room sees now (a picture of the room window), what comes next, the countdown with its
controls, the time of day and the session; the notes panel moves here while the console is
shown. The keys and the clicker work here exactly as on the room screen: the console carries
the room window's actions. The room screen never shows any of this.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.card import card_face
from kompas_kiosk.ui.common import icons
from kompas_kiosk.ui.common.help_overlay import HelpOverlay
from kompas_kiosk.ui.console.console_key import ConsoleKeyPass
from kompas_kiosk.ui.notes.sheet import HEIGHT_PORTRAIT, WIDTH_LANDSCAPE
from kompas_kiosk.ui.room.card_view import FLIP_MS
from kompas_kiosk.ui.room.screen import RoomScreen
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
        self.settings_page: SettingsPage | None = None  # set by the app: set_settings_page
        self.addActions(room.actions())  # the same key table, the same clicker
        self._console_key = ConsoleKeyPass(self._note_field_empty, self._console_key_pressed, self)
        self.help_overlay = HelpOverlay(room.lang, colors, parent=self)
        self._build()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_previews)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self.refresh_clock)
        room.shown_changed.connect(self.on_room_changed)
        room.exercise.changed.connect(self.refresh_countdown)
        self.on_room_changed()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        c = self._colors
        self.setStyleSheet(
            f"""
            QWidget#consoleWindow {{ background: {c.surround.name()}; }}
            QLabel {{ color: {c.on_surround.name()}; }}
            QLabel[role="caption"] {{ color: {c.on_surround_muted.name()}; }}
            QLabel#consoleDigits {{ font-weight: 700; }}
            QFrame#consolePreview {{ background: {c.surround.darker(130).name()};
                                     border-radius: 8px; }}
            QPushButton {{ background: {c.paper.name()}; color: {c.ink.name()};
                           border: 2px solid {c.paper.name()}; border-radius: 8px;
                           padding: 8px 16px; }}
            QPushButton:focus {{ border: 3px solid {c.focus.name()}; }}
            QPushButton:pressed {{ background: {c.rule.name()}; }}
            """
        )
        self.clock_label = self._label("consoleClock", 40, bold=True)
        self.session_label = self._label("consoleSession", 20, caption=True)
        self.position_label = self._label("consolePosition", 20, caption=True)
        header = QHBoxLayout()
        header.addWidget(self.clock_label)
        header.addSpacing(24)
        header.addWidget(self.session_label, 1)
        header.addWidget(self.position_label)
        self.settings_button = self._button("settings", self.tr("Indstillinger"), None)
        self.settings_button.clicked.connect(self._on_settings)
        self.settings_button.hide()  # until the app gives the console its settings page
        header.addSpacing(24)
        header.addWidget(self.settings_button)

        self.now_caption = self._label("nowCaption", 18, caption=True)
        self.now_caption.setText(self.tr("Rummet ser nu"))
        self.now_preview = self._preview("nowPreview")
        self.next_caption = self._label("nextCaption", 18, caption=True)
        self.next_preview = self._preview("nextPreview")

        self.digits = self._label("consoleDigits", 64, bold=True)
        self.countdown_state = self._label("consoleCountdownState", 18, caption=True)
        self.toggle_button = self._button("toggle", self.tr("Start"), icons.PLAY)
        self.more_button = self._button("more", self.tr("+1 minut"), icons.PLUS)
        self.less_button = self._button("less", self.tr("−1 minut"), icons.MINUS)
        self.reset_button = self._button("reset", self.tr("Nulstil"), icons.RESET)
        self.exercise_button = self._button("exercise", self.tr("Vis øvelsen"), None)
        self.toggle_button.clicked.connect(self.controller.exercise_toggle)
        self.more_button.clicked.connect(self.controller.exercise_more)
        self.less_button.clicked.connect(self.controller.exercise_less)
        self.reset_button.clicked.connect(self.controller.exercise_reset)
        self.exercise_button.clicked.connect(self._on_exercise)
        buttons = QHBoxLayout()
        for button in (
            self.toggle_button,
            self.more_button,
            self.less_button,
            self.reset_button,
            self.exercise_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(32, 24, 32, 24)
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(12)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addWidget(self.now_caption, 1, 0)
        grid.addWidget(self.next_caption, 1, 1)
        grid.addWidget(self.now_preview, 2, 0)
        grid.addWidget(self.next_preview, 2, 1)
        countdown = QVBoxLayout()
        countdown.addWidget(self.countdown_state)
        countdown.addWidget(self.digits)
        countdown.addLayout(buttons)
        grid.addLayout(countdown, 3, 0, 1, 2)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(4, 2)  # room for the notes sheet at the bottom or the side
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def _label(self, name: str, pixels: int, bold: bool = False, caption: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        font = label.font()
        font.setFamily("Inter")
        font.setPixelSize(pixels)
        font.setBold(bold)
        label.setFont(font)
        if caption:
            label.setProperty("role", "caption")
        return label

    def _preview(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMinimumSize(QSize(160, 90))
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        return label

    def _button(self, name: str, text: str, icon: str | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"console_{name}")
        button.setAccessibleName(text)
        font = button.font()
        font.setFamily("Inter")
        font.setPixelSize(20)
        button.setFont(font)
        if icon is not None:
            self._set_icon(button, icon)
        return button

    def _set_icon(self, button: QPushButton, icon: str) -> None:
        pixmap = icons.pixmap(icon, self._colors.ink.name(), 28)
        if pixmap is not None:
            button.setIcon(QIcon(pixmap))
            button.setIconSize(QSize(28, 28))

    # -- following the room ------------------------------------------------------------------

    def on_room_changed(self) -> None:
        self.refresh_clock()
        self.refresh_countdown()
        nav = self.controller.navigator
        deck = nav.deck
        self.position_label.setText(
            f"{deck.title} · {nav.position_text()}" if deck is not None else ""
        )
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
        self.next_preview.setPixmap(self._next_picture(QSizeF(self.room.size())))

    def _next_picture(self, screen: QSizeF) -> QPixmap:
        nav = self.controller.navigator
        deck = nav.deck
        if deck is None or screen.isEmpty():
            return QPixmap()
        coming = nav.peek_next()
        if coming is None:
            self.next_caption.setText(self.tr("Næste: intet – det er sidste kort"))
            return QPixmap()
        index, face = coming
        back = face is Face.BACK
        if back:
            self.next_caption.setText(self.tr("Næste: kortets bagside"))
        width = max(1, self.next_preview.width())
        return card_face.miniature(deck, index, screen, width, self._colors, back=back)

    def refresh_clock(self) -> None:
        now = time.localtime()
        self.clock_label.setText(time.strftime("%H.%M", now))
        panel = self.room.made_notes_panel()
        self.session_label.setText(panel.session_title() if panel is not None else "")
        self._clock_timer.start((60 - now.tm_sec) * 1000 + 50)  # the next whole minute

    def refresh_countdown(self) -> None:
        countdown = self.controller.countdown
        if countdown is None:
            self.digits.setText("–:––")
            self.countdown_state.setText(self.tr("Nedtælling: ikke startet"))
            self.toggle_button.setText(self.tr("Start"))
            self._set_icon(self.toggle_button, icons.PLAY)
            return
        from kompas_kiosk.ui.exercise.timer_face import TimerColors
        from kompas_kiosk.ui.exercise.view import phase_color_of

        self.digits.setText(countdown.display())
        color = QColor(phase_color_of(countdown, TimerColors.of(self._colors))).lighter(190)
        self.digits.setStyleSheet(f"color: {color.name()};")
        running = countdown.state is State.RUNNING
        self.countdown_state.setText(
            self.tr("Nedtælling kører") if running else self.tr("Nedtælling: pause")
        )
        self.toggle_button.setText(self.tr("Pause") if running else self.tr("Fortsæt"))
        self._set_icon(self.toggle_button, icons.PAUSE if running else icons.PLAY)

    # -- controls ----------------------------------------------------------------------------

    def set_settings_page(self, page: SettingsPage) -> None:
        """The settings page the »Indstillinger« button opens (`ui/settings_page.py`)."""
        self.settings_page = page
        self.settings_button.show()

    def _on_settings(self) -> None:
        if self.settings_page is not None:
            self.settings_page.open_page()

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
        panel = self.room.notes_panel
        panel.move_to(self)
        panel.field.installEventFilter(self._console_key)
        panel.open()  # on the console the notes are always at hand
        self.on_room_changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Keep the previews and the countdown clear of the notes sheet on the right.
        layout = self.layout()
        if layout is None:
            return
        if self.width() >= self.height():
            right = round(self.width() * WIDTH_LANDSCAPE + min(self.width(), self.height()) * 0.04)
            layout.setContentsMargins(32, 24, right, 24)
        else:
            bottom = round(self.height() * HEIGHT_PORTRAIT + self.width() * 0.04)
            layout.setContentsMargins(32, 24, 32, bottom)

    def hideEvent(self, event) -> None:
        self.room.notes_panel.field.removeEventFilter(self._console_key)
        self.room.notes_panel.move_to(self.room)
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():  # the window manager's close button: C brings it back
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)  # the kiosk is quitting
