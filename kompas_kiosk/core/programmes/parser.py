"""Parsing and validating one programme file: the decks' YAML reading (with line numbers) and
error mapping, the programme's strict spec, then every card reference checked against the decks.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.decks.parser import read_document
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.spec import normalise_number
from kompas_kiosk.core.decks.validation import LineMap, Loc, field_name, line_of, translate
from kompas_kiosk.core.programmes.model import (
    Break,
    CardRef,
    ExerciseRef,
    LoadedProgramme,
    Panel,
    Part,
    Programme,
    Share,
    Slide,
    Step,
)
from kompas_kiosk.core.programmes.problems import MESSAGES, ProgrammeProblem
from kompas_kiosk.core.programmes.spec import (
    PanelSpec,
    ProgrammeSpec,
    SlideSpec,
    StepSpec,
)


def parse_programme(
    path: Path, raw: bytes, decks: Mapping[str, Deck] | None = None
) -> LoadedProgramme:
    """A programme from the bytes of its file, with every problem; `path` is only used to report
    them. With `decks` (by id), every card and exercise step is checked against them."""
    document = read_document(path, raw)
    if isinstance(document, Problem):
        return LoadedProgramme(path, None, (ProgrammeProblem.of(document),))
    problems: list[Problem] = [ProgrammeProblem.of(item) for item in document.problems]
    spec: ProgrammeSpec | None = None
    try:
        spec = ProgrammeSpec.model_validate(document.data)
    except ValidationError as invalid:
        errors = invalid.errors(include_url=False)
        problems += [problem(path, document.lines, error, ProgrammeSpec) for error in errors]
    if decks is not None:
        problems += references(path, document.lines, document.data, decks)
    problems.sort(key=lambda item: item.line or 0)
    programme = programme_of(spec) if spec is not None else None
    return LoadedProgramme(path, programme, tuple(problems), id_line=document.lines.get(("id",)))


def problem(path: Path, lines: LineMap, error: ErrorDetails, root: type[BaseModel]) -> Problem:
    """One validation error as a programme problem at its line: the programme's own checks
    (kinds, layouts) here, the rest as the decks say it."""
    kind = error["type"]
    if kind not in MESSAGES:
        return ProgrammeProblem.of(translate(path, lines, error, root))
    ctx = dict(error.get("ctx") or {})
    loc: Loc = tuple(error["loc"])
    if "field" in ctx:  # a slide's check names the field it is about
        loc = (*loc, ctx["field"])
    return ProgrammeProblem(path, line_of(lines, loc), field_name(loc), kind, ctx)


def references(
    path: Path, lines: LineMap, data: dict[str, Any], decks: Mapping[str, Deck]
) -> list[Problem]:
    """A problem for every card or exercise step whose deck or card does not exist, and every
    exercise step on a deck without an exercise that does not give its own. Read from the raw
    data, so they are reported together with every other problem."""
    steps = data.get("steps")
    found: list[Problem] = []
    for index, step in enumerate(steps if isinstance(steps, list) else []):
        if not isinstance(step, dict):
            continue
        for kind in ("card", "exercise"):
            ref = step.get(kind)
            if not isinstance(ref, dict) or not isinstance(ref.get("deck"), str):
                continue
            loc: Loc = ("steps", index, kind)

            def add(where: Loc, code: str, **params: Any) -> None:
                line = line_of(lines, where)
                found.append(ProgrammeProblem(path, line, field_name(where), code, params))

            deck = decks.get(ref["deck"])
            if deck is None:
                known = ", ".join(decks) or "-"
                add((*loc, "deck"), "unknown_deck", deck=ref["deck"], known=known)
                continue
            number = normalise_number(ref.get("number"))
            if isinstance(number, str) and deck.find_card(number) is None:
                add(
                    (*loc, "number"),
                    "unknown_card",
                    deck=deck.id,
                    number=number,
                    known=_known(deck),
                )
            no_override = ref.get("minutes") is None or ref.get("title") is None
            if kind == "exercise" and deck.exercise is None and no_override:
                add(loc, "no_exercise", deck=deck.id)
    return found


def _known(deck: Deck) -> str:
    if deck.cards[0].number is None:
        return ", ".join(str(place) for place in range(1, len(deck.cards) + 1))
    return ", ".join(card.number or "" for card in deck.cards)


def programme_of(spec: ProgrammeSpec) -> Programme:
    """The runtime programme of a validated spec."""
    steps = tuple(Step(item.minutes, part_of(item)) for item in spec.steps)
    return Programme(
        id=spec.id,
        title=spec.title,
        steps=steps,
        date=spec.date,
        place=spec.place,
        language=spec.language,
    )


def part_of(step: StepSpec) -> Part:
    if step.slide is not None:
        return slide_of(step.slide)
    if step.card is not None:
        return CardRef(step.card.deck, step.card.number, step.card.face)
    if step.exercise is not None:
        given = step.exercise
        steps = tuple(given.steps) if given.steps is not None else None
        return ExerciseRef(given.deck, given.number, given.title, given.minutes, steps)
    if step.share is not None:
        return Share(step.share.title)
    assert step.break_ is not None  # the spec allows exactly one kind
    return Break(step.break_.title)


def slide_of(slide: SlideSpec) -> Slide:
    def panels(items: list[PanelSpec]) -> tuple[Panel, ...]:
        return tuple(Panel(item.title, item.text, tuple(item.items)) for item in items)

    return Slide(
        layout=slide.layout,
        kicker=slide.kicker,
        title=slide.title,
        subtitle=slide.subtitle,
        text=slide.text,
        attribution=slide.attribution,
        lines=tuple(slide.lines),
        items=tuple(slide.items),
        columns=panels(slide.columns),
        cells=panels(slide.cells),
        row_labels=tuple(slide.row_labels),
        column_labels=tuple(slide.column_labels),
    )
