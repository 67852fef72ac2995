"""The first card comes before everything it does not draw: a guard that times nothing.

The kiosk is started in a fresh interpreter up to the first painted card, and the modules loaded
by then are compared with a deny list: the icons (qtawesome, qtpy and the QtOpenGL it pulls),
the single-instance server's QtNetwork, the chime's QtMultimedia, the presenter console, the notes
panel, the settings page, and pydantic and yaml (a start with a warm deck cache needs neither).
Each of them belongs after the first frame (`RoomWindow.after_first_frame`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs the kiosk as `python -m kompas_kiosk run ...` does, and writes the names in sys.modules
# when the card view has painted its first card.
DRIVER = """
import json, sys
from kompas_kiosk.ui.room import card_view

painted = card_view.CardView.paintEvent

def paint(self, event):
    painted(self, event)
    if self._painted and not getattr(paint, "done", False):
        paint.done = True
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)

card_view.CardView.paintEvent = paint
from kompas_kiosk.cli.main import main
sys.exit(main(["run", "--deck", "samarbejdskompasset", "--quit-after-first-paint",
               "--data-dir", sys.argv[2]]))
"""

DENIED = (
    "qtawesome",
    "qtpy",
    "PySide6.QtNetwork",
    "PySide6.QtMultimedia",
    "PySide6.QtOpenGL",
    "kompas_kiosk.ui.console",
    "kompas_kiosk.ui.notes",
    "kompas_kiosk.ui.settings.page",
    "pydantic",
    "yaml",
)
# Placing the room window on its screen comes before the first frame; it is the console
# package's one module that the room needs.
ALLOWED = ("kompas_kiosk.ui.console", "kompas_kiosk.ui.console.screens")


def denied(modules: list[str]) -> list[str]:
    return sorted(
        name
        for name in modules
        if name not in ALLOWED
        and any(name == prefix or name.startswith(prefix + ".") for prefix in DENIED)
    )


def modules_at_first_card(tmp_path: Path) -> list[str]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(out), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert out.exists(), f"no card was painted: {result.stderr[-3000:]}"
    modules: list[str] = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return modules


@pytest.fixture(scope="module")
def first_card_modules(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    tmp = tmp_path_factory.mktemp("startup")
    modules_at_first_card(tmp)  # the first start validates the decks and fills the cache
    return modules_at_first_card(tmp)


def test_the_first_card_imports_nothing_on_the_deny_list(first_card_modules: list[str]) -> None:
    assert denied(first_card_modules) == []


def test_the_driver_sees_the_start_path(first_card_modules: list[str]) -> None:
    # The guard is only worth something while it watches the real start.
    assert "kompas_kiosk.ui.room.window" in first_card_modules
    assert "PySide6.QtWidgets" in first_card_modules


def test_the_deny_list_matches_packages_and_their_modules() -> None:
    assert denied(["qtawesome.iconic_font", "qtawesomeness", "kompas_kiosk.ui.console.window"]) == [
        "kompas_kiosk.ui.console.window",
        "qtawesome.iconic_font",
    ]
    assert denied(["kompas_kiosk.ui.console.screens", "kompas_kiosk.ui.settings.store"]) == []
