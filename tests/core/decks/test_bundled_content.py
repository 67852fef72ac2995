"""The decks shipped in content/: they load cleanly, and every text is quoted from the seed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.loader import load_bytes, load_deck, load_decks
from kompas_kiosk.core.decks.markup import to_plain
from kompas_kiosk.core.decks.model import Deck, LoadedDeck

CONTENT = Path(__file__).resolve().parents[3] / "content"

SEED_NAME = Path("shared/seed/aarhuskompasset-din-2024.txt")
DECK_FILES = sorted(CONTENT.glob("*/deck.yaml"))


def _seed_path() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        candidate = parent.parent / SEED_NAME  # <repo>/../shared/seed/...
        if candidate.is_file():
            return candidate
    return None


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _texts(deck: Deck) -> Iterator[tuple[str, str]]:
    """Every piece of text the deck shows, with where it is."""
    for name in ("title", "subtitle", "edition", "card_label", "prompt"):
        value = getattr(deck, name)
        if value is not None:
            yield name, value
    if deck.exercise is not None:
        yield "exercise.title", deck.exercise.title
        for index, step in enumerate(deck.exercise.steps):
            yield f"exercise.steps[{index}]", step
    for number, card in enumerate(deck.cards):
        for name in ("title", "question", "text", "what_if"):
            value = getattr(card, name)
            if value is not None:
                yield f"cards[{number}].{name}", value
        for index, reminder in enumerate(card.reminders):
            yield f"cards[{number}].reminders[{index}]", reminder


@pytest.fixture(scope="module")
def decks() -> dict[str, LoadedDeck]:
    return {loaded.deck_id: loaded for loaded in load_decks([CONTENT])}


def test_the_bundled_decks_are_there(decks: dict[str, LoadedDeck]) -> None:
    assert len(DECK_FILES) >= 3
    assert list(decks) == ["samarbejdskompasset", "aarhuskompasset", "laering-2023"]


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: path.parent.name)
def test_every_bundled_deck_loads_without_problems(path: Path) -> None:
    loaded = load_deck(path)
    assert [problem.format() for problem in loaded.problems] == []
    assert loaded.ok and loaded.deck_id == path.parent.name


def test_principle_07(decks: dict[str, LoadedDeck]) -> None:
    deck = decks["samarbejdskompasset"].deck
    assert deck is not None
    index = deck.find_card("07")
    assert index is not None
    card = deck.cards[index]
    assert card.title == "Bliv klogere sammen igen og igen"
    assert card.question == "Tør du dele det halvfærdige?"
    assert deck.card_heading(index) == "Princip 07"
    assert deck.exercise is not None
    assert deck.exercise.minutes == 10 and len(deck.exercise.steps) == 2


def test_the_four_directions_and_five_lessons(decks: dict[str, LoadedDeck]) -> None:
    compass, lessons = decks["aarhuskompasset"].deck, decks["laering-2023"].deck
    assert compass is not None and lessons is not None
    assert [card.title for card in compass.cards] == ["Lytte", "Løse", "Lære", "Lede"]
    assert all(card.question for card in compass.cards)
    assert len(lessons.cards) == 5
    assert lessons.prompt == "Kan I genkende noget fra jeres egen organisation?"


@pytest.mark.parametrize("path", DECK_FILES, ids=lambda path: path.parent.name)
def test_every_text_is_quoted_from_the_seed(path: Path) -> None:
    seed_path = _seed_path()
    if seed_path is None:
        pytest.skip(f"seed text not found: looked for <repo>/../{SEED_NAME}")
    seed = _normalise(seed_path.read_text(encoding="utf-8").replace("**", "").replace("*", ""))
    deck = load_deck(path).deck
    assert deck is not None
    for where, text in _texts(deck):
        quoted = _normalise(to_plain(text))
        assert quoted in seed, f"{path.parent.name} {where} is not in the seed: {quoted!r}"


def test_the_example_in_the_content_readme_is_a_valid_deck() -> None:
    readme = (CONTENT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
    example = next(block for block in blocks if "cards:" in block)
    loaded = load_bytes(Path("README.md"), example.encode("utf-8"))
    assert [problem.format() for problem in loaded.problems] == []
    assert loaded.deck is not None and loaded.deck.id == "min-workshop"
    assert loaded.deck.exercise is not None and loaded.deck.exercise.steps[1].startswith("Tal om:")
