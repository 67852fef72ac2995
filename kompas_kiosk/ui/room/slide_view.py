"""The room screen's view of a programme's text slide: the slide, large, in the card's look.

It paints what `slide_layout` laid out, once per slide and size; the room never sees the plan,
only the step. Clicks and taps move on as on a card (`next_requested`, `previous_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.programmes.model import Slide
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.text_roles import text_sizes
from kompas_kiosk.ui.room.slide_layout import SlideLayout, paged_slide, paint_slide
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme


def slide_words(slide: Slide) -> str:
    """The slide's text in reading order, for a screen reader."""
    parts = [slide.kicker, slide.title, slide.subtitle, slide.text, slide.attribution]
    parts += [*slide.lines, *slide.items, *slide.row_labels, *slide.column_labels]
    for panel in (*slide.columns, *slide.cells):
        parts += [panel.title, panel.text, *panel.items]
    return ". ".join(part for part in parts if part)


class SlideView(QWidget):
    next_requested = Signal()
    previous_requested = Signal()
    page_turned = Signal()  # a full slide's page in the room changed

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.colors = colors
        self.slide: Slide | None = None
        self._layout: SlideLayout | None = None
        self._lang = "da"
        self._room: Room | None = None  # the room's smallest text; None: today's sizes
        self._page, self._pages = 0, 1  # a slide too full for the room: its pages

    def set_slide(self, slide: Slide, lang: str = "da") -> None:
        if slide != self.slide or lang != self._lang:
            self.slide, self._layout, self._lang, self._page = slide, None, lang, 0
            self.setAccessibleName(slide_words(slide))
            self.update()

    def set_room(self, room: Room | None) -> None:
        self._room, self._layout, self._page = room, None, 0
        self.update()

    def page_count(self) -> int:
        """The pages of the slide in the room (1 when it fits, or without a room)."""
        self.slide_layout()
        return self._pages

    def show_page(self, page: int) -> None:
        if page != self._page:
            self._page, self._layout = page, None
            self.update()
            self.page_turned.emit()

    def slide_layout(self) -> SlideLayout | None:
        if self.slide is None:
            return None
        size = QSizeF(self.size())
        if self._layout is None or self._layout.size != size:
            sizes = text_sizes(self._room, size.width(), size.height())
            args = (self.slide, size, self._lang, sizes, self._page)
            self._layout, self._pages = paged_slide(*args)
        return self._layout

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self.colors = colors
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        layout = self.slide_layout()
        if layout is None:
            painter.fillRect(self.rect(), self.colors.surround)
        else:
            paint_slide(painter, layout, self.colors)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            forward = event.position().x() >= self.width() / 3
            (self.next_requested if forward else self.previous_requested).emit()
