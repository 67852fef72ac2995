"""The room screen's view of a programme's text slide: the slide, large, in the card's look.

It paints what `slide_layout` laid out, once per slide and size; the room never sees the plan,
only the step. Clicks and taps move on as on a card (`next_requested`, `previous_requested`).
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.programmes.model import Slide
from kompas_kiosk.ui.room.slide_layout import SlideLayout, layout_slide, paint_slide
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

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.colors = colors
        self.slide: Slide | None = None
        self._layout: SlideLayout | None = None
        self._lang = "da"

    def set_slide(self, slide: Slide, lang: str = "da") -> None:
        if slide != self.slide or lang != self._lang:
            self.slide, self._layout, self._lang = slide, None, lang
            self.setAccessibleName(slide_words(slide))
            self.update()

    def slide_layout(self) -> SlideLayout | None:
        if self.slide is None:
            return None
        size = QSizeF(self.size())
        if self._layout is None or self._layout.size != size:
            self._layout = layout_slide(self.slide, size, self._lang)
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
