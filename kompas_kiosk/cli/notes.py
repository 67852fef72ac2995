"""`kompas-kiosk notes list` and `kompas-kiosk notes export`: the workshops' notes from a shell.

The notes are in ``<data dir>/notes.sqlite3`` (``store_path``). Exit codes: 0 done; 1 the
environment's fault (no notes file, a file that cannot be opened or written), with what to do;
2 a mistake on the command line (an unknown workshop or format), with the valid choices.
Only the PDF needs Qt: its writer (``ui/notes/pdf_export``) and a QGuiApplication are loaded for
it alone (offscreen unless a platform is set); Markdown, CSV and HTML load no Qt at all.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.export import ExportError
from kompas_kiosk.core.handout.write import FORMATS, RenderPdf, default_file_name, export_session
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.kiosk.data_lock import held_elsewhere
from kompas_kiosk.core.notes.files import has_hot_wal
from kompas_kiosk.core.notes.model import Session
from kompas_kiosk.core.notes.store import NotesStore, StoreError
from kompas_kiosk.core.notes.timestamps import short_date_time, to_local
from kompas_kiosk.core.notes.workshop import find, workshops
from kompas_kiosk.core.programmes.loader import load_programmes
from kompas_kiosk.core.programmes.model import Programme

if TYPE_CHECKING:
    from kompas_kiosk.core.handout.model import Handout

STORE_FILE = "notes.sqlite3"

_TEXT: dict[str, Text] = {
    "no_file": Text(
        "Der er ingen notefil i {path}. Kiosken opretter den ved den første note; "
        "brug --data-dir, hvis noterne ligger i en anden mappe.",
        "There is no notes file in {path}. The kiosk makes it at the first note; "
        "use --data-dir if the notes are in another folder.",
    ),
    "none": Text(
        "Der er ingen workshops i {path} endnu.",
        "There are no workshops in {path} yet.",
    ),
    "unknown": Text(
        "der er ingen workshop „{wanted}“; workshopperne er: {known}",
        "there is no workshop '{wanted}'; the workshops are: {known}",
    ),
    "bad_format": Text(
        "ukendt format „{fmt}“; vælg et af: {known}",
        "unknown format '{fmt}'; choose one of: {known}",
    ),
    "no_deck": Text(
        "Bemærk: kortsættet „{deck}“ findes ikke længere; noterne er grupperet efter kortnummer.",
        "Note: the deck '{deck}' no longer exists; the notes are grouped by card number.",
    ),
    "empty": Text("(ingen)", "(none)"),
    "no_programme": Text(
        "der er intet program „{wanted}“; programmerne er: {known}",
        "there is no programme '{wanted}'; the programmes are: {known}",
    ),
    "progress": Text(
        "Skriver PDF: {done} af {total} dele", "Writing the PDF: {done} of {total} parts"
    ),
}
PROGRESS_AFTER = 0.5  # seconds: a PDF that takes longer shows how far it is
_HEADER = (
    Text("ID", "ID"),
    Text("Dato", "Date"),
    Text("Kortsæt", "Deck"),
    Text("Noter", "Notes"),
    Text("Sted", "Place"),
    Text("Navn", "Name"),
)

_gui_app = None  # the QGuiApplication made for a PDF, kept alive for the process


def store_path(data_dir: Path) -> Path:
    return Path(data_dir) / STORE_FILE


def _has_notes(path: Path) -> bool:
    """The notes file, or a left-over log of one (its main file lost), is there."""
    return path.exists() or has_hot_wal(path)


def _open(data_dir: Path, lang: str, err: TextIO) -> NotesStore | None:
    path = store_path(data_dir)
    if not _has_notes(path):
        print(f"kompas-kiosk: {_TEXT['no_file'].format(lang, path=path)}", file=err)
        return None
    try:
        # Beside a running kiosk its log is live, not left over: no copy, no replay.
        live = held_elsewhere(data_dir)
        store = NotesStore.open(path, lang=lang, read_only_ok=True, live=live)
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return None
    notice = store.recovery_notice(lang)
    if notice is not None:  # a damaged file was moved aside, or a log kept: say where
        print(f"kompas-kiosk: {notice[0]}. {notice[1]}", file=err)
    return store


def notes_list(
    data_dir: Path, lang: str = "da", out: TextIO = sys.stdout, err: TextIO | None = None
) -> int:
    """The workshops, newest first: id, date, deck, number of notes, place, name."""
    err = err or sys.stderr
    if not _has_notes(store_path(data_dir)):
        print(_TEXT["no_file"].format(lang, path=store_path(data_dir)), file=out)
        return 0
    store = _open(data_dir, lang, err)
    if store is None:
        return 1
    try:
        listed = workshops(store)
        if not listed:
            print(_TEXT["none"].format(lang, path=store.path), file=out)
            return 0
        rows = [tuple(text.format(lang) for text in _HEADER)]
        for workshop in listed:
            session = workshop.session
            when = short_date_time(to_local(session.created_at), lang)
            place = _one_line(session.place) or "–"
            name = _one_line(session.name)
            rows.append((str(session.id), when, session.deck_id, str(workshop.notes), place, name))
    except StoreError as error:
        print(f"kompas-kiosk: {error.heading}. {error.details}", file=err)
        return 1
    finally:
        store.close()
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [
            row[0].rjust(widths[0]),
            *(cell.ljust(w) for cell, w in zip(row[1:5], widths[1:], strict=True)),
        ]
        print("  ".join([*cells, row[5]]).rstrip(), file=out)
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
    *,
    programme: str | None = None,
) -> int:
    """Write workshop `session` ('latest' or an id) as a handout. `fmt` None: from the output's
    suffix, else Markdown. `output` None or a folder: '<session name> <date>.<fmt>' in it.
    `programme`: the programme the workshop ran (its cards in its order), else the deck's."""
    err = err or sys.stderr
    fmt = (fmt or _format_of(output) or "md").lower().lstrip(".")
    if fmt not in FORMATS:
        message = _TEXT["bad_format"].format(lang, fmt=fmt, known=", ".join(FORMATS))
        print(f"kompas-kiosk: {message}", file=err)
        return 2
    store = _open(data_dir, lang, err)
    if store is None:
        return 1
    try:
        found = _find_session(store, session, lang, err)
        if not isinstance(found, Session):
            return found
        decks = _decks(content_paths, lang)
        deck = next((deck for deck in decks if deck.id == found.deck_id), None)
        ran = _find_programme(content_paths, decks, programme, lang, err)
        if isinstance(ran, int):
            return ran
        if deck is None and ran is None:
            print(_TEXT["no_deck"].format(lang, deck=found.deck_id), file=err)
        target = output if output is not None else Path.cwd()
        if target.is_dir():
            target = target / default_file_name(found, fmt, lang)
        render_pdf = _pdf_writer(lang, err) if fmt == "pdf" else None
        written = export_session(
            store,
            found.id,
            deck,
            fmt,
            target,
            lang,
            programme=ran,
            decks=decks,
            render_pdf=render_pdf,
        )
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
    """The workshop asked for, or the exit code after saying why there is none."""
    found = find(store, wanted)
    if found is not None:
        return found
    if wanted.strip() == "latest":
        print(f"kompas-kiosk: {_TEXT['none'].format(lang, path=store.path)}", file=err)
        return 1
    sessions = store.sessions()
    known = ", ".join(f"{s.id} ({_one_line(s.name)})" for s in sessions) or _TEXT["empty"].format(
        lang
    )
    known += ", latest" if sessions else ""
    print(f"kompas-kiosk: {_TEXT['unknown'].format(lang, wanted=wanted, known=known)}", file=err)
    return 2


