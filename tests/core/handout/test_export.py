"""The handout exports: grouping, headings, and notes shown literally in every format."""

from __future__ import annotations

import codecs
import csv
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kompas_kiosk.core.handout.export import ExportError, to_csv, to_html, write_atomic
from kompas_kiosk.core.handout.markdown import to_markdown
from kompas_kiosk.core.handout.sections import CardInfo, NoteGroup, build_groups
from kompas_kiosk.core.notes.model import Note, Phase, Session
from kompas_kiosk.core.notes.store import NotesStore

CPH = ZoneInfo("Europe/Copenhagen")
START = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)  # 10.15 in Aarhus
DECK_TITLE = "Samarbejdskompasset"
CARDS = [
    CardInfo("06", "Princip 06", "Et kort før", "Hvad så?"),
    CardInfo(
        "07", "Princip 07", "Bliv klogere sammen igen og igen", "Tør du dele det halvfærdige?"
    ),
]
SESSION = Session(1, "samarbejdskompasset", "Borgermøde i Aarhus", "Rådhuset, sal 1", START)

TRICKY = [
    "**fed** og _kursiv_ og `kode`",
    "# ikke en overskrift",
    "<script>alert('æøå')</script>",
    "- ikke en liste\n+ heller ikke\n1. ej heller\n2) nej",
    "> ikke et citat\n    ikke kode\n\theller ikke kode",
    "[link](http://example.invalid) ![billede](x.png) | tabel | \\ backslash",
    "&amp; &#169; &copy; ~~streg~~ $matematik$",
    "Overskrift?\n===\nog\n---",
    "=SUM(A1:A3)",
    "+45 12 34 56 78",
    "-- nej",
    "@alle",
    'Citat "med anførselstegn"; og semikolon',
    "første linje\nanden linje\n\ntredje efter en tom",
    "emoji 👩🏽‍🤝‍👨🏻 og RTL עברית",
]

_counter = iter(range(1, 10**9))


def note(
    text: str,
    card_key: str | None = "07",
    minutes: float = 0,
    phase: Phase = "card",
    deleted: bool = False,
) -> Note:
    at = START + timedelta(minutes=minutes)
    return Note(
        next(_counter),
        1,
        "samarbejdskompasset",
        card_key,
        phase,
        text,
        at,
        at,
        at if deleted else None,
    )


# -- grouping --------------------------------------------------------------------------------


def test_groups_deck_order_then_unknown_cards_then_general():
    notes = [
        note("om kort 07", "07", 1),
        note("fjernet kort", "99", 2),
        note("generelt", None, 3),
        note("om kort 06", "06", 4),
        note("slettet", "06", 5, deleted=True),
        note("om kort 07 igen", "07", 6),
        note("ukendt", "42", 7),
    ]
    groups = build_groups(notes, CARDS)
    assert [(g.kind, g.card.key if g.card else None) for g in groups] == [
        ("card", "06"),
        ("card", "07"),
        ("other", "99"),
        ("other", "42"),
        ("session", None),
    ]
    assert [n.text for n in groups[1].notes] == ["om kort 07", "om kort 07 igen"]
    assert [n.text for n in groups[0].notes] == ["om kort 06"]  # deleted notes are left out
    assert build_groups([note("kun slettet", deleted=True)], CARDS) == []


def test_a_card_without_notes_gets_no_group():
    groups = build_groups([note("x", "07")], CARDS)
    assert [g.card.key for g in groups if g.card] == ["07"]


# -- CSV -------------------------------------------------------------------------------------


def _read_csv(tmp_path: Path, data: bytes) -> list[list[str]]:
    target = tmp_path / "noter.csv"
    write_atomic(target, data)
    with target.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_csv_for_danish_excel(tmp_path):
    notes = [note(text, "07", i) for i, text in enumerate(TRICKY)]
    notes.append(note("generel note", None, 30, phase="exercise"))
    data = to_csv(SESSION, build_groups(notes, CARDS), deck_title=DECK_TITLE, tz=CPH)
    assert data.startswith(codecs.BOM_UTF8)
    assert data.count(b"\r\n") >= len(notes) + 1 and b";" in data.split(b"\r\n")[0]
    rows = _read_csv(tmp_path, data)
    assert rows[0][:8] == ["Session", "Dato", "Tid", "Kortsæt", "Kort", "Korttitel", "Fase", "Note"]
    assert rows[0][8:] == ["Gruppe", "Rum", "Note-id"]  # appended: old readers keep theirs
    assert all(len(row) == 11 for row in rows)
    *on_card, general = rows[1:]
    assert general == [
        "Borgermøde i Aarhus",
        "2026-11-28",
        "10:45",
        "Samarbejdskompasset",
        "",
        "Generelt om workshoppen",
        "Gruppearbejde",
        "generel note",
        "",
        "",
        "",
    ]
    assert on_card[0][:7] == [
        "Borgermøde i Aarhus",
        "2026-11-28",
        "10:15",
        "Samarbejdskompasset",
        "Princip 07",
        "Bliv klogere sammen igen og igen",
        "Kort",
    ]
    expected = [("'" + t if t[0] in "=+-@" else t) for t in TRICKY]
    assert [row[7] for row in on_card] == expected  # newlines, quotes, æøå, ; all intact


