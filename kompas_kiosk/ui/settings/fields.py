"""The settings page's controls: headings, labelled rows, hints, the PIN fields (and a wait
cursor while a PIN is hashed).

Each control is named (object name and accessible name) so a screen reader and the tests find
it; a hint is also the field's accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kompas_kiosk.core.kiosk.pin import MAX_DIGITS
from kompas_kiosk.ui.application import ui_locale


def heading(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setAccessibleName(text)
    return label


def row(parent: QWidget, form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


def hint(parent: QWidget, form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    field.setAccessibleDescription(text)
    form.addRow("", label)


def combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setMinimumWidth(340)
    return combo


def minutes(parent: QWidget, name: str, accessible: str) -> QDoubleSpinBox:
    """A number of minutes, written as the UI's language writes numbers ("0,5" in Danish)."""
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setDecimals(1)
    box.setSingleStep(1.0)
    box.setMinimumWidth(180)
    box.setLocale(ui_locale())
    return box


def check(parent: QWidget, name: str, text: str) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setObjectName(name)
    box.setAccessibleName(text)
    return box


def pin_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
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


class WheelGuard(QObject):
    """The mouse wheel over a field scrolls the page; it changes the field's value only while
    the field has focus (a wheel passing over 'Kortene på skift efter' must not turn it off)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def guard(self, *fields: QWidget) -> None:
        for field in fields:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel does not give it focus
            field.installEventFilter(self)

    def guard_all(self, body: QWidget) -> None:
        """Every list and number field on `body`."""
        self.guard(*body.findChildren(QComboBox), *body.findChildren(QAbstractSpinBox))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        QCoreApplication.sendEvent(self._scroll.verticalScrollBar(), event)
        return True


class Busy:
    """A wait cursor while a PIN is hashed (PBKDF2 takes a moment on purpose)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QApplication.restoreOverrideCursor()
