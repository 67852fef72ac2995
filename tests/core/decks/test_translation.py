"""Translations beside a deck (`deck.en.yaml`): the deck in another language, checked against it."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kompas_kiosk.core.decks import translation
from kompas_kiosk.core.decks.cache import DeckCache
from kompas_kiosk.core.decks.check import run_check
from kompas_kiosk.core.decks.loader import load_deck, load_decks
from kompas_kiosk.core.decks.model import LoadedDeck

WriteDeck = Callable[..., Path]  # the write_deck fixture (conftest.py)

# A translation of conftest.VALID_DECK (line numbers matter to the tests).
VALID_TRANSLATION = """\
schema: 1
translation_of: proeve
language: en
translator: The test suite
title: Trial deck
exercise:
  title: Group work
  steps:
    - Read the card aloud
cards:
  - number: "01"
    title: First card
    question: What now?
    text: |
      A paragraph with **bold** text.
    reminders:
      - Do we remember it?
    what_if: What if?
  - number: "02"
    title: Second card
"""

UNNUMBERED_DECK = """\
schema: 1
id: retninger
title: Retninger
cards:
  - title: Lytte
    question: Hvem lytter vi til?
  - title: Løse
"""

UNNUMBERED_TRANSLATION = """\
schema: 1
translation_of: retninger
language: en
translator: The test suite
cards:
  - title: Listen
    question: Who do we listen to?
  - title: Solve
"""


@pytest.fixture
def write_translation(write_deck: WriteDeck) -> Callable[..., Path]:
    """`write_translation(text, deck=None, name="")`: a deck (VALID_DECK by default) and its
    translation (deck.en.yaml by default)."""

    def write(
        text: str | bytes = VALID_TRANSLATION, deck: str | None = None, name: str = ""
    ) -> Path:
        deck_file = write_deck() if deck is None else write_deck(deck)
        path = deck_file.with_name(name or "deck.en.yaml")
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    return write


def problems(loaded: LoadedDeck, lang: str = "da") -> list[str]:
    """The translation's problems as `file:line: field: what to fix`, file by its name."""
    return [
        problem.format(lang).removeprefix(str(problem.path.parent) + os.sep)
        for problem in loaded.translation_problems
    ]


def with_edit(old: str, new: str, text: str = VALID_TRANSLATION) -> str:
    assert old in text
    return text.replace(old, new, 1)


# -- a good translation ------------------------------------------------------------------------


def test_the_deck_in_english_keeps_everything_but_the_texts(write_translation) -> None:
    loaded = load_deck(write_translation().parent)
    assert loaded.ok and loaded.translation_problems == ()
    danish, english = loaded.deck, loaded.deck_for("en")
    assert danish is not None and english is not None
    assert loaded.deck_for("da") is danish and loaded.languages == ("da", "en")
    assert (english.language, english.translator) == ("en", "The test suite")
    assert danish.translator is None
    assert (english.id, english.order, english.title) == ("proeve", 5, "Trial deck")
    assert [card.number for card in english.cards] == ["01", "02"]
    first = english.cards[0]
    assert (first.title, first.question, first.what_if) == ("First card", "What now?", "What if?")
    assert first.text == "A paragraph with **bold** text."
    assert first.reminders == ("Do we remember it?",)
    assert english.exercise is not None and danish.exercise is not None
    assert english.exercise.title == "Group work"
    assert english.exercise.steps == ("Read the card aloud",)
    assert english.exercise.minutes == danish.exercise.minutes == 10


def test_a_language_without_a_translation_is_the_decks_own(write_translation) -> None:
    loaded = load_deck(write_translation().parent)
    assert loaded.deck_for("de") is loaded.deck


def test_texts_left_out_stay_in_the_decks_language(write_translation) -> None:
    text = with_edit("    what_if: What if?\n", "").replace("title: Trial deck\n", "")
    english = load_deck(write_translation(text).parent).deck_for("en")
    assert english is not None
    assert english.title == "Prøvedeck", "the deck's own title"
    assert english.cards[0].what_if == "Hvad nu, hvis?"
    assert english.cards[0].title == "First card"


