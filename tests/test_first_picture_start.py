"""A start shows the last start's first picture only when it starts from the same things, and
shows it before the room's modules are loaded: a guard that times nothing.

The kiosk is started in a fresh interpreter (as `python -m kompas_kiosk run ...`) several times
on one data folder; the driver writes the names in sys.modules when the first picture is
painted, if one is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_startup_imports import denied

ROOT = Path(__file__).resolve().parent.parent

DRIVER = """
import json, sys
from kompas_kiosk.ui.room import picture_window

shown = picture_window.PictureWindow.paintEvent

def paint(self, event):
    shown(self, event)
    if not getattr(paint, "done", False):
        paint.done = True
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)

picture_window.PictureWindow.paintEvent = paint
from kompas_kiosk.cli.main import main
sys.exit(main(["run", "--quit-after-first-paint", "--data-dir", sys.argv[2], *sys.argv[3:]]))
"""

# What the room needs and the first picture does not.
THE_ROOM = (
    "kompas_kiosk.ui.room.window",
    "kompas_kiosk.ui.room.card_view",
    "kompas_kiosk.ui.card",
    "kompas_kiosk.core.decks.model",
    "kompas_kiosk.core.room.controller",
    "kompas_kiosk.ui.settings.store",
)


def start(data: Path, *args: str) -> list[str] | None:
    """The modules loaded when the first picture was painted; None: no picture was shown."""
    out = data.parent / "modules.json"
    out.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(out), str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "first-paint" in result.stdout, result.stderr[-3000:]  # the room came all the same
    if not out.exists():
        return None
    modules: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return modules


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str] | None]:
    data = tmp_path_factory.mktemp("picture") / "data"
    deck = ("--deck", "samarbejdskompasset")
    seen = {"first": start(data, *deck), "again": start(data, *deck)}
    seen["another deck"] = start(data, "--deck", "laering-2023")
    seen["back to the first deck"] = start(data, *deck)  # the last picture is laering's
    seen["that deck again"] = start(data, *deck)
    (data / "settings.ini").write_text("[General]\ntheme=high-contrast\n", encoding="utf-8")
    seen["other settings"] = start(data, *deck)
    return seen


def test_the_first_start_has_no_picture(starts: dict[str, list[str] | None]) -> None:
    assert starts["first"] is None


def test_the_same_start_again_shows_the_picture_before_the_room(
    starts: dict[str, list[str] | None],
) -> None:
    modules = starts["again"]
    assert modules is not None
    assert "PySide6.QtWidgets" in modules
    assert denied(modules) == []
    assert [m for m in modules if m.startswith(THE_ROOM)] == []


def test_another_start_shows_no_picture(starts: dict[str, list[str] | None]) -> None:
    assert starts["another deck"] is None  # the picture was of another card
    assert starts["back to the first deck"] is None  # only the last start's is kept
    assert starts["that deck again"] is not None
    assert starts["other settings"] is None  # another theme: the picture could mislead
