"""The room controller's key handlers, made from its moves: each handler gets the key that was
pressed; a running programme's exercise or break step reads its keys first, and next/previous
turn a long card's pages, then the shared notes' pages, before they move on."""

from __future__ import annotations

import functools
from collections.abc import Callable

from kompas_kiosk.core.room import programme_flow
from kompas_kiosk.core.room.card_pages import CardPages
from kompas_kiosk.core.room.programme_flow import ProgrammeFlow
from kompas_kiosk.core.room.sharing import Sharing

Handler = Callable[[str], object]


def key_handlers(
    moves: dict[str, Callable[[], object]],
    digit: Handler,
    programme: Callable[[], ProgrammeFlow | None],
    pages: CardPages,
    sharing: Sharing,
) -> dict[str, Handler]:
    """Each action's handler, by name (`moves` take no key; `digit` gets the typed digit)."""
    handlers: dict[str, Handler] = {"digit": digit}
    handlers.update((n, functools.partial(lambda m, key: m(), m)) for n, m in moves.items())
    for name in programme_flow.STEP_KEYS:
        handlers[name] = programme_flow.step_key(programme, name, handlers[name])
    for name, older in (("next", -1), ("previous", 1)):
        handlers[name] = pages.paging(-older, sharing.paging(older, handlers[name]))
    return handlers
