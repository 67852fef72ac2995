"""A picture of a programme step the room has not shown yet, for the console's "next" preview.

A card or exercise step is its card, laid out for the room's screen (`card_face.miniature`); a
slide, the plenum or a break is drawn as a sheet of paper with the step's kind and title, until
the room draws steps itself (then `ConsoleWindow.step_picture` can be given the room's own
drawing).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef, Step
from kompas_kiosk.core.programmes.words import SHORT_KINDS
from kompas_kiosk.ui.card import card_face
from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import Theme


def find_deck(loaded: list[LoadedDeck], deck_id: str, lang: str) -> Deck | None:
    for item in loaded:
        deck = item.deck_for(lang) if item.ok else None
        if deck is not None and deck.id == deck_id:
            return deck
    return None


def step_picture(
    step: Step,
    title: str,
    loaded: list[LoadedDeck],
    lang: str,
    screen: QSizeF,
    width: int,
    colors: Theme,
) -> QPixmap:
    part = step.part
    kind = SHORT_KINDS[step.kind].format(lang)
    if isinstance(part, (CardRef, ExerciseRef)):
        deck = find_deck(loaded, part.deck, lang)
        index = deck.find_card(part.number) if deck is not None else None
        if deck is not None and index is not None:
            back = isinstance(part, CardRef) and part.face == "back"
            return card_face.miniature(deck, index, screen, width, colors, back=back)
    height = max(1, round(width * screen.height() / max(1.0, screen.width())))
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = min(width, height) / 100.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.paper)
    painter.drawRoundedRect(QRectF(0, 0, width, height), 2 * unit, 2 * unit)
    pad = 8 * unit
    painter.setPen(QColor(colors.accent))
    painter.setFont(typescale.font(6 * unit, QFont.Weight.DemiBold))
    painter.drawText(QRectF(pad, pad, width - 2 * pad, 10 * unit), kind.upper())
    painter.setPen(colors.ink)
    painter.setFont(typescale.font(11 * unit, QFont.Weight.Bold))
    area = QRectF(pad, pad + 14 * unit, width - 2 * pad, height - 2 * pad - 14 * unit)
    painter.drawText(area, int(Qt.TextFlag.TextWordWrap), title)
    painter.end()
    return pixmap
