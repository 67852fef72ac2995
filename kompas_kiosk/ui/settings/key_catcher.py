"""A button that learns one key: pressed, it waits for the next key (a clicker's button) and
says which key it was, in Qt's portable key text ("PgDown", "Shift+F5", "Volume Up")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

_MODIFIERS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_unknown,
}


class KeyCatcher(QPushButton):
    caught = Signal(str)  # the key pressed while listening

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setCheckable(True)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _show_state(self, listening: bool) -> None:
        self.setText(self.tr("Tryk på klikkerens knap …") if listening else self.tr("Lær"))

    def event(self, event: QEvent) -> bool:
        if not self.isChecked():
            return super().event(event)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is ours: no shortcut, no default button takes it
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if Qt.Key(event.key()) in _MODIFIERS:
                return True
            key = QKeySequence(event.keyCombination()).toString(
                QKeySequence.SequenceFormat.PortableText
            )
            self.setChecked(False)
            self.caught.emit(key)
            return True
        if event.type() == QEvent.Type.FocusOut:
            self.setChecked(False)
        return super().event(event)
