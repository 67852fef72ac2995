"""A workshop's handout written to a file: the one entry point for the notes panel and the CLI.

``export_notes`` and ``export_session`` choose the format, build the handout from the notes and
write it all or nothing (``write_atomic``). The sections follow what the workshop ran: with a
``Programme``, its card and exercise steps in programme order, every card it shows (the decks
the programme names are looked up in ``decks``); else the deck's cards in deck order, those with
notes. Markdown, CSV and HTML need no Qt. The PDF is set by
the UI (``ui/notes/pdf_export.render_pdf``, on Qt's QPdfWriter): the caller that asks for a PDF
passes that function as ``render_pdf``; without it a PDF is a ``ValueError``.

Card keys: a note's ``card_key`` is the card's printed number, or its position from 1 in a deck
without numbers (``card_key(deck, index)``); with the deck id in its own column it names a card.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path
from typing import Literal

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.export import (
    IncompleteHandoutError,
    to_csv,
    to_html,
    write_atomic,
)
from kompas_kiosk.core.handout.lossless import to_json
from kompas_kiosk.core.handout.markdown import to_markdown
from kompas_kiosk.core.handout.model import Handout
from kompas_kiosk.core.handout.sections import CardInfo, NoteGroup, build_groups, build_handout
from kompas_kiosk.core.notes.model import Note, Session
from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.core.notes.timestamps import short_date_time, to_local
from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef, Programme

Format = Literal["pdf", "md", "csv", "html", "json"]
FORMATS: tuple[Format, ...] = ("pdf", "md", "csv", "html", "json")
FORMAT_NAMES = {
    "pdf": "PDF",
    "md": "Markdown",
    "csv": "CSV (Excel)",
    "html": "HTML",
    "json": "JSON",
}

RenderPdf = Callable[[Handout], bytes]
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def card_key(deck: Deck, index: int) -> str:
    """The key notes on card `index` are stored under: its number, or its position from 1."""
    return deck.cards[index].number or str(index + 1)


def card_infos(deck: Deck | None) -> list[CardInfo]:
    """The deck's cards as the handout groups them (none for a deck that no longer exists)."""
    if deck is None:
        return []
    return [_info(deck, i) for i in range(len(deck.cards))]


def _info(deck: Deck, index: int) -> CardInfo:
    card = deck.cards[index]
    return CardInfo(
        card_key(deck, index),
        deck.card_heading(index),
        card.title,
        card.question or "",
        deck_id=deck.id,
        card=card,
        exercise=deck.exercise,
    )


def programme_infos(programme: Programme, decks: Sequence[Deck]) -> list[CardInfo]:
    """The cards a programme shows, in the order of their first step; a card with an exercise
    step carries that exercise (the step's overrides on the deck's). Steps whose deck or card
    is not in `decks` are left out (their notes are shown as other cards)."""
    by_id = {deck.id: deck for deck in decks}
    infos: dict[tuple[str, str], CardInfo] = {}
    for step in programme.steps:
        part = step.part
        if not isinstance(part, CardRef | ExerciseRef):
            continue
        deck = by_id.get(part.deck)
        index = deck.find_card(part.number) if deck is not None else None
        if deck is None or index is None:
            continue
        info = infos.get((deck.id, card_key(deck, index))) or _info(deck, index)
        if isinstance(part, ExerciseRef):
            info = replace(info, exercise=part.exercise_in(deck), ran_exercise=True)
        infos[(deck.id, info.key)] = replace(info, shown=True)
    return list(infos.values())


def handout_of(
    session: Session,
    notes: Sequence[Note],
    deck: Deck | None,
    lang: str = "da",
    *,
    programme: Programme | None = None,
    decks: Sequence[Deck] = (),
    tz: tzinfo | None = None,
) -> Handout:
    """The handout in display form (what the PDF writer sets)."""
    groups, deck_title, programme_title = _groups(notes, deck, programme, decks)
    return build_handout(
        session, groups, lang, deck_title=deck_title, programme_title=programme_title, tz=tz
    )


