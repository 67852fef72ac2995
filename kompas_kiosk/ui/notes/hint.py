"""The line under the note field naming the keys of whichever has the focus, the field or the
list of notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.common.language_change import on_language_change
from kompas_kiosk.ui.notes.parts import label


class KeyHint(QObject):
    """The hint label; it follows the focus of `field` and `note_list`."""

    def __init__(self, field: QWidget, note_list: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._note_list = note_list
        self.label = label("hint", self._field_hint())
        field.installEventFilter(self)
        note_list.installEventFilter(self)
        on_language_change(self.label, self._retell)

    def _retell(self) -> None:
        """The hint in the UI's new language, for where the focus is."""
        self.label.setText(self._list_hint() if self._note_list.hasFocus() else self._field_hint())

    def _field_hint(self) -> str:
        return self.tr("Enter gemmer · Shift+Enter ny linje · Esc lukker")

    def _list_hint(self) -> str:
        return self.tr("E retter · Delete sletter · Ctrl+Z fortryder · Esc til feltet")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (self._field, self._note_list):
            if watched is self._note_list:
                self.label.setText(self._list_hint())
            else:
                self.label.setText(self._field_hint())
        return False
