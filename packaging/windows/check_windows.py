"""What only Windows can show, checked with the Windows Python (build-on-linux.sh runs it under
Wine, with the source tree on PYTHONPATH): the kiosk's folders and the data-folder lock.

1. QStandardPaths on Windows: the notes and the room state in %APPDATA%\\kompas-kiosk (roaming,
   as the installer's note promises: uninstalling leaves them), settings and cache in
   %LOCALAPPDATA%\\kompas-kiosk.
2. One note written through the notes store into that real notes folder, a workshop named
   "Røgtest æøå", so the installed kiosk can list it and the uninstall can be seen to leave it.
3. The data-folder lock (core/kiosk/data_lock.py) between two processes, Windows' byte-range
   locks being mandatory: the second kiosk is refused and reads who holds the folder, a probe
   (held_elsewhere) sees it held, and once the first lets go, the next start gets it at once,
   also right after a probe. In a folder with spaces and æøå.

Prints one line per check; exit 0 when all passed, 1 with the failures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HOLD = """
import sys, time
from pathlib import Path
from kompas_kiosk.core.kiosk.data_lock import DataLock
lock = DataLock(Path(sys.argv[1]))
print(lock.acquire().value, flush=True)
sys.stdin.readline()  # hold until told
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


def check_folders() -> list[str]:
    from kompas_kiosk.app import resolve_paths

    paths = resolve_paths([], None)
    roaming = Path(os.environ["APPDATA"]) / "kompas-kiosk"
    local = Path(os.environ["LOCALAPPDATA"]) / "kompas-kiosk"
    wanted = {"data": roaming, "config": local, "cache": local / "cache"}
    problems = []
    for name, folder in wanted.items():
        got = getattr(paths, name)
        if os.path.normcase(got) != os.path.normcase(folder):
            problems.append(f"{name} folder is {got}, not {folder}")
        else:
            print(f"ok: {name} folder {got}")
    return problems


def write_note() -> list[str]:
    from kompas_kiosk.app import resolve_paths
    from kompas_kiosk.core.notes.store import NotesStore

    path = resolve_paths([], None).notes
    with NotesStore.open(path, lang="en") as store:
        session = store.create_session("samarbejdskompasset", "Røgtest æøå")
        store.add_note(session.id, "Installeret på Windows: æøå ÆØÅ", "samarbejdskompasset", "07")
    with NotesStore.open(path, lang="en", verify=True) as store:
        names = [s.name for s in store.sessions()]
    if "Røgtest æøå" not in names:
        return [f"the workshop did not come back from {path}: {names}"]
    print(f"ok: a workshop with a note in {path}")
    return []


def check_lock() -> list[str]:
    from kompas_kiosk.core.kiosk.data_lock import DataLock, Lock, held_elsewhere

    problems = []
    folder = Path(tempfile.mkdtemp(prefix="kompas kiosk æøå "))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert holder.stdin is not None and holder.stdout is not None
    first = holder.stdout.readline().strip()
    if first != Lock.HELD.value:
        problems.append(f"the first kiosk did not get the lock: {first!r}")
    second = DataLock(folder)
    got = second.acquire()
    if got is not Lock.TAKEN:
        problems.append(f"a second kiosk on the same folder got {got.value}, not taken")
    elif second.holder != f"pid {holder.pid}":  # written, and readable under the lock
        wanted = f"pid {holder.pid}"
        problems.append(f"the second kiosk reads the holder as {second.holder!r}, not {wanted!r}")
    else:
        print(f"ok: a second kiosk is refused and reads {second.holder!r}")
    if not held_elsewhere(folder):
        problems.append("held_elsewhere does not see the running kiosk's lock")
    else:
        print("ok: held_elsewhere sees the running kiosk")
    holder.stdin.write("\n")
    holder.stdin.flush()
    holder.stdout.readline()
    if held_elsewhere(folder):
        problems.append("held_elsewhere still sees a lock after the kiosk let go")
    third = DataLock(folder)
    got = third.acquire()  # at once after the probe: the probe must not leave a lock behind
    if got is not Lock.HELD:
        problems.append(f"the next kiosk, after the first let go and a probe, got {got.value}")
    else:
        print("ok: once let go (and probed), the next kiosk gets the folder at once")
    third.release()
    holder.stdin.write("\n")
    holder.stdin.close()
    holder.wait(timeout=60)
    return problems


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication([])  # noqa: F841 - QStandardPaths wants the application's name
    problems = check_folders() + write_note() + check_lock()
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
