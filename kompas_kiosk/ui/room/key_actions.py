"""The key table installed on a window as QActions, each calling its handler by name.

The handlers are one plain dict from action name to function, checked against the key table
when installed: a key without a handler fails at the start, not when it is pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.core.room import clicker, keymap
from kompas_kiosk.core.room.views import View


class KeyActions(QObject):
    def __init__(
        self,
        window: QWidget,
        handlers: Mapping[str, Callable[[str], object]],
        lang: str,
        bindings: Sequence[keymap.Binding] = keymap.BINDINGS,
    ) -> None:
        super().__init__(window)
        keymap.check_handlers(handlers)
        self._window = window
        self._lang = lang
        self._handler_of = dict(handlers)
        self._view: View | None = None
        self._actions: list[tuple[keymap.Binding, QAction]] = []
        self._handlers: dict[QAction, Callable[[str], object]] = {}
        self.bindings: tuple[keymap.Binding, ...] = ()
        self.install(bindings)

    def learn(self, learned: clicker.Learned) -> None:
        """The key table with a taught clicker's keys (none: the default table)."""
        self.install(clicker.effective_bindings(learned))

    def set_lang(self, lang: str) -> None:
        """The actions' names in `lang` (what a screen reader and the key table say)."""
        self._lang = lang
        for binding, action in self._actions:
            action.setText(binding.describe(lang))

    def shown_bindings(self) -> Sequence[keymap.Binding]:
        """The rows the key table on the screen shows: the keys installed now."""
        return self.bindings

    def install(self, bindings: Sequence[keymap.Binding]) -> None:
        """Put `bindings` in place of the keys installed so far (a clicker was taught)."""
        for _binding, action in self._actions:
            self._window.removeAction(action)
            # Deleted now, through the binding, so that no wrapper outlives its action (with
            # deleteLater a later widget at the freed address found a dead wrapper: a crash).
            shiboken6.delete(action)
        self._actions.clear()
        self._handlers.clear()
        self.bindings = tuple(bindings)
        for binding in self.bindings:
            for key in binding.keys:
                action = QAction(binding.describe(self._lang), self._window)
                action.setObjectName(f"{binding.action}:{key}")
                action.setShortcut(QKeySequence(key))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.setData(key)
                action.triggered.connect(self._on_action)
                self._window.addAction(action)
                self._actions.append((binding, action))
                self._handlers[action] = self._handler_of[binding.action]
        if self._view is not None:
            self.enable_for(self._view)

    def _on_action(self) -> None:
        # One slot for every action, found by its sender: PySide6 mishandles references held
        # by many lambda slots (a 'deallocating None' crash after many key presses).
        action = self.sender()
        assert isinstance(action, QAction)
        self._handlers[action](action.data())

    def enable_for(self, view: View) -> None:
        """Only the keys of `view` and those that work everywhere."""
        self._view = view
        for binding, action in self._actions:
            action.setEnabled(binding.context in (View.EVERYWHERE, view))

    def actions_for(self, action_name: str) -> list[QAction]:
        return [a for b, a in self._actions if b.action == action_name]

    def press(self, event: QKeyEvent) -> None:
        """A key pressed before the room was there (on the first picture), handled as if
        pressed now: the enabled action it is the shortcut of, else the focused widget's own
        key handling. As with a key pressed now, a focused field that wants the key (a letter,
        Esc in a dialog: Qt's ShortcutOverride) takes it before the key table. Shift and the
        keypad count as Qt's shortcuts count them."""
        focus = self._window.focusWidget() or self._window
        override = QKeyEvent(
            QEvent.Type.ShortcutOverride, event.key(), event.modifiers(), event.text()
        )
        override.ignore()
        QApplication.sendEvent(focus, override)
        if override.isAccepted():
            QApplication.sendEvent(focus, event)
            return
        combination = event.keyCombination()
        modifiers = combination.keyboardModifiers()
        tries = [QKeySequence(combination)]
        for loose in (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier):
            if modifiers & loose:
                tries.append(QKeySequence(QKeyCombination(modifiers & ~loose, combination.key())))
        for sequence in tries:
            for _binding, action in self._actions:
                if action.isEnabled() and action.shortcut() == sequence:
                    action.trigger()
                    return
        QApplication.sendEvent(focus, event)
