"""A dialog gives the keyboard back: the control that had the focus when it opened has it again
when it closes, in its window, brought to the front. Without it, closing the console's settings
page left the keys with no window (no window manager on a kiosk) or with the room screen, and
the console could not be worked from the keyboard until it was clicked."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class _FocusReturn(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._target: QWidget | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            focus = QApplication.focusWidget()
            inside = focus is not None and self._dialog.isAncestorOf(focus)
            self._target = None if focus is None or inside else focus
        elif watched is self._dialog and event.type() == QEvent.Type.Hide:
            target, self._target = self._target, None
            if target is not None and shiboken6.isValid(target) and target.isVisible():
                target.window().activateWindow()
                target.setFocus(Qt.FocusReason.PopupFocusReason)
        return False


def return_focus(dialog: QWidget) -> None:
    """Each time `dialog` closes, the focus goes back to where it was when it opened."""
    _FocusReturn(dialog)
