"""`kompas-kiosk check`: load decks, print every problem, then one line per deck."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.i18n import Text

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(line: str) -> str:
    """`line` with control characters and direction overrides written as `\\x1b`, so a deck's
    keys and texts cannot move the cursor, clear or retitle the terminal, or reverse text."""
    return _CONTROL.sub(
        lambda match: (
            f"\\x{ord(match[0]):02x}" if ord(match[0]) < 0x100 else f"\\u{ord(match[0]):04x}"
        ),
        line,
    )


_WORDS: dict[str, Text] = {
    "ok": Text("OK", "OK"),
    "error": Text("FEJL", "ERROR"),
    "card": Text("{count} kort", "{count} card"),
    "cards": Text("{count} kort", "{count} cards"),
    "problem": Text("{count} problem", "{count} problem"),
    "problems": Text("{count} problemer", "{count} problems"),
    "also_in": Text("også på", "also in"),
    "left_out": Text(
        "i oversættelsen; kortsættet vises på {language} uden den",
        "in the translation; the deck is shown in {language} without it",
    ),
}


def _count(count: int, one: str, many: str, lang: str) -> str:
    return _WORDS[one if count == 1 else many].format(lang, count=count)


def summary(loaded: LoadedDeck, lang: str = "da") -> str:
    """One line for a deck: 'OK samarbejdskompasset: 1 kort' or 'FEJL x (path): 2 problemer'."""
    if loaded.ok and loaded.deck is not None:
        cards = _count(len(loaded.deck.cards), "card", "cards", lang)
        line = f"{_WORDS['ok'].format(lang)} {loaded.deck_id}: {cards}"
        others = loaded.languages[1:]
        return f"{line}, {_WORDS['also_in'].format(lang)} {', '.join(others)}" if others else line
    count = _count(len(loaded.problems), "problem", "problems", lang)
    return f"{_WORDS['error'].format(lang)} {loaded.deck_id} ({loaded.path}): {count}"


def translation_summaries(loaded: LoadedDeck, lang: str = "da") -> list[str]:
    """One line per translation left out for its problems: 'FEJL x (path): 2 problemer i …'."""
    counts: dict[Path, int] = {}
    for problem in loaded.translation_problems:
        counts[problem.path] = counts.get(problem.path, 0) + 1
    language = loaded.deck.language if loaded.deck is not None else "?"
    error = _WORDS["error"].format(lang)
    left_out = _WORDS["left_out"].format(lang, language=language)
    return [
        f"{error} {loaded.deck_id} ({path}): {_count(count, 'problem', 'problems', lang)} "
        f"{left_out}"
        for path, count in counts.items()
    ]


def run_check(
    paths: Sequence[Path],
    lang: str,
    out: TextIO,
    extra: Callable[[LoadedDeck], Sequence[Problem]] | None = None,
) -> int:
    """Check the decks in `paths` and their translations; print every problem, then a summary
    line per deck (and per translation with problems).

    Returns 0 when every deck and translation is free of problems, 1 otherwise (or when there
    is no deck). `extra` finds more problems in a deck that loaded cleanly (the command line
    passes the layout check, which needs Qt).
    """
    decks = load_decks(paths)
    if extra is not None:
        decks = [replace(item, problems=(*item.problems, *extra(item))) for item in decks]
    for loaded in decks:
        for problem in (*loaded.problems, *loaded.translation_problems):
            out.write(printable(problem.format(lang)) + "\n")
    for loaded in decks:
        out.write(printable(summary(loaded, lang)) + "\n")
        for line in translation_summaries(loaded, lang):
            out.write(printable(line) + "\n")
    clean = all(loaded.ok and not loaded.translation_problems for loaded in decks)
    return 0 if decks and clean else 1
