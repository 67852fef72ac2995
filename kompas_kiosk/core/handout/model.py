"""The handout in display form, shared by every export format (and the PDF export in ``ui``).

A ``Handout`` holds only what is printed: local times already formatted, labels in the chosen
language, text already cleaned of characters no handout format can hold and of bidi controls
that would make it read otherwise than it was typed (``clean``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from kompas_kiosk.core.decks.markup import Block
from kompas_kiosk.core.i18n import Text

_LABELS: dict[str, Text] = {
    "date": Text("Dato", "Date"),
    "place": Text("Sted", "Place"),
    "deck": Text("Kortsæt", "Deck"),
    "programme": Text("Program", "Programme"),
    "kicker": Text("Noter fra workshoppen", "Notes from the workshop"),
    "contents": Text("Indhold", "Contents"),
    "reminders": Text("Små huskere", "Small reminders"),
    "what_if": Text("Hvad nu hvis", "What if"),
    "minutes": Text("{minutes} min.", "{minutes} min."),
    "group": Text("Gruppe {name}", "Group {name}"),
    "continued": Text("(fortsat)", "(continued)"),
    "general": Text("Generelt om workshoppen", "About the workshop in general"),
    "other": Text("Kort {key} (ikke i kortsættet)", "Card {key} (not in the deck)"),
    "exercise": Text("gruppearbejde", "group work"),
    "none": Text("Ingen noter.", "No notes."),
    "columns": Text(
        "Session|Dato|Tid|Kortsæt|Kort|Korttitel|Fase|Note",
        "Session|Date|Time|Deck|Card|Card title|Phase|Note",
    ),
    "card_csv": Text("Kort", "Card"),
    "exercise_csv": Text("Gruppearbejde", "Group work"),
    "notes": Text("Noter", "Notes"),
}


def labels(lang: str) -> dict[str, str]:
    """The fixed words of a handout: English for "en", Danish for anything else. A `{key}`
    in a word is left for the caller to fill in."""
    return {name: text.format(lang) for name, text in _LABELS.items()}


# C0 controls but tab and newline, and DEL, become their pictures: U+2400 "␀" and so on.
_PICTURES = {code: 0x2400 + code for code in range(32) if code not in (9, 10)} | {0x7F: 0x2421}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # a quick test: most notes have none
# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) reorder the
# letters around them: a right-to-left override shows "knab" as "bank". They are dropped.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# The marks (LRM, RLM, ALM) only move punctuation and digits next to them: Hebrew or Arabic
# text needs them, so they are kept in a note with a right-to-left letter and dropped elsewhere.
_BIDI_MARKS = dict.fromkeys([0x200E, 0x200F, 0x061C])
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean(text: str) -> str:
    """`text` with CRLF and CR as LF, other control characters shown as pictures, and bidi
    controls that could make it read otherwise than typed left out (see ``_BIDI_CONTROLS``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = text.translate(_PICTURES)
    if _BIDI.search(text):
        text = text.translate(_BIDI_CONTROLS)
        unmarked = text.translate(_BIDI_MARKS)  # RLM and ALM are "R" and "AL" themselves
        if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in unmarked):
            text = unmarked
    return text


@dataclass(frozen=True, slots=True)
class HandoutNote:
    local: datetime  # when it was written, in the handout's zone
    time: str  # "10.15" (da) or "10:15" (en)
    phase: str  # "" for a note on the card, the label for one made during the exercise
    text: str
    group: str = ""  # the table's group label, "" for none


@dataclass(frozen=True, slots=True)
class HandoutCard:
    """The card as printed on it: its text (paragraphs and lists, bold kept), the back's
    reminders and 'Hvad nu hvis' reflection. Letter for letter from the deck."""

    text: tuple[Block, ...] = ()
    reminders: tuple[str, ...] = ()
    what_if: str = ""


@dataclass(frozen=True, slots=True)
class HandoutExercise:
    """The group exercise run on the card: its title, minutes and steps, from the deck or the
    programme."""

    title: str
    minutes: int
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HandoutGroup:
    """One section: a card (with its text and exercise), another card, or the general notes.
    Its notes are in group order (no group first, then groups sorted naturally), each group's
    in the order they were written."""

    key: str | None  # the card's key; None for the session in general
    heading: str  # "Princip 07", or ""
    title: str
    question: str
    notes: tuple[HandoutNote, ...]
    card: HandoutCard | None = None
    exercise: HandoutExercise | None = None
    continued: bool = False  # a later part of a section cut in two (the PDF's parts)


@dataclass(frozen=True, slots=True)
class Handout:
    lang: str  # "da" or "en"
    name: str
    when: str  # "28. november 2026 kl. 10.15"
    place: str
    deck: str
    groups: tuple[HandoutGroup, ...]
    programme: str = ""  # the programme's title when the workshop ran one


def group_order(label: str) -> tuple[tuple[int, int | str], ...]:
    """A group label's sort key: natural, so "2" comes before "10" and "Bord 2" before
    "Bord 10"; no group ("") first."""
    parts = re.split(r"(\d+)", label.casefold())
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts if part)


def group_heading(label: str, words: dict[str, str]) -> str:
    """A group's heading: "Gruppe 3" for a number or a short label ("A"), else the label as
    typed ("Bord ved vinduet")."""
    return words["group"].format(name=label) if label.isdigit() or len(label) <= 3 else label


def group_runs(notes: tuple[HandoutNote, ...]) -> list[tuple[str, list[HandoutNote]]]:
    """`notes` cut where the group changes: (label, notes) in order."""
    runs: list[tuple[str, list[HandoutNote]]] = []
    for note in notes:
        if not runs or runs[-1][0] != note.group:
            runs.append((note.group, []))
        runs[-1][1].append(note)
    return runs
