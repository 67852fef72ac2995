"""The settings page built anew in the UI's language when it changes while the kiosk runs (a
language chosen on the page itself takes effect at once): the same values, the same signals,
every control with its words in the new language. The old controls go with the old layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from kompas_kiosk.ui.settings.clicker_fields import ClickerFields
from kompas_kiosk.ui.settings.room_field import RoomField
from kompas_kiosk.ui.settings.screen_fields import ScreenFields


def rebuild(page: QDialog, build: Callable[[], None], show: Callable[[], None]) -> None:
    """Drop `page`'s controls, `build` them again and `show` the values in them."""
    had_focus = page.isActiveWindow()
    old = page.layout()
    if old is not None:
        QWidget().setLayout(old)  # the old layout and its controls go with a throwaway widget
    for child in page.children():
        if isinstance(child, QWidget):
            child.hide()
            child.deleteLater()
        elif isinstance(child, (ClickerFields, RoomField, ScreenFields)):  # old rows' keepers
            child.deleteLater()
    title = QCoreApplication.translate("SettingsPage", "Indstillinger")
    page.setWindowTitle(title)
    page.setAccessibleName(title)
    build()
    show()
    if had_focus:
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        page.focusNextChild()  # the first control, as when the page opens
