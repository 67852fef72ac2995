"""The JSON export and `notes import`: round trips, merging rooms, and bad files refused whole."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.handout.importing import BadImportFiles, import_exports
from kompas_kiosk.core.handout.write import export_session
from kompas_kiosk.core.notes.model import Note
from kompas_kiosk.core.notes.store import NotesStore
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"
CPH = ZoneInfo("Europe/Copenhagen")
TEXTS = [
    "Første note – æøå ÆØÅ",
    'Citat: "vi deler" \\ og ; og ,',
    "to\nlinjer\r\nog CRLF",
    "=SUM(A1:A3)",
    "emoji 🙂 og U+2028 \u2028 her",
]


@pytest.fixture(scope="module")
def decks():
    return [d.deck for d in load_decks([resources.content_dir()]) if d.deck is not None]


def a_room(path: Path, room: str, name: str = "Borgermøde", minutes: int = 0) -> list[Note]:
    """A kiosk's store with one workshop of notes taken in `room`, one deleted."""
    clock = FakeWallClock(tick=7.25)
    clock.advance(minutes * 60)
    with NotesStore.open(path, clock, room=room) as store:
        workshop = store.create_session(DECK, name, "Rådhuset")
        notes = []
        for i, text in enumerate(TEXTS):
            card = None if i == 1 else "07" if i % 2 == 0 else "3"
            phase = "exercise" if i == 3 else "card"
            notes.append(store.add_note(workshop.id, text, DECK, card, phase, group=str(i % 3)))
        gone = store.add_note(workshop.id, "slettet", DECK, "07")
        store.delete_note(gone.id)
        return notes


def export(path: Path, target: Path, fmt: str, decks, workshop: int = 1) -> bytes:
    deck = next(d for d in decks if d.id == DECK)
    with NotesStore.open(path) as store:
        export_session(store, workshop, deck, fmt, target, tz=CPH)
    return target.read_bytes()


def import_(path: Path, files: list[Path], decks, into: str | None = None, lang: str = "da"):
    with NotesStore.open(path) as store:
        return import_exports(store, files, decks, into, lang, tz=CPH)


def notes_in(path: Path) -> list[tuple[object, ...]]:
    with NotesStore.open(path) as store:
        return [
            (s.name, n.room, n.group, n.card_key, n.phase, n.text, n.uid)
            for s in store.sessions()
            for n in store.notes(s.id)
        ]


# -- the JSON export ---------------------------------------------------------------------------


def test_the_json_is_utf8_one_note_a_line_sorted_keys_and_no_deleted_notes(tmp_path, decks):
    notes = a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    data = export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    text = data.decode("utf-8")
    assert "Første note – æøå ÆØÅ" in text and "\\u00e6" not in text  # no ASCII escapes
    assert "slettet" not in text  # deleted notes are left out
    lines = text.split("\n")  # not splitlines(): U+2028 in a text is not a line end
    note_lines = [line for line in lines if line.startswith('        {"card"')]
    assert len(note_lines) == len(TEXTS) and lines.index(note_lines[0]) == 10
    first = json.loads(note_lines[0].rstrip(","))
    assert list(first) == sorted(first)
    assert first == {
        "card": "07",
        "created": notes[0].created_at.isoformat(timespec="microseconds"),
        "deck": DECK,
        "group": "0",
        "phase": "card",
        "room": "Sal 1",
        "text": TEXTS[0],
        "uid": notes[0].uid,
        "updated": notes[0].updated_at.isoformat(timespec="microseconds"),
    }
    document = json.loads(text)
    assert (document["format"], document["version"]) == ("kompas-kiosk notes", 1)
    workshop = document["workshops"][0]
    assert (workshop["name"], workshop["place"], workshop["deck"]) == (
        "Borgermøde",
        "Rådhuset",
        DECK,
    )
    assert [n["text"] for n in workshop["notes"]] == TEXTS  # every text exactly as typed
    assert data.endswith(b"}\n")


