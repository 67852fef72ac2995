"""The line over the notes that names the workshop they belong to (»Ny workshop« starts another)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.ui.notes.parts import label, named


class WorkshopLine(QWidget):
    def __init__(self, keeper: NotesKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "workshopLine")
        self._keeper = keeper
        self.workshop = label("workshop")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.workshop, 1)

    def refresh(self) -> None:
        """The workshop's name and place (before its first note: the name it will get)."""
        session = self._keeper.memory_session()
        text = self.tr("Workshop: %1").replace("%1", session.name)
        self.workshop.setText(f"{text} · {session.place}" if session.place else text)
