"""The English translations of the bundled decks: complete, faithful in form, marked as ours."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.check import run_check
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import Deck, LoadedDeck

CONTENT = Path(__file__).resolve().parents[3] / "content"
PROPER_NAMES = ("Samarbejdskompasset", "Aarhuskompasset")


def _texts(deck: Deck) -> dict[str, str]:
    """Every text the deck shows, by where it is."""
    texts: dict[str, str] = {}
    for name in ("title", "subtitle", "edition", "card_label", "prompt"):
        value = getattr(deck, name)
        if value is not None:
            texts[name] = value
    if deck.exercise is not None:
        texts["exercise.title"] = deck.exercise.title
        for index, step in enumerate(deck.exercise.steps):
            texts[f"exercise.steps[{index}]"] = step
    for number, card in enumerate(deck.cards):
        for name in ("title", "question", "text", "what_if"):
            value = getattr(card, name)
            if value is not None:
                texts[f"cards[{number}].{name}"] = value
        for index, reminder in enumerate(card.reminders):
            texts[f"cards[{number}].reminders[{index}]"] = reminder
    return texts


@pytest.fixture(scope="module")
def decks() -> dict[str, LoadedDeck]:
    return {loaded.deck_id: loaded for loaded in load_decks([CONTENT])}


def english(decks: dict[str, LoadedDeck], deck_id: str) -> Deck:
    deck = decks[deck_id].deck_for("en")
    assert deck is not None and deck.language == "en"
    return deck


def test_every_bundled_deck_has_a_clean_english_translation(
    decks: dict[str, LoadedDeck],
) -> None:
    for loaded in decks.values():
        assert [problem.format("en") for problem in loaded.translation_problems] == []
        assert loaded.languages == ("da", "en"), loaded.deck_id


def test_every_text_is_translated_except_the_proper_names(decks: dict[str, LoadedDeck]) -> None:
    for loaded in decks.values():
        assert loaded.deck is not None
        danish, translated = _texts(loaded.deck), _texts(english(decks, loaded.deck_id))
        assert list(translated) == list(danish), "the same texts in the same places"
        for where, text in danish.items():
            if text in PROPER_NAMES:
                assert translated[where] == text, f"{loaded.deck_id} {where} keeps its name"
            else:
                assert translated[where] != text, f"{loaded.deck_id} {where} is not translated"


def test_bold_and_paragraphs_as_in_the_original(decks: dict[str, LoadedDeck]) -> None:
    for loaded in decks.values():
        assert loaded.deck is not None
        danish, translated = _texts(loaded.deck), _texts(english(decks, loaded.deck_id))
        for where, text in danish.items():
            assert len(re.findall(r"\*\*.+?\*\*", translated[where], flags=re.DOTALL)) == len(
                re.findall(r"\*\*.+?\*\*", text, flags=re.DOTALL)
            ), f"{loaded.deck_id} {where}: the same bold sentences"
            assert translated[where].count("\n\n") == text.count("\n\n"), where


def test_marked_as_our_translation(decks: dict[str, LoadedDeck]) -> None:
    for loaded in decks.values():
        deck = english(decks, loaded.deck_id)
        assert deck.translator is not None and "not Aarhus Kommune's" in deck.translator
        source = (loaded.path.parent / "deck.en.yaml").read_text(encoding="utf-8")
        assert "It is our translation, not Aarhus Kommune's" in source


def test_samarbejdskompasset_in_english(decks: dict[str, LoadedDeck]) -> None:
    deck = english(decks, "samarbejdskompasset")
    assert (deck.title, deck.subtitle) == (
        "Samarbejdskompasset",
        "Principles for better cooperation with citizens",
    )
    assert deck.card_heading(0) == "Principle 07"
    assert deck.exercise is not None and deck.exercise.title == "Group work"
    assert deck.exercise.minutes == 10 and len(deck.exercise.steps) == 2
    card = deck.cards[0]
    assert card.number == "07" and len(card.reminders) == 2
    assert card.what_if is not None and card.what_if.startswith("What if")


def test_aarhuskompasset_and_the_lessons_in_english(decks: dict[str, LoadedDeck]) -> None:
    compass, lessons = english(decks, "aarhuskompasset"), english(decks, "laering-2023")
    assert [card.title for card in compass.cards] == ["Listen", "Solve", "Learn", "Lead"]
    assert all(card.question and card.question.endswith("?") for card in compass.cards)
    assert [card.title for card in lessons.cards] == [
        "#Rethink the problem",
        "#Rethink the involvement",
        "#Rethink the possibilities",
        "#Rethink the pace",
        "#Rethink the team",
    ]
    assert lessons.prompt == "Do you recognise anything from your own organisation?"


def test_the_translation_example_in_the_content_readme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (CONTENT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.DOTALL)
    deck = next(block for block in blocks if "cards:" in block and "translation_of" not in block)
    translation = next(block for block in blocks if "translation_of:" in block)
    folder = tmp_path / "content" / "min-workshop"
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text(deck, encoding="utf-8")
    (folder / "deck.en.yaml").write_text(translation, encoding="utf-8")
    (loaded,) = load_decks([folder])
    assert [problem.format() for problem in loaded.translation_problems] == []
    english = loaded.deck_for("en")
    assert english is not None and english.cards[1].title == "The second card"
    assert english.exercise is not None and english.exercise.minutes == 10
    # The sample output in the README: the translation without its second card.
    cut = translation[: translation.index('  - number: "02"')]
    (folder / "deck.en.yaml").write_text(cut, encoding="utf-8")
    out = io.StringIO()
    monkeypatch.chdir(tmp_path)
    assert run_check([Path("content/min-workshop")], "da", out) == 1
    for line in out.getvalue().splitlines():
        assert line in readme, line
