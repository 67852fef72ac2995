"""The chime player: a sound that cannot play says so once and never stops anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.ui.exercise.chime_player import ChimePlayer

CHIME = resources.assets_dir() / "sounds" / "chime.wav"


@pytest.fixture
def make_player(qtbot):
    players: list[ChimePlayer] = []

    def make(path: Path) -> ChimePlayer:
        player = ChimePlayer(path)
        players.append(player)
        return player

    yield make
    for player in players:
        player.stop()
        player.deleteLater()


def has_audio_output() -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


def test_importing_the_player_does_not_load_qtmultimedia():
    code = (
        "import sys; import kompas_kiosk.ui.exercise.chime_player; "
        "sys.exit(1 if 'PySide6.QtMultimedia' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=180)
    assert result.returncode == 0, result.stderr.decode()


def test_a_missing_file_is_reported_once(qtbot, make_player, tmp_path):
    player = make_player(tmp_path / "gone.wav")
    with qtbot.waitSignal(player.problem, timeout=60_000) as blocker:
        player.play()
    message = blocker.args[0]
    assert message.startswith("Lyden kan ikke afspilles:")
    assert "findes ikke" in message
    assert message.endswith("Nedtællingen kører videre.")
    with qtbot.assertNotEmitted(player.problem, wait=50):
        player.play()
        player.play()


def test_a_garbage_file_is_reported_once(qtbot, make_player, tmp_path):
    garbage = tmp_path / "chime.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00this is not a sound" * 50)
    player = make_player(garbage)
    player.prepare()
    with qtbot.waitSignal(player.problem, timeout=60_000) as blocker:
        player.play()
    assert "ikke en WAV-lyd" in blocker.args[0]
    with qtbot.assertNotEmitted(player.problem, wait=200):
        player.play()


def test_prepare_alone_reports_nothing(qtbot, make_player, tmp_path):
    player = make_player(tmp_path / "gone.wav")
    with qtbot.assertNotEmitted(player.problem, wait=50):
        player.prepare()
    assert player.problem_text is not None and "findes ikke" in player.problem_text


def test_the_real_chime_plays_or_says_why(qtbot, make_player):
    player = make_player(CHIME)
    player.prepare()
    if has_audio_output():
        with qtbot.assertNotEmitted(player.problem, wait=0):
            player.play()
            qtbot.waitUntil(player.is_playing, timeout=60_000)
    else:  # this machine: no sound device at all
        with qtbot.waitSignal(player.problem, timeout=60_000) as blocker:
            player.play()
        assert "lydenhed" in blocker.args[0]


def test_muted_plays_nothing_and_reports_nothing(qtbot, make_player, tmp_path):
    player = make_player(tmp_path / "gone.wav")
    with qtbot.waitSignal(player.muted_changed, timeout=60_000) as blocker:
        player.set_muted(True)
    assert blocker.args == [True]
    assert player.muted is True
    with qtbot.assertNotEmitted(player.problem, wait=50):
        player.play()
    assert player.toggle_muted() is False
    assert player.property("muted") is False


def test_a_failing_chime_never_stops_the_countdown(qtbot, make_player, tmp_path):
    from kompas_kiosk.core.exercise.countdown import Countdown, Phase

    now = [0.0]
    countdown = Countdown(60, 10, clock=lambda: now[0])
    countdown.start()
    player = make_player(tmp_path / "gone.wav")
    now[0] = 61.0
    countdown.poll()
    player.play()
    now[0] = 65.0
    assert countdown.phase is Phase.TIME_UP
    assert countdown.display() == "+0:05"


# -- a real sound device: a PulseAudio null sink ------------------------------------------------


@pytest.fixture
def null_sink(tmp_path):
    """A private PulseAudio server with a null sink; skipped where PulseAudio is not installed."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("PulseAudio is not installed (apt-get install pulseaudio)")
    runtime = tmp_path / "pulse-runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), PULSE_RUNTIME_PATH=str(runtime))
    command = [
        "pulseaudio",
        "-n",
        "--daemonize=no",
        "--exit-idle-time=-1",
        "--disallow-exit",
        "--system=false",
        "--load=module-null-sink sink_name=dummy",
        "--load=module-native-protocol-unix",
    ]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        # Ready once `pactl info` gets an answer: asked until then, for as long as a loaded
        # machine may need (the wait ends at the first answer).
        deadline = time.monotonic() + 120
        info = ["pactl", "info"]
        while subprocess.run(info, env=env, capture_output=True, timeout=120).returncode:
            try:
                server.wait(timeout=0.05)  # gives the server a moment; returns if it died
                pytest.skip("PulseAudio did not start here")
            except subprocess.TimeoutExpired:
                pass
            if time.monotonic() > deadline:
                pytest.skip("PulseAudio did not answer")
        yield env
    finally:
        server.terminate()
        server.wait(timeout=120)


def test_the_chime_really_plays_on_a_null_sink(null_sink, tmp_path):
    """In a fresh process: QtMultimedia picks its audio backend once, at its first use."""
    code = f"""
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kompas_kiosk.ui.exercise.chime_player import ChimePlayer
app = QApplication([])
player = ChimePlayer({str(CHIME)!r})
problems = []
player.problem.connect(problems.append)
player.play()
def check():
    if problems:
        print("problem:", problems[0]); app.exit(2)
    elif player.is_playing():
        app.exit(0)
poll = QTimer(interval=20, timeout=check)
poll.start()
QTimer.singleShot(120000, lambda: app.exit(3))
sys.exit(app.exec())
"""
    env = dict(null_sink, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, timeout=180, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
