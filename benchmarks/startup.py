"""Start-up: process start to the first card painted, against a bare PySide6 window.

Both run offscreen (or, with --xvfb, on an X server of their own), shown the same way
(fullscreen on the screen's geometry), alternately, in the same run; the ratio of the medians
is what counts (these machines are shared and noisy). For each start three figures:

- first card visible: the first card (or the bare window) painted;
- first key handled: a key pressed at that moment (→, the next card) has been acted on, which
  also waits for the work deferred to after the first frame (the console, the socket, the
  sound) that the event loop runs first;
- idle RSS: the resident memory a second after that, everything built;

and the process's CPU time at the first frame (user and system), which a busy machine disturbs
less than the wall clock.

Both start from bytecode (the warm-up start writes it) and the kiosk with a data folder of its
own (warm deck cache after the warm-up start), as
`python -m kompas_kiosk run --deck samarbejdskompasset`, through a small driver that reports
these moments (it patches the card view's paint; nothing in the kiosk times itself for it).

A start whose first frame is the same as the last start's (same code, content, settings,
options and screen) shows the picture kept of that frame in a window of its own at once, and the
room replaces it when built (`ui/room/first_picture.py`): "first card visible" is then that
picture, and "first key handled" is when the room has acted on the key pressed at it.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--size 1920x1080] [--xvfb]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5
IDLE_MS = 1000

# What both drivers report, once the first frame is painted: the key, then the idle memory.
REPORT = f"""
import os, time

def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

pressed = []

def report(target, handled_at_once=True):
    print(f"first-paint {{time.monotonic():.6f}}", flush=True)
    print(f"cpu-ms {{time.process_time() * 1000:.1f}}", flush=True)
    from PySide6.QtCore import Qt, QTimer

    def press():
        from PySide6.QtTest import QTest

        pressed.append(True)
        QTest.keyClick(target, Qt.Key.Key_Right)
        if handled_at_once:
            handled()

    QTimer.singleShot(0, press)

def handled():
    from PySide6.QtCore import QTimer

    if pressed and len(pressed) == 1:
        pressed.append(True)
        print(f"first-key {{time.monotonic():.6f}}", flush=True)
        QTimer.singleShot({IDLE_MS}, idle)

def idle():
    print(f"rss-kb {{rss_kb()}}", flush=True)
    os._exit(0)
"""

BARE = (
    REPORT
    + """
from PySide6.QtWidgets import QApplication, QWidget
class W(QWidget):
    done = False
    def paintEvent(self, event):
        if not W.done:
            W.done = True
            report(self)
    def keyPressEvent(self, event):
        self.update()
app = QApplication([])
w = W()
w.setGeometry(app.primaryScreen().geometry())
w.showFullScreen()
app.exec()
"""
)

KIOSK = (
    REPORT
    + """
import importlib.machinery, sys
from kompas_kiosk.cli.main import main
try:
    from kompas_kiosk.ui.room import picture_window
except ImportError:  # a kiosk from before the first picture, measured for comparison
    picture_window = None

def first(target):
    if not getattr(first, "done", False):
        first.done = True
        report(target, handled_at_once=False)

def show(self, event):
    shown(self, event)
    first(self)

if picture_window is not None:
    shown = picture_window.PictureWindow.paintEvent
    picture_window.PictureWindow.paintEvent = show

def patch_card_view(card_view):
    painted = card_view.CardView.paintEvent
    set_card = card_view.CardView.set_card

    def paint(self, event):
        painted(self, event)
        if self._painted:
            first(self.window())
            if not getattr(paint, "done", False):
                paint.done = True
                print(f"room-paint {time.monotonic():.6f}", flush=True)

    def card(self, *args, **kwargs):
        set_card(self, *args, **kwargs)
        handled()  # the key has been acted on: the card turns over

    card_view.CardView.paintEvent = paint
    card_view.CardView.set_card = card

