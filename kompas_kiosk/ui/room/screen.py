"""What the presenter console, the screen arrangement and kiosk mode see of the room window.

They work through the room's controller and these few parts; none of them imports the room
window itself (`ui/room/window.py` builds on this), so no import runs in a circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.room.controller import RoomController
from kompas_kiosk.ui.common.toast import Toast
from kompas_kiosk.ui.exercise.session import ExerciseSession
from kompas_kiosk.ui.room.card_view import CardView
from kompas_kiosk.ui.theme.colors import Theme

if TYPE_CHECKING:
    from kompas_kiosk.ui.notes.panel import NotesPanel


class ScreenSwitcher(Protocol):
    """Which window is on which screen (`ui/console/screens.ScreenArrangement`), as the room's
    keys C and S use it."""

    def toggle_console(self) -> None: ...

    def swap(self) -> bool: ...


class RoomScreen(QWidget):
    """The room window as others see it: what it shows comes from `controller`."""

    shown_changed = Signal()  # the room sees something else (for the presenter console)
    settings_applied = Signal(object)  # SettingsValues changed on the console: kiosk mode follows

    controller: RoomController
    card_view: CardView  # its `page_turned`: a long card's read-along page changed
    exercise: ExerciseSession  # the countdown's ticker and chime
    toast: Toast
    lang: str
    colors: Theme

    @property
    def notes_panel(self) -> NotesPanel:
        """The notes panel, made when first needed."""
        raise NotImplementedError

    def made_notes_panel(self) -> NotesPanel | None:
        """The notes panel if it has been needed yet (reading it never makes it)."""
        raise NotImplementedError

    def bring_forward(self) -> None:
        """Show the kiosk in front (a second start, kiosk mode), also when unmapped or destroyed."""
        handle = self.windowHandle()
        if self.isVisible() and (handle is None or not handle.isExposed()):
            self.destroy()  # Qt thinks it is shown, but it may be gone (windowclose): anew
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
