"""The frozen bundle: its size, and its time to the first card against the source install's.

Both start the same way (`run --deck samarbejdskompasset --quit-after-first-paint`, offscreen,
a warm deck cache of their own), alternately, in the same run; the ratio of the medians is what
counts (these machines are shared and noisy). Targets: at most 150 MB; ratio at most 1.2.

    .venv/bin/python benchmarks/bundle.py [--build] [--runs 9] [--bundle dist/kompas-kiosk]

--build runs packaging/build.sh first (with this Python's environment) and reports its time.
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
DECK = "samarbejdskompasset"


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
            TMPDIR=scratch,
        )  # a lock of our own: never meet a kiosk running elsewhere
        tail = ["run", "--deck", DECK, "--quit-after-first-paint", "--fresh", "--data-dir"]
        source = [sys.executable, "-m", "kompas_kiosk", *tail, str(work / "source")]
        frozen = [str(executable), *tail, str(work / "frozen")]
        first_paint(source, env, work)  # warm the file cache and each one's deck cache
        first_paint(frozen, env, work)
        times: dict[str, list[float]] = {"source": [], "frozen": []}
        for _ in range(args.runs):
            times["source"].append(first_paint(source, env, work))
            times["frozen"].append(first_paint(frozen, env, work))
    s, f = statistics.median(times["source"]), statistics.median(times["frozen"])
    print(f"{'':24}{'median':>11}{'min':>11}{'max':>11}   ({args.runs} runs each, alternating)")
    print(stats("source install", times["source"]))
    print(stats("frozen bundle", times["frozen"]))
    ratio = f / s
    verdict = "ok" if ratio <= RATIO_TARGET else "OVER"
    print(f"ratio frozen/source: {ratio:.2f}  (target: at most {RATIO_TARGET}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
