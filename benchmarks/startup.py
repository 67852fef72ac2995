"""Start-up: process start to the first card painted, against a bare PySide6 window.

Both run offscreen, shown the same way (fullscreen on the screen's geometry), alternately, in the
same run; the ratio of the medians is what counts (these machines are shared and noisy).

    .venv/bin/python benchmarks/startup.py [--runs 9] [--size 1920x1080]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtWidgets import QApplication, QWidget
class W(QWidget):
    done = False
    def paintEvent(self, event):
        if not W.done:
            W.done = True
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QApplication.instance().quit()
app = QApplication([])
w = W()
w.setGeometry(app.primaryScreen().geometry())
w.showFullScreen()
app.exec()
"""


def first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint from {command}: {result.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    width, height = args.size.split("x")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_QPA_OFFSCREEN_SCREEN_SIZE"] = f"{width}x{height}"  # ignored by older Qt
    bare_cmd = [sys.executable, "-c", BARE]
    kiosk_cmd = [
        sys.executable,
        "-m",
        "kompas_kiosk",
        "run",
        "--deck",
        "samarbejdskompasset",
        "--quit-after-first-paint",
    ]
    first_paint(bare_cmd, env)  # warm the file cache for both
    first_paint(kiosk_cmd, env)
    bare, kiosk = [], []
    for _ in range(args.runs):
        bare.append(first_paint(bare_cmd, env))
        kiosk.append(first_paint(kiosk_cmd, env))
    b, k = statistics.median(bare), statistics.median(kiosk)
    print(f"{'':24}{'median':>10}{'min':>10}{'max':>10}")
    print(
        f"{'bare PySide6 window':24}{b * 1000:9.0f}ms{min(bare) * 1000:9.0f}ms"
        f"{max(bare) * 1000:9.0f}ms"
    )
    print(
        f"{'kiosk, first card':24}{k * 1000:9.0f}ms{min(kiosk) * 1000:9.0f}ms"
        f"{max(kiosk) * 1000:9.0f}ms"
    )
    print(f"ratio kiosk/bare: {k / b:.2f}  (target: at most 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
