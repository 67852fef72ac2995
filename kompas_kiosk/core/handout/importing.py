"""``notes import``: exports from one or more kiosks merged into this kiosk's workshops.

Every file is read and checked first (a JSON export, or a CSV one: told apart by the first
character); if any has a problem, nothing is written and ``BadImportFiles`` lists them as
``file:line: what is wrong``. Then all of them are merged in one transaction (``merge``): a
note already here is not added twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout.csv_read import read_csv
from kompas_kiosk.core.handout.import_words import MAX_PROBLEMS, FileProblem, Problem, say
from kompas_kiosk.core.handout.lossless import read_json
from kompas_kiosk.core.notes.merge import IncomingWorkshop, Merged, merge
from kompas_kiosk.core.notes.store import NotesStore


class BadImportFiles(Exception):  # noqa: N818 (names the situation)
    """At least one file cannot be imported: `problems` say where and what."""

    def __init__(self, problems: list[FileProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def read_file(
    path: Path, decks: Sequence[Deck], lang: str = "da", tz: tzinfo | None = None
) -> tuple[list[IncomingWorkshop], list[Problem]]:
    """The workshops in one export file, or its problems (at most ``MAX_PROBLEMS`` and a line
    saying there are more)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return [], [Problem(1, say("unreadable", lang, cause=error.strerror or error))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return [], [Problem(line, say("not_utf8", lang, offset=error.start))]
    if not text.strip():
        return [], [Problem(1, say("empty", lang))]
    if text.lstrip().startswith("{"):
        workshops, problems = read_json(text, lang)
    else:
        workshops, problems = read_csv(text, decks, lang, tz)
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], Problem(problems[MAX_PROBLEMS].line,
                                                      say("more", lang))]  # fmt: skip
    return workshops, problems


def read_exports(
    paths: Sequence[Path], decks: Sequence[Deck], lang: str = "da", tz: tzinfo | None = None
) -> list[IncomingWorkshop]:
    """Every file's workshops, in the order given; ``BadImportFiles`` if any file is bad."""
    workshops: list[IncomingWorkshop] = []
    problems: list[FileProblem] = []
    for path in paths:
        found, wrong = read_file(path, decks, lang, tz)
        workshops += found
        problems += [FileProblem(Path(path), p.line, p.text) for p in wrong]
    if problems:
        raise BadImportFiles(problems)
    return workshops


def import_exports(
    store: NotesStore,
    paths: Sequence[Path],
    decks: Sequence[Deck],
    into: str | None = None,
    lang: str = "da",
    tz: tzinfo | None = None,
) -> Merged:
    """Read and check every file, then merge them all (into the workshop `into`, or each into
    the one its file names) in one transaction. Raises ``BadImportFiles`` (nothing written) or
    ``StoreError`` (the store cannot be written: nothing is)."""
    return merge(store, read_exports(paths, decks, lang, tz), into)
