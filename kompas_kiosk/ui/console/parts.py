"""The console's small parts: its style sheet, its buttons (with icons sized to its unit) and its
labels (one line that ends in "…" rather than widen the window)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from kompas_kiosk.ui.common import icons
from kompas_kiosk.ui.console.elided_label import ElidedLabel
from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import Theme


def style_sheet(c: Theme) -> str:
    return f"""
        QWidget#consoleWindow {{ background: {c.surround.name()}; }}
        QLabel {{ color: {c.on_surround.name()}; }}
        QLabel[role="caption"] {{ color: {c.on_surround_muted.name()}; }}
        QPushButton {{ background: {c.paper.name()}; color: {c.ink.name()};
                       border: 2px solid {c.paper.name()}; border-radius: 8px;
                       padding: 0.3em 0.7em; }}
        QPushButton:focus {{ border: 3px solid {c.focus.name()}; }}
        QPushButton:pressed {{ background: {c.rule.name()}; }}
        """


def label(parent: QWidget, name: str, caption: bool = False) -> QLabel:
    made = ElidedLabel(parent)
    made.setObjectName(name)
    if caption:
        made.setProperty("role", "caption")
    return made


def button(parent: QWidget, name: str, text: str, icon: str | None, colors: Theme) -> QPushButton:
    made = QPushButton(text, parent)
    made.setObjectName(f"console_{name}")
    made.setAccessibleName(text)
    if icon is not None:
        set_icon(made, icon, colors, 8.0)
    return made


def set_icon(target: QPushButton, icon: str, colors: Theme, unit: float) -> None:
    size = max(16, round(typescale.FLOOR * unit))
    pixmap = icons.pixmap(icon, colors.ink.name(), size)
    if pixmap is not None:
        target.setIcon(QIcon(pixmap))
        target.setIconSize(QSize(size, size))
    target.setProperty("icon_name", icon)


def set_unit(buttons: tuple[QPushButton, ...], colors: Theme, unit: float) -> None:
    """The buttons' text at the type scale's floor, their icons to match."""
    for each in buttons:
        each.setFont(typescale.font(typescale.FLOOR * unit))
        icon = each.property("icon_name")
        if icon:
            set_icon(each, str(icon), colors, unit)


def preview(parent: QWidget, name: str) -> QLabel:
    """A picture that takes the room it is given, never asks for more."""
    made = QLabel(parent)
    made.setObjectName(name)
    made.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    made.setMinimumSize(QSize(160, 90))
    made.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return made
