"""What a `deck.yaml` may contain, as strict pydantic models.

The parser validates every file against these (collecting every problem with its location) and
`content/deck.schema.json` is generated from them. They are only imported when a file has to be
validated: the running kiosk works with the plain dataclasses in `model.py`, which start fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
MAX_EXERCISE_MINUTES = 120
CARD_NUMBER_PATTERN = r"^[0-9]{1,3}$"

_HTML_TAG = re.compile(r"</?[A-Za-z!][^>]*>")
MAX_TEXT_CHARACTERS = 4000
"""The longest text one field may hold; a card shows far less, and a longer text only costs."""


def _no_html(value: str) -> str:
    if len(value) > MAX_TEXT_CHARACTERS:
        raise PydanticCustomError(
            "text_too_long",
            "the text is too long",
            {"length": len(value), "max": MAX_TEXT_CHARACTERS},
        )
    if _HTML_TAG.search(value):
        raise PydanticCustomError("raw_html", "raw HTML is not allowed")
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_no_html)
]
"""A piece of text that must not be empty and must not contain HTML."""


def normalise_number(value: Any) -> Any:
    """YAML reads `number: 7` (and `07`) as an integer; the printed form is zero-padded."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1000:
        return f"{value:02d}"
    return value


def check_card_numbers(numbers: Sequence[str | None], *, all_known: bool = True) -> None:
    """Raise if some cards have a number and others not, or if a number is used twice.

    `numbers` are the cards' numbers in order (None for a card without one). With
    `all_known=False`, None means "not known" and only duplicates are looked for.
    """
    if all_known and any(number is not None for number in numbers) and None in numbers:
        raise PydanticCustomError(
            "numbers_mixed",
            "give every card a number, or none",
            {"index": numbers.index(None)},
        )
    seen: dict[int, int] = {}
    for index, number in enumerate(numbers):
        if number is None:
            continue
        value = int(number)
        if value in seen:
            raise PydanticCustomError(
                "number_duplicate",
                "card number {number} is used twice",
                {"number": number, "index": index, "first": seen[value]},
            )
        seen[value] = index


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ExerciseSpec(_Strict):
    """The group exercise that goes with every card of a deck."""

    model_config = ConfigDict(title="Exercise")

    title: Text = Field(description="Shown above the steps, e.g. 'Gruppearbejde'.")
    minutes: int = Field(
        ge=1,
        le=MAX_EXERCISE_MINUTES,
        description="Length of the countdown in whole minutes.",
    )
    steps: list[Text] = Field(
        default_factory=list, description="The steps the groups follow, in order."
    )
    warning_seconds: int | None = Field(
        default=None,
        ge=0,
        le=30 * 60,
        description="The countdown turns to its warning colour this many seconds before zero. "
        "Without it, at the share of the exercise set on the settings page (10 %).",
    )
    flip_when_done: bool = Field(
        default=False,
        description="When time is up, turn the card over to its reflections.",
    )


class CardSpec(_Strict):
    """One card: the front is number, title, question and text; the back is the reflections."""

    model_config = ConfigDict(title="Card")

    number: str | None = Field(
        default=None,
        pattern=CARD_NUMBER_PATTERN,
        description='The card\'s number as printed, e.g. "07". Give every card a number, or none.',
    )
    title: Text = Field(description="The card's title.")
    question: Text | None = Field(
        default=None, description="The provocative question on the front."
    )
    text: Text | None = Field(
        default=None,
        description="Body text. Markdown subset: **bold**, *italic*, blank line between "
        "paragraphs, '- ' or '1. ' lists. No HTML.",
    )
    reminders: list[Text] = Field(
        default_factory=list, description="Små huskere: short reminders, phrased as questions."
    )
    what_if: Text | None = Field(
        default=None, description="The 'Hvad nu hvis' reflection on the back."
    )

    @field_validator("number", mode="before")
    @classmethod
    def _number_from_int(cls, value: Any) -> Any:
        return normalise_number(value)


