"""A programme's translation (`programme.en.yaml` beside `programme.yaml`): its texts, checked
against the programme's structure.

A translation holds only texts, step by step: as many steps as the programme, of the same kinds,
in the same order. Minutes, layouts and card references stay the programme's, and card texts come
from the decks' own translations. A text left out stays in the programme's language. A
translation that disagrees with the programme has problems and is not used.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kompas_kiosk.core.decks.parser import read_document
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.validation import LineMap, Loc, field_name, line_of
from kompas_kiosk.core.programmes.model import (
    Break,
    ExerciseRef,
    Panel,
    Part,
    Programme,
    Share,
    Slide,
    Step,
)
from kompas_kiosk.core.programmes.parser import problem
from kompas_kiosk.core.programmes.problems import ProgrammeProblem
from kompas_kiosk.core.programmes.spec import (
    KINDS,
    SLIDE_LIST_FIELDS,
    SLIDE_TEXT_FIELDS,
    TRANSLATABLE_PROGRAMME_FIELDS,
    PanelTranslationSpec,
    ProgrammeTranslationSpec,
    StepTranslationSpec,
)


def parse_programme_translation(
    path: Path, raw: bytes, programme: Programme | None, language: str
) -> tuple[Programme | None, tuple[Problem, ...]]:
    """The programme in the language of the translation in `raw`, and every problem with it.
    `language` is the one in the file's name (`programme.en.yaml`: en)."""
    document = read_document(path, raw)
    if isinstance(document, Problem):
        return None, (ProgrammeProblem.of(document),)
    problems: list[Problem] = [ProgrammeProblem.of(item) for item in document.problems]
    spec: ProgrammeTranslationSpec | None = None
    try:
        spec = ProgrammeTranslationSpec.model_validate(document.data)
    except ValidationError as invalid:
        errors = invalid.errors(include_url=False)
        problems += [
            problem(path, document.lines, error, ProgrammeTranslationSpec) for error in errors
        ]
    if programme is not None:
        checker = _Structure(path, document.lines, programme)
        checker.header(document.data, language)
        checker.steps(document.data.get("steps"))
        problems += checker.problems
    problems.sort(key=lambda item: item.line or 0)
    if problems or spec is None or programme is None:
        return None, tuple(problems)
    return translated(programme, spec), ()


def translated(programme: Programme, spec: ProgrammeTranslationSpec) -> Programme:
    """`programme` with the texts of `spec` (a translation that matches it), and its language."""
    steps = tuple(_step(step, item) for step, item in zip(programme.steps, spec.steps, strict=True))
    texts = {
        name: getattr(spec, name) or getattr(programme, name)
        for name in TRANSLATABLE_PROGRAMME_FIELDS
    }
    return replace(
        programme, **texts, steps=steps, language=spec.language, translator=spec.translator
    )


def _step(step: Step, item: StepTranslationSpec) -> Step:
    part: Part = step.part
    if isinstance(part, Slide) and item.slide is not None:
        given = item.slide
        texts: dict[str, Any] = {
            name: getattr(given, name) or getattr(part, name) for name in SLIDE_TEXT_FIELDS
        }
        lists: dict[str, Any] = {
            name: tuple(getattr(given, name) or getattr(part, name)) for name in SLIDE_LIST_FIELDS
        }
        part = replace(
            part,
            **texts,
            columns=_panels(part.columns, given.columns),
            cells=_panels(part.cells, given.cells),
        )
        part = replace(part, **lists)
    elif isinstance(part, ExerciseRef) and item.exercise is not None:
        steps = tuple(item.exercise.steps) if item.exercise.steps else part.steps
        part = replace(part, title=item.exercise.title or part.title, steps=steps)
    elif isinstance(part, Share) and item.share is not None:
        part = replace(part, title=item.share.title or part.title)
    elif isinstance(part, Break) and item.break_ is not None:
        part = replace(part, title=item.break_.title or part.title)
    return replace(step, part=part)