def test_csv_in_english_and_an_unknown_card_keeps_its_key(tmp_path):
    groups = build_groups([note("x", "99")], CARDS)
    rows = _read_csv(tmp_path, to_csv(SESSION, groups, "en", tz=CPH))
    assert rows[0][:4] == ["Session", "Date", "Time", "Deck"]
    assert rows[1][3:6] == ["samarbejdskompasset", "99", "Card 99 (not in the deck)"]


# -- Markdown --------------------------------------------------------------------------------


def _unescape_markdown(text: str) -> str:
    """What CommonMark shows for our escaped text: backslash escapes and no-break indents."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text).replace("\u00a0", " ")


def test_markdown_shows_every_note_literally():
    notes = [note(text, "07", i) for i, text in enumerate(TRICKY)]
    markdown = to_markdown(SESSION, build_groups(notes, CARDS), tz=CPH)
    bodies = markdown.split("\n\n**")[1:]
    assert len(bodies) == len(TRICKY)
    for body, original in zip(bodies, TRICKY, strict=True):
        _stamp, _, text = body.partition(" — ")
        lines = text.rstrip("\n").split("  \n")
        assert _unescape_markdown("\n".join(lines)).replace("\t", "    ") == original.replace(
            "\t", "    "
        )
        for line in lines:  # nothing a line starts with can open a block
            assert not re.match(r"[ \t]*([-+*>#=|`~<]|\d+[.)])", line), line
    assert "<script>" not in markdown and "\\<script\\>" in markdown


def test_markdown_headings_meta_and_times():
    notes = [note("generelt", None, 0), note("på kortet", "07", 17, phase="exercise")]
    markdown = to_markdown(SESSION, build_groups(notes, CARDS), deck_title=DECK_TITLE, tz=CPH)
    assert markdown.startswith("# Borgermøde i Aarhus\n\n")
    assert "Dato: 28. november 2026 kl. 10.15  \nSted: Rådhuset, sal 1  \n" in markdown
    assert "Kortsæt: Samarbejdskompasset" in markdown
    assert markdown.index("## Generelt om workshoppen") > markdown.index("## Princip 07 · Bliv")
    assert "*Tør du dele det halvfærdige?*" in markdown
    assert "**10.32** (gruppearbejde) — på kortet" in markdown
    english = to_markdown(SESSION, build_groups(notes, CARDS), "en", tz=CPH)
    assert "Date: 28 November 2026, 10:15" in english and "**10:32** (group work)" in english
    assert "No notes." in to_markdown(SESSION, [], "en")


# -- HTML ------------------------------------------------------------------------------------


class _Texts(HTMLParser):
    """Collects the text of every <p class="text"> and every attribute value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.attributes: list[str] = []
        self.tags: set[str] = set()
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [f"{name}={value}" for name, value in attrs]
        if tag == "p" and ("class", "text") in attrs:
            self._inside = True
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.texts[-1] += data


def test_html_is_self_contained_escaped_and_keeps_newlines():
    notes = [note(text, "07", i) for i, text in enumerate(TRICKY)]
    notes.append(note("NUL \x00 og CR\r\nLF", "07", 40))
    page = to_html(SESSION, build_groups(notes, CARDS), deck_title=DECK_TITLE, tz=CPH)
    parser = _Texts()
    parser.feed(page)
    assert parser.texts == [*TRICKY, "NUL \u2400 og CR\nLF"]
    assert "script" not in parser.tags and "<script>" not in page
    assert page.startswith('<!DOCTYPE html>\n<html lang="da">')
    assert '<meta charset="utf-8">' in page and "white-space: pre-wrap" in page
    without_notes = to_html(SESSION, build_groups([note("x")], CARDS), tz=CPH)
    for external in ("http:", "https:", "//", "src=", "url(", "@import", "<link"):
        assert external not in without_notes.lower()
    assert not any(a.startswith("src=") for a in parser.attributes)
    links = [a for a in parser.attributes if a.startswith("href=")]
    assert links and all(a.startswith("href=#") for a in links)  # the contents, in the page
    assert "\x00" not in page


def test_html_headings_and_meta():
    notes = [note("generelt", None), note("på kortet", "07", 17, phase="exercise")]
    page = to_html(SESSION, build_groups(notes, CARDS), deck_title=DECK_TITLE, tz=CPH)
    assert "<title>Borgermøde i Aarhus</title>" in page
    assert "<dd>28. november 2026 kl. 10.15</dd>" in page and "<dd>Rådhuset, sal 1</dd>" in page
    assert '<span class="heading">Princip 07</span> Bliv klogere sammen igen og igen' in page
    assert '<p class="question">Tør du dele det halvfærdige?</p>' in page
    assert '<time datetime="2026-11-28T10:32+01:00">10.32</time>' in page
    assert page.index("Generelt om workshoppen") > page.index("Princip 07")
    english = to_html(SESSION, [], "en")
    assert '<html lang="en">' in english and "No notes." in english


