"""The PDF handout page by page (pdftotext per page, pdffonts): a title page, the card with its
text and back, the exercise's steps and the notes by group, the general notes at the end."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kompas_kiosk.core.handout.write import export_notes
from kompas_kiosk.ui.notes import pdf_export
from tests.core.handout.test_sections import BOLD, NOTES, SESSION

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


@pytest.fixture
def deck(bundled):
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


def page(path: Path, number: int) -> str:
    args = ["pdftotext", "-f", str(number), "-l", str(number), "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, text=True, check=True).stdout.split())


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_pdf_has_a_title_page_then_the_card_and_its_notes_by_group(qapp, deck, tmp_path):
    path = export_notes(
        SESSION, NOTES, deck, "pdf", tmp_path / "h.pdf", render_pdf=pdf_export.render_pdf
    )
    title = page(path, 1)
    assert "NOTER FRA WORKSHOPPEN" in title and "Borgermøde i Aarhus" in title
    assert "Sted: Rådhuset" in title and "Kortsæt: Samarbejdskompasset" in title
    assert "Princip" not in title.replace("PRINCIP", "") and "bord" not in title
    card = page(path, 2)
    for text in (
        "PRINCIP 07",
        "Bliv klogere sammen igen og igen",
        "Tør du dele det halvfærdige?",
        BOLD,
        "SMÅ HUSKERE",
        "HVAD NU HVIS",
        "Gruppearbejde (10 min.)",
        "Læs teksten i kortet højt",
        "Noter",
        "uden gruppe",
    ):
        assert text in card, text
    assert card.index("uden gruppe") < card.index("Gruppe 2") < card.index("fra bord 2 igen")
    assert card.index("fra bord 2 igen") < card.index("Gruppe 10") < card.index("anden fra bord")
    last = page(path, pages(path))
    assert "Generelt om workshoppen" in last and "generelt om dagen" in last
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "Inter" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), (
        fonts
    )  # every font embedded


def test_a_card_cut_over_parts_is_headed_again_and_its_group_too(qapp, deck, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_export, "PART_NOTES", 2)
    path = export_notes(
        SESSION, NOTES, deck, "pdf", tmp_path / "h.pdf", render_pdf=pdf_export.render_pdf
    )
    texts = [page(path, n) for n in range(1, pages(path) + 1)]
    assert sum(BOLD in text for text in texts) == 1  # the card is printed once
    continued = [text for text in texts if "Bliv klogere sammen igen og igen (fortsat)" in text]
    assert len(continued) == 2
    # Parts of two: [uden gruppe, 2], [2, 10], [10]: a group cut in two is headed again.
    assert continued[0].index("Gruppe 2") < continued[0].index("fra bord 2 igen")
    assert continued[1].index("Gruppe 10") < continued[1].index("anden fra bord 10")
