"""The settings page: what a facilitator may change, opened from the presenter console.

Language and colours (at once), sound, reduced motion, whether the clicker's 'next' turns the
card first, the attract loop's idle minutes, when the countdown turns amber (`warning_field.py`),
the room's size (`room_field.py`), the room and console screens (by name, or automatic,
`screen_fields.py`) and the kiosk PIN (typed twice to set it; the current PIN is asked for before
it is changed or removed; the stored hash is never shown).

»Gem« writes every value with `Settings(path).save(values)` and emits `applied(values)`, so the
room window can apply what works live (sound, motion, next turns first). A file that cannot be
written (read-only, a folder in its place) is said plainly, with the message from `save`; the
values then hold in memory for this run, and the page stays open.

Every control is reachable with Tab and named for screen readers (the controls: `fields.py`;
the looks, for a laptop next to a projector: `style.py`).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.core.kiosk.pin import (
    MAX_DIGITS,
    MAX_TRIES,
    MIN_DIGITS,
    PIN_ITERATIONS,
    is_valid_pin,
    lockout_seconds,
    verify_pin,
)
from kompas_kiosk.ui.common.focus_return import return_focus
from kompas_kiosk.ui.common.language_change import on_language_change
from kompas_kiosk.ui.settings import fields, room_field
from kompas_kiosk.ui.settings.clicker_fields import ClickerFields
from kompas_kiosk.ui.settings.rebuild import rebuild
from kompas_kiosk.ui.settings.screen_fields import ScreenFields, Screens
from kompas_kiosk.ui.settings.store import MAX_IDLE_MINUTES, Settings, SettingsValues
from kompas_kiosk.ui.settings.style import style_sheet
from kompas_kiosk.ui.settings.warning_field import WarningField
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme


class SettingsPage(QDialog):
    """The settings dialog. `values` are the settings in effect (saved or, after a failed save,
    held in memory for this run)."""

    applied = Signal(SettingsValues)  # after »Gem«: the values in effect from now on

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        screens: Screens = QGuiApplication.screens,
        pin_iterations: int = PIN_ITERATIONS,
        clock: Callable[[], float] = time.monotonic,
        colors: Theme = DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.setWindowTitle(self.tr("Indstillinger"))  # the system adds »– Kompas Kiosk«
        self.setAccessibleName(self.tr("Indstillinger"))
        self.path = path
        self._settings = Settings(path)
        self._screens = screens
        self._pin_iterations = pin_iterations
        self._clock = clock
        self._colors = colors
        self._wrong_pins = 0
        self._locked_until = -math.inf
        self._rounds = 0  # rounds of wrong PINs: each locks longer (core/kiosk/pin.py)
        self.values = self._settings.load()
        self._build()
        self.show_values(self.values)
        on_language_change(
            self, lambda: rebuild(self, self._build, lambda: self.show_values(self.values))
        )
        return_focus(self)  # closed: the keys are the console's again, where they were

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(style_sheet(self._colors))
        body = QWidget()
        body.setObjectName("settingsBody")
        form = QFormLayout(body)
        form.setContentsMargins(32, 24, 32, 24)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        form.addRow(fields.heading(self, self.tr("Rummet")))
        self.language = fields.combo(self, "settingsLanguage", self.tr("Sprog"))
        self.language.addItem("Dansk", "da")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.addItem(self.tr("Systemets sprog"), "system")
        fields.row(self, form, self.tr("Sprog"), self.language)
        fields.hint(self, form, self.tr("Sproget skifter, når du trykker »Gem«."), self.language)

        self.theme = fields.combo(self, "settingsTheme", self.tr("Farver"))
        self.theme.addItem(self.tr("Rolige farver (standard)"), "default")
        self.theme.addItem(self.tr("Høj kontrast"), "high-contrast")
        fields.row(self, form, self.tr("Farver"), self.theme)
        fields.hint(self, form, self.tr("Farverne skifter, når du trykker »Gem«."), self.theme)

        self.sound = fields.check(self, "settingsSound", self.tr("Lyd: klokken når tiden er gået"))
        form.addRow(self.sound)
        self.reduced_motion = fields.check(
            self, "settingsReducedMotion", self.tr("Mindre bevægelse: kortet skifter uden at vende")
        )
        form.addRow(self.reduced_motion)
        self.next_flips = fields.check(
            self, "settingsNextFlips", self.tr("Klikkerens »næste« vender kortet først")
        )
        form.addRow(self.next_flips)

        self.idle_minutes = fields.minutes(
            self, "settingsIdleMinutes", self.tr("Kortene på skift efter minutter uden brug")
        )
        self.idle_minutes.setRange(0.0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Fra"))
        fields.row(self, form, self.tr("Kortene på skift efter"), self.idle_minutes)
        fields.hint(
            self,
            form,
            self.tr(
                "Når ingen har rørt kiosken så længe, viser den kortene på skift (i "
                "kiosktilstand). 0 slår det fra."
            ),
            self.idle_minutes,
        )
        self.warning = WarningField(self, form)
        self.room = room_field.RoomField(self, form)  # the room's size: text the back row can read

        self.screen_fields = ScreenFields(self, form, self._screens)
        self.room_screen = self.screen_fields.room
        self.console_screen = self.screen_fields.console

        self.clicker = ClickerFields(self, form, self._set_status)
        form.addRow(fields.heading(self, self.tr("Kode til at lukke kiosken")))
        self.pin_state = QLabel(self)
        self.pin_state.setObjectName("settingsPinState")
        self.pin_state.setWordWrap(True)
        form.addRow(self.pin_state)
        self.current_pin = fields.pin_field(self, "settingsCurrentPin", self.tr("Nuværende kode"))
        self.current_pin_label = fields.row(self, form, self.tr("Nuværende kode"), self.current_pin)
        self.new_pin = fields.pin_field(self, "settingsNewPin", self.tr("Ny kode"))
        fields.row(self, form, self.tr("Ny kode"), self.new_pin)
        self.repeat_pin = fields.pin_field(
            self, "settingsRepeatPin", self.tr("Gentag den nye kode")
        )
        fields.row(self, form, self.tr("Gentag den nye kode"), self.repeat_pin)
        fields.hint(
            self,
            form,
            self.tr("%1 til %2 cifre. Lad felterne stå tomme for at beholde koden.")
            .replace("%1", str(MIN_DIGITS))
            .replace("%2", str(MAX_DIGITS)),
            self.new_pin,
        )
        self.remove_pin = fields.check(self, "settingsRemovePin", self.tr("Fjern koden"))
        self.remove_pin.toggled.connect(self._on_remove_toggled)
        form.addRow(self.remove_pin)

        self._scroll = scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from control to control
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields.WheelGuard(scroll).guard_all(body)

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.close_button = QPushButton(self.tr("Luk"), self)  # first: Tab reads »Luk«, »Gem«
        self.close_button.setObjectName("settingsClose")
        self.close_button.setAccessibleName(self.tr("Luk uden at gemme"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Gem"), self)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setAccessibleName(self.tr("Gem indstillingerne"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for button in (self.save_button, self.close_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(140)
        buttons = QHBoxLayout()
        buttons.addStretch(1)  # the buttons stay at the right while there is no message
        buttons.addWidget(self.status, 10)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 24, 20)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.resize(880, 760)

    # -- values <-> controls -----------------------------------------------------------------

    def open_page(self) -> None:
        """Show the page with the values in effect, the screens as they are now."""
        self.show_values(self.values)
        self._set_status("")
        self.open()
        self.raise_()
        self.activateWindow()
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_values(self, values: SettingsValues) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(values.language or "system")))
        self.sound.setChecked(values.sound)
        self.reduced_motion.setChecked(values.reduced_motion)
        self.next_flips.setChecked(values.next_flips)
        self.theme.setCurrentIndex(max(0, self.theme.findData(values.theme)))
        self.idle_minutes.setValue(values.idle_minutes)
        self.screen_fields.show(values.room_screen, values.console_screen)
        self._clear_pin_fields()
        self._show_pin_state(values)
        self.clicker.show(values.clicker)
        self.warning.setValue(values.warning_percent)
        self.room.show(values.room)

    def _show_pin_state(self, values: SettingsValues) -> None:
        if values.kiosk_pin is None:
            text = self.tr("Der er ingen kode: alle kan lukke kiosken.")
        elif self._pin_unreadable(values):
            text = self.tr(
                "Den gemte kode kan ikke læses, så kiosken kan ikke lukkes med en kode. "
                "Sæt en ny kode."
            )
        else:
            text = self.tr("Der er en kode: den skal tastes for at lukke kiosken.")
        self.pin_state.setText(text)
        self.pin_state.setAccessibleName(text)
        asks_current = self._asks_current_pin(values)
        self.current_pin.setVisible(asks_current)
        self.current_pin_label.setVisible(asks_current)
        self.remove_pin.setEnabled(values.kiosk_pin is not None)

    @staticmethod
    def _pin_unreadable(values: SettingsValues) -> bool:
        return values.kiosk_pin is not None and not values.kiosk_pin.startswith("pbkdf2_")

    def _asks_current_pin(self, values: SettingsValues) -> bool:
        return values.kiosk_pin is not None and not self._pin_unreadable(values)

    def _clear_pin_fields(self) -> None:
        for field in (self.current_pin, self.new_pin, self.repeat_pin):
            field.clear()
        self.remove_pin.setChecked(False)

    def _on_remove_toggled(self, checked: bool) -> None:
        self.new_pin.setEnabled(not checked)
        self.repeat_pin.setEnabled(not checked)

    def chosen_values(self) -> SettingsValues | None:
        """The values on the page; None (the reason shown, its field in focus) when not valid."""
        language, (readable, room) = self.language.currentData(), self.room.chosen(self._refuse)
        if not readable:
            return None
        values = replace(
            self.values,
            language=None if language == "system" else language,
            sound=self.sound.isChecked(),
            reduced_motion=self.reduced_motion.isChecked(),
            next_flips=self.next_flips.isChecked(),
            theme=self.theme.currentData(),
            idle_minutes=self.idle_minutes.value(),
            room_screen=self.room_screen.currentData() or None,
            console_screen=self.console_screen.currentData() or None,
            clicker=self.clicker.learned,
            warning_percent=self.warning.value(),
            room=room,
        )
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        removing = self.remove_pin.isChecked() and self.values.kiosk_pin is not None
        if not removing and not new and not repeat:
            return values  # the PIN stays as it is
        if not removing:
            if not is_valid_pin(new):
                self._refuse(
                    self.new_pin,
                    self.tr("Den nye kode skal være %1 til %2 cifre.")
                    .replace("%1", str(MIN_DIGITS))
                    .replace("%2", str(MAX_DIGITS)),
                )
                return None
            if repeat != new:
                self.repeat_pin.clear()
                self._refuse(
                    self.repeat_pin, self.tr("De to nye koder er ikke ens. Tast den igen.")
                )
                return None
        if self._asks_current_pin(self.values) and not self._current_pin_ok():
            return None
        return values.with_pin("" if removing else new, iterations=self._pin_iterations)

    def _current_pin_ok(self) -> bool:
        wait = self._locked_until - self._clock()
        if wait > 0:
            remaining = math.ceil(wait)
            self._refuse(
                self.current_pin,
                self.tr("For mange forkerte forsøg. Prøv igen om %n sekunder.", "", remaining),
            )
            return False
        assert self.values.kiosk_pin is not None
        with fields.Busy():
            right = verify_pin(self.current_pin.text(), self.values.kiosk_pin)
        if right:
            self._wrong_pins = self._rounds = 0
            return True
        self._wrong_pins += 1
        self.current_pin.clear()
        if self._wrong_pins >= MAX_TRIES:
            self._wrong_pins, self._rounds = 0, self._rounds + 1
            self._locked_until = self._clock() + lockout_seconds(self._rounds)
        self._refuse(self.current_pin, self.tr("Den nuværende kode er forkert."))
        return False

    def _refuse(self, field: QWidget, text: str) -> None:
        self._set_status(text, error=True)
        self._scroll.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save and apply the page's values; True when they are in the file."""
        with fields.Busy():
            values = self.chosen_values()
        if values is None:
            return False
        problem = self._settings.save(values)
        self.values = values  # in effect from now on, saved or not
        self._clear_pin_fields()
        self._show_pin_state(values)
        self.applied.emit(values)
        if problem is not None:
            self._set_status(
                self.tr("Indstillingerne kunne ikke gemmes: %s") % problem
                + "\n"
                + self.tr("De gælder, indtil kiosken lukkes."),
                error=True,
            )
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._set_status(self.tr("Indstillingerne er gemt."))
        self.accept()
        return True

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    @property
    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""
