"""The notes store and the handout exports, on this machine's disk, in a temporary folder.

1. Commit latency of ``add_note`` (WAL, synchronous=FULL): median and p99 over N commits;
   ``save_draft`` the same (the UI should not save a draft on every key press if this is high).
2. A 100,000-note session: loading it, grouping it, and exporting it to Markdown, CSV, HTML.
   Target: each export under 2 s.
3. Opening a 100,000-note store against an empty one, alternately, in the same run: the ratio of
   the medians (target: close to 1; no full scan at open). Also the quick check that runs only
   after an unclean end, for scale.
4. Kiosk start-up with a 100,000-note store against an empty one: the real kiosk process
   (``python -m kompas_kiosk run --deck samarbejdskompasset --quit-after-first-paint
   --data-dir DIR``, offscreen), alternately, median of ``--runs`` each; the ratio of the times
   to ``first-paint`` (target <= 1.05), and of the times to the process's end (which includes
   what runs right after the first frame). The 100k notes are one *recent* session of that deck
   on its card, so the kiosk resumes it. A probe run then says whether the notes are loaded
   before or after the first paint, and how long loading them takes. Then the notes panel
   (made at the first N, so not in the runs above): after the first paint the kiosk makes and
   opens it, median of ``--runs`` starts with each store. Target: under 1 s with 100k notes.

    .venv/bin/python benchmarks/notes.py [--commits 2000] [--notes 100000] [--repeat 15] [--runs 9]
    .venv/bin/python benchmarks/notes.py --only-startup   # part 4 alone
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kompas_kiosk.core.handout.export import to_csv, to_html
from kompas_kiosk.core.handout.markdown import to_markdown
from kompas_kiosk.core.handout.sections import CardInfo, build_groups
from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.core.notes.timestamps import to_stored, utc_now

DECK = "samarbejdskompasset"
CARDS = [CardInfo(f"{n:02d}", f"Princip {n:02d}", f"Titel {n}", "Spørgsmål?") for n in range(1, 8)]
ROOT = Path(__file__).resolve().parent.parent
TEXT = "Vi talte om at dele det halvfærdige med borgerne, også når det er svært; æøå. "


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms"


def _p99(samples: list[float]) -> float:
    return sorted(samples)[int(len(samples) * 0.99) - 1]


def commit_latency(folder: Path, commits: int) -> list[tuple[str, str, str]]:
    rows = []
    with NotesStore.open(folder / "latency.sqlite3") as store:
        session = store.create_session(DECK)
        actions: dict[str, Callable[[int], object]] = {
            "add_note": lambda i: store.add_note(session.id, f"{TEXT} {i}", DECK, "07"),
            "save_draft": lambda i: store.save_draft(session.id, f"{TEXT} {i}"),
        }
        for name, action in actions.items():
            samples = []
            for i in range(commits):
                start = time.perf_counter()
                action(i)
                samples.append(time.perf_counter() - start)
            rows.append((f"{name} commit median", _ms(statistics.median(samples)), ""))
            rows.append((f"{name} commit p99", _ms(_p99(samples)), "target < 10 ms"))
            rows.append((f"{name} commit max", _ms(max(samples)), f"{commits} commits"))
    return rows


def big_store(
    path: Path, count: int, start: datetime | None = None, card_key: str | None = None
) -> None:
    """A store with one session of `count` notes, bulk-inserted (add_note would take minutes).
    `start`: the first note's time (default: a fixed day); `card_key`: every note on that card
    (default: spread over nine keys)."""
    start = start or datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    with NotesStore.open(path) as store:
        session = store.create_session(DECK)
        rows = []
        for i in range(count):
            offset = (
                timedelta(seconds=i % 10_000)
                if card_key is None
                else timedelta(milliseconds=i % 10_000)
            )
            stamp = to_stored(start + offset)
            key = card_key or f"{i % 9:02d}"
            rows.append((session.id, DECK, key, "card", f"{TEXT}{i}", stamp, stamp))
        conn = store._conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("COMMIT")


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def exports(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    with NotesStore.open(path) as store:
        session = store.latest_session()
        assert session is not None
        seconds, notes = timed(lambda: store.notes(session.id))
        assert isinstance(notes, list)
        rows.append(("load notes()", _ms(seconds), f"{len(notes):,} notes"))
        seconds, groups = timed(lambda: build_groups(notes, CARDS))
        assert isinstance(groups, list)
        rows.append(("build_groups", _ms(seconds), ""))
        for name, export in (("markdown", to_markdown), ("csv", to_csv), ("html", to_html)):
            seconds, data = timed(lambda export=export: export(session, groups, deck_title="S"))
            size = len(data) if isinstance(data, bytes | str) else 0
            rows.append((f"to_{name}", _ms(seconds), f"target < 2 s; {size / 1e6:.1f} M chars"))
    return rows


def open_ratio(big: Path, empty: Path, repeat: int) -> list[tuple[str, str, str]]:
    times: dict[Path, list[float]] = {big: [], empty: []}
    for _ in range(repeat):
        for path in (empty, big):
            start = time.perf_counter()
            store = NotesStore.open(path)
            times[path].append(time.perf_counter() - start)
            store.close()
    big_median, empty_median = statistics.median(times[big]), statistics.median(times[empty])
    checks = []
    for _ in range(max(3, repeat // 3)):
        start = time.perf_counter()
        NotesStore.open(big, verify=True).close()
        checks.append(time.perf_counter() - start)
    size = big.stat().st_size / 1e6
    return [
        ("open empty store", _ms(empty_median), f"median of {repeat}"),
        ("open 100k-note store", _ms(big_median), f"{size:.1f} MB"),
        ("open ratio big/empty", f"{big_median / empty_median:9.2f} x", "target: close to 1"),
        ("open + quick_check", _ms(statistics.median(checks)), "only after an unclean end"),
    ]


# -- 4. kiosk start-up with a big store ----------------------------------------------------

KIOSK_DECK = "samarbejdskompasset"
KIOSK_CARD = "07"  # the deck's one card (Card.number), the card key its notes carry

PROBE = """
import sys, time
from kompas_kiosk.core.notes import store as notes
from PySide6.QtCore import QCoreApplication, QTimer

