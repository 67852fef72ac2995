"""One kiosk per data folder: a second start on it raises the first, whatever its TMPDIR; other
folders run side by side; a crashed kiosk leaves nothing stuck; a read-only folder still runs."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from kompas_kiosk.core.kiosk.data_lock import DataLock, Lock
from kompas_kiosk.ui.kiosk.single_instance import SingleInstance

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def name(tmp_path: Path) -> str:
    """A data folder of the test's own."""
    return str(tmp_path / f"data-{uuid.uuid4().hex[:10]}")


@pytest.fixture
def instances(qapp, name: str) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def make(instances: list[SingleInstance], name: str) -> SingleInstance:
    instance = SingleInstance(Path(name))
    instances.append(instance)
    return instance


def test_the_first_runs_and_a_second_raises_it(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    assert first.acquire()
    assert first.acquire(), "asking again changes nothing"
    second = make(instances, name)
    with qtbot.waitSignal(first.raise_requested, timeout=60_000):
        assert not second.acquire()
    assert second.problem is None


def test_the_lock_decides_before_the_socket_listens(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    assert first.take(), "the lock alone: the kiosk's first frame comes before the socket"
    early = make(instances, name)
    assert not early.take(), "a second start in between is still refused"
    assert early.problem is not None and "does not answer" in early.problem
    assert first.listen()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert not make(instances, name).acquire()


def test_every_later_start_raises_it(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    assert first.acquire()
    for _ in range(3):
        with qtbot.waitSignal(first.raise_requested, timeout=60_000):
            assert not make(instances, name).acquire()


def test_after_release_the_next_one_runs(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    assert first.acquire()
    first.release()
    second = make(instances, name)
    assert second.acquire()
    with qtbot.waitSignal(second.raise_requested, timeout=60_000):
        assert not make(instances, name).acquire()


def test_other_data_folders_do_not_meet(instances, name: str) -> None:
    assert make(instances, name).acquire()
    assert make(instances, name + "-other").acquire()


def test_garbage_on_the_socket_is_ignored(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    assert first.acquire()
    stranger = QLocalSocket()
    stranger.connectToServer(first.server_name)
    assert stranger.waitForConnected(2000)
    stranger.write(b"hello\n" + b"x" * 500)
    assert stranger.waitForBytesWritten(2000)
    with qtbot.assertNotEmitted(first.raise_requested, wait=100):
        qtbot.waitUntil(lambda: stranger.state() != QLocalSocket.LocalSocketState.ConnectedState)
    with qtbot.waitSignal(first.raise_requested, timeout=60_000):
        assert not make(instances, name).acquire()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_stale_socket_file_is_replaced(qtbot, instances, name: str) -> None:
    first = make(instances, name)
    stale = socket.socket(socket.AF_UNIX)
    Path(name).mkdir(parents=True, exist_ok=True)
    stale.bind(first.server_name)
    stale.close()  # the file stays, nobody listens: what a crash leaves
    assert first.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=60_000):
        assert not make(instances, name).acquire()


def test_a_kiosk_that_holds_the_lock_but_does_not_answer(instances, name: str) -> None:
    lock = DataLock(Path(name))
    assert lock.acquire() is Lock.HELD
    try:
        second = make(instances, name)
        assert not second.acquire(), "still no second kiosk"
        assert second.problem is not None and "does not answer" in second.problem
    finally:
        lock.release()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX modes, not root")
def test_a_read_only_data_folder_still_runs(instances, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        instance = make(instances, str(folder))
        assert instance.acquire(), "the kiosk runs"
        assert instance.problem is not None and str(folder) in instance.problem
    finally:
        folder.chmod(0o755)


# -- with real processes ------------------------------------------------------------------

_KIOSK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from kompas_kiosk.ui.kiosk.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
acquired = instance.acquire()
print("acquired" if acquired else "second", flush=True)
if not acquired:
    sys.exit(0)

def on_raise():
    print("raised", flush=True)
    app.quit()

instance.raise_requested.connect(on_raise)
sys.exit(app.exec())
"""


class Kiosk:
    """A child process running a SingleInstance; its lines waited on with a timeout."""

    def __init__(self, name: str, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _KIOSK, name],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())

    def next(self) -> str:
        return self._lines.get(timeout=120)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=120)


@pytest.fixture
def kiosk(name: str) -> Iterator[Kiosk]:
    child = Kiosk(name)
    try:
        assert child.next() == "acquired"
        yield child
    finally:
        child.stop()


def test_a_second_process_raises_the_first(instances, name: str, kiosk: Kiosk) -> None:
    assert not make(instances, name).acquire()
    assert kiosk.next() == "raised"
    assert kiosk.process.wait(timeout=120) == 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_after_a_crash_the_next_start_runs(qtbot, instances, name: str, kiosk: Kiosk) -> None:
    os.kill(kiosk.process.pid, signal.SIGKILL)
    kiosk.process.wait(timeout=120)
    restarted = make(instances, name)
    assert restarted.acquire(), "the crashed kiosk's lock and socket do not block a restart"
    assert restarted.problem is None
    with qtbot.waitSignal(restarted.raise_requested, timeout=60_000):
        assert not make(instances, name).acquire()


def test_the_same_data_folder_with_another_tmpdir_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / "tmp-a").mkdir()
    (tmp_path / "tmp-b").mkdir()
    first = Kiosk(name, {"TMPDIR": str(tmp_path / "tmp-a")})
    assert first.next() == "acquired"
    second = Kiosk(name, {"TMPDIR": str(tmp_path / "tmp-b")})
    try:
        assert second.next() == "second", "one kiosk per data folder, whatever its TMPDIR"
        assert second.process.wait(timeout=120) == 0
        assert first.next() == "raised", "the running kiosk came forward"
    finally:
        first.stop()
        second.stop()


def test_two_data_folders_run_side_by_side(tmp_path: Path, name: str) -> None:
    first = Kiosk(name, {"TMPDIR": str(tmp_path)})
    second = Kiosk(name + "-other", {"TMPDIR": str(tmp_path)})
    try:
        assert (first.next(), second.next()) == ("acquired", "acquired")
    finally:
        first.stop()
        second.stop()
