"""End to end: the seed's talk run from the start to its last step with the clicker's 'next'
(real X key presses of Page Down), as a facilitator runs it."""

import re

import pytest

from tests.e2e.conftest import START, STEP, wait_for

pytestmark = pytest.mark.e2e

STEPS = 35


def moves(log: str) -> int:
    """The room's moves so far: each step entered, each card shown or turned."""
    return len(re.findall(r"programme din-2024 step |showing \S+ card ", log))


def test_page_down_runs_the_whole_programme(start_kiosk, tmp_path):
    kiosk = start_kiosk("run", "--programme", "din-2024", "--data-dir", str(tmp_path))
    kiosk.wait_log("programme din-2024 step 1/35: slide")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool("windowfocus", "--sync", window)
    for _ in range(3 * STEPS):
        if f"programme din-2024 step {STEPS}/{STEPS}" in kiosk.log():
            break
        before = moves(kiosk.log())
        kiosk.xdotool("key", "Next")
        wait_for(lambda b=before: moves(kiosk.log()) > b, STEP, "the room to move on")
    assert f"programme din-2024 step {STEPS}/{STEPS}: slide" in kiosk.log()
    for number in range(1, STEPS + 1):
        assert f"programme din-2024 step {number}/{STEPS}" in kiosk.log()
    kiosk.xdotool("key", "Next")  # the last step stays where it is
    kiosk.xdotool("key", "ctrl+q")
    kiosk.process.wait(timeout=START)
    assert f"step {STEPS + 1}/" not in kiosk.log()
    assert "Traceback" not in kiosk.log()
