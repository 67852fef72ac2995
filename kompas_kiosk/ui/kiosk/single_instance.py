"""One kiosk at a time per user: a second start brings the running kiosk forward and exits.

A lock file (QLockFile, which knows a lock left by a crashed process) decides who runs; the
running kiosk listens on a local socket (QLocalServer: a Unix socket or a named pipe, never the
network, and only for this user) for the word "raise". The lock makes removing a stale socket
safe: only the lock's holder ever removes or creates the socket.
"""

from __future__ import annotations

import contextlib
import ctypes
import getpass
import logging
import re
import sys
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_MS = 1000  # a running kiosk answers at once; this only bounds a hung one


class SingleInstance(QObject):
    raise_requested = Signal()  # another start asked the running kiosk to come forward

    def __init__(self, name: str = "kompas-kiosk", parent: QObject | None = None) -> None:
        super().__init__(parent)
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", _user())
        self.server_name = f"{name}-{user}"
        self.lock_path = Path(QDir.tempPath()) / f"{self.server_name}.lock"
        self.problem: str | None = None  # why the guard does not work (the kiosk runs anyway)
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True: this is the kiosk (and it listens for later starts). False: another kiosk
        runs; it has been asked to come forward, and this one should exit."""
        if self._server is not None:
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                self._ask_to_raise()
                return False
            self._fail(f"cannot create the lock file {self.lock_path} ({self._lock.error().name})")
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # a crashed kiosk's socket; ours by the lock
        if not server.listen(self.server_name):
            self._fail(f"cannot listen on {self.server_name}: {server.errorString()}")
            return True
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.info("single instance: listening on %s", server.fullServerName())
        return True

    def release(self) -> None:
        """Stop listening and free the lock (on exit; a crash frees them too)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for client in self._clients:
            client.abort()
            client.deleteLater()
        self._clients.clear()
        if self._lock.isLocked():
            self._lock.unlock()

    def _ask_to_raise(self) -> bool:
        """Tell the running kiosk to come forward; False when it did not answer."""
        if sys.platform == "win32":  # let the running kiosk take the foreground
            with contextlib.suppress(AttributeError, OSError):
                ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        sent = socket.waitForConnected(CONNECT_MS)
        if sent:
            socket.write(RAISE)
            sent = socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
        if sent:
            log.info("another kiosk runs: asked it to come forward")
        else:  # it holds the lock, so it runs (starting, or hung): still no second kiosk
            self.problem = f"another kiosk holds {self.lock_path} but does not answer"
            log.warning("single instance: %s on %s", self.problem, self.server_name)
        return sent

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(self._on_ready_read)
            client.disconnected.connect(self._on_disconnected)
            self._read(client)

    def _on_ready_read(self) -> None:
        for client in list(self._clients):
            self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        while client.canReadLine():
            line = client.readLine(64).data()
            if line == RAISE:
                log.info("another start asked the kiosk to come forward")
                self.raise_requested.emit()
        if client.bytesAvailable() > 64:  # not one of ours: no line that long
            client.abort()

    def _on_disconnected(self) -> None:
        unconnected = QLocalSocket.LocalSocketState.UnconnectedState
        for client in [c for c in self._clients if c.state() == unconnected]:
            self._read(client)  # a message that came with the disconnect
            self._clients.remove(client)
            client.deleteLater()

    def _fail(self, problem: str) -> None:
        self.problem = problem
        log.warning("single instance: %s; running without the guard", problem)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name (a container without passwd entry)
        return "user"
