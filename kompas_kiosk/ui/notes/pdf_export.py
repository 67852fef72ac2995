"""A session's handout in any format, PDF included: the one entry point for the panel and the CLI.

The PDF is the same ``build_handout`` data as the Markdown, CSV and HTML exports, set as a small
rich-text document and printed by ``QTextDocument.print_`` onto an A4 ``QPdfWriter``: print_()
paginates and numbers the pages itself (the document's page size is left unset on purpose: set
to the writer's size, the text comes out a third as big). Notes are escaped, so ``<script>`` is
printed as written. The PDF needs a QGuiApplication (for fonts); the other formats need no Qt.

Every file is written all or nothing through ``core.export.write_atomic``.

Card keys: a note's ``card_key`` is the card's printed number, or its position from 1 in a deck
without numbers (``card_key(deck, index)``); with the deck id in its own column it names a card.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo
from html import escape
from pathlib import Path
from typing import Literal

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.export import (
    CardInfo,
    Handout,
    build_groups,
    build_handout,
    to_csv,
    to_html,
    to_markdown,
    write_atomic,
)
from kompas_kiosk.core.handout.model import labels
from kompas_kiosk.core.notes.model import Note, Session
from kompas_kiosk.core.notes.store import NotesStore
from kompas_kiosk.core.notes.timestamps import short_date_time, to_local

Format = Literal["pdf", "md", "csv", "html"]
FORMATS: tuple[Format, ...] = ("pdf", "md", "csv", "html")
FORMAT_NAMES = {"pdf": "PDF", "md": "Markdown", "csv": "CSV (Excel)", "html": "HTML"}

PDF_FONT_POINTS = 10.5
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def card_key(deck: Deck, index: int) -> str:
    """The key notes on card `index` are stored under: its number, or its position from 1."""
    return deck.cards[index].number or str(index + 1)


def card_infos(deck: Deck | None) -> list[CardInfo]:
    """The deck's cards as the handout groups them (none for a deck that no longer exists)."""
    if deck is None:
        return []
    return [
        CardInfo(card_key(deck, i), deck.card_heading(i), card.title, card.question or "")
        for i, card in enumerate(deck.cards)
    ]


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
    tz: tzinfo | None = None,
) -> bytes:
    """The handout of `notes` (deleted ones left out) in `fmt`: 'pdf', 'md', 'csv' or 'html'."""
    groups = build_groups(notes, card_infos(deck))
    title = deck.title if deck is not None else ""
    if fmt == "md":
        return to_markdown(session, groups, lang, deck_title=title, tz=tz).encode("utf-8")
    if fmt == "csv":
        return to_csv(session, groups, lang, deck_title=title, tz=tz)
    if fmt == "html":
        return to_html(session, groups, lang, deck_title=title, tz=tz).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(build_handout(session, groups, lang, deck_title=title, tz=tz))
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_notes(
    session: Session,
    notes: Sequence[Note],
    deck: Deck | None,
    fmt: str,
    path: Path,
    lang: str = "da",
    *,
    tz: tzinfo | None = None,
) -> Path:
    """Write the handout to `path` atomically; raises ``ExportError`` when it cannot be written."""
    data = handout_bytes(session, notes, deck, fmt, lang, tz=tz)
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
    tz: tzinfo | None = None,
) -> Path:
    """Export a stored session. Raises ``StoreError`` (reading), ``ExportError`` (writing),
    ``KeyError`` (no such session) or ``ValueError`` (unknown format)."""
    session = store.get_session(session_id)
    return export_notes(session, store.notes(session_id), deck, fmt, path, lang, tz=tz)


# -- PDF -------------------------------------------------------------------------------------

# QTextDocument takes margins in px only (96 to the inch); font sizes in pt.
_PDF_CSS = """
h1 { font-size: 20pt; font-weight: 700; margin-top: 0; margin-bottom: 8px; }
.meta { color: #333333; margin-top: 0; margin-bottom: 13px; }
.label { font-weight: 600; }
p.heading { font-size: 8.5pt; font-weight: 600; color: #4a4a4a; margin-top: 21px;
  margin-bottom: 0; }
h2 { font-size: 14pt; font-weight: 700; margin-top: 3px; margin-bottom: 3px; }
h2.first { margin-top: 21px; }
.question { font-style: italic; margin-top: 0; margin-bottom: 8px; }
td.time { font-weight: 700; }
.phase { font-size: 8.5pt; color: #4a4a4a; }
.text { white-space: pre-wrap; }
.none { color: #4a4a4a; }
"""


def handout_pdf_html(handout: Handout) -> str:
    """The handout as the rich text QTextDocument prints (every text escaped)."""
    words = labels(handout.lang)
    out = [f"<html><head><style>{_PDF_CSS}</style></head><body>"]
    out.append(f"<h1>{_esc(_one_line(handout.name))}</h1>")
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts.append((words["deck"], handout.deck))
    lines = [
        f'<span class="label">{_esc(label)}:</span> {_esc(_one_line(value))}'
        for label, value in facts
        if value.strip()
    ]
    out.append(f'<p class="meta">{"<br>".join(lines)}</p>')
    if not handout.groups:
        out.append(f'<p class="none">{_esc(words["none"])}</p>')
    for group in handout.groups:
        if group.heading:
            out.append(f'<p class="heading">{_esc(group.heading.upper())}</p><h2>')
        else:
            out.append('<h2 class="first">')
        out.append(f"{_esc(_one_line(group.title))}</h2>")
        if group.question.strip():
            out.append(f'<p class="question">{_esc(_one_line(group.question))}</p>')
        out.append('<table width="100%" cellspacing="0" cellpadding="4">')
        for note in group.notes:
            phase = f'<br><span class="phase">{_esc(note.phase)}</span>' if note.phase else ""
            out.append(
                f'<tr><td class="time" width="17%">{_esc(note.time)}{phase}</td>'
                f'<td class="text">{_esc(note.text)}</td></tr>'
            )
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def render_pdf(handout: Handout) -> bytes:
    """The handout as PDF bytes: A4, printed by QTextDocument (needs a QGuiApplication)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from kompas_kiosk.ui.theme import typescale

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(_one_line(handout.name))
    writer.setCreator("Kompas Kiosk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # print_() keeps 2 cm of margin inside the writer's page rect, and puts the page numbers there.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    doc = QTextDocument()
    font = QFont(typescale.FAMILY)
    font.setPointSizeF(PDF_FONT_POINTS)
    # Inter's contextual alternates (a raised colon in "10:15", case-sensitive brackets in
    # "(A1:A3)") are glyphs without a Unicode mapping in the PDF: copied or searched, the text
    # would lose them. The plain glyphs keep every character extractable.
    font.setFeature(QFont.Tag("calt"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(handout_pdf_html(handout))
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def _esc(text: str) -> str:
    """Escaped for rich text; newlines are kept (the note cell is ``white-space: pre-wrap``)."""
    return escape(text, quote=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
