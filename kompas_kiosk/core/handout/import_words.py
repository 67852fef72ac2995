"""What is wrong with a file given to ``notes import``: one message a kind, Danish and English.

A reader reports ``Problem(line, text)``; the command line prints ``file:line: text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kompas_kiosk.core.i18n import Text

MAX_PROBLEMS = 20  # a file's first problems are shown; then how many more there are

WORDS: dict[str, Text] = {
    "unreadable": Text("kan ikke læses ({cause})", "cannot be read ({cause})"),
    "empty": Text("filen er tom", "the file is empty"),
    "not_utf8": Text(
        "filen er ikke UTF-8-tekst (byte {offset})", "the file is not UTF-8 text (byte {offset})"
    ),
    "json_syntax": Text(
        "ikke gyldig JSON (kolonne {column}): {cause}", "not valid JSON (column {column}): {cause}"
    ),
    "json_format": Text(
        "ikke en noteeksport fra Kompas Kiosk („format“ skal være „{format}“)",
        'not a notes export from Kompas Kiosk ("format" must be "{format}")',
    ),
    "json_version": Text(
        "lavet af en nyere kiosk (version {found}; denne kiosk læser version {ours}); "
        "opdatér kiosken",
        "made by a newer kiosk (version {found}; this kiosk reads version {ours}); "
        "update the kiosk",
    ),
    "missing": Text("{what} mangler „{field}“", '{what} has no "{field}"'),
    "wrong_type": Text("„{field}“ skal være {kind}", '"{field}" must be {kind}'),
    "bad_time": Text(
        "„{field}“ er ikke et tidspunkt med tidszone: {value}",
        '"{field}" is not a time with a time zone: {value}',
    ),
    "bad_phase": Text("ukendt fase {value}; brug {known}", "unknown phase {value}; use {known}"),
    "blank": Text("noten har ingen tekst", "the note has no text"),
    "no_name": Text("workshoppen har intet navn", "the workshop has no name"),
    "csv_header": Text(
        "første linje er ikke en noteeksports kolonner ({expected})",
        "the first line is not the columns of a notes export ({expected})",
    ),
    "csv_fields": Text(
        "{found} felter, men der skal være {wanted}", "{found} fields, but there must be {wanted}"
    ),
    "csv_time": Text(
        "dato og tid skal være ÅÅÅÅ-MM-DD og TT:MM, ikke {value}",
        "the date and time must be YYYY-MM-DD and HH:MM, not {value}",
    ),
    "csv_syntax": Text("CSV-fejl: {cause}", "CSV error: {cause}"),
    "more": Text("… og flere fejl i filen", "… and more problems in the file"),
    "note": Text("noten", "the note"),
    "workshop": Text("workshoppen", "the workshop"),
    "file": Text("filen", "the file"),
    "text": Text("tekst", "text"),
    "text_or_null": Text("tekst eller null", "text or null"),
    "list": Text("en liste", "a list"),
    "object": Text("et objekt", "an object"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class FileProblem:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def say(key: str, lang: str, **params: object) -> str:
    return WORDS[key].format(lang, **params)
