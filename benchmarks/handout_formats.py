"""The handout document in every format: time and size for a small and a large workshop.

For each size (default 200 and 100,000 notes over the bundled deck's card 07, the general notes
and five table groups) the handout is written as Markdown, HTML, CSV and PDF with
``export_notes`` (atomic write included), median of ``--repeat`` runs (the PDF of the largest
size once). The baseline, measured in the same run, is the notes' bare text written the same
way: the ratio says what the document costs over just saving the words. Target: Markdown, CSV
and HTML of 100,000 notes under 2 s; the PDF is reported.

    .venv/bin/python benchmarks/handout_formats.py [--sizes 200 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kompas_kiosk.core import resources  # noqa: E402
from kompas_kiosk.core.decks.loader import load_decks  # noqa: E402
from kompas_kiosk.core.handout.export import write_atomic  # noqa: E402
from kompas_kiosk.core.handout.write import export_notes  # noqa: E402
from kompas_kiosk.core.notes.model import Note, Session  # noqa: E402

START = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)
WORDS = (
    "Vi skal huske at sende noterne tilbage til borgerne i fællesrådet",
    "Hvad med de unge? De var ikke med i dag, men de skal høres næste gang",
    "Del det halvfærdige: vis de rå data på næste møde\nog spørg hvad der mangler",
)


def notes(count: int) -> list[Note]:
    made = []
    for i in range(count):
        key = None if i % 10 == 9 else "07"
        when = START + timedelta(seconds=i)
        group = "" if i % 6 == 5 else str(i % 6 + 1)
        text = f"{WORDS[i % 3]} ({i})"
        phase = "exercise" if i % 2 else "card"
        deck = "samarbejdskompasset"
        made.append(Note(i + 1, 1, deck, key, phase, text, when, when, None, group))
    return made


def timed(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from kompas_kiosk.ui.notes.pdf_export import render_pdf
    from kompas_kiosk.ui.theme import typescale

    app = QGuiApplication(sys.argv[:1])
    typescale.load_fonts(resources.assets_dir() / "fonts")
    loaded = load_decks([resources.content_dir()])
    deck = next(d.deck for d in loaded if d.deck is not None and d.deck.id == "samarbejdskompasset")
    session = Session(1, deck.id, "Borgermøde om ældreområdet", "Rådhuset, Aarhus", START)
    print(f"{'notes':>8} {'format':<9} {'seconds':>9} {'size':>12} {'x baseline':>11}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            made = notes(size)
            bare = "\n".join(note.text for note in made).encode()
            target = Path(folder) / "bare.txt"
            base = timed(lambda t=target, b=bare: write_atomic(t, b), args.repeat)
            row = f"{size:>8} {'baseline':<9} {base:9.3f} {target.stat().st_size:>12,}"
            print(f"{row} {1:>11.1f}")
            for fmt in ("md", "html", "csv", "pdf"):
                path = Path(folder) / f"h{size}.{fmt}"
                repeat = 1 if fmt == "pdf" and size > 10_000 else args.repeat

                def run(fmt: str = fmt, path: Path = path, made: list[Note] = made) -> None:
                    export_notes(session, made, deck, fmt, path, render_pdf=render_pdf)

                seconds = timed(run, repeat)
                ratio = seconds / base if base else float("nan")
                row = f"{size:>8} {fmt:<9} {seconds:9.3f} {path.stat().st_size:>12,}"
                print(f"{row} {ratio:>11.1f}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
