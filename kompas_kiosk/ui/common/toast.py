"""A short message over the room screen that goes away by itself.

It never covers what the room reads. It sits in the band at the top of the screen that every
room view keeps free of text (the surround and the card's top padding, above the heading: the
footer's countdown, the last line of a card and the newest shared note are all at the bottom),
one line as wide as its text. With a presenter console shown, the room shows none: the message
goes to the console's own toast (`forward_to`), where the facilitator reads it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme


class Toast(QLabel):
    def __init__(self, parent: QWidget, colors: Theme = DEFAULT) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._colors = colors
        self._forward: Toast | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def forward_to(self, other: Toast | None) -> None:
        """Messages go to `other` (the console's toast) while its window is shown."""
        self._forward = other

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.update()

    def show_text(self, text: str, seconds: float = 2.5) -> None:
        forward = self._forward
        if forward is not None and forward.window().isVisible():
            self.hide()
            forward.show_text(text, seconds)
            return
        parent = self.parentWidget()
        if parent is None:  # made with a parent; gone only while the window closes
            return
        unit = min(parent.width(), parent.height()) / 100.0
        font = typescale.font(typescale.FLOOR * unit, QFont.Weight.DemiBold)
        self.setFont(font)
        pad_x, pad_y = round(spacing.TOAST_PAD * unit), round(spacing.TOAST_PAD_Y * unit)
        radius = round(spacing.TOAST_RADIUS * unit)
        self.setStyleSheet(
            f"QLabel#toast {{ background: {self._colors.ink.name()}; color: "
            f"{self._colors.paper.name()}; border-radius: {radius}px; "
            f"padding: {pad_y}px {pad_x}px; }}"
        )
        self.setText(text)
        self.setAccessibleName(text)
        widest = parent.width() - 2 * spacing.TOAST_SIDE_MARGIN * unit
        longest = max(QFontMetricsF(font).horizontalAdvance(line) for line in text.split("\n"))
        self.setFixedWidth(round(min(widest, longest + 2 * pad_x + 2)))
        self.adjustSize()
        self.move(round((parent.width() - self.width()) / 2), round(spacing.TOAST_TOP * unit))
        self.raise_()
        self.show()
        self._timer.start(round(seconds * 1000))