def _panels(
    panels: tuple[Panel, ...], given: list[PanelTranslationSpec] | None
) -> tuple[Panel, ...]:
    if not given:
        return panels
    return tuple(
        Panel(item.title or panel.title, item.text or panel.text, tuple(item.items or panel.items))
        for panel, item in zip(panels, given, strict=True)
    )


class _Structure:
    """Compares a translation's raw data with its programme, collecting every disagreement
    (values of the wrong type are left to the validation's own problems)."""

    def __init__(self, path: Path, lines: LineMap, programme: Programme) -> None:
        self.path, self.lines, self.programme = path, lines, programme
        self.problems: list[Problem] = []

    def add(self, loc: Loc, code: str, **params: Any) -> None:
        line = line_of(self.lines, loc)
        self.problems.append(ProgrammeProblem(self.path, line, field_name(loc), code, params))

    def header(self, data: dict[str, Any], language: str) -> None:
        of = data.get("translation_of")
        if isinstance(of, str) and of != self.programme.id:
            self.add(("translation_of",), "translation_of_other", id=self.programme.id)
        written = data.get("language")
        if isinstance(written, str) and written != language:
            self.add(
                ("language",), "translation_language_file", expected=language, file=self.path.name
            )
        elif written == self.programme.language:
            self.add(("language",), "translation_same_language", language=written)
        for name in TRANSLATABLE_PROGRAMME_FIELDS:
            if data.get(name) is not None and getattr(self.programme, name) is None:
                self.add((name,), "translation_field_extra")

    def steps(self, items: Any) -> None:
        if not isinstance(items, list):
            return
        expected = len(self.programme.steps)
        if items and len(items) != expected:
            self.add(("steps",), "translation_step_count", expected=expected, count=len(items))
        for index, (item, step) in enumerate(zip(items, self.programme.steps, strict=False)):
            if not isinstance(item, dict):
                continue
            kinds = [kind for kind in KINDS if kind in item]
            if len(kinds) != 1:
                continue  # the validation says so
            if kinds[0] != step.kind:
                self.add(("steps", index), "translation_step_kind", kind=step.kind, found=kinds[0])
                continue
            given = item[kinds[0]]
            if isinstance(step.part, Slide) and isinstance(given, dict):
                self._slide(("steps", index, "slide"), given, step.part)
            elif isinstance(step.part, ExerciseRef) and isinstance(given, dict):
                for name in ("title", "steps"):
                    if given.get(name) is not None and getattr(step.part, name) is None:
                        self.add(("steps", index, "exercise", name), "translation_field_extra")
                self._count(
                    ("steps", index, "exercise", "steps"), given.get("steps"), step.part.steps
                )

    def _slide(self, loc: Loc, given: dict[str, Any], slide: Slide) -> None:
        for name in SLIDE_TEXT_FIELDS:
            if given.get(name) is not None and getattr(slide, name) is None:
                self.add((*loc, name), "translation_field_extra")
        for name in (*SLIDE_LIST_FIELDS, "columns", "cells"):
            original = getattr(slide, name)
            value = given.get(name)
            if isinstance(value, list) and value and not original:
                self.add((*loc, name), "translation_field_extra")
            else:
                self._count((*loc, name), value, original)
        for name in ("columns", "cells"):
            panels = given.get(name)
            if not isinstance(panels, list) or len(panels) != len(getattr(slide, name)):
                continue
            for index, (panel, original) in enumerate(
                zip(panels, getattr(slide, name), strict=True)
            ):
                if not isinstance(panel, dict):
                    continue
                where = (*loc, name, index)
                for text in ("title", "text"):
                    if panel.get(text) is not None and getattr(original, text) is None:
                        self.add((*where, text), "translation_field_extra")
                self._count((*where, "items"), panel.get("items"), original.items)

    def _count(self, loc: Loc, items: Any, original: tuple[Any, ...] | None) -> None:
        if isinstance(items, list) and items and original and len(items) != len(original):
            self.add(loc, "translation_count", expected=len(original), count=len(items))
