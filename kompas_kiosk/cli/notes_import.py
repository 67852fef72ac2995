"""`kompas-kiosk notes import FILE… [--workshop NAME]`: other kiosks' exports merged into this one.

Every file is checked before anything is written; a bad one is reported as `file:line: what is
wrong` and nothing is imported (exit 1). A name for --workshop that cannot be a workshop's is a
command-line mistake (exit 2). The notes store is made if there is none yet.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from kompas_kiosk.cli.notes import store_path
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.handout.importing import BadImportFiles, read_exports
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.kiosk.data_lock import held_elsewhere
from kompas_kiosk.core.notes.merge import merge
from kompas_kiosk.core.notes.store import NotesStore, StoreError
from kompas_kiosk.core.notes.workshop import WorkshopNameError, clean

_NOTHING = Text("Intet er importeret.", "Nothing was imported.")
_DONE = Text(
    "{added} noter importeret, {known} fandtes allerede.",
    "{added} notes imported, {known} were already there.",
)
_INTO = Text("Workshop {id}: {name}", "Workshop {id}: {name}")


def notes_import(
    data_dir: Path,
    files: list[Path],
    into: str | None,
    content_paths: list[Path],
    lang: str = "da",
    out: TextIO = sys.stdout,
    err: TextIO | None = None,
) -> int:
    """Merge `files` (CSV or JSON exports) into the workshop `into`, or each into the workshop
    its file names (found by name, else made); every file is checked before anything is
    written. 0 done; 1 a bad file or a store that cannot be written; 2 a bad workshop name."""
    err = err or sys.stderr
    if into is not None:
        try:
            into = clean(into, "", lang)[0]
        except WorkshopNameError as error:
            print(f"kompas-kiosk: {error}", file=err)
            return 2
    decks = [loaded.deck for loaded in load_decks(content_paths) if loaded.deck is not None]
    try:
        incoming = read_exports(files, decks, lang)
    except BadImportFiles as bad:
        for problem in bad.problems:
            print(problem, file=err)
        print(f"kompas-kiosk: {_NOTHING.format(lang)}", file=err)
        return 1
    try:
        with NotesStore.open(
            store_path(data_dir), lang=lang, live=held_elsewhere(data_dir)
        ) as store:
            merged = merge(store, incoming, into)
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        print(f"kompas-kiosk: {_NOTHING.format(lang)}", file=err)
        return 1
    for session in merged.workshops:
        print(_INTO.format(lang, id=session.id, name=" ".join(session.name.split())), file=out)
    print(_DONE.format(lang, added=merged.added, known=merged.known), file=out)
    return 0
