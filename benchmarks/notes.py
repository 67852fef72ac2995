"""The notes store and the handout exports, on this machine's disk, in a temporary folder.

1. Commit latency of ``add_note`` (WAL, synchronous=FULL): median and p99 over N commits;
   ``save_draft`` the same (the UI should not save a draft on every key press if this is high).
2. A 100,000-note session: loading it, grouping it, and exporting it to Markdown, CSV, HTML.
   Target: each export under 2 s.
3. Opening a 100,000-note store against an empty one, alternately, in the same run: the ratio of
   the medians (target: close to 1; no full scan at open). Also the quick check that runs only
   after an unclean end, for scale.

    .venv/bin/python benchmarks/notes.py [--commits 2000] [--notes 100000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kompas_kiosk.core.export import CardInfo, build_groups, to_csv, to_html, to_markdown
from kompas_kiosk.core.notes import NotesStore
from kompas_kiosk.core.notes_time import to_stored

DECK = "samarbejdskompasset"
CARDS = [CardInfo(f"{n:02d}", f"Princip {n:02d}", f"Titel {n}", "Spørgsmål?") for n in range(1, 8)]
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


def big_store(path: Path, count: int) -> None:
    """A store with one session of `count` notes, bulk-inserted (add_note would take minutes)."""
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    with NotesStore.open(path) as store:
        session = store.create_session(DECK)
        rows = []
        for i in range(count):
            stamp = to_stored(start + timedelta(seconds=i % 10_000))
            rows.append((session.id, DECK, f"{i % 9:02d}", "card", f"{TEXT}{i}", stamp, stamp))
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kompas-notes-bench-") as name:
        folder = Path(name)
        rows = commit_latency(folder, args.commits)
        big, empty = folder / "big.sqlite3", folder / "empty.sqlite3"
        big_store(big, args.notes)
        NotesStore.open(empty).close()
        rows += exports(big)
        rows += open_ratio(big, empty, args.repeat)
    width = max(len(row[0]) for row in rows)
    for label, value, note in rows:
        print(f"{label:<{width}}  {value}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