def test_cards_without_numbers_are_matched_in_order(write_translation) -> None:
    path = write_translation(UNNUMBERED_TRANSLATION, deck=UNNUMBERED_DECK)
    english = load_deck(path.parent).deck_for("en")
    assert english is not None
    assert [(card.title, card.question) for card in english.cards] == [
        ("Listen", "Who do we listen to?"),
        ("Solve", None),
    ]


def test_cards_are_matched_by_number_not_order(write_translation) -> None:
    first, second = VALID_TRANSLATION.split("  - number: ")[1:]
    swapped = VALID_TRANSLATION.split("  - number: ")[0] + "  - number: " + second
    swapped += "  - number: " + first
    english = load_deck(write_translation(swapped).parent).deck_for("en")
    assert english is not None
    assert [card.title for card in english.cards] == ["First card", "Second card"]


def test_bom_and_crlf_from_notepad(write_translation) -> None:
    data = b"\xef\xbb\xbf" + VALID_TRANSLATION.replace("\n", "\r\n").encode("utf-8")
    loaded = load_deck(write_translation(data).parent)
    assert loaded.translation_problems == ()
    english = loaded.deck_for("en")
    assert english is not None and english.cards[1].title == "Second card"


def test_the_translations_own_file_loads_its_deck(write_translation) -> None:
    path = write_translation()
    loaded = load_deck(path)
    assert loaded.path == path.with_name("deck.yaml") and loaded.languages == ("da", "en")
    assert len(load_decks([path, path.parent])) == 1, "the same deck, loaded once"


def test_other_names_are_not_translations(write_translation) -> None:
    path = write_translation()
    for name in ("deck.eng.yaml", "deck.EN.yaml", "deck.backup.yaml", "andet.en.yaml"):
        path.with_name(name).write_text("not: a translation\n", encoding="utf-8")
    loaded = load_deck(path.parent)
    assert loaded.languages == ("da", "en") and loaded.translation_problems == ()


# -- a translation that disagrees with its deck ------------------------------------------------

MISSING_02 = (
    "deck.en.yaml:10: cards: kort 02 (Andet kort) i deck.yaml er ikke oversat – tilføj det her "
    'med number: "02"'
)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '  - number: "02"\n    title: Second card\n',
            "",
            MISSING_02,
        ),
        (
            "    title: Second card\n",
            '    title: Second card\n  - number: "03"\n    title: Third card\n',
            "deck.en.yaml:21: cards[2].number: deck.yaml har intet kort 03 – slet kortet her, "
            "eller ret nummeret",
        ),
        (
            '  - number: "02"\n',
            "  - number: 1\n",
            [
                MISSING_02,
                "deck.en.yaml:19: cards[1].number: nummer 01 bruges også af cards[0] (linje 11) "
                "– giv hvert kort sit eget nummer",
            ],
        ),
        (
            '  - number: "02"\n    title: Second card\n',
            "  - title: Second card\n",
            [
                MISSING_02,
                "deck.en.yaml:19: cards[1]: mangler nummeret på det kort, det oversætter – skriv "
                'fx number: "01"',
            ],
        ),
        (
            "    title: Second card\n",
            "    title: Second card\n    question: Why?\n",
            "deck.en.yaml:21: cards[1].question: deck.yaml har ikke denne tekst her – slet den; "
            "en oversættelse oversætter kun det, der står i deck.yaml",
        ),
        (
            "      - Do we remember it?\n",
            "      - Do we remember it?\n      - And this?\n",
            "deck.en.yaml:16: cards[0].reminders: skal have 1 punkter som i deck.yaml, ikke 2 – "
            "oversæt hvert punkt for sig",
        ),
        (
            "    - Read the card aloud\n",
            "    - Read the card\n    - aloud\n",
            "deck.en.yaml:8: exercise.steps: skal have 1 punkter som i deck.yaml, ikke 2 – "
            "oversæt hvert punkt for sig",
        ),
        (
            "title: Trial deck\n",
            "title: Trial deck\nprompt: Do you see it?\n",
            "deck.en.yaml:6: prompt: deck.yaml har ikke denne tekst her – slet den; en "
            "oversættelse oversætter kun det, der står i deck.yaml",
        ),
        (
            "translation_of: proeve",
            "translation_of: andet",
            "deck.en.yaml:2: translation_of: skal være id'et på kortsættet i deck.yaml: „proeve“ "
            "– skriv „translation_of: proeve“",
        ),
        (
            "language: en",
            "language: de",
            "deck.en.yaml:3: language: skal være „en“ som i filnavnet deck.en.yaml – ret "
            "sproget, eller omdøb filen",
        ),
        (
            "  title: Group work\n",
            "  title: Group work\n  minutes: 5\n",
            "deck.en.yaml:8: exercise.minutes: ukendt felt – slet det eller ret stavningen "
            "(tilladte felter: title, steps)",
        ),
        (
            "translator: The test suite\n",
            "",
            "deck.en.yaml:1: translator: mangler – tilføj feltet",
        ),
        (
            "    title: First card\n",
            "    titel: First card\n",
            "deck.en.yaml:12: cards[0].titel: ukendt felt – mente du „title“? Slet det eller ret "
            "stavningen (tilladte felter: number, title, question, text, reminders, what_if)",
        ),
    ],
)
def test_disagreements_are_reported_with_file_and_line(
    write_translation, old: str, new: str, expected: str | list[str]
) -> None:
    loaded = load_deck(write_translation(with_edit(old, new)).parent)
    assert problems(loaded) == (expected if isinstance(expected, list) else [expected])
    assert loaded.ok and loaded.deck_for("en") is loaded.deck, "the deck shows, in Danish"


