"""A deck's translation (`deck.en.yaml` beside `deck.yaml`): its texts, checked against the deck.

A translation holds only texts, card by card: the cards are matched by number (or, in a deck
without numbers, by their order), and everything else (ids, numbers, minutes, order) stays the
deck's. A text left out stays in the deck's own language. A translation that disagrees with the
deck (a card missing or extra, a text the deck does not have, a list of another length) has
problems, and a translation with problems is not used: the deck is shown in its own language.

Imported only when a translation file has to be checked (the loader's cache spares a start).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_kiosk.core.decks.model import Card, Deck, Exercise
from kompas_kiosk.core.decks.parser import read_document
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.spec import (
    CARD_NUMBER_PATTERN,
    TRANSLATABLE_DECK_FIELDS,
    CardTranslationSpec,
    TranslationSpec,
    normalise_number,
)
from kompas_kiosk.core.decks.validation import LineMap, Loc, field_name, line_of, translate


def parse_translation(
    path: Path, raw: bytes, deck: Deck | None, language: str
) -> tuple[Deck | None, tuple[Problem, ...]]:
    """The deck in the language of the translation in `raw`, and every problem with it.

    `language` is the one in the file's name (`deck.en.yaml`: en). Without a `deck` (its own
    file has problems), the translation is checked on its own and gives no deck.
    """
    document = read_document(path, raw)
    if isinstance(document, Problem):
        return None, (document,)
    problems = list(document.problems)
    spec: TranslationSpec | None = None
    try:
        spec = TranslationSpec.model_validate(document.data)
    except ValidationError as invalid:
        errors = invalid.errors(include_url=False)
        problems += [translate(path, document.lines, error, TranslationSpec) for error in errors]
    if deck is not None:
        checker = _Structure(path, document.lines, deck)
        checker.header(document.data, language)
        checker.texts(document.data)
        checker.cards(document.data.get("cards"))
        problems += checker.problems
    problems.sort(key=lambda problem: problem.line or 0)
    if problems or spec is None or deck is None:
        return None, tuple(problems)
    return translated(deck, spec), ()


def translated(deck: Deck, spec: TranslationSpec) -> Deck:
    """`deck` with the texts of `spec` (a translation that matches it), and its language."""
    numbered = deck.cards[0].number is not None
    if numbered:
        by_number = {int(item.number): item for item in spec.cards if item.number is not None}
        items = [by_number.get(int(card.number or 0)) for card in deck.cards]
    else:
        items = [*spec.cards, *([None] * len(deck.cards))][: len(deck.cards)]
    cards = tuple(_card(card, item) for card, item in zip(deck.cards, items, strict=True))
    exercise = deck.exercise
    if exercise is not None and spec.exercise is not None:
        exercise = Exercise(
            title=spec.exercise.title or exercise.title,
            minutes=exercise.minutes,
            steps=tuple(spec.exercise.steps) if spec.exercise.steps else exercise.steps,
            warning_seconds=exercise.warning_seconds,
            flip_when_done=exercise.flip_when_done,
        )
    texts = {name: getattr(spec, name) or getattr(deck, name) for name in TRANSLATABLE_DECK_FIELDS}
    return replace(
        deck,
        **texts,
        cards=cards,
        exercise=exercise,
        language=spec.language,
        translator=spec.translator,
    )


def _card(card: Card, item: CardTranslationSpec | None) -> Card:
    if item is None:
        return card
    return replace(
        card,
        title=item.title or card.title,
        question=item.question or card.question,
        text=item.text or card.text,
        what_if=item.what_if or card.what_if,
        reminders=tuple(item.reminders) if item.reminders else card.reminders,
    )


class _Structure:
    """Compares a translation's raw data with its deck, collecting what disagrees.

    Works on the data as read (not the validated model), so that a file with other problems
    still has every disagreement reported at once; values of the wrong type are left to the
    validation's own problems."""

    def __init__(self, path: Path, lines: LineMap, deck: Deck) -> None:
        self.path, self.lines, self.deck = path, lines, deck
        self.deck_file = _deck_file_name(path)
        self.problems: list[Problem] = []

    def add(self, loc: Loc, code: str, **params: Any) -> None:
        params.setdefault("deck_file", self.deck_file)
        line = line_of(self.lines, loc)
        self.problems.append(Problem(self.path, line, field_name(loc), code, params))

    def header(self, data: dict[str, Any], language: str) -> None:
        of = data.get("translation_of")
        if isinstance(of, str) and of != self.deck.id:
            self.add(("translation_of",), "translation_of_other", id=self.deck.id)
        written = data.get("language")
        if isinstance(written, str) and written != language:
            self.add(
                ("language",), "translation_language_file", expected=language, file=self.path.name
            )
        elif written == self.deck.language:
            self.add(("language",), "translation_same_language", language=self.deck.language)

    def texts(self, data: dict[str, Any]) -> None:
        for name in TRANSLATABLE_DECK_FIELDS:
            if data.get(name) is not None and getattr(self.deck, name) is None:
                self.add((name,), "translation_field_extra")
        exercise = data.get("exercise")
        if exercise is None:
            return
        if self.deck.exercise is None:
            self.add(("exercise",), "translation_field_extra")
        elif isinstance(exercise, dict):
            self._count(("exercise", "steps"), exercise.get("steps"), self.deck.exercise.steps)

    def cards(self, items: Any) -> None:
        if not isinstance(items, list):
            return
        if self.deck.cards[0].number is not None:
            self._by_number(items)
        else:
            self._by_position(items)

    def _by_number(self, items: list[Any]) -> None:
        deck_cards = {int(card.number or 0): card for card in self.deck.cards}
        example = self.deck.cards[0].number
        seen: dict[int, int] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            number = normalise_number(item.get("number"))
            if number is None:
                self.add(("cards", index), "translation_number_needed", example=example)
                continue
            if not isinstance(number, str) or not re.fullmatch(CARD_NUMBER_PATTERN, number):
                continue  # the validation says what is wrong with it
            value = int(number)
            if value in seen:
                first = seen[value]
                first_line = line_of(self.lines, ("cards", first, "number"))
                where = ("cards", index, "number")
                self.add(
                    where,
                    "number_duplicate",
                    number=number,
                    first=f"cards[{first}]",
                    first_line=first_line,
                )
                continue
            seen[value] = index
            if value not in deck_cards:
                self.add(("cards", index, "number"), "translation_card_extra", number=number)
                continue
            self._card(("cards", index), item, deck_cards[value])
        for value, card in deck_cards.items():
            if value not in seen:
                self.add(("cards",), "translation_card_missing", card=card.number, title=card.title)

    def _by_position(self, items: list[Any]) -> None:
        count = len(self.deck.cards)
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            if "number" in item:
                self.add(("cards", index, "number"), "translation_number_unused")
            if index >= count:
                self.add(("cards", index), "translation_card_extra_position", count=count)
            else:
                self._card(("cards", index), item, self.deck.cards[index])
        for position in range(len(items), count):
            title = self.deck.cards[position].title
            self.add(
                ("cards",), "translation_card_missing_position", card=position + 1, title=title
            )

    def _card(self, loc: Loc, item: dict[str, Any], card: Card) -> None:
        for name in ("question", "text", "what_if"):
            if item.get(name) is not None and getattr(card, name) is None:
                self.add((*loc, name), "translation_field_extra")
        reminders = item.get("reminders")
        if isinstance(reminders, list) and reminders and not card.reminders:
            self.add((*loc, "reminders"), "translation_field_extra")
        elif card.reminders:
            self._count((*loc, "reminders"), reminders, card.reminders)

    def _count(self, loc: Loc, items: Any, original: tuple[str, ...]) -> None:
        if isinstance(items, list) and items and len(items) != len(original):
            self.add(loc, "translation_count", expected=len(original), count=len(items))


def _deck_file_name(path: Path) -> str:
    """`deck.en.yaml` → `deck.yaml`: the name of the deck file a translation belongs to."""
    parts = path.name.split(".")
    return f"{parts[0]}.{parts[-1]}" if len(parts) >= 3 else "deck.yaml"
