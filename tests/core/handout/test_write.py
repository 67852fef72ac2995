"""The handout written to a file: card keys, file names, formats, and the PDF left to the UI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.core.handout.export import ExportError
from kompas_kiosk.core.handout.model import Handout
from kompas_kiosk.core.handout.write import (
    card_key,
    default_file_name,
    export_notes,
    handout_bytes,
)
from kompas_kiosk.core.notes.model import Note, Session

CPH = ZoneInfo("Europe/Copenhagen")
WHEN = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)
DECK = Deck(
    id="samarbejdskompasset", title="Samarbejdskompasset", cards=(Card(number="07", title="Del"),)
)
SESSION = Session(1, DECK.id, "Borgermøde", "", WHEN)
NOTES = [Note(1, 1, DECK.id, "07", "card", "æøå", WHEN, WHEN, None)]


def test_default_file_names() -> None:
    named = Session(1, DECK.id, 'Borgermøde: "Aarhus"/Syd', "", WHEN)
    assert default_file_name(named, "pdf", tz=CPH) == "Borgermøde Aarhus Syd 2026-11-28.pdf"
    default = Session(2, DECK.id, "28. nov. 2026 kl. 10.15 · Samarbejdskompasset", "", WHEN)
    assert default_file_name(default, "md", tz=CPH) == "Samarbejdskompasset 2026-11-28.md"


def test_card_keys_are_numbers_or_positions() -> None:
    assert card_key(DECK, 0) == "07"
    unnumbered = Deck(id="x", title="X", cards=(Card(title="Uden nummer"),))
    assert card_key(unnumbered, 0) == "1"


def test_the_pdf_is_set_by_the_writer_the_caller_passes(tmp_path: Path) -> None:
    made: list[Handout] = []

    def render(handout: Handout) -> bytes:
        made.append(handout)
        return b"%PDF-"

    path = export_notes(SESSION, NOTES, DECK, "pdf", tmp_path / "n.pdf", tz=CPH, render_pdf=render)
    assert path.read_bytes() == b"%PDF-"
    assert made[0].name == "Borgermøde" and made[0].groups[0].notes[0].text == "æøå"


def test_a_pdf_without_a_writer_or_an_unknown_format_is_the_callers_mistake() -> None:
    with pytest.raises(ValueError, match="render_pdf"):
        handout_bytes(SESSION, NOTES, DECK, "pdf")
    with pytest.raises(ValueError, match="docx"):
        handout_bytes(SESSION, NOTES, DECK, "docx")


def test_a_folder_given_as_the_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "noter.md"
    folder.mkdir()
    with pytest.raises(ExportError) as caught:
        export_notes(SESSION, NOTES, DECK, "md", folder, tz=CPH)
    assert str(folder) in caught.value.details and "er en mappe" in caught.value.details
    assert folder.is_dir() and not any(folder.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["noter.md"]
