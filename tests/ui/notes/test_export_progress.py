"""Saving the handout as a PDF from the notes sheet: written a part at a time with the room's
event loop running, a progress dialog that can cancel, and no file until it is all there."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from kompas_kiosk.ui.notes import export_action, pdf_export
from kompas_kiosk.ui.notes.export_dialog import ExportChoice
from tests.ui.notes.test_panel import (  # noqa: F401 (fixtures)
    add_notes,
    clock,
    deck,
    host,
    make_panel,
    path,
    store,
)


@pytest.fixture
def sheet(host, store, deck, clock):  # noqa: F811
    return make_panel(host, store, deck, clock)


@pytest.fixture
def in_parts(monkeypatch):
    """Parts of two notes, and the progress dialog at once; the steps seen are recorded."""
    monkeypatch.setattr(pdf_export, "PART_NOTES", 2)
    monkeypatch.setattr(export_action, "PROGRESS_AFTER_MS", 0)
    steps: list[bool] = []
    step = pdf_export.PdfJob.step

    def recorded(job):
        steps.append(True)
        return step(job)

    monkeypatch.setattr(pdf_export.PdfJob, "step", recorded)
    return steps


def _dialogs(sheet) -> list[QProgressDialog]:
    return sheet.export_form.findChildren(QProgressDialog)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")
def test_a_pdf_is_written_in_parts_while_the_room_goes_on(qtbot, sheet, in_parts, tmp_path):
    add_notes(qtbot, sheet, *(f"note nummer {i}" for i in range(7)))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(in_parts)))
    timer.start(0)  # the room's countdown, say
    written = sheet.export_to(ExportChoice("pdf", tmp_path, "noter.pdf", "Workshop", ""))
    timer.stop()
    assert written == tmp_path / "noter.pdf"
    assert len(in_parts) >= 4 and any(0 < tick < len(in_parts) for tick in ticks)
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, text=True)
    assert all(f"note nummer {i}" in text.stdout for i in range(7))
    assert "Gemt:" in sheet.export_form.result.text()


def test_cancelling_leaves_no_file_and_says_so(qtbot, sheet, in_parts, tmp_path, monkeypatch):
    add_notes(qtbot, sheet, *(f"note {i}" for i in range(7)))
    step = pdf_export.PdfJob.step
    seen: list[bool] = []

    def cancel_at_the_second(job):
        done = step(job)
        dialogs = _dialogs(sheet)
        seen.append(any(dialog.isVisible() for dialog in dialogs))
        if len(seen) == 2:  # shown after the first part (the minimum duration is 0 here)
            for dialog in dialogs:
                dialog.cancel()
        return done

    monkeypatch.setattr(pdf_export.PdfJob, "step", cancel_at_the_second)
    (tmp_path / "noter.pdf").write_bytes(b"den gamle")
    choice = ExportChoice("pdf", tmp_path, "noter.pdf", "Workshop", "")
    assert sheet.export_to(choice) is None  # asks before replacing
    assert sheet.export_to(choice) is None
    assert seen == [False, True]  # the dialog was shown, and nothing laid out after Cancel
    assert (tmp_path / "noter.pdf").read_bytes() == b"den gamle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "noter.pdf"]
    assert "Afbrudt" in sheet.export_form.result.text()
