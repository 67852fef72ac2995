"""End to end: the kiosk as a screen reader hears it, read over AT-SPI by a real client.

The kiosk runs on Xvfb with its accessibility bridge on, on a D-Bus session of its own with the
AT-SPI registry (at-spi2-core, started by the bus). `atspi_client.py` reads the accessible tree
with Debian's pyatspi under the system python3, as Orca does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from tests.e2e.conftest import START, STEP, Kiosk, read_line, wait_for

pytestmark = pytest.mark.e2e

CLIENT = Path(__file__).with_name("atspi_client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
# Roles a screen reader user acts on: each must say what it is.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "list",
    "list item",
    "spin button",
    "combo box",
    "slider",
    "page tab",
    "menu item",
}

Node = dict[str, Any]


def _client_missing() -> str | None:
    if shutil.which("dbus-daemon") is None:
        return "dbus-daemon"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core"
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "python3-pyatspi" if found.returncode else None


@pytest.fixture
def reader_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A D-Bus session of the test's own; the kiosk started after this is on it, readable."""
    missing = _client_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {missing} for the screen reader test")
        pytest.skip(f"needs {missing} (apt-get install at-spi2-core python3-pyatspi dbus-x11)")
    runtime = tmp_path / "runtime"  # the AT-SPI bus's socket, apart from any other test run
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
    )
    assert bus.stdout is not None
    # The bus prints its address once it listens: ready, whatever the machine's load.
    address = read_line(bus.stdout.fileno(), START, "the D-Bus session to listen")
    assert address, "dbus-daemon exited before it printed its address"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    monkeypatch.setenv("NO_AT_BRIDGE", "0")
    try:
        yield {"DBUS_SESSION_BUS_ADDRESS": address}
    finally:
        bus.terminate()
        bus.wait(timeout=START)


class Reader:
    """The screen reader's side: the tree, the focus, and keys pressed in the kiosk."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk

    def _run(self, *args: str) -> str:
        env = {**os.environ, "DISPLAY": self.kiosk.display}
        done = subprocess.run(
            [SYSTEM_PYTHON, str(CLIENT), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=START,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def tree(self) -> Node | None:
        return json.loads(self._run("tree"))

    def focus(self) -> Node | None:
        return json.loads(self._run("focus"))

    def wait(self, what: str, found: Callable[[Node], object], timeout: float = START) -> Node:
        """The tree, once `found(tree)` holds."""

        def ready() -> Node | None:
            tree = self.tree()
            return tree if tree is not None and found(tree) else None

        return wait_for(ready, timeout, what)  # type: ignore[return-value]

    def key(self, *keys: str) -> None:
        self.kiosk.xdotool("key", *keys)

    def tab_walk(self, steps: int) -> list[str]:
        names = []
        for _ in range(steps):
            before = self.focus()
            self.key("Tab")
            wait_for(
                lambda b=before: self.focus() != b, STEP, f"Tab to move the focus on from {before}"
            )
            focus = self.focus()
            assert focus is not None
            names.append(focus["name"])
        return names


def nodes(node: Node, showing_only: bool = True, depth: int = 0) -> Iterator[Node]:
    if showing_only and depth > 1 and "showing" not in node["states"]:
        return
    yield node
    for child in node.get("children", []):
        yield from nodes(child, showing_only, depth + 1)


def named(tree: Node, role: str) -> list[str]:
    return [n["name"] for n in nodes(tree) if n["role"] == role]


def unnamed_controls(tree: Node) -> list[Node]:
    return [
        {k: n[k] for k in ("role", "states")}
        for n in nodes(tree)
        if n["role"] in CONTROLS and not n["name"].strip()
    ]


def overview_of(tree: Node) -> Node:
    found = [n for n in nodes(tree) if n["name"] == "Oversigt over kortene"]
    return found[0] if found else {"description": "", "children": []}


def tiles_of(tree: Node) -> list[Node]:
    """The overview's tiles: the objects in it, each a card."""
    return overview_of(tree).get("children", [])


def focus_window(kiosk: Kiosk) -> None:
    window = kiosk.xdotool("search", "--sync", "--onlyvisible", "--name", "Kompas Kiosk").split()[0]
    kiosk.xdotool("windowfocus", "--sync", window)


@pytest.fixture
def deck():
    return next(
        d.deck for d in load_decks([resources.content_dir()]) if d.deck_id == "laering-2023"
    )


