"""The settings page's »Rummets størrelse«: the room screen's diagonal and the farthest viewer
("65in,8m"), from which the kiosk makes no text smaller than the back row can read and pages
long text (`core/room/text_roles.py`). Empty: the sizes of today. A room that cannot be read is
refused with the reason, naming what was written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from kompas_kiosk.core.room.legibility import RoomSpecError, parse_room
from kompas_kiosk.ui.application import ui_language
from kompas_kiosk.ui.settings import fields


class RoomField(QObject):
    def __init__(self, page: QWidget, form: QFormLayout) -> None:
        super().__init__(page)
        self.edit = QLineEdit(page)
        self.edit.setObjectName("settingsRoom")
        self.edit.setAccessibleName(self.tr("Rummets størrelse"))
        self.edit.setPlaceholderText("65in,8m")
        self.edit.setMinimumWidth(340)
        fields.row(page, form, self.tr("Rummets størrelse"), self.edit)
        fields.hint(
            page,
            form,
            self.tr(
                "Skærmens diagonal og den fjerneste seers afstand, fx 65in,8m eller 165cm,8m: "
                "ingen tekst bliver mindre, end bageste række kan læse, og lang tekst vises i "
                "sider. Tom: tekstens størrelse som hidtil."
            ),
            self.edit,
        )

    def show(self, room: str | None) -> None:
        self.edit.setText(room or "")

    def chosen(self, refuse: Callable[[QWidget, str], None]) -> tuple[bool, str | None]:
        """Whether the room written can be read, and the room (None: none); when it cannot,
        after `refuse(field, reason)`."""
        text = self.edit.text().strip()
        try:
            parse_room(text) if text else None
        except RoomSpecError as error:
            refuse(self.edit, error.message(ui_language()))
            return False, None
        return True, text or None
