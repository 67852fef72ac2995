"""All of the current deck's cards as tiles: real miniatures of their fronts, with a caption.

Each miniature is the card's front laid out by `card_front.layout_front` for a screen of this
view's shape (short side 1080 px), painted scaled into its tile once and kept as a pixmap. The grid
is sized to the number of cards and the screen's shape; where the tiles would get too small for
a legible caption it pages instead (PgUp/PgDn, a swipe, or the arrows by the page indicator).
Keys reach the view through the key table: `move`, `first`, `last`, `turn_page`, `activate`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.ui.card import card_face, card_layout
from kompas_kiosk.ui.common import gestures, painting, shadow
from kompas_kiosk.ui.room.overview_grid import (
    CAPTION_GAP_UNITS,
    CAPTION_LINES,
    GAP_UNITS,
    MIN_CARD_UNITS,
    PAGER_UNITS,
    ROW_GAP_UNITS,
    VIRTUAL_SHORT_SIDE,
    Grid,
    Tile,
    plan_grid,
)
from kompas_kiosk.ui.room.overview_pager import paint_page_button, paint_pager
from kompas_kiosk.ui.room.overview_tiles import TileButtons
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

# What the key table's arrow keys mean here: `view.move(*ARROWS[key])`.
ARROWS: dict[str, tuple[int, int]] = {
    "Left": (-1, 0),
    "Right": (1, 0),
    "Up": (0, -1),
    "Down": (0, 1),
}


class OverviewView(QWidget):
    chosen = Signal(int)

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Oversigt over kortene"))
        self._colors = colors
        self._deck: Deck | None = None
        self._selected = 0
        self._grid: Grid | None = None
        self._miniatures: dict[int, QPixmap] = {}
        self._documents: dict[object, QTextDocument] = {}
        self._laid_out_for = QSize()
        self._gestures = gestures.GestureFilter(self)
        self._gestures.swiped.connect(self.turn_page)
        self._gestures.tapped.connect(self._on_tap)
        self._tile_buttons = TileButtons(self, self._open)  # the tiles on the accessibility bus

    # -- state -------------------------------------------------------------------------------

    def set_deck(self, deck: Deck, current_index: int = 0) -> None:
        """Show `deck`'s cards with card `current_index` selected (on its page)."""
        if deck is not self._deck:
            self._deck = deck
            self._invalidate()
        self.select(current_index)

    @property
    def selected(self) -> int:
        return self._selected

    @property
    def count(self) -> int:
        return len(self._deck.cards) if self._deck else 0

    @property
    def page(self) -> int:
        return self._selected // self.grid().per_page

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(self.count / self.grid().per_page))

    def select(self, index: int) -> None:
        if not self.count:
            return
        self._selected = max(0, min(index, self.count - 1))
        self.setAccessibleDescription(self.caption_text(self._selected))
        self._tile_buttons.place(self.tiles(), self.caption_text)
        self.update()

    def move_by_key(self, key: str) -> None:
        """The key table's arrow keys (`ARROWS`)."""
        self.move(*ARROWS[key])

    def move(self, dx: int, dy: int) -> None:  # type: ignore[override]  # the key table's name
        """Move the selection a tile sideways (on along the rows, across pages) or a row up or
        down. At an edge it stays; down into a short last row it goes to the last card."""
        if not self.count:
            return
        columns = self.grid().columns
        index = self._selected + dx + dy * columns
        if dy > 0 and index >= self.count:
            below = self._selected // columns < (self.count - 1) // columns
            index = self.count - 1 if below else self._selected
        if 0 <= index < self.count:
            self.select(index)

    def first(self) -> None:
        self.select(0)

    def last(self) -> None:
        self.select(self.count - 1)

    def turn_page(self, delta: int) -> bool:
        """Show the next (1) or previous (-1) page, selecting the same place on it."""
        page = self.page + delta
        if not self.count or not 0 <= page < self.page_count:
            return False
        per_page = self.grid().per_page
        self.select(page * per_page + self._selected % per_page)
        return True

    def activate(self) -> None:
        if self.count:
            self.chosen.emit(self._selected)

    def caption_text(self, index: int) -> str:
        assert self._deck is not None
        card = self._deck.cards[index]
        return f"{card.number or index + 1} {card.title}"

    # -- layout ------------------------------------------------------------------------------

    def _unit(self) -> float:
        return painting.unit(QRectF(self.rect()))

    def _fresh(self) -> None:
        """Forget what was laid out for another size (a hidden widget gets no resize event)."""
        if self._laid_out_for != self.size():
            self._invalidate()
            self._laid_out_for = self.size()

    def _invalidate(self) -> None:
        self._grid = None
        self._miniatures.clear()
        self._documents.clear()
        self.update()

    def _virtual_size(self) -> QSizeF:
        width, height = max(1, self.width()), max(1, self.height())
        scale = VIRTUAL_SHORT_SIDE / min(width, height)
        return QSizeF(width * scale, height * scale)

    def _document(self, key: str, text: str, units: float, weight: QFont.Weight) -> QTextDocument:
        self._fresh()
        if key not in self._documents:
            u = self._unit()
            self._documents[key] = painting.plain_document(
                text, units * u, self.width() - 2 * spacing.SCREEN_MARGIN * u, weight
            )
        return self._documents[key]

    def _heading(self) -> QTextDocument:
        title = self._deck.title if self._deck else ""
        return self._document("heading", title, typescale.VIEW_HEADING, QFont.Weight.Bold)

    def _subheading(self) -> QTextDocument:
        text = self.tr("%n kort", "", self.count)
        return self._document("subheading", text, typescale.FLOOR, QFont.Weight.Normal)

    def _caption_font(self) -> QFont:
        return typescale.font(typescale.FLOOR * self._unit(), QFont.Weight.DemiBold)

    def caption_px(self) -> float:
        return self._caption_font().pixelSize()

    def _caption_line(self) -> float:
        """The height of one line of caption."""
        self._fresh()
        if "line" not in self._documents:
            self._documents["line"] = painting.text_document("Åg", self._caption_font(), 1e4)
        return self._documents["line"].size().height()

    def _caption_height(self) -> float:
        return CAPTION_GAP_UNITS * self._unit() + CAPTION_LINES * self._caption_line()

    def _area(self, paged: bool) -> QRectF:
        """Where the tiles go: under the heading, above the page buttons, clear of the edges."""
        u = self._unit()
        top = (
            spacing.SCREEN_MARGIN * u
            + self._heading().size().height()
            + self._subheading().size().height()
        )
        top += spacing.OVERVIEW_HEADING_GAP * u
        pager = (PAGER_UNITS + spacing.PAGER_GAP) * u if paged else 0
        bottom = self.height() - spacing.BOTTOM_MARGIN * u - pager
        return QRectF(
            spacing.SCREEN_MARGIN * u,
            top,
            self.width() - 2 * spacing.SCREEN_MARGIN * u,
            bottom - top,
        )

    def grid(self) -> Grid:
        self._fresh()
        if self._grid is None:
            u = self._unit()
            card = card_layout.CardMetrics(self._virtual_size()).card
            for paged in (False, True):
                grid = plan_grid(
                    self.count,
                    self._area(paged).size(),
                    card.width() / card.height(),
                    self._caption_height(),
                    QSizeF(GAP_UNITS * u, ROW_GAP_UNITS * u),
                    MIN_CARD_UNITS * u,
                )
                if grid.per_page >= self.count:
                    break
            self._grid = grid
        return self._grid

    def tiles(self) -> list[Tile]:
        """The tiles of the page on show, rows centred; the grid centred in its area."""
        if not self.count:
            return []
        grid = self.grid()
        paged = self.page_count > 1
        area = self._area(paged)
        u = self._unit()
        gap, row_gap = GAP_UNITS * u, ROW_GAP_UNITS * u
        tile_h = grid.card.height() + self._caption_height()
        start = self.page * grid.per_page
        indices = range(start, min(self.count, start + grid.per_page))
        rows = grid.rows if paged else math.ceil(len(indices) / grid.columns)
        top = area.top() + (area.height() - (rows * tile_h + (rows - 1) * row_gap)) / 2
        tiles = []
        for slot, index in enumerate(indices):
            row, column = divmod(slot, grid.columns)
            in_row = min(grid.columns, len(indices) - row * grid.columns)
            row_w = in_row * grid.card.width() + (in_row - 1) * gap
            x = area.left() + (area.width() - row_w) / 2 + column * (grid.card.width() + gap)
            card = QRectF(QPointF(x, top + row * (tile_h + row_gap)), grid.card)
            caption_top = card.bottom() + CAPTION_GAP_UNITS * u
            lines = CAPTION_LINES * self._caption_line()
            caption = QRectF(x, caption_top, grid.card.width(), lines)
            tiles.append(Tile(index, card, caption))
        return tiles

    def page_buttons(self) -> tuple[QRectF, QRectF]:
        """The tap targets for the previous and the next page (bottom centre, when paged)."""
        u = self._unit()
        size = PAGER_UNITS * u
        top = self.height() - spacing.BOTTOM_MARGIN * u - size
        middle = self.width() / 2
        return (
            QRectF(middle - spacing.PAGER_SPREAD * u - size, top, size, size),
            QRectF(middle + spacing.PAGER_SPREAD * u, top, size, size),
        )

    def page_label(self) -> str:
        return self.tr("Side %d/%d") % (self.page + 1, self.page_count)

    # -- painting ----------------------------------------------------------------------------

    def caption_document(self, index: int) -> QTextDocument:
        """The caption under a miniature: number and title, cut short to two lines."""
        self._fresh()
        key = ("caption", index)
        if key not in self._documents:
            self._documents[key] = self._fit_caption(index, self.grid().card.width())
        return self._documents[key]

    def _fit_caption(self, index: int, width: float) -> QTextDocument:
        assert self._deck is not None
        card = self._deck.cards[index]
        number = painting.escape(card.number or str(index + 1))
        muted = self._colors.on_surround_muted.name()
        words = card.title.split()
        most = CAPTION_LINES * self._caption_line() + 1
        for cut in range(len(words), 0, -1):
            title = " ".join(words[:cut]) + ("" if cut == len(words) else "…")
            html = f'<span style="color:{muted}">{number}</span>&nbsp; {painting.escape(title)}'
            doc = painting.text_document(html, self._caption_font(), width)
            if doc.size().height() <= most:
                break
        return doc

    def _miniature(self, index: int) -> QPixmap:
        self._fresh()
        if index in self._miniatures:
            return self._miniatures[index]
        assert self._deck is not None
        size = self.grid().card
        number = self._deck.cards[index].number
        where = f"{index + 1}/{self.count}"
        position = f"{number} · {where}" if number else where
        pixmap = card_face.miniature(
            self._deck,
            index,
            self._virtual_size(),
            size.width(),
            self._colors,
            position=position,
            ratio=self.devicePixelRatioF(),
        )
        self._miniatures[index] = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        colors = self._colors
        painter.fillRect(self.rect(), colors.surround)
        if self.count:
            u = self._unit()
            heading = self._heading()
            painting.draw_document(
                painter,
                heading,
                QPointF(spacing.SCREEN_MARGIN * u, spacing.SCREEN_MARGIN * u),
                colors.on_surround,
            )
            below = QPointF(
                spacing.SCREEN_MARGIN * u, spacing.SCREEN_MARGIN * u + heading.size().height()
            )
            painting.draw_document(painter, self._subheading(), below, colors.on_surround_muted)
            for tile in self.tiles():
                self._paint_tile(painter, tile, u)
            if self.page_count > 1:
                self._paint_pager(painter, u)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile, u: float) -> None:
        colors = self._colors
        radius = spacing.MINIATURE_RADIUS * u + tile.card.width() * 0.01
        shadow.paint_tile(painter, tile.card, radius, spacing.MINIATURE_SHADOW * u)
        painter.drawPixmap(tile.card.topLeft(), self._miniature(tile.index))
        if tile.index == self._selected:
            ring = QPainterPath()
            ring.addRoundedRect(tile.card.adjusted(-u, -u, u, u), radius + u, radius + u)
            painter.setPen(QPen(colors.on_surround, spacing.SELECTED_STROKE * u))
            painter.drawPath(ring)
            painter.setPen(Qt.PenStyle.NoPen)
        doc = self.caption_document(tile.index)
        painting.draw_document(painter, doc, tile.caption.topLeft(), colors.on_surround)

    def _paint_pager(self, painter: QPainter, u: float) -> None:
        previous, following = self.page_buttons()
        color = self._colors.on_surround
        paint_pager(painter, previous, following, self.page_label(), color, u)
        for rect, step, enabled in (
            (previous, -1, self.page > 0),
            (following, 1, self.page < self.page_count - 1),
        ):
            paint_page_button(painter, rect, step, enabled, color, u)
        painter.setPen(Qt.PenStyle.NoPen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)
        self._tile_buttons.place(self.tiles(), self.caption_text)

    # -- pointer and touch -------------------------------------------------------------------

    def _on_tap(self, where: QPointF) -> None:
        if self.page_count > 1:
            previous, following = self.page_buttons()
            if previous.contains(where) or following.contains(where):
                self.turn_page(-1 if previous.contains(where) else 1)
                return
        for tile in self.tiles():
            if tile.rect.contains(where):
                self._open(tile.index)
                return

    def _open(self, index: int) -> None:
        self.select(index)
        self.chosen.emit(index)