def test_the_card_overview_and_notes_are_read_with_names_roles_and_states(
    reader_bus, start_kiosk, tmp_path, deck
):
    kiosk = start_kiosk("run", "--deck", "laering-2023", "--data-dir", str(tmp_path), "--fresh")
    kiosk.wait_log("showing laering-2023 card 1/5")
    reader = Reader(kiosk)
    card = deck.cards[0]
    tree = reader.wait(
        "the card on the bus", lambda t: card.title in json.dumps(t, ensure_ascii=False)
    )
    assert all(n["role"] and isinstance(n["states"], list) for n in nodes(tree, False))
    assert unnamed_controls(tree) == []
    focus = reader.focus()
    assert focus is not None and card.title in focus["name"], focus
    assert (card.question or deck.prompt).rstrip(".") in focus["name"]

    focus_window(kiosk)
    reader.key("g")  # the overview: every card on the page is an object with its caption
    tree = reader.wait("the overview's tiles", lambda t: tiles_of(t))
    tiles = tiles_of(tree)
    assert [t["name"] for t in tiles] == [
        f"{c.number or i + 1} {c.title}" for i, c in enumerate(deck.cards)
    ]
    assert {t["role"] for t in tiles} == {"push button"}
    assert all("showing" in t["states"] for t in tiles)
    reader.key("Right")  # the selected card is the overview's description
    reader.wait(
        "the selection to move", lambda t: overview_of(t)["description"] == tiles[1]["name"]
    )
    reader.key("Escape")

    reader.key("n")  # the notes sheet: each note is a list item with its text
    reader.wait("the note field", lambda t: "Ny note" in named(t, "text"))
    with kiosk.keyboard("dk"):  # ø typed as a Danish keyboard does, without a remapped key
        for text in ("Første note", "Anden note"):
            kiosk.xdotool("type", "--delay", "20", text)
            reader.key("Return")
    tree = reader.wait("the notes in the list", lambda t: len(named(t, "list item")) == 2)
    rows = named(tree, "list item")
    assert rows[0].endswith("Første note") and rows[1].endswith("Anden note"), rows
    assert unnamed_controls(tree) == []
    assert reader.tab_walk(1)[0] in ["Noterne", *rows], "Tab from the field goes to the notes"


def test_the_exercise_is_read_and_its_start_is_announced(reader_bus, start_kiosk, tmp_path):
    kiosk = start_kiosk("run", "--deck", "samarbejdskompasset", "--data-dir", str(tmp_path))
    kiosk.wait_log("showing samarbejdskompasset card 07 · 1/1 front")
    reader = Reader(kiosk)
    reader.wait("the card on the bus", lambda t: len(list(nodes(t))) > 2)
    focus_window(kiosk)
    reader.key("F5")
    kiosk.wait_log("showing the exercise of samarbejdskompasset: 10:00")
    reader.wait("the exercise", lambda t: "10:00" in (reader.focus() or {}).get("name", ""))
    listener = subprocess.Popen(
        [SYSTEM_PYTHON, str(CLIENT), "listen", str(START)],
        env={**os.environ, "DISPLAY": kiosk.display},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert listener.stdout is not None
        assert listener.stdout.readline().strip() == "listening"
        reader.key("Next")  # starts the countdown
        kiosk.wait_log("countdown running")
        line = listener.stdout.readline()  # the client listens for START seconds at most
        assert line, "no announcement was heard"
        heard = json.loads(line)
    finally:
        listener.kill()
        listener.wait(timeout=START)
    assert heard["text"].endswith("10:00 tilbage"), heard
    focus = reader.focus()
    assert focus is not None and "tilbage" in focus["name"], focus


def test_the_console_is_read_and_tab_walks_its_controls(reader_bus, start_kiosk, tmp_path):
    kiosk = start_kiosk("run", "--deck", "laering-2023", "--data-dir", str(tmp_path), "--fresh")
    kiosk.wait_log("showing laering-2023 card 1/5")
    reader = Reader(kiosk)
    reader.wait("the card on the bus", lambda t: len(list(nodes(t))) > 2)
    focus_window(kiosk)
    reader.key("c")
    tree = reader.wait("the console", lambda t: "Indstillinger" in named(t, "push button"))
    assert unnamed_controls(tree) == []
    buttons = named(tree, "push button")
    for name in ("Start", "+1 minut", "−1 minut", "Nulstil", "Vis øvelsen"):
        assert name in buttons
    assert reader.tab_walk(3) == ["Del med rummet", "Gem som fil …", "Indstillinger"]