original = notes.NotesStore.notes

def timed_notes(self, *args, **kwargs):
    start = time.monotonic()
    result = original(self, *args, **kwargs)
    print(f"notes-loaded {start:.6f} {time.monotonic():.6f} {len(result)}", flush=True)
    return result

notes.NotesStore.notes = timed_notes

def later_exit(*args):  # see what the kiosk does in the 2 s after the first paint
    QTimer.singleShot(2000, QCoreApplication.quit)

QCoreApplication.exit = staticmethod(later_exit)
from kompas_kiosk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


PANEL_PROBE = """
import sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

def open_panel():
    room = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "RoomWindow")
    start = time.monotonic()
    panel = room.notes_panel  # made now: resumes the session, fills the list
    panel.open()
    panel.repaint()
    QApplication.processEvents()
    print(f"panel-open {time.monotonic() - start:.6f} {panel.note_list.count()}", flush=True)
    QCoreApplication.quit()

QCoreApplication.exit = staticmethod(lambda *args: QTimer.singleShot(0, open_panel))
from kompas_kiosk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def kiosk_command(data: Path, probe: str = "") -> list[str]:
    """The kiosk's command; `probe` "notes" or "panel" runs it under that probe."""
    run = ["run", "--deck", KIOSK_DECK, "--quit-after-first-paint", "--data-dir", str(data)]
    if probe:
        return [sys.executable, "-c", PROBE if probe == "notes" else PANEL_PROBE, *run]
    return [sys.executable, "-m", "kompas_kiosk", *run]


def kiosk_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_QPA_OFFSCREEN_SCREEN_SIZE"] = "1920x1080"
    env["TMPDIR"] = str(folder)  # our own single-instance lock: another kiosk cannot answer
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def kiosk_run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds from the process's start to its first paint and to its end; its stdout."""
    start = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    end = time.monotonic()
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - start, end - start, result.stdout
    raise RuntimeError(f"no first paint from {command}: {result.stderr[-2000:]}")


def kiosk_store(data: Path, count: int) -> None:
    """`data`/notes.sqlite3: empty, or one session of `count` notes of the kiosk's deck on its
    card, written in the last few minutes (the kiosk resumes a session written to within 3 h)."""
    data.mkdir(parents=True, exist_ok=True)
    if count:
        big_store(data / "notes.sqlite3", count, utc_now() - timedelta(minutes=5), KIOSK_CARD)
    else:
        NotesStore.open(data / "notes.sqlite3").close()


