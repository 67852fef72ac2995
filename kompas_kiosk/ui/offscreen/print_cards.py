"""Cards on paper for the tables: every card's front and back in a PDF for duplex printing.

The cards are laid out and painted by the screen's own code (`layout_front`, `layout_back`,
`paint_card`), laid out at the printed card's size in pixels of the writer's 300 dpi, so the
paper card breaks its lines as a screen of that size would, with vector text and the bundled
fonts embedded.

Each front page is followed by its back page. On a back page each card sits where its front
sits, mirrored left to right, so a sheet printed on both sides (turned on its long edge) has
every back behind its front. A5 and A6 hold one card filling the page. A4 (portrait) holds two
cards of 180 × 127 mm (the A-series proportion), one above the other with crop marks around
them: two cards a sheet halves the paper, and a card of that size reads at arm's length; stacked,
the backs stay behind their fronts whichever way the printer turns the sheet on its long edge.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kompas_kiosk.core.decks.content import check_deck_option, load_content
from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.errors import EnvironmentProblem
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.content import check_programme_option, load_programme_content
from kompas_kiosk.ui.theme import spacing

DPI = 300
MM = DPI / 25.4  # pixels of the writer in a millimetre
MARK_OFFSET_MM = 2.0  # the gap between a card's corner and its crop marks
MARK_LENGTH_MM = 6.0


@dataclass(frozen=True)
class Paper:
    """A sheet (width × height, mm) and where its cards go on it (left, top, width, height)."""

    size: tuple[float, float]
    slots: tuple[tuple[float, float, float, float], ...]
    marks: bool


_A4_CARD = (180.0, 180.0 / 2**0.5)
_A4_GAP = (297.0 - 2 * _A4_CARD[1]) / 3
PAPERS: dict[str, Paper] = {
    "a6": Paper((148.0, 105.0), ((0.0, 0.0, 148.0, 105.0),), marks=False),
    "a5": Paper((210.0, 148.0), ((0.0, 0.0, 210.0, 148.0),), marks=False),
    "a4": Paper(
        (210.0, 297.0),
        tuple(
            ((210.0 - _A4_CARD[0]) / 2, _A4_GAP + row * (_A4_CARD[1] + _A4_GAP), *_A4_CARD)
            for row in range(2)
        ),
        marks=True,
    ),
}

_TEXT: dict[str, Text] = {
    "deck_problems": Text(
        "kortsættet „{deck}“ har fejl; ret dem først (kompas-kiosk check)",
        "the deck '{deck}' has problems; fix them first (kompas-kiosk check)",
    ),
    "programme_problems": Text(
        "programmet „{programme}“ har fejl; ret dem først (kompas-kiosk check)",
        "the programme '{programme}' has problems; fix them first (kompas-kiosk check)",
    ),
    "no_cards": Text(
        "programmet „{programme}“ viser ingen kort", "the programme '{programme}' shows no cards"
    ),
    "unwritable": Text("kan ikke skrive {file}: {reason}", "cannot write {file}: {reason}"),
}


@dataclass(frozen=True)
class PrintedCard:
    deck: Deck
    index: int

    @property
    def position(self) -> str:
        """The footer's quiet position, as the room shows it: '07 · 7/12'."""
        where = f"{self.index + 1}/{len(self.deck.cards)}"
        number = self.deck.cards[self.index].number
        return f"{number} · {where}" if number else where


def _ok_deck(decks: list[LoadedDeck], deck_id: str, lang: str) -> LoadedDeck:
    loaded = next(d for d in decks if d.deck_id == deck_id)
    if loaded.deck is None or not loaded.ok:
        for problem in loaded.problems:
            print(problem.format(lang), file=sys.stderr)
        raise EnvironmentProblem(_TEXT["deck_problems"].format(lang, deck=deck_id))
    return loaded


def deck_cards(decks: list[LoadedDeck], deck_id: str, lang: str) -> list[PrintedCard]:
    """Every card of a deck, in the deck's order, in `lang` where it is translated."""
    check_deck_option(decks, deck_id, lang)
    deck = _ok_deck(decks, deck_id, lang).deck_for(lang)
    assert deck is not None
    return [PrintedCard(deck, index) for index in range(len(deck.cards))]


