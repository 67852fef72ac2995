"""Hold off the screen saver and the display's power saving while the kiosk runs.

- Linux (and other D-Bus desktops): `org.freedesktop.ScreenSaver.Inhibit` on the session bus,
  over a connection of our own. The spec ends an inhibition when its caller leaves the bus, so
  `release()` (and any exit, a crash included) closes that connection. (UnInhibit wants a
  uint32, which PySide cannot put in a message; leaving the bus ends it just as well.)
- Windows: `SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)`
  from the GUI thread; `ES_CONTINUOUS` alone releases it.
- macOS: nothing yet (a note in `problem`): set the display's sleep in System Settings.

When it cannot be done (no session bus, no screen saver service: a bare X server, a test
machine) `problem` says why in one line, logged once, and the kiosk runs on.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")  # KDE and GNOME; some have only one
CALL_TIMEOUT_MS = 2000  # a hung bus must not hold up the start

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

_HINT = "the screen may blank; turn the screen saver and display sleep off in the system settings"
_numbers = itertools.count(1)


class ScreenSaverInhibitor:
    """`inhibit()` once the application exists; `release()` on exit (aboutToQuit)."""

    def __init__(
        self,
        app_name: str = "Kompas Kiosk",
        reason: str = "Kiosken vises på skærmen",
        *,
        platform: str = sys.platform,
        bus_address: str | None = None,  # None: the session bus; tests give their own bus
        set_execution_state: Callable[[int], int] | None = None,  # tests give a fake
    ) -> None:
        self.app_name = app_name
        self.reason = reason
        self.problem: str | None = None
        self.cookie: int | None = None
        self._platform = platform
        self._bus_address = bus_address
        self._set_execution_state = set_execution_state
        self._connection_name = f"kompas-kiosk-screensaver-{next(_numbers)}"
        self._bus: Any = None
        self._windows_active = False

    @property
    def active(self) -> bool:
        return self.cookie is not None or self._windows_active

    def inhibit(self) -> bool:
        """Hold off the screen saver; False (and `problem` set and logged) when it cannot."""
        if self.active:
            return True
        if self._platform == "darwin":
            self._fail("macOS: the kiosk does not hold off display sleep yet; " + _HINT)
        elif self._platform == "win32":
            self._inhibit_windows()
        else:
            self._inhibit_dbus()
        return self.active

    def release(self) -> None:
        """Let the screen saver work again. Safe to call twice, or without `inhibit`."""
        if self._windows_active:
            self._windows_active = False
            self._execution_state(ES_CONTINUOUS)
            log.info("screen saver allowed again")
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection

            self._bus = None  # the last reference must go before the connection can close
            QDBusConnection.disconnectFromBus(self._connection_name)
            if self.cookie is not None:
                log.info("screen saver allowed again (left the bus, cookie %d)", self.cookie)
            self.cookie = None

    # -- Linux ---------------------------------------------------------------------------------

    def _inhibit_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
        except ImportError as exc:
            self._fail(f"Qt's D-Bus module is missing ({exc}); " + _HINT)
            return
        if self._bus_address is None:
            bus = QDBusConnection.connectToBus(
                QDBusConnection.BusType.SessionBus, self._connection_name
            )
        else:
            bus = QDBusConnection.connectToBus(self._bus_address, self._connection_name)
        self._bus = bus
        if not bus.isConnected():
            self._fail(f"no D-Bus session bus ({bus.lastError().message()}); " + _HINT)
            self.release()
            return
        error = ""
        for path in PATHS:
            call = QDBusMessage.createMethodCall(SERVICE, path, SERVICE, "Inhibit")
            call.setArguments([self.app_name, self.reason])
            reply = bus.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                cookie = reply.arguments()[0] if reply.arguments() else None
                if isinstance(cookie, int) and not isinstance(cookie, bool):
                    self.cookie = cookie
                    log.info("screen saver held off over D-Bus (%s, cookie %d)", path, cookie)
                    return
                error = f"an odd answer to Inhibit ({reply.signature() or 'nothing'})"
                break
            error = f"{reply.errorName()}: {reply.errorMessage()}"
            if reply.errorName() == "org.freedesktop.DBus.Error.ServiceUnknown":
                break  # no such service: no other path will help
        self._fail(
            f"no usable screen saver service on the session bus ({SERVICE}: {error}); " + _HINT
        )
        self.release()

    # -- Windows -------------------------------------------------------------------------------

    def _inhibit_windows(self) -> None:
        previous = self._execution_state(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)
        if previous == 0:
            self._fail("Windows refused SetThreadExecutionState; " + _HINT)
            return
        self._windows_active = True
        log.info("screen saver and display sleep held off (SetThreadExecutionState)")

    def _execution_state(self, flags: int) -> int:
        if self._set_execution_state is None:
            import ctypes

            function = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
            function.argtypes = [ctypes.c_uint32]
            function.restype = ctypes.c_uint32
            self._set_execution_state = function
        return int(self._set_execution_state(flags))

    def _fail(self, problem: str) -> None:
        if self.problem is None:
            log.warning("screen saver: %s", problem)
        self.problem = problem
