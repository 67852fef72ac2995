from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_kiosk.core.decks.loader import load_bytes, load_deck, load_decks
from kompas_kiosk.core.decks.model import LoadedDeck

WriteDeck = Callable[..., Path]  # the write_deck fixture (conftest.py)
DeckWith = Callable[[str, str], str]  # the deck_with fixture


def messages(loaded: LoadedDeck, lang: str = "da") -> list[str]:
    """The problems without the path, i.e. `line: field: what to fix`."""
    return [problem.format(lang).removeprefix(f"{problem.path}:") for problem in loaded.problems]


def test_a_valid_deck_loads(write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck())
    assert loaded.ok and loaded.problems == ()
    assert loaded.deck is not None and len(loaded.deck.cards) == 2
    assert (loaded.deck_id, loaded.title) == ("proeve", "Prøvedeck")


def test_a_deck_folder_or_its_file_both_load(write_deck: WriteDeck) -> None:
    path = write_deck()
    assert load_deck(path.parent).ok
    assert load_deck(path.parent).path == path


def test_bom_and_crlf_from_notepad_load_fine(valid_deck: str, write_deck: WriteDeck) -> None:
    data = b"\xef\xbb\xbf" + valid_deck.replace("\n", "\r\n").encode("utf-8")
    loaded = load_deck(write_deck(data))
    assert loaded.ok
    assert loaded.deck is not None and loaded.deck.cards[0].title == "Første kort"


def test_bom_and_crlf_keep_the_line_numbers(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    text = deck_with("    what_if: Hvad nu, hvis?\n", "    what_if: Hvad nu, hvis?\n    wat: 1\n")
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    assert [problem.line for problem in load_deck(write_deck(data)).problems] == [19]


def test_broken_yaml_names_the_line_and_yamls_own_problem(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    loaded = load_deck(write_deck(deck_with("question: Hvad nu?", "question: Tal om: hvad?")))
    assert not loaded.ok and loaded.deck is None
    (problem,) = loaded.problems
    assert problem.line == 13
    text = problem.format()
    assert ":13: YAML-fejl (mapping values are not allowed " in text  # libyaml's or PyYAML's words
    assert text.endswith(
        ") – tjek indrykningen (mellemrum, ikke tabulator), og sæt tekst med kolon (:) eller # "
        "i anførselstegn"
    )
    assert "YAML error (mapping values are not allowed" in problem.format("en")


def test_an_unclosed_quote_says_where_it_began(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with("title: Prøvedeck", 'title: "Prøvedeck')))
    (problem,) = loaded.problems
    assert problem.code == "yaml_syntax_from"
    # YAML reads on to the next quote (line 11) and sees the mapping it began on line 1 break.
    assert (problem.line, problem.params["start"]) == (11, 1)
    assert "), som begynder på linje 1 – tjek indrykningen" in problem.format()
    assert "anførselstegn og parenteser er lukket" in problem.format()


def test_missing_title_is_reported_on_the_mapping_that_lacks_it(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    loaded = load_deck(write_deck(deck_with("title: Prøvedeck\n", "")))
    assert messages(loaded) == ["1: title: mangler – tilføj feltet"]
    assert messages(loaded, "en") == ["1: title: is missing – add it"]


def test_missing_field_in_a_nested_mapping(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with("  minutes: 10\n", "")))
    assert messages(loaded) == ["5: exercise.minutes: mangler – tilføj feltet"]


def test_unknown_key_gives_its_line_and_the_allowed_keys(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    loaded = load_deck(write_deck(deck_with("    what_if:", "    hvad_nu_hvis: x\n    what_if:")))
    assert messages(loaded) == [
        "18: cards[0].hvad_nu_hvis: ukendt felt – slet det eller ret stavningen (tilladte "
        "felter: number, title, question, text, reminders, what_if)"
    ]
    assert (
        "unknown field – delete it or correct the spelling (allowed fields: number,"
        in (messages(loaded, "en")[0])
    )


def test_unknown_key_suggests_the_near_spelling(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with("title: Prøvedeck", "titel: Prøvedeck")))
    assert "3: titel: ukendt felt – mente du „title“? Slet det" in messages(loaded)[1]
    assert messages(loaded)[0] == "1: title: mangler – tilføj feltet"


def test_wrong_type_asks_for_quotes(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with("title: Første kort", "title: 2024")))
    assert messages(loaded) == [
        '12: cards[0].title: skal være tekst – sæt værdien i anførselstegn, fx number: "07" '
        'eller title: "Tal om: …"'
    ]
    assert messages(loaded, "en")[0].startswith("12: cards[0].title: must be text – put the value")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "    - Læs kortet højt\n",
            "    Læs kortet højt\n",
            "8: exercise.steps: skal være en liste",
        ),
        ("order: 5", "order: fem", "4: order: skal være et helt tal fra 0 til 10000"),
        (
            "  minutes: 10",
            "  minutes: 10\n  flip_when_done: måske",
            "8: exercise.flip_when_done: skal være true eller false",
        ),
        (
            "exercise:\n",
            "exercise: Gruppearbejde\nx:\n",
            "5: exercise: skal være en gruppe af felter",
        ),
        (
            '  - number: "02"\n    title: Andet kort\n',
            "  - Andet kort\n",
            "19: cards[1]: et kort skal være en gruppe af felter",
        ),
        ("schema: 1", "schema: 2", "1: schema: skal være 1 – skriv „schema: 1“"),
        ("id: proeve", "id: Prøve Deck", "2: id: må kun have små bogstaver a–z"),
        ("order: 5", "order: 5\nlanguage: dansk", "5: language: skal være en sprogkode"),
        (
            'number: "02"',
            'number: "2b"',
            "19: cards[1].number: skal være kortets nummer med 1 til 3",
        ),
        (
            "    text: |\n",
            "    text:\n      - a\n    x: |\n",
            "14: cards[0].text: skal være én tekst",
        ),
    ],
)
def test_wrong_values(
    deck_with: DeckWith, write_deck: WriteDeck, old: str, new: str, expected: str
) -> None:
    loaded = load_deck(write_deck(deck_with(old, new)))
    assert messages(loaded)[0].startswith(expected), messages(loaded)


