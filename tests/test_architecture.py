"""The house keeps its map: import contracts, module sizes and the picture in the docs.

`lint-imports` (import-linter, contracts in pyproject.toml) states the layers cli → app → ui →
core, that core imports no Qt, that only the command line imports the composition root, and
that no packages import each other in a circle. These tests run the same checks in the suite,
so `./kiosk-tests` fails as soon as the code and docs/architecture.md drift apart.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kompas_kiosk"
MAX_LINES = 400  # a module a newcomer can read in one sitting


def _modules() -> dict[Path, int]:
    return {
        path: len(path.read_text(encoding="utf-8").splitlines()) for path in PACKAGE.rglob("*.py")
    }


def test_no_module_is_longer_than_a_sitting() -> None:
    too_long = {str(p.relative_to(ROOT)): n for p, n in _modules().items() if n > MAX_LINES}
    assert not too_long, f"split these into modules of one role each: {too_long}"


def test_modules_are_small_on_the_whole() -> None:
    sizes = [n for p, n in _modules().items() if p.name != "__init__.py"]
    assert statistics.median(sizes) < 200


@pytest.mark.skipif(importlib.util.find_spec("importlinter") is None, reason="import-linter")
def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(importlib.util.find_spec("grimp") is None, reason="grimp")
def test_the_architecture_picture_matches_the_code() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import import_graph
    finally:
        sys.path.remove(str(ROOT / "tools"))
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert import_graph.embed(doc) == doc, (
        "docs/architecture.md's diagram is stale: "
        ".venv/bin/python tools/import_graph.py --write docs/architecture.md"
    )
