"""Holding off the screen saver: no bus, a bus without the service, a bus with a fake one."""

from __future__ import annotations

import logging
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kompas_kiosk.ui.kiosk import screensaver
from kompas_kiosk.ui.kiosk.screensaver import ScreenSaverInhibitor

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed (apt: dbus)"
)


class Lines:
    """A child's stdout, line by line, waited on with a timeout (never a sleep)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self._queue.put(line.rstrip("\n"))

    def next(self, timeout: float = 120) -> str:
        return self._queue.get(timeout=timeout)


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private session bus of our own (dbus-daemon --fork), stopped afterwards."""
    result = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    address, pid = result.stdout.split()[:2]
    try:
        yield address
    finally:
        os.kill(int(pid), signal.SIGTERM)


@dataclass
class FakeService:
    address: str
    lines: Lines

    def next(self) -> str:
        return self.lines.next()


@pytest.fixture
def fake_service(bus_address: str, request: pytest.FixtureRequest) -> Iterator[FakeService]:
    odd = [request.param] if hasattr(request, "param") else []  # "--odd"
    process = subprocess.Popen(
        [sys.executable, str(HERE / "fake_screensaver.py"), bus_address, *odd],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = Lines(process)
    try:
        assert lines.next() == "ready"
        yield FakeService(bus_address, lines)
    finally:
        process.terminate()
        process.wait(timeout=120)


def test_no_session_bus_is_one_clear_line(qapp, caplog: pytest.LogCaptureFixture) -> None:
    inhibitor = ScreenSaverInhibitor(bus_address="unix:path=/nonexistent/kompas-bus")
    assert not inhibitor.inhibit()
    assert not inhibitor.active
    assert inhibitor.problem is not None
    assert inhibitor.problem.startswith("no D-Bus session bus")
    assert "\n" not in inhibitor.problem
    assert not inhibitor.inhibit()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, "logged once"
    inhibitor.release()
    inhibitor.release()


_NO_BUS_HERE = """
import os
from PySide6.QtCore import QCoreApplication
from kompas_kiosk.ui.kiosk.screensaver import ScreenSaverInhibitor
app = QCoreApplication([])
inhibitor = ScreenSaverInhibitor()
print(inhibitor.inhibit())
print(inhibitor.problem)
inhibitor.release()
"""


def test_the_default_session_bus_missing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env |= {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus", "QT_QPA_PLATFORM": ""}
    result = subprocess.run(
        [sys.executable, "-c", _NO_BUS_HERE],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        cwd=REPO,
        env=env,
    )
    answer, problem = result.stdout.splitlines()[:2]
    assert answer == "False"
    assert problem.startswith("no D-Bus session bus")


@needs_dbus
def test_a_bus_without_the_service(qapp, bus_address: str) -> None:
    inhibitor = ScreenSaverInhibitor(bus_address=bus_address)
    assert not inhibitor.inhibit()
    assert inhibitor.problem is not None
    assert "no usable screen saver service" in inhibitor.problem
    assert "ServiceUnknown" in inhibitor.problem


@needs_dbus
def test_inhibit_and_release_with_a_screen_saver_service(qapp, fake_service: FakeService) -> None:
    inhibitor = ScreenSaverInhibitor("Kompas Kiosk", "Workshop", bus_address=fake_service.address)
    assert inhibitor.inhibit()
    assert inhibitor.problem is None
    assert inhibitor.active and inhibitor.cookie == 42
    assert fake_service.next() == "inhibit Kompas Kiosk|Workshop -> 42"
    assert inhibitor.inhibit(), "a second call keeps the one inhibition"
    inhibitor.release()
    assert not inhibitor.active
    assert fake_service.next() == "released 42"


@needs_dbus
@pytest.mark.parametrize("fake_service", ["--odd"], indirect=True)
def test_an_odd_answer_is_a_problem_not_a_crash(qapp, fake_service: FakeService) -> None:
    inhibitor = ScreenSaverInhibitor(bus_address=fake_service.address)
    assert not inhibitor.inhibit()
    assert inhibitor.problem is not None and "odd answer" in inhibitor.problem
    assert fake_service.next().startswith("inhibit ")


_CRASH = """
import os, signal, sys
from PySide6.QtCore import QCoreApplication
from kompas_kiosk.ui.kiosk.screensaver import ScreenSaverInhibitor
app = QCoreApplication([])
assert ScreenSaverInhibitor(bus_address=sys.argv[1]).inhibit()
os.kill(os.getpid(), signal.SIGKILL)
"""


@needs_dbus
def test_a_crash_releases_it_too(fake_service: FakeService) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _CRASH, fake_service.address],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert fake_service.next().startswith("inhibit ")
    assert fake_service.next() == "released 42"


# -- Windows and macOS, with a fake SetThreadExecutionState -------------------------------------


def test_windows_holds_off_and_releases(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[int] = []

    def set_state(flags: int) -> int:
        calls.append(flags)
        return screensaver.ES_CONTINUOUS

    inhibitor = ScreenSaverInhibitor(platform="win32", set_execution_state=set_state)
    assert inhibitor.inhibit()
    assert inhibitor.active and inhibitor.problem is None
    inhibitor.release()
    inhibitor.release()
    assert calls == [
        screensaver.ES_CONTINUOUS
        | screensaver.ES_DISPLAY_REQUIRED
        | screensaver.ES_SYSTEM_REQUIRED,
        screensaver.ES_CONTINUOUS,
    ]


def test_windows_refusing_is_a_problem_not_a_crash() -> None:
    inhibitor = ScreenSaverInhibitor(platform="win32", set_execution_state=lambda flags: 0)
    assert not inhibitor.inhibit()
    assert inhibitor.problem is not None and "SetThreadExecutionState" in inhibitor.problem
    inhibitor.release()


def test_macos_is_a_note() -> None:
    inhibitor = ScreenSaverInhibitor(platform="darwin")
    assert not inhibitor.inhibit()
    assert inhibitor.problem is not None and inhibitor.problem.startswith("macOS")
