"""The notes sheet on its window: placed again when the window changes size, kept above the
views of a window that stacks them, moved to another window (the presenter console, and back),
and keeping the keys typed in it from the window's single-key bindings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedLayout, QWidget


class SheetHost(QObject):
    """Follows the window `sheet` is a child of; `place` lays the sheet out on it."""

    def __init__(self, sheet: QWidget, place: Callable[[], None]) -> None:
        super().__init__(sheet)
        self._sheet = sheet
        self._place = place
        parent = sheet.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)
            self._follow_views(parent, True)

    def move_to(self, parent: QWidget) -> None:
        """Move the sheet to another window, keeping its text, its visibility and its place on
        that window's side."""
        sheet = self._sheet
        old = sheet.parentWidget()
        if old is parent:
            return
        shown = sheet.isVisible()
        if old is not None:
            old.removeEventFilter(self)
            self._follow_views(old, False)
        sheet.setParent(parent)
        parent.installEventFilter(self)
        self._follow_views(parent, True)
        self._place()
        sheet.setVisible(shown)
        if shown:
            sheet.raise_()

    def _follow_views(self, parent: QWidget, follow: bool) -> None:
        """Stay above the views of a window that stacks them (the room's): showing a view
        raises it over its siblings, the sheet too, so the sheet raises itself again."""
        views = parent.layout()
        if not isinstance(views, QStackedLayout):
            return
        if follow:
            views.currentChanged.connect(self._stay_on_top)
        else:
            views.currentChanged.disconnect(self._stay_on_top)

    def _stay_on_top(self) -> None:
        if self._sheet.isVisible():
            self._sheet.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._sheet.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False


def claims_key(event: QEvent) -> bool:
    """Whether the sheet keeps a key typed in it (then `event` is accepted): the window's
    single-key bindings (Enter, F, digits, arrows, Esc) must not fire while the facilitator
    types. Page Up/Down (the clicker), function keys and Ctrl/Alt combinations still reach the
    window."""
    if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        key = event.key()
        passing = key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) or (
            Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 and key != Qt.Key.Key_F2
        )
        if not mods and not passing:
            event.accept()
            return True
    return False
