"""Loading programmes from `programme.yaml` files: read, parse, validate against the decks, and
collect every problem. Nothing here raises for bad content or unreadable files: a programme that
cannot be used comes back as a `LoadedProgramme` without a programme and with its problems.

A content folder holds its programmes in `programmes/<id>/programme.yaml`; the deck loader only
takes folders with a `deck.yaml` for decks, so `programmes/` is never mistaken for a deck.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from kompas_kiosk.core.decks.loader import translation_files
from kompas_kiosk.core.decks.model import Deck, LoadedDeck
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.programmes.cache import ProgrammeCache, decks_key
from kompas_kiosk.core.programmes.model import (
    PROGRAMME_FILE,
    PROGRAMMES_FOLDER,
    LoadedProgramme,
    Programme,
)
from kompas_kiosk.core.programmes.problems import ProgrammeProblem


def decks_by_id(decks: Sequence[LoadedDeck]) -> dict[str, Deck]:
    """The usable decks, by id (the first of two with one id), to check references against."""
    found: dict[str, Deck] = {}
    for loaded in decks:
        if loaded.deck is not None:
            found.setdefault(loaded.deck.id, loaded.deck)
    return found


def _read(file: Path, missing: Problem) -> bytes | Problem:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return missing
    except PermissionError:
        return ProgrammeProblem(file, None, "", "not_readable")
    except OSError as error:
        return ProgrammeProblem(file, None, "", "read_error", {"error": error.strerror or error})


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def load_programme(
    path: Path, decks: Mapping[str, Deck] | None = None, cache: ProgrammeCache | None = None
) -> LoadedProgramme:
    """Load the programme in `path` (a `programme.yaml` or the folder holding one) with its
    translations; with `decks`, its card references are checked against them. A programme
    validated before with the same files and decks comes from `cache`. Never raises."""
    file, missing = path, ProgrammeProblem(path, None, "", "not_found")
    if _is_dir(path):
        file, missing = path / PROGRAMME_FILE, ProgrammeProblem(path, None, "", "no_programme")
    raw = _read(file, missing)
    if isinstance(raw, Problem):
        return LoadedProgramme(file, None, (raw,))
    key: list[bytes] | None = None
    if cache is not None:
        key = [raw, decks_key(decks)]
        for language, other in translation_files(file):
            found = _read(other, ProgrammeProblem(other, None, "", "not_found"))
            key += [language.encode(), found if isinstance(found, bytes) else b"unreadable"]
        cached = cache.get(key, file)
        if cached is not None:
            return cached
    from kompas_kiosk.core.programmes.parser import parse_programme

    loaded = _with_translations(parse_programme(file, raw, decks))
    if cache is not None and key is not None:
        cache.put(key, loaded)
    return loaded


def _with_translations(loaded: LoadedProgramme) -> LoadedProgramme:
    from kompas_kiosk.core.programmes.translation import parse_programme_translation

    programmes: list[Programme] = []
    problems: list[Problem] = []
    for language, file in translation_files(loaded.path):
        raw = _read(file, ProgrammeProblem(file, None, "", "not_found"))
        if isinstance(raw, Problem):
            problems.append(raw)
            continue
        programme, found = parse_programme_translation(file, raw, loaded.programme, language)
        programmes += [programme] if programme is not None else []
        problems += found
    if not programmes and not problems:
        return loaded
    return replace(loaded, translations=tuple(programmes), translation_problems=tuple(problems))


def programme_paths(path: Path) -> list[Path]:
    """The programmes `path` stands for: a programme file or folder is one; a content folder
    has its `programmes/` folder's; a folder of programme folders has each of them."""
    if not _is_dir(path):
        return [path] if path.name.startswith("programme.") else []
    if (path / PROGRAMME_FILE).exists():
        return [path]
    folder = path / PROGRAMMES_FOLDER if _is_dir(path / PROGRAMMES_FOLDER) else path
    try:
        children = sorted(child for child in folder.iterdir() if _is_dir(child))
    except OSError:
        return []
    return [child for child in children if (child / PROGRAMME_FILE).exists()]


def load_programmes(
    paths: Sequence[Path],
    decks: Mapping[str, Deck] | None = None,
    cache: ProgrammeCache | None = None,
) -> list[LoadedProgramme]:
    """Load every programme in `paths` (see `programme_paths`), checked against `decks`. One
    broken programme never stops the others; a second programme with an id gets a problem."""
    loaded: list[LoadedProgramme] = []
    seen: set[Path] = set()
    for path in paths:
        for found in programme_paths(path):
            key = (found / PROGRAMME_FILE if _is_dir(found) else found).absolute()
            if key not in seen:
                seen.add(key)
                loaded.append(load_programme(found, decks, cache))
    first: dict[str, LoadedProgramme] = {}
    result: list[LoadedProgramme] = []
    for item in loaded:
        programme = item.programme
        if programme is not None and programme.id in first:
            params = {"id": programme.id, "other": str(first[programme.id].path)}
            problem = ProgrammeProblem(item.path, item.id_line, "id", "duplicate_id", params)
            item = replace(item, problems=(*item.problems, problem))
        elif programme is not None:
            first[programme.id] = item
        result.append(item)
    return result
