"""The content model the kiosk runs on: a deck of cards, with an optional group exercise.

Plain frozen dataclasses, cheap to import and to build. What a deck file may contain, and the
validation that makes these objects trustworthy, is in `deck_spec.py`; only validated data
becomes a `Deck` (through `Deck.from_dict`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from kompas_kiosk.core.decks.problems import Problem

DECK_FILE = "deck.yaml"


@dataclass(frozen=True)
class Exercise:
    title: str
    minutes: int
    steps: tuple[str, ...] = ()
    warning_seconds: int | None = None  # None: a share of the exercise (core/exercise/warning)
    flip_when_done: bool = False


@dataclass(frozen=True)
class Card:
    title: str
    number: str | None = None
    question: str | None = None
    text: str | None = None
    reminders: tuple[str, ...] = ()
    what_if: str | None = None

    @property
    def has_back(self) -> bool:
        """Whether the card has reflections to turn over to."""
        return bool(self.reminders) or self.what_if is not None


@dataclass(frozen=True)
class Deck:
    id: str
    title: str
    cards: tuple[Card, ...]
    subtitle: str | None = None
    edition: str | None = None
    order: int = 100
    language: str = "da"
    card_label: str | None = None
    prompt: str | None = None
    exercise: Exercise | None = None
    translator: str | None = None  # who translated it, for a deck read from a translation
    schema_version: int = field(default=1, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Deck:
        """A deck from validated data (a `DeckSpec` dump, or the cache's copy of one)."""
        values = {key: data[key] for key in _names(cls) if key in data}
        values["cards"] = tuple(
            Card(**{**card, "reminders": tuple(card.get("reminders", ()))})
            for card in data["cards"]
        )
        exercise = data.get("exercise")
        values["exercise"] = (
            Exercise(**{**exercise, "steps": tuple(exercise.get("steps", ()))})
            if exercise
            else None
        )
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def find_card(self, number: str) -> int | None:
        """The index of the card printed with `number` ("07" and "7" are the same), or, in a
        deck without numbers, of the card at position `number` counted from 1."""
        if not number.isdigit():
            return None
        wanted = int(number)
        if self.cards[0].number is None:
            return wanted - 1 if 1 <= wanted <= len(self.cards) else None
        for index, card in enumerate(self.cards):
            if card.number is not None and int(card.number) == wanted:
                return index
        return None

    def card_heading(self, index: int) -> str:
        """The small line above a card's title, e.g. 'Princip 07'."""
        card = self.cards[index]
        parts = [part for part in (self.card_label, card.number) if part]
        return " ".join(parts)


def _names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def shape() -> str:
    """The fields of the model, for telling a cached deck of an older shape from a current one."""
    return ";".join(",".join(_names(cls)) for cls in (Deck, Card, Exercise))


@dataclass(frozen=True)
class LoadedDeck:
    """The result of loading one deck: the deck if it is usable, and what is wrong with it."""

    path: Path
    deck: Deck | None
    problems: tuple[Problem, ...] = ()
    id_line: int | None = field(default=None, compare=False, repr=False)
    translations: tuple[Deck, ...] = ()  # the deck in other languages, from deck.<lang>.yaml
    translation_problems: tuple[Problem, ...] = ()  # why a translation is left out

    def deck_for(self, lang: str) -> Deck | None:
        """The deck in `lang` where a translation has it, otherwise in its own language."""
        if self.deck is None or self.deck.language == lang:
            return self.deck
        return next((deck for deck in self.translations if deck.language == lang), self.deck)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the deck can be shown in: its own first."""
        if self.deck is None:
            return ()
        return (self.deck.language, *(deck.language for deck in self.translations))

    def translation_warnings(self) -> list[str]:
        """One line (English, for the log) per translation file that is left out."""
        counts: dict[Path, int] = {}
        for problem in self.translation_problems:
            counts[problem.path] = counts.get(problem.path, 0) + 1
        language = self.deck.language if self.deck is not None else "?"
        return [
            f"{path}: the translation is not used ({count} problem{'s' * (count != 1)}; "
            f"'kompas-kiosk check' lists them); the deck is shown in '{language}' instead"
            for path, count in counts.items()
        ]

    @property
    def ok(self) -> bool:
        """Whether the deck loaded without a single problem."""
        return self.deck is not None and not self.problems

    @property
    def deck_id(self) -> str:
        """The deck's id, or the name of its folder (or file) when it could not be read."""
        return self.deck.id if self.deck is not None else _fallback_name(self.path)

    @property
    def title(self) -> str:
        """The deck's title, or the name of its folder (or file) when it could not be read."""
        return self.deck.title if self.deck is not None else _fallback_name(self.path)


def _fallback_name(path: Path) -> str:
    return path.absolute().parent.name if path.name == DECK_FILE else path.stem
