"""Faults injected at random while notes are written: how many confirmed notes are lost.

For each kind of fault, N rounds (each in a folder of its own under a temporary folder):

- ``sigkill``: a writer process adds notes in a loop and is killed (SIGKILL) at a random
  moment; it prints "typed" before ``add_note`` and the id after it returned ("confirmed").
- ``wal``: a store that lost power with 300 notes only in its ``-wal`` gets one byte of the
  log overwritten at a random offset (header, frame header or page).
- ``main``: a cleanly closed store with 300 notes gets one byte of the main file overwritten
  at a random offset; damage SQLite cannot read is moved aside, never deleted.
- ``full``: a writer process under a random small ``RLIMIT_FSIZE`` (the disk fills up) adds
  notes until the store says it cannot save.
- ``readonly``: a store with 300 notes in a folder the kiosk may not write (``os.access``
  says so: the benchmark runs as root, where chmod does not stop writes) is read; nothing in
  the folder may change.
SIGTERM of the whole kiosk is not here: see the kiosk's SIGTERM handling.

Printed per kind: rounds, confirmed notes, confirmed notes lost (target 0), typed-but-
unconfirmed notes and how many of them were found after the fault; for ``wal`` and ``main``
also how often a copy of the original files was kept beside them.

    .venv/bin/python benchmarks/durability.py [--rounds 100] [--kinds sigkill,wal,full]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from kompas_kiosk.core.notes.store import NotesStore, StoreCorrupt

DECK = "samarbejdskompasset"

WRITER = r"""
import json, resource, signal, sys
from pathlib import Path
from kompas_kiosk.core.notes.store import NotesStore, StoreError
path, limit = Path(sys.argv[1]), int(sys.argv[2])
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    store = NotesStore.open(path)
    session = store.latest_session() or store.create_session("samarbejdskompasset")
    print("ready", flush=True)
    number = 0
    while True:
        text = f"note {number} {sys.argv[3]}: æøå " + "x" * (number % 13 * 90)
        print("typed " + json.dumps(text), flush=True)
        note = store.add_note(session.id, text, "samarbejdskompasset", "07")
        print(f"confirmed {note.id}", flush=True)
        number += 1
except StoreError as error:
    print("refused " + error.kind, flush=True)
