"""`kompas-kiosk check --room "65in,8m"`: can the back row read every card?

Lays out every face of every card (front, back, and the exercise screen) of every deck, in every
language the deck has, at the room screen's size in pixels, with the kiosk's own layout functions;
then reports each face whose smallest text is under the AVIXA DISCAS basic-decision-making
minimum for that room (the numbers are in `core/room.py`), with the text and the size it reached.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kompas_kiosk.core.decks.check import printable
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.legibility import (
    CAP_HEIGHT_EM,
    DEFAULT_RESOLUTION,
    MM_PER_INCH,
    Room,
    RoomSpecError,
    parse_resolution,
    parse_room,
)
from kompas_kiosk.core.room.navigation import Navigator

if TYPE_CHECKING:
    from kompas_kiosk.ui.card.card_layout import FaceLayout


@dataclass(frozen=True)
class FaceSize:
    """The smallest texts on one face of one card, as laid out for a screen: the card's own
    text (title, question, body, reminders, steps, the countdown's label), and the footer
    (the deck's name and edition, the card's position), which is the same small size on every
    card."""

    deck_id: str
    language: str
    card: str  # 'Princip 07', or the card's title in a deck without numbers
    face: str  # 'front', 'back' or 'exercise'
    content_px: float
    content_text: str  # the smallest of the card's texts, shortened; '' for the countdown's label
    footer_px: float

    @property
    def smallest_px(self) -> float:
        return min(self.content_px, self.footer_px)


def measure_faces(
    decks: Sequence[LoadedDeck], size: tuple[int, int], labels: Sequence[str] = ()
) -> Iterator[FaceSize]:
    """Every face of every card of the usable `decks`, in each of their languages, laid out for
    a screen of `size` pixels. `labels` are the texts the countdown's label can show."""
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.ui.card.card_back import layout_back
    from kompas_kiosk.ui.card.card_front import layout_front
    from kompas_kiosk.ui.exercise.face import layout_exercise
    from kompas_kiosk.ui.theme.colors import DEFAULT

    screen = QSizeF(*size)
    for loaded in decks:
        if not loaded.ok or loaded.deck is None:
            continue
        for deck in (loaded.deck, *loaded.translations):
            navigator = Navigator([deck])
            for index, card in enumerate(deck.cards):
                navigator.open_deck(0, index)
                position = navigator.position_text()
                name = deck.card_heading(index) if card.number else card.title
                found = [("front", layout_front(deck, index, screen, DEFAULT, position))]
                if card.has_back:
                    found.append(("back", layout_back(deck, index, screen, DEFAULT, position)))
                if deck.exercise is not None:
                    exercise = layout_exercise(deck, index, screen, list(labels), DEFAULT)
                    found.append(("exercise", exercise))
                for kind, layout in found:
                    yield _sizes(deck.id, deck.language, name, kind, layout)


def _sizes(deck_id: str, language: str, card: str, face: str, layout: FaceLayout) -> FaceSize:
    from kompas_kiosk.ui.card.card_layout import CardMetrics
    from kompas_kiosk.ui.exercise.face import ExerciseLayout

    metrics = CardMetrics(layout.size)
    footer_top = metrics.card.bottom() - metrics.pad * 0.6 - metrics.footer_height - 0.5
    footer = [block for block in layout.blocks if block.pos.y() >= footer_top]
    content = [block for block in layout.blocks if block.pos.y() < footer_top]
    smallest = min(content, key=lambda block: block.pixel_size, default=None)
    content_px = smallest.pixel_size if smallest is not None else float("inf")
    text = smallest.doc.toPlainText() if smallest is not None else ""
    if isinstance(layout, ExerciseLayout) and layout.label_px < content_px:
        content_px, text = layout.label_px, ""
    footer_px = min((block.pixel_size for block in footer), default=float("inf"))
    return FaceSize(deck_id, language, card, face, content_px, _short(text), footer_px)


def _short(text: str, length: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# -- the report ------------------------------------------------------------------------------

_WORDS: dict[str, Text] = {
    "room": Text(
        "Rum: {diagonal}-skærm ({aspect}, {orientation}), {height} høj, {pixels} px; "
        "fjerneste seer {distance}",
        "Room: {diagonal} screen ({aspect}, {orientation}), {height} high, {pixels} px; "
        "farthest viewer {distance}",
    ),
    "landscape": Text("liggende", "landscape"),
    "portrait": Text("stående", "portrait"),
    "rule": Text(
        "AVIXA DISCAS, basal beslutning: mindste element {element} ({distance} / 200) = "
        "{element_px}; tekst måles på versalhøjden ({cap} af skriftstørrelsen i Inter), så "
        "skriften skal være mindst {font_px} ({share} af skærmhøjden)",
        "AVIXA DISCAS basic decision making: smallest element {element} ({distance} / "
        "200) = {element_px}; text is measured by its cap height ({cap} of the font size in "
        "Inter), so text needs a font size of at least {font_px} ({share} of the screen height)",
    ),
    "below": Text(
        "UNDER {deck} · {card} ({language}) {face}: {px} {text}– kan læses til {reach}",
        "BELOW {deck} · {card} ({language}) {face}: {px} {text}– readable to {reach}",
    ),
    "label": Text("(teksten under nedtællingen) ", "(the label under the countdown) "),
    "front": Text("forside", "front"),
    "back": Text("bagside", "back"),
    "exercise": Text("øvelse", "exercise"),
    "footer": Text(
        "UNDER fodlinjen (kortsættets navn og kortets plads) på alle kort: {px} – kan "
        "læses til {reach}",
        "BELOW the footer (the deck's name and the card's place) on every card: {px} – "
        "readable to {reach}",
    ),
    "broken": Text(
        "FEJL {deck}: kortsættet har fejl og er ikke målt – kør kompas-kiosk check",
        "ERROR {deck}: the deck has problems and was not measured – run kompas-kiosk check",
    ),
    "ok": Text(
        "OK alle {count} flader: mindste tekst {px} – kan læses til {reach}",
        "OK all {count} faces: smallest text {px} – readable to {reach}",
    ),
    "summary": Text(
        "{below} af {count} flader har kortets egen tekst under minimum{and_footer}. "
        "Kortenes tekst kan læses til {content_reach}, fodlinjen til {footer_reach}; til "
        "{distance} skal skærmen være mindst {content_needed} for kortenes tekst og "
        "{footer_needed} for fodlinjen",
        "{below} of {count} faces have card text below the minimum{and_footer}. The "
        "cards' text can be read to {content_reach}, the footer to {footer_reach}; for "
        "{distance} the screen must be at least {content_needed} for the cards' text and "
        "{footer_needed} for the footer",
    ),
    "and_footer": Text(
        ", og fodlinjen er under på alle kort",
        ", and the footer is below on every card",
    ),
    "none": Text("Ingen kortsæt at måle", "No decks to measure"),
}
# Numbers: a decimal comma in Danish, a point in English; a space before % in Danish only.
_DECIMAL_POINT = Text(",", ".")
_PERCENT = Text("{number} %", "{number}%")


def _number(value: float, lang: str, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", _DECIMAL_POINT.format(lang))


def _metres(mm: float, lang: str) -> str:
    return f"{_number(mm / 1000, lang)} m"


def _diagonal(room: Room, mm: float, lang: str) -> str:
    if room.diagonal_unit == "cm":
        return f"{_number(mm / 10, lang, 0)} cm"
    return f'{_number(mm / MM_PER_INCH, lang, 0)}"'


def _percent(value: float, lang: str) -> str:
    return _PERCENT.format(lang, number=_number(value, lang))


def report(
    room: Room,
    resolution: tuple[int, int],
    decks: Sequence[LoadedDeck],
    faces: Sequence[FaceSize],
    lang: str,
    out: TextIO,
) -> int:
    """Write the room's numbers, every face whose text is under the minimum and the footer if
    it is; 0 when nothing is (and every deck could be measured), else 1."""
    width, height = room.pixels(resolution)
    need = room.font_px(height)

    def write(key: str, **values: object) -> None:
        out.write(printable(_WORDS[key].format(lang, **values)) + "\n")

    def pixels(value: float) -> str:
        return f"{_number(value, lang)} px"

    def reach(font_px: float) -> str:
        return _metres(room.readable_mm(font_px, height), lang)

    def needed(font_px: float) -> str:
        return _diagonal(room, room.diagonal_needed_mm(font_px / height), lang)

    write(
        "room",
        diagonal=_diagonal(room, room.diagonal_mm, lang),
        aspect=f"{room.aspect[0]}:{room.aspect[1]}",
        orientation=_WORDS["portrait" if room.portrait else "landscape"].format(lang),
        height=f"{_number(room.height_mm, lang)} mm",
        pixels=f"{width}x{height}",
        distance=_metres(room.distance_mm, lang),
    )
    write(
        "rule",
        element=f"{_number(room.element_mm, lang)} mm",
        distance=_metres(room.distance_mm, lang),
        element_px=pixels(room.element_px(height)),
        cap=_number(CAP_HEIGHT_EM, lang, 3),
        font_px=pixels(need),
        share=_percent(100 * need / height, lang),
    )
    broken = [loaded for loaded in decks if not loaded.ok or loaded.deck is None]
    for loaded in broken:
        write("broken", deck=loaded.deck_id)
    if not faces:
        write("none")
        return 1
    tolerance = 0.05  # a rounding of the layout is no failure
    below = [face for face in faces if face.content_px < need - tolerance]
    for face in below:
        write(
            "below",
            deck=face.deck_id,
            card=face.card,
            language=face.language,
            face=_WORDS[face.face].format(lang),
            px=pixels(face.content_px),
            text=f"«{face.content_text}» " if face.content_text else _WORDS["label"].format(lang),
            reach=reach(face.content_px),
        )
    content = min(face.content_px for face in faces)
    footer = min(face.footer_px for face in faces)
    footer_below = footer < need - tolerance
    if footer_below:
        write("footer", px=pixels(footer), reach=reach(footer))
    if not below and not footer_below:
        smallest = min(content, footer)
        write("ok", count=len(faces), px=pixels(smallest), reach=reach(smallest))
        return 1 if broken else 0
    write(
        "summary",
        below=len(below),
        count=len(faces),
        and_footer=_WORDS["and_footer"].format(lang) if footer_below else "",
        content_reach=reach(content),
        footer_reach=reach(footer),
        distance=_metres(room.distance_mm, lang),
        content_needed=needed(content),
        footer_needed=needed(footer),
    )
    return 1


def run_room_check(
    paths: Sequence[Path], spec: str, lang: str, out: TextIO, size: str | None = None
) -> int:
    """`kompas-kiosk check --room SPEC [--room-size WxH]`: 0 when every face of every card is
    legible from the farthest viewer, 1 when some is not (or a deck has problems), 2 when the
    room or the size cannot be read."""
    try:
        room = parse_room(spec)
        resolution = DEFAULT_RESOLUTION if size is None else parse_resolution(size)
        room.check_resolution(resolution)
    except RoomSpecError as error:
        out.write(f"--room: {error.message(lang)}\n")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:  # from the command line; a running one keeps its language
        from kompas_kiosk.ui.application import application

        application(lang=lang)
    from kompas_kiosk.ui.exercise.view import ExerciseView

    labels = ExerciseView().labels()
    decks = load_decks(paths)
    faces = list(measure_faces(decks, room.pixels(resolution), labels))
    code = report(room, resolution, decks, faces, lang, out)
    # Legible is not enough: text that runs off its card is named too, as `check` names it.
    from kompas_kiosk.ui.offscreen.layout_check import layout_problems

    overflow = [p for loaded in decks for p in layout_problems(loaded, room.pixels(resolution))]
    for problem in overflow:
        out.write(printable(problem.format(lang)) + "\n")
    return 1 if overflow and code == 0 else code
