"""A real X server (Xvfb) for end-to-end tests, and the kiosk started on it."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "xdotool")
# Limits for waits that end as soon as their condition holds: they cost nothing on a fast machine
# and keep a loaded one (CI on a bad day, a second test run) from failing for want of patience.
START = 120.0  # a process (Xvfb, the kiosk) to come up and say so
STEP = 60.0  # one thing the kiosk or a tool does in answer to a key


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    """Poll `condition` until it is true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def read_line(fd: int, timeout: float, what: str) -> str:
    """The first line written to `fd`, read as it comes; empty if the writer closed it first."""
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        chunk = os.read(fd, 64)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


@pytest.fixture(scope="session")
def xdisplay() -> Iterator[str]:
    """Xvfb on a display number of its own choosing: `-displayfd` has it write the number to a
    pipe once it accepts connections, so there is no race for a number and no guessing when."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {', '.join(missing)} for the end-to-end tests")
        pytest.skip(f"needs {', '.join(missing)} (apt-get install xvfb xdotool)")
    read_end, write_end = os.pipe()
    # Its messages go to a file, not a pipe: a chatty server never blocks on a full pipe.
    with tempfile.TemporaryFile() as errors:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24"]
            + ["-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        os.close(write_end)  # the server holds the only writer: its exit ends the read below
        try:
            number = read_line(read_end, START, "Xvfb to accept connections")
            if not number:
                server.wait(timeout=START)
                errors.seek(0)
                said = errors.read().decode(errors="replace")
                raise AssertionError(f"Xvfb did not start:\n{said}")
            yield f":{number}"
        finally:
            os.close(read_end)
            server.terminate()
            server.wait(timeout=START)


class Kiosk:
    """The real app as a child process on the X server; its log lines are read as they come."""

    def __init__(self, display: str, args: list[str], log_path: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["DISPLAY"] = display
        home = log_path.parent / "home"  # each test's own notes, settings and cache
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[name] = str(home / name.removeprefix("XDG_").removesuffix("_HOME").lower())
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

    def wait_log(self, text: str, timeout: float = START, count: int = 1) -> None:
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
            timeout=STEP,
        ).stdout

    def xdotool_maybe(self, *args: str) -> str:
        """`xdotool` where finding nothing is an answer (exit 1), not a failure."""
        return subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=STEP,
        ).stdout

    @contextlib.contextmanager
    def keyboard(self, layout: str) -> Iterator[None]:
        """The X server's keyboard in `layout`, put back to "us" afterwards.

        `xdotool type` sends a character missing from the keyboard (ø on "us") by mapping a
        spare key to it and back again; on a loaded machine the kiosk reads the key after the
        mapping went back and the character is lost. On a layout that has it, nothing is mapped.
        """
        subprocess.run(["setxkbmap", "-display", self.display, layout], check=True, timeout=STEP)
        try:
            yield
        finally:
            subprocess.run(["setxkbmap", "-display", self.display, "us"], check=True, timeout=STEP)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=START)
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
