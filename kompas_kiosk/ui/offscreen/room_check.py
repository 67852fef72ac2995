"""`kompas-kiosk check --room "65in,8m"`: can the back row read every card?

Lays out every face of every card (front with each of its read-along pages, back, and the
exercise screen) of every deck, in every language the deck has, at the room screen's size in
pixels and in the room, with the kiosk's own layout functions, as the kiosk shows them in that
room; then reports, per face, the smallest text of each role (`core/room/text_roles.py`) with
the distance it can be read from, each role under the AVIXA DISCAS minimum for the distance it
must be read from, and each face whose text does not fit on the card at the room's sizes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
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
from kompas_kiosk.core.room.text_roles import ROLE_NAMES, Role, TextSizes, text_sizes
from kompas_kiosk.ui.offscreen.room_faces import FaceSize, RoleSize, short

if TYPE_CHECKING:
    from kompas_kiosk.ui.card.card_layout import FaceLayout


def measure_faces(
    decks: Sequence[LoadedDeck],
    size: tuple[int, int],
    labels: Sequence[str] = (),
    room: Room | None = None,
) -> Iterator[FaceSize]:
    """Every face of every card of the usable `decks`, in each of their languages, laid out for
    a screen of `size` pixels in `room` (None: today's sizes), every read-along page of a long
    card. `labels` are the texts the countdown's label can show."""
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.ui.card.card_back import layout_back
    from kompas_kiosk.ui.card.card_front import layout_front
    from kompas_kiosk.ui.exercise.face import layout_exercise
    from kompas_kiosk.ui.theme.colors import DEFAULT

    screen = QSizeF(*size)
    sizes = text_sizes(room, *size)
    for loaded in decks:
        if not loaded.ok or loaded.deck is None:
            continue
        for deck in (loaded.deck, *loaded.translations):
            navigator = Navigator([deck])
            for index, card in enumerate(deck.cards):
                navigator.open_deck(0, index)
                position = navigator.position_text()
                name = deck.card_heading(index) if card.number else card.title
                front = layout_front(deck, index, screen, DEFAULT, position, sizes)
                found = [("front", page, front.pages) for page in range(front.pages)]
                if card.has_back:
                    found.append(("back", 0, 1))
                if deck.exercise is not None:
                    found.append(("exercise", 0, 1))
                for kind, page, pages in found:
                    if kind == "front":
                        layout = layout_front(deck, index, screen, DEFAULT, position, sizes, page)
                    elif kind == "back":
                        layout = layout_back(deck, index, screen, DEFAULT, position, sizes)
                    else:
                        fallback = ExerciseTitle.format(deck.language)
                        layout = layout_exercise(
                            deck, index, screen, list(labels), DEFAULT, fallback, sizes
                        )
                    roles = _roles(layout, deck.exercise is not None)
                    where = (deck.id, deck.language, name, kind)
                    yield FaceSize(*where, roles, _fits(layout), page, pages)


ExerciseTitle = Text("Nedtælling", "Countdown")


def _fits(layout: FaceLayout) -> bool:
    """Whether all of the face's text is on the card, above its footer."""
    footer = [block.pos.y() for block in layout.blocks if block.role is Role.FOOTER]
    limit = min(footer, default=layout.card_rect.bottom())
    text = [block for block in layout.blocks if block.role is not Role.FOOTER]
    return not layout.overflow and all(block.pos.y() + block.height <= limit for block in text)


def _roles(layout: FaceLayout, exercise: bool) -> dict[Role, RoleSize]:
    """The smallest text of each role on a laid-out face (the countdown: in the footer while a
    group works, on the exercise its digits)."""
    from kompas_kiosk.ui.exercise.face import ExerciseLayout

    found: dict[Role, RoleSize] = {}

    def add(role: Role, px: float, text: str = "") -> None:
        if role not in found or px < found[role].px:
            found[role] = RoleSize(px, short(text))

    for block in layout.blocks:
        if block.role is not None:
            add(block.role, block.pixel_size, block.doc.toPlainText())
    if isinstance(layout, ExerciseLayout):
        add(Role.COUNTDOWN, layout.digits_px)
        add(Role.LABEL, layout.label_px)
    elif exercise:
        add(Role.COUNTDOWN, layout.badge_px)
    return found


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
    "roles": Text(
        "Læses af alle (titel, spørgsmål, tekst, trin, nedtælling): mindst {all_px}, til "
        "{all_reach}; mærkater og fodlinje: mindst {label_px}, til {label_reach} (halvdelen "
        "af rummet)",
        "Read by everyone (title, question, text, steps, countdown): at least {all_px}, to "
        "{all_reach}; labels and footer: at least {label_px}, to {label_reach} (half the room)",
    ),
    "face": Text(
        "{deck} · {card} ({language}) {face}{page}: {roles}",
        "{deck} · {card} ({language}) {face}{page}: {roles}",
    ),
    "page": Text(" side {page}/{pages}", " page {page}/{pages}"),
    "role": Text("{role} {px} til {reach}", "{role} {px} to {reach}"),
    "below": Text(
        "UNDER {deck} · {card} ({language}) {face}{page}: {role} {px} {text}– kan læses til "
        "{reach}, skal til {need}",
        "BELOW {deck} · {card} ({language}) {face}{page}: {role} {px} {text}– readable to "
        "{reach}, must be to {need}",
    ),
    "overflow": Text(
        "PASSER IKKE {deck} · {card} ({language}) {face}{page}: teksten når ud over kortet i "
        "rummets størrelse",
        "DOES NOT FIT {deck} · {card} ({language}) {face}{page}: the text runs off the card at "
        "the room's size",
    ),
    "front": Text("forside", "front"),
    "back": Text("bagside", "back"),
    "exercise": Text("øvelse", "exercise"),
    "slide": Text("slide", "slide"),
    "broken": Text(
        "FEJL {deck}: kortsættet har fejl og er ikke målt – kør kompas-kiosk check",
        "ERROR {deck}: the deck has problems and was not measured – run kompas-kiosk check",
    ),
    "ok": Text(
        "OK alle {count} flader ({pages} skærmbilleder): mindste tekst {px} – kan læses til "
        "{reach}; hver rolle kan læses, hvor den skal",
        "OK all {count} faces ({pages} screens): smallest text {px} – readable to {reach}; "
        "every role is readable where it must be",
    ),
    "summary": Text(
        "{failed} af {count} flader kan ikke læses, hvor de skal, eller passer ikke",
        "{failed} of {count} faces are not readable where they must be, or do not fit",
    ),
    "none": Text("Ingen kortsæt at måle", "No decks to measure"),
}
# Numbers: a decimal comma in Danish, a point in English; a space before % in Danish only.
_DECIMAL_POINT = Text(",", ".")
_PERCENT = Text("{number} %", "{number}%")
_TOLERANCE = 0.05  # a rounding of the layout is no failure


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
    """Write the room's numbers, each face's roles with the size and distance they reach, every
    role under its minimum and every face that does not fit; 0 when none (and every deck could
    be measured), else 1."""
    width, height = room.pixels(resolution)
    sizes = TextSizes(room, min(width, height))
    need = room.font_px(height)

    def write(key: str, **values: object) -> None:
        out.write(printable(_WORDS[key].format(lang, **values)) + "\n")

    def pixels(value: float) -> str:
        return f"{_number(value, lang)} px"

    def reach(font_px: float) -> str:
        return _metres(sizes.reach_mm(font_px), lang)

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
    write(
        "roles",
        all_px=pixels(sizes.min_px(Role.TITLE)),
        all_reach=_metres(sizes.needed_mm(Role.TITLE), lang),
        label_px=pixels(sizes.min_px(Role.LABEL)),
        label_reach=_metres(sizes.needed_mm(Role.LABEL), lang),
    )
    broken = [loaded for loaded in decks if not loaded.ok or loaded.deck is None]
    for loaded in broken:
        write("broken", deck=loaded.deck_id)
    if not faces:
        write("none")
        return 1
    failed = 0
    for face in faces:
        where = {
            "deck": face.deck_id,
            "card": face.card,
            "language": face.language,
            "face": _WORDS[face.face].format(lang),
            "page": _WORDS["page"].format(lang, page=face.page + 1, pages=face.pages)
            if face.pages > 1
            else "",
        }
        shown = [
            _WORDS["role"].format(
                lang, role=ROLE_NAMES[role].format(lang), px=pixels(size.px), reach=reach(size.px)
            )
            for role, size in sorted(face.roles.items(), key=lambda item: list(Role).index(item[0]))
        ]
        write("face", **where, roles=" · ".join(shown))
        below = [
            (role, size)
            for role, size in face.roles.items()
            if size.px < sizes.min_px(role) - _TOLERANCE
        ]
        for role, size in below:
            write(
                "below",
                **where,
                role=ROLE_NAMES[role].format(lang),
                px=pixels(size.px),
                text=f"«{size.text}» " if size.text else "",
                reach=reach(size.px),
                need=_metres(sizes.needed_mm(role), lang),
            )
        if not face.fits:
            write("overflow", **where)
        failed += bool(below) or not face.fits
    if failed:
        write("summary", failed=failed, count=len(faces))
        return 1
    smallest = min(face.smallest_px for face in faces)
    cards = {(face.deck_id, face.language, face.card, face.face) for face in faces}
    write("ok", count=len(cards), pages=len(faces), px=pixels(smallest), reach=reach(smallest))
    return 1 if broken else 0


def run_room_check(
    paths: Sequence[Path],
    spec: str,
    lang: str,
    out: TextIO,
    size: str | tuple[int, int] | None = None,
) -> int:
    """`kompas-kiosk check --room SPEC [--room-size WxH]`: 0 when every face of every card is
    legible from the farthest viewer, 1 when some is not (or a deck has problems), 2 when the
    room or the size cannot be read."""
    try:
        room = parse_room(spec)
        resolution = (
            DEFAULT_RESOLUTION
            if size is None
            else size
            if isinstance(size, tuple)  # the command line's --room-size, read by argparse
            else parse_resolution(size)
        )
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
    faces = list(measure_faces(decks, room.pixels(resolution), labels, room))
    from kompas_kiosk.core.programmes.content import load_programme_content
    from kompas_kiosk.ui.offscreen.room_slides import measure_slides

    programmes = load_programme_content(list(paths), decks)
    faces += measure_slides(programmes, room.pixels(resolution), room)
    return report(room, resolution, decks, faces, lang, out)
