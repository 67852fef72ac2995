"""A session of 100,000 notes: every handout format holds every note (a unique marker each)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.core.handout.export import ExportError, IncompleteHandoutError
from kompas_kiosk.core.handout.write import export_notes
from kompas_kiosk.core.notes.model import Note, Session

LARGE = 100_000
WHEN = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)
DECK = Deck(
    id="kompas",
    title="Kompas",
    cards=tuple(Card(number=f"{n:02d}", title=f"Kort {n}") for n in range(1, 11)),
)
SESSION = Session(1, DECK.id, "Stor session", "Rådhuset", WHEN)
MARKER = re.compile(r"mk(\d{6})z")


def large_session(count: int = LARGE) -> list[Note]:
    """`count` notes over the general group, ten cards and a card that left the deck, by four
    tables and none; note i holds the marker "mk<i>z" once, among ordinary words (some on a
    second line)."""
    notes = []
    for i in range(count):
        key = None if i % 12 == 0 else ("99" if i % 12 == 11 else f"{i % 12:02d}")
        text = f"Note mk{i:06d}z om at dele det halvfærdige, æøå"
        if i % 7 == 0:
            text += "\nog en linje til"
        stamp = WHEN + timedelta(seconds=i)
        phase = "exercise" if i % 5 == 0 else "card"
        group = "" if i % 5 == 4 else str(i % 5 * 5)  # "0", "5", "10", "15" or none
        notes.append(Note(i + 1, 1, DECK.id, key, phase, text, stamp, stamp, None, group))
    return notes


def markers(text: str) -> list[int]:
    return [int(found) for found in MARKER.findall(text)]


@pytest.fixture(scope="module")
def notes() -> list[Note]:
    return large_session()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_note_of_a_large_session_is_in_the_text_formats(notes, fmt, tmp_path: Path):
    path = export_notes(SESSION, notes, DECK, fmt, tmp_path / f"stor.{fmt}")
    found = markers(path.read_text(encoding="utf-8"))
    assert sorted(found) == list(range(LARGE))


def test_every_note_of_a_large_session_is_a_csv_row(notes, tmp_path: Path):
    path = export_notes(SESSION, notes, DECK, "csv", tmp_path / "stor.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(rows) == LARGE + 1
    assert sorted(n for row in rows[1:] for n in markers(row[7])) == list(range(LARGE))


def test_a_handout_missing_notes_is_not_saved_and_the_error_says_so(tmp_path: Path):
    def drops_notes(handout):
        raise IncompleteHandoutError(33_579, 100_001)

    path = tmp_path / "stor.pdf"
    with pytest.raises(ExportError) as caught:
        export_notes(SESSION, [], DECK, "pdf", path, render_pdf=drops_notes)
    assert str(path) in caught.value.details
    assert "33579 af 100001 noter" in caught.value.details
    assert "HTML eller CSV" in caught.value.details
    assert not list(tmp_path.iterdir())