def _decks(content_paths: list[Path], lang: str) -> list[Deck]:
    """The decks, each in `lang` where a translation has it."""
    found = (loaded.deck_for(lang) for loaded in load_decks(content_paths))
    return [deck for deck in found if deck is not None]


def _find_programme(
    content_paths: list[Path], decks: list[Deck], wanted: str | None, lang: str, err: TextIO
) -> Programme | None | int:
    """The programme asked for (in `lang` where translated), None for none, or the exit code
    after saying which programmes there are."""
    if wanted is None:
        return None
    loaded = load_programmes(content_paths, {deck.id: deck for deck in decks})
    for item in loaded:
        if item.programme_id == wanted and item.programme is not None:
            return item.programme_for(lang)
    known = ", ".join(item.programme_id for item in loaded) or _TEXT["empty"].format(lang)
    message = _TEXT["no_programme"].format(lang, wanted=wanted, known=known)
    print(f"kompas-kiosk: {message}", file=err)
    return 2


def _format_of(output: Path | None) -> str | None:
    if output is None:
        return None
    suffix = output.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(suffix, suffix) if suffix else None


def _pdf_writer(lang: str, err: TextIO) -> RenderPdf:
    """The UI's PDF writer, with a QGuiApplication and the bundled fonts (offscreen unless a
    platform is chosen): loaded only when a PDF is asked for. A PDF that takes more than
    ``PROGRESS_AFTER`` seconds says how far it is on `err`."""
    global _gui_app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _gui_app = QGuiApplication(["kompas-kiosk"])
    from kompas_kiosk.core import resources
    from kompas_kiosk.ui.notes.pdf_export import PdfJob
    from kompas_kiosk.ui.theme import typescale

    typescale.load_fonts(resources.assets_dir() / "fonts")

    def render(handout: Handout) -> bytes:
        job = PdfJob(handout)
        start, tty, shown = time.monotonic(), err.isatty(), -1
        while not job.step():
            tenth = job.done * 10 // max(job.total, 1)  # a line a tenth when not a terminal
            if time.monotonic() - start > PROGRESS_AFTER and (tty or tenth > shown):
                line = _TEXT["progress"].format(lang, done=job.done, total=job.total)
                print(f"\r{line}" if tty else line, end="" if tty else "\n", file=err, flush=True)
                shown = tenth
        if shown >= 0:  # the last part, said once it is done
            line = _TEXT["progress"].format(lang, done=job.done, total=job.total)
            print(f"\r{line}" if tty else line, file=err, flush=True)
        return job.result()

    return render


def _one_line(text: str) -> str:
    return " ".join(text.split())
