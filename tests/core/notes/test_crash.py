"""No confirmed note is lost when the kiosk dies: SIGKILL a writer at random moments, reopen.

A child process adds notes in a loop and prints each note only after ``add_note`` returned.
The parent kills it without warning, 25 times, sometimes while it is still starting (opening
or creating the store), otherwise at a random moment after it confirmed a few notes (counted,
not timed, so a slow machine writes as many), then reopens the store: every printed note must
be there, exactly, and the file must pass ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import json
import os
import random
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kompas_kiosk.core.notes.store import NotesStore

CHILD = r"""
import json, sys
from pathlib import Path
from kompas_kiosk.core.notes.store import NotesStore

path, round_ = Path(sys.argv[1]), int(sys.argv[2])
store = NotesStore.open(path)
session = store.latest_session() or store.create_session("samarbejdskompasset")
print("ready", flush=True)
number = 0
while True:
    text = f"runde {round_} note {number}: Tør du dele det halvfærdige? æøå 👩🏽\n" + "x" * (
        number % 40 * 25
    )
    note = store.add_note(session.id, text, "samarbejdskompasset", str(number % 7))
    sys.stdout.write(json.dumps([note.id, text]) + "\n")
    sys.stdout.flush()
    if number % 5 == 0:
        store.save_draft(session.id, text[:20])
    number += 1
"""

ROUNDS = 25
PATIENCE = 120.0  # seconds a child may take to start or confirm a note on a loaded machine


def _read_lines(child: subprocess.Popen[bytes], received: bytearray, lines: int) -> None:
    """Read the child's output into `received` until it holds `lines` whole lines.

    Straight from the pipe, never through ``child.stdout``'s buffer: a buffered readline takes
    whatever is in the pipe, so on a slow machine it would swallow notes (and half a line) that
    ``communicate`` then never sees.
    """
    assert child.stdout is not None
    fd = child.stdout.fileno()
    deadline = time.monotonic() + PATIENCE
    while received.count(b"\n") < lines:
        left = deadline - time.monotonic()
        assert left > 0 and select.select([fd], [], [], left)[0], "the child wrote nothing"
        chunk = os.read(fd, 1 << 16)
        assert chunk, "the child ended by itself"
        received += chunk


def _kill_at_random(path: Path, round_: int, rng: random.Random) -> dict[int, str]:
    """One child, killed at a random moment; returns the notes it confirmed (id -> text)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(round_)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    received = bytearray()
    if round_ % 4 == 0:
        time.sleep(rng.uniform(0.0, 0.2))  # anywhere from start-up through the first notes
    else:
        # Some notes first, however slow the machine, so that there is something to lose; then
        # the point of the test: a random moment.
        _read_lines(child, received, 1 + rng.randint(2, 4))
        assert received.startswith(b"ready\n"), "the child did not open the store"
        time.sleep(rng.uniform(0.0, 0.08))
    child.kill()
    out, err = child.communicate(timeout=PATIENCE)
    assert child.returncode != 0 and b"Traceback" not in err, err.decode(errors="replace")
    confirmed = {}
    for line in (bytes(received) + out).split(b"\n")[:-1]:  # the last piece has no newline
        if line != b"ready":
            note_id, text = json.loads(line)
            confirmed[note_id] = text
    return confirmed


def test_every_confirmed_note_survives_sigkill(tmp_path):
    path = tmp_path / "data" / "notes.sqlite3"
    rng = random.Random(20261128)
    confirmed: dict[int, str] = {}
    for round_ in range(ROUNDS):
        written = _kill_at_random(path, round_, rng)
        assert not confirmed.keys() & written.keys(), "a note id was handed out twice"
        confirmed.update(written)
    assert len(confirmed) > ROUNDS, "too few notes were written to test anything"

    with NotesStore.open(path) as store:
        assert store.recovered_from is None, "a killed writer must never look like damage"
        session = store.latest_session()
        assert session is not None
        stored = {note.id: note.text for note in store.notes(session.id)}
        assert store.integrity_check() == []
    missing = {i: t for i, t in confirmed.items() if stored.get(i) != t}
    assert not missing, f"{len(missing)} confirmed notes lost or changed"
    assert len(stored) - len(confirmed) <= ROUNDS  # at most the one unprinted note a round

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
