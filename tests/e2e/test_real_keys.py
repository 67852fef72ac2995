"""End to end: the real kiosk on an X server, driven by real X key events."""

import pytest

from tests.e2e.conftest import START

pytestmark = pytest.mark.e2e


def test_page_down_from_a_clicker_moves_to_the_next_card(start_kiosk):
    kiosk = start_kiosk("run", "--deck", "laering-2023")
    kiosk.wait_log("showing laering-2023 card 1/5")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    geometry = kiosk.xdotool("getwindowgeometry", window)
    assert "1280x720" in geometry, f"the kiosk should fill the screen: {geometry}"
    kiosk.xdotool("windowfocus", "--sync", window)
    kiosk.xdotool("key", "Next")  # what a presentation clicker sends for 'next'
    kiosk.wait_log("showing laering-2023 card 2/5")
    kiosk.xdotool("key", "Prior")
    kiosk.wait_log("showing laering-2023 card 1/5", count=2)
    kiosk.xdotool("key", "End")
    kiosk.wait_log("showing laering-2023 card 5/5")


def test_ctrl_q_closes_the_kiosk(start_kiosk):
    kiosk = start_kiosk("run", "--deck", "samarbejdskompasset")
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool("windowfocus", "--sync", window)
    kiosk.xdotool("key", "ctrl+q")
    assert kiosk.process.wait(timeout=START) == 0


def test_ctrl_n_starts_a_new_workshop_named_in_the_dialog(start_kiosk):
    kiosk = start_kiosk("run", "--deck", "samarbejdskompasset")
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool("windowfocus", "--sync", window)
    kiosk.xdotool("key", "ctrl+n")
    kiosk.xdotool("key", "Escape")  # the dialog's: nothing starts, the kiosk stays
    kiosk.xdotool("key", "ctrl+n")
    kiosk.xdotool("key", "Return")  # no name: refused, the dialog stays
    kiosk.xdotool("type", "--delay", "20", "Formiddagen")
    kiosk.xdotool("key", "Tab")
    kiosk.xdotool("type", "--delay", "20", "Dokk1")
    kiosk.xdotool("key", "Return")
    kiosk.wait_log("a new workshop: Formiddagen (Dokk1)")
    assert kiosk.log().count("a new workshop") == 1
    assert kiosk.process.poll() is None, "Esc in the dialog did not count towards closing"
