"""`kompas-kiosk print`: the cards as a duplex PDF, checked with poppler's own tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kompas_kiosk.cli.main import main
from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.content import load_content
from kompas_kiosk.ui.offscreen.print_cards import programme_cards

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs poppler's pdftotext and pdffonts",
)


def _page_text(pdf: Path, page: int) -> str:
    args = ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("paper", ["a5", "a6"])
def test_a_deck_front_then_back_for_every_card(tmp_path: Path, paper: str) -> None:
    pdf = tmp_path / "cards.pdf"
    assert main(["print", "--deck", "samarbejdskompasset", "--paper", paper, "-o", str(pdf)]) == 0
    deck = load_content([resources.content_dir()])[0].deck_for("da")
    assert deck is not None and deck.cards
    assert _pages(pdf) == 2 * len(deck.cards)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert {"a5": "595 x 420 pts", "a6": "420 x 297 pts"}[paper] in info  # landscape
    for index, card in enumerate(deck.cards):
        front, back = _page_text(pdf, 2 * index + 1), _page_text(pdf, 2 * index + 2)
        assert card.title in _flat(front)
        if card.what_if:
            assert "Hvad nu, hvis" in _flat(back)
            assert card.title in _flat(back)


def test_a4_holds_two_cards_a_sheet_backs_behind_fronts(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    assert main(["print", "--deck", "aarhuskompasset", "-o", str(pdf)]) == 0
    assert _pages(pdf) == 4  # four cards: two sheets, each a front and a back page
    first = _flat(_page_text(pdf, 1))
    assert first.index("Lytte") < first.index("Løse")  # æøå as text
    assert "Lære" in _flat(_page_text(pdf, 3))


def test_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = tmp_path / "cards.pdf"
    assert main(["print", "--deck", "samarbejdskompasset", "-o", str(pdf)]) == 0
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all("Inter" in row for row in rows)
    assert all(row.split()[-5] == "yes" for row in rows)  # the "emb" column


def test_a_programme_prints_the_cards_it_shows_in_order_each_once(tmp_path: Path) -> None:
    pdf = tmp_path / "din.pdf"
    assert main(["print", "--programme", "din-2024", "--paper", "a6", "-o", str(pdf)]) == 0
    content = [resources.content_dir()]
    cards = programme_cards(content, load_content(content), "din-2024", "da")
    ids = [(card.deck.title, card.index) for card in cards]
    assert len(ids) == len(set(ids))
    assert ids[0] == ("Samarbejdskompasset", 0)  # principle 07 comes first, shown three times
    assert [index for title, index in ids if title == "Aarhuskompasset"] == [0, 1, 2, 3]
    assert _pages(pdf) == 2 * len(cards)
    for number, card in enumerate(cards):
        title = card.deck.cards[card.index].title
        assert title in _flat(_page_text(pdf, 2 * number + 1))


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--deck", "nope", "--lang", "en"], 2, "no deck with the id 'nope'"),
        (["--deck", "nope", "--lang", "da"], 2, "intet kortsæt med id'et „nope“"),
        (["--programme", "nope", "--lang", "en"], 2, "no programme with the id 'nope'"),
        (["--deck", "aarhuskompasset", "--paper", "a3", "--lang", "en"], 2, "invalid choice"),
        (["--deck", "aarhuskompasset", "--paper", "a3", "--lang", "da"], 2, "ugyldigt valg"),
    ],
)
def test_bad_input_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, words: str
) -> None:
    try:
        result = main(["print", *args, "-o", str(tmp_path / "x.pdf")])
    except SystemExit as exit_:
        result = exit_.code  # type: ignore[assignment]
    assert result == code
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("lang", "words"), [("en", "cannot write"), ("da", "kan ikke skrive")])
def test_an_unwritable_output_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    output = blocker / "cards.pdf"  # inside a file: no folder can be made there
    assert main(["print", "--deck", "aarhuskompasset", "--lang", lang, "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kompas-kiosk: ") and words in err and err.count("\n") == 1
