"""Which screen the room sees and which one the facilitator sees, as screens come and go.

With two screens, the room window is fullscreen on the room screen (the largest, unless told)
and the presenter console on another. With one screen, the console becomes an overlay on the
room screen that C shows and hides. A screen plugged in or pulled out rearranges both windows;
the countdown and the notes live on, untouched, in the room window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.screen import RoomScreen

log = logging.getLogger(__name__)


def largest(screens: list[QScreen], primary: QScreen | None) -> QScreen:
    """The screen the room sees by default: the largest; the primary one when equal."""
    return max(screens, key=lambda s: (s.size().width() * s.size().height(), s is not primary))


def room_screen(number: int | None, name: str | None) -> QScreen | None:
    """The screen the room sees: the one numbered, else the one named in the settings (while
    it is plugged in), else the largest. None: no screen has that number."""
    screens = QGuiApplication.screens()
    if number is not None:
        return screens[number] if 0 <= number < len(screens) else None
    named = [screen for screen in screens if screen.name() == name]
    return named[0] if named else largest(screens, QGuiApplication.primaryScreen())


def place(window: QWidget, screen: QScreen, windowed: bool, role: str) -> None:
    """Fullscreen on `screen`, placed on its geometry first so that it also works without a
    window manager; or a window on that screen for preparing a workshop."""
    geometry = screen.geometry()
    log.info(
        "%s screen: %s at %d,%d %dx%d",
        role,
        screen.name(),
        geometry.x(),
        geometry.y(),
        geometry.width(),
        geometry.height(),
    )
    window.setScreen(screen)
    if windowed:
        window.showNormal()
        window.resize(min(1280, geometry.width()), min(720, geometry.height()))
        window.move(geometry.topLeft())
        window.show()
        return
    window.setGeometry(geometry)
    window.showFullScreen()


class ScreenArrangement(QObject):
    def __init__(
        self,
        room: RoomScreen,
        console: ConsoleWindow,
        *,
        room_screen: int | None = None,
        console_screen: int | None = None,
        room_name: str | None = None,
        console_name: str | None = None,
        windowed: bool = False,
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
    ) -> None:
        super().__init__(room)
        self.room, self.console = room, console
        self._screens = screens
        self._windowed = windowed
        found = screens()
        # A number from the command line wins; a name from the settings is used while that
        # screen is plugged in.
        self._room_name = found[room_screen].name() if room_screen is not None else room_name
        self._console_name = (
            found[console_screen].name() if console_screen is not None else console_name
        )
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.screenAdded.connect(self._on_screens_changed)
        app.screenRemoved.connect(self._on_screens_changed)

    @property
    def single(self) -> bool:
        return len(self._screens()) < 2

    def _pick(self) -> tuple[QScreen, QScreen | None]:
        screens = self._screens()
        by_name = {screen.name(): screen for screen in screens}
        room = by_name.get(self._room_name or "") or largest(
            screens, QGuiApplication.primaryScreen()
        )
        others = [screen for screen in screens if screen is not room]
        console = by_name.get(self._console_name or "")
        if console is None or console is room:
            console = others[0] if others else None
        return room, console

    def arrange(self) -> None:
        room, console = self._pick()
        place(self.room, room, self._windowed, "room")
        if console is None:
            self.console.hide()  # one screen: C shows the console over the room
            log.info("one screen: the console is an overlay, shown with C")
        else:
            place(self.console, console, self._windowed, "console")

    def swap(self) -> bool:
        """S: the room and the console change screens."""
        room, console = self._pick()
        if console is None:
            return False
        self._room_name, self._console_name = console.name(), room.name()
        self.arrange()
        return True

    def toggle_console(self) -> None:
        """C: the console over the room screen (one screen), or to the front (two)."""
        if self.console.isVisible() and self.single:
            self.console.hide()
            self.room.activateWindow()
            return
        room, console = self._pick()
        place(self.console, console or room, self._windowed, "console")
        self.console.raise_()
        self.console.activateWindow()

    def _on_screens_changed(self, screen: QScreen) -> None:
        count = len(self._screens())
        log.info("screens changed (%s): %d now", screen.name(), count)
        # Qt finishes moving windows off a removed screen first; arrange after it.
        QTimer.singleShot(0, self.arrange)
        self.room.toast.show_text(
            self.tr("Skærmene er ændret: %n skærm(e)", "", count)
            if count != 1
            else self.tr("Kun én skærm: tryk C for styringen"),
            4,
        )
