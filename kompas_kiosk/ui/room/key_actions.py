"""The key table installed on a window as QActions, each calling its handler by name.

The handlers are one plain dict from action name to function, checked against the key table
when installed: a key without a handler fails at the start, not when it is pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.views import View


class KeyActions(QObject):
    def __init__(
        self, window: QWidget, handlers: Mapping[str, Callable[[str], object]], lang: str
    ) -> None:
        super().__init__(window)
        keymap.check_handlers(handlers)
        self._actions: list[tuple[keymap.Binding, QAction]] = []
        self._handlers: dict[QAction, Callable[[str], object]] = {}
        for binding in keymap.BINDINGS:
            for key in binding.keys:
                action = QAction(binding.describe(lang), window)
                action.setObjectName(f"{binding.action}:{key}")
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setData(key)
                action.triggered.connect(self._on_action)
                window.addAction(action)
                self._actions.append((binding, action))
                self._handlers[action] = handlers[binding.action]

    def _on_action(self) -> None:
        # One slot for every action, found by its sender: PySide6 mishandles references held
        # by many lambda slots (a 'deallocating None' crash after many key presses).
        action = self.sender()
        assert isinstance(action, QAction)
        self._handlers[action](action.data())

    def enable_for(self, view: View) -> None:
        """Only the keys of `view` and those that work everywhere."""
        for binding, action in self._actions:
            action.setEnabled(binding.context in (View.EVERYWHERE, view))

    def actions_for(self, action_name: str) -> list[QAction]:
        return [a for b, a in self._actions if b.action == action_name]
