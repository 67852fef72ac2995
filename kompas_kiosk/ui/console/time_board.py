"""The console's figures, large enough to read from two metres: the time of day, the countdown,
and with a programme the step's time left and the programme's elapsed time.

Each figure is a caption over digits; `set_figure` fills one, `show_figure` hides the ones a deck
has no use for. Sizes follow the console's unit (1% of its short side, as `typescale`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from kompas_kiosk.ui.theme import typescale

DIGITS = typescale.QUESTION + 0.5  # the figures (5.5% of the short side: 44 px on a laptop)
CAPTION = typescale.FLOOR
FIGURES = ("clock", "countdown", "step", "elapsed")


class TimeBoard(QWidget):
    def __init__(self, captions: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeBoard")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.captions: dict[str, QLabel] = {}
        self.figures: dict[str, QLabel] = {}
        for column, name in enumerate(FIGURES):
            caption = QLabel(captions[name], self)
            caption.setObjectName(f"{name}Caption")
            caption.setProperty("role", "caption")
            figure = QLabel(self)
            figure.setObjectName(f"{name}Figure")
            figure.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBaseline)
            self._grid.addWidget(caption, 0, column)
            self._grid.addWidget(figure, 1, column)
            self.captions[name], self.figures[name] = caption, figure
        self.set_unit(8.0)

    def set_unit(self, unit: float) -> None:
        self._grid.setHorizontalSpacing(round(4 * unit))
        self._grid.setVerticalSpacing(0)
        for name in FIGURES:
            self.captions[name].setFont(typescale.font(CAPTION * unit))
            self.figures[name].setFont(typescale.font(DIGITS * unit, QFont.Weight.Bold))

    def set_figure(self, name: str, text: str, color: str | None = None) -> None:
        label = self.figures[name]
        label.setText(text)
        label.setStyleSheet(f"color: {color};" if color else "")

    def set_caption(self, name: str, text: str) -> None:
        self.captions[name].setText(text)

    def show_figure(self, name: str, shown: bool) -> None:
        self.captions[name].setVisible(shown)
        self.figures[name].setVisible(shown)
