"""SIGTERM and SIGINT close the kiosk as Ctrl+Q does: the draft and the notes are kept.

`systemctl restart`, a logout and Ctrl+C in a terminal send a signal; by default the process
dies at once. A Python signal handler runs only when the interpreter gets control, which it does
not while Qt waits for events. So the signal's number is written to a socket
(``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the event loop wakes up and calls
``on_signal(number)`` on the main thread, where closing the window is safe.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """While it lives (and until ``uninstall``), SIGTERM and SIGINT call `on_signal`."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, _note) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    def _read(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            for number in self._reader.recv(64):
                if number in STOP_SIGNALS:
                    self._on_signal(number)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note(number: int, frame: object) -> None:
    """The Python-level handler: nothing to do here, the wakeup socket carries the signal."""
