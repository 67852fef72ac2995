"""The settings page's controls and looks."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from kompas_kiosk.core.kiosk.pin import MAX_DIGITS
from kompas_kiosk.ui.settings import fields
from kompas_kiosk.ui.settings.style import CONTROL_PX, TEXT_PX, style_sheet
from kompas_kiosk.ui.theme.colors import DEFAULT


def test_a_pin_field_takes_digits_only_as_many_as_the_pad_and_hides_them(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    field = fields.pin_field(parent, "settingsNewPin", "Ny kode")
    assert (field.objectName(), field.accessibleName()) == ("settingsNewPin", "Ny kode")
    assert field.maxLength() == MAX_DIGITS and field.echoMode() == QLineEdit.EchoMode.Password
    validator = field.validator()
    assert validator.validate("12a", 0)[0] == QValidator.State.Invalid
    assert validator.validate("4711", 0)[0] == QValidator.State.Acceptable


def test_the_style_is_large_enough_and_in_the_themes_colours():
    css = style_sheet(DEFAULT)
    assert f"font-size: {TEXT_PX}px" in css and f"min-height: {CONTROL_PX - 8}px" in css
    assert DEFAULT.focus.name() in css
