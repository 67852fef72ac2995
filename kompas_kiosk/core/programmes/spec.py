"""What a `programme.yaml` (and its translation, `programme.en.yaml`) may contain, as strict
pydantic models.

The parser validates every file against these and `content/programme.schema.json` is generated
from them. The running kiosk works with the plain dataclasses in `model.py`. Card texts are not
written here: a `card` or `exercise` step names a deck and a card, and the text lives in the deck.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.config import JsonDict
from pydantic_core import PydanticCustomError

from kompas_kiosk.core.decks.spec import (
    CARD_NUMBER_PATTERN,
    MAX_EXERCISE_MINUTES,
    Text,
    normalise_number,
)

SCHEMA_VERSION = 1
MAX_STEP_MINUTES = 480
"""A step lasts at most a working day (8 hours); more is a typo."""

KINDS = ("slide", "card", "exercise", "share", "break")
"""The kinds of step, as written in the file: every step has exactly one of these keys."""

Layout = Literal[
    "title", "statement", "quote", "list", "two-column", "matrix", "section", "closing"
]
LAYOUTS: tuple[str, ...] = Layout.__args__  # type: ignore[attr-defined]

COMMON_SLIDE_FIELDS = ("kicker", "title", "subtitle")
"""Every layout may have these; `LAYOUT_FIELDS` names the rest."""

LAYOUT_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # layout: (fields it needs, further fields it may have)
    "title": (("title",), ("lines",)),
    "statement": (("text",), ()),
    "quote": (("text",), ("attribution",)),
    "list": (("items",), ("text",)),
    "two-column": (("columns",), ()),
    "matrix": (("cells",), ("row_labels", "column_labels")),
    "section": (("title",), ()),
    "closing": (("title",), ()),
}

PANEL_COUNTS = {"columns": 2, "cells": 4, "row_labels": 2, "column_labels": 2}
"""The exact number of items these slide fields hold when given."""

_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _one_kind(data: Any) -> Any:
    """Exactly one kind per step; `break:` or `share:` with nothing after it means no details."""
    if not isinstance(data, dict):
        return data
    present = [kind for kind in KINDS if kind in data]
    if not present:
        raise PydanticCustomError(
            "step_no_kind", "a step needs one kind", {"kinds": ", ".join(KINDS)}
        )
    if len(present) > 1:
        raise PydanticCustomError(
            "step_two_kinds", "a step has one kind", {"found": ", ".join(present)}
        )
    kind = present[0]
    return {**data, kind: {}} if data[kind] is None else data


_ONE_KIND_SCHEMA: JsonDict = {"oneOf": [{"required": [kind]} for kind in KINDS]}


class PanelSpec(_Strict):
    """One column of a two-column slide, or one cell of a matrix: a heading, a text, a list."""

    model_config = ConfigDict(title="Panel")

    title: Text | None = Field(default=None, description="The panel's heading.")
    text: Text | None = Field(default=None, description="A text (**bold**, *italic*).")
    items: list[Text] = Field(default_factory=list, description="A list, one line per item.")

    @model_validator(mode="after")
    def _not_empty(self) -> PanelSpec:
        if self.title is None and self.text is None and not self.items:
            raise PydanticCustomError("panel_empty", "a panel needs a title, a text or items")
        return self


class SlideSpec(_Strict):
    """A text slide. `layout` decides which fields it shows (see LAYOUT_FIELDS)."""

    model_config = ConfigDict(title="Slide")

    layout: Layout = Field(
        description="title, statement, quote, list, two-column, matrix, section or closing."
    )
    kicker: Text | None = Field(default=None, description="A small line above the title.")
    title: Text | None = Field(default=None, description="The slide's heading.")
    subtitle: Text | None = Field(default=None, description="A line under the title.")
    text: Text | None = Field(
        default=None,
        description="statement and quote: the text; list: a line under the items. "
        "**bold** and *italic* as on cards.",
    )
    attribution: Text | None = Field(default=None, description="quote: who said it, and when.")
    lines: list[Text] = Field(
        default_factory=list, description="title: small lines under the title (date, speakers)."
    )
    items: list[Text] = Field(default_factory=list, description="list: the points, in order.")
    columns: list[PanelSpec] = Field(
        default_factory=list, description="two-column: the two columns, left then right."
    )
    cells: list[PanelSpec] = Field(
        default_factory=list,
        description="matrix: the four cells, row by row: top left, top right, bottom left, "
        "bottom right.",
    )
    row_labels: list[Text] = Field(
        default_factory=list, description="matrix: the labels of the two rows, top then bottom."
    )
    column_labels: list[Text] = Field(
        default_factory=list,
        description="matrix: the labels of the two columns, left then right.",
    )

    @model_validator(mode="after")
    def _fits_layout(self) -> SlideSpec:
        needed, optional = LAYOUT_FIELDS[self.layout]
        for name in needed:
            if not getattr(self, name):
                raise PydanticCustomError(
                    "slide_field_needed", "the layout needs this field", _ctx(self.layout, name)
                )
        allowed = {*COMMON_SLIDE_FIELDS, *needed, *optional}
        for name in type(self).model_fields:
            if name not in allowed and name != "layout" and getattr(self, name):
                raise PydanticCustomError(
                    "slide_field_unused", "the layout does not show this", _ctx(self.layout, name)
                )
        for name, count in PANEL_COUNTS.items():
            given = len(getattr(self, name))
            if given and given != count:
                ctx = {**_ctx(self.layout, name), "expected": count, "count": given}
                raise PydanticCustomError("slide_count", "wrong number of items", ctx)
        return self


def _ctx(layout: str, name: str) -> dict[str, Any]:
    needed, optional = LAYOUT_FIELDS[layout]
    shown = ", ".join((*COMMON_SLIDE_FIELDS, *needed, *optional))
    return {"field": name, "layout": layout, "needed": ", ".join(needed), "shown": shown}


class _CardNumber(_Strict):
    deck: str = Field(pattern=_ID_PATTERN, description="The id of the deck, e.g. aarhuskompasset.")
    number: str = Field(
        pattern=CARD_NUMBER_PATTERN,
        description='The card\'s number as printed, e.g. "07"; in a deck without numbers, its '
        "place in the deck counted from 1.",
    )

    @field_validator("number", mode="before")
    @classmethod
    def _number_from_int(cls, value: Any) -> Any:
        return normalise_number(value)


class CardStepSpec(_CardNumber):
    """A card from a deck, shown as in the deck."""

    model_config = ConfigDict(title="CardStep")

    face: Literal["front", "back"] = Field(
        default="front", description="Which side of the card: front or back."
    )


class ExerciseStepSpec(_CardNumber):
    """A card's group exercise with its countdown: the deck's exercise, or the one given here."""

    model_config = ConfigDict(title="ExerciseStep")

    title: Text | None = Field(default=None, description="Instead of the deck's exercise title.")
    minutes: int | None = Field(
        default=None,
        ge=1,
        le=MAX_EXERCISE_MINUTES,
        description="The countdown in whole minutes, instead of the deck's exercise's.",
    )
    steps: list[Text] | None = Field(
        default=None, description="The steps the groups follow, instead of the deck's."
    )


class ShareStepSpec(_Strict):
    """The plenum ("Del det halvfærdige"): the notes taken so far, shown large for the room."""

    model_config = ConfigDict(title="ShareStep")

    title: Text | None = Field(default=None, description="A heading instead of the usual one.")


class BreakStepSpec(_Strict):
    """A pause with its own countdown, as long as the step's minutes."""

    model_config = ConfigDict(title="BreakStep")

    title: Text | None = Field(default=None, description="A heading instead of the usual one.")


