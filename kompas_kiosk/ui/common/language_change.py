"""Saying a widget's words again when the UI's language changes while the kiosk runs.

Installing or removing a translator makes Qt send every widget a `QEvent.LanguageChange`;
`on_language_change(widget, retranslate)` calls `retranslate` when `widget` gets it, so a widget
that set its words once, when it was built, sets them again in the new language. Only a change
of the kiosk's language counts (`application.set_ui_language`): an event that changes nothing
(a late one, another catalogue) leaves the widget as it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.application import ui_language


class _LanguageChange(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        self._lang = ui_language()  # the words it has now
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = event.type() == QEvent.Type.LanguageChange and ui_language() != self._lang
        if watched is self.parent() and changed:  # not for a catalogue that changes no word here
            self._lang = ui_language()
            self._retranslate()
        return False


def on_language_change(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call `retranslate` each time the UI's language changes (for as long as `widget` lives)."""
    _LanguageChange(widget, retranslate)
