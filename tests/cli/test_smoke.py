"""`kompas-kiosk --smoke-test` (kompas_kiosk.cli.smoke): passes on a sound install, and names every
problem, one line each, when something is missing."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompas_kiosk.cli import smoke

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )


def test_the_smoke_test_passes_in_a_process_of_its_own(tmp_path):
    result = run_python(
        "import sys; from kompas_kiosk.cli.smoke import smoke_test; sys.exit(smoke_test('en'))",
        tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("content", "notes", "fonts", "paint", "chime", "modules", "icons"):
        assert any(line.startswith(f"smoke test: {step}: ok") for line in lines), result.stdout
    assert lines[-1].startswith("smoke test: ok (")
    assert "Traceback" not in result.stderr


def test_the_smoke_test_writes_nothing_outside_its_temporary_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = run_python(
        "import sys; from kompas_kiosk.cli.smoke import smoke_test; sys.exit(smoke_test('en'))",
        scratch,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    assert result.returncode == 0, result.stderr
    written = [p for p in home.rglob("*") if p.is_file() or p.is_symlink()]
    # libpulse (the chime's sound server client) makes ~/.config/pulse when it looks for a
    # server; that is the machine's sound set-up, not the kiosk.
    written = [p for p in written if "pulse" not in p.relative_to(home).parts]
    assert written == [], "the smoke test wrote into the user's folders"
    left = [p for p in scratch.iterdir() if not p.name.startswith("pulse-")]  # libpulse's too
    assert left == [], "the smoke test left files in TMPDIR"


def test_called_directly_it_reports_every_step(qapp):
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", out=out, err=err) == 0, err.getvalue()
    assert out.getvalue().count(": ok (") == 8
    assert "smoke test: paint: ok (samarbejdskompasset 07 1280x720" in out.getvalue()


def test_a_broken_deck_is_one_line_naming_the_file(qapp, tmp_path):
    deck = tmp_path / "broken" / "deck.yaml"
    deck.parent.mkdir()
    deck.write_text("schema: 1\nid: broken\ntitle: Broken\ncards: nope\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", content=[tmp_path], out=out, err=err) == 1
    lines = err.getvalue().splitlines()
    content = [line for line in lines if line.startswith("smoke test: content: ")]
    assert len(content) == 1 and str(deck) in content[0], lines
    assert "smoke test: paint: no clean deck to paint" in lines
    assert lines[-1].startswith("smoke test: 2 failed (")
    assert "smoke test: notes: ok" in out.getvalue()  # the other steps still ran


def test_no_decks_at_all_is_named(qapp, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("da", content=[tmp_path / "tom"], out=out, err=err) == 1
    assert "smoke test: content: " in err.getvalue()
    assert err.getvalue().splitlines()[-1].startswith("smoke test: 2 fejl (")


def test_a_blank_card_fails_the_paint_step(qapp, monkeypatch):
    from PySide6.QtGui import QImage

    from kompas_kiosk.ui.offscreen import render

    def blank(*args, **kwargs):
        image = QImage(*smoke.PAINT_SIZE, QImage.Format.Format_RGB32)
        image.fill(0x17324A)
        return image

    monkeypatch.setattr(render, "grab_card", blank)
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", out=out, err=err) == 1
    assert (
        "smoke test: paint: the first card of 'samarbejdskompasset' painted blank (1 colours)"
        in (err.getvalue())
    )


def test_missing_fonts_fail_the_fonts_step(qapp, monkeypatch, tmp_path):
    from kompas_kiosk.core import resources

    monkeypatch.setattr(resources, "assets_dir", lambda: tmp_path / "assets")
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", out=out, err=err) == 1
    text = err.getvalue()
    assert "smoke test: fonts: the fonts Inter-Regular.otf" in text
    assert str(tmp_path / "assets" / "fonts") in text
    assert f"smoke test: chime: the sound {tmp_path / 'assets' / 'sounds' / 'chime.wav'}" in text


def test_a_bug_in_a_step_is_a_failed_step_not_a_crash(qapp, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("kaput")

    monkeypatch.setattr(smoke, "_check_notes", boom)
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", out=out, err=err) == 1
    assert "smoke test: notes: RuntimeError: kaput" in err.getvalue().splitlines()


def test_the_command_line_flag(tmp_path):
    """`kompas-kiosk --smoke-test` once cli.py has the flag (see packaging/README.md)."""
    result = subprocess.run(
        [sys.executable, "-m", "kompas_kiosk", "--smoke-test", "--lang", "en"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
        cwd=tmp_path,
        timeout=120,
    )
    if result.returncode == 2 and "--smoke-test" in result.stderr:
        pytest.skip("cli.py does not have --smoke-test yet (the lead wires it)")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("smoke test: ok (")


def test_the_frozen_entry_point_answers_the_flag(tmp_path):
    """packaging/entry.py (the bundle's main script) runs the smoke test itself."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "entry.py"), "--smoke-test", "--lang", "en"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)},
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("smoke test: ok (")


def test_a_card_that_does_not_fit_fails_the_content_step(qapp, tmp_path):
    from tests.core.conftest import VALID_DECK

    deck = tmp_path / "long" / "deck.yaml"
    deck.parent.mkdir()
    reminders = "".join(f"      - Husker vi punkt nummer {n} i dag?\n" for n in range(40))
    deck.write_text(VALID_DECK.replace("      - Husker vi det?\n", reminders), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert smoke.smoke_test("en", content=[tmp_path], out=out, err=err) == 1
    lines = err.getvalue().splitlines()
    content = [line for line in lines if line.startswith("smoke test: content: ")]
    assert len(content) == 1 and f"{deck}:16: cards[0].reminders: does not fit" in content[0]
