"""SIGTERM and SIGINT close the kiosk as Ctrl+Q does: the draft and the notes are kept.

`systemctl restart`, a logout and Ctrl+C in a terminal send a signal; by default the process
dies at once. A Python signal handler runs only when the interpreter gets control, which it does
not while Qt waits for events. So the signal's number is written to a pipe (a socket pair on
Windows; ``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the event loop wakes up
and calls ``on_signal(number)`` on the main thread, where closing the window is safe.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """While it lives (and until ``uninstall``), SIGTERM and SIGINT call `on_signal`."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer, self._close = _wakeup_pair()
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            for number in _receive(self._reader):
                if number in STOP_SIGNALS:
                    self._on_signal(number)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._close()


def quit_on_signals(app: QCoreApplication, quit_now: Callable[[], object]) -> None:
    """SIGTERM (systemctl restart, a logout) and SIGINT (Ctrl+C) close the kiosk as Ctrl+Q
    does, past a kiosk PIN: the draft and the notes are saved (or rescued) and it exits 0."""

    def stop(number: int) -> None:
        log.info("%s: closing the kiosk as with Ctrl+Q", signal.Signals(number).name)
        quit_now()

    stops = StopSignals(stop, app)
    app.aboutToQuit.connect(stops.uninstall)


def _wakeup_pair() -> tuple[int, int, Callable[[], None]]:
    """The reading and the writing end, both non-blocking, and how to close them: a pipe (no
    `socket` module on the first frame's path), or a socket pair where only sockets wake."""
    if sys.platform == "win32":
        import socket

        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)

        def close_sockets() -> None:
            reader.close()
            writer.close()

        return reader.fileno(), writer.fileno(), close_sockets
    read_end, write_end = os.pipe()
    for end in (read_end, write_end):
        os.set_blocking(end, False)

    def close_pipe() -> None:
        os.close(read_end)
        os.close(write_end)

    return read_end, write_end, close_pipe


def _receive(reader: int) -> bytes:
    if sys.platform == "win32":
        import socket

        with socket.socket(fileno=reader) as end:
            try:
                return end.recv(64)
            finally:
                end.detach()
    return os.read(reader, 64)


def _note(number: int, frame: object) -> None:
    """The Python-level handler: nothing to do here, the wakeup socket carries the signal."""