class Patcher:
    # Patches the card view once the kiosk imports it, not before: importing it here would
    # load the room's modules ahead of the first picture.
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "kompas_kiosk.ui.room.card_view":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            patch_card_view(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Patcher)
sys.exit(main(["run", "--deck", "samarbejdskompasset", "--data-dir", sys.argv[1]]))
"""
)


def start(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to the first paint and to the first key; RSS in MB."""
    began = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    seen: dict[str, float] = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "first-key", "room-paint"):
            seen[name] = float(value) - began
        elif name == "rss-kb":
            seen[name] = int(value) / 1024
        elif name == "cpu-ms":
            seen[name] = float(value)
    if len(seen.keys() - {"room-paint"}) < 4:
        raise RuntimeError(f"no first paint, key or RSS from {command}: {result.stderr[-2000:]}")
    return seen


def row(label: str, values: list[float], unit: str, scale: float = 1.0) -> str:
    def fmt(v: float) -> str:
        return f"{v * scale:9.0f}{unit}"

    return f"{label:30}{fmt(statistics.median(values))}{fmt(min(values))}{fmt(max(values))}"


@contextlib.contextmanager
def xvfb(width: str, height: str):
    """An X server of its own (`-displayfd`: it says its display number once it accepts
    connections); yields the DISPLAY."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"]
        + ["-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as said:
            number = said.readline().decode().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--xvfb", action="store_true", help="on Xvfb (xcb), not offscreen")
    args = parser.parse_args()
    width, height = args.size.split("x")
    with contextlib.ExitStack() as stack:
        scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="kompas-startup-"))
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_QPA_OFFSCREEN_SCREEN_SIZE=f"{width}x{height}",  # ignored by older Qt
            TMPDIR=scratch,  # a lock of our own: never meet a kiosk running elsewhere
        )
        if args.xvfb:
            env.update(QT_QPA_PLATFORM="xcb", DISPLAY=stack.enter_context(xvfb(width, height)))
        # An installed kiosk starts from bytecode (pip and the bundle compile it), as PySide6
        # does here: let the warm-up start write it, else every start compiles ~100 modules.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPATH"] = str(ROOT)  # this checkout's kiosk, whatever is installed
        bare_cmd = [sys.executable, "-c", BARE]
        kiosk_cmd = [sys.executable, "-c", KIOSK, str(Path(scratch) / "data")]
        start(bare_cmd, env)  # warm the file cache for both, and the kiosk's deck cache
        start(kiosk_cmd, env)
        bare: list[dict[str, float]] = []
        kiosk: list[dict[str, float]] = []
        for _ in range(args.runs):
            bare.append(start(bare_cmd, env))
            kiosk.append(start(kiosk_cmd, env))

    def of(runs: list[dict[str, float]], name: str) -> list[float]:
        return [run[name] for run in runs]

    where = f"Xvfb {args.size}" if args.xvfb else "offscreen"
    print(f"{'':30}{'median':>11}{'min':>11}{'max':>11}   ({args.runs} runs each, {where})")
    print(row("bare PySide6 window, painted", of(bare, "first-paint"), "ms", 1000))
    print(row("kiosk, first card visible", of(kiosk, "first-paint"), "ms", 1000))
    print(row("kiosk, the room's first card", of(kiosk, "room-paint"), "ms", 1000))
    print(row("bare, CPU to first paint", of(bare, "cpu-ms"), "ms"))
    print(row("kiosk, CPU to first card", of(kiosk, "cpu-ms"), "ms"))
    print(row("bare, first key handled", of(bare, "first-key"), "ms", 1000))
    print(row("kiosk, first key handled", of(kiosk, "first-key"), "ms", 1000))
    print(row("bare, idle RSS", of(bare, "rss-kb"), "MB"))
    print(row("kiosk, idle RSS", of(kiosk, "rss-kb"), "MB"))
    b = statistics.median(of(bare, "first-paint"))
    card = statistics.median(of(kiosk, "first-paint"))
    key = statistics.median(of(kiosk, "first-key"))
    cpu = statistics.median(of(kiosk, "cpu-ms")) / statistics.median(of(bare, "cpu-ms"))
    rss = statistics.median(of(kiosk, "rss-kb")) / statistics.median(of(bare, "rss-kb"))
    verdict = "ok" if card / b <= TARGET else "OVER"
    print(f"ratio first card / bare: {card / b:.2f}  (target: at most {TARGET}): {verdict}")
    print(f"ratio first key / bare paint: {key / b:.2f}")
    print(f"ratio CPU time to the first frame, kiosk / bare: {cpu:.2f}")
    print(f"ratio idle RSS kiosk / bare: {rss:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
