"""`kompas-kiosk check`: load decks, print every problem, then one line per deck."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core.loader import LoadedDeck, load_decks


@dataclass(frozen=True)
class _Words:
    ok: str
    error: str
    card: tuple[str, str]
    problem: tuple[str, str]


_WORDS = {
    "da": _Words("OK", "FEJL", ("kort", "kort"), ("problem", "problemer")),
    "en": _Words("OK", "ERROR", ("card", "cards"), ("problem", "problems")),
}


def _count(count: int, forms: tuple[str, str]) -> str:
    return f"{count} {forms[0] if count == 1 else forms[1]}"


def summary(loaded: LoadedDeck, lang: str = "da") -> str:
    """One line for a deck: 'OK samarbejdskompasset: 1 kort' or 'FEJL x (path): 2 problemer'."""
    words = _WORDS.get(lang, _WORDS["da"])
    if loaded.ok and loaded.deck is not None:
        return f"{words.ok} {loaded.deck_id}: {_count(len(loaded.deck.cards), words.card)}"
    count = _count(len(loaded.problems), words.problem)
    return f"{words.error} {loaded.deck_id} ({loaded.path}): {count}"


def run_check(paths: Sequence[Path], lang: str, out: TextIO) -> int:
    """Check the decks in `paths`; print every problem, then a summary line per deck.

    Returns 0 when every deck is free of problems, 1 otherwise (or when there is no deck).
    """
    decks = load_decks(paths)
    for loaded in decks:
        for problem in loaded.problems:
            out.write(problem.format(lang) + "\n")
    for loaded in decks:
        out.write(summary(loaded, lang) + "\n")
    return 0 if decks and all(loaded.ok for loaded in decks) else 1
