"""The handout in every format from one store, the PDF read back with pdftotext."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kompas_kiosk.core.handout import write
from kompas_kiosk.core.handout.export import ExportError
from kompas_kiosk.core.handout.sections import build_handout
from kompas_kiosk.core.notes.model import Session
from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.ui.notes import pdf_export, pdf_markup
from tests.helpers.stubs import FakeWallClock


def export_session(*args, **kwargs):
    """The core entry point with the UI's PDF writer, as the panel and the CLI call it."""
    return write.export_session(*args, render_pdf=pdf_export.render_pdf, **kwargs)


CPH = ZoneInfo("Europe/Copenhagen")
NOTES = [
    ("07", "card", "Vi deler de rå data med borgerpanelet – også før rapporten er færdig."),
    ("07", "exercise", "<script>alert('æøå')</script>"),
    ("07", "card", "første linje\nanden linje med ÆØÅ"),
    ("07", "card", "emoji 👩🏽‍🤝‍👨🏻 og RTL עברית"),
    ("07", "card", "=SUM(A1:A3)"),
]
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


@pytest.fixture
def deck(bundled):
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


@pytest.fixture
def store(tmp_path):
    with NotesStore.open(tmp_path / "notes.sqlite3", FakeWallClock(tick=60), tz=CPH) as opened:
        yield opened


@pytest.fixture
def session(store, deck):
    made = store.create_session(deck.id, "Borgermøde i Aarhus", "Rådhuset, sal 1")
    for key, phase, text in NOTES:
        store.add_note(made.id, text, deck.id, key, phase)
    deleted = store.add_note(made.id, "slettet note", deck.id, "07")
    store.delete_note(deleted.id)
    return made


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


@needs_pdftotext
def test_the_pdf_has_every_note_as_text(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "pdf", tmp_path / "noter.pdf", tz=CPH)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(path)
    for expected in (
        "Borgermøde i Aarhus",
        "Rådhuset, sal 1",
        "Samarbejdskompasset",
        "PRINCIP 07",
        "Bliv klogere sammen igen og igen",
        "Tør du dele det halvfærdige?",
        "10.17",
        "gruppearbejde",
        "Vi deler de rå data med borgerpanelet",
        "<script>alert('æøå')</script>",
        "første linje",
        "anden linje med ÆØÅ",
        "=SUM(A1:A3)",
        "עברית",
    ):
        assert expected in text, expected
    assert "slettet note" not in text


@needs_pdftotext
def test_the_pdf_is_a4_with_readable_text(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "pdf", tmp_path / "noter.pdf", tz=CPH)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">borgerpanelet<', boxes)
    assert word is not None
    height = float(word.group(2)) - float(word.group(1))
    assert 9 <= height <= 18, f"a note's text is {height:.1f} pt high"


@needs_pdftotext
def test_many_notes_run_onto_more_pages(store, deck, tmp_path):
    made = store.create_session(deck.id, "Lang session")
    for n in range(120):
        store.add_note(made.id, f"Note {n} om at blive klogere sammen, æøå.", deck.id, "07")
    path = export_session(store, made.id, deck, "pdf", tmp_path / "lang.pdf", tz=CPH)
    text = pdf_text(path)
    assert "Note 0 om" in text and "Note 119 om" in text
    assert text.count("\f") >= 2


def test_markdown(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "md", tmp_path / "noter.md", tz=CPH)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Borgermøde i Aarhus")
    assert "\\<script\\>alert('æøå')\\</script\\>" in text
    assert "anden linje med ÆØÅ" in text
    assert "slettet note" not in text


def test_csv_reads_back_in_excel_form(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "csv", tmp_path / "noter.csv", tz=CPH)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0][:8] == ["Session", "Dato", "Tid", "Kortsæt", "Kort", "Korttitel", "Fase", "Note"]
    assert rows[0][8:] == ["Gruppe", "Rum", "Note-id"]
    notes = [row[7] for row in rows[1:]]
    assert notes == [text if not text.startswith("=") else "'" + text for _, _, text in NOTES]
    assert rows[1][:4] == ["Borgermøde i Aarhus", "2026-11-28", "10:17", "Samarbejdskompasset"]
    assert rows[2][6] == "Gruppearbejde"


def test_html_escapes_the_notes(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "html", tmp_path / "noter.html", tz=CPH)
    text = path.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;æøå&#x27;)&lt;/script&gt;" in text or (
        "&lt;script&gt;alert('æøå')&lt;/script&gt;" in text
    )
    assert "<script>" not in text


