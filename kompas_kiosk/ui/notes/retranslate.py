"""The notes panel's words, said again when the UI's language changes while the kiosk runs:
its title, its buttons, the field's placeholder and what a screen reader hears of it; the list
is filled again in the new words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

if TYPE_CHECKING:
    from kompas_kiosk.ui.notes.panel import NotesPanel


def retranslate(panel: NotesPanel, sharing: bool) -> None:
    """`sharing`: whether the room sees the notes now (the share button offers the other way)."""
    title = panel._header.title
    if isinstance(title, QLabel):
        title.setText(QCoreApplication.translate("NotesPanel", "Noter"))
    export = panel.findChild(QPushButton, "notesExport")
    if export is not None:
        export.setText(QCoreApplication.translate("NotesPanel", "Gem som fil …"))
    panel.set_sharing(sharing)
    field = panel.field
    field.setAccessibleName(QCoreApplication.translate("NoteEditor", "Ny note"))
    field.setAccessibleDescription(
        QCoreApplication.translate(
            "NoteEditor", "Enter gemmer, Shift+Enter giver en ny linje, Esc lukker"
        )
    )
    field.setPlaceholderText(QCoreApplication.translate("NoteEditor", "Skriv en note …"))
    panel._refresh()  # the list, its scope buttons and the line over it