def test_names_with_markup_are_escaped_everywhere(tmp_path):
    session = Session(2, "d", "<b>*Navn*</b>", "=Sted", START)
    groups = build_groups([note("x", "07")], [CardInfo("07", "#07", "<i>titel</i>", "_?_")])
    assert "<b>" not in to_html(session, groups) and "<i>" not in to_html(session, groups)
    assert to_markdown(session, groups).startswith("# \\<b\\>\\*Navn\\*\\</b\\>\n")
    rows = _read_csv(tmp_path, to_csv(session, groups))
    assert rows[1][0] == "<b>*Navn*</b>" and rows[1][3] == "d"


def test_from_the_store_to_every_format(tmp_path):
    with NotesStore.open(tmp_path / "notes.sqlite3", lambda: START, tz=CPH) as store:
        session = store.create_session("samarbejdskompasset", deck_title=DECK_TITLE)
        store.add_note(session.id, "Del det halvfærdige", "samarbejdskompasset", "07")
        gone = store.add_note(session.id, "fortrudt", "samarbejdskompasset", "07")
        store.delete_note(gone.id)
        groups = build_groups(store.notes(session.id, include_deleted=True), CARDS)
    assert [g.kind for g in groups] == ["card"] and len(groups[0].notes) == 1
    assert "Del det halvfærdige" in to_html(session, groups, tz=CPH)
    assert "fortrudt" not in to_markdown(session, groups, tz=CPH)
    assert b"Del det halvf\xc3\xa6rdige" in to_csv(session, groups, tz=CPH)


# -- writing files ---------------------------------------------------------------------------


def test_write_atomic_replaces_the_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "handout.html"
    write_atomic(target, b"old")
    write_atomic(target, "ny æøå".encode())
    assert target.read_bytes() == "ny æøå".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["handout.html"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path):
    folder = tmp_path / "handout.md"
    folder.mkdir()  # a folder where the file should go: the replace fails
    with pytest.raises(ExportError) as caught:
        write_atomic(folder, b"data")
    assert "kunne ikke" in caught.value.heading.lower() and str(folder) in caught.value.details
    assert list(tmp_path.iterdir()) == [folder] and list(folder.iterdir()) == []
    with pytest.raises(ExportError) as caught:
        write_atomic(tmp_path / "missing" / "handout.md", b"data", lang="en")
    assert "could not be saved" in caught.value.heading


def test_groups_are_plain_data_for_the_pdf_export():
    group = build_groups([note("x")], CARDS)[0]
    assert isinstance(group, NoteGroup) and group.card == CARDS[1] and group.notes[0].text == "x"


# A right-to-left override makes "invoice_RLO_fdp.exe" read "invoice_exe.pdf": the handout
# must show the letters in the order they were typed, with no bidi control left in it.
SPOOF = "Betalt af \u202eknab\u202c i dag, \u2066isoleret\u2069 \u202aind\u202b lejret\u202c"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
LRM_SPOOF = "pris\u200f 100 kr"  # a right-to-left mark in a note with no right-to-left letter
HEBREW = "שלום\u200e (10)"  # a left-to-right mark that keeps the number where it belongs


def _bidi_groups() -> list[NoteGroup]:
    notes = [note(text, "07", i) for i, text in enumerate((SPOOF, LRM_SPOOF, HEBREW))]
    return build_groups(notes, CARDS)


def test_bidi_controls_are_neutralised_in_markdown():
    text = to_markdown(SESSION, _bidi_groups(), tz=CPH)
    assert not BIDI_CONTROLS.search(text)
    assert "Betalt af knab i dag, isoleret ind lejret" in text
    assert "pris 100 kr" in text and HEBREW in text


def test_bidi_controls_are_neutralised_in_csv():
    text = to_csv(SESSION, _bidi_groups(), tz=CPH).decode("utf-8-sig")
    assert not BIDI_CONTROLS.search(text)
    assert "Betalt af knab i dag, isoleret ind lejret" in text
    assert "pris 100 kr" in text and HEBREW in text


def test_bidi_controls_are_neutralised_in_html():
    text = to_html(SESSION, _bidi_groups(), tz=CPH)
    assert not BIDI_CONTROLS.search(text)
    assert "Betalt af knab i dag, isoleret ind lejret" in text
    assert "pris 100 kr" in text and HEBREW in text


def test_bidi_controls_in_a_session_name_are_neutralised():
    spoofed = Session(1, "d", "Møde \u202eedøm", "\u2067sal\u2069", START)
    text = to_markdown(spoofed, [], tz=CPH)
    assert not BIDI_CONTROLS.search(text) and "Møde edøm" in text
