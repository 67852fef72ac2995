"""Programmes: loading a 200-step programme, and the console's update after a step change.

Loading: a programme of 200 steps (din-2024's steps repeated, referencing the bundled decks),
written to a temporary folder, loaded in a fresh process as the kiosk does at start (after the
decks, which come from their cache): cold (a first load: the YAML parser and pydantic are
imported), warm (validated again in the same process) and cached (`core/programmes/cache.py`,
a first load in the process); against one deck loaded the same ways, cold (validated) and
cached (`core/decks/cache.py`). Ratios are against the cached deck.

The console: at 1920x1080 offscreen, a step change (the room moves on, the console recomputes
its times, its rail and both previews and paints) against a bare repaint of the same window.

    .venv/bin/python benchmarks/programme.py [--repeat 7] [--steps 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
DECK = "samarbejdskompasset"

_CHILD = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from kompas_kiosk.core.decks.cache import DeckCache
from kompas_kiosk.core.decks.loader import load_decks
what, content, cache, programme, cached = sys.argv[1:6]
result = {}
if what == "deck":
    first = time.perf_counter()
    decks = load_decks([Path(content)], DeckCache(Path(cache)) if cache else None)
    result["first"] = time.perf_counter() - first
    assert all(d.ok for d in decks)
    again = time.perf_counter()
    load_decks([Path(content)], DeckCache(Path(cache)) if cache else None)
    result["again"] = time.perf_counter() - again
else:
    decks = load_decks([Path(content)], DeckCache(Path(cache)))
    from kompas_kiosk.core.programmes.cache import ProgrammeCache
    from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
    store = ProgrammeCache(Path(cached)) if cached else None
    by_id = decks_by_id(decks)
    first = time.perf_counter()
    loaded = load_programmes([Path(programme)], by_id, store)
    result["first"] = time.perf_counter() - first
    assert loaded and loaded[0].ok, [p.format("en") for p in loaded[0].problems][:3]
    again = time.perf_counter()
    load_programmes([Path(programme)], by_id, store)
    result["again"] = time.perf_counter() - again
print(json.dumps(result))
"""


def big_programme(folder: Path, steps: int) -> Path:
    """A programme of `steps` steps: din-2024's steps repeated, in a folder of its own."""
    source = (ROOT / "content/programmes/din-2024/programme.yaml").read_text("utf-8")
    head, body = source.split("\nsteps:\n", 1)
    blocks: list[str] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("  - "):
            blocks.append(line)
        elif blocks:
            blocks[-1] += line
    chosen = [blocks[i % len(blocks)] for i in range(steps)]
    head = head.replace("id: din-2024", "id: benchmark-200")
    target = folder / "programmes" / "benchmark-200"
    target.mkdir(parents=True)
    (target / "programme.yaml").write_text(head + "\nsteps:\n" + "".join(chosen), "utf-8")
    return target


def child(
    what: str, content: Path, cache: Path | None, programme: Path, cached: Path | None = None
) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = [what, str(content), str(cache or ""), str(programme), str(cached or "")]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], env=env, capture_output=True, text=True, check=True
    ).stdout
    return {key: value * 1000 for key, value in json.loads(out.splitlines()[-1]).items()}


def loading(repeat: int, steps: int) -> None:
    from kompas_kiosk.core import resources

    content = resources.content_dir()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        programme = big_programme(folder, steps)
        cache = folder / "cache"
        child("deck", content / DECK, cache, programme)  # fills the caches
        child("programme", content, cache, programme, cache)
        runs: dict[str, list[float]] = {}
        for _ in range(repeat):
            cold = child("deck", content / DECK, None, programme)
            cached = child("deck", content / DECK, cache, programme)
            loaded = child("programme", content, cache, programme)
            hit = child("programme", content, cache, programme, cache)
            runs.setdefault("deck cold (validated, first in the process)", []).append(cold["first"])
            runs.setdefault("deck validated again (warm)", []).append(cold["again"])
            runs.setdefault("deck cached (first in the process)", []).append(cached["first"])
            runs.setdefault(f"programme {steps} steps cold (first)", []).append(loaded["first"])
            runs.setdefault(f"programme {steps} steps again (warm)", []).append(loaded["again"])
            runs.setdefault(f"programme {steps} steps cached (first)", []).append(hit["first"])
        base = statistics.median(runs["deck cached (first in the process)"])
        size = (programme / "programme.yaml").stat().st_size
        print(f"loading, {repeat} fresh processes each; programme file {size / 1024:.0f} KB")
        for name, values in runs.items():
            median = statistics.median(values)
            print(f"  {name}: median {median:.1f} ms, ratio {median / base:.2f} to a cached deck")


def console(repeat: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kompas_kiosk.core.decks.content import content_paths, load_content
    from kompas_kiosk.core.programmes.content import load_programme_content
    from kompas_kiosk.ui.application import application
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.programme_link import follow_programme
    from kompas_kiosk.ui.room.window import RoomWindow

    application()
    paths = content_paths(None)
    decks = load_content(paths)
    room = RoomWindow(decks, "da")
    room.set_programmes(load_programme_content(paths, decks))
    room.controller.open_programme_id("din-2024", 0)
    room.resize(1920, 1080)
    window = ConsoleWindow(room, room.colors)
    follow_programme(room, window)
    window.resize(1920, 1080)
    for widget in (room, window):
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.show()
    QApplication.processEvents()
    flow = room.controller.programme
    assert flow is not None
    count = flow.count

    def repaint() -> float:
        start = time.perf_counter()
        window.repaint()
        return (time.perf_counter() - start) * 1000

    def step(index: int) -> float:
        start = time.perf_counter()
        flow.enter(index)  # the room moves on; the console follows (programme_link)
        window.refresh_previews()  # what the preview timer does once the room has settled
        QApplication.processEvents()
        window.repaint()
        return (time.perf_counter() - start) * 1000

    bare: list[float] = []
    change: list[float] = []
    for _ in range(repeat):
        for index in range(count):
            bare.append(repaint())
            change.append(step(index))
    base = statistics.median(bare)
    print(f"console at 1920x1080, {len(change)} step changes over {count} steps")
    print(f"  bare repaint of the console: median {base:.1f} ms")
    median, worst = statistics.median(change), max(change)
    print(
        f"  step change (times, rail, previews, paint): median {median:.1f} ms, "
        f"worst {worst:.1f} ms: ratio {median / base:.2f}"
    )
    window.close()
    room.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    loading(args.repeat, args.steps)
    console(max(1, args.repeat // 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
