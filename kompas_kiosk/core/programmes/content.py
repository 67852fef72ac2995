"""The programmes a run works with: loaded beside the decks, checked against them, with their
problems logged, and the programme asked for on the command line."""

from __future__ import annotations

import logging
from pathlib import Path

from kompas_kiosk.core.decks.model import LoadedDeck
from kompas_kiosk.core.errors import UsageError
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.cache import ProgrammeCache
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.core.programmes.model import LoadedProgramme

log = logging.getLogger("kompas_kiosk")


def load_programme_content(
    paths: list[Path], decks: list[LoadedDeck], cache: Path | None = None
) -> list[LoadedProgramme]:
    """The programmes beside the decks, checked against them; a broken one is left out of the
    room with a line saying which and why (`check` names every problem). With `cache` (a
    folder), programmes validated before are read from it."""
    cached = ProgrammeCache(cache) if cache is not None else None
    programmes = load_programmes(paths, decks_by_id(decks), cached)
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
            "der er intet program med id'et „{programme}“; programmerne er: {known}",
            "no programme with the id '{programme}'; the programmes are: {known}",
        ).format(lang, programme=programme_id, known=known)
    )