@pytest.mark.parametrize("minutes", ["0", "600", "-5", "ti"])
def test_minutes_out_of_range(deck_with: DeckWith, write_deck: WriteDeck, minutes: str) -> None:
    loaded = load_deck(write_deck(deck_with("minutes: 10", f"minutes: {minutes}")))
    assert messages(loaded) == [
        "7: exercise.minutes: skal være et helt antal minutter fra 1 til 120"
    ]
    assert messages(loaded, "en") == [
        "7: exercise.minutes: must be a whole number of minutes from 1 to 120"
    ]


def test_duplicate_card_numbers_point_at_the_second_number(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    loaded = load_deck(write_deck(deck_with('number: "02"', "number: 1")))
    assert messages(loaded) == [
        "19: cards[1].number: nummer 01 bruges også af cards[0] (linje 11) – giv hvert kort sit "
        "eget nummer"
    ]
    assert "number 01 is also used by cards[0] (line 11)" in messages(loaded, "en")[0]


def test_duplicate_numbers_are_found_beside_other_errors(
    deck_with: DeckWith, write_deck: WriteDeck
) -> None:
    text = deck_with('number: "02"', 'number: "01"').replace("order: 5", "order: x")
    assert [problem.code for problem in load_deck(write_deck(text)).problems] == [
        "int_range",
        "number_duplicate",
    ]


def test_mixed_numbering(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with('  - number: "02"\n    title:', "  - title:")))
    assert messages(loaded) == [
        "19: cards[1]: har intet nummer, men andre kort har – giv alle kort et nummer, eller ingen"
    ]
    assert "has no number, but other cards do" in messages(loaded, "en")[0]


