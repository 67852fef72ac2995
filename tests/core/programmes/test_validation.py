"""Every programme problem named with its file, line and field, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_kiosk.core.decks.model import Card, Deck, Exercise
from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef, Slide
from kompas_kiosk.core.programmes.parser import parse_programme

PATH = Path("programme.yaml")
DECKS = {
    "kort": Deck(
        "kort", "Kort", (Card("Et", number="07"),), exercise=Exercise("Gruppearbejde", 10, ("a",))
    ),
    "uden": Deck("uden", "Uden øvelse", (Card("Lytte"), Card("Løse"))),
}
HEAD = "schema: 1\nid: p\ntitle: Et program\nsteps:\n"


def _problems(steps: str, decks: dict[str, Deck] | None = DECKS) -> list[str]:
    loaded = parse_programme(PATH, (HEAD + steps).encode(), decks)
    return [problem.format("en") for problem in loaded.problems]


def test_a_valid_programme_loads_with_every_kind() -> None:
    loaded = parse_programme(
        PATH,
        (
            HEAD
            + "  - minutes: 2\n    slide: {layout: section, title: Start}\n"
            + "  - minutes: 3\n    card: {deck: kort, number: 7, face: back}\n"
            + "  - minutes: 10\n    exercise: {deck: kort, number: '07', minutes: 12}\n"
            + "  - minutes: 5\n    share:\n"
            + "  - minutes: 15\n    break:\n"
        ).encode(),
        DECKS,
    )
    assert loaded.problems == () and loaded.programme is not None
    steps = loaded.programme.steps
    assert [step.kind for step in steps] == ["slide", "card", "exercise", "share", "break"]
    assert steps[1].part == CardRef("kort", "07", "back")
    exercise = steps[2].part
    assert isinstance(exercise, ExerciseRef) and isinstance(steps[0].part, Slide)
    assert exercise.exercise_in(DECKS["kort"]) == Exercise("Gruppearbejde", 12, ("a",))
    assert loaded.programme.planned_minutes == 35
    assert loaded.programme.start_minutes() == (0, 2, 5, 15, 20)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ("  - minutes: 3\n", "programme.yaml:5: steps[0]: the step has no kind"),
        (
            "  - minutes: 3\n    card: {deck: kort, number: 7}\n    break:\n",
            "programme.yaml:5: steps[0]: the step has more than one kind (card, break)",
        ),
        (
            "  - minutes: -5\n    break:\n",
            "programme.yaml:5: steps[0].minutes: must be a whole number of minutes from 1 to 480",
        ),
        (
            "  - minutes: 0\n    break:\n",
            "programme.yaml:5: steps[0].minutes: must be a whole number of minutes from 1 to 480",
        ),
        (
            "  - minutes: 9000\n    break:\n",
            "programme.yaml:5: steps[0].minutes: must be a whole number of minutes from 1 to 480",
        ),
        (
            "  - minutes: 1\n    slide:\n      layout: poster\n",
            "programme.yaml:7: steps[0].slide.layout: must be one of: 'title', 'statement', "
            "'quote', 'list', 'two-column', 'matrix', 'section' or 'closing'",
        ),
        (
            "  - minutes: 1\n    slide:\n      layout: matrix\n      cells:\n"
            "        - text: a\n        - text: b\n        - text: c\n",
            "programme.yaml:8: steps[0].slide.cells: must have exactly 4 items in the layout "
            "matrix, not 3",
        ),
        (
            "  - minutes: 1\n    slide:\n      layout: quote\n      title: Hej\n",
            "programme.yaml:6: steps[0].slide.text: the layout quote needs text",
        ),
        (
            "  - minutes: 1\n    slide:\n      layout: closing\n      title: Tak\n"
            "      items: [a]\n",
            "programme.yaml:9: steps[0].slide.items: is not shown in the layout closing",
        ),
        (
            "  - minutes: 1\n    card:\n      deck: ingen\n      number: 1\n",
            "programme.yaml:7: steps[0].card.deck: there is no deck with the id 'ingen' – "
            "correct the id (the decks are: kort, uden)",
        ),
        (
            "  - minutes: 1\n    card:\n      deck: kort\n      number: 8\n",
            "programme.yaml:8: steps[0].card.number: the deck kort has no card 08 – correct the "
            "number (the cards are: 07)",
        ),
        (
            "  - minutes: 1\n    card:\n      deck: uden\n      number: 3\n",
            "programme.yaml:8: steps[0].card.number: the deck uden has no card 03 – correct the "
            "number (the cards are: 1, 2)",
        ),
        (
            "  - minutes: 1\n    exercise:\n      deck: uden\n      number: 1\n",
            "programme.yaml:6: steps[0].exercise: the deck uden has no exercise",
        ),
    ],
)
def test_each_problem_is_named_with_its_line(steps: str, expected: str) -> None:
    problems = _problems(steps)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_an_exercise_of_its_own_on_a_deck_without_one() -> None:
    steps = "  - minutes: 5\n    exercise: {deck: uden, number: 2, title: Tal, minutes: 5}\n"
    assert _problems(steps) == []


def test_every_problem_at_once_in_line_order() -> None:
    problems = _problems(
        "  - minutes: 0\n    break:\n"
        "  - minutes: 1\n"
        "  - minutes: 1\n    card: {deck: ingen, number: 1}\n"
        "  - minutes: 1\n    slide: {layout: matrix, cells: [{text: a}]}\n"
    )
    lines = [int(problem.split(":")[1]) for problem in problems]
    assert lines == [5, 7, 9, 11] and len(problems) == 4


def test_problems_are_in_danish_by_default() -> None:
    loaded = parse_programme(PATH, (HEAD + "  - minutes: 3\n").encode(), DECKS)
    assert loaded.problems[0].format() == (
        "programme.yaml:5: steps[0]: trinnet har ingen slags – giv det én af: "
        "slide, card, exercise, share, break"
    )


def test_without_decks_references_are_not_checked() -> None:
    assert _problems("  - minutes: 1\n    card: {deck: ingen, number: 1}\n", None) == []


def test_byte_order_mark_and_windows_line_ends() -> None:
    text = (HEAD + "  - minutes: 1\n    card: {deck: ingen, number: 1}\n").replace("\n", "\r\n")
    loaded = parse_programme(PATH, b"\xef\xbb\xbf" + text.encode(), DECKS)
    assert [problem.line for problem in loaded.problems] == [6]
    clean = (HEAD + "  - minutes: 1\n    break:\n").replace("\n", "\r\n")
    assert parse_programme(PATH, b"\xef\xbb\xbf" + clean.encode(), DECKS).ok


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "empty_file"),
        (b"- a\n", "not_mapping"),
        (b"\xff\xfe", "not_utf8"),
        (b"a: [", "yaml_syntax"),
    ],
)
def test_unreadable_files_give_one_problem(raw: bytes, code: str) -> None:
    loaded = parse_programme(PATH, raw, DECKS)
    assert loaded.programme is None and [problem.code for problem in loaded.problems] == [code]
    assert "programme" in loaded.problems[0].format("en") or code not in ("empty_file",)