def test_a_deck_that_no_longer_exists_still_exports(store, session, tmp_path):
    path = export_session(store, session.id, None, "md", tmp_path / "noter.md", tz=CPH)
    text = path.read_text(encoding="utf-8")
    assert "## Kort 07 (ikke i kortsættet)" in text
    assert "Vi deler de rå data" in text


def test_an_unwritable_target_is_an_export_error(store, session, deck, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_session(store, session.id, deck, "md", tmp_path / "missing" / "n.md", tz=CPH)
    assert "Vælg en anden mappe" in caught.value.details
    assert not list(tmp_path.glob("missing*"))


def test_an_unknown_format_is_refused(store, session, deck, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        export_session(store, session.id, deck, "docx", tmp_path / "n.docx")


def test_the_pdf_markup_escapes_every_text():
    html = pdf_markup.handout_pdf_html(
        build_handout(
            Session(1, "d", "<b>navn</b>", "", datetime(2026, 1, 1, tzinfo=UTC)),
            [],
        )
    )
    assert "&lt;b&gt;navn&lt;/b&gt;" in html and "<b>navn" not in html


def test_the_csv_bytes_are_excel_ready(store, session, deck):
    data = write.handout_bytes(
        store.get_session(session.id), store.notes(session.id), deck, "csv", tz=CPH
    )
    assert data.startswith("\ufeff".encode()) and b"\r\n" in data
    assert len(list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))) == 6


@needs_pdftotext
def test_an_english_pdf_keeps_its_colons(store, session, deck, tmp_path):
    path = export_session(store, session.id, deck, "pdf", tmp_path / "notes.pdf", "en", tz=CPH)
    text = pdf_text(path)
    assert "10:17" in text and "group work" in text and "Date:" in text


@needs_pdftotext
def test_every_note_of_a_large_session_is_in_the_pdf(tmp_path):
    """100,000 notes (the old single document printed the last rows over each other and
    dropped some); every marker must come back out of the PDF."""
    from tests.core.handout.test_large import DECK, LARGE, SESSION, large_session, markers

    path = write.export_notes(
        SESSION,
        large_session(),
        DECK,
        "pdf",
        tmp_path / "stor.pdf",
        render_pdf=pdf_export.render_pdf,
    )
    assert sorted(markers(pdf_text(path))) == list(range(LARGE))


@needs_pdftotext
def test_a_right_to_left_override_does_not_reverse_the_pdf(store, deck, tmp_path):
    made = store.create_session(deck.id, "Bidi")
    store.add_note(made.id, "Betalt af \u202eknab\u202c i dag", deck.id, "07")
    path = export_session(store, made.id, deck, "pdf", tmp_path / "bidi.pdf", tz=CPH)
    text = pdf_text(path)
    assert "Betalt af knab i dag" in text
    assert "\u202e" not in text


ARABIC_AND_EMOJI = "مرحبا بكم 😀👍❤"


def _families_drawing(text: str, bold: bool = False) -> list[tuple[str, bool]]:
    """The font family of each run Qt lays `text` out in with Inter, and whether every glyph
    of the run is a real one (glyph 0 is the empty box)."""
    from PySide6.QtGui import QFont, QTextLayout

    from kompas_kiosk.ui.theme import typescale

    font = QFont(typescale.FAMILY)
    font.setPixelSize(24)
    font.setBold(bold)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        (run.rawFont().familyName(), all(index != 0 for index in run.glyphIndexes()))
        for run in layout.glyphRuns()
        if run.glyphIndexes()
    ]


@pytest.mark.parametrize("bold", [False, True])
def test_arabic_and_emoji_fall_back_to_the_bundled_noto_fonts(qapp, bold):
    runs = _families_drawing(ARABIC_AND_EMOJI, bold)
    families = {family for family, _ in runs}
    assert {"Noto Sans Arabic", "Noto Emoji"} <= families, runs
    assert all(real for _, real in runs), runs


@needs_pdftotext
def test_the_pdf_embeds_the_fallback_fonts(store, deck, tmp_path):
    made = store.create_session(deck.id, "Skrifter")
    store.add_note(made.id, ARABIC_AND_EMOJI, deck.id, "07")
    path = export_session(store, made.id, deck, "pdf", tmp_path / "skrift.pdf", tz=CPH)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NotoSansArabic" in fonts and "NotoEmoji" in fonts, fonts