def programme_cards(
    content: list[Path], decks: list[LoadedDeck], programme_id: str, lang: str
) -> list[PrintedCard]:
    """The cards a programme's card and exercise steps show, in the order run, each once."""
    programmes = load_programme_content(content, decks)
    check_programme_option(programmes, programme_id, lang)
    loaded = next(p for p in programmes if p.programme_id == programme_id)
    programme = loaded.programme_for(lang)
    if programme is None or not loaded.ok:
        for problem in loaded.problems:
            print(problem.format(lang), file=sys.stderr)
        raise EnvironmentProblem(_TEXT["programme_problems"].format(lang, programme=programme_id))
    cards: list[PrintedCard] = []
    seen: set[tuple[str, int]] = set()
    for step in programme.steps:
        part = step.part
        if part.kind not in ("card", "exercise"):
            continue
        deck = _ok_deck(decks, part.deck, lang).deck_for(lang)  # type: ignore[union-attr]
        assert deck is not None
        index = deck.find_card(part.number)  # type: ignore[union-attr]
        if index is not None and (part.deck, index) not in seen:  # type: ignore[union-attr]
            seen.add((part.deck, index))  # type: ignore[union-attr]
            cards.append(PrintedCard(deck, index))
    if not cards:
        raise EnvironmentProblem(_TEXT["no_cards"].format(lang, programme=programme_id))
    return cards


def print_cards(
    content: list[Path],
    deck_id: str | None,
    programme_id: str | None,
    paper: str,
    output: Path,
    lang: str,
) -> int:
    """Write the cards of a deck or a programme to `output` as a PDF; print its path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    decks = load_content(content)
    if programme_id is not None:
        cards = programme_cards(content, decks, programme_id, lang)
    else:
        assert deck_id is not None
        cards = deck_cards(decks, deck_id, lang)
    from kompas_kiosk.ui.application import application

    application(lang=lang)
    data = cards_pdf(cards, PAPERS[paper])
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise EnvironmentProblem(
            _TEXT["unwritable"].format(lang, file=output, reason=reason)
        ) from None
    print(output)
    return 0


def cards_pdf(cards: list[PrintedCard], paper: Paper) -> bytes:
    """The PDF's bytes: for each sheet of cards a front page, then its back page."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setCreator("Kompas Kiosk")
    writer.setTitle(" · ".join(dict.fromkeys(card.deck.title for card in cards)))
    width, height = paper.size
    # A page size is portrait; a landscape page is that size turned.
    page = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    turned = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(QPageLayout(page, turned, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    per_sheet = len(paper.slots)
    sheets = [cards[start : start + per_sheet] for start in range(0, len(cards), per_sheet)]
    for number, sheet in enumerate(sheets):
        if number:
            writer.newPage()
        _paint_page(painter, sheet, paper, back=False)
        writer.newPage()
        _paint_page(painter, sheet, paper, back=True)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _slot_rect(paper: Paper, slot: int, back: bool):
    """Where a card goes on the page in writer pixels; on a back page, mirrored left to right."""
    from PySide6.QtCore import QRectF

    left, top, width, height = paper.slots[slot]
    if back:
        left = paper.size[0] - left - width
    return QRectF(left * MM, top * MM, width * MM, height * MM)


def _paint_page(painter, sheet: Iterable[PrintedCard], paper: Paper, *, back: bool) -> None:
    from kompas_kiosk.ui.card.card_back import layout_back
    from kompas_kiosk.ui.card.card_face import paint_card
    from kompas_kiosk.ui.card.card_front import layout_front
    from kompas_kiosk.ui.theme.colors import DEFAULT

    for slot, card in enumerate(sheet):
        target = _slot_rect(paper, slot, back)
        if paper.marks:
            _crop_marks(painter, target)
        if back and not card.deck.cards[card.index].has_back:
            continue  # nothing to read on its back: the paper stays blank
        make = layout_back if back else layout_front
        layout = make(card.deck, card.index, _screen_for(target.size()), DEFAULT, card.position)
        painter.save()
        painter.setClipRect(target)
        painter.translate(target.topLeft() - layout.card_rect.topLeft())
        paint_card(painter, layout, DEFAULT)
        painter.restore()


def _screen_for(card):
    """The screen size whose card (inside the room's margin) is exactly `card`, in pixels."""
    from PySide6.QtCore import QSizeF

    share = 2 * spacing.CARD_MARGIN / 100  # of the screen's shorter side, around the card
    if card.width() >= card.height():
        height = card.height() / (1 - share)
        return QSizeF(card.width() + share * height, height)
    width = card.width() / (1 - share)
    return QSizeF(width, card.height() + share * width)


def _crop_marks(painter, card) -> None:
    """Thin lines outside each corner of `card`, along its edges, to cut by."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPen

    pen = QPen(Qt.GlobalColor.black)
    pen.setWidthF(0.25 / 72 * DPI)  # a quarter point
    painter.save()
    painter.setPen(pen)
    near, far = MARK_OFFSET_MM * MM, (MARK_OFFSET_MM + MARK_LENGTH_MM) * MM
    for x, sx in ((card.left(), -1), (card.right(), 1)):
        for y, sy in ((card.top(), -1), (card.bottom(), 1)):
            painter.drawLine(QPointF(x + sx * near, y), QPointF(x + sx * far, y))
            painter.drawLine(QPointF(x, y + sy * near), QPointF(x, y + sy * far))
    painter.restore()
