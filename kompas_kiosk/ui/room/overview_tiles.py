"""The overview's tiles as a screen reader sees them: one button per card on the page on show.

The tiles are painted by the overview; these buttons paint nothing and take neither the mouse
nor the focus (taps and keys stay the overview's). They sit where the tiles are drawn, named
by the tile's caption, so the accessibility bus lists every card on the page, and a screen
reader's "press" opens one. (A checkable button would read as a check box: the selected card is
the overview's own description.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QPushButton, QWidget

from kompas_kiosk.ui.room.overview_grid import Tile


class TileButton(QPushButton):
    """One tile's stand-in on the accessibility bus; it is never drawn."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.index = -1

    def paintEvent(self, event: QPaintEvent) -> None:
        pass


class TileButtons:
    """The buttons over the tiles of the page on show; `place` follows the view's tiles."""

    def __init__(self, view: QWidget, chosen: Callable[[int], None]) -> None:
        self._view = view
        self._chosen = chosen
        self._buttons: list[TileButton] = []

    def place(self, tiles: list[Tile], caption: Callable[[int], str]) -> None:
        while len(self._buttons) < len(tiles):
            button = TileButton(self._view)
            button.clicked.connect(lambda _=False, b=button: self._chosen(b.index))
            self._buttons.append(button)
        for button, tile in zip(self._buttons, tiles, strict=False):
            button.index = tile.index
            button.setGeometry(tile.rect.toAlignedRect())
            button.setAccessibleName(caption(tile.index))
            button.show()
        for button in self._buttons[len(tiles) :]:
            button.hide()
