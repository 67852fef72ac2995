"""The real app started as a process: screens, bad options, no display."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
    ]
}


def kiosk(*args: str, env: dict[str, str] | None = None, tmp: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kompas_kiosk", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
        cwd=tmp,
    )


@pytest.fixture
def two_screens(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    return {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}


def test_the_largest_screen_is_the_room_screen(tmp_path, two_screens):
    result = kiosk(
        "--deck",
        "samarbejdskompasset",
        "--quit-after-first-paint",
        "--data-dir",
        str(tmp_path),
        env=two_screens,
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "room screen: projector at 1280,0 1920x1080" in result.stderr
    assert "console screen: laptop at 0,0 1280x800" in result.stderr


def test_screen_option_picks_the_screen(tmp_path, two_screens):
    result = kiosk(
        "--screen",
        "0",
        "--deck",
        "samarbejdskompasset",
        "--quit-after-first-paint",
        "--data-dir",
        str(tmp_path),
        env=two_screens,
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "room screen: laptop at 0,0 1280x800" in result.stderr


def test_a_screen_that_does_not_exist_is_a_usage_error(tmp_path, two_screens):
    result = kiosk(
        "--screen", "3", "--data-dir", str(tmp_path), "--lang", "en", env=two_screens, tmp=tmp_path
    )
    assert result.returncode == 2
    assert "there is no screen 3; the screens are 0: laptop 1280x800, 1: projector" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr


def test_unknown_deck_is_a_usage_error(tmp_path):
    result = kiosk("--deck", "nope", "--data-dir", str(tmp_path), "--lang", "da", tmp=tmp_path)
    assert result.returncode == 2
    assert "der er intet kortsæt med id'et „nope“" in result.stderr
    assert "samarbejdskompasset" in result.stderr


def test_no_display_says_so_and_points_to_render(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    result = subprocess.run(
        [sys.executable, "-m", "kompas_kiosk", "--lang", "en", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 1
    assert "no display found" in result.stderr and "kompas-kiosk render" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_command_line_exits_2(tmp_path):
    result = kiosk(
        "render",
        "--deck",
        "samarbejdskompasset",
        "--size",
        "huge",
        "-o",
        "x.png",
        tmp=tmp_path,
        env={"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", "LANG": "da_DK.UTF-8"},
    )
    assert result.returncode == 2
    assert "»huge« er ikke en størrelse som 1920x1080" in result.stderr  # the system's Danish


def test_render_writes_a_png_of_the_right_size(tmp_path):
    out = tmp_path / "card.png"
    result = kiosk(
        "render",
        "--deck",
        "samarbejdskompasset",
        "--card",
        "07",
        "--size",
        "1080x1920",
        "-o",
        str(out),
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1080
    assert int.from_bytes(data[20:24], "big") == 1920


def test_render_unknown_card_is_a_usage_error(tmp_path):
    result = kiosk(
        "render",
        "--deck",
        "samarbejdskompasset",
        "--card",
        "99",
        "-o",
        str(tmp_path / "x.png"),
        "--lang",
        "en",
        tmp=tmp_path,
    )
    assert result.returncode == 2
    assert "has no card 99" in result.stderr


def test_check_reports_a_broken_deck_and_exits_1(tmp_path):
    deck = tmp_path / "brudt" / "deck.yaml"
    deck.parent.mkdir()
    deck.write_bytes(
        "\ufeffschema: 1\r\nid: brudt\r\ntitle: Brudt\r\ncards:\r\n  - titel: x\r\n".encode()
    )
    result = kiosk("check", str(tmp_path), "--lang", "en", tmp=tmp_path)
    assert result.returncode == 1
    assert "deck.yaml:5: cards[0].titel: unknown field" in result.stdout
    assert "deck.yaml:5: cards[0].title: is missing" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_of_the_bundled_decks_is_clean(tmp_path):
    result = kiosk("check", tmp=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "OK samarbejdskompasset" in result.stdout


def test_the_kiosk_keeps_a_log_in_its_data_folder(tmp_path, two_screens):
    result = kiosk(
        "--deck",
        "samarbejdskompasset",
        "--quit-after-first-paint",
        "--data-dir",
        str(tmp_path / "data"),
        env=two_screens,
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    log = (tmp_path / "data" / "kompas-kiosk.log").read_text(encoding="utf-8")
    assert "room screen: projector" in log


def test_an_unwritable_data_folder_does_not_stop_the_kiosk(tmp_path, two_screens):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = kiosk(
        "--deck",
        "samarbejdskompasset",
        "--quit-after-first-paint",
        "--data-dir",
        str(blocker),
        env=two_screens,
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "cannot write the log file" in result.stderr


def test_check_room_passes_at_8_metres_and_names_what_does_not_fit_farther(tmp_path):
    room = kiosk("check", "--room", "65in,8m", "--lang", "en", tmp=tmp_path)
    assert room.returncode == 0, room.stdout
    assert "title 97.2 px to 10.6 m" in room.stdout
    far = kiosk("check", "--room", "65in,12m", "--lang", "en", tmp=tmp_path)
    assert far.returncode == 1
    assert "DOES NOT FIT" in far.stdout and "to 12.0 m" in far.stdout
    bad = kiosk("check", "--room", "big,far", tmp=tmp_path)
    assert bad.returncode == 2
    assert "Traceback" not in far.stderr + room.stderr + bad.stderr


def test_render_in_english_shows_the_translated_deck(tmp_path):
    out = tmp_path / "en.png"
    result = kiosk(
        "render",
        "--deck",
        "aarhuskompasset",
        "--card",
        "1",
        "--lang",
        "en",
        "-o",
        str(out),
        tmp=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_closes_the_kiosk_as_ctrl_q_does(tmp_path, two_screens, number):
    """systemctl restart, a logout (SIGTERM) and Ctrl+C (SIGINT): saved and closed, exit 0."""
    data, temp = tmp_path / "data", tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, **two_screens, "TMPDIR": str(temp)}
    args = ["--deck", "samarbejdskompasset", "--windowed", "--data-dir", str(data)]
    process = subprocess.Popen(
        [sys.executable, "-m", "kompas_kiosk", *args],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log = data / "kompas-kiosk.log"
    try:
        wait_until(lambda: "room screen:" in read(log) or process.poll() is not None)
        process.send_signal(number)
        output, _ = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, output
    assert f"{signal.Signals(number).name}: closing the kiosk" in read(log)
    assert "room window closed" in read(log)
    assert (data / "room-state.json").exists()  # saved as at Ctrl+Q


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_until(condition, timeout: float = 120) -> None:
    """Poll `condition` (a file another process writes) until it holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
