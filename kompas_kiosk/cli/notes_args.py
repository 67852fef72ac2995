"""The arguments of `kompas-kiosk notes list|export|import` (argparse only: nothing heavy is
loaded)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_notes_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """`notes list`, `notes export --workshop ID|latest` (`--session` is the old name) and
    `notes import FILE… [--workshop NAME]`."""
    notes = sub.add_parser(
        "notes", help="the facilitator's notes: list workshops, export one, import exports"
    )
    notes_sub = notes.add_subparsers(dest="notes_command", required=True, parser_class=parser_class)
    listing = notes_sub.add_parser("list", help="the workshops, newest first")
    export = notes_sub.add_parser("export", help="a workshop as a handout to send back")
    export.add_argument(
        "--workshop", "--session", dest="workshop", default="latest", metavar="ID|latest"
    )
    export.add_argument(
        "--format",
        choices=("md", "csv", "html", "pdf", "json"),
        dest="fmt",
        help="default: from the file name, else Markdown",
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE|DIR")
    export.add_argument(
        "--programme",
        metavar="ID",
        help="the programme the workshop ran: its cards in its order (default: the deck's)",
    )
    imports = notes_sub.add_parser(
        "import", help="CSV or JSON exports of other kiosks, merged into a workshop"
    )
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imports.add_argument(
        "--workshop",
        dest="into",
        metavar="NAME",
        help="merge every file into this workshop (default: the workshop each file names)",
    )
    for command in (export, imports):
        command.add_argument(
            "--content",
            type=Path,
            action="append",
            metavar="DIR",
            help="the decks, for the cards' titles and questions (default: bundled)",
        )
    for command in (listing, export, imports):
        command.add_argument(
            "--data-dir",
            type=Path,
            metavar="DIR",
            help="where the notes are kept (default: the user's data folder)",
        )
        command.add_argument("--lang", choices=("da", "en"), help="language of messages")