class DeckSpec(_Strict):
    """A deck: its cards in order, and what is printed on every card."""

    schema_version: Literal[1] = Field(
        alias="schema", description="Version of this file format; always 1."
    )
    id: str = Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="Short name used with --deck: lower-case letters, digits and '-'.",
    )
    title: Text = Field(description="The deck's name, e.g. 'Samarbejdskompasset'.")
    subtitle: Text | None = Field(default=None, description="A line under the title.")
    edition: Text | None = Field(default=None, description="Edition, e.g. 'januar 2023'.")
    order: int = Field(
        default=100,
        ge=0,
        le=10000,
        description="Where the deck stands in the deck chooser: lower numbers first.",
    )
    language: str = Field(
        default="da", pattern=r"^[a-z]{2}$", description="Language code of the text: da or en."
    )
    card_label: Text | None = Field(
        default=None,
        description="Printed above every card's title, before its number, e.g. 'Princip'.",
    )
    prompt: Text | None = Field(
        default=None,
        description="A question shared by every card; shown where a card has no question.",
    )
    exercise: ExerciseSpec | None = Field(
        default=None, description="The group exercise; leave out for a deck without one."
    )
    cards: list[CardSpec] = Field(
        min_length=1, description="The cards, in the order they are shown."
    )

    model_config = ConfigDict(populate_by_name=True, title="Deck")

    @model_validator(mode="after")
    def _numbers_consistent(self) -> DeckSpec:
        check_card_numbers([card.number for card in self.cards])
        return self


# -- translations ------------------------------------------------------------------------------
#
# A translation (`deck.en.yaml` beside `deck.yaml`) holds only the texts, card by card. Everything
# else (ids, numbers, minutes, order) is the deck's own; a text left out stays in the deck's
# language. Whether its cards match the deck's is checked against the deck (`deck_parser`).

TRANSLATABLE_DECK_FIELDS = ("title", "subtitle", "edition", "card_label", "prompt")
TRANSLATABLE_CARD_FIELDS = ("title", "question", "text", "what_if")


class ExerciseTranslationSpec(_Strict):
    """The exercise's texts in the translation's language; its length is the deck's."""

    model_config = ConfigDict(title="ExerciseTranslation")

    title: Text | None = Field(default=None, description="The exercise's title, translated.")
    steps: list[Text] | None = Field(
        default=None, description="The steps, translated: as many as the deck has, in its order."
    )


class CardTranslationSpec(_Strict):
    """One card's texts in the translation's language. Leave out a text to keep the deck's."""

    model_config = ConfigDict(title="CardTranslation")

    number: str | None = Field(
        default=None,
        pattern=CARD_NUMBER_PATTERN,
        description='The number of the card this translates, e.g. "07". Only in a deck whose '
        "cards have numbers; in a deck without, cards are matched by their order.",
    )
    title: Text | None = Field(default=None, description="The card's title, translated.")
    question: Text | None = Field(default=None, description="The question, translated.")
    text: Text | None = Field(
        default=None,
        description="The body text, translated; the same **bold** and *italic* as the deck's.",
    )
    reminders: list[Text] | None = Field(
        default=None, description="The reminders, translated: as many as the deck's card has."
    )
    what_if: Text | None = Field(default=None, description="The 'what if', translated.")

    @field_validator("number", mode="before")
    @classmethod
    def _number_from_int(cls, value: Any) -> Any:
        return normalise_number(value)


class TranslationSpec(_Strict):
    """A translation of a deck: the deck's texts in another language, card by card."""

    model_config = ConfigDict(populate_by_name=True, title="DeckTranslation")

    schema_version: Literal[1] = Field(
        alias="schema", description="Version of this file format; always 1."
    )
    translation_of: str = Field(
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="The id of the deck this translates (the deck.yaml in the same folder).",
    )
    language: str = Field(
        pattern=r"^[a-z]{2}$",
        description="Language code of this translation, as in the file's name: deck.en.yaml is en.",
    )
    translator: Text = Field(
        description="Who translated it, e.g. 'Kompas Kiosk (our translation, not Aarhus "
        "Kommune's)'."
    )
    note: Text | None = Field(default=None, description="A note about the translation.")
    title: Text | None = Field(default=None, description="The deck's name, translated.")
    subtitle: Text | None = Field(default=None, description="The subtitle, translated.")
    edition: Text | None = Field(default=None, description="The edition, translated.")
    card_label: Text | None = Field(default=None, description="The card label, translated.")
    prompt: Text | None = Field(default=None, description="The shared prompt, translated.")
    exercise: ExerciseTranslationSpec | None = Field(
        default=None, description="The exercise's title and steps, translated."
    )
    cards: list[CardTranslationSpec] = Field(
        min_length=1, description="Every card of the deck, translated (matched by number)."
    )
