"""The settings page: what a facilitator may change, opened from the presenter console.

Language (from the next start), sound, reduced motion, whether the clicker's 'next' turns the
card first, the attract loop's idle minutes, the room and console screens (by name, or
automatic) and the kiosk PIN (typed twice to set it; the current PIN is asked for before it is
changed or removed; the stored hash is never shown).

»Gem« writes every value with `Settings(path).save(values)` and emits `applied(values)`, so the
room window can apply what works live (sound, motion, next turns first). A file that cannot be
written (read-only, a folder in its place) is said plainly, with the message from `save`; the
values then hold in memory for this run, and the page stays open.

Sized for a laptop next to a projector: 20 px text, 44 px controls, every control reachable with
Tab, named for screen readers, and a yellow ring where the keyboard is.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.ui.kiosk.pin_dialog import LOCKOUT_SECONDS, MAX_DIGITS, MAX_TRIES
from kompas_kiosk.ui.settings.store import (
    MAX_IDLE_MINUTES,
    PIN_ITERATIONS,
    Settings,
    SettingsValues,
    verify_pin,
)
from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

MIN_PIN_DIGITS = 4
TEXT_PX = 20  # a laptop at arm's length: no smaller than the console's buttons
HEADING_PX = 26
CONTROL_PX = 44  # the height of a control
_PIN = re.compile(rf"\d{{{MIN_PIN_DIGITS},{MAX_DIGITS}}}")

Screens = Callable[[], list[QScreen]]


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
        self.setWindowTitle(self.tr("Kompas Kiosk – indstillinger"))
        self.setAccessibleName(self.tr("Indstillinger"))
        self.path = path
        self._settings = Settings(path)
        self._screens = screens
        self._pin_iterations = pin_iterations
        self._clock = clock
        self._colors = colors
        self._wrong_pins = 0
        self._locked_until = -math.inf
        self.values = self._settings.load()
        self._build()
        self.show_values(self.values)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        c = self._colors
        focus = c.focus.name()
        self.setStyleSheet(
            f"""
            * {{ font-family: "{typescale.FAMILY}"; }}
            QDialog#settingsPage, QWidget#settingsBody {{ background: {c.surround.name()}; }}
            QLabel, QCheckBox {{ color: {c.on_surround.name()}; font-size: {TEXT_PX}px; }}
            QLabel[role="heading"] {{ font-size: {HEADING_PX}px; font-weight: 700; }}
            QLabel[role="hint"] {{ color: {c.on_surround_muted.name()}; }}
            QLabel#settingsStatus {{ font-weight: 600; }}
            QLabel#settingsStatus[kind="error"] {{ color: {c.warning.name()}; }}
            QComboBox, QDoubleSpinBox, QLineEdit {{
                font-size: {TEXT_PX}px; min-height: {CONTROL_PX - 8}px; padding: 2px 10px;
                background: {c.paper.name()}; color: {c.ink.name()};
                border: 3px solid {c.paper.name()}; border-radius: 8px; }}
            QComboBox:focus, QDoubleSpinBox:focus, QLineEdit:focus {{ border-color: {focus}; }}
            QComboBox:disabled, QLineEdit:disabled {{ background: {c.rule.name()}; }}
            QComboBox QAbstractItemView {{ font-size: {TEXT_PX}px; background: {c.paper.name()};
                color: {c.ink.name()}; selection-background-color: {c.accent.name()}; }}
            QCheckBox {{ padding: 6px 10px; border: 3px solid transparent; border-radius: 8px;
                         min-height: {CONTROL_PX - 12}px; spacing: 12px; }}
            QCheckBox:focus {{ border-color: {focus}; }}
            QCheckBox::indicator {{ width: 22px; height: 22px; border-radius: 4px;
                                    border: 3px solid {c.paper.name()}; }}
            QCheckBox::indicator:checked {{ background: {focus}; }}
            QCheckBox::indicator:unchecked {{ background: {c.surround.name()}; }}
            QCheckBox:disabled {{ color: {c.on_surround_muted.name()}; }}
            QPushButton {{ font-size: {TEXT_PX}px; min-height: {CONTROL_PX - 8}px;
                           background: {c.paper.name()}; color: {c.ink.name()};
                           border: 3px solid {c.paper.name()}; border-radius: 8px;
                           padding: 4px 20px; }}
            QPushButton:focus {{ border-color: {focus}; }}
            QPushButton:pressed {{ background: {c.rule.name()}; }}
            QScrollArea {{ border: none; background: {c.surround.name()}; }}
            """
        )
        body = QWidget()
        body.setObjectName("settingsBody")
        form = QFormLayout(body)
        form.setContentsMargins(32, 24, 32, 24)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        form.addRow(self._heading(self.tr("Rummet")))
        self.language = self._combo("settingsLanguage", self.tr("Sprog"))
        self.language.addItem("Dansk", "da")  # each language in its own words
        self.language.addItem("English", "en")
        self.language.addItem(self.tr("Systemets sprog"), "system")
        self._row(form, self.tr("Sprog"), self.language)
        self._hint(form, self.tr("Sproget skifter, næste gang kiosken startes."), self.language)

        self.theme = self._combo("settingsTheme", self.tr("Farver"))
        self.theme.addItem(self.tr("Rolige farver (standard)"), "default")
        self.theme.addItem(self.tr("Høj kontrast"), "high-contrast")
        self._row(form, self.tr("Farver"), self.theme)
        self._hint(form, self.tr("Farverne skifter, næste gang kiosken startes."), self.theme)

        self.sound = self._check("settingsSound", self.tr("Lyd: klokken når tiden er gået"))
        form.addRow(self.sound)
        self.reduced_motion = self._check(
            "settingsReducedMotion", self.tr("Mindre bevægelse: kortet skifter uden at vende")
        )
        form.addRow(self.reduced_motion)
        self.next_flips = self._check(
            "settingsNextFlips", self.tr("Klikkerens »næste« vender kortet først")
        )
        form.addRow(self.next_flips)

        self.idle_minutes = QDoubleSpinBox(self)
        self.idle_minutes.setObjectName("settingsIdleMinutes")
        self.idle_minutes.setAccessibleName(self.tr("Kortene på skift efter minutter uden brug"))
        self.idle_minutes.setRange(0.0, MAX_IDLE_MINUTES)
        self.idle_minutes.setDecimals(1)
        self.idle_minutes.setSingleStep(1.0)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Fra"))
        self.idle_minutes.setMinimumWidth(180)
        self._row(form, self.tr("Kortene på skift efter"), self.idle_minutes)
        self._hint(
            form,
            self.tr(
                "Når ingen har rørt kiosken så længe, viser den kortene på skift (i "
                "kiosktilstand). 0 slår det fra."
            ),
            self.idle_minutes,
        )

        form.addRow(self._heading(self.tr("Skærme")))
        self.room_screen = self._combo("settingsRoomScreen", self.tr("Rummets skærm"))
        self._row(form, self.tr("Rummets skærm"), self.room_screen)
        self.console_screen = self._combo("settingsConsoleScreen", self.tr("Styringens skærm"))
        self._row(form, self.tr("Styringens skærm"), self.console_screen)
        self._hint(
            form,
            self.tr("Skærmvalget gælder, næste gang kiosken startes. S bytter skærmene nu."),
            self.console_screen,
        )

        form.addRow(self._heading(self.tr("Kode til at lukke kiosken")))
        self.pin_state = QLabel(self)
        self.pin_state.setObjectName("settingsPinState")
        self.pin_state.setWordWrap(True)
        form.addRow(self.pin_state)
        self.current_pin = self._pin_field("settingsCurrentPin", self.tr("Nuværende kode"))
        self.current_pin_label = self._row(form, self.tr("Nuværende kode"), self.current_pin)
        self.new_pin = self._pin_field("settingsNewPin", self.tr("Ny kode"))
        self._row(form, self.tr("Ny kode"), self.new_pin)
        self.repeat_pin = self._pin_field("settingsRepeatPin", self.tr("Gentag den nye kode"))
        self._row(form, self.tr("Gentag den nye kode"), self.repeat_pin)
        self._hint(
            form,
            self.tr("%1 til %2 cifre. Lad felterne stå tomme for at beholde koden.")
            .replace("%1", str(MIN_PIN_DIGITS))
            .replace("%2", str(MAX_DIGITS)),
            self.new_pin,
        )
        self.remove_pin = self._check("settingsRemovePin", self.tr("Fjern koden"))
        self.remove_pin.toggled.connect(self._on_remove_toggled)
        form.addRow(self.remove_pin)

        self._scroll = scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.save_button = QPushButton(self.tr("Gem"), self)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setAccessibleName(self.tr("Gem indstillingerne"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Luk"), self)
        self.close_button.setObjectName("settingsClose")
        self.close_button.setAccessibleName(self.tr("Luk uden at gemme"))
        self.close_button.clicked.connect(self.reject)
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

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "heading")
        label.setAccessibleName(text)
        return label

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _hint(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        field.setAccessibleDescription(text)
        form.addRow("", label)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumWidth(340)
        return combo

    def _check(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setObjectName(name)
        box.setAccessibleName(text)
        return box

    def _pin_field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        field.setMaxLength(MAX_DIGITS)
        field.setValidator(QRegularExpressionValidator(rf"\d{{0,{MAX_DIGITS}}}", field))
        field.setMaximumWidth(240)
        return field

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
        self._fill_screens(self.room_screen, values.room_screen)
        self._fill_screens(self.console_screen, values.console_screen)
        self._clear_pin_fields()
        self._show_pin_state(values)

    def _fill_screens(self, combo: QComboBox, chosen: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("Automatisk"), "")
        for screen in self._screens():
            size = screen.size()
            combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        if chosen and combo.findData(chosen) < 0:  # kept, not lost, while it is unplugged
            combo.addItem(self.tr("%s (ikke tilsluttet)") % chosen, chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))

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
        """The values on the page, with the PIN changed as asked; None (and the reason shown,
        the field in focus) when the PIN fields do not allow it."""
        language = self.language.currentData()
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
        )
        new, repeat = self.new_pin.text(), self.repeat_pin.text()
        removing = self.remove_pin.isChecked() and self.values.kiosk_pin is not None
        if not removing and not new and not repeat:
            return values  # the PIN stays as it is
        if not removing:
            if not _PIN.fullmatch(new):
                return self._refuse(
                    self.new_pin,
                    self.tr("Den nye kode skal være %1 til %2 cifre.")
                    .replace("%1", str(MIN_PIN_DIGITS))
                    .replace("%2", str(MAX_DIGITS)),
                )
            if repeat != new:
                self.repeat_pin.clear()
                return self._refuse(
                    self.repeat_pin, self.tr("De to nye koder er ikke ens. Tast den igen.")
                )
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
        with _Busy():
            right = verify_pin(self.current_pin.text(), self.values.kiosk_pin)
        if right:
            self._wrong_pins = 0
            return True
        self._wrong_pins += 1
        self.current_pin.clear()
        if self._wrong_pins >= MAX_TRIES:
            self._wrong_pins = 0
            self._locked_until = self._clock() + LOCKOUT_SECONDS
        self._refuse(self.current_pin, self.tr("Den nuværende kode er forkert."))
        return False

    def _refuse(self, field: QWidget, text: str) -> None:
        self._set_status(text, error=True)
        self._scroll.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save and apply the page's values; True when they are in the file."""
        with _Busy():
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


class _Busy:
    """A wait cursor while a PIN is hashed (PBKDF2 takes a moment on purpose)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()
