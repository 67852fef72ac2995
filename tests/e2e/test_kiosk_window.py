"""End to end: another X client unmaps or closes the kiosk's window; kiosk mode brings it back."""

import pytest

from tests.e2e.conftest import STEP, wait_for

pytestmark = pytest.mark.e2e


def visible_windows(kiosk) -> list[str]:
    found = kiosk.xdotool_maybe("search", "--onlyvisible", "--name", "Kompas Kiosk")
    return found.split()


@pytest.mark.parametrize("how", ["windowunmap", "windowclose"])
def test_the_window_comes_back(start_kiosk, tmp_path, how):
    kiosk = start_kiosk(
        "run", "--kiosk", "--deck", "laering-2023", "--data-dir", str(tmp_path / "data")
    )
    kiosk.wait_log("showing laering-2023 card 1/5")
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool(how, window)
    kiosk.wait_log("hidden or closed by another program")
    again = wait_for(lambda: visible_windows(kiosk), STEP, "the kiosk's window to be mapped again")
    assert kiosk.process.poll() is None, "the kiosk runs on"
    kiosk.xdotool("windowfocus", "--sync", again[0])
    kiosk.xdotool("key", "Next")
    kiosk.wait_log("showing laering-2023 card 2/5")
