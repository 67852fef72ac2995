"""Switching the room's language while it runs: the decks and the running programme in the new
language (their translations, `deck.<lang>.yaml`, `programme.<lang>.yaml`), the room where it
was (deck, card, face, view, the programme's step and its countdown), shown again at once.

A deck or programme without a translation stays in its own language, as at a start.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kompas_kiosk.core.room.navigation import Navigator
from kompas_kiosk.core.room.views import View

if TYPE_CHECKING:
    from kompas_kiosk.core.room.controller import RoomController

log = logging.getLogger(__name__)


def switch_language(room: RoomController, lang: str) -> bool:
    """Show the room in `lang` from now on; False when it already speaks it."""
    if lang == room.lang:
        return False
    room.lang = lang
    old = room.navigator
    deck, card, face = old.deck, old.card_index, old.face
    room.navigator = Navigator(
        [d for loaded in room.loaded if loaded.ok and (d := loaded.deck_for(lang)) is not None],
        next_flips=old.next_flips,
    )
    if deck is not None and room.navigator.open_deck_id(deck.id):
        room.navigator.open_deck(room.navigator.deck_index, card)
        room.navigator.show_face(face)
    _retell_programme(room, lang)
    _show_again(room)
    shown = room.navigator.deck
    title = shown.cards[room.navigator.card_index].title if shown is not None else ""
    log.info("the room speaks %s now: %s", lang, title)
    return True


def _retell_programme(room: RoomController, lang: str) -> None:
    """The running programme in `lang`, at the same step with the same timing."""
    run = room.programme
    if run is None:
        return
    found = (p for p in room.programmes if p.programme_id == run.programme.id and p.ok)
    loaded = next(found, None)
    programme = loaded.programme_for(lang) if loaded is not None else None
    if programme is not None and len(programme.steps) == run.count:
        run.retell(programme, {deck.id: deck for deck in room.navigator.decks})


def _show_again(room: RoomController) -> None:
    """What the room saw, now in the new words. A blank screen stays blank and a message stays
    as it was said; the next move shows the new language."""
    view = room.view
    if view is View.OVERVIEW:
        room.show_overview()
    elif view is View.CHOOSER:
        room.show_chooser()
    elif view in (View.CARD, View.EXERCISE) and room.programme is not None:
        room.programme.show()
    elif view is View.EXERCISE:
        room.show_exercise()
    elif view is View.CARD:
        room.show_card()
