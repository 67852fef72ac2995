"""The one table of key bindings.

Every key the kiosk answers to is listed here, with the view it works in and what it does, in
Danish and English. The UI installs the table as actions; the README's key table and the tests
walk the same rows. Keys are written in Qt's portable key-sequence text ("PgDown", "Ctrl+Q").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.views import View


@dataclass(frozen=True)
class Binding:
    action: str
    keys: tuple[str, ...]
    context: View
    da: str
    en: str

    def describe(self, lang: str) -> str:
        return Text(self.da, self.en).format(lang)


BINDINGS: tuple[Binding, ...] = (
    Binding(
        "next",
        ("PgDown", "Right", "Down"),
        View.CARD,
        "Næste (klikkerens „frem“): vender først kortet, så næste kort; mens noterne deles "
        "først til deres nyere sider",
        "Next (the clicker's 'next'): turns the card over first, then the next card; while the "
        "notes are shared, first to their newer pages",
    ),
    Binding(
        "previous",
        ("PgUp", "Left", "Up"),
        View.CARD,
        "Forrige (klikkerens „tilbage“); mens noterne deles først til deres ældre sider",
        "Previous (the clicker's 'back'); while the notes are shared, first to their older pages",
    ),
    Binding("first", ("Home",), View.CARD, "Første kort", "First card"),
    Binding("last", ("End",), View.CARD, "Sidste kort", "Last card"),
    Binding(
        "digit",
        tuple(str(digit) for digit in range(10)),
        View.CARD,
        "Gå til kort nummer … (tast nummeret, fx 0\u00a07)",
        "Go to card number … (type the number, e.g. 0\u00a07)",
    ),
    Binding(
        "jump",
        ("Return", "Enter"),
        View.CARD,
        "Vend kortet – eller gå til det tastede nummer",
        "Turn the card over – or go to the typed number",
    ),
    Binding(
        "flip",
        ("F",),
        View.CARD,
        "Vend kortet om til refleksionerne og tilbage",
        "Turn the card over to the reflections and back",
    ),
    Binding(
        View.EXERCISE,
        ("E", "F5"),
        View.CARD,
        "Øvelsen med nedtælling (klikkerens start-knap)",
        "The exercise with its countdown (the clicker's start button)",
    ),
    Binding(
        "escape",
        ("Esc",),
        View.CARD,
        "Tryk to gange inden for 2 sekunder for at lukke",
        "Press twice within 2 seconds to close",
    ),
    Binding(
        "exercise_toggle",
        ("Space", "PgDown", "Right"),
        View.EXERCISE,
        "Start, pause og fortsæt nedtællingen",
        "Start, pause and resume the countdown",
    ),
    Binding(
        "exercise_more",
        ("+", "=", "PgUp"),
        View.EXERCISE,
        "Et minut mere",
        "One more minute",
    ),
    Binding("exercise_less", ("-",), View.EXERCISE, "Et minut mindre", "One minute less"),
    Binding(
        "exercise_reset",
        ("R",),
        View.EXERCISE,
        "Nulstil nedtællingen",
        "Reset the countdown",
    ),
    Binding(
        "exercise_back",
        ("Esc", "E", "F5"),
        View.EXERCISE,
        "Tilbage til kortet; nedtællingen kører videre",
        "Back to the card; the countdown runs on",
    ),
    Binding("mute", ("M",), View.EVERYWHERE, "Lyd fra og til", "Sound off and on"),
    Binding(
        "notes",
        ("N",),
        View.EVERYWHERE,
        "Noter: skriv, ret og gem som fil (Enter gemmer, Esc lukker)",
        "Notes: write, edit and save as a file (Enter saves, Esc closes)",
    ),
    Binding(
        "share",
        ("H",),
        View.EVERYWHERE,
        "Del det halvfærdige: vis kortets noter stort for rummet, og skjul dem igen",
        "Share the half-finished: show the card's notes large to the room, and hide them",
    ),
    Binding(
        "new_workshop",
        ("Ctrl+N",),
        View.EVERYWHERE,
        "Ny workshop: noterne fra nu af hører til en ny workshop (navn og sted)",
        "New workshop: the notes from now on belong to a new workshop (name and place)",
    ),
    Binding(
        View.OVERVIEW,
        ("G", "Tab"),
        View.CARD,
        "Oversigt over kortsættets kort",
        "Overview of the deck's cards",
    ),
    Binding(
        "overview_move",
        ("Left", "Right", "Up", "Down"),
        View.OVERVIEW,
        "Flyt markeringen",
        "Move the selection",
    ),
    Binding(
        "overview_open",
        ("Return", "Enter", "Space", "F5"),
        View.OVERVIEW,
        "Vis det markerede kort",
        "Show the selected card",
    ),
    Binding("overview_first", ("Home",), View.OVERVIEW, "Første kort", "First card"),
    Binding("overview_last", ("End",), View.OVERVIEW, "Sidste kort", "Last card"),
    Binding("overview_next_page", ("PgDown",), View.OVERVIEW, "Næste side", "Next page"),
    Binding("overview_previous_page", ("PgUp",), View.OVERVIEW, "Forrige side", "Previous page"),
    Binding(
        "overview_back",
        ("Esc", "G", "Tab"),
        View.OVERVIEW,
        "Tilbage til kortet",
        "Back to the card",
    ),
    Binding(
        "blank_black",
        ("B", "."),
        View.EVERYWHERE,
        "Sort skærm (klikkerens sluk-knap); en tast vender tilbage",
        "Black screen (the clicker's blank button); any key returns",
    ),
    Binding(
        "blank_white",
        ("W",),
        View.EVERYWHERE,
        "Hvid skærm; en tast vender tilbage",
        "White screen; any key returns",
    ),
    Binding("help", ("F1", "?"), View.EVERYWHERE, "Vis tasterne", "Show the keys"),
    Binding(
        "console",
        ("C",),
        View.EVERYWHERE,
        "Styringen: over rummets skærm med én skærm, ellers frem",
        "The console: over the room screen with one screen, else to the front",
    ),
    Binding(
        "swap_screens",
        ("S",),
        View.EVERYWHERE,
        "Byt skærme mellem rummet og styringen",
        "Swap the room's and the console's screens",
    ),
    Binding("choose_deck", ("D",), View.EVERYWHERE, "Vælg kortsæt", "Choose a deck"),
    Binding("next_deck", ("Ctrl+PgDown",), View.EVERYWHERE, "Næste kortsæt", "Next deck"),
    Binding(
        "previous_deck",
        ("Ctrl+PgUp",),
        View.EVERYWHERE,
        "Forrige kortsæt",
        "Previous deck",
    ),
    Binding(
        "reload",
        ("Ctrl+R",),
        View.EVERYWHERE,
        "Indlæs kortsættene igen fra disken",
        "Reload the decks from disk",
    ),
    Binding("quit", ("Ctrl+Q",), View.EVERYWHERE, "Luk kiosken", "Close the kiosk"),
    Binding(
        "chooser_next",
        ("PgDown", "Right", "Down"),
        View.CHOOSER,
        "Næste kortsæt i listen",
        "Next deck in the list",
    ),
    Binding(
        "chooser_previous",
        ("PgUp", "Left", "Up"),
        View.CHOOSER,
        "Forrige kortsæt i listen",
        "Previous deck in the list",
    ),
    Binding(
        "chooser_open",
        ("Return", "Enter", "Space", "F5"),
        View.CHOOSER,
        "Åbn det valgte kortsæt",
        "Open the chosen deck",
    ),
    Binding(
        "chooser_back",
        ("Esc",),
        View.CHOOSER,
        "Tilbage til kortet",
        "Back to the card",
    ),
)


# The views the keys work in, in the order the key table is shown, with their names.
VIEWS: dict[View, Text] = {
    view: view.label for view in View if any(b.context is view for b in BINDINGS)
}


def bindings_for(context: View) -> tuple[Binding, ...]:
    return tuple(binding for binding in BINDINGS if binding.context == context)


def binding(action: str) -> Binding:
    for candidate in BINDINGS:
        if candidate.action == action:
            return candidate
    raise KeyError(action)


def check_handlers(handlers: Mapping[str, Callable[[str], object]]) -> None:
    """Every action of the key table has a handler, and every handler an action: a missing
    one fails at start-up, not when the key is pressed."""
    actions = {binding.action for binding in BINDINGS}
    missing = sorted(actions - set(handlers))
    unknown = sorted(set(handlers) - actions)
    if missing or unknown:
        raise LookupError(
            f"the key table and its handlers disagree: no handler for {missing or '-'}; "
            f"no key for {unknown or '-'}"
        )
