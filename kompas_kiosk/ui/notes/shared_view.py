"""'Del det halvfærdige': the current card's notes, large, for the whole room to read.

The notes sit on a sheet of paper like the card's, newest at the bottom, and the facilitator's
unsent text below them in italic with a caret, so the room sees the note being written; notes
marked by group stand under their group's heading. Where each text goes, and how large, is
`shared_layout`'s; when not all fit, the clicker's 'back' turns to the older notes (`turn_page`).

When the notes panel covers part of the screen, ``set_covered`` keeps the sheet beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.notes.shared_layout import Item, ShareLayout, layout_shared, share_label
from kompas_kiosk.ui.theme import spacing
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme


class SharedNotesView(QWidget):
    """A view of the room window; the window gives it the card, its notes and the draft."""

    def __init__(
        self, lang: str = "da", colors: Theme = DEFAULT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sharedNotesView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._deck: Deck | None = None
        self._index = self._page = 0
        self._notes: list[str] = []
        self._groups: list[str] | None = None
        self._draft, self._draft_group = "", ""
        self._covered: QRect | None = None
        self._layout: ShareLayout | None = None
        self.setAccessibleName(share_label())

    def set_notes(
        self,
        deck: Deck | None,
        card_index: int,
        notes: Sequence[str],
        draft: str = "",
        groups: Sequence[str] | None = None,
        draft_group: str = "",
    ) -> None:
        """The card shown, its notes oldest first, and the text being written ('' for none);
        another card starts at its newest notes. `groups`: each note's group ('' none; None:
        no groups), `draft_group` the draft's: with any, the notes stand under their groups."""
        if (deck, card_index) != (self._deck, self._index):
            self._page = 0
        self._deck, self._index = deck, card_index
        self._notes, self._draft = [str(text) for text in notes], draft
        self._groups = None if groups is None else [str(group) for group in groups]
        self._draft_group = draft_group
        self._layout = None
        self.setAccessibleDescription("\n".join([*self._notes, draft]).strip())
        self.update()

    def turn_page(self, older: int) -> bool:
        """Turn `older` pages towards the oldest notes (negative: the newest); False: none."""
        page = self.share_layout().page + older
        if not 0 <= page < self.share_layout().pages:
            return False
        self._page, self._layout = page, None
        self.update()
        return True

    def set_covered(self, rect: QRect | None) -> None:
        """The part of this view hidden under another panel (None: nothing is)."""
        self._covered = QRect(rect) if rect is not None and not rect.isEmpty() else None
        self._layout = None
        self.update()

    def share_layout(self) -> ShareLayout:
        """The layout as painted (for the tests and the legibility check)."""
        if self._layout is None:
            self._layout = layout_shared(
                QSizeF(self.size()),
                QRectF(self._covered) if self._covered is not None else None,
                self._heading(),
                self._notes,
                self._draft,
                self._colors,
                self._page,
                self._groups,
                self._draft_group,
            )
        return self._layout

    def _heading(self) -> str:
        deck = self._deck
        if deck is None or not 0 <= self._index < len(deck.cards):
            return ""
        parts = (deck.card_heading(self._index).upper(), deck.cards[self._index].title)
        return " · ".join(part for part in parts if part)

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self._layout = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self._colors.surround)
        paint_shared(painter, self.share_layout(), self._colors)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout = None
        super().resizeEvent(event)


def paint_shared(painter: QPainter, layout: ShareLayout, colors: Theme = DEFAULT) -> None:
    u = layout.unit
    path = QPainterPath()
    radius = spacing.CARD_RADIUS * u
    path.addRoundedRect(layout.paper, radius, radius)
    for step, alpha in ((3, 26), (2, 34), (1, 44)):
        offset = radius * 0.25 * step
        painter.fillPath(path.translated(0, offset), QColor(0, 0, 0, alpha))
    painter.fillPath(path, colors.paper)
    notes_top = None
    for item in layout.items:
        if item.kind in ("note", "draft", "group", "more", "empty") and notes_top is None:
            notes_top = item.pos.y()
        if item.kind in ("note", "draft"):
            _paint_bar(painter, item, u, colors)
        painter.save()
        painter.setClipRect(QRectF(item.pos.x(), item.pos.y(), layout.paper.width(), item.height))
        painting.draw_document(
            painter, item.doc, QPointF(item.pos.x(), item.pos.y() - item.clip_top), item.color
        )
        painter.restore()
        if item.kind == "draft":
            _paint_caret(painter, item, colors)
    if notes_top is not None:
        y = notes_top - spacing.NOTES_RULE_GAP / 2 * u
        left, right = (
            layout.paper.left() + spacing.NOTES_PAD * u,
            layout.paper.right() - spacing.NOTES_PAD * u,
        )
        painter.fillRect(
            QRectF(left, y, right - left, max(1.0, spacing.NOTES_RULE * u)), colors.rule
        )


def _paint_bar(painter: QPainter, item: Item, u: float, colors: Theme) -> None:
    inset = spacing.NOTE_BAR_INSET * u
    rect = QRectF(
        item.pos.x() - spacing.NOTE_BAR_SPACE * u,
        item.pos.y() + inset,
        spacing.NOTE_BAR_WIDTH * u,
        item.height - 2 * spacing.NOTE_BAR_INSET * u,
    )
    color = QColor(colors.accent)
    if item.kind == "draft":
        color.setAlpha(110)
    painter.fillRect(rect, color)


def _paint_caret(painter: QPainter, item: Item, colors: Theme) -> None:
    """A steady text cursor after the last character: the note is being written."""
    block = item.doc.lastBlock()
    text_layout = block.layout()
    if text_layout.lineCount() == 0:
        return
    line = text_layout.lineAt(text_layout.lineCount() - 1)
    origin = item.doc.documentLayout().blockBoundingRect(block).topLeft()
    # PySide6 returns (x, position) where its stub says object
    to_x = line.cursorToX(block.length() - 1)[0]  # type: ignore[index]
    x = item.pos.x() + origin.x() + to_x + 0.08 * item.pixel_size
    y = item.pos.y() - item.clip_top + origin.y() + line.y()
    width = max(2.0, 0.09 * item.pixel_size)
    painter.fillRect(QRectF(x, y + 0.1 * line.height(), width, 0.8 * line.height()), colors.accent)
