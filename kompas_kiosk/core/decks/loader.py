"""Loading decks from `deck.yaml` files: read, parse, validate, and collect every problem.

Nothing here raises for bad content or unreadable files: a deck that cannot be used comes back
as a `LoadedDeck` without a deck and with the problems that say what to fix. Translations beside
a deck (`deck.en.yaml`) are loaded with it; one with problems is left out, never the deck.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kompas_kiosk.core.decks.cache import DeckCache
from kompas_kiosk.core.decks.model import DECK_FILE, Deck, LoadedDeck
from kompas_kiosk.core.decks.problems import Problem

MAX_FILE_BYTES = 1024 * 1024
"""The largest deck file read; the bundled ones are a few kilobytes."""

_TRANSLATION_NAME = re.compile(r"^(?P<stem>[^.]+)\.(?P<language>[a-z]{2})\.(?P<suffix>ya?ml)$")


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _has_deck_file(folder: Path) -> bool:
    try:
        return (folder / DECK_FILE).is_file() or os.path.lexists(folder / DECK_FILE)
    except OSError:
        return True  # let load_deck find out, and say, why it cannot be read


def _open(path: Path) -> int:
    """A descriptor for reading `path`; non-blocking, so that opening a pipe never waits
    (POSIX; Windows has no O_NONBLOCK, and wants O_BINARY, or it reads the bytes as text)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags | getattr(os, "O_BINARY", 0))


def read_file(path: Path) -> bytes | Problem:
    """The bytes of the regular file `path` (or the problem with it). A pipe, a device or a link
    to one is refused without waiting on it or reading it; so is a file over `MAX_FILE_BYTES`."""
    try:
        descriptor = _open(path)
    except FileNotFoundError:
        raise
    except PermissionError:
        return Problem(path, None, "", "not_readable")
    except OSError as error:
        return Problem(path, None, "", "read_error", {"error": error.strerror or error})
    with os.fdopen(descriptor, "rb") as file:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return Problem(path, None, "", "not_regular_file")
        try:
            raw = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            return Problem(path, None, "", "read_error", {"error": error.strerror or error})
    if len(raw) > MAX_FILE_BYTES:
        size = max(os.stat(path).st_size, len(raw)) / 1024 / 1024
        params = {"size": round(size, 1), "max": MAX_FILE_BYTES // 1024 // 1024}
        return Problem(path, None, "", "file_too_large", params)
    return raw


def load_deck(path: Path, cache: DeckCache | None = None) -> LoadedDeck:
    """Load the deck in `path` (a `deck.yaml` file or the folder holding one) with its
    translations. A translation's own file (`deck.en.yaml`) loads the deck it belongs to."""
    file, missing_code, missing_path = _deck_file_of(path), "not_found", path
    if _is_dir(path):
        file, missing_code = path / DECK_FILE, "no_deck"
    try:
        raw = read_file(file)
    except FileNotFoundError:
        return LoadedDeck(file, None, (Problem(missing_path, None, "", missing_code),))
    if isinstance(raw, Problem):
        return LoadedDeck(file, None, (raw,))
    return load_translations(load_bytes(file, raw, cache), raw, cache)


def load_bytes(path: Path, raw: bytes, cache: DeckCache | None = None) -> LoadedDeck:
    """Load a deck from the bytes of its file; `path` is only used to report problems.

    A deck validated before (same bytes, same model) comes from `cache` without parsing: the
    YAML parser and the validation library are imported only when a file has to be checked.
    """
    if cache is not None:
        cached = cache.get(raw)
        if cached is not None:
            return LoadedDeck(path, cached)
    from kompas_kiosk.core.decks.parser import parse_deck

    result = parse_deck(path, raw)
    if cache is not None and result.ok and result.deck is not None:
        cache.put(raw, result.deck)
    return result


def load_translations(loaded: LoadedDeck, raw: bytes, cache: DeckCache | None = None) -> LoadedDeck:
    """`loaded` with the translations beside its file (`deck.<lang>.yaml`); `raw` is the bytes of
    the deck's own file. A translation with problems is left out and its problems kept."""
    decks: list[Deck] = []
    problems: list[Problem] = []
    for language, file in translation_files(loaded.path):
        try:
            translation = read_file(file)
        except FileNotFoundError as error:
            translation = Problem(file, None, "", "read_error", {"error": error.strerror})
        if isinstance(translation, Problem):
            problems.append(translation)
            continue
        deck, found = load_translation_bytes(file, translation, language, loaded.deck, raw, cache)
        decks += [deck] if deck is not None else []
        problems += found
    if not decks and not problems:
        return loaded
    return replace(loaded, translations=tuple(decks), translation_problems=tuple(problems))


def load_translation_bytes(
    path: Path,
    raw: bytes,
    language: str,
    deck: Deck | None,
    deck_raw: bytes,
    cache: DeckCache | None = None,
) -> tuple[Deck | None, tuple[Problem, ...]]:
    """`deck` in `language`, from the bytes of its translation file; or the problems with it.

    Cached under the bytes of both files (the translation is checked against the deck) and the
    language, so a change to either, or a copy under another language's name, is checked afresh.
    """
    key = b"translation %d %s\0" % (len(deck_raw), language.encode()) + deck_raw + raw
    if cache is not None and deck is not None:
        cached = cache.get(key)
        if cached is not None:
            return cached, ()
    from kompas_kiosk.core.decks.translation import parse_translation

    translated, problems = parse_translation(path, raw, deck, language)
    if cache is not None and translated is not None:
        cache.put(key, translated)
    return translated, problems


def translation_files(deck_file: Path) -> list[tuple[str, Path]]:
    """The translations beside `deck_file`, as (language, file): `deck.en.yaml` is en."""
    try:
        siblings = sorted(deck_file.parent.glob(f"{deck_file.stem}.*{deck_file.suffix}"))
    except OSError:
        return []
    found = []
    for file in siblings:
        match = _TRANSLATION_NAME.match(file.name)
        if match and f"{match['stem']}.{match['suffix']}" == deck_file.name:
            found.append((match["language"], file))
    return found


def _deck_file_of(path: Path) -> Path:
    """`deck.en.yaml` → the `deck.yaml` beside it, when there is one; otherwise `path`."""
    match = _TRANSLATION_NAME.match(path.name)
    if match is None:
        return path
    deck_file = path.with_name(f"{match['stem']}.{match['suffix']}")
    try:
        return deck_file if deck_file.is_file() else path
    except OSError:
        return path


def load_decks(paths: Sequence[Path], cache: DeckCache | None = None) -> list[LoadedDeck]:
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
                loaded.append(load_deck(item, cache))
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
    file = path / DECK_FILE if _is_dir(path) else _deck_file_of(path)
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