class StepSpec(_Strict):
    """One step of the programme: its planned minutes and exactly one kind."""

    model_config = ConfigDict(title="Step", json_schema_extra=_ONE_KIND_SCHEMA)

    minutes: int = Field(
        ge=1, le=MAX_STEP_MINUTES, description="The planned length of the step in whole minutes."
    )
    slide: SlideSpec | None = Field(default=None, description="A text slide.")
    card: CardStepSpec | None = Field(default=None, description="A card from a deck.")
    exercise: ExerciseStepSpec | None = Field(
        default=None, description="A card's group exercise, with its countdown."
    )
    share: ShareStepSpec | None = Field(
        default=None, description="The plenum: the notes so far, large for the room."
    )
    break_: BreakStepSpec | None = Field(
        default=None, alias="break", description="A pause with a countdown of the step's minutes."
    )

    _one_kind = model_validator(mode="before")(_one_kind)


class ProgrammeSpec(_Strict):
    """A programme: a workshop or a talk, as an ordered list of timed steps."""

    model_config = ConfigDict(title="Programme")

    schema_version: Literal[1] = Field(
        alias="schema", description="Version of this file format; always 1."
    )
    id: str = Field(
        pattern=_ID_PATTERN,
        description="Short name used with --programme: lower-case letters, digits and '-'.",
    )
    title: Text = Field(description="The programme's name.")
    date: Text | None = Field(default=None, description="When it takes place, as written.")
    place: Text | None = Field(default=None, description="Where it takes place.")
    language: str = Field(
        default="da", pattern=r"^[a-z]{2}$", description="Language code of the text: da or en."
    )
    steps: list[StepSpec] = Field(min_length=1, description="The steps, in the order they run.")


