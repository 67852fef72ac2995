"""`kompas_kiosk.core` never imports Qt: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = """
import importlib, pkgutil, sys
import kompas_kiosk.core as core
names = [info.name for info in pkgutil.iter_modules(core.__path__, core.__name__ + ".")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names))
print(",".join(qt))
"""


def test_core_imports_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count, qt = result.stdout.splitlines()[-2:]
    assert int(count) >= 6, "the core modules were not found"
    assert qt == "", f"core imported Qt: {qt}"