"""


@dataclass
class Tally:
    rounds: int = 0
    confirmed: int = 0
    lost: int = 0
    typed: int = 0
    found: int = 0
    kept: int = 0
    notes: str = ""


def _texts(path: Path) -> tuple[dict[int, str], NotesStore]:
    """The notes as the kiosk finds them: damage met while reading marks the file, and the
    next open checks it and moves it aside (as a restart of the kiosk does)."""
    for attempt in range(2):
        store = NotesStore.open(path)
        try:
            session = store.latest_session()
            notes = store.notes(session.id) if session else []
        except StoreCorrupt:
            store.close()
            if attempt:
                raise
            continue
        return {note.id: note.text for note in notes}, store
    raise AssertionError("unreachable")


def _writer(path: Path, limit: int, tag: str, kill_after: float | None) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(limit), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if kill_after is not None:
        assert child.stdout is not None
        child.stdout.readline()  # "ready"
        time.sleep(kill_after)
        child.kill()
        rest, _ = child.communicate(timeout=60)
        return ["ready", *rest.decode().split("\n")[:-1]]
    out, err = child.communicate(timeout=120)
    if b"Traceback" in err:
        raise RuntimeError(err.decode(errors="replace"))
    return out.decode().split("\n")[:-1]


def _score_writer(tally: Tally, path: Path, lines: list[str]) -> None:
    confirmed: set[int] = set()
    typed: list[str] = []
    for line in lines:
        if line.startswith("confirmed "):
            confirmed.add(int(line.split()[1]))
            if typed:
                typed.pop()
        elif line.startswith("typed "):
            typed.append(json.loads(line[6:]))
    stored, store = _texts(path)
    with store:
        tally.kept += store.kept_copy is not None
    tally.confirmed += len(confirmed)
    tally.lost += len(confirmed - stored.keys())
    tally.typed += len(typed)
    tally.found += sum(text in stored.values() for text in typed)


def sigkill(tally: Tally, folder: Path, rng: random.Random, _base: Path) -> None:
    path = folder / "notes.sqlite3"
    for turn in range(2):  # the second writer meets the first one's left-over log
        lines = _writer(path, 0, f"{turn}", rng.uniform(0.0, 0.08))
        _score_writer(tally, path, lines)


def full(tally: Tally, folder: Path, rng: random.Random, _base: Path) -> None:
    path = folder / "notes.sqlite3"
    lines = _writer(path, rng.randint(8, 400) * 1024, "full", None)
    if not lines or not lines[-1].startswith("refused "):
        raise RuntimeError(f"the full disk was not reported: {lines[-3:]}")
    _score_writer(tally, path, lines)


def _a_store(folder: Path, notes: int, crashed: bool) -> dict[int, str]:
    path = folder / "notes.sqlite3"
    store = NotesStore.open(path)
    store._conn.execute("PRAGMA wal_autocheckpoint = 0")
    session = store.create_session(DECK)
    written = {}
    for number in range(notes):
        text = f"note {number}: æøå " + "x" * (number % 9 * 150)
        written[store.add_note(session.id, text, DECK, "07").id] = text
    if crashed:
        target = folder / "crashed"
        target.mkdir()
        for end in ("", "-wal", "-shm"):
            shutil.copyfile(f"{path}{end}", target / f"notes.sqlite3{end}")
    store.close()
    return written


def _damage_one_byte(file: Path, rng: random.Random) -> None:
    data = bytearray(file.read_bytes())
    offset = rng.randrange(len(data))
    data[offset] ^= rng.randint(1, 255)
    file.write_bytes(bytes(data))


def _damaged(tally: Tally, folder: Path, rng: random.Random, base: Path, end: str) -> None:
    shutil.copytree(base, folder, dirs_exist_ok=True)
    written = json.loads((base / "written.json").read_text(encoding="utf-8"))
    path = folder / "notes.sqlite3"
    _damage_one_byte(Path(f"{path}{end}"), rng)
    stored, store = _texts(path)
    with store:
        tally.kept += store.kept_copy is not None or store.recovered_from is not None
    tally.confirmed += len(written)
    tally.lost += sum(stored.get(int(i)) != text for i, text in written.items())


def wal_damage(tally: Tally, folder: Path, rng: random.Random, base: Path) -> None:
    _damaged(tally, folder, rng, base / "wal", "-wal")


def main_damage(tally: Tally, folder: Path, rng: random.Random, base: Path) -> None:
    _damaged(tally, folder, rng, base / "main", "")


def readonly(tally: Tally, folder: Path, rng: random.Random, base: Path) -> None:
    source = base / ("wal" if rng.random() < 0.5 else "main")
    shutil.copytree(source, folder, dirs_exist_ok=True)
    written = json.loads((source / "written.json").read_text(encoding="utf-8"))
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = os.access

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(target)).resolve().is_relative_to(folder.resolve()) and mode & os.W_OK:
            return False
        return real(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(os, "access", access):
        store = NotesStore.open(folder / "notes.sqlite3", read_only_ok=True)
        session = store.latest_session()
        stored = {n.id: n.text for n in store.notes(session.id)} if session else {}
        store.close()
    if {p.name: p.read_bytes() for p in folder.iterdir()} != before:
        raise RuntimeError("reading a read-only folder changed it")
    tally.confirmed += len(written)
    tally.lost += sum(stored.get(int(i)) != text for i, text in written.items())


KINDS: dict[str, Callable[[Tally, Path, random.Random, Path], None]] = {
    "sigkill": sigkill,
    "wal": wal_damage,
    "main": main_damage,
    "full": full,
    "readonly": readonly,
}


def _bases(root: Path) -> Path:
    """A crashed store (300 notes only in the log) and a cleanly closed one, made once."""
    base = root / "base"
    made = base / "making"
    made.mkdir(parents=True)
    written = _a_store(made, 300, crashed=True)
    shutil.move(made / "crashed", base / "wal")
    (made / "notes.sqlite3-wal").unlink(missing_ok=True)
    shutil.move(made, base / "main")
    for kind in ("wal", "main"):
        (base / kind / "written.json").write_text(json.dumps(written), encoding="utf-8")
    return base


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    heading = ("fault", "rounds", "confirmed", "lost", "typed", "found", "kept", "seconds")
    print(f"{heading[0]:<9} " + " ".join(f"{h:>9}" for h in heading[1:]), flush=True)
    with tempfile.TemporaryDirectory(prefix="kompas-durability-") as scratch:
        root = Path(scratch)
        base = _bases(root)
        for kind in args.kinds.split(","):
            tally = Tally()
            start = time.perf_counter()
            for number in range(args.rounds):
                folder = root / kind / str(number)
                folder.mkdir(parents=True)
                os.environ["TMPDIR"] = str(root / "tmp")
                (root / "tmp").mkdir(exist_ok=True)
                KINDS[kind](tally, folder, rng, base)
                tally.rounds += 1
                shutil.rmtree(folder)
            seconds = time.perf_counter() - start
            t = tally
            cells = (t.rounds, t.confirmed, t.lost, t.typed, t.found, t.kept)
            row = " ".join(f"{cell:>9}" for cell in cells)
            print(f"{kind:<9} {row} {seconds:>9.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
