"""Tab and Shift+Tab move the focus on the console, from control to control.

The console carries the room's key table, where Tab opens the overview (a clicker's key). On a
console button Tab then opened and closed the room's overview instead of moving on: the
keyboard was caught there (after closing »Indstillinger« the focus came back to its button, and
stayed). On the console the keyboard's own Tab comes first; on the room screen, and with G, the
overview is as before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class _TabMovesFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _TAB_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()  # no shortcut: the key goes to the control, which moves the focus
            return True
        return False


def tab_moves_focus(console: QWidget) -> None:
    console.installEventFilter(_TabMovesFocus(console))
