"""End to end: help is one key away on the keyboard layouts of the Nordic countries, Germany and
the US, with real X key events after `setxkbmap`, and it steals no other key."""

import shutil
import subprocess

import pytest

from tests.e2e.conftest import STEP

pytestmark = pytest.mark.e2e


def set_layout(display: str, layout: str) -> None:
    if shutil.which("setxkbmap") is None:
        pytest.skip("needs setxkbmap (apt-get install x11-xkb-utils)")
    subprocess.run(["setxkbmap", "-display", display, layout], check=True, timeout=STEP)


@pytest.fixture
def kiosk_on(start_kiosk, xdisplay, tmp_path):
    def start(layout: str):
        set_layout(xdisplay, layout)
        kiosk = start_kiosk("run", "--deck", "samarbejdskompasset", "--data-dir", str(tmp_path))
        kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 front")
        window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk")
        kiosk.xdotool("windowfocus", "--sync", window.split()[0])
        return kiosk

    yield start
    set_layout(xdisplay, "us")


@pytest.mark.parametrize("layout", ["dk", "no", "se", "de", "us"])
def test_question_mark_shows_help(kiosk_on, layout):
    kiosk = kiosk_on(layout)
    kiosk.xdotool("key", "question")  # Shift+'+' on a Danish keyboard, Shift+'/' on a US one
    kiosk.wait_log("showing the keys")
    assert "Traceback" not in kiosk.log()


@pytest.mark.parametrize("layout", ["dk", "no", "se", "de", "us"])
def test_help_in_the_exercise_adds_no_minute(kiosk_on, layout):
    kiosk = kiosk_on(layout)
    kiosk.xdotool("key", "F5")
    kiosk.wait_log("showing the exercise of samarbejdskompasset: 10:00")
    kiosk.xdotool("key", "question")
    kiosk.wait_log("showing the keys")
    kiosk.xdotool("key", "Escape")  # the overlay closes
    kiosk.xdotool("key", "F1")
    kiosk.wait_log("showing the keys", count=2)
    assert "countdown" not in kiosk.log(), "help moved the countdown"
    kiosk.xdotool("key", "Escape")
    kiosk.xdotool("key", "plus")  # '+' still adds one minute, once
    kiosk.wait_log("countdown idle 11:00")
    kiosk.xdotool("key", "question")
    kiosk.wait_log("showing the keys", count=3)
    assert kiosk.log().count("countdown ") == 1
    assert "Traceback" not in kiosk.log()
