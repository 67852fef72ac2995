"""The pages of 'Del det halvfærdige' when not every note fits on the sheet at the smallest size.

Page 1 is the newest notes that fit (with the text being written); each next page the older ones
before them, down to the oldest. The clicker's 'back' turns to older pages, 'next' to newer.
"""

from __future__ import annotations

from collections.abc import Sequence


def split_pages(heights: Sequence[float], room: float, gap: float) -> list[tuple[int, int]]:
    """(start, end) of each page's items, newest page first; `heights` are oldest first.

    Items are stacked with `gap` between them in `room`; an item taller than `room` has a page
    of its own (its whole lines are shown)."""
    pages: list[tuple[int, int]] = []
    end = len(heights)
    used = 0.0
    for index in range(len(heights) - 1, -1, -1):
        height = heights[index] + (gap if index < end - 1 else 0.0)
        if used + height > room and index < end - 1:
            pages.append((index + 1, end))
            end, used = index + 1, heights[index]
        else:
            used += height
    if end > 0:
        pages.append((0, end))
    return pages
