"""The lossless export: a workshop and every note as JSON, which ``notes import`` reads back.

The file is UTF-8 JSON (no ASCII escapes: æøå stay æøå), written in one fixed layout so that
export → import → export gives the same bytes::

    {
      "format": "kompas-kiosk notes",
      "version": 1,
      "workshops": [
        {
          "created": "2026-11-28T09:00:00.000000+00:00",
          "deck": "samarbejdskompasset",
          "name": "Borgermøde i Aarhus",
          "place": "Rådhuset",
          "notes": [
            {"card": "07", "created": "…", "deck": "…", "group": "3", "phase": "card", ...},
            ...
          ]
        }
      ]
    }

One note a line, its keys sorted: ``card`` (null: the workshop in general), ``created``,
``deck``, ``group`` ("" none), ``phase`` ("card" or "exercise"), ``room`` ("" the exporting
kiosk's own), ``text`` (exactly as typed), ``uid``, ``updated``. Times are ISO 8601 UTC to the
microsecond. Notes are ordered by creation, then uid. Deleted notes are left out, as in every
handout. ``read_json`` checks a file and reports each problem with its line.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from kompas_kiosk.core.handout.import_words import MAX_PROBLEMS, Problem, say
from kompas_kiosk.core.notes.merge import IncomingNote, IncomingWorkshop
from kompas_kiosk.core.notes.model import PHASES, Note, Phase, Session
from kompas_kiosk.core.notes.timestamps import to_stored

FORMAT = "kompas-kiosk notes"
VERSION = 1

_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_STRING = json.encoder.encode_basestring  # a str as JSON, without ASCII escapes (C when it can)


def to_json(session: Session, notes: Iterable[Note]) -> bytes:
    """The workshop `session` and its non-deleted `notes` in the layout above."""
    rows = []
    for note in notes:
        if note.deleted_at is not None:
            continue
        created = to_stored(note.created_at)
        updated = created if note.updated_at == note.created_at else to_stored(note.updated_at)
        rows.append((created, note.uid, _note_line(note, created, updated)))
    rows.sort(key=lambda row: (row[0], row[1]))
    lines = [
        "{",
        f'  "format": {_ENCODE(FORMAT)},',
        f'  "version": {VERSION},',
        '  "workshops": [',
        "    {",
        f'      "created": {_ENCODE(to_stored(session.created_at))},',
        f'      "deck": {_ENCODE(session.deck_id)},',
        f'      "name": {_ENCODE(session.name)},',
        f'      "place": {_ENCODE(session.place)},',
    ]
    if rows:
        lines.append('      "notes": [')
        lines.append(",\n".join("        " + row[2] for row in rows))
        lines.append("      ]")
    else:
        lines.append('      "notes": []')
    lines += ["    }", "  ]", "}"]
    return ("\n".join(lines) + "\n").encode("utf-8", errors="replace")


def _note_line(note: Note, created: str, updated: str) -> str:
    """One note as ``json.dumps(record, ensure_ascii=False, sort_keys=True)`` gives it, written
    out by hand: 100,000 of them in well under a second."""
    text = _STRING
    card = "null" if note.card_key is None else text(note.card_key)
    return (
        f'{{"card": {card}, "created": {text(created)}, "deck": {text(note.deck_id)}, '
        f'"group": {text(note.group)}, "phase": {text(note.phase)}, "room": {text(note.room)}, '
        f'"text": {text(note.text)}, "uid": {text(note.uid)}, "updated": {text(updated)}}}'
    )


Where = tuple[int, ...]  # () the file, (w,) workshop w, (w, n) note n of workshop w


class _Checker:
    """Reads the parsed document, keeping each problem with where it is."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.problems: list[tuple[Where, str, str]] = []

    def fail(self, where: Where, key: str, **params: object) -> None:
        self.problems.append((where, str(params.get("field", "")), say(key, self.lang, **params)))

    def text(self, record: dict[str, Any], name: str, where: Where, what: str) -> str | None:
        if name not in record:
            self.fail(where, "missing", what=say(what, self.lang), field=name)
            return None
        value = record[name]
        if not isinstance(value, str):
            self.fail(where, "wrong_type", field=name, kind=say("text", self.lang))
            return None
        return value

    def time(self, record: dict[str, Any], name: str, where: Where, what: str) -> datetime | None:
        value = self.text(record, name, where, what)
        if value is None:
            return None
        try:
            instant = datetime.fromisoformat(value)
        except ValueError:
            instant = None
        if instant is None or instant.utcoffset() is None:
            self.fail(where, "bad_time", field=name, value=value)
            return None
        return instant.astimezone(UTC)


