"""What the room controller says on the room screen, in Danish and English."""

from __future__ import annotations

from kompas_kiosk.core.i18n import Text

NO_DECKS = Text("Ingen kortsæt fundet", "No decks found")
NO_DECK_FILE = Text(
    "Der er ingen deck.yaml i indholdsmappen.", "There is no deck.yaml in the content folder."
)
BROKEN_DECK = Text("Kortsættet »{title}« kan ikke vises", "The deck “{title}” cannot be shown")
NO_EXERCISE = Text("Dette kortsæt har ingen øvelse", "This deck has no exercise")
TYPING = Text("Kort nummer {number} …", "Card number {number} …")
NO_BACK = Text("Dette kort har ingen bagside", "This card has no back")
LAST_CARD = Text("Sidste kort", "Last card")
MINUTE_MORE = Text("+1 minut", "+1 minute")
MINUTE_LESS = Text("−1 minut", "−1 minute")
NO_CARD = Text("Der er intet kort med nummer {number}", "There is no card number {number}")
ESC_AGAIN = Text("Tryk Esc igen for at lukke kiosken", "Press Esc again to close the kiosk")
SHARING = Text(
    "Del det halvfærdige: noterne vises for rummet",
    "Share the half-finished: the notes are shown to the room",
)
NO_CARD_YET = Text(
    "Der er ingen noter at vise endnu: programmet har ikke vist et kort",
    "There are no notes to show yet: the programme has not shown a card",
)
NEW_WORKSHOP = Text(
    "Ny workshop: »{name}«. Noterne hører til den fra nu af.",
    "New workshop: “{name}”. The notes belong to it from now on.",
)
