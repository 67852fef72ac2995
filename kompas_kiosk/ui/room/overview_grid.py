"""The overview's grid: how many columns and rows of miniatures, and how large, for a screen.

Sizes are in units of 1% of the screen's short side. `plan_grid` picks the grid with the fewest
pages, then the largest miniatures; `Tile` is where one card is drawn on its page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF

VIRTUAL_SHORT_SIDE = 1080.0  # miniatures are laid out for a screen of this short side
MIN_CARD_UNITS = 22.0  # no miniature, and so no caption, narrower than this
GAP_UNITS = 3.0  # between tiles side by side
ROW_GAP_UNITS = 4.0  # between a caption and the row under it
CAPTION_GAP_UNITS = 2.0  # between a miniature and its caption
CAPTION_LINES = 2
PAGER_UNITS = 8.0  # the page buttons: a comfortable touch target


@dataclass(frozen=True)
class Grid:
    columns: int
    rows: int
    card: QSizeF  # the size of one miniature

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


@dataclass(frozen=True)
class Tile:
    """Where card `index` is drawn on its page: the miniature and the caption under it."""

    index: int
    card: QRectF
    caption: QRectF

    @property
    def rect(self) -> QRectF:
        return self.card.united(self.caption)


def plan_grid(
    count: int, area: QSizeF, aspect: float, caption: float, gap: QSizeF, smallest: float
) -> Grid:
    """The grid with the fewest pages, then the largest miniatures, none narrower than
    `smallest`. A lone card is kept to about half the width, so it still reads as an overview."""
    count = max(1, count)
    largest = area.width() * (0.6 if area.height() > area.width() else 0.46)
    best: tuple[tuple[int, float], Grid] | None = None
    for columns in range(1, count + 1):
        width = (area.width() - (columns - 1) * gap.width()) / columns
        for rows in range(1, math.ceil(count / columns) + 1):
            height = (area.height() - (rows - 1) * gap.height()) / rows - caption
            card_w = min(width, height * aspect, largest)
            if card_w < smallest and (columns, rows) != (1, 1):
                continue
            score = (math.ceil(count / (columns * rows)), -card_w)
            if best is None or score < best[0]:
                best = (score, Grid(columns, rows, QSizeF(card_w, card_w / aspect)))
    assert best is not None  # one column and one row is always a candidate
    return best[1]
