"""End to end: the group exercise driven by real X key events, as a clicker and a keyboard do."""

import pytest

pytestmark = pytest.mark.e2e


def test_the_clicker_runs_the_exercise(start_kiosk, tmp_path):
    kiosk = start_kiosk("run", "--deck", "samarbejdskompasset", "--data-dir", str(tmp_path))
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 front")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool("windowfocus", "--sync", window)
    kiosk.xdotool("key", "Next")  # the clicker's 'next' turns the card over first
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 back")
    kiosk.xdotool("key", "F5")  # the clicker's start button
    kiosk.wait_log("showing the exercise of samarbejdskompasset: 10:00")
    kiosk.xdotool("key", "Next")  # 'next' in the exercise starts the countdown
    kiosk.wait_log("countdown running")
    kiosk.xdotool("key", "plus")
    kiosk.wait_log("countdown running", count=2)
    minutes, seconds = kiosk.log().split("countdown running ")[-1].split()[0].split(":")
    assert int(minutes) * 60 + int(seconds) > 10 * 60, "plus adds a minute"
    kiosk.xdotool("key", "space")
    kiosk.wait_log("countdown paused")
    kiosk.xdotool("key", "Escape")  # the start button's other half: back to the card
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 back", count=2)
    kiosk.xdotool("key", "F5")
    kiosk.wait_log("showing the exercise of samarbejdskompasset:", count=2)
    assert "Traceback" not in kiosk.log()
