"""The console's words, said again when the UI's language changes while it runs: the captions,
the buttons and the window's title (the top line's buttons are `title_row.py`'s own); what
follows the room is refreshed in the new words."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton

from kompas_kiosk.ui.console.time_board import TimeBoard


class Console(Protocol):
    """What is said again of the console (`window.ConsoleWindow`)."""

    now_caption: QLabel
    board: TimeBoard
    more_button: QPushButton
    less_button: QPushButton
    reset_button: QPushButton
    exercise_button: QPushButton

    def setWindowTitle(self, title: str) -> None: ...
    def refresh_times(self) -> None: ...
    def on_room_changed(self) -> None: ...


def retranslate(console: Console) -> None:
    def say(source: str) -> str:  # the words of window.py, in its context of the .ts
        return QCoreApplication.translate("ConsoleWindow", source)

    console.setWindowTitle(say("Kompas Kiosk – styring"))
    console.now_caption.setText(say("Rummet ser nu"))
    captions = {
        "clock": say("Klokken"),
        "countdown": say("Nedtælling"),
        "step": say("Trinnet"),
        "elapsed": say("Forløbet"),
    }
    for name, text in captions.items():
        console.board.set_caption(name, text)
    buttons = {
        console.more_button: say("+1 minut"),
        console.less_button: say("−1 minut"),
        console.reset_button: say("Nulstil"),
        console.exercise_button: say("Vis øvelsen"),
    }
    for button, text in buttons.items():
        button.setText(text)
        button.setAccessibleName(text)
    console.refresh_times()
    console.on_room_changed()
