"""C from the note field on the console: the console's key, not a letter, while the field is
empty.

On the console the cursor waits in the note field, which keeps every single key typed in it
(`ui/notes/host.claims_key`). With one screen the console covers the room and C is the way back,
so while the field is empty (and no note is being corrected) the console's keys (`keymap`
"console") run the console's action instead of typing a letter; in the middle of a note, C is a
letter as always.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

from kompas_kiosk.core.room import keymap

CONSOLE_KEYS = frozenset(
    QKeySequence(key).toString()
    for binding in keymap.BINDINGS
    if binding.action == "console"
    for key in binding.keys
)


class ConsoleKeyPass(QObject):
    """An event filter for the note field: the console's key runs `trigger` while the field is
    empty; the field never sees it then, so no stray letter is typed (or kept as a draft)."""

    def __init__(
        self, is_empty: Callable[[], bool], trigger: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._is_empty = is_empty
        self._trigger = trigger

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or not self._is_empty():
            return False
        if QKeySequence(event.keyCombination()).toString() not in CONSOLE_KEYS:
            return False
        event.accept()  # the override: the key comes to the field, where it is taken here
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self._trigger()
        return True
