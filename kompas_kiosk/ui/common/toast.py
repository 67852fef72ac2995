"""A short message over the room screen that goes away by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

TEXT_SCALE = 1.1  # the toast's text, a little larger than the floor


class Toast(QLabel):
    def __init__(self, parent: QWidget, colors: Theme = DEFAULT) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._colors = colors
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.update()

    def show_text(self, text: str, seconds: float = 2.5) -> None:
        parent = self.parentWidget()
        if parent is None:  # made with a parent; gone only while the window closes
            return
        unit = min(parent.width(), parent.height()) / 100.0
        self.setFont(typescale.font(typescale.FLOOR * unit * TEXT_SCALE, QFont.Weight.DemiBold))
        pad = round(spacing.TOAST_PAD * unit)
        radius = round(spacing.TOAST_RADIUS * unit)
        self.setStyleSheet(
            f"QLabel#toast {{ background: {self._colors.ink.name()}; color: "
            f"{self._colors.paper.name()}; border-radius: {radius}px; padding: {pad}px; }}"
        )
        self.setText(text)
        self.setAccessibleName(text)
        width = min(
            parent.width() - 2 * spacing.TOAST_SIDE_MARGIN * unit, spacing.TOAST_WIDTH_MAX * unit
        )
        self.setFixedWidth(round(width))
        self.adjustSize()
        self.move(
            round((parent.width() - self.width()) / 2),
            round(parent.height() - self.height() - spacing.SCREEN_MARGIN * unit),
        )
        self.raise_()
        self.show()
        self._timer.start(round(seconds * 1000))
