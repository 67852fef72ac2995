"""The notes sheet's small parts: named labels, buttons and message bars (the style sheet
picks them by their object names), the notes page's column and the sheet's shortcut keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    """`widget` with its object name (the style sheet's selector)."""
    widget.setObjectName(name)
    return widget


def label(name: str, text: str = "") -> QLabel:
    widget = named(QLabel(text), name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(text: str, name: str = "", slot: object = None, checkable: bool = False) -> QPushButton:
    widget = named(QPushButton(text), name)
    widget.setCheckable(checkable)
    if slot is not None:
        widget.clicked.connect(slot)
    return widget


def bar(name: str, text: QLabel, buttons: list[QPushButton], row: bool = False) -> QFrame:
    widget = named(QFrame(), name)
    outer = QHBoxLayout(widget) if row else QVBoxLayout(widget)
    outer.addWidget(text, 1)
    line = QHBoxLayout()
    for each in buttons:
        line.addWidget(each)
    if not row:
        line.addStretch(1)
    outer.addLayout(line)
    widget.hide()
    return widget


def page(
    header: Iterable[QWidget], widgets: Iterable[tuple[QWidget, int]], buttons: Iterable[QWidget]
) -> tuple[QWidget, QVBoxLayout, QHBoxLayout, HeaderLine]:
    """The notes page: a header line (the first of `header` takes the room), then `widgets`
    (each with its stretch), then a row of `buttons`; with its column and its row of buttons
    (their spacing follows the sheet's unit), and the header line to fit to the sheet's width."""
    widget = named(QWidget(), "notesPage")
    column = QVBoxLayout(widget)
    column.setContentsMargins(0, 0, 0, 0)
    line = HeaderLine(*header)
    column.addLayout(line.box)
    for each, stretch in widgets:
        column.addWidget(each, stretch)
    row = QHBoxLayout()
    for each in buttons:
        row.addWidget(each)
    row.addStretch(1)
    column.addLayout(row)
    return widget, column, row, line


def shortcuts(widget: QWidget, table: Iterable[tuple[QKeySequence, object]]) -> None:
    """The key table: each key calls its slot while the focus is in `widget`."""
    for keys, slot in table:
        action = QAction(widget)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)


class HeaderLine:
    """The page's heading with the scope buttons beside it, or under it when the sheet is too
    narrow for both on one line (a 1280x800 console): the heading is never overlapped."""

    def __init__(self, title: QWidget, *buttons: QWidget) -> None:
        self.title, self.buttons = title, buttons
        self.box = QVBoxLayout()
        self.box.setSpacing(0)
        self._top, self._below = QHBoxLayout(), QHBoxLayout()
        self._top.setSpacing(0)
        self._below.setSpacing(0)
        self.box.addLayout(self._top)
        self.box.addLayout(self._below)
        self._top.addWidget(title, 1)
        self.stacked = True
        self.fit(10**6)

    def fit(self, width: int) -> None:
        """One line when `width` holds the heading and the buttons, else the buttons below."""
        for widget in (self.title, *self.buttons):
            widget.ensurePolished()  # the sheet's style sheet sets their fonts: measure with them
        needed = self.title.sizeHint().width() + sum(b.sizeHint().width() for b in self.buttons)
        stacked = needed > width
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for button in self.buttons:
            (self._top if stacked else self._below).removeWidget(button)
            (self._below if stacked else self._top).addWidget(button)
        if stacked:
            self._below.addStretch(1)
        else:
            while self._below.count():
                self._below.takeAt(0)
        layout: QObject | None = self.box
        while isinstance(layout, QLayout):  # the sheet's width is measured from them at once
            layout.invalidate()
            layout = layout.parent()
