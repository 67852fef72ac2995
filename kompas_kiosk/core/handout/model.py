"""The handout in display form, shared by every export format (and the PDF export in ``ui``).

A ``Handout`` holds only what is printed: local times already formatted, labels in the chosen
language, text already cleaned of characters no handout format can hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from kompas_kiosk.core.i18n import Text

_LABELS: dict[str, Text] = {
    "date": Text("Dato", "Date"),
    "place": Text("Sted", "Place"),
    "deck": Text("Kortsæt", "Deck"),
    "general": Text("Generelt om sessionen", "About the session in general"),
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


def clean(text: str) -> str:
    """`text` with CRLF and CR as LF, and other control characters shown as pictures."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_PICTURES) if _CONTROL.search(text) else text


@dataclass(frozen=True, slots=True)
class HandoutNote:
    local: datetime  # when it was written, in the handout's zone
    time: str  # "10.15" (da) or "10:15" (en)
    phase: str  # "" for a note on the card, the label for one made during the exercise
    text: str


@dataclass(frozen=True, slots=True)
class HandoutGroup:
    key: str | None  # the card's key; None for the session in general
    heading: str  # "Princip 07", or ""
    title: str
    question: str
    notes: tuple[HandoutNote, ...]


@dataclass(frozen=True, slots=True)
class Handout:
    lang: str  # "da" or "en"
    name: str
    when: str  # "28. november 2026 kl. 10.15"
    place: str
    deck: str
    groups: tuple[HandoutGroup, ...]
