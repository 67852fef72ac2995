"""The content a run works with: the folders asked for (or the bundled decks), the decks
loaded from them with their problems logged, and the deck asked for on the command line."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from kompas_kiosk.core import resources
from kompas_kiosk.core.errors import UsageError
from kompas_kiosk.core.i18n import Text

if TYPE_CHECKING:
    from kompas_kiosk.core.decks.model import LoadedDeck

log = logging.getLogger("kompas_kiosk")


def content_paths(given: list[Path] | None) -> list[Path]:
    return list(given) if given else [resources.content_dir()]


def load_content(paths: list[Path], cache: Path | None = None) -> list[LoadedDeck]:
    from kompas_kiosk.core.decks.cache import DeckCache  # not on the command line's way
    from kompas_kiosk.core.decks.loader import load_decks

    decks = load_decks(paths, DeckCache(cache) if cache is not None else None)
    for loaded in decks:
        for problem in loaded.problems:
            log.warning("%s", problem.format("en"))
        for line in loaded.translation_warnings():
            log.warning("%s", line)
    return decks


def check_deck_option(decks: list[LoadedDeck], deck_id: str | None, lang: str) -> None:
    if deck_id is None or any(d.deck_id == deck_id for d in decks):
        return
    known = ", ".join(d.deck_id for d in decks) or "-"
    raise UsageError(
        Text(
            "der er intet kortsæt med id'et „{deck}“; kortsættene er: {known}",
            "no deck with the id '{deck}'; the decks are: {known}",
        ).format(lang, deck=deck_id, known=known)
    )
