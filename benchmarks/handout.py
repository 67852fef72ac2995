"""Handouts of 100,000 notes in every format, and importing 100,000 notes, on this machine.

1. Export: a workshop of N notes (three rooms, six groups, spread over the deck's cards and the
   workshop in general, some during the exercise) through the public entry point
   (``core.handout.write.export_notes``: build, format, write atomically) as Markdown, CSV,
   HTML and JSON (and PDF with ``--pdf``: the CLI's offscreen Qt writer). Target: under 2 s
   each for MD, CSV, HTML and JSON. Baseline, measured in the same run: the notes written as
   one plain line each (an f-string loop, then the same ``write_atomic``); for the JSON also
   ``json.dumps`` of the same records in one call.
2. Import: ``notes import`` of the JSON export, and of the CSV export, into an empty store
   (read, check, merge in one transaction), then the JSON again (every note known). Baseline:
   ``json.loads`` of the file and one ``executemany`` of its rows into an empty SQLite table.

    .venv/bin/python benchmarks/handout.py [--notes 100000] [--repeat 3] [--pdf]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kompas_kiosk.core import resources  # noqa: E402
from kompas_kiosk.core.decks.loader import load_decks  # noqa: E402
from kompas_kiosk.core.handout.export import write_atomic  # noqa: E402
from kompas_kiosk.core.handout.importing import import_exports  # noqa: E402
from kompas_kiosk.core.handout.write import card_key, export_notes  # noqa: E402
from kompas_kiosk.core.notes.model import new_uid  # noqa: E402
from kompas_kiosk.core.notes.store import NotesStore  # noqa: E402
from kompas_kiosk.core.notes.timestamps import to_stored  # noqa: E402

DECK = "aarhuskompasset"
TEXT = "Vi talte om at dele det halvfærdige med borgerne, også når det er svært; æøå. "


class Seconds(float):
    """A median wall-clock time, with the median CPU time of the process beside it (on a
    shared, loaded machine the CPU time says more: other processes do not add to it)."""

    cpu: float

    def __str__(self) -> str:
        return f"{float(self):.3f} s (cpu {self.cpu:.3f} s)"


def best(action: Callable[[], object], repeat: int) -> Seconds:
    """The median of `repeat` runs: wall-clock seconds, and CPU seconds as ``.cpu``."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    result = Seconds(statistics.median(wall))
    result.cpu = statistics.median(cpu)
    return result


def a_workshop(path: Path, count: int, keys: list[str]) -> None:
    """`count` notes in one workshop, bulk-inserted (add_note would take minutes)."""
    start = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    with NotesStore.open(path) as store:
        session = store.create_session(DECK, "Borgermøde i Aarhus", "Rådhuset")
        rows = []
        for i in range(count):
            stamp = to_stored(start + timedelta(milliseconds=37 * i))
            key = None if i % 10 == 0 else keys[i % len(keys)]
            phase = "exercise" if i % 3 == 0 else "card"
            room, group = f"Sal {i % 3 + 1}", str(i % 6 + 1)
            text = f"{TEXT}{i}" + ("\nanden linje" if i % 7 == 0 else "")
            rows.append((session.id, DECK, key, phase, text, stamp, stamp, group, room, new_uid()))
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at,"
                " updated_at, group_label, room, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )


