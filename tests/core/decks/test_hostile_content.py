"""Hostile deck files: deep nesting, huge texts, and files that are not regular files."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.check import run_check
from kompas_kiosk.core.decks.loader import load_decks

REPO = Path(__file__).resolve().parents[3]
WriteDeck = Callable[..., Path]  # the write_deck fixture (conftest.py)
DeckWith = Callable[[str, str], str]  # the deck_with fixture


def check(paths: list[Path], lang: str = "da") -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_check(paths, lang, out)
    return code, out.getvalue().splitlines()


@pytest.mark.parametrize("opening", ["[", "{a: "])
def test_a_deck_nested_a_thousand_levels_deep_is_refused_beside_good_decks(
    valid_deck: str, write_deck: WriteDeck, opening: str
) -> None:
    closing = "]" if opening == "[" else "}"
    write_deck(valid_deck, folder="good")
    deep = valid_deck + "extra: " + opening * 990 + "x" + closing * 990 + "\n"
    bad = write_deck(deep, folder="deep")
    loaded = load_decks([bad.parent.parent])
    assert [item.deck_id for item in loaded if item.ok] == ["proeve"]
    code, lines = check([bad])
    assert code == 1
    assert lines[0].startswith(f"{bad}:21: extra: ")
    assert "dybt" in lines[0]
    code, lines = check([bad], "en")
    assert "deep" in lines[0]


def test_deep_nesting_in_a_card_text_field_names_the_field(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    path = write_deck(deck_with("question: Hvad nu?", "question: " + "[" * 200 + "]" * 200))
    code, lines = check([path], "en")
    assert code == 1
    assert lines[0].startswith(f"{path}:13: cards[0].question: ")
    assert "deep" in lines[0]


def test_a_card_text_over_the_limit_is_reported_with_its_line(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    huge = "x *a a** " * 5000  # 45,000 characters
    path = write_deck(deck_with("what_if: Hvad nu, hvis?", f'what_if: "{huge}"'))
    code, lines = check([path], "en")
    assert code == 1
    assert lines[0].startswith(f"{path}:18: cards[0].what_if: ")
    assert "characters" in lines[0]


def test_a_deck_file_over_the_limit_is_refused_without_parsing(
    valid_deck: str, write_deck: WriteDeck
) -> None:
    path = write_deck(valid_deck + "#" * (3 * 1024 * 1024) + "\n")
    code, lines = check([path], "en")
    assert code == 1
    assert lines[0].startswith(f"{path}: ")
    assert "MB" in lines[0]


def check_elsewhere(path: Path) -> tuple[int, list[str]]:
    """`kompas-kiosk check` in a process of its own, so that a read that hangs or fills the
    memory fails the test instead of stopping the suite."""
    result = subprocess.run(
        [sys.executable, "-m", "kompas_kiosk", "check", str(path), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)),
    )
    return result.returncode, result.stdout.splitlines()


def test_a_fifo_is_refused_not_waited_on(valid_deck: str, write_deck: WriteDeck) -> None:
    path = write_deck(valid_deck)
    path.unlink()
    os.mkfifo(path)
    code, lines = check_elsewhere(path)
    assert code == 1
    assert lines[0].startswith(f"{path}: ")
    assert "regular file" in lines[0]


def test_a_link_to_dev_zero_is_refused_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "deck.yaml").symlink_to("/dev/zero")
    code, lines = check_elsewhere(folder)
    assert code == 1
    assert "regular file" in lines[0]


def test_a_translation_that_is_a_fifo_is_left_out(valid_deck: str, write_deck: WriteDeck) -> None:
    path = write_deck(valid_deck)
    os.mkfifo(path.with_name("deck.en.yaml"))
    code, lines = check_elsewhere(path)
    assert code == 1
    assert "regular file" in lines[0]


def test_control_characters_from_a_deck_are_shown_not_sent_to_the_terminal(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    key = '    "\\e]2;pwned\\a\\e[2J": 1\n'  # sets the window title, clears the screen
    path = write_deck(deck_with('  - number: "02"\n', f'  - number: "02"\n{key}'))
    code, lines = check([path], "en")
    assert code == 1
    text = "\n".join(lines)
    assert "\x1b" not in text and "\x07" not in text
    assert "\\x1b]2;pwned\\x07\\x1b[2J" in text
