"""The settings page's »Skærme« rows: which screen the room uses and which the console uses,
by the screen's name; a chosen screen that is unplugged is kept, marked, not lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from kompas_kiosk.ui.settings import fields

Screens = Callable[[], list[QScreen]]


class ScreenFields(QObject):
    """The two screen choices, with their heading and hint added to `form`."""

    def __init__(self, page: QWidget, form: QFormLayout, screens: Screens) -> None:
        super().__init__(page)
        self._screens = screens
        form.addRow(fields.heading(page, self.tr("Skærme")))
        self.room = fields.combo(page, "settingsRoomScreen", self.tr("Rummets skærm"))
        fields.row(page, form, self.tr("Rummets skærm"), self.room)
        self.console = fields.combo(page, "settingsConsoleScreen", self.tr("Styringens skærm"))
        fields.row(page, form, self.tr("Styringens skærm"), self.console)
        fields.hint(
            page,
            form,
            self.tr("Skærmvalget gælder, næste gang kiosken startes. S bytter skærmene nu."),
            self.console,
        )

    def show(self, room: str | None, console: str | None) -> None:
        """Fill both lists with the screens plugged in now and choose the saved ones."""
        self._fill(self.room, room)
        self._fill(self.console, console)

    def _fill(self, combo: QComboBox, chosen: str | None) -> None:
        combo.clear()
        combo.addItem(self.tr("Automatisk"), "")
        for screen in self._screens():
            size = screen.size()
            combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        if chosen and combo.findData(chosen) < 0:  # kept, not lost, while it is unplugged
            combo.addItem(self.tr("%s (ikke tilsluttet)") % chosen, chosen)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
