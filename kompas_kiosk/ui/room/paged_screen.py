"""The room's pages as the controller turns them (`core/room/card_pages.PagedView`): a long
card's read-along pages on the card, a full slide's pages on a programme's slide, whichever the
room shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.room.card_view import CardView


class PagedScreen:
    """Pages of what the room window shows now (`shown()`): the card, or else a slide."""

    def __init__(self, card: CardView, shown: Callable[[], QWidget | None]) -> None:
        self._card, self._shown = card, shown

    def _paged(self) -> CardView | None:
        from kompas_kiosk.ui.room.slide_view import SlideView

        shown = self._shown()
        return shown if isinstance(shown, CardView | SlideView) else None  # type: ignore[return-value]

    def page_count(self) -> int:
        paged = self._paged()
        return paged.page_count() if paged is not None else 1

    def show_page(self, page: int) -> None:
        paged = self._paged()
        if paged is not None:
            paged.show_page(page)
