"""The content a run works with: the folders asked for (or the bundled decks), the decks and
programmes loaded from them with their problems logged, and the deck or programme asked for on
the command line."""

from __future__ import annotations

import logging
from pathlib import Path

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.cache import DeckCache
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.errors import UsageError
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.core.programmes.model import LoadedProgramme

log = logging.getLogger("kompas_kiosk")


def content_paths(given: list[Path] | None) -> list[Path]:
    return list(given) if given else [resources.content_dir()]


def load_content(paths: list[Path], cache: Path | None = None) -> list[LoadedDeck]:
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
            "der er intet kortsæt med id'et '{deck}'; kortsættene er: {known}",
            "no deck with the id '{deck}'; the decks are: {known}",
        ).format(lang, deck=deck_id, known=known)
    )


def load_programme_content(paths: list[Path], decks: list[LoadedDeck]) -> list[LoadedProgramme]:
    """The programmes beside the decks, checked against them; a broken one is left out of the
    room with a line saying which and why (`check` names every problem)."""
    programmes = load_programmes(paths, decks_by_id(decks))
    for loaded in programmes:
        if not loaded.ok:
            first = loaded.problems[0].format("en") if loaded.problems else "it cannot be read"
            log.warning("the programme %s is left out: %s", loaded.programme_id, first)
        for problem in loaded.translation_problems:
            log.warning("%s", problem.format("en"))
    return programmes


def check_programme_option(
    programmes: list[LoadedProgramme], programme_id: str | None, lang: str
) -> None:
    if programme_id is None or any(p.programme_id == programme_id for p in programmes):
        return
    known = ", ".join(p.programme_id for p in programmes) or "-"
    raise UsageError(
        Text(
            "der er intet program med id'et '{programme}'; programmerne er: {known}",
            "no programme with the id '{programme}'; the programmes are: {known}",
        ).format(lang, programme=programme_id, known=known)
    )
