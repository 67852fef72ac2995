"""The one table of key bindings.

Every key the kiosk answers to is listed here, with the view it works in and what it does, in
Danish and English. The UI installs the table as actions; the README's key table and the tests
walk the same rows. Keys are written in Qt's portable key-sequence text ("PgDown", "Ctrl+Q").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Context = Literal["global", "card", "exercise", "overview", "chooser"]

# The views the keys work in, in the order the key table is shown: (Danish, English).
VIEWS: dict[str, tuple[str, str]] = {
    "global": ("Overalt", "Everywhere"),
    "card": ("Kortet", "The card"),
    "exercise": ("Øvelsen", "The exercise"),
    "overview": ("Oversigten", "The overview"),
    "chooser": ("Valg af kortsæt", "Choosing a deck"),
}


@dataclass(frozen=True)
class Binding:
    action: str
    keys: tuple[str, ...]
    context: Context
    da: str
    en: str

    def describe(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


BINDINGS: tuple[Binding, ...] = (
    Binding(
        "next",
        ("PgDown", "Right", "Down"),
        "card",
        "Næste (klikkerens 'frem'): vender først kortet, så næste kort",
        "Next (the clicker's 'next'): turns the card over first, then the next card",
    ),
    Binding(
        "previous",
        ("PgUp", "Left", "Up"),
        "card",
        "Forrige (klikkerens 'tilbage')",
        "Previous (the clicker's 'back')",
    ),
    Binding("first", ("Home",), "card", "Første kort", "First card"),
    Binding("last", ("End",), "card", "Sidste kort", "Last card"),
    Binding(
        "digit",
        tuple(str(digit) for digit in range(10)),
        "card",
        "Gå til kort nummer … (tast nummeret, fx 0\u00a07)",
        "Go to card number … (type the number, e.g. 0\u00a07)",
    ),
    Binding(
        "jump",
        ("Return", "Enter"),
        "card",
        "Vend kortet – eller gå til det tastede nummer",
        "Turn the card over – or go to the typed number",
    ),
    Binding(
        "flip",
        ("F",),
        "card",
        "Vend kortet om til refleksionerne og tilbage",
        "Turn the card over to the reflections and back",
    ),
    Binding(
        "exercise",
        ("E", "F5"),
        "card",
        "Øvelsen med nedtælling (klikkerens start-knap)",
        "The exercise with its countdown (the clicker's start button)",
    ),
    Binding(
        "escape",
        ("Esc",),
        "card",
        "Tryk to gange inden for 2 sekunder for at lukke",
        "Press twice within 2 seconds to close",
    ),
    Binding(
        "exercise_toggle",
        ("Space", "PgDown", "Right"),
        "exercise",
        "Start, pause og fortsæt nedtællingen",
        "Start, pause and resume the countdown",
    ),
    Binding(
        "exercise_more",
        ("+", "=", "PgUp"),
        "exercise",
        "Et minut mere",
        "One more minute",
    ),
    Binding("exercise_less", ("-",), "exercise", "Et minut mindre", "One minute less"),
    Binding(
        "exercise_reset",
        ("R",),
        "exercise",
        "Nulstil nedtællingen",
        "Reset the countdown",
    ),
    Binding(
        "exercise_back",
        ("Esc", "E", "F5"),
        "exercise",
        "Tilbage til kortet; nedtællingen kører videre",
        "Back to the card; the countdown runs on",
    ),
    Binding("mute", ("M",), "global", "Lyd fra og til", "Sound off and on"),
    Binding(
        "notes",
        ("N",),
        "global",
        "Noter: skriv, ret og gem som fil (Enter gemmer, Esc lukker)",
        "Notes: write, edit and save as a file (Enter saves, Esc closes)",
    ),
    Binding(
        "share",
        ("H",),
        "global",
        "Del det halvfærdige: vis kortets noter stort for rummet, og skjul dem igen",
        "Share the half-finished: show the card's notes large to the room, and hide them",
    ),
    Binding(
        "overview",
        ("G", "Tab"),
        "card",
        "Oversigt over kortsættets kort",
        "Overview of the deck's cards",
    ),
    Binding(
        "overview_move",
        ("Left", "Right", "Up", "Down"),
        "overview",
        "Flyt markeringen",
        "Move the selection",
    ),
    Binding(
        "overview_open",
        ("Return", "Enter", "Space", "F5"),
        "overview",
        "Vis det markerede kort",
        "Show the selected card",
    ),
    Binding("overview_first", ("Home",), "overview", "Første kort", "First card"),
    Binding("overview_last", ("End",), "overview", "Sidste kort", "Last card"),
    Binding("overview_next_page", ("PgDown",), "overview", "Næste side", "Next page"),
    Binding("overview_previous_page", ("PgUp",), "overview", "Forrige side", "Previous page"),
    Binding(
        "overview_back",
        ("Esc", "G", "Tab"),
        "overview",
        "Tilbage til kortet",
        "Back to the card",
    ),
    Binding(
        "blank_black",
        ("B", "."),
        "global",
        "Sort skærm (klikkerens sluk-knap); en tast vender tilbage",
        "Black screen (the clicker's blank button); any key returns",
    ),
    Binding(
        "blank_white",
        ("W",),
        "global",
        "Hvid skærm; en tast vender tilbage",
        "White screen; any key returns",
    ),
    Binding("help", ("F1", "?"), "global", "Vis tasterne", "Show the keys"),
    Binding(
        "console",
        ("C",),
        "global",
        "Styringen: over rummets skærm med én skærm, ellers frem",
        "The console: over the room screen with one screen, else to the front",
    ),
    Binding(
        "swap_screens",
        ("S",),
        "global",
        "Byt skærme mellem rummet og styringen",
        "Swap the room's and the console's screens",
    ),
    Binding("choose_deck", ("D",), "global", "Vælg kortsæt", "Choose a deck"),
    Binding("next_deck", ("Ctrl+PgDown",), "global", "Næste kortsæt", "Next deck"),
    Binding(
        "previous_deck",
        ("Ctrl+PgUp",),
        "global",
        "Forrige kortsæt",
        "Previous deck",
    ),
    Binding(
        "reload",
        ("Ctrl+R",),
        "global",
        "Indlæs kortsættene igen fra disken",
        "Reload the decks from disk",
    ),
    Binding("quit", ("Ctrl+Q",), "global", "Luk kiosken", "Close the kiosk"),
    Binding(
        "chooser_next",
        ("PgDown", "Right", "Down"),
        "chooser",
        "Næste kortsæt i listen",
        "Next deck in the list",
    ),
    Binding(
        "chooser_previous",
        ("PgUp", "Left", "Up"),
        "chooser",
        "Forrige kortsæt i listen",
        "Previous deck in the list",
    ),
    Binding(
        "chooser_open",
        ("Return", "Enter", "Space", "F5"),
        "chooser",
        "Åbn det valgte kortsæt",
        "Open the chosen deck",
    ),
    Binding(
        "chooser_back",
        ("Esc",),
        "chooser",
        "Tilbage til kortet",
        "Back to the card",
    ),
)


def bindings_for(context: Context) -> tuple[Binding, ...]:
    return tuple(binding for binding in BINDINGS if binding.context == context)


def binding(action: str) -> Binding:
    for candidate in BINDINGS:
        if candidate.action == action:
            return candidate
    raise KeyError(action)