# -- translations ------------------------------------------------------------------------------
#
# A translation (`programme.en.yaml`) holds only texts, step by step: as many steps as the
# programme, of the same kinds, in the same order. Minutes, layouts and card references are the
# programme's own; card texts come from the decks' own translations.

TRANSLATABLE_PROGRAMME_FIELDS = ("title", "date", "place")
SLIDE_TEXT_FIELDS = ("kicker", "title", "subtitle", "text", "attribution")
SLIDE_LIST_FIELDS = ("lines", "items", "row_labels", "column_labels")


class PanelTranslationSpec(_Strict):
    model_config = ConfigDict(title="PanelTranslation")

    title: Text | None = None
    text: Text | None = None
    items: list[Text] | None = None


class SlideTranslationSpec(_Strict):
    """A slide's texts, translated; the layout is the programme's."""

    model_config = ConfigDict(title="SlideTranslation")

    kicker: Text | None = None
    title: Text | None = None
    subtitle: Text | None = None
    text: Text | None = None
    attribution: Text | None = None
    lines: list[Text] | None = None
    items: list[Text] | None = None
    columns: list[PanelTranslationSpec] | None = None
    cells: list[PanelTranslationSpec] | None = None
    row_labels: list[Text] | None = None
    column_labels: list[Text] | None = None


class CardStepTranslationSpec(_Strict):
    """Nothing to translate: the card's texts come from the deck's translation."""

    model_config = ConfigDict(title="CardStepTranslation")


class ExerciseStepTranslationSpec(_Strict):
    """An exercise step's own title and steps, translated (only where the programme has them)."""

    model_config = ConfigDict(title="ExerciseStepTranslation")

    title: Text | None = None
    steps: list[Text] | None = None


class StepTranslationSpec(_Strict):
    """One step's texts, translated: the same kind as the programme's step at this place."""

    model_config = ConfigDict(title="StepTranslation", json_schema_extra=_ONE_KIND_SCHEMA)

    slide: SlideTranslationSpec | None = None
    card: CardStepTranslationSpec | None = None
    exercise: ExerciseStepTranslationSpec | None = None
    share: ShareStepSpec | None = None
    break_: BreakStepSpec | None = Field(default=None, alias="break")

    _one_kind = model_validator(mode="before")(_one_kind)


class ProgrammeTranslationSpec(_Strict):
    """A translation of a programme: its texts in another language, step by step."""

    model_config = ConfigDict(title="ProgrammeTranslation")

    schema_version: Literal[1] = Field(
        alias="schema", description="Version of this file format; always 1."
    )
    translation_of: str = Field(
        pattern=_ID_PATTERN, description="The id of the programme in programme.yaml beside it."
    )
    language: str = Field(
        pattern=r"^[a-z]{2}$", description="Language code, as in the file name: en."
    )
    translator: Text = Field(description="Who translated it.")
    note: Text | None = Field(default=None, description="A note about the translation.")
    title: Text | None = Field(default=None, description="The programme's name, translated.")
    date: Text | None = Field(default=None, description="The date, translated.")
    place: Text | None = Field(default=None, description="The place, translated.")
    steps: list[StepTranslationSpec] = Field(
        min_length=1, description="Every step of the programme, in its order and of its kind."
    )