def test_every_problem_at_once_in_english(write_translation) -> None:
    text = with_edit('"02"', '"03"').replace("language: en", "language: da")
    text = text.replace("    what_if: What if?\n", "    what_if: What if?\n    hvad: x\n")
    assert problems(load_deck(write_translation(text).parent), "en") == [
        "deck.en.yaml:3: language: must be 'en', as in the file name deck.en.yaml – correct the "
        "language, or rename the file",
        "deck.en.yaml:10: cards: card 02 (Andet kort) of deck.yaml is not translated – add it "
        'here with number: "02"',
        "deck.en.yaml:19: cards[0].hvad: unknown field – delete it or correct the spelling "
        "(allowed fields: number, title, question, text, reminders, what_if)",
        "deck.en.yaml:20: cards[1].number: deck.yaml has no card 03 – delete this card, or "
        "correct its number",
    ]


def test_a_translation_into_the_decks_own_language(write_translation) -> None:
    path = write_translation(with_edit("language: en", "language: da"), name="deck.da.yaml")
    assert problems(load_deck(path.parent)) == [
        "deck.da.yaml:3: language: er kortsættets eget sprog (da) – en oversættelse skal være "
        "til et andet sprog"
    ]


def test_cards_matched_in_order_missing_or_extra(write_translation) -> None:
    short = UNNUMBERED_TRANSLATION.replace("  - title: Solve\n", "")
    loaded = load_deck(write_translation(short, deck=UNNUMBERED_DECK).parent)
    assert problems(loaded, "en") == [
        "deck.en.yaml:5: cards: card no. 2 (Løse) of deck.yaml is not translated – add it here "
        "as card no. 2; cards are matched in order"
    ]
    long = UNNUMBERED_TRANSLATION + '  - number: "3"\n    title: Learn\n'
    loaded = load_deck(write_translation(long, deck=UNNUMBERED_DECK).parent)
    assert problems(loaded, "en") == [
        "deck.en.yaml:9: cards[2].number: the cards in deck.yaml have no numbers, so cards are "
        "matched in order – delete the number",
        "deck.en.yaml:9: cards[2]: deck.yaml has only 2 cards – delete this card; cards are "
        "matched in order",
    ]


def test_broken_yaml_leaves_the_deck_in_danish_with_one_warning(write_translation) -> None:
    path = write_translation(with_edit("title: First card", "title: First: card"))
    loaded = load_deck(path.parent)
    assert loaded.ok and loaded.translations == () and loaded.deck_for("en") is loaded.deck
    (problem,) = loaded.translation_problems
    assert (problem.path, problem.line, problem.code) == (path, 12, "yaml_syntax")
    (warning,) = loaded.translation_warnings()
    assert warning.startswith(f"{path}: the translation is not used (1 problem;")
    assert warning.endswith("the deck is shown in 'da' instead")