def test_unquoted_numbers_are_read_as_written(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    text = deck_with('number: "01"', "number: 010").replace('number: "02"', "number: 8")
    loaded = load_deck(write_deck(text))
    assert loaded.deck is not None
    assert [card.number for card in loaded.deck.cards] == ["010", "08"]


def test_raw_html_in_text_and_in_a_reminder(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    text = deck_with("**fed**", "<b>fed</b>").replace("- Husker vi det?", "- <i>Husker</i> vi?")
    loaded = load_deck(write_deck(text))
    assert messages(loaded) == [
        "14: cards[0].text: må ikke indeholde HTML – brug **fed** eller *kursiv*",
        "17: cards[0].reminders[0]: må ikke indeholde HTML – brug **fed** eller *kursiv*",
    ]
    assert messages(loaded, "en")[0].endswith("must not contain HTML – use **bold** or *italic*")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Andet kort", 'title: ""', "20: cards[1].title: er tom – skriv en tekst"),
        (
            "question: Hvad nu?",
            "question: '  '",
            "13: cards[0].question: er tom – skriv en tekst, eller slet feltet",
        ),
        (
            "- Husker vi det?",
            "-",
            "17: cards[0].reminders[0]: er tom – skriv en tekst, eller slet linjen",
        ),
        ("title: Andet kort", "title:", "20: cards[1].title: er tom – skriv en tekst"),
    ],
)
def test_empty_text(
    deck_with: DeckWith, write_deck: WriteDeck, old: str, new: str, expected: str
) -> None:
    assert messages(load_deck(write_deck(deck_with(old, new)))) == [expected]


def test_no_cards(valid_deck: str, write_deck: WriteDeck) -> None:
    text = valid_deck[: valid_deck.index("cards:")] + "cards:\n"
    assert messages(load_deck(write_deck(text))) == [
        "10: cards: skal have mindst ét kort – tilføj et kort under cards:"
    ]


def test_duplicate_key_in_one_mapping(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(deck_with("title: Andet kort", "title: Andet\n    title: To")))
    assert messages(loaded) == [
        "21: cards[1].title: står to gange (første gang på linje 20) – slet det ene"
    ]


def test_every_problem_is_reported_at_once(deck_with: DeckWith, write_deck: WriteDeck) -> None:
    text = (
        deck_with("title: Prøvedeck\n", "titel: x\n")
        .replace("minutes: 10", "minutes: 0")
        .replace("**fed**", "<b>")
        .replace('number: "02"', 'number: "01"')
    )
    loaded = load_deck(write_deck(text))
    assert [(p.line, p.code) for p in loaded.problems] == [
        (1, "missing"),
        (3, "unknown_key_suggest"),
        (7, "minutes_range"),
        (14, "raw_html"),
        (19, "number_duplicate"),
    ]


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"   \n\n", b"# bare en kommentar\n"])
def test_empty_file(write_deck: WriteDeck, content: bytes) -> None:
    (line,) = messages(load_deck(write_deck(content)))
    assert line.startswith(" filen er tom – skriv kortsættets felter")


@pytest.mark.parametrize("content", ["- a\n- b\n", "bare tekst\n"])
def test_top_level_not_a_mapping(write_deck: WriteDeck, content: str) -> None:
    (line,) = messages(load_deck(write_deck(content)))
    assert line.startswith("1: filen skal bestå af linjer med „navn: værdi“")


def test_not_utf8(valid_deck: str, write_deck: WriteDeck) -> None:
    loaded = load_deck(write_deck(valid_deck.encode("latin-1")))
    assert messages(loaded) == [
        "3: er ikke gemt som UTF-8 (ukendt tegn på denne linje) – gem filen som UTF-8 "
        "(Notesblok: Gem som… → Kodning: UTF-8)"
    ]
    assert "save the file as UTF-8" in messages(loaded, "en")[0]


def test_missing_path_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    for loaded in (load_deck(tmp_path / "nope"), *load_decks([tmp_path / "nope"])):
        assert not loaded.ok and loaded.deck is None and loaded.deck_id == "nope"
        assert [p.format() for p in loaded.problems] == [
            f"{tmp_path / 'nope'}: findes ikke – ret stien, eller opret filen"
        ]


def test_folder_without_deck_file(tmp_path: Path) -> None:
    (problem,) = load_deck(tmp_path).problems
    assert problem.format() == (
        f"{tmp_path}: mappen har ingen deck.yaml – læg kortsættets fil i mappen med navnet "
        "deck.yaml"
    )


