from __future__ import annotations

import string
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.problems import MESSAGES, Problem, message
from kompas_kiosk.core.i18n import LANGUAGES


def test_format_with_line_and_field() -> None:
    problem = Problem(Path("content/x/deck.yaml"), 12, "cards[0].title", "missing")
    assert problem.format() == "content/x/deck.yaml:12: cards[0].title: mangler – tilføj feltet"
    assert problem.format("en") == "content/x/deck.yaml:12: cards[0].title: is missing – add it"


def test_format_leaves_out_unknown_line_and_empty_field() -> None:
    problem = Problem(Path("x/deck.yaml"), None, "", "empty_file")
    assert problem.format().startswith("x/deck.yaml: filen er tom – ")
    assert Problem(Path("a.yaml"), 3, "", "empty_file").format().startswith("a.yaml:3: filen")


def test_unknown_language_falls_back_to_danish() -> None:
    problem = Problem(Path("a.yaml"), 1, "title", "missing")
    assert problem.format("fr") == problem.format("da") == problem.format()


def test_params_fill_the_message() -> None:
    problem = Problem(Path("a.yaml"), 4, "x", "unknown_key", {"allowed": "title, text"})
    assert problem.format().endswith("(tilladte felter: title, text)")
    assert problem.format("en").endswith("(allowed fields: title, text)")


def test_a_missing_param_never_crashes() -> None:
    assert "{allowed}" in message("unknown_key", "da", {})


def test_an_unknown_code_still_says_something() -> None:
    assert message("no_such_code", "en") == "is not valid (no_such_code) – correct the value"


def test_problem_is_hashable_even_with_params() -> None:
    assert len({Problem(Path("a"), 1, "f", "invalid", {"detail": "x"})}) == 1


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_has_every_language_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]._asdict()
    assert set(texts) == set(LANGUAGES)
    assert all(texts.values())
    fields = {
        lang: {f for _, f, _, _ in string.Formatter().parse(text) if f}
        for lang, text in texts.items()
    }
    assert fields["da"] == fields["en"]