def test_export_import_export_gives_the_same_bytes(tmp_path, decks):
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    first = export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    merged = import_(tmp_path / "b" / "notes.sqlite3", [tmp_path / "a.json"], decks)
    assert (merged.added, merged.known) == (len(TEXTS), 0)
    again = export(tmp_path / "b" / "notes.sqlite3", tmp_path / "b.json", "json", decks)
    assert again == first


def test_importing_the_same_files_twice_adds_nothing_twice(tmp_path, decks):
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.csv", "csv", decks)
    target = tmp_path / "b" / "notes.sqlite3"
    import_(target, [tmp_path / "a.json"], decks)
    before = notes_in(target)
    merged = import_(target, [tmp_path / "a.json", tmp_path / "a.csv"], decks)
    assert (merged.added, merged.known) == (0, 2 * len(TEXTS))
    assert notes_in(target) == before
    # the kiosk's own export, imported into itself, is already there too
    assert import_(tmp_path / "a" / "notes.sqlite3", [tmp_path / "a.json"], decks).added == 0


def old_csv(path: Path, data: bytes) -> Path:
    """The same export as a kiosk from before groups wrote it: eight columns, no uid."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(row[:8] for row in rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    return path


def test_an_older_csv_without_group_room_or_uid_is_imported_once(tmp_path, decks):
    notes = a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    data = export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.csv", "csv", decks)
    old = old_csv(tmp_path / "old.csv", data)
    assert old.read_text("utf-8-sig").splitlines()[0].count(";") == 7
    target = tmp_path / "b" / "notes.sqlite3"
    assert import_(target, [old], decks).added == len(TEXTS)
    assert import_(target, [old], decks).added == 0  # by room, card, phase, minute and text
    found = notes_in(target)
    texts = [n.text.replace("\r\n", "\n") for n in notes]  # a CSV gives CRLF back as LF
    assert sorted(row[5] for row in found) == sorted(texts)
    by_text = {row[5]: row for row in found}
    assert by_text[TEXTS[0]][1:5] == ("", "", "07", "card")  # "Princip 07" is card 07 again
    assert by_text[TEXTS[1]][3] is None  # the workshop in general
    assert by_text["=SUM(A1:A3)"][4] == "exercise"  # the formula guard is taken off
    assert all(len(row[6]) == 32 for row in found)  # each got a uid here


def test_two_rooms_are_merged_into_one_workshop_keeping_each_note_s_room(tmp_path, decks):
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    a_room(tmp_path / "b" / "notes.sqlite3", "Sal 2", minutes=3)
    export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    export(tmp_path / "b" / "notes.sqlite3", tmp_path / "b.csv", "csv", decks)
    target = tmp_path / "c" / "notes.sqlite3"
    merged = import_(target, [tmp_path / "a.json", tmp_path / "b.csv"], decks)
    assert merged.added == 2 * len(TEXTS) and [s.name for s in merged.workshops] == ["Borgermøde"]
    found = notes_in(target)
    assert {row[0] for row in found} == {"Borgermøde"}
    assert sorted({row[1] for row in found}) == ["Sal 1", "Sal 2"]
    assert sum(row[1] == "Sal 2" and row[2] == "1" for row in found) == 2  # groups kept
    data = export(target, tmp_path / "c.json", "json", decks)
    lines = [line.rstrip(",") for line in data.decode().split("\n") if '"uid"' in line]
    rooms = [json.loads(line)["room"] for line in lines]
    assert rooms.count("Sal 1") == rooms.count("Sal 2") == len(TEXTS)


def test_workshop_name_puts_every_file_into_one_workshop(tmp_path, decks):
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1", name="Morgen")
    a_room(tmp_path / "b" / "notes.sqlite3", "Sal 2", name="Eftermiddag")
    export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    export(tmp_path / "b" / "notes.sqlite3", tmp_path / "b.json", "json", decks)
    target = tmp_path / "c" / "notes.sqlite3"
    import_(target, [tmp_path / "a.json"], decks)  # "Morgen" is here already
    import_(target, [tmp_path / "a.json", tmp_path / "b.json"], decks, into="Hele dagen")
    with NotesStore.open(target) as store:
        names = {s.name: store.count_notes(s.id) for s in store.sessions()}
    assert names == {"Morgen": len(TEXTS), "Hele dagen": len(TEXTS)}  # a's notes once only
    import_(target, [tmp_path / "b.json"], decks, into="Morgen")
    assert notes_in(target).count  # b's notes are known now: nothing is added to "Morgen"
    with NotesStore.open(target) as store:
        assert {s.name: store.count_notes(s.id) for s in store.sessions()}["Morgen"] == len(TEXTS)


# -- bad files ---------------------------------------------------------------------------------


def problems_of(tmp_path: Path, decks, files: dict[str, bytes], lang: str = "da") -> list[str]:
    """What importing `files` says, after checking that nothing at all was imported."""
    good = tmp_path / "good.json"
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    export(tmp_path / "a" / "notes.sqlite3", good, "json", decks)
    paths = [good]
    for name, data in files.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    target = tmp_path / "b" / "notes.sqlite3"
    with pytest.raises(BadImportFiles) as caught:
        import_(target, paths, decks, lang=lang)
    assert notes_in(target) == []  # the good file is not half imported either
    return [str(problem) for problem in caught.value.problems]


def good_json(tmp_path: Path, decks) -> str:
    a_room(tmp_path / "src" / "notes.sqlite3", "Sal 9")
    return export(tmp_path / "src" / "notes.sqlite3", tmp_path / "src.json", "json", decks).decode()


def test_bad_json_files_say_file_line_and_what_is_wrong(tmp_path, decks):
    text = good_json(tmp_path, decks)
    lines = text.split("\n")
    third_note = next(i for i, line in enumerate(lines) if "to\\nlinjer" in line)
    assert third_note == 12
    no_text = lines.copy()
    no_text[third_note] = no_text[third_note].replace('"text"', '"tekst"')
    bad_time = text.replace('"created": "2026', '"created": "i går', 1)
    files = {
        "syntax.json": text.replace('"place"', '"place" "x",', 1).encode(),
        "other.json": b'{"format": "noget andet"}',
        "newer.json": text.replace('"version": 1', '"version": 7').encode(),
        "no-text.json": "\n".join(no_text).encode(),
        "bad-time.json": bad_time.encode(),
        "phase.json": text.replace('"phase": "exercise"', '"phase": "pause"').encode(),
        "blank.json": text.replace(json.dumps(TEXTS[0], ensure_ascii=False), '" \\n "').encode(),
        "latin1.json": text.replace("Første", "F\udcf8rste").encode("utf-8", "surrogateescape"),
        "empty.json": b"",
    }
    said = problems_of(tmp_path, decks, files)
    where = {Path(p.split(":")[0]).name: p for p in said}
    assert set(where) == set(files)
    assert where["syntax.json"].startswith(f"{tmp_path / 'syntax.json'}:9: ikke gyldig JSON")
    assert where["other.json"].endswith(
        ":1: ikke en noteeksport fra Kompas Kiosk („format“ skal være „kompas-kiosk notes“)"
    )
    assert ":1: lavet af en nyere kiosk (version 7" in where["newer.json"]
    assert where["no-text.json"].endswith(f":{third_note + 1}: noten mangler „text“")
    assert ":6: „created“ er ikke et tidspunkt med tidszone: i går" in where["bad-time.json"]
    assert ':14: ukendt fase "pause"; brug card / exercise' in where["phase.json"]
    assert where["blank.json"].endswith(":11: noten har ingen tekst")
    assert ":11: filen er ikke UTF-8-tekst (byte" in where["latin1.json"]
    assert where["empty.json"].endswith(":1: filen er tom")


def test_bad_csv_files_say_file_line_and_what_is_wrong_in_english_too(tmp_path, decks):
    a_room(tmp_path / "src" / "notes.sqlite3", "Sal 9")
    data = export(tmp_path / "src" / "notes.sqlite3", tmp_path / "src.csv", "csv", decks)
    rows = data.decode("utf-8-sig").split("\r\n")  # a note's own line ends are LF
    assert rows[2].count("\n") == 2  # the note on lines 3 to 5
    short = rows.copy()
    short[3] = ";".join(short[3].split(";")[:6])  # the row after it: line 6
    when = rows.copy()
    when[1] = when[1].replace(";2026-11-28;", ";28/11/2026;")
    phase = rows.copy()
    phase[2] = phase[2].replace(";Kort;", ";Pause;")
    files = {
        "header.csv": "\ufeffNavn;Tekst\r\nx;y\r\n".encode(),
        "short.csv": "\r\n".join(short).encode("utf-8-sig"),
        "when.csv": "\r\n".join(when).encode("utf-8-sig"),
        "phase.csv": "\r\n".join(phase).encode("utf-8-sig"),
    }
    said = problems_of(tmp_path, decks, files, lang="en")
    where = {Path(p.split(":")[0]).name: p for p in said}
    assert where["header.csv"].endswith(
        ":1: the first line is not the columns of a notes export "
        "(Session; Date; Time; Deck; Card; Card title; Phase; Note)"
    )
    assert where["short.csv"].endswith(":6: 6 fields, but there must be 11")
    assert where["when.csv"].endswith(
        ":2: the date and time must be YYYY-MM-DD and HH:MM, not 28/11/2026 "
        + rows[1].split(";")[2]
    )
    assert (
        ":3: unknown phase Pause; use Kort / Gruppearbejde / Card / Group work"
        in where["phase.csv"]
    )


def test_a_file_with_many_problems_shows_the_first_ones_and_says_there_are_more(tmp_path, decks):
    text = good_json(tmp_path, decks)
    document = json.loads(text)
    notes = document["workshops"][0]["notes"]
    document["workshops"][0]["notes"] = [{**notes[0], "phase": "?"} for _ in range(100)]
    said = problems_of(tmp_path, decks, {"many.json": json.dumps(document).encode()})
    assert len(said) == 21 and said[-1].endswith("… og flere fejl i filen")


def test_a_missing_file_is_named_and_nothing_is_imported(tmp_path, decks):
    a_room(tmp_path / "a" / "notes.sqlite3", "Sal 1")
    export(tmp_path / "a" / "notes.sqlite3", tmp_path / "a.json", "json", decks)
    target = tmp_path / "b" / "notes.sqlite3"
    with pytest.raises(BadImportFiles) as caught:
        import_(target, [tmp_path / "a.json", tmp_path / "mangler.csv"], decks)
    assert str(caught.value.problems[0]).startswith(f"{tmp_path / 'mangler.csv'}:1: kan ikke læses")
    assert notes_in(target) == []


def test_json_times_in_another_zone_are_read_as_the_same_instant(tmp_path, decks):
    text = good_json(tmp_path, decks)
    document = json.loads(text)
    note = document["workshops"][0]["notes"][0]
    note["created"] = note["created"].replace("+00:00", "+01:00")
    (tmp_path / "zone.json").write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "b" / "notes.sqlite3"
    import_(target, [tmp_path / "zone.json"], decks)
    with NotesStore.open(target) as store:
        first = store.get_note(1)
    original = NotesStore.open(tmp_path / "src" / "notes.sqlite3")
    with original:
        assert first.created_at == original.get_note(1).created_at - timedelta(hours=1)


def test_each_note_line_is_exactly_what_json_dumps_with_sorted_keys_gives(tmp_path, decks):
    path = tmp_path / "a" / "notes.sqlite3"
    with NotesStore.open(path, FakeWallClock(tick=1), room='Sal "1"\\') as store:
        workshop = store.create_session(DECK, "Navn", "")
        for text in [*TEXTS, "kontrol \x01\x1f\t tab", "\ufeff bom", "</script>"]:
            store.add_note(workshop.id, text, DECK, None, group="æ")
        edited = store.add_note(workshop.id, "før", DECK, "07")
        store.edit_note(edited.id, "efter")
    data = export(path, tmp_path / "a.json", "json", decks).decode("utf-8")
    lines = [line.strip().rstrip(",") for line in data.split("\n") if '"uid"' in line]
    assert len(lines) == len(TEXTS) + 4
    for line in lines:
        record = json.loads(line)
        assert json.dumps(record, ensure_ascii=False, sort_keys=True) == line
    assert json.loads(lines[-1])["updated"] > json.loads(lines[-1])["created"]
