"""The line over the notes: the workshop they belong to (»Ny workshop« starts another), and the
group new notes are marked with, when several tables report back.

The group is a short label or a number typed by the facilitator; it stamps each new note until
it is changed (emptied: no group). Enter in it goes back to the note field (`done`). The
workshop's name wraps and never widens the sheet; on a narrow sheet (a 1280x800 console) the
group has a row of its own under it (`fit`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.ui.common.language_change import on_language_change
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
        self.workshop.setMinimumWidth(1)  # it wraps: the sheet's width is not its to ask
        self.caption = caption = label("groupLabel")
        caption.setWordWrap(False)
        self.group = named(QLineEdit(), "groupField")
        self.group.setMaxLength(GROUP_LENGTH)
        self.retranslate()
        self.group.textChanged.connect(self._on_group)
        self.group.returnPressed.connect(self.done)
        caption.setBuddy(self.group)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._width = 10**6
        self.stacked: bool | None = None  # the group under the workshop's name
        self.fit(self._width)
        on_language_change(self, self._on_language)

    def retranslate(self) -> None:
        """Its words in the UI's language (again, when it changes while the kiosk runs)."""
        self.caption.setText(self.tr("Gruppe"))
        self.group.setPlaceholderText(self.tr("ingen"))
        self.group.setAccessibleName(self.tr("Gruppe for nye noter"))

    def _on_language(self) -> None:
        self.retranslate()
        self.refresh()

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
        self.fit(self._width)

    def set_unit(self, u: float) -> None:
        gap = round(spacing.SHEET_BUTTON_GAP * u)
        self._grid.setHorizontalSpacing(gap)
        self._grid.setVerticalSpacing(gap)
        self.workshop.setContentsMargins(0, 0, round(2 * u), 0)  # apart from »Gruppe«
        self.group.setFixedWidth(round(15 * u))

    def fit(self, width: int) -> None:
        """The name, »Gruppe« and its field on one line when `width` holds the name unwrapped,
        else the name over a row of its own for the group."""
        self._width = width
        for widget in (self.workshop, self.caption):
            widget.ensurePolished()  # the sheet's style sheet sets their fonts: measure with them
        margins = self.workshop.contentsMargins()
        name = self.workshop.fontMetrics().horizontalAdvance(self.workshop.text())
        group = self.caption.sizeHint().width() + self.group.width()
        stacked = name + margins.right() + 2 * self._grid.horizontalSpacing() + group > width
        if stacked == self.stacked:
            return
        self.stacked = stacked
        grid = self._grid
        for each in (self.workshop, self.caption, self.group):
            grid.removeWidget(each)
        for column in range(3):
            grid.setColumnStretch(column, 0)
        if stacked:
            grid.addWidget(self.workshop, 0, 0, 1, 3)
            grid.addWidget(self.caption, 1, 0)
            grid.addWidget(self.group, 1, 1)
            grid.setColumnStretch(2, 1)
        else:
            grid.addWidget(self.workshop, 0, 0)
            grid.addWidget(self.caption, 0, 1)
            grid.addWidget(self.group, 0, 2)
            grid.setColumnStretch(0, 1)
        self.updateGeometry()

    def _on_group(self, text: str) -> None:
        self._keeper.group = " ".join(text.split())
