"""Turning pydantic's validation errors into `Problem`s that point at a line and say what to fix.

The deck model knows which keys are allowed and which ranges hold; the messages are read from it
(allowed keys, minimum and maximum), so they stay true when the model changes.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, get_args

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails, PydanticCustomError

from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.spec import (
    CARD_NUMBER_PATTERN,
    DeckSpec,
    check_card_numbers,
    normalise_number,
)

Loc = tuple[str | int, ...]
"""Where a value sits in a deck file: keys and list indices, e.g. ('cards', 0, 'title')."""

LineMap = dict[Loc, int]
"""The 1-based line of each value in a file."""

_NUMBER_ERRORS = ("numbers_mixed", "number_duplicate")
_SIMPLE = {"bool_type": "bool_type", "list_type": "list_type", "raw_html": "raw_html"}
_RANGE_ERRORS = ("int_type", "greater_than_equal", "less_than_equal", "greater_than", "less_than")


def field_name(loc: Loc) -> str:
    """`('cards', 0, 'title')` → `cards[0].title`."""
    parts: list[str] = []
    for part in loc:
        parts.append(f"[{part}]" if isinstance(part, int) else f".{part}" if parts else part)
    return "".join(parts)


def line_of(lines: LineMap, loc: Loc) -> int | None:
    """The line of `loc`, or of the nearest enclosing value that is in the file."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def translate(
    path: Path, lines: LineMap, error: ErrorDetails, root: type[BaseModel] = DeckSpec
) -> Problem:
    """One pydantic error as a `Problem` at the line of the offending value; `root` is the model
    of the whole file (a deck, or a translation)."""
    kind = error["type"]
    loc: Loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    params: dict[str, Any] = {}
    if kind == "number_duplicate":
        index, first = ctx["index"], ctx["first"]
        loc = ("cards", index, "number")
        first_line = line_of(lines, ("cards", first, "number"))
        params = {"number": ctx["number"], "first": f"cards[{first}]", "first_line": first_line}
    elif kind == "numbers_mixed":
        loc = ("cards", ctx["index"])
    elif kind == "invalid_key":  # YAML read a key such as `1:` or `yes:` as a number or boolean
        loc = (*loc[:-1], str(loc[-1]))
    code, more = _code(kind, loc, error, root)
    return Problem(path, line_of(lines, loc), field_name(loc), code, {**params, **more})


def _code(
    kind: str, loc: Loc, error: ErrorDetails, root: type[BaseModel]
) -> tuple[str, dict[str, Any]]:
    name = loc[-1] if loc and isinstance(loc[-1], str) else None
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind in _NUMBER_ERRORS or kind == "missing":
        return kind, {}
    if kind == "list_type" and value is None and loc == ("cards",):
        return "no_cards", {}
    if kind == "text_too_long":
        return kind, {"length": ctx["length"], "max": ctx["max"]}
    if kind in _SIMPLE:
        return _SIMPLE[kind], {}
    if kind in ("extra_forbidden", "invalid_key"):
        allowed = _allowed_keys(loc[:-1], root)
        params = {"allowed": ", ".join(allowed)}
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.7)
        if close:
            return "unknown_key_suggest", {**params, "suggestion": close[0]}
        return "unknown_key", params
    if name == "number" and len(loc) == 3:
        return "bad_number", {}
    if kind == "string_too_short" or (kind == "string_type" and value is None):
        if isinstance(loc[-1], int):
            return "empty_item", {}
        info = _field_info(loc, root)
        return ("empty" if info is None or info.is_required() else "empty_optional"), {}
    if kind == "string_type":
        return ("string_not_list" if isinstance(value, list | dict) else "string_type"), {}
    if kind in _RANGE_ERRORS:
        low, high = _bounds(_field_info(loc, root))
        if low is not None and high is not None:
            unit = (
                "minutes"
                if name == "minutes"
                else "seconds"
                if name == "warning_seconds"
                else "int"
            )
            return f"{unit}_range", {"min": low, "max": high}
        if kind == "int_type":
            return "int_type", {}
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        is_card = len(loc) == 2 and loc[0] == "cards"
        return ("card_type" if is_card else "mapping_type"), {}
    if kind == "too_short":
        if loc == ("cards",):
            return "no_cards", {}
        return "too_short", {"min_length": ctx.get("min_length", 1)}
    if kind == "string_pattern_mismatch":
        specific = {"id": "bad_id", "translation_of": "bad_id", "language": "bad_language"}
        if name in specific:
            return specific[name], {}
        return "pattern", {"pattern": ctx.get("pattern", "")}
    if kind == "literal_error":
        return ("bad_schema" if loc == ("schema",) else "literal"), {"expected": ctx["expected"]}
    return "invalid", {"detail": error["msg"]}


def number_problem(data: dict[str, Any]) -> ErrorDetails | None:
    """Check the card numbers of raw deck data, for when other errors kept the model's own
    check from running. Cards that are not mappings, and invalid numbers, are left out."""
    cards = data.get("cards")
    if not isinstance(cards, list):
        return None
    numbers: list[str | None] = []
    all_known = True
    for card in cards:
        number = normalise_number(card.get("number")) if isinstance(card, dict) else False
        valid = isinstance(number, str) and re.fullmatch(CARD_NUMBER_PATTERN, number)
        all_known = all_known and (number is None or bool(valid))
        numbers.append(str(number) if valid else None)
    try:
        check_card_numbers(numbers, all_known=all_known)
    except PydanticCustomError as error:
        ctx = error.context or {}
        return {"type": error.type, "loc": (), "msg": error.message(), "input": cards, "ctx": ctx}
    return None


def _fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    """A model's fields by the key written in the file (the alias where there is one)."""
    return {info.alias or name: info for name, info in model.model_fields.items()}


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        model = _model_in(argument)
        if model is not None:
            return model
    return None


def _model_at(loc: Loc, root: type[BaseModel]) -> type[BaseModel] | None:
    model: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int):
            continue
        info = _fields(model).get(part) if model is not None else None
        if info is None:
            return None
        model = _model_in(info.annotation)
    return model


def _field_info(loc: Loc, root: type[BaseModel]) -> FieldInfo | None:
    keys = [part for part in loc if isinstance(part, str)]
    if not keys:
        return None
    model = _model_at(loc[: max(i for i, part in enumerate(loc) if isinstance(part, str))], root)
    return None if model is None else _fields(model).get(keys[-1])


def _allowed_keys(loc: Loc, root: type[BaseModel]) -> list[str]:
    model = _model_at(loc, root)
    return [] if model is None else list(_fields(model))


def _bounds(info: FieldInfo | None) -> tuple[int | None, int | None]:
    low = high = None
    for item in info.metadata if info is not None else []:
        if isinstance(item, annotated_types.Ge):
            low = item.ge
        elif isinstance(item, annotated_types.Le):
            high = item.le
    return (low if isinstance(low, int) else None), (high if isinstance(high, int) else None)
