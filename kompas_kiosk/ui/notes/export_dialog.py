"""The notes panel's 'save as file' page: format, folder, file name, the session's name and place.

No native file dialog: big readable controls on the room screen, typed paths. The panel does
the saving and shows the outcome here (``show_result``). Styled by the panel's style sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.core.handout.write import FORMAT_NAMES, FORMATS
from kompas_kiosk.ui.common.language_change import on_language_change
from kompas_kiosk.ui.theme import spacing


@dataclass(frozen=True)
class ExportChoice:
    fmt: str
    folder: Path
    file_name: str
    session_name: str
    place: str

    @property
    def path(self) -> Path:
        """The file to write: the name gets the format's extension if it has none."""
        name = self.file_name.strip() or f"noter.{self.fmt}"
        if Path(name).suffix.lower() != f".{self.fmt}":
            name = f"{name}.{self.fmt}"
        return self.folder.expanduser() / name


class ExportForm(QWidget):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportForm")
        self._title = _named(QLabel(), "panelTitle")
        self._format_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        formats = QGridLayout()  # three a row: the formats never widen the notes sheet
        self._formats = formats
        for index, fmt in enumerate(FORMATS):
            button = _named(QPushButton(FORMAT_NAMES[fmt].split(" ")[0]), "formatButton")
            button.setCheckable(True)
            button.setProperty("fmt", fmt)
            self._group.addButton(button)
            self._format_buttons[fmt] = button
            formats.addWidget(button, index // 3, index % 3)
        formats.setColumnStretch(3, 1)
        self._group.buttonToggled.connect(self._on_format)
        self.folder = _named(QLineEdit(), "formField")
        self.file_name = _named(QLineEdit(), "formField")
        self.session_name = _named(QLineEdit(), "formField")
        self.place = _named(QLineEdit(), "formField")
        for edit in (self.folder, self.file_name, self.session_name, self.place):
            edit.returnPressed.connect(self.accepted)
        self.kiosk = False  # kiosk mode: only the export folder the settings name
        grid = QGridLayout()
        fields: tuple[QGridLayout | QLineEdit, ...] = (
            formats,
            self.folder,
            self.file_name,
            self.session_name,
            self.place,
        )
        self._labels = [_named(QLabel(), "formLabel") for _ in fields]
        for row, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            grid.addWidget(label, 2 * row, 0)
            if isinstance(field, QGridLayout):
                grid.addLayout(field, 2 * row + 1, 0)
            else:
                grid.addWidget(field, 2 * row + 1, 0)
        self.result = _named(QLabel(), "result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self._save = _named(QPushButton(), "primaryButton")
        self._save.clicked.connect(self.accepted)
        self._back = QPushButton()
        self._back.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self._save)
        buttons.addWidget(self._back)
        buttons.addStretch(1)
        self._hint = hint = _named(QLabel(), "hint")
        hint.setWordWrap(True)
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._title)
        layout.addLayout(grid)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self.set_spacing(10.0)

    def retranslate(self) -> None:
        """Its words in the UI's language (also when it changes while the kiosk runs)."""
        self._title.setText(self.tr("Gem noterne som fil"))
        words = (
            self.tr("Format"),
            self.tr("Mappe"),
            self.tr("Filnavn"),
            self.tr("Workshoppens navn"),
            self.tr("Sted"),
        )
        for label, text in zip(self._labels, words, strict=True):
            label.setText(text)
        self._save.setText(self.tr("Gem"))
        self._back.setText(self.tr("Tilbage"))
        self._hint.setText(self.tr("Enter gemmer · Esc tilbage til noterne"))

    def set_spacing(self, unit: float) -> None:
        layout = self._layout
        layout.setSpacing(round(spacing.SHEET_GAP * unit))
        self._formats.setSpacing(round(spacing.SHEET_FORMAT_GAP * unit))
        for index in range(layout.count()):
            item = layout.itemAt(index)
            inner = item.layout() if item is not None else None
            if inner is not None:
                inner.setSpacing(round(spacing.SHEET_SMALL_GAP * unit))
                if isinstance(inner, QGridLayout):
                    inner.setVerticalSpacing(round(spacing.SHEET_GRID_GAP * unit))

    def set_kiosk(self, kiosk: bool) -> None:
        """Kiosk mode: the folder and file name are shown, not typed (the handout goes to the
        export folder the settings name, under the name the kiosk gives it)."""
        self.kiosk = kiosk
        for edit in (self.folder, self.file_name):
            edit.setReadOnly(kiosk)
            edit.setFocusPolicy(Qt.FocusPolicy.NoFocus if kiosk else Qt.FocusPolicy.StrongFocus)

    def set_choice(self, choice: ExportChoice) -> None:
        self._format_buttons[choice.fmt].setChecked(True)
        self.folder.setText(str(choice.folder))
        self.file_name.setText(choice.file_name)
        self.session_name.setText(choice.session_name)
        self.place.setText(choice.place)
        self.result.hide()

    def choice(self) -> ExportChoice:
        checked = self._group.checkedButton()
        fmt = str(checked.property("fmt")) if checked is not None else "pdf"
        name = self.file_name.text().strip()
        return ExportChoice(
            fmt,
            Path(self.folder.text().strip() or "."),
            Path(name).name if self.kiosk else name,  # never out of the folder
            self.session_name.text(),
            self.place.text(),
        )

    def show_result(self, text: str, ok: bool) -> None:
        self.result.setProperty("ok", ok)
        self.result.setText(text)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.show()

    def focus_first(self) -> None:
        self._save.setFocus()

    def _on_format(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        fmt = str(button.property("fmt"))
        name = self.file_name.text().strip()
        stem = Path(name).stem if Path(name).suffix.lower().lstrip(".") in FORMATS else name
        self.file_name.setText(f"{stem}.{fmt}" if stem else "")
        self.result.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    """`widget` with its object name (the style sheet's selector)."""
    widget.setObjectName(name)
    return widget