def _groups(
    notes: Sequence[Note], deck: Deck | None, programme: Programme | None, decks: Sequence[Deck]
) -> tuple[list[NoteGroup], str, str]:
    if programme is not None:
        return build_groups(notes, programme_infos(programme, decks)), "", programme.title
    return build_groups(notes, card_infos(deck)), deck.title if deck is not None else "", ""


def default_file_name(
    session: Session, fmt: str, lang: str = "da", tz: tzinfo | None = None
) -> str:
    """'Borgermøde i Aarhus 2026-11-28.pdf'; a default session name gives 'Deck 2026-11-28.pdf'."""
    local = to_local(session.created_at, tz)
    name = session.name
    stamp = short_date_time(local, lang) + " · "
    if name.startswith(stamp):
        name = name[len(stamp) :]
    name = " ".join(_UNSAFE.sub(" ", name).split()).strip(" .")[:80].strip(" .")
    date = local.strftime("%Y-%m-%d")
    if date not in name:
        name = f"{name} {date}".strip()
    return f"{name}.{fmt}"


def handout_bytes(
    session: Session,
    notes: Sequence[Note],
    deck: Deck | None,
    fmt: str,
    lang: str = "da",
    *,
    programme: Programme | None = None,
    decks: Sequence[Deck] = (),
    tz: tzinfo | None = None,
    render_pdf: RenderPdf | None = None,
) -> bytes:
    """The handout of `notes` (deleted ones left out) in `fmt`: 'pdf', 'md', 'csv', 'html', or
    'json' (every note, lossless: ``lossless.to_json``)."""
    if fmt == "json":
        return to_json(session, notes)
    groups, title, programme_title = _groups(notes, deck, programme, decks)
    if fmt == "md":
        markdown = to_markdown(
            session, groups, lang, deck_title=title, programme_title=programme_title, tz=tz
        )
        return markdown.encode("utf-8")
    if fmt == "csv":
        return to_csv(session, groups, lang, deck_title=title or programme_title, tz=tz)
    if fmt == "html":
        page = to_html(
            session, groups, lang, deck_title=title, programme_title=programme_title, tz=tz
        )
        return page.encode("utf-8")
    if fmt == "pdf":
        if render_pdf is None:
            raise ValueError("a PDF needs render_pdf (the UI's PDF writer)")
        return render_pdf(
            build_handout(
                session, groups, lang, deck_title=title, programme_title=programme_title, tz=tz
            )
        )
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_notes(
    session: Session,
    notes: Sequence[Note],
    deck: Deck | None,
    fmt: str,
    path: Path,
    lang: str = "da",
    *,
    programme: Programme | None = None,
    decks: Sequence[Deck] = (),
    tz: tzinfo | None = None,
    render_pdf: RenderPdf | None = None,
) -> Path:
    """Write the handout to `path` atomically; raises ``ExportError`` when it cannot be written,
    or when the handout would not hold every note (then nothing is written)."""
    try:
        data = handout_bytes(
            session,
            notes,
            deck,
            fmt,
            lang,
            programme=programme,
            decks=decks,
            tz=tz,
            render_pdf=render_pdf,
        )
    except IncompleteHandoutError as incomplete:
        raise incomplete.export_error(Path(path), fmt, lang) from incomplete
    write_atomic(Path(path), data, lang=lang)
    return Path(path)


def export_session(
    store: NotesStore,
    session_id: int,
    deck: Deck | None,
    fmt: str,
    path: Path,
    lang: str = "da",
    *,
    programme: Programme | None = None,
    decks: Sequence[Deck] = (),
    tz: tzinfo | None = None,
    render_pdf: RenderPdf | None = None,
) -> Path:
    """Export a stored session. Raises ``StoreError`` (reading), ``ExportError`` (writing),
    ``KeyError`` (no such session) or ``ValueError`` (unknown format)."""
    session = store.get_session(session_id)
    notes = store.notes(session_id)
    return export_notes(
        session,
        notes,
        deck,
        fmt,
        path,
        lang,
        programme=programme,
        decks=decks,
        tz=tz,
        render_pdf=render_pdf,
    )
