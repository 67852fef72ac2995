"""Reading a CSV export back (``notes import``): this kiosk's, another's, or an older one's.

The columns are those ``to_csv`` writes, in Danish or English: eight, or eleven with each note's
group, room and uid (files from before groups have eight: their notes get room and group "").
A CSV holds less than the JSON export: times to the minute in local time (``tz``; None the
machine's zone), the deck by its title, the card by its heading ("Princip 07"), the text as
shown (``clean``). The deck is found among `decks` by title or id, and its card by heading; a
deck not found keeps its title as id, a card its heading as key. A cell that the export guarded
against spreadsheet formulas ("'=…") is read without the guard.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.export import CSV_MORE_COLUMNS
from kompas_kiosk.core.handout.import_words import MAX_PROBLEMS, Problem, say
from kompas_kiosk.core.handout.model import labels
from kompas_kiosk.core.handout.write import card_infos
from kompas_kiosk.core.notes.merge import IncomingNote, IncomingWorkshop
from kompas_kiosk.core.notes.model import Phase

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WORDS = {lang: labels(lang) for lang in ("da", "en")}
_HEADERS = {
    tuple(_WORDS[lang]["columns"].split("|")): tuple(CSV_MORE_COLUMNS.format(lang).split("|"))
    for lang in ("da", "en")
}
_PHASES: dict[str, Phase] = {}
for _words in _WORDS.values():
    _PHASES[_words["card_csv"]] = "card"
    _PHASES[_words["exercise_csv"]] = "exercise"


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


class _Decks:
    """The decks by title and id, and each deck's card keys by heading."""

    def __init__(self, decks: Sequence[Deck]) -> None:
        self.by_name: dict[str, Deck] = {}
        for deck in decks:
            self.by_name.setdefault(deck.title, deck)
            self.by_name.setdefault(deck.id, deck)
        self.cards: dict[str, dict[str, str]] = {}

    def deck_id(self, name: str) -> str:
        deck = self.by_name.get(name)
        return deck.id if deck is not None else name

    def card_key(self, deck_name: str, heading: str) -> str | None:
        if not heading:
            return None  # the workshop in general
        deck = self.by_name.get(deck_name)
        if deck is None:
            return heading
        if deck.id not in self.cards:
            self.cards[deck.id] = {card.heading: card.key for card in card_infos(deck)}
        return self.cards[deck.id].get(heading, heading)


def read_csv(
    text: str, decks: Sequence[Deck], lang: str = "da", tz: tzinfo | None = None
) -> tuple[list[IncomingWorkshop], list[Problem]]:
    """The workshops of a CSV export (one per name in the first column), or its problems."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    problems: list[Problem] = []
    try:
        header = next(reader, None)
    except csv.Error as error:
        return [], [Problem(reader.line_num, say("csv_syntax", lang, cause=error))]
    if header is None:
        return [], [Problem(1, say("empty", lang))]
    wanted = _columns(header)
    if wanted == 0:
        expected = "; ".join(_WORDS[lang]["columns"].split("|"))
        return [], [Problem(1, say("csv_header", lang, expected=expected))]
    known = _Decks(decks)
    by_name: dict[str, tuple[str, list[IncomingNote]]] = {}
    line = reader.line_num + 1
    while len(problems) <= MAX_PROBLEMS:
        try:
            row = next(reader, None)
        except csv.Error as error:
            problems.append(Problem(line, say("csv_syntax", lang, cause=error)))
            break
        if row is None:
            break
        start, line = line, reader.line_num + 1
        if not row or row == [""] * len(row):
            continue  # an empty line, as a spreadsheet may leave at the end
        if len(row) != wanted:
            problems.append(Problem(start, say("csv_fields", lang, found=len(row), wanted=wanted)))
            continue
        note = _note(row, known, tz, lang, start, problems)
        if note is not None:
            name, deck_name = _uncell(row[0]), _uncell(row[3])
            by_name.setdefault(name, (deck_name, []))[1].append(note)
    if problems:
        return [], problems
    workshops = []
    for name, (deck_name, notes) in by_name.items():
        created = min(note.created for note in notes)
        workshops.append(IncomingWorkshop(name, "", known.deck_id(deck_name), created,
                                          tuple(notes)))  # fmt: skip
    return workshops, []


def _columns(header: list[str]) -> int:
    """How many columns a file with this header has: 8, 11, or 0 when it is not ours."""
    header = [cell.lstrip("\ufeff").strip() for cell in header]
    for first, more in _HEADERS.items():
        if tuple(header[:8]) == first:
            if len(header) == 8:
                return 8
            if tuple(header[8:]) == more:
                return 11
    return 0


def _note(
    row: list[str], known: _Decks, tz: tzinfo | None, lang: str, line: int, problems: list[Problem]
) -> IncomingNote | None:
    _name, date, time, deck_name, heading, _title, phase_word, text, *more = map(_uncell, row)
    before = len(problems)
    try:
        naive = datetime.strptime(f"{date} {time}", "%Y-%m-%d %H:%M")
    except ValueError:
        problems.append(Problem(line, say("csv_time", lang, value=f"{date} {time}")))
        naive = None
    phase = _PHASES.get(phase_word)
    if phase is None:
        known_words = " / ".join(_PHASES)
        problems.append(Problem(line, say("bad_phase", lang, value=phase_word, known=known_words)))
    if not text.strip():
        problems.append(Problem(line, say("blank", lang)))
    if len(problems) > before or naive is None or phase is None:
        return None
    local = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    created = local.astimezone(UTC)
    group, room, uid = (more + ["", "", ""])[:3]
    deck_id = known.deck_id(deck_name)
    card_key = known.card_key(deck_name, heading)
    return IncomingNote(uid.strip(), room, group, deck_id, card_key, phase, text, created, created)
