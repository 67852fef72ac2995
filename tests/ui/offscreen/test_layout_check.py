"""`check` lays every face out at 1920x1080 and names the text that does not fit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.check import run_check
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.ui.offscreen.layout_check import layout_problems
from tests.core.conftest import VALID_DECK


def write(tmp_path: Path, old: str, new: str) -> Path:
    assert old in VALID_DECK
    path = tmp_path / "deck" / "deck.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(VALID_DECK.replace(old, new, 1), encoding="utf-8")
    return path


def check(path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check([path], "en", out, extra=layout_problems)
    return code, out.getvalue().splitlines()


def test_forty_reminders_run_over_the_footer(tmp_path: Path) -> None:
    reminders = "".join(f"      - Husker vi punkt nummer {n} i dag?\n" for n in range(40))
    path = write(tmp_path, "      - Husker vi det?\n", reminders)
    code, lines = check(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:16: cards[0].reminders: does not fit on the card at 1920x")
    assert lines[-1].startswith("ERROR proeve")


def test_a_word_wider_than_the_card_is_named(tmp_path: Path) -> None:
    word = "Samarbejds" * 20
    path = write(tmp_path, "Et afsnit med **fed** tekst.", f"Et afsnit med {word} i.")
    code, lines = check(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:14: cards[0].text: the word 'SamarbejdsSamarbejdsSama…'")


def test_a_long_title_covers_the_footer(tmp_path: Path) -> None:
    path = write(tmp_path, "title: Andet kort", "title: " + "Meget lang titel " * 60)
    code, lines = check(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:20: cards[1].title: does not fit")


def test_a_ten_thousand_character_title_is_refused_before_layout(tmp_path: Path) -> None:
    path = write(tmp_path, "title: Andet kort", "title: " + "Titel " * 1700)
    code, lines = check(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:20: cards[1].title: is too long (10199 characters")


def test_the_bundled_decks_fit(bundled: list) -> None:
    assert [problem for loaded in bundled for problem in layout_problems(loaded)] == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_problems_are_in_both_languages(tmp_path: Path, lang: str) -> None:
    path = write(tmp_path, "title: Andet kort", "title: " + "Lang " * 200)
    (loaded,) = load_decks([path])
    (problem,) = layout_problems(loaded)
    text = problem.format(lang)
    assert ("passer ikke" if lang == "da" else "does not fit") in text
