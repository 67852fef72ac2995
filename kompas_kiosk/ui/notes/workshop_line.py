"""The line over the notes: the workshop they belong to (»Ny workshop« starts another), and the
group new notes are marked with, when several tables report back.

The group is a short label or a number typed by the facilitator; it stamps each new note until
it is changed (emptied: no group). Enter in it goes back to the note field (`done`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.ui.notes.parts import label, named
from kompas_kiosk.ui.theme import spacing

GROUP_LENGTH = 24  # characters of a group's label: a heading on the shared sheet


class WorkshopLine(QWidget):
    done = Signal()  # Enter in the group field: back to the note field

    def __init__(self, keeper: NotesKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "workshopLine")
        self._keeper = keeper
        self.workshop = label("workshop")
        caption = label("groupLabel", self.tr("Gruppe"))
        caption.setWordWrap(False)
        self.group = named(QLineEdit(), "groupField")
        self.group.setMaxLength(GROUP_LENGTH)
        self.group.setPlaceholderText(self.tr("ingen"))
        self.group.setAccessibleName(self.tr("Gruppe for nye noter"))
        self.group.textChanged.connect(self._on_group)
        self.group.returnPressed.connect(self.done)
        caption.setBuddy(self.group)
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.workshop, 1)
        row.addWidget(caption)
        row.addWidget(self.group)

    def set_group(self, group: str) -> None:
        """Mark the notes from now on with `group` ('' none), as if typed."""
        self.group.setText(group)

    def refresh(self) -> None:
        """The workshop's name and place (before its first note: the name it will get)."""
        session = self._keeper.memory_session()
        text = self.tr("Workshop: %1").replace("%1", session.name)
        self.workshop.setText(f"{text} · {session.place}" if session.place else text)
        if self._keeper.group != " ".join(self.group.text().split()):
            self.group.setText(self._keeper.group)  # a new workshop starts without a group

    def set_unit(self, u: float) -> None:
        self._row.setSpacing(round(spacing.SHEET_BUTTON_GAP * u))
        self.workshop.setContentsMargins(0, 0, round(2 * u), 0)  # apart from »Gruppe«
        self.group.setFixedWidth(round(15 * u))

    def _on_group(self, text: str) -> None:
        self._keeper.group = " ".join(text.split())
