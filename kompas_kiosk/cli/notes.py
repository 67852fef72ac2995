"""`kompas-kiosk notes list` and `kompas-kiosk notes export`: the facilitator's notes from a shell.

The notes are in ``<data dir>/notes.sqlite3`` (``store_path``). Exit codes: 0 done; 1 the
environment's fault (no notes file, a file that cannot be opened or written), with what to do;
2 a mistake on the command line (an unknown session or format), with the valid choices.
Only the PDF needs Qt: a QGuiApplication is made for it (offscreen unless a platform is set).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, TextIO

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.export import ExportError
from kompas_kiosk.core.notes.model import Session
from kompas_kiosk.core.notes.store import NotesStore, StoreError
from kompas_kiosk.core.notes.timestamps import short_date_time, to_local
from kompas_kiosk.ui.notes.pdf_export import FORMATS, default_file_name, export_session

STORE_FILE = "notes.sqlite3"

_TEXT = {
    "da": {
        "no_file": "Der er ingen notefil i {path}. Kiosken opretter den ved den første note; "
        "brug --data-dir, hvis noterne ligger i en anden mappe.",
        "none": "Der er ingen sessioner i {path} endnu.",
        "header": ("ID", "Dato", "Kortsæt", "Noter", "Navn"),
        "unknown": "der er ingen session '{wanted}'; sessionerne er: {known}",
        "bad_format": "ukendt format '{fmt}'; vælg et af: {known}",
        "no_deck": "Bemærk: kortsættet '{deck}' findes ikke længere; noterne er grupperet "
        "efter kortnummer.",
        "empty": "(ingen)",
    },
    "en": {
        "no_file": "There is no notes file in {path}. The kiosk makes it at the first note; "
        "use --data-dir if the notes are in another folder.",
        "none": "There are no sessions in {path} yet.",
        "header": ("ID", "Date", "Deck", "Notes", "Name"),
        "unknown": "there is no session '{wanted}'; the sessions are: {known}",
        "bad_format": "unknown format '{fmt}'; choose one of: {known}",
        "no_deck": "Note: the deck '{deck}' no longer exists; the notes are grouped by card "
        "number.",
        "empty": "(none)",
    },
}

_gui_app = None  # the QGuiApplication made for a PDF, kept alive for the process


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_FILE


def _words(lang: str) -> dict[str, Any]:
    return _TEXT["en" if lang == "en" else "da"]


def _open(data_dir: Path, lang: str, err: TextIO) -> NotesStore | None:
    path = store_path(data_dir)
    if not path.exists():
        print(f"kompas-kiosk: {_words(lang)['no_file'].format(path=path)}", file=err)
        return None
    try:
        store = NotesStore.open(path, lang=lang)
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return None
    notice = store.recovery_notice(lang)
    if notice is not None:  # a damaged file was moved aside: say where it is
        print(f"kompas-kiosk: {notice[0]}. {notice[1]}", file=err)
    return store


def notes_list(
    data_dir: Path, lang: str = "da", out: TextIO = sys.stdout, err: TextIO | None = None
) -> int:
    """The sessions, newest first: id, date, deck, number of notes, name."""
    err = err or sys.stderr
    words = _words(lang)
    if not store_path(data_dir).exists():
        print(words["no_file"].format(path=store_path(data_dir)), file=out)
        return 0
    store = _open(data_dir, lang, err)
    if store is None:
        return 1
    try:
        sessions = store.sessions()
        if not sessions:
            print(words["none"].format(path=store.path), file=out)
            return 0
        rows = [words["header"]]
        for session in sessions:
            when = short_date_time(to_local(session.created_at), lang)
            count = str(store.count_notes(session.id))
            rows.append((str(session.id), when, session.deck_id, count, _one_line(session.name)))
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return 1
    finally:
        store.close()
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [
            row[0].rjust(widths[0]),
            *(cell.ljust(w) for cell, w in zip(row[1:4], widths[1:], strict=True)),
        ]
        print("  ".join([*cells, row[4]]).rstrip(), file=out)
    return 0


def notes_export(
    data_dir: Path,
    session: str,
    fmt: str | None,
    output: Path | None,
    content_paths: list[Path],
    lang: str = "da",
    out: TextIO = sys.stdout,
    err: TextIO | None = None,
) -> int:
    """Write session `session` ('latest' or an id) as a handout. `fmt` None: from the output's
    suffix, else Markdown. `output` None or a folder: '<session name> <date>.<fmt>' in it."""
    err = err or sys.stderr
    words = _words(lang)
    fmt = (fmt or _format_of(output) or "md").lower().lstrip(".")
    if fmt not in FORMATS:
        message = words["bad_format"].format(fmt=fmt, known=", ".join(FORMATS))
        print(f"kompas-kiosk: {message}", file=err)
        return 2
    store = _open(data_dir, lang, err)
    if store is None:
        return 1
    try:
        found = _find_session(store, session, lang, err)
        if not isinstance(found, Session):
            return found
        deck = _find_deck(content_paths, found.deck_id)
        if deck is None:
            print(words["no_deck"].format(deck=found.deck_id), file=err)
        target = output if output is not None else Path.cwd()
        if target.is_dir():
            target = target / default_file_name(found, fmt, lang)
        if fmt == "pdf":
            _ensure_gui()
        written = export_session(store, found.id, deck, fmt, target, lang)
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return 1
    except ExportError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return 1
    finally:
        store.close()
    print(written, file=out)
    return 0


def _find_session(store: NotesStore, wanted: str, lang: str, err: TextIO) -> Session | int:
    """The session asked for, or the exit code after saying why there is none."""
    words = _words(lang)
    if wanted == "latest":
        latest = store.latest_session()
        if latest is None:
            print(f"kompas-kiosk: {words['none'].format(path=store.path)}", file=err)
            return 1
        return latest
    sessions = store.sessions()
    for candidate in sessions:
        if wanted.strip().lstrip("#") == str(candidate.id):
            return candidate
    known = ", ".join(f"{s.id} ({_one_line(s.name)})" for s in sessions) or words["empty"]
    known += ", latest" if sessions else ""
    print(f"kompas-kiosk: {words['unknown'].format(wanted=wanted, known=known)}", file=err)
    return 2


def _find_deck(content_paths: list[Path], deck_id: str) -> Deck | None:
    for loaded in load_decks(content_paths):
        if loaded.deck is not None and loaded.deck.id == deck_id:
            return loaded.deck
    return None


def _format_of(output: Path | None) -> str | None:
    if output is None:
        return None
    suffix = output.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(suffix, suffix) if suffix else None


def _ensure_gui() -> None:
    """A QGuiApplication with the bundled fonts, offscreen unless a platform is chosen."""
    global _gui_app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_app = QGuiApplication(["kompas-kiosk"])
    from kompas_kiosk.core import resources
    from kompas_kiosk.ui.theme import typescale

    typescale.load_fonts(resources.assets_dir() / "fonts")


def _one_line(text: str) -> str:
    return " ".join(text.split())
