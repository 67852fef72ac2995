"""A calm screen of deck tiles: choose with arrows and Enter, a click or a tap.

The open deck's tile says so, a line at the bottom gives the keys, and every title is set in
one size: the size the longest word needs, so no deck looks smaller than the others."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.programmes.model import LoadedProgramme
from kompas_kiosk.ui.common import icons, painting
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

ICON_SCALE = 1.15  # a tile's icon, a little larger than its title's text


@dataclass(frozen=True)
class Tile:
    title: str
    lines: tuple[str, ...]
    broken: bool


class DeckChooser(QWidget):
    chosen = Signal(int)  # a deck, by its place in the loaded list
    programme_chosen = Signal(str)  # a programme, by its id (its tiles follow the decks')

    def __init__(self, lang: str = "da", colors: Theme = DEFAULT, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deckChooser")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Vælg kortsæt"))
        self._lang = lang
        self._colors = colors
        self._tiles: list[Tile] = []
        self._selected = 0
        self._open: int | None = None
        self._programmes: list[tuple[str, Tile]] = []  # (id, tile), after the decks' tiles

    def set_decks(
        self, decks: list[LoadedDeck], selected: int = 0, open_deck: Deck | None = None
    ) -> None:
        """The decks' tiles, `selected` marked for the keys, `open_deck` the one open now."""
        self._tiles = [self._tile(loaded) for loaded in decks]
        self._tiles += [tile for _, tile in self._programmes]
        self._selected = max(0, min(selected, len(self._tiles) - 1))
        ids = [loaded.deck_id for loaded in decks]
        self._open = ids.index(open_deck.id) if open_deck and open_deck.id in ids else None
        self.update()

    def set_lang(self, lang: str) -> None:
        """Tiles in `lang` from the next `set_decks` and `set_programmes`."""
        self._lang = lang
        self.setAccessibleName(self.tr("Vælg kortsæt"))

    @property
    def open_index(self) -> int | None:
        return self._open

    def hint_text(self) -> str:
        portrait = self.height() > self.width()  # the tiles stacked: up and down
        hint = self.tr("↑ ↓ vælg · Enter åbn") if portrait else self.tr("← → vælg · Enter åbn")
        if self._open is not None:
            hint += self.tr(" · Esc tilbage til kortet")
        return hint

    def _tile(self, loaded: LoadedDeck) -> Tile:
        deck = loaded.deck_for(self._lang)
        if deck is None or not loaded.ok:
            count = len(loaded.problems)
            first = loaded.problems[0].format(self._lang) if loaded.problems else ""
            return Tile(
                loaded.title,
                (self.tr("Kan ikke vises: %n fejl i filen", "", count), first),
                True,
            )
        lines = [deck.subtitle or ""]
        lines.append(self.tr("%n kort", "", len(deck.cards)))
        return Tile(deck.title, tuple(line for line in lines if line), False)

    @property
    def selected(self) -> int:
        return self._selected

    def move(self, delta: int) -> None:  # type: ignore[override]  # the key table's name
        if self._tiles:
            self._selected = (self._selected + delta) % len(self._tiles)
            self.setAccessibleDescription(self._tiles[self._selected].title)
            self.update()

    def activate(self) -> None:
        if self._tiles:
            self._choose(self._selected)

    def set_programmes(self, programmes: list[LoadedProgramme]) -> None:
        """Programmes are offered as tiles after the decks'."""
        decks = len(self._tiles) - len(self._programmes)
        self._programmes = [(item.programme_id, self._programme_tile(item)) for item in programmes]
        self._tiles = self._tiles[:decks] + [tile for _, tile in self._programmes]
        self.update()

    def _programme_tile(self, loaded: LoadedProgramme) -> Tile:
        programme = loaded.programme_for(self._lang)
        if programme is None or not loaded.ok:
            first = loaded.problems[0].format(self._lang) if loaded.problems else ""
            count = len(loaded.problems)
            title = loaded.programme_id
            return Tile(title, (self.tr("Kan ikke vises: %n fejl i filen", "", count), first), True)
        steps = self.tr("Program · %n trin", "", len(programme.steps))
        minutes = self.tr("%n min", "", programme.planned_minutes)
        return Tile(programme.title, (f"{steps} · {minutes}",), False)

    def _choose(self, index: int) -> None:
        decks = len(self._tiles) - len(self._programmes)
        if index < decks:
            self.chosen.emit(index)
        elif not self._tiles[index].broken:
            self.programme_chosen.emit(self._programmes[index - decks][0])

    # -- layout and painting -----------------------------------------------------------------

    def tile_rects(self) -> list[QRectF]:
        area = QRectF(self.rect())
        u = painting.unit(area)
        top = area.top() + spacing.CHOOSER_TOP * u
        count = max(1, len(self._tiles))
        portrait = area.height() > area.width()
        gap = spacing.CHOOSER_GAP * u
        if portrait:
            width = area.width() - 2 * spacing.SCREEN_MARGIN * u
            height = min(
                spacing.TILE_HEIGHT_MAX_STACKED * u,
                (area.bottom() - top - spacing.SCREEN_MARGIN * u - gap * (count - 1)) / count,
            )
            return [
                QRectF(spacing.SCREEN_MARGIN * u, top + i * (height + gap), width, height)
                for i in range(count)
            ]
        columns = min(count, 3)
        inner = area.width() - 2 * spacing.SCREEN_MARGIN * u
        while columns > 1 and (inner - gap * (columns - 1)) / columns < spacing.TILE_WIDTH_MIN * u:
            columns -= 1  # a 4:3 screen: two tiles a row, so a deck's name stays whole
        rows = (count + columns - 1) // columns
        width = (inner - gap * (columns - 1)) / columns
        hint = typescale.FLOOR * u * 1.6 + gap  # the keys' hint stays under the tiles
        height = min(
            spacing.TILE_HEIGHT_MAX * u,
            (area.bottom() - top - spacing.SCREEN_MARGIN * u - hint - gap * (rows - 1)) / rows,
        )
        return [
            QRectF(
                spacing.SCREEN_MARGIN * u + (i % columns) * (width + gap),
                top + (i // columns) * (height + gap),
                width,
                height,
            )
            for i in range(count)
        ]

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors
        area = QRectF(self.rect())
        painter.fillRect(area, colors.surround)
        u = painting.unit(area)
        heading = painting.plain_document(
            self.tr("Vælg kortsæt"),
            typescale.VIEW_HEADING * u,
            area.width() - 2 * spacing.SCREEN_MARGIN * u,
            QFont.Weight.Bold,
        )
        painting.draw_document(
            painter,
            heading,
            QPointF(spacing.SCREEN_MARGIN * u, spacing.HEADING_TOP * u),
            colors.on_surround,
        )
        rects = self.tile_rects()
        title_size = self.title_size(rects, u)
        for index, (tile, rect) in enumerate(zip(self._tiles, rects, strict=True)):
            self._paint_tile(
                painter, tile, rect, index == self._selected, u, title_size, index == self._open
            )
        hint = painting.plain_document(
            self.hint_text(), typescale.FLOOR * u, area.width() - 2 * spacing.SCREEN_MARGIN * u
        )
        y = area.bottom() - spacing.SCREEN_MARGIN * u - hint.size().height()
        if not rects or y > max(rect.bottom() for rect in rects) + spacing.CHOOSER_GAP * u:
            painting.draw_document(
                painter, hint, QPointF(spacing.SCREEN_MARGIN * u, y), colors.on_surround
            )
        painter.end()

    def title_size(self, rects: list[QRectF], u: float) -> float:
        """One size for every title: the largest at which each title's longest word fits."""
        size = typescale.TILE_TITLE * u
        for tile, rect in zip(self._tiles, rects, strict=True):
            icon_size = round(typescale.TILE_TITLE * u * ICON_SCALE)
            width = rect.width() - 2 * spacing.TILE_PAD * u - icon_size - spacing.TILE_GAP * u
            title = painting.plain_document(tile.title, size, width, QFont.Weight.Bold)
            while title.idealWidth() > width + 1 and size > typescale.FLOOR * u:
                size = max(typescale.FLOOR * u, size * 0.92)  # a long word: smaller, never broken
                title = painting.plain_document(tile.title, size, width, QFont.Weight.Bold)
        return size

    def _paint_tile(
        self,
        painter: QPainter,
        tile: Tile,
        rect: QRectF,
        selected: bool,
        u: float,
        title_size: float,
        is_open: bool,
    ) -> None:
        colors = self._colors
        path = QPainterPath()
        path.addRoundedRect(rect, spacing.TILE_RADIUS * u, spacing.TILE_RADIUS * u)
        painter.fillPath(path, colors.paper)
        if selected:
            pen = QPen(colors.focus, spacing.FOCUS_STROKE * u)
            painter.setPen(pen)
            painter.drawPath(path.translated(0, 0))
            painter.setPen(Qt.PenStyle.NoPen)
        pad = spacing.TILE_PAD * u
        icon_size = round(typescale.TILE_TITLE * u * ICON_SCALE)
        icon = icons.pixmap(
            icons.WARNING if tile.broken else icons.DECK,
            (colors.warning_ink if tile.broken else colors.accent).name(),
            icon_size,
        )
        indent = icon_size + spacing.TILE_GAP * u if icon is not None else 0.0
        width = rect.width() - 2 * pad
        title = painting.plain_document(tile.title, title_size, width - indent, QFont.Weight.Bold)
        bottom = rect.bottom() - pad / 2
        if is_open:
            mark = painting.plain_document(
                self.tr("● Åben nu"), typescale.FLOOR * u, width, QFont.Weight.Bold
            )
            bottom = rect.bottom() - pad / 2 - mark.size().height()
            painting.draw_document(painter, mark, QPointF(rect.left() + pad, bottom), colors.accent)
        y = rect.top() + pad
        if icon is not None:
            painter.drawPixmap(QPointF(rect.left() + pad, y + spacing.TILE_ICON_DROP * u), icon)
        painting.draw_document(painter, title, QPointF(rect.left() + pad + indent, y), colors.ink)
        y += title.size().height() + spacing.TILE_GAP * u
        for number, line in enumerate(tile.lines):
            color = colors.accent if number == 0 and not tile.broken else colors.muted
            if tile.broken and number == 0:
                color = colors.ink
            doc = painting.plain_document(line, typescale.FLOOR * u, width)
            if y + doc.size().height() > bottom:
                break
            painting.draw_document(painter, doc, QPointF(rect.left() + pad, y), color)
            y += doc.size().height() + spacing.TILE_LINE_GAP * u

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        for index, rect in enumerate(self.tile_rects()):
            if rect.contains(event.position()):
                self._selected = index
                self.update()
                self._choose(index)
                return