def test_an_empty_or_unreadable_translation(write_translation) -> None:
    path = write_translation("")
    assert problems(load_deck(path.parent))[0].startswith("deck.en.yaml: filen er tom")
    if os.name == "posix" and os.geteuid() != 0:
        path.write_text(VALID_TRANSLATION, encoding="utf-8")
        path.chmod(0)
        try:
            loaded = load_deck(path.parent)
        finally:
            path.chmod(0o644)
        assert [problem.code for problem in loaded.translation_problems] == ["not_readable"]
        assert loaded.ok


def test_a_broken_deck_still_has_its_translation_checked_on_its_own(
    write_translation, valid_deck: str
) -> None:
    broken = valid_deck.replace("title: Prøvedeck\n", "")
    text = with_edit("title: Trial deck\n", "title: Trial deck\nfarve: blå\n")
    loaded = load_deck(write_translation(text, deck=broken).parent)
    assert loaded.deck is None and loaded.deck_for("en") is None and loaded.languages == ()
    assert [problem.code for problem in loaded.translation_problems] == ["unknown_key"]


# -- check ---------------------------------------------------------------------------------------


def test_check_prints_the_translations_problems_and_fails(write_translation) -> None:
    path = write_translation(with_edit('"02"', '"03"'))
    out = io.StringIO()
    assert run_check([path.parent], "en", out) == 1
    assert out.getvalue().splitlines() == [
        f"{path}:10: cards: card 02 (Andet kort) of deck.yaml is not translated – add it here "
        'with number: "02"',
        f"{path}:19: cards[1].number: deck.yaml has no card 03 – delete this card, or correct "
        "its number",
        "OK proeve: 2 cards",
        f"ERROR proeve ({path}): 2 problems in the translation; the deck is shown in da without it",
    ]
    out = io.StringIO()
    assert run_check([path.parent], "da", out) == 1
    assert out.getvalue().splitlines()[-1] == (
        f"FEJL proeve ({path}): 2 problemer i oversættelsen; kortsættet vises på da uden den"
    )


def test_check_names_the_languages_of_a_clean_deck(write_translation) -> None:
    out = io.StringIO()
    assert run_check([write_translation().parent], "da", out) == 0
    assert out.getvalue() == "OK proeve: 2 kort, også på en\n"


# -- the cache -----------------------------------------------------------------------------------


def test_a_translation_comes_from_the_cache_until_either_file_changes(
    write_translation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_translation()
    cache = DeckCache(tmp_path / "cache")
    first = load_deck(path.parent, cache)
    assert first.languages == ("da", "en")
    calls: list[Path] = []
    parse = translation.parse_translation

    def counting(file: Path, *args: object) -> object:
        calls.append(file)
        return parse(file, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(translation, "parse_translation", counting)
    again = load_deck(path.parent, cache)
    assert calls == [] and again == first
    path.write_text(with_edit("First card", "The first card"), encoding="utf-8")
    changed = load_deck(path.parent, cache).deck_for("en")
    assert calls == [path] and changed is not None and changed.cards[0].title == "The first card"
    deck_file = path.with_name("deck.yaml")
    deck_file.write_text(deck_file.read_text("utf-8").replace("order: 5", "order: 6"), "utf-8")
    assert load_deck(path.parent, cache).deck_for("en") == replace(changed, order=6)
    assert calls == [path, path], "a changed deck checks its translation afresh"


def test_a_copy_under_another_languages_name_is_no_cache_hit(
    write_translation, tmp_path: Path
) -> None:
    path = write_translation()
    cache = DeckCache(tmp_path / "cache")
    load_deck(path.parent, cache)
    path.with_name("deck.de.yaml").write_bytes(path.read_bytes())
    loaded = load_deck(path.parent, cache)
    assert loaded.languages == ("da", "en")
    assert [problem.path.name for problem in loaded.translation_problems] == ["deck.de.yaml"]
