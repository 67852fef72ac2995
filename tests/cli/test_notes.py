"""`kompas-kiosk notes list|export`: the exit codes, the messages, the files written."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kompas_kiosk.cli.main import main
from kompas_kiosk.cli.notes import notes_export, notes_list, store_path
from kompas_kiosk.core import resources
from kompas_kiosk.core.notes.store import NotesStore
from tests.helpers.stubs import FakeWallClock

CONTENT = [resources.content_dir()]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with NotesStore.open(store_path(folder), FakeWallClock(tick=300)) as store:
        first = store.create_session("samarbejdskompasset", "Formøde")
        store.add_note(first.id, "en tidlig note", "samarbejdskompasset", "07")
        second = store.create_session("samarbejdskompasset", "Borgermøde i Aarhus", "Rådhuset")
        store.add_note(second.id, "Vi deler de rå data – æøå", "samarbejdskompasset", "07")
        store.add_note(second.id, "<script>alert(1)</script>", "samarbejdskompasset", "07")
        gone = store.create_session("et-gammelt-kortsaet", "Gammelt kortsæt")
        store.add_note(gone.id, "på et kort, der ikke findes mere", "et-gammelt-kortsaet", "3")
    return folder


def run(function, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = function(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


def test_list_shows_the_workshops_newest_first_with_their_place(data_dir):
    code, out, err = run(notes_list, data_dir, "da")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Dato", "Kortsæt", "Noter", "Sted", "Navn"]
    assert [line.split()[0] for line in lines[1:]] == ["3", "2", "1"]
    assert "Borgermøde i Aarhus" in lines[2] and " 2 " in lines[2]
    assert "samarbejdskompasset" in lines[2] and "2026" in lines[2]
    assert "Rådhuset" in lines[2] and "–" in lines[3]


def test_export_takes_workshop_and_session_alike_on_the_command_line(data_dir, tmp_path, capsys):
    for option in ("--workshop", "--session"):
        target = tmp_path / f"{option.strip('-')}.md"
        argv = ["notes", "export", option, "2", "--data-dir", str(data_dir), "-o", str(target)]
        assert main([*argv, "--lang", "en"]) == 0, capsys.readouterr().err
        assert "Vi deler de rå data" in target.read_text(encoding="utf-8")
    argv = ["notes", "export", "--workshop", "latest", "--data-dir", str(data_dir)]
    assert main([*argv, "-o", str(tmp_path / "seneste.md")]) == 0
    assert "på et kort, der ikke findes mere" in (tmp_path / "seneste.md").read_text("utf-8")


def test_list_without_a_notes_file_says_so(tmp_path):
    code, out, _ = run(notes_list, tmp_path / "tom", "en")
    assert code == 0 and "There is no notes file" in out
    assert not (tmp_path / "tom").exists()


def test_export_latest_as_markdown_into_a_folder(data_dir, tmp_path):
    code, out, err = run(notes_export, data_dir, "2", None, tmp_path, CONTENT, "da")
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == tmp_path and written.suffix == ".md"
    assert written.name.startswith("Borgermøde i Aarhus 2026-11-28")
    text = written.read_text(encoding="utf-8")
    assert "## Princip 07 · Bliv klogere sammen igen og igen" in text
    assert "Vi deler de rå data – æøå" in text and "\\<script\\>" in text


def test_export_latest_takes_the_newest_session_and_a_missing_deck(data_dir, tmp_path):
    target = tmp_path / "seneste.md"
    code, out, err = run(notes_export, data_dir, "latest", None, target, CONTENT, "da")
    assert code == 0
    assert "findes ikke længere" in err
    assert "på et kort, der ikke findes mere" in target.read_text(encoding="utf-8")


def test_the_format_follows_the_file_name(data_dir, tmp_path):
    target = tmp_path / "noter.csv"
    assert run(notes_export, data_dir, "2", None, target, CONTENT, "da")[0] == 0
    assert target.read_bytes().startswith("\ufeff".encode())


def test_an_unknown_session_is_a_usage_error_listing_the_sessions(data_dir, tmp_path):
    code, out, err = run(notes_export, data_dir, "42", "md", tmp_path, CONTENT, "da")
    assert code == 2 and out == ""
    assert "ingen workshop „42“" in err
    assert "3 (Gammelt kortsæt), 2 (Borgermøde i Aarhus), 1 (Formøde), latest" in err


def test_an_unknown_format_is_a_usage_error(data_dir, tmp_path):
    code, _, err = run(notes_export, data_dir, "latest", "docx", tmp_path, CONTENT, "en")
    assert code == 2 and "unknown format 'docx'" in err


def test_a_store_that_cannot_be_opened_is_an_environment_problem(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(store_path(folder)) as conn:
        conn.execute("PRAGMA user_version = 999")
    code, out, err = run(notes_export, folder, "latest", "md", tmp_path, CONTENT, "da")
    assert code == 1 and out == ""
    assert str(store_path(folder)) in err and "Opdatér kiosken" in err
    code, _, err = run(notes_list, folder, "en")
    assert code == 1 and "Update the kiosk" in err


def test_no_notes_file_is_an_environment_problem_for_export(tmp_path):
    code, _, err = run(notes_export, tmp_path / "x", "latest", "md", tmp_path, CONTENT, "da")
    assert code == 1 and "Der er ingen notefil" in err and "--data-dir" in err


def test_an_unwritable_output_is_an_environment_problem(data_dir, tmp_path):
    target = tmp_path / "mangler" / "noter.md"
    code, _, err = run(notes_export, data_dir, "latest", "md", target, CONTENT, "da")
    assert code == 1 and "Vælg en anden mappe" in err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")
def test_pdf_export_runs_in_a_process_of_its_own(data_dir, tmp_path):
    # A fresh process, as from the shell: notes_export makes its own offscreen QGuiApplication.
    script = (
        "import sys; from pathlib import Path; from kompas_kiosk.cli.notes import notes_export;"
        "from kompas_kiosk.core import resources;"
        "sys.exit(notes_export(Path(sys.argv[1]), 'latest', 'pdf', Path(sys.argv[2]),"
        " [resources.content_dir()], 'da'))"
    )
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    target = tmp_path / "noter.pdf"
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Gammelt kortsæt" in text and "på et kort, der ikke findes mere" in text


def test_a_damaged_notes_file_is_moved_aside_and_the_cli_says_where(tmp_path):
    import io

    from kompas_kiosk.cli.notes import notes_list

    (tmp_path / "notes.sqlite3").write_text("not a database", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert notes_list(tmp_path, "en", out, err) == 0
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("notes.sqlite3.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "not a database"
    assert aside[0].name in err.getvalue()


def test_a_csv_export_loads_no_qt(data_dir, tmp_path):
    # Markdown, CSV and HTML are core's alone: only a PDF loads the UI's writer and Qt.
    script = (
        "import sys; from pathlib import Path; from kompas_kiosk.cli.notes import notes_export;"
        "from kompas_kiosk.core import resources;"
        "code = notes_export(Path(sys.argv[1]), 'latest', 'csv', Path(sys.argv[2]),"
        " [resources.content_dir()], 'da');"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'));"
        "print(code, ','.join(qt))"
    )
    target = tmp_path / "noter.csv"
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir), str(target)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    code, _, qt = result.stdout.splitlines()[-1].partition(" ")
    assert code == "0" and target.read_bytes().startswith("\ufeff".encode())
    assert qt == "", f"a CSV export loaded Qt: {qt}"


def _export_to(data_dir: Path, target: Path, lang: str = "da") -> tuple[int, str, str]:
    return run(notes_export, data_dir, "latest", "md", target, CONTENT, lang)


def test_export_onto_a_fifo_is_refused_and_the_fifo_kept(data_dir, tmp_path):
    fifo = tmp_path / "noter.md"
    os.mkfifo(fifo)
    code, _, err = _export_to(data_dir, fifo)
    assert code == 1
    assert str(fifo) in err and "FIFO" in err and "andet filnavn" in err
    assert fifo.is_fifo()
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["noter.md"]


def test_export_onto_a_symlink_is_refused_and_the_link_kept(data_dir, tmp_path):
    real = tmp_path / "rigtig.md"
    real.write_text("gammel", encoding="utf-8")
    link = tmp_path / "noter.md"
    link.symlink_to(real)
    code, _, err = _export_to(data_dir, link, "en")
    assert code == 1
    assert str(link) in err and "symbolic link" in err and "another file name" in err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "gammel"


def test_export_onto_a_symlink_to_dev_null_leaves_dev_null_alone(data_dir, tmp_path):
    before = os.stat("/dev/null")
    link = tmp_path / "noter.md"
    link.symlink_to("/dev/null")
    code, _, err = _export_to(data_dir, link)
    assert code == 1 and "symbolsk link" in err
    assert link.is_symlink()
    after = os.stat("/dev/null")
    assert after.st_rdev == before.st_rdev and after.st_ino == before.st_ino


def test_export_onto_a_character_device_is_refused(data_dir, tmp_path):
    device = tmp_path / "noter.md"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    code, _, err = _export_to(data_dir, device)
    assert code == 1 and str(device) in err and "enhed" in err
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_export_over_an_existing_regular_file_replaces_it(data_dir, tmp_path):
    target = tmp_path / "noter.md"
    target.write_text("gammel", encoding="utf-8")
    code, out, _ = _export_to(data_dir, target)
    assert code == 0 and out.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("# Gammelt kortsæt")


def test_list_recovers_a_log_beside_a_missing_main_file_and_says_where_it_kept_it(tmp_path):
    from tests.core.notes.test_wal import crashed

    path, texts = crashed(tmp_path / "data", notes=30)
    path.unlink()
    code, out, err = run(notes_list, path.parent, "en")
    assert code == 0 and " 30 " in out
    assert "copied unchanged to" in err and ".kept-" in err


def test_list_and_export_work_on_a_write_protected_folder(data_dir, tmp_path, monkeypatch):
    from tests.core.notes.test_wal import _deny_writes, _listing

    before = _listing(data_dir)
    _deny_writes(monkeypatch, data_dir)
    code, out, err = run(notes_list, data_dir, "en")
    assert code == 0 and err == "" and "Borgermøde i Aarhus" in out
    code, out, err = run(notes_export, data_dir, "2", "md", tmp_path / "h.md", CONTENT, "en")
    assert code == 0 and "Vi deler de rå data" in (tmp_path / "h.md").read_text(encoding="utf-8")
    assert _listing(data_dir) == before


def test_a_version_1_file_without_its_tables_is_moved_aside_by_the_cli(tmp_path):
    from tests.core.notes.test_wal import a_file_without_tables

    path = store_path(tmp_path / "data")
    a_file_without_tables(path)
    code, out, err = run(notes_list, path.parent, "en")
    assert code == 0 and "There are no workshops" in out
    assert "damaged" in err and ".corrupt-" in err


def test_notes_list_beside_a_running_kiosk_keeps_no_copy_of_its_live_log(tmp_path):
    """A running kiosk's `-wal` is live, not left over: `notes list` once made a full `.kept-`
    copy of the notes file at every call, until the disk filled."""
    from kompas_kiosk.core.kiosk.data_lock import DataLock, Lock
    from tests.core.notes.test_wal import crashed

    path, _ = crashed(tmp_path / "data", notes=30)
    kiosk = DataLock(path.parent)  # the running kiosk holds its data folder
    assert kiosk.acquire() is Lock.HELD
    try:
        for _ in range(2):
            code, out, err = run(notes_list, path.parent, "en")
            assert code == 0 and " 30 " in out, (out, err)
            assert "copied unchanged" not in err
        assert not list(path.parent.glob("*.kept-*"))
    finally:
        kiosk.release()


def test_export_with_the_programme_run_gives_its_cards_in_its_order(data_dir, tmp_path, capsys):
    target = tmp_path / "program.md"
    argv = ["notes", "export", "--workshop", "2", "--data-dir", str(data_dir), "-o", str(target)]
    assert main([*argv, "--programme", "din-2024"]) == 0, capsys.readouterr().err
    text = target.read_text(encoding="utf-8")
    assert "Program: AARHUSKOMPASSET – EN NY FORSTÅELESERAMME" in text
    assert text.index("## Princip 07") < text.index("## Lytte") < text.index("## Lede")
    assert "### Gruppearbejde (10 min.)" in text  # the programme's exercise step
    assert text.index("Vi deler de rå data") < text.index("## Lytte")


def test_export_with_an_unknown_programme_names_the_programmes(data_dir, tmp_path):
    code, _, err = run(
        notes_export, data_dir, "2", "md", tmp_path / "x.md", CONTENT, "en", programme="nej"
    )
    assert code == 2 and "there is no programme 'nej'" in err and "din-2024" in err
    assert not (tmp_path / "x.md").exists()


def test_a_long_pdf_export_shows_its_progress(tmp_path, qapp, monkeypatch):
    from kompas_kiosk.cli import notes as notes_cli
    from kompas_kiosk.ui.notes import pdf_export

    folder = tmp_path / "data"
    with NotesStore.open(store_path(folder), FakeWallClock(tick=1)) as store:
        session = store.create_session("samarbejdskompasset", "Stor workshop")
        for i in range(9):
            store.add_note(session.id, f"note {i}", "samarbejdskompasset", "07")
    monkeypatch.setattr(pdf_export, "PART_NOTES", 3)  # three parts
    monkeypatch.setattr(notes_cli, "PROGRESS_AFTER", -1.0)  # shown at once
    target = tmp_path / "stor.pdf"
    code, out, err = run(notes_export, folder, "latest", "pdf", target, CONTENT, "da")
    assert code == 0, err
    assert [line for line in err.splitlines() if line.startswith("Skriver PDF")] == [
        f"Skriver PDF: {n} af 3 dele" for n in (1, 2, 3)
    ]
    assert Path(out.strip()) == target and target.read_bytes().startswith(b"%PDF")