def kiosk_startup(folder: Path, count: int, runs: int) -> list[tuple[str, str, str]]:
    empty, big = folder / "kiosk-empty", folder / "kiosk-big"
    kiosk_store(empty, 0)
    kiosk_store(big, count)
    env = kiosk_env(folder)
    for data in (empty, big):  # warm the file cache, write each data dir's deck cache
        kiosk_run(kiosk_command(data), env)
    paint: dict[Path, list[float]] = {empty: [], big: []}
    total: dict[Path, list[float]] = {empty: [], big: []}
    for _ in range(runs):
        for data in (empty, big):
            first, end, _ = kiosk_run(kiosk_command(data), env)
            paint[data].append(first)
            total[data].append(end)
    e_paint, b_paint = statistics.median(paint[empty]), statistics.median(paint[big])
    e_end, b_end = statistics.median(total[empty]), statistics.median(total[big])
    rows = [
        ("kiosk first paint, empty store", _ms(e_paint), f"median of {runs}"),
        ("kiosk first paint, 100k store", _ms(b_paint), f"{count:,} notes, a recent session"),
        ("kiosk first-paint ratio big/empty", f"{b_paint / e_paint:9.2f} x", "target <= 1.05"),
        ("kiosk process end, empty store", _ms(e_end), "start to exit"),
        ("kiosk process end, 100k store", _ms(b_end), ""),
        ("kiosk process-end ratio big/empty", f"{b_end / e_end:9.2f} x", "incl. after the paint"),
    ]
    return rows + kiosk_probe(big, count, env) + kiosk_panel(empty, big, env, runs)


def kiosk_probe(big: Path, count: int, env: dict[str, str]) -> list[tuple[str, str, str]]:
    """One more start with `NotesStore.notes` timed: when the notes load, against the paint."""
    _, _, out = kiosk_run(kiosk_command(big, probe="notes"), env)
    painted = next(float(ln.split()[1]) for ln in out.splitlines() if ln.startswith("first-paint"))
    loads = [ln.split() for ln in out.splitlines() if ln.startswith("notes-loaded ")]
    if not loads:
        return [("100k notes loaded", "    never", "not within 2 s of the first paint")]
    rows = []
    for _, began, ended, n in loads:
        when = float(began) - painted
        side = "before" if float(ended) <= painted else "after"
        rows.append(
            (
                f"notes() of {int(n):,} notes",
                _ms(float(ended) - float(began)),
                f"{side} the first paint (starts {when * 1000:+.0f} ms from it)",
            )
        )
    if not any(int(n) >= count for _, _, _, n in loads):
        rows.append(("the 100k session", "  not read", "the kiosk did not resume it"))
    return rows


def kiosk_panel(
    empty: Path, big: Path, env: dict[str, str], runs: int
) -> list[tuple[str, str, str]]:
    """Making and opening the notes panel after the first paint, with each store."""
    seconds: dict[Path, list[float]] = {empty: [], big: []}
    items = {empty: 0, big: 0}
    for _ in range(runs):
        for data in (empty, big):
            _, _, out = kiosk_run(kiosk_command(data, probe="panel"), env)
            line = next(ln.split() for ln in out.splitlines() if ln.startswith("panel-open "))
            seconds[data].append(float(line[1]))
            items[data] = int(line[2])
    e_open, b_open = statistics.median(seconds[empty]), statistics.median(seconds[big])
    return [
        ("notes panel made + opened, empty", _ms(e_open), f"median of {runs}"),
        ("notes panel made + opened, 100k", _ms(b_open), f"target < 1 s; {items[big]} list lines"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--runs", type=int, default=9, help="kiosk starts of each store")
    parser.add_argument("--only-startup", action="store_true", help="part 4 alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kompas-notes-bench-") as name:
        folder = Path(name)
        if args.only_startup:
            _print(kiosk_startup(folder, args.notes, args.runs))
            return 0
        rows = commit_latency(folder, args.commits)
        big, empty = folder / "big.sqlite3", folder / "empty.sqlite3"
        big_store(big, args.notes)
        NotesStore.open(empty).close()
        rows += exports(big)
        rows += open_ratio(big, empty, args.repeat)
        rows += kiosk_startup(folder, args.notes, args.runs)
    _print(rows)
    return 0


def _print(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(row[0]) for row in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value}  {note}")


if __name__ == "__main__":
    raise SystemExit(main())
