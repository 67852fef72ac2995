"""The frozen bundle: its size, and its time to the first card against the source install's
and against a bare PySide6 window frozen the same way.

All start the same way (`run --deck samarbejdskompasset --quit-after-first-paint`, offscreen,
a warm deck cache of their own; the bare window fullscreen), alternately, in the same run; the
ratios of the medians are what counts (these machines are shared and noisy). Targets: at most
150 MB; frozen/source at most 1.2; frozen kiosk/frozen bare at most 1.5, as from source.

    .venv/bin/python benchmarks/bundle.py [--build] [--runs 9] [--bundle dist/kompas-kiosk]

--build runs packaging/build.sh first (with this Python's environment) and reports its time.
The bare window is frozen by PyInstaller (one folder, as the kiosk) into build/bare-window the
first time, or again with --build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 150
RATIO_TARGET = 1.2
BARE_TARGET = 1.5
DECK = "samarbejdskompasset"
BARE_DIR = ROOT / "build" / "bare-window"
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


def freeze_bare() -> Path | None:
    """A bare PySide6 window frozen by PyInstaller as one folder, as the kiosk is."""
    BARE_DIR.mkdir(parents=True, exist_ok=True)
    script = BARE_DIR / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--name",
            "bare-window",
            "--distpath",
            str(BARE_DIR / "dist"),
            "--workpath",
            str(BARE_DIR / "work"),
            "--specpath",
            str(BARE_DIR),
            str(script),
        ],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0:
        print(built.stderr[-3000:], file=sys.stderr)
        return None
    return BARE_DIR / "dist" / "bare-window" / "bare-window"


def bundle_size(folder: Path) -> int:
    """Bytes of every file in the folder (symbolic links count as nothing)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def first_paint(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no first paint from {command}: {result.stderr[-2000:]}")


def stats(label: str, values: list[float]) -> str:
    return (
        f"{label:24}{statistics.median(values) * 1000:9.0f}ms{min(values) * 1000:9.0f}ms"
        f"{max(values) * 1000:9.0f}ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kompas-kiosk")
    parser.add_argument("--build", action="store_true", help="build with packaging/build.sh first")
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()

    if args.build:
        started = time.monotonic()
        venv = Path(sys.prefix)
        build = subprocess.run(
            [
                str(ROOT / "packaging" / "build.sh"),
                "--venv",
                str(venv),
                "--dist",
                str(args.bundle.parent),
            ],
            capture_output=True,
            text=True,
        )
        if build.returncode != 0:
            print(build.stderr[-3000:], file=sys.stderr)
            print("benchmarks/bundle.py: the build failed", file=sys.stderr)
            return 1
        print(
            f"build (packaging/build.sh, with its smoke test): {time.monotonic() - started:.1f} s"
        )

    executable = args.bundle / "kompas-kiosk"
    if not executable.is_file():
        print(
            f"benchmarks/bundle.py: no bundle at {args.bundle}; build it with "
            "packaging/build.sh or give --build",
            file=sys.stderr,
        )
        return 1

    bare_exe: Path | None = BARE_DIR / "dist" / "bare-window" / "bare-window"
    if args.build or not bare_exe.is_file():
        bare_exe = freeze_bare()
        if bare_exe is None:
            print("benchmarks/bundle.py: the bare window could not be frozen", file=sys.stderr)

    size = bundle_size(args.bundle)
    mb = size / 1e6
    verdict = "ok" if mb <= SIZE_TARGET_MB else "OVER"
    print(
        f"bundle size: {mb:.1f} MB ({size / 2**20:.1f} MiB), target at most "
        f"{SIZE_TARGET_MB} MB: {verdict}"
    )

    width, height = args.size.split("x")
    with tempfile.TemporaryDirectory(prefix="kompas-bench-") as scratch:
        work = Path(scratch)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_QPA_OFFSCREEN_SCREEN_SIZE=f"{width}x{height}",
            TMPDIR=scratch,  # a lock of our own: never meet a kiosk running elsewhere
            PYTHONPATH=str(ROOT),  # this checkout's kiosk, whatever is installed
        )
        # An installed kiosk starts from bytecode, as the bundle does: let the warm-up write it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        tail = ["run", "--deck", DECK, "--quit-after-first-paint", "--fresh", "--data-dir"]
        source = [sys.executable, "-m", "kompas_kiosk", *tail, str(work / "source")]
        frozen = [str(executable), *tail, str(work / "frozen")]
        first_paint(source, env, work)  # warm the file cache and each one's deck cache
        first_paint(frozen, env, work)
        bare = [str(bare_exe)] if bare_exe is not None else None
        if bare is not None:
            first_paint(bare, env, work)
        times: dict[str, list[float]] = {"source": [], "frozen": [], "bare": []}
        for _ in range(args.runs):
            times["source"].append(first_paint(source, env, work))
            times["frozen"].append(first_paint(frozen, env, work))
            if bare is not None:
                times["bare"].append(first_paint(bare, env, work))
    s, f = statistics.median(times["source"]), statistics.median(times["frozen"])
    print(f"{'':24}{'median':>11}{'min':>11}{'max':>11}   ({args.runs} runs each, alternating)")
    print(stats("source install", times["source"]))
    print(stats("frozen bundle", times["frozen"]))
    if times["bare"]:
        print(stats("frozen bare window", times["bare"]))
    ratio = f / s
    verdict = "ok" if ratio <= RATIO_TARGET else "OVER"
    print(f"ratio frozen/source: {ratio:.2f}  (target: at most {RATIO_TARGET}): {verdict}")
    if times["bare"]:
        bare_ratio = f / statistics.median(times["bare"])
        verdict = "ok" if bare_ratio <= BARE_TARGET else "OVER"
        print(
            f"ratio frozen kiosk/frozen bare window: {bare_ratio:.2f}  "
            f"(target: at most {BARE_TARGET}): {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
