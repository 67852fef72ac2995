"""`kompas-kiosk print`: the cards of a deck or a programme as a PDF for the tables."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_print_parser(sub: argparse._SubParsersAction) -> None:
    """The `print` command's options."""
    command = sub.add_parser(
        "print", help="the cards, front and back, as a PDF for duplex printing"
    )
    command.add_argument(
        "--content",
        type=Path,
        action="append",
        metavar="DIR",
        help="a folder of decks, a deck folder or a deck.yaml (default: the bundled decks)",
    )
    what = command.add_mutually_exclusive_group(required=True)
    what.add_argument("--deck", metavar="ID", help="every card of this deck")
    what.add_argument("--programme", metavar="ID", help="the cards this programme shows")
    command.add_argument(
        "--paper",
        choices=("a4", "a5", "a6"),
        default="a4",
        help="a4: two cards a sheet with crop marks; a5, a6: one card filling the page "
        "(default: a4)",
    )
    command.add_argument("--lang", choices=("da", "en"), help="language of the cards")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def run_print(args: argparse.Namespace, lang: str) -> int:
    from kompas_kiosk.core.decks.content import content_paths
    from kompas_kiosk.ui.offscreen.print_cards import print_cards

    return print_cards(
        content_paths(args.content), args.deck, args.programme, args.paper, args.output, lang
    )
