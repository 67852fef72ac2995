"""`kompas-kiosk check` for decks and programmes: the decks' check, then every programme in the
same folders, its card references checked against those decks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.check import run_check
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.core.programmes.model import PROGRAMME_FILE, PROGRAMMES_FOLDER, LoadedProgramme

_WORDS: dict[str, Text] = {
    "ok": Text("OK", "OK"),
    "error": Text("FEJL", "ERROR"),
    "steps": Text("{count} trin, {minutes} min", "{count} steps, {minutes} min"),
    "problem": Text("{count} problem", "{count} problem"),
    "problems": Text("{count} problemer", "{count} problems"),
    "also_in": Text("også på", "also in"),
    "left_out": Text(
        "i oversættelsen; programmet vises på {language} uden den",
        "in the translation; the programme is shown in {language} without it",
    ),
}


def _problems(count: int, lang: str) -> str:
    return _WORDS["problem" if count == 1 else "problems"].format(lang, count=count)


def summary(loaded: LoadedProgramme, lang: str = "da") -> list[str]:
    """'OK din-2024: 28 trin, 60 min, også på en', or 'FEJL x (path): 2 problemer', and a line
    per translation left out."""
    programme, error = loaded.programme, _WORDS["error"].format(lang)
    if loaded.ok and programme is not None:
        size = _WORDS["steps"].format(
            lang, count=len(programme.steps), minutes=programme.planned_minutes
        )
        line = f"{_WORDS['ok'].format(lang)} {programme.id}: {size}"
        others = loaded.languages[1:]
        lines = [
            f"{line}, {_WORDS['also_in'].format(lang)} {', '.join(others)}" if others else line
        ]
    else:
        count = _problems(len(loaded.problems), lang)
        lines = [f"{error} {loaded.programme_id} ({loaded.path}): {count}"]
    counts: dict[Path, int] = {}
    for problem in loaded.translation_problems:
        counts[problem.path] = counts.get(problem.path, 0) + 1
    left_out = _WORDS["left_out"].format(lang, language=programme.language if programme else "?")
    lines += [
        f"{error} {loaded.programme_id} ({path}): {_problems(count, lang)} {left_out}"
        for path, count in counts.items()
    ]
    return lines


def is_programme_path(path: Path) -> bool:
    """A programme's file or folder, or a folder of programmes (`content/programmes`)."""
    if path.name.startswith("programme.") or path.name == PROGRAMMES_FOLDER:
        return True
    try:
        return (path / PROGRAMME_FILE).is_file()
    except OSError:
        return False


def _content_of(path: Path) -> Path:
    """The content folder a programme path lies in (whose decks it uses): the folder holding
    `programmes/`, or the bundled content."""
    for parent in (path.absolute(), *path.absolute().parents):
        if parent.name == PROGRAMMES_FOLDER:
            return parent.parent
    return resources.content_dir()


def _with_slides(
    loaded: LoadedProgramme, slides: Callable[[LoadedProgramme], Sequence[Problem]]
) -> LoadedProgramme:
    """`loaded` with the problems of its slides (only a programme that is otherwise clean)."""
    found = tuple(slides(loaded)) if loaded.ok else ()
    return replace(loaded, problems=(*loaded.problems, *found)) if found else loaded


def run_content_check(
    paths: Sequence[Path],
    lang: str,
    out: TextIO,
    extra: Callable[[LoadedDeck], Sequence[Problem]] | None = None,
    slides: Callable[[LoadedProgramme], Sequence[Problem]] | None = None,
) -> int:
    """Check the decks and the programmes in `paths`; 0 when all are free of problems.
    `extra` adds problems per deck (the card layout check, which needs Qt), `slides` per
    programme (the slides laid out, in each of its languages)."""
    deck_paths = [path for path in paths if not is_programme_path(path)]
    code = run_check(deck_paths, lang, out, extra) if deck_paths else 0
    deck_folders = deck_paths or list(dict.fromkeys(_content_of(path) for path in paths))
    programmes = load_programmes(paths, decks_by_id(load_decks(deck_folders)))
    if slides is not None:
        programmes = [_with_slides(loaded, slides) for loaded in programmes]
    for loaded in programmes:
        for problem in (*loaded.problems, *loaded.translation_problems):
            out.write(problem.format(lang) + "\n")
    for loaded in programmes:
        for line in summary(loaded, lang):
            out.write(line + "\n")
    clean = all(item.ok and not item.translation_problems for item in programmes)
    if not deck_paths and not programmes:
        return 1
    return code if clean else 1
