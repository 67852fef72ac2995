"""A stand-in org.freedesktop.ScreenSaver service for the tests, run as its own process.

    python fake_screensaver.py <bus address> [--odd]

It prints one line per event, flushed: `ready`, `inhibit <app>|<reason> -> <cookie>`,
`uninhibit <cookie>`, and `released <cookie>` when the caller leaves the bus (as real services
do: the spec ends an inhibition when its caller disconnects). With --odd, Inhibit answers with
text instead of a cookie.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusServiceWatcher,
    QDBusVirtualObject,
)

SERVICE = "org.freedesktop.ScreenSaver"


class FakeScreenSaver(QDBusVirtualObject):
    """Handles the raw messages, so it knows who called (a Python QDBusContext cannot)."""

    def __init__(self, bus: QDBusConnection, odd: bool = False) -> None:
        super().__init__()
        self._odd = odd
        self._next = 41
        self._callers: dict[str, int] = {}
        self._watcher = QDBusServiceWatcher(self)
        self._watcher.setConnection(bus)
        self._watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        self._watcher.serviceUnregistered.connect(self._on_gone)

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.interface() != SERVICE:
            return False
        arguments = message.arguments()
        if message.member() == "Inhibit" and message.signature() == "ss":
            self._next += 1
            self._callers[message.service()] = self._next
            self._watcher.addWatchedService(message.service())
            print(f"inhibit {arguments[0]}|{arguments[1]} -> {self._next}", flush=True)
            reply = message.createReply()
            reply.setArguments(["not a cookie"] if self._odd else [self._next])
            connection.send(reply)
            return True
        if message.member() == "UnInhibit" and message.signature() == "u":
            print(f"uninhibit {arguments[0]}", flush=True)
            connection.send(message.createReply())
            return True
        return False

    def _on_gone(self, caller: str) -> None:
        cookie = self._callers.pop(caller, None)
        if cookie is not None:
            print(f"released {cookie}", flush=True)


def main() -> None:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-screensaver")
    service = FakeScreenSaver(bus, odd="--odd" in sys.argv)
    if not bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service):
        sys.exit("cannot register the object")
    if not bus.registerService(SERVICE):
        sys.exit("cannot register the service")
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
