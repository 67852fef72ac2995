"""One kiosk per data folder: a second start on the same folder brings the running kiosk
forward and exits; kiosks on different folders run side by side.

The lock on the data folder itself (`core/kiosk/data_lock.py`, the operating system's, gone with
a crashed process) decides who runs, whatever TMPDIR or display a kiosk has. The running kiosk
listens on a local socket named after the folder (QLocalServer: a Unix socket in the user's
runtime folder, or /tmp, never TMPDIR; a named pipe on Windows; never the network, and only for
this user) for the word "raise". The lock makes removing a stale socket safe: only the lock's
holder ever removes or creates the socket. A folder that cannot be locked (read-only) does not
stop the kiosk: `problem` says why.

The kiosk takes the lock before its first frame (`take`) and listens after it (`listen`):
QtNetwork is loaded only then, and only the lock decides who runs.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kompas_kiosk.core.kiosk.data_lock import DataLock, Lock

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_MS = 1000  # a running kiosk answers at once; this only bounds a hung one


class SingleInstance(QObject):
    raise_requested = Signal()  # another start asked the running kiosk to come forward

    def __init__(
        self, data: Path, name: str = "kompas-kiosk", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", _user())
        folder = hashlib.sha256(os.fsencode(data.resolve())).hexdigest()[:16]
        self.server_name = socket_name(f"{name}-{user}-{folder}")
        self.data = data
        self.lock = DataLock(data)
        self.lock_path = self.lock.path
        self.problem: str | None = None  # why the guard does not work (the kiosk runs anyway)
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []
        self._held: Lock | None = None  # HELD or UNAVAILABLE: this is the kiosk

    def acquire(self) -> bool:
        """True: this is the kiosk (and it listens for later starts). False: another kiosk
        runs; it has been asked to come forward, and this one should exit."""
        return self.take() and (self.listen() or True)

    def take(self) -> bool:
        """The lock alone (no QtNetwork): True, this is the kiosk; False: another kiosk runs,
        it has been asked to come forward, and this one should exit."""
        if self._held is not None:
            return True
        locked = self.lock.acquire()
        if locked is Lock.TAKEN:
            self._ask_to_raise()
            return False
        self._held = locked
        if locked is Lock.UNAVAILABLE:
            self._fail(f"cannot lock the data folder ({self.lock.problem})")
        return True

    def listen(self) -> bool:
        """Once the lock is ours, listen for later starts asking to come forward."""
        if self._server is not None:
            return True
        if self._held is not Lock.HELD:  # no lock, no socket: a stale one is not ours to remove
            return False
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # a crashed kiosk's socket; ours by the lock
        if not server.listen(self.server_name):
            self._fail(f"cannot listen on {self.server_name}: {server.errorString()}")
            return False
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
        self.lock.release()
        self._held = None

    def _ask_to_raise(self) -> bool:
        """Tell the running kiosk to come forward; False when it did not answer."""
        if sys.platform == "win32":  # let the running kiosk take the foreground
            import ctypes

            with contextlib.suppress(AttributeError, OSError):
                ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        from PySide6.QtNetwork import QLocalSocket

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
        from PySide6.QtNetwork import QLocalSocket

        unconnected = QLocalSocket.LocalSocketState.UnconnectedState
        for client in [c for c in self._clients if c.state() == unconnected]:
            self._read(client)  # a message that came with the disconnect
            self._clients.remove(client)
            client.deleteLater()

    def _fail(self, problem: str) -> None:
        self.problem = problem
        log.warning("single instance: %s; running without the guard", problem)


def socket_name(name: str) -> str:
    """Where the socket is: the user's runtime folder, else /tmp, never TMPDIR (two kiosks
    with other TMPDIRs on one folder must meet); a plain name (a named pipe) on Windows."""
    if sys.platform == "win32":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path("/tmp")
    return str(folder / name)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name (a container without passwd entry)
        return "user"