def read_json(text: str, lang: str = "da") -> tuple[list[IncomingWorkshop], list[Problem]]:
    """The workshops of a JSON export, or the problems found (with their lines)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [Problem(error.lineno, say("json_syntax", lang, column=error.colno,
                                              cause=error.msg))]  # fmt: skip
    check = _Checker(lang)
    workshops = _workshops(document, check)
    if not check.problems:
        return workshops, []
    lines = _Lines(text)
    return [], [Problem(lines.of(where, name), message) for where, name, message in check.problems]


def _workshops(document: object, check: _Checker) -> list[IncomingWorkshop]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        check.fail((), "json_format", format=FORMAT)
        return []
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.fail((), "json_format", format=FORMAT)
        return []
    if version > VERSION:
        check.fail((), "json_version", found=version, ours=VERSION)
        return []
    listed = document.get("workshops")
    if not isinstance(listed, list):
        check.fail((), "wrong_type", field="workshops", kind=say("list", check.lang))
        return []
    workshops = []
    for w, record in enumerate(listed):
        if len(check.problems) > MAX_PROBLEMS:
            break
        if not isinstance(record, dict):
            check.fail((w,), "wrong_type", field="workshops", kind=say("object", check.lang))
            continue
        name = check.text(record, "name", (w,), "workshop")
        if name is not None and not name.strip():
            check.fail((w,), "no_name")
        place = check.text(record, "place", (w,), "workshop")
        deck = check.text(record, "deck", (w,), "workshop")
        created = check.time(record, "created", (w,), "workshop")
        notes = record.get("notes")
        if not isinstance(notes, list):
            check.fail((w,), "wrong_type", field="notes", kind=say("list", check.lang))
            continue
        incoming = []
        for n, note in enumerate(notes):
            if len(check.problems) > MAX_PROBLEMS:
                break
            incoming.append(_note(note, (w, n), check))
        if name and place is not None and deck is not None and created is not None:
            kept = tuple(note for note in incoming if note is not None)
            workshops.append(IncomingWorkshop(name, place, deck, created, kept))
    return workshops


_FIELDS = ("uid", "room", "group", "deck", "phase", "text", "created", "updated")


def _note(record: object, where: Where, check: _Checker) -> IncomingNote | None:
    """The note `record` holds, or None with its problems told to `check`."""
    if type(record) is dict:  # the quick way for a sound note: 100,000 of them in a second
        try:
            uid, room, group, deck, phase, text, created, updated = map(record.__getitem__, _FIELDS)
            card = record["card"]
        except KeyError:
            pass
        else:
            strings = (uid, room, group, deck, phase, text, created, updated)
            if (
                all(type(value) is str for value in strings)
                and (card is None or type(card) is str)
                and phase in PHASES
                and text.strip()
            ):
                with contextlib.suppress(ValueError):
                    first = datetime.fromisoformat(created)
                    last = first if updated == created else datetime.fromisoformat(updated)
                    if first.utcoffset() is not None and last.utcoffset() is not None:
                        when = first.astimezone(UTC)
                        changed = when if last is first else last.astimezone(UTC)
                        return IncomingNote(
                            uid, room, group, deck, card, phase, text, when, changed
                        )
    return _checked_note(record, where, check)


def _checked_note(record: object, where: Where, check: _Checker) -> IncomingNote | None:
    """The note `record` holds, checked field by field to say what is wrong."""
    if not isinstance(record, dict):
        check.fail(where, "wrong_type", field="notes", kind=say("object", check.lang))
        return None
    before = len(check.problems)
    card = record.get("card")
    if "card" not in record:
        check.fail(where, "missing", what=say("note", check.lang), field="card")
    elif card is not None and not isinstance(card, str):
        check.fail(where, "wrong_type", field="card", kind=say("text_or_null", check.lang))
    uid, room, group, deck, phase, text = (
        check.text(record, name, where, "note")
        for name in ("uid", "room", "group", "deck", "phase", "text")
    )
    created = check.time(record, "created", where, "note")
    updated = check.time(record, "updated", where, "note")
    if phase is not None and phase not in PHASES:
        check.fail(where, "bad_phase", value=json.dumps(phase, ensure_ascii=False),
                   known=" / ".join(PHASES))  # fmt: skip
    if text is not None and not text.strip():
        check.fail(where, "blank")
    if len(check.problems) > before:
        return None
    assert uid is not None and room is not None and group is not None and deck is not None
    assert text is not None and created is not None and updated is not None
    the_phase: Phase = "exercise" if phase == "exercise" else "card"
    return IncomingNote(uid, room, group, deck, card, the_phase, text, created, updated)


_ARRAY = {key: re.compile(rf'"{key}"\s*:\s*\[') for key in ("workshops", "notes")}


class _Lines:
    """The line a workshop or note starts on, found only when there is a problem to report."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder()
        self.spans: dict[tuple[int, int, str], list[tuple[int, int]]] = {}

    def of(self, where: Where, name: str) -> int:
        """The line of a workshop's field `name` (its own, not a note's), else of the note, else
        of the workshop, else 1."""
        offset = 0
        if where:
            spans = self._items(0, len(self.text), "workshops")
            if where[0] < len(spans):
                start, end = spans[where[0]]
                offset = start
                notes = self._items(start, end, "notes")
                if len(where) > 1 and where[1] < len(notes):
                    offset = notes[where[1]][0]
                elif len(where) == 1 and name:
                    offset = self._field(start, end, notes, name) or start
        return self.text.count("\n", 0, offset) + 1

    def _field(self, start: int, end: int, notes: list[tuple[int, int]], name: str) -> int:
        """Where the workshop's own key `name` is: outside its notes."""
        key = re.compile(rf'"{re.escape(name)}"\s*:')
        inside = (notes[0][0], notes[-1][1]) if notes else (end, end)
        for lo, hi in ((start, inside[0]), (inside[1], end)):
            found = key.search(self.text, lo, hi)
            if found is not None:
                return found.start()
        return 0

    def _items(self, start: int, end: int, key: str) -> list[tuple[int, int]]:
        """Where each element of the array `key` (the first after `start`) begins and ends."""
        if (start, end, key) not in self.spans:
            self.spans[(start, end, key)] = self._find(start, end, key)
        return self.spans[(start, end, key)]

    def _find(self, start: int, end: int, key: str) -> list[tuple[int, int]]:
        found = _ARRAY[key].search(self.text, start, end)
        if found is None:
            return []
        spans = []
        index = found.end()
        while index < end:
            while index < end and self.text[index] in " \t\r\n,":
                index += 1
            if index >= end or self.text[index] == "]":
                break
            try:
                _, after = self.decoder.raw_decode(self.text, index)
            except json.JSONDecodeError:
                break
            spans.append((index, after))
            index = after
        return spans
