"""`kompas-kiosk check`: load decks, print every problem, then one line per deck."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck


@dataclass(frozen=True)
class _Words:
    ok: str
    error: str
    card: tuple[str, str]
    problem: tuple[str, str]
    also_in: str
    left_out: str


_WORDS = {
    "da": _Words(
        "OK",
        "FEJL",
        ("kort", "kort"),
        ("problem", "problemer"),
        "også på",
        "i oversættelsen; kortsættet vises på {language} uden den",
    ),
    "en": _Words(
        "OK",
        "ERROR",
        ("card", "cards"),
        ("problem", "problems"),
        "also in",
        "in the translation; the deck is shown in {language} without it",
    ),
}


def _count(count: int, forms: tuple[str, str]) -> str:
    return f"{count} {forms[0] if count == 1 else forms[1]}"


def summary(loaded: LoadedDeck, lang: str = "da") -> str:
    """One line for a deck: 'OK samarbejdskompasset: 1 kort' or 'FEJL x (path): 2 problemer'."""
    words = _WORDS.get(lang, _WORDS["da"])
    if loaded.ok and loaded.deck is not None:
        line = f"{words.ok} {loaded.deck_id}: {_count(len(loaded.deck.cards), words.card)}"
        others = loaded.languages[1:]
        return f"{line}, {words.also_in} {', '.join(others)}" if others else line
    count = _count(len(loaded.problems), words.problem)
    return f"{words.error} {loaded.deck_id} ({loaded.path}): {count}"


def translation_summaries(loaded: LoadedDeck, lang: str = "da") -> list[str]:
    """One line per translation left out for its problems: 'FEJL x (path): 2 problemer i …'."""
    words = _WORDS.get(lang, _WORDS["da"])
    counts: dict[Path, int] = {}
    for problem in loaded.translation_problems:
        counts[problem.path] = counts.get(problem.path, 0) + 1
    language = loaded.deck.language if loaded.deck is not None else "?"
    left_out = words.left_out.format(language=language)
    return [
        f"{words.error} {loaded.deck_id} ({path}): {_count(count, words.problem)} {left_out}"
        for path, count in counts.items()
    ]


def run_check(paths: Sequence[Path], lang: str, out: TextIO) -> int:
    """Check the decks in `paths` and their translations; print every problem, then a summary
    line per deck (and per translation with problems).

    Returns 0 when every deck and translation is free of problems, 1 otherwise (or when there
    is no deck).
    """
    decks = load_decks(paths)
    for loaded in decks:
        for problem in (*loaded.problems, *loaded.translation_problems):
            out.write(problem.format(lang) + "\n")
    for loaded in decks:
        out.write(summary(loaded, lang) + "\n")
        for line in translation_summaries(loaded, lang):
            out.write(line + "\n")
    clean = all(loaded.ok and not loaded.translation_problems for loaded in decks)
    return 0 if decks and clean else 1
