from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from kompas_kiosk.core.decks.check import run_check

WriteDeck = Callable[..., Path]  # the write_deck fixture (conftest.py)
DeckWith = Callable[[str, str], str]  # the deck_with fixture


def check(paths: list[Path], lang: str = "da") -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(paths, lang, out)
    return code, out.getvalue().splitlines()


def test_bundled_content_is_clean(content_dir: Path) -> None:
    code, lines = check([content_dir])
    assert code == 0
    assert lines == [
        "OK samarbejdskompasset: 1 kort, også på en",
        "OK aarhuskompasset: 4 kort, også på en",
        "OK laering-2023: 5 kort, også på en",
    ]
    assert check([content_dir / "samarbejdskompasset"], "en") == (
        0,
        ["OK samarbejdskompasset: 1 card, also in en"],
    )


def test_a_broken_deck_prints_problems_then_summaries(
    content_dir: Path, valid_deck: str, write_deck: WriteDeck
) -> None:
    path = write_deck(
        valid_deck.replace("minutes: 10", "minutes: 0").replace("title: Prøvedeck\n", "")
    )
    code, lines = check([path, content_dir / "aarhuskompasset"])
    assert code == 1
    assert lines == [
        f"{path}:1: title: mangler – tilføj feltet",
        f"{path}:6: exercise.minutes: skal være et helt antal minutter fra 1 til 120",
        "OK aarhuskompasset: 4 kort, også på en",
        f"FEJL deck ({path}): 2 problemer",
    ]
    code, lines = check([path], "en")
    assert lines == [
        f"{path}:1: title: is missing – add it",
        f"{path}:6: exercise.minutes: must be a whole number of minutes from 1 to 120",
        f"ERROR deck ({path}): 2 problems",
    ]


def test_a_missing_path_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    assert check([missing]) == (
        1,
        [
            f"{missing}: findes ikke – ret stien, eller opret filen",
            f"FEJL nope ({missing}): 1 problem",
        ],
    )


def test_no_decks_at_all_is_not_a_success() -> None:
    assert check([]) == (1, [])


def test_unknown_language_prints_danish(write_deck: WriteDeck) -> None:
    assert check([write_deck()], "de") == (0, ["OK proeve: 2 kort"])
