"""The views of the room screen: one list, used by the key table, the room state and the window."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from kompas_kiosk.core.i18n import Text

BlankColor = Literal["black", "white"]  # the clicker's blank screen: B or W


class View(StrEnum):
    """What the room sees. The values are the words of the saved room state and of the key
    table's "where" column; `EVERYWHERE` is the key table's rows that work in every view."""

    label: Text

    def __new__(cls, value: str, da: str = "", en: str = "") -> View:
        view = str.__new__(cls, value)
        view._value_ = value
        view.label = Text(da, en)
        return view

    EVERYWHERE = "global", "Overalt", "Everywhere"
    CARD = "card", "Kortet", "The card"
    EXERCISE = "exercise", "Øvelsen", "The exercise"
    OVERVIEW = "overview", "Oversigten", "The overview"
    CHOOSER = "chooser", "Valg af kortsæt", "Choosing a deck"
    BLANK = "blank"
    MESSAGE = "message"

    @property
    def remembered(self) -> bool:
        """Whether a restart shows this view again. The overview and a blank screen are
        moments: a restart shows the card."""
        return self in (View.CARD, View.EXERCISE, View.CHOOSER, View.MESSAGE)