def pdf_writer():  # the CLI's own: a QGuiApplication (offscreen), the fonts, the writer
    from kompas_kiosk.cli.notes import _pdf_writer

    return _pdf_writer()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", action="store_true", help="the PDF too (Qt, offscreen)")
    parser.add_argument("--only-pdf", action="store_true", help="the PDF alone, no import")
    args = parser.parse_args()
    deck = next(
        d.deck for d in load_decks([resources.content_dir()]) if d.deck and d.deck.id == DECK
    )
    keys = [card_key(deck, i) for i in range(len(deck.cards))] + ["99"]  # and a card gone since
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kompas-handout-bench-") as tmp:
        folder = Path(tmp)
        source = folder / "a" / "notes.sqlite3"
        a_workshop(source, args.notes, keys)
        with NotesStore.open(source) as store:
            session = store.sessions()[0]
            notes = store.notes(session.id)
        print(f"{len(notes):,} notes on {len(keys)} cards, 3 rooms, 6 groups", flush=True)

        def plain() -> None:
            lines = [f"{n.created_at:%H:%M} {n.card_key or ''} {n.text}\n" for n in notes]
            write_atomic(folder / "plain.txt", "".join(lines).encode("utf-8"))

        def dumps() -> None:
            records = [
                {"card": n.card_key, "created": to_stored(n.created_at), "deck": n.deck_id,
                 "group": n.group, "phase": n.phase, "room": n.room, "text": n.text,
                 "uid": n.uid, "updated": to_stored(n.updated_at)}
                for n in notes
            ]  # fmt: skip
            write_atomic(folder / "dumps.json", json.dumps(records, ensure_ascii=False).encode())

        base = best(plain, args.repeat)
        base_json = best(dumps, args.repeat)
        rows.append(("baseline: a plain line a note, written", str(base), ""))
        rows.append(("baseline: json.dumps of the records, written", str(base_json), ""))
        formats = [] if args.only_pdf else ["md", "csv", "html", "json"]
        writers: dict[str, object] = {}
        if args.pdf or args.only_pdf:
            formats.append("pdf")
            writers["pdf"] = pdf_writer()
        for fmt in formats:
            target = folder / f"handout.{fmt}"
            render = writers.get(fmt)

            def run(fmt: str = fmt, target: Path = target, render: object = render) -> None:
                export_notes(session, notes, deck, fmt, target, render_pdf=render)  # type: ignore[arg-type]

            repeat = 1 if fmt == "pdf" else args.repeat
            try:
                seconds = best(run, repeat)
            except Exception as error:  # the PDF may refuse a handout it cannot hold
                rows.append((f"export {fmt}", "failed", str(error)[:120]))
                continue
            size = target.stat().st_size / 1e6
            ratio = f"× {seconds / base:.1f} plain (cpu × {seconds.cpu / base.cpu:.1f})"
            if fmt == "json":
                cpu = seconds.cpu / base_json.cpu
                ratio += f", × {seconds / base_json:.2f} json.dumps (cpu × {cpu:.2f})"
            target_note = "" if fmt == "pdf" else "target < 2 s; "
            rows.append((f"export {fmt}", str(seconds), f"{target_note}{size:.1f} MB; {ratio}"))
            print(rows[-1], flush=True)

        if args.only_pdf:
            for row in rows:
                print(row)
            return 0
        exported = folder / "handout.json"
        exported_csv = folder / "handout.csv"

        def loads_and_insert() -> None:
            document = json.loads(exported.read_text(encoding="utf-8"))
            conn = sqlite3.connect(folder / f"baseline-{next(counter)}.sqlite3")
            conn.execute(
                "CREATE TABLE note (card, created, deck, grp, phase, room, text, uid, updated)"
            )
            conn.executemany(
                "INSERT INTO note VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [tuple(n[k] for k in sorted(n)) for n in document["workshops"][0]["notes"]],
            )
            conn.commit()
            conn.close()

        counter = iter(range(10**6))
        base_import = best(loads_and_insert, args.repeat)
        rows.append(("baseline: json.loads + one executemany", str(base_import), ""))

        def fresh_import(files: list[Path]) -> Callable[[], object]:
            def run() -> object:
                target = folder / f"import-{next(counter)}" / "notes.sqlite3"
                with NotesStore.open(target) as store:
                    return import_exports(store, files, [deck])

            return run

        for name, files in (("json", [exported]), ("csv", [exported_csv])):
            seconds = best(fresh_import(files), args.repeat)
            ratio = f"× {seconds / base_import:.1f} (cpu × {seconds.cpu / base_import.cpu:.1f})"
            rows.append((f"import {name} into an empty store", str(seconds), ratio))
            print(rows[-1], flush=True)
        again = folder / "again" / "notes.sqlite3"
        with NotesStore.open(again) as store:
            import_exports(store, [exported], [deck])

        def known() -> None:
            with NotesStore.open(again) as store:
                merged = import_exports(store, [exported], [deck])
                assert merged.added == 0

        seconds = best(known, args.repeat)
        rows.append(
            (
                "import json again (all known)",
                str(seconds),
                f"× {seconds / base_import:.1f} (cpu × {seconds.cpu / base_import.cpu:.1f})",
            )
        )
    width = max(len(row[0]) for row in rows)
    print()
    for name, value, note in rows:
        print(f"{name.ljust(width)}  {value:>26}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