def test_unreadable_file(write_deck: WriteDeck, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 000 does not stop root, so the refusal is simulated where the file is read.
    path = write_deck()

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("kompas_kiosk.core.decks.loader._open", refuse)
    loaded = load_deck(path)
    assert [p.format() for p in loaded.problems] == [
        f"{path}: må ikke læses (adgang nægtet) – giv brugeren læseadgang til filen og mappen"
    ]
    assert "cannot be read (permission denied)" in loaded.problems[0].format("en")


def test_unreadable_folder_of_decks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    (loaded,) = load_decks([tmp_path])
    assert [p.code for p in loaded.problems] == ["not_readable"]
    assert loaded.problems[0].path == tmp_path


def test_other_read_errors(write_deck: WriteDeck, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: Path) -> int:
        raise OSError(5, "Input/output error")

    path = write_deck()
    monkeypatch.setattr("kompas_kiosk.core.decks.loader._open", fail)
    assert load_deck(path).problems[0].format() == (
        f"{path}: kan ikke læses (Input/output error) – tjek filen og disken"
    )


def test_folder_of_decks_skips_folders_without_a_deck(
    valid_deck: str, write_deck: WriteDeck, tmp_path: Path
) -> None:
    write_deck(folder="a")
    write_deck(valid_deck.replace("id: proeve", "id: andet"), folder="b")
    (tmp_path / "images").mkdir()
    # Same order and title: the folder names decide.
    assert [loaded.deck_id for loaded in load_decks([tmp_path])] == ["proeve", "andet"]


def test_folder_with_no_decks_at_all(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (loaded,) = load_decks([tmp_path])
    assert loaded.problems[0].code == "no_decks"
    assert "mappen har ingen deck.yaml og ingen undermapper med en deck.yaml" in (
        loaded.problems[0].format()
    )


def test_duplicate_ids_mark_the_later_deck(valid_deck: str, write_deck: WriteDeck) -> None:
    first = write_deck(folder="a")
    second = write_deck(valid_deck.replace("order: 5", "order: 1"), folder="b")
    loaded = load_decks([first, second])
    by_path = {item.path: item for item in loaded}
    assert by_path[first].ok
    assert not by_path[second].ok and by_path[second].deck is not None
    assert [p.format() for p in by_path[second].problems] == [
        f"{second}:2: id: id'et „proeve“ bruges også af {first} – giv kortsættet et andet id"
    ]
    assert f"the id 'proeve' is also used by {first}" in by_path[second].problems[0].format("en")


def test_one_broken_deck_does_not_stop_the_others(
    valid_deck: str, write_deck: WriteDeck, tmp_path: Path
) -> None:
    write_deck(valid_deck.replace("id: proeve", "id: c").replace("order: 5", "order: 9"), "c")
    write_deck("schema: [\n", folder="b")
    write_deck(valid_deck.replace("order: 5", "order: 1"), folder="a")
    loaded = load_decks([tmp_path, tmp_path / "missing"])
    assert [(item.deck_id, item.ok) for item in loaded] == [
        ("proeve", True),
        ("c", True),
        ("b", False),
        ("missing", False),
    ]


def test_the_same_deck_given_twice_loads_once(write_deck: WriteDeck) -> None:
    path = write_deck()
    assert [item.ok for item in load_decks([path, path.parent])] == [True]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_never_raises_on_any_bytes(raw: bytes) -> None:
    loaded = load_bytes(Path("deck.yaml"), raw)
    assert loaded.ok or loaded.problems
    for problem in loaded.problems:
        assert problem.format() and problem.format("en")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(codec="utf-8"), max_size=20), max_size=12))
def test_never_raises_on_mangled_decks(valid_deck: str, pieces: list[str]) -> None:
    lines = valid_deck.splitlines()
    for index, piece in enumerate(pieces):
        position = index * 7 % len(lines)
        lines[position] = lines[position][: len(piece)] + piece
    load_bytes(Path("deck.yaml"), "\n".join(lines).encode("utf-8", "surrogatepass"))
