"""Does every card fit? Each face of each card, in each language, laid out as the kiosk lays it
out (1920x1080 by default), and a `Problem` at the field whose text does not fit: a block that
runs over the footer or off the card even at the smallest size, or a word wider than the card.
Likewise every slide of a programme (`slide_problems`).

Used by `kompas-kiosk check` when Qt can be had, and by the smoke test.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kompas_kiosk.core.decks.loader import read_file, translation_files
from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.validation import LineMap, Loc, field_name, line_of
from kompas_kiosk.core.programmes.model import LoadedProgramme, Programme, Slide
from kompas_kiosk.core.programmes.problems import ProgrammeProblem
from kompas_kiosk.core.room.navigation import Navigator

if TYPE_CHECKING:
    from kompas_kiosk.ui.card.card_layout import FaceLayout

CHECK_SIZE = (1920, 1080)
_SLACK = 1.0  # pixels of rounding allowed before a block counts as over an edge
_DECK_FIELDS = ("prompt",)  # a card shows these deck fields when it has none of its own


def layout_problems(loaded: LoadedDeck, size: tuple[int, int] = CHECK_SIZE) -> list[Problem]:
    """What does not fit on the cards of `loaded` (and of its translations) at `size`."""
    if loaded.deck is None or not loaded.ok:
        return []
    from kompas_kiosk.ui.application import application

    application()
    files = dict(translation_files(loaded.path))
    problems: list[Problem] = []
    for deck in (loaded.deck, *loaded.translations):
        path = loaded.path if deck is loaded.deck else files.get(deck.language, loaded.path)
        problems += _deck_problems(deck, path, size)
    return problems


def _deck_problems(deck: Deck, path: Path, size: tuple[int, int]) -> list[Problem]:
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.ui.card.card_back import layout_back
    from kompas_kiosk.ui.card.card_front import layout_front
    from kompas_kiosk.ui.theme.colors import DEFAULT

    screen = QSizeF(*size)
    lines, positions = _lines(path)
    navigator = Navigator([deck])
    found: dict[Loc, Problem] = {}
    for index, card in enumerate(deck.cards):
        navigator.open_deck(0, index)
        position = navigator.position_text()
        faces = [layout_front(deck, index, screen, DEFAULT, position)]
        if card.has_back:
            faces.append(layout_back(deck, index, screen, DEFAULT, position))
        at = positions.get(card.number or "", index)
        for layout in faces:
            for field, code, params in _overflows(layout, size):
                loc: Loc = (field,) if field in _DECK_FIELDS else ("cards", at, field)
                if field == "footer":
                    loc = ("title",)
                if loc not in found:
                    found[loc] = Problem(path, line_of(lines, loc), field_name(loc), code, params)
    return sorted(found.values(), key=lambda problem: problem.line or 0)


def _overflows(layout: FaceLayout, size: tuple[int, int]) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, code, params) for each block of `layout` that is cut off or runs over."""
    from kompas_kiosk.ui.card.card_layout import FOOTER_FIELD, CardMetrics

    metrics = CardMetrics(layout.size)
    where = f"{size[0]}x{size[1]}"
    result: list[tuple[str, str, dict[str, Any]]] = []
    tall = False
    for block in layout.blocks:
        if not block.field:
            continue
        width = block.doc.textWidth()
        if block.doc.idealWidth() > width + _SLACK:
            word = max(block.doc.toPlainText().split(), key=len, default="")
            shown = word if len(word) <= 24 else word[:24] + "…"
            result.append((block.field, "word_too_wide", {"word": shown, "size": where}))
        if block.field == FOOTER_FIELD:
            over = block.height > metrics.footer_height * 1.5 + _SLACK
        else:
            over = block.pos.y() + block.height > metrics.content.bottom() + _SLACK
        if over:
            tall = True
            result.append((block.field, "does_not_fit", {"size": where}))
    if layout.overflow and not tall:
        last = next((b for b in reversed(layout.blocks) if b.field not in ("", FOOTER_FIELD)), None)
        if last is not None:
            result.append((last.field, "does_not_fit", {"size": where}))
    return result


def _lines(path: Path) -> tuple[LineMap, dict[str, int]]:
    """The line of every value in the file at `path`, and the position of each numbered card
    (a translation's cards may be in another order than the deck's)."""
    from kompas_kiosk.core.decks.parser import read_document

    raw = read_file(path)
    document = None if isinstance(raw, Problem) else read_document(path, raw)
    if document is None or isinstance(document, Problem):
        return {}, {}
    cards = document.data.get("cards")
    positions: dict[str, int] = {}
    for index, item in enumerate(cards if isinstance(cards, list) else []):
        number = item.get("number") if isinstance(item, dict) else None
        if isinstance(number, str):
            positions.setdefault(number, index)
    return document.lines, positions


def slide_problems(loaded: LoadedProgramme, size: tuple[int, int] = CHECK_SIZE) -> list[Problem]:
    """What does not fit on the slides of `loaded` (and of its translations) at `size`: a
    problem at the slide's longest text, or at the text holding a word wider than the slide."""
    if loaded.programme is None or not loaded.ok:
        return []
    from kompas_kiosk.ui.application import application

    application()
    files = dict(translation_files(loaded.path))
    problems: list[Problem] = []
    for programme in (loaded.programme, *loaded.translations):
        main = programme is loaded.programme
        path = loaded.path if main else files.get(programme.language, loaded.path)
        problems += _programme_problems(programme, path, size)
    return problems


def _programme_problems(programme: Programme, path: Path, size: tuple[int, int]) -> list[Problem]:
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.ui.room.slide_layout import layout_slide

    lines, _ = _lines(path)
    where = f"{size[0]}x{size[1]}"
    found: list[Problem] = []
    for index, step in enumerate(programme.steps):
        slide = step.part
        if not isinstance(slide, Slide):
            continue
        layout = layout_slide(slide, QSizeF(*size), programme.language)
        texts = _slide_texts(slide)
        if not texts:
            continue
        wide = [doc for doc, _, _ in layout.texts if doc.idealWidth() > doc.textWidth() + _SLACK]
        if wide:
            word = max(wide[0].toPlainText().split(), key=len, default="")
            at = next((loc for loc, text in texts if word and word in text), texts[0][0])
            shown = word if len(word) <= 24 else word[:24] + "…"
            code, params = "slide_word_too_wide", {"word": shown, "size": where}
        elif not layout.fits:
            at = max(texts, key=lambda item: len(item[1]))[0]
            code, params = "slide_does_not_fit", {"size": where}
        else:
            continue
        loc: Loc = ("steps", index, "slide", *at)
        found.append(ProgrammeProblem(path, line_of(lines, loc), field_name(loc), code, params))
    return found


def _slide_texts(slide: Slide) -> list[tuple[Loc, str]]:
    """Each text field of `slide` with its place in the slide (for its line), in order."""
    texts: list[tuple[Loc, str]] = []
    for name in ("kicker", "title", "subtitle", "text", "attribution"):
        value = getattr(slide, name)
        if value:
            texts.append(((name,), value))
    for name in ("lines", "items", "row_labels", "column_labels"):
        values = getattr(slide, name)
        if values:
            texts.append(((name,), "\n".join(values)))
    for name in ("columns", "cells"):
        for place, panel in enumerate(getattr(slide, name)):
            text = "\n".join(filter(None, (panel.title, panel.text, *panel.items)))
            if text:
                texts.append(((name, place), text))
    return texts
