"""The notes sheet's small parts: named labels, buttons and message bars (the style sheet
picks them by their object names)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
