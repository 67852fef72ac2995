"""Loading decks from `deck.yaml` files: read, parse, validate, and collect every problem.

Nothing here raises for bad content or unreadable files: a deck that cannot be used comes back
as a `LoadedDeck` without a deck and with the problems that say what to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kompas_kiosk.core.model import Deck, normalise_number
from kompas_kiosk.core.problems import Problem
from kompas_kiosk.core.validation import LineMap, Loc, field_name, number_problem, translate

DECK_FILE = "deck.yaml"

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class LoadedDeck:
    """The result of loading one deck: the deck if it is usable, and what is wrong with it."""

    path: Path
    deck: Deck | None
    problems: tuple[Problem, ...] = ()
    id_line: int | None = field(default=None, compare=False, repr=False)

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


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _has_deck_file(folder: Path) -> bool:
    try:
        return (folder / DECK_FILE).is_file()
    except OSError:
        return True  # let load_deck find out, and say, why it cannot be read


def load_deck(path: Path) -> LoadedDeck:
    """Load the deck in `path`: a `deck.yaml` file or the folder holding one."""
    file, missing_code, missing_path = path, "not_found", path
    if _is_dir(path):
        file, missing_code = path / DECK_FILE, "no_deck"
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return LoadedDeck(file, None, (Problem(missing_path, None, "", missing_code),))
    except PermissionError:
        return LoadedDeck(file, None, (Problem(file, None, "", "not_readable"),))
    except OSError as error:
        problem = Problem(file, None, "", "read_error", {"error": error.strerror or error})
        return LoadedDeck(file, None, (problem,))
    return load_bytes(file, raw)


def load_bytes(path: Path, raw: bytes) -> LoadedDeck:
    """Load a deck from the bytes of its file; `path` is only used to report problems."""

    def failed(code: str, line: int | None = None, **params: Any) -> LoadedDeck:
        return LoadedDeck(path, None, (Problem(path, line, "", code, params),))

    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a byte order mark
    except UnicodeDecodeError as error:
        return failed("not_utf8", raw.count(b"\n", 0, error.start) + 1)
    try:
        node, data = _parse(text)
    except yaml.MarkedYAMLError as error:
        return _yaml_failed(path, error)
    except yaml.YAMLError as error:
        return failed("yaml_syntax", problem=str(error))
    except RecursionError:
        return failed("yaml_syntax", problem="nested too deeply")
    if node is None:
        return failed("empty_file")
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        return failed("not_mapping", node.start_mark.line + 1)

    lines: LineMap = {}
    problems = _map_lines(path, node, (), node.start_mark.line + 1, lines, set())
    _numbers_as_written(node, data)
    deck: Deck | None = None
    try:
        deck = Deck.model_validate(data)
    except ValidationError as invalid:
        errors = list(invalid.errors(include_url=False))
        if not any(error["type"] in ("numbers_mixed", "number_duplicate") for error in errors):
            extra = number_problem(data)
            errors += [extra] if extra is not None else []
        problems += [translate(path, lines, error) for error in errors]
    problems.sort(key=lambda problem: problem.line or 0)
    return LoadedDeck(path, deck, tuple(problems), id_line=lines.get(("id",)))


def _yaml_failed(path: Path, error: yaml.MarkedYAMLError) -> LoadedDeck:
    mark, start = error.problem_mark or error.context_mark, error.context_mark
    line = None if mark is None else mark.line + 1
    params: dict[str, Any] = {"problem": error.problem or error.context or "?"}
    code = "yaml_syntax"
    if start is not None and mark is not None and start.line != mark.line:
        code, params["start"] = "yaml_syntax_from", start.line + 1
        params["problem"] = f"{error.context}: {params['problem']}"
    return LoadedDeck(path, None, (Problem(path, line, "", code, params),))


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


def load_decks(paths: Sequence[Path]) -> list[LoadedDeck]:
    """Load every deck in `paths` (deck files, deck folders, or folders of deck folders).

    One broken deck never stops the others. A deck whose id an earlier deck already has gets a
    problem. Decks come sorted by their `order`, then title; decks that could not be read last.
    """
    loaded: list[LoadedDeck] = []
    seen: set[Path] = set()
    for path in paths:
        for item in _expand(path):
            if isinstance(item, LoadedDeck):
                loaded.append(item)
                continue
            key = _identity(item)
            if key not in seen:
                seen.add(key)
                loaded.append(load_deck(item))
    return sorted(_mark_duplicate_ids(loaded), key=_sort_key)


def _expand(path: Path) -> list[Path | LoadedDeck]:
    if not _is_dir(path) or _has_deck_file(path):
        return [path]
    try:
        folders = sorted(child for child in path.iterdir() if _is_dir(child))
    except PermissionError:
        return [LoadedDeck(path, None, (Problem(path, None, "", "not_readable"),))]
    except OSError as error:
        problem = Problem(path, None, "", "read_error", {"error": error.strerror or error})
        return [LoadedDeck(path, None, (problem,))]
    decks: list[Path | LoadedDeck] = [folder for folder in folders if _has_deck_file(folder)]
    return decks or [LoadedDeck(path, None, (Problem(path, None, "", "no_decks"),))]


def _identity(path: Path) -> Path:
    file = path / DECK_FILE if _is_dir(path) else path
    try:
        return file.resolve()
    except OSError:
        return file.absolute()


def _mark_duplicate_ids(loaded: list[LoadedDeck]) -> list[LoadedDeck]:
    first: dict[str, LoadedDeck] = {}
    result: list[LoadedDeck] = []
    for item in loaded:
        if item.deck is not None and item.deck.id in first:
            params = {"id": item.deck.id, "other": str(first[item.deck.id].path)}
            problem = Problem(item.path, item.id_line, "id", "duplicate_id", params)
            item = replace(item, problems=(*item.problems, problem))
        elif item.deck is not None:
            first[item.deck.id] = item
        result.append(item)
    return result


def _sort_key(item: LoadedDeck) -> tuple[bool, int, str, str]:
    order = item.deck.order if item.deck is not None else 0
    return (item.deck is None, order, item.title.casefold(), str(item.path))
