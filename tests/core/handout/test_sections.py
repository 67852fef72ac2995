"""The handout as a document to send back: a title page, each card as it was run with its text,
exercise and notes by group, the general notes at the end; in Markdown, HTML and the PDF's
rich text alike. The card texts come from the bundled decks and programme."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.html import COLORS
from kompas_kiosk.core.handout.model import group_order
from kompas_kiosk.core.handout.write import handout_bytes, handout_of, programme_infos
from kompas_kiosk.core.notes.model import Note, Session
from kompas_kiosk.core.programmes.loader import load_programmes
from kompas_kiosk.core.programmes.model import Programme

START = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)
SESSION = Session(1, "samarbejdskompasset", "Borgermøde i Aarhus", "Rådhuset", START)
BOLD = "Vi skal turde være i samarbejdet hele vejen"  # a bold sentence of card 07


@pytest.fixture(scope="module")
def decks() -> list[Deck]:
    content = resources.content_dir()
    return [loaded.deck for loaded in load_decks([content]) if loaded.deck is not None]


@pytest.fixture(scope="module")
def programme(decks) -> Programme:
    content = resources.content_dir()
    loaded = load_programmes([content / "programmes"], {deck.id: deck for deck in decks})
    found = next(item.programme for item in loaded if item.programme_id == "din-2024")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def deck(decks) -> Deck:
    return next(deck for deck in decks if deck.id == "samarbejdskompasset")


def note(i: int, text: str, key: str | None = "07", group: str = "", phase="card") -> Note:
    when = START + timedelta(minutes=i)
    return Note(i, 1, "samarbejdskompasset", key, phase, text, when, when, None, group)


NOTES = [
    note(1, "første fra bord 10", group="10"),
    note(2, "uden gruppe"),
    note(3, "fra bord 2", group="2", phase="exercise"),
    note(4, "generelt om dagen", key=None),
    note(5, "anden fra bord 10", group="10"),
    note(6, "fra bord 2 igen", group="2"),
]


def test_groups_sort_naturally_with_no_group_first():
    labels = ["10", "2", "", "B", "Bord 10", "Bord 2", "a"]
    assert sorted(labels, key=group_order) == ["", "2", "10", "a", "B", "Bord 2", "Bord 10"]


def test_a_card_carries_its_text_back_and_exercise_and_notes_by_group(deck):
    handout = handout_of(SESSION, NOTES, deck)
    card, general = handout.groups
    assert (card.heading, card.title) == ("Princip 07", "Bliv klogere sammen igen og igen")
    assert card.card is not None and card.exercise is not None
    bold = [span.text for block in card.card.text for span in block.spans if span.bold]
    assert any(text.startswith(BOLD) for text in bold)
    assert card.card.reminders == deck.cards[0].reminders
    assert card.card.what_if == deck.cards[0].what_if
    assert card.exercise.steps == deck.exercise.steps  # run: a note was taken during it
    assert [(n.group, n.text) for n in card.notes] == [
        ("", "uden gruppe"),
        ("2", "fra bord 2"),
        ("2", "fra bord 2 igen"),
        ("10", "første fra bord 10"),
        ("10", "anden fra bord 10"),
    ]
    assert general.key is None and [n.text for n in general.notes] == ["generelt om dagen"]


def test_the_exercise_is_left_out_when_none_was_run_on_a_deck_card(deck):
    (card,) = handout_of(SESSION, [note(1, "på kortet")], deck).groups
    assert card.exercise is None and card.card is not None


def test_a_programme_gives_its_cards_in_programme_order_every_one_shown(programme, decks):
    infos = programme_infos(programme, decks)
    refs = [step.part for step in programme.steps if step.kind in ("card", "exercise")]
    first_seen = list(dict.fromkeys((ref.deck, ref.number) for ref in refs))
    assert [(info.deck_id, info.key) for info in infos] == first_seen
    assert all(info.shown for info in infos)
    handout = handout_of(SESSION, NOTES, None, programme=programme, decks=decks)
    assert handout.programme == programme.title and handout.deck == ""
    assert len(handout.groups) == len(infos) + 1  # every card, then the general notes
    seventh = handout.groups[0]
    assert seventh.exercise is not None and seventh.exercise.minutes == 10  # the step's
    assert len(seventh.notes) == 5 and handout.groups[-1].key is None


def test_a_programme_card_from_another_deck_does_not_take_notes_on_the_same_number(
    programme, decks
):
    other = replace(NOTES[0], deck_id="laering-2023", card_key="07")
    handout = handout_of(SESSION, [other], None, programme=programme, decks=decks)
    assert not handout.groups[0].notes  # samarbejdskompasset 07
    assert [g.title for g in handout.groups if g.notes] == ["Kort 07 (ikke i kortsættet)"]


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.outline: list[str] = []
        self.tags: list[str] = []
        self._heading: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = tag
            self.outline.append(f"{tag}:")

    def handle_endtag(self, tag):
        if tag == self._heading:
            self._heading = None

    def handle_data(self, data):
        if self._heading:
            self.outline[-1] += data


def test_the_html_page_has_landmarks_a_heading_outline_and_the_card(deck):
    page = handout_bytes(SESSION, NOTES, deck, "html").decode()
    parser = _Outline()
    parser.feed(page)
    assert {"header", "nav", "main", "section"} <= set(parser.tags)
    assert parser.outline == [
        "h1:Borgermøde i Aarhus",
        "h2:Indhold",
        "h2:Princip 07 Bliv klogere sammen igen og igen",
        "h3:Små huskere",
        "h3:Hvad nu hvis",
        "h3:Gruppearbejde (10 min.)",
        "h3:Noter",
        "h4:Gruppe 2",
        "h4:Gruppe 10",
        "h2:Generelt om workshoppen",
    ]
    assert f"<b>{BOLD}" in page and "@media print" in page and "break-before: page" in page
    assert page.index("uden gruppe") < page.index("Gruppe 2") < page.index("Gruppe 10")


def test_the_english_page_speaks_english(deck):
    page = handout_bytes(SESSION, NOTES, deck, "html", "en").decode()
    assert '<html lang="en">' in page and "<h3>Small reminders</h3>" in page
    assert "<h4>Group 2</h4>" in page and "About the workshop in general" in page


def test_markdown_has_the_card_the_exercise_and_the_groups(deck):
    text = handout_bytes(SESSION, NOTES, deck, "md").decode()
    assert f"**{BOLD}" in text
    assert "**Små huskere**\n\n- Husker vi at bearbejde" in text
    assert "### Gruppearbejde (10 min.)\n\n1. Læs teksten i kortet højt\n2. Tal om:" in text
    assert text.index("uden gruppe") < text.index("#### Gruppe 2") < text.index("#### Gruppe 10")
    assert text.index("#### Gruppe 10") < text.index("## Generelt om workshoppen")


def test_the_html_colours_are_the_rooms():
    from kompas_kiosk.ui.theme.colors import DEFAULT

    for role, value in COLORS.items():
        assert getattr(DEFAULT, role).name() == value, role


def test_content_text_comes_from_the_bundled_deck_letter_for_letter(deck):
    seed = Path("/work/shared/seed/aarhuskompasset-din-2024.txt")
    if not seed.exists():
        pytest.skip("no seed text here")
    text = " ".join(seed.read_text(encoding="utf-8").split())
    assert " ".join(deck.cards[0].what_if.split()) in text
