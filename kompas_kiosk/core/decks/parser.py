"""Parsing and validating one deck file: YAML with line numbers, then the strict spec.

Imported only when a file has to be checked (the loader's cache spares a running kiosk the
cost of the YAML parser and the validation library at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.decks.spec import DeckSpec, normalise_number
from kompas_kiosk.core.decks.validation import LineMap, Loc, field_name, number_problem, translate

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 20
"""The deepest nesting a deck file may have; a deck needs 4 (deck, cards, card, reminders)."""


@dataclass
class Document:
    """A deck file read as YAML: its top node, its data and the line of every value."""

    node: yaml.MappingNode
    data: dict[str, Any]
    lines: LineMap
    problems: list[Problem]  # keys written twice


def read_document(path: Path, raw: bytes) -> Document | Problem:
    """The YAML in the bytes of a file, or the one problem that keeps it from being read."""
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a byte order mark
    except UnicodeDecodeError as error:
        return Problem(path, raw.count(b"\n", 0, error.start) + 1, "", "not_utf8")
    try:
        node, data = _parse(text)
    except yaml.MarkedYAMLError as error:
        return _yaml_failed(path, error)
    except yaml.YAMLError as error:
        return Problem(path, None, "", "yaml_syntax", {"problem": str(error)})
    except RecursionError:
        return Problem(path, None, "", "yaml_syntax", {"problem": "nested too deeply"})
    if node is None:
        return Problem(path, None, "", "empty_file")
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        return Problem(path, node.start_mark.line + 1, "", "not_mapping")
    deep = _too_deep(path, node)
    if deep is not None:
        return deep
    lines: LineMap = {}
    problems = _map_lines(path, node, (), node.start_mark.line + 1, lines, set())
    _numbers_as_written(node, data)
    return Document(node, data, lines, problems)


def parse_deck(path: Path, raw: bytes) -> LoadedDeck:
    """Load a deck from the bytes of its file; `path` is only used to report problems."""
    document = read_document(path, raw)
    if isinstance(document, Problem):
        return LoadedDeck(path, None, (document,))
    data, lines, problems = document.data, document.lines, document.problems
    deck: Deck | None = None
    try:
        deck = Deck.from_dict(DeckSpec.model_validate(data).model_dump())
    except ValidationError as invalid:
        errors = list(invalid.errors(include_url=False))
        if not any(error["type"] in ("numbers_mixed", "number_duplicate") for error in errors):
            extra = number_problem(data)
            errors += [extra] if extra is not None else []
        problems += [translate(path, lines, error) for error in errors]
    problems.sort(key=lambda problem: problem.line or 0)
    return LoadedDeck(path, deck, tuple(problems), id_line=lines.get(("id",)))


def _yaml_failed(path: Path, error: yaml.MarkedYAMLError) -> Problem:
    mark, start = error.problem_mark or error.context_mark, error.context_mark
    line = None if mark is None else mark.line + 1
    params: dict[str, Any] = {"problem": error.problem or error.context or "?"}
    code = "yaml_syntax"
    if start is not None and mark is not None and start.line != mark.line:
        code, params["start"] = "yaml_syntax_from", start.line + 1
        params["problem"] = f"{error.context}: {params['problem']}"
    return Problem(path, line, "", code, params)


def _numbers_as_written(node: yaml.MappingNode, data: dict[str, Any]) -> None:
    """Read card numbers written without quotes as the digits written: YAML 1.1 reads
    `number: 010` as the octal 8, but the author means what is printed."""
    cards = next((value for key, value in node.value if key.value == "cards"), None)
    if not isinstance(cards, yaml.SequenceNode) or not isinstance(data.get("cards"), list):
        return
    for card_node, card in zip(cards.value, data["cards"], strict=False):
        if not isinstance(card_node, yaml.MappingNode) or not isinstance(card, dict):
            continue
        for key, value in card_node.value:
            plain = isinstance(value, yaml.ScalarNode) and not value.style  # libyaml: ''
            if key.value == "number" and plain and value.value.isdecimal():
                written = value.value  # "07" and "010" stay as written; 7 becomes "07"
                card["number"] = written if written[0] == "0" else normalise_number(int(written))


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    loader = _Loader(text)
    try:
        node: yaml.Node | None = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    finally:
        loader.dispose()
    return node, data


def _too_deep(path: Path, top: yaml.Node) -> Problem | None:
    """A problem at the field whose value is nested deeper than `MAX_DEPTH`, found without
    recursion (a thousand levels would exhaust Python's stack further on)."""
    stack: list[tuple[yaml.Node, Loc, int]] = [(top, (), 1)]
    seen: set[int] = set()
    while stack:
        node, loc, depth = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if depth > MAX_DEPTH:
            where = loc[:3] if loc[:1] == ("cards",) else loc[:1]
            line = _lines_along(top, where)[-1]
            return Problem(path, line, field_name(where), "too_deep", {"max": MAX_DEPTH})
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((value, (*loc, str(key.value)), depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((item, (*loc, index), depth + 1))
    return None


def _lines_along(node: yaml.Node, loc: Loc) -> list[int]:
    """The lines of the values along `loc` from `node` (a mapping entry's is its key's line)."""
    lines = [node.start_mark.line + 1]
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            entry = next(((k, v) for k, v in node.value if str(k.value) == part), None)
            if entry is None:
                break
            lines.append(entry[0].start_mark.line + 1)
            node = entry[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part]
            lines.append(node.start_mark.line + 1)
        else:
            break
    return lines


def _map_lines(
    path: Path, node: yaml.Node, loc: Loc, line: int, lines: LineMap, seen: set[int]
) -> list[Problem]:
    """Record the 1-based line of every value under `node` (a mapping entry's is its key's line)
    and return a problem for every key that appears twice in one mapping."""
    lines[loc] = line
    if id(node) in seen:  # an alias: walk each node once, and never loop
        return []
    seen.add(id(node))
    problems: list[Problem] = []
    if isinstance(node, yaml.MappingNode):
        first_lines: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            key_line = key.start_mark.line + 1
            if key.value in first_lines:
                params = {"first_line": first_lines[key.value]}
                where = field_name((*loc, key.value))
                problems.append(Problem(path, key_line, where, "duplicate_key", params))
            first_lines[key.value] = key_line
            problems += _map_lines(path, value, (*loc, key.value), key_line, lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += _map_lines(path, item, (*loc, index), item.start_mark.line + 1, lines, seen)
    return problems
