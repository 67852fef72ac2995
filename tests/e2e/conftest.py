"""A real X server (Xvfb) for end-to-end tests, and the kiosk started on it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll `condition` until it is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(scope="session")
def xdisplay() -> Iterator[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {', '.join(missing)} for the end-to-end tests")
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool)")
    number = next(
        n
        for n in range(90, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20, "Xvfb to start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


class Kiosk:
    """The real app as a child process on the X server; its log lines are read as they come."""

    def __init__(self, display: str, args: list[str], log_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = display
        self.display = display
        self.log_path = log_path
        self._log = open(log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kompas_kiosk", *args],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, text: str, timeout: float = 20, count: int = 1) -> None:
        """Wait until `text` has appeared in the log `count` times."""

        def seen() -> bool:
            found = self.log().count(text) >= count
            if self.process.poll() is not None and not found:
                raise AssertionError(f"the kiosk exited ({self.process.returncode}):\n{self.log()}")
            return found

        wait_for(seen, timeout, f"'{text}' in the kiosk's log:\n{self.log()}")

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            check=True,
            timeout=20,
        ).stdout

    def xdotool_maybe(self, *args: str) -> str:
        """`xdotool` where finding nothing is an answer (exit 1), not a failure."""
        return subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=20,
        ).stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self._log.close()


@pytest.fixture
def start_kiosk(xdisplay: str, tmp_path: Path) -> Iterator[Callable[..., Kiosk]]:
    started: list[Kiosk] = []

    def start(*args: str) -> Kiosk:
        kiosk = Kiosk(xdisplay, list(args), tmp_path / f"kiosk-{len(started)}.log")
        started.append(kiosk)
        return kiosk

    yield start
    for kiosk in started:
        kiosk.stop()
