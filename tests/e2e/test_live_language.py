"""End to end: the language chosen on the console's settings page with real key events on Xvfb
takes effect at once: the room shows the deck's English card and the console speaks English,
with no restart; and back to Danish. The focus is followed as a screen reader hears it (AT-SPI),
so each key goes where it is meant to."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import STEP, Kiosk, wait_for
from tests.e2e.test_screen_reader import Reader, focus_window, named, reader_bus

pytestmark = pytest.mark.e2e
__all__ = ["reader_bus"]  # the fixture: a D-Bus session with the AT-SPI registry

DANISH_TITLE = "Bliv klogere sammen igen og igen"
ENGLISH_TITLE = "Become wiser together, again and again"


def focused(reader: Reader) -> str:
    focus = reader.focus()
    return focus["name"] if focus is not None else ""


def choose_language(reader: Reader, settings: str, now: str, then: str) -> None:
    """On the console: Tab to the settings button, open the page (its language box takes the
    focus, read by its choice: `now`), one up in the list (`then`), and »Gem« (the page's
    default button) with Enter."""
    for _ in range(12):
        if focused(reader) == settings:
            break
        before = focused(reader)
        reader.key("Tab")
        wait_for(lambda b=before: focused(reader) != b, STEP, f"Tab to move on from {before}")
    assert focused(reader) == settings
    reader.key("space")
    wait_for(lambda: focused(reader) == now, STEP, f"the page's language box on {now}")
    reader.key("Up")
    wait_for(lambda: focused(reader) == then, STEP, f"the language box on {then}")
    reader.key("Return")


def test_english_at_once_from_the_settings_page_and_back(reader_bus, start_kiosk, tmp_path):
    kiosk: Kiosk = start_kiosk(
        "run", "--deck", "samarbejdskompasset", "--data-dir", str(tmp_path), "--fresh"
    )
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 front")
    kiosk.wait_log("one screen: the console is an overlay")  # made after the first frame
    reader = Reader(kiosk)
    focus_window(kiosk)
    reader.key("c")
    reader.wait("the console", lambda t: "Indstillinger" in named(t, "push button"))

    choose_language(reader, "Indstillinger", "Systemets sprog", "English")

    kiosk.wait_log(f"the room speaks en now: {ENGLISH_TITLE}")
    reader.wait("the console in English", lambda t: "Settings" in named(t, "push button"))
    assert "Traceback" not in kiosk.log()

    # The page closed; the focus is back on the console's settings button, where it was.
    wait_for(lambda: focused(reader) == "Settings", STEP, "the focus back on the console")
    choose_language(reader, "Settings", "English", "Dansk")

    kiosk.wait_log(f"the room speaks da now: {DANISH_TITLE}")
    reader.wait("the console in Danish", lambda t: "Indstillinger" in named(t, "push button"))
    assert "Traceback" not in kiosk.log()


def test_closing_the_settings_page_gives_the_keys_back_to_the_console(
    reader_bus, start_kiosk, tmp_path
):
    kiosk: Kiosk = start_kiosk("run", "--deck", "laering-2023", "--data-dir", str(tmp_path))
    kiosk.wait_log("one screen: the console is an overlay")
    reader = Reader(kiosk)
    focus_window(kiosk)
    reader.key("c")
    reader.wait("the console", lambda t: "Indstillinger" in named(t, "push button"))
    for _ in range(12):
        if focused(reader) == "Indstillinger":
            break
        before = focused(reader)
        reader.key("Tab")
        wait_for(lambda b=before: focused(reader) != b, STEP, f"Tab to move on from {before}")
    reader.key("space")
    wait_for(lambda: reader.focus()["role"] == "combo box", STEP, "the page's language box")
    reader.key("Escape")  # closed without saving
    wait_for(lambda: focused(reader) == "Indstillinger", STEP, "the focus back where it was")
    reader.key("Tab")  # the console goes on from there with the keyboard
    wait_for(lambda: focused(reader) not in ("Indstillinger", ""), STEP, "Tab on the console")
    assert "Traceback" not in kiosk.log()
