"""The command line: run (default), check, render, print, notes, set-pin."""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kompas_kiosk import __version__
from kompas_kiosk.cli.notes_args import add_notes_parser
from kompas_kiosk.cli.option_values import minutes_in, room_in, seconds_in, size_in
from kompas_kiosk.cli.print_cards import add_print_parser, run_print
from kompas_kiosk.core.i18n import LANGUAGES, Text, detect_language

if TYPE_CHECKING:
    from kompas_kiosk.core.decks.model import LoadedDeck
    from kompas_kiosk.core.decks.problems import Problem
    from kompas_kiosk.core.programmes.model import LoadedProgramme

COMMANDS = ("run", "check", "render", "print", "notes", "set-pin")


SAY = {
    "room_size": Text("--room-size hører sammen med --room", "--room-size goes with --room"),
    "see_help": Text("{message} (se: {prog} --help)", "{message} (see: {prog} --help)"),
}

# argparse's own words (it speaks English only), as they appear in its messages.
ARGPARSE_WORDS = (
    Text("ukendte argumenter", "unrecognized arguments"),
    Text("ugyldigt valg", "invalid choice"),
    Text("vælg mellem", "choose from"),
    Text("mangler en værdi", "expected one argument"),
    Text("disse argumenter mangler", "the following arguments are required"),
    Text("ikke tilladt sammen med", "not allowed with argument"),
    Text("argumentet", "argument"),
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, lang: str = "da", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang  # the language of its messages: `--lang`, else the system's

    def error(self, message: str) -> None:  # type: ignore[override]
        if self.lang == "da":
            for words in ARGPARSE_WORDS:
                message = message.replace(f"{words.en}:", f"{words.da}:")
                message = message.replace(f"{words.en} ", f"{words.da} ")
        # prog is "kompas-kiosk" or "kompas-kiosk run": named once in the hint
        hint = SAY["see_help"].format(self.lang, message=message, prog=self.prog)
        self.exit(2, f"kompas-kiosk: {hint}\n")


def language_of(args: Sequence[str]) -> str:
    """The language for messages: `--lang` on the command line, else the system's."""
    for index, arg in enumerate(args):
        if arg.startswith("--lang="):
            value = arg.partition("=")[2]
        elif arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        else:
            continue
        if value in LANGUAGES:
            return value
    return detect_language()


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--content",
        type=Path,
        action="append",
        metavar="DIR",
        help="a folder of decks, a deck folder or a deck.yaml (default: the bundled decks)",
    )
    parser.add_argument("--lang", choices=("da", "en"), help="language of messages")


def build_parser(lang: str = "da", command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; its error messages in `lang`. For `run` only its own options
    are made (a start waits for the parser; the other commands' cost ~5 ms)."""
    parser_class = cast(type[_Parser], functools.partial(_Parser, lang=lang))
    parser = parser_class(prog="kompas-kiosk", description="Kompas Kiosk: cards for the room.")
    parser.add_argument("--version", action="version", version=f"kompas-kiosk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=parser_class)

    run = sub.add_parser("run", help="show the kiosk fullscreen (the default)")
    _common(run)
    run.add_argument("--deck", metavar="ID", help="open this deck instead of the deck chooser")
    run.add_argument("--programme", metavar="ID", help="run this programme (a workshop's steps)")
    run.add_argument("--screen", type=int, metavar="N", help="the room screen, counted from 0")
    run.add_argument(
        "--console-screen", type=int, metavar="M", help="the presenter console's screen"
    )
    run.add_argument("--windowed", action="store_true", help="a window instead of fullscreen")
    run.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="where notes and state are kept (default: the user's data folder)",
    )
    run.add_argument(
        "--minutes",
        type=minutes_in(lang),
        metavar="N",
        help="length of the exercise countdown (default: the deck's)",
    )
    run.add_argument(
        "--kiosk",
        action="store_true",
        help="town-hall screen: closing takes the PIN from the settings, and the cards cycle "
        "when nobody has touched the screen for a while",
    )
    run.add_argument(
        "--room",
        type=room_in(lang),
        metavar="DIAGONAL,DISTANCE",
        help='the room screen\'s diagonal and the farthest viewer, e.g. "65in,8m" or "165cm,8m": '
        "no text smaller than the back row can read; long text in pages (default: the settings')",
    )
    run.add_argument("--fresh", action="store_true", help="start afresh, not where the kiosk was")
    run.add_argument("--workshop", metavar="NAME", help="start a new workshop: its own notes")
    run.add_argument("--place", default="", metavar="PLACE", help="where the new workshop is")
    run.add_argument(
        "--theme",
        choices=("default", "high-contrast"),
        help="the colours: the calm default, or high contrast for low vision",
    )
    run.add_argument(
        "--reduced-motion",
        action="store_true",
        help="a short cross-fade instead of the card turning over",
    )
    run.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation offscreen; exit 0 when it works, else 1 with one line "
        "per problem",
    )
    run.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    if command == "run":
        return parser

    check = sub.add_parser("check", help="validate decks; exit 0 when clean, 1 with problems")
    check.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="deck files, deck folders or folders of decks (default: bundled)",
    )
    check.add_argument("--lang", choices=("da", "en"), help="language of messages")
    check.add_argument(
        "--room",
        metavar="DIAGONAL,DISTANCE",
        help='legibility for a room, e.g. "65in,8m" or "86in,10m,portrait": every card whose '
        "smallest text is under the AVIXA DISCAS minimum for the farthest viewer",
    )
    check.add_argument(
        "--room-size", type=size_in(lang), metavar="WxH", help="with --room: the screen's pixels"
    )

    render = sub.add_parser("render", help="render a card to a PNG, no display needed")
    _common(render)
    what = render.add_mutually_exclusive_group(required=True)
    what.add_argument("--deck", metavar="ID")
    what.add_argument("--programme", metavar="ID", help="a programme's step, as the room sees it")
    render.add_argument("--step", type=int, default=1, metavar="N", help="with --programme: from 1")
    render.add_argument(
        "--console", action="store_true", help="with --programme: the presenter console"
    )
    render.add_argument(
        "--card",
        metavar="NUMBER",
        help="the card's printed number, or its position from 1 (default: the first card)",
    )
    render.add_argument("--size", type=size_in(lang), default=(1920, 1080), metavar="WxH")
    render.add_argument("--face", choices=("front", "back"), default="front")
    render.add_argument("--theme", choices=("default", "high-contrast"), default="default")
    render.add_argument("--view", choices=("card", "exercise"), default="card")
    render.add_argument(
        "--remaining",
        type=seconds_in(lang),
        metavar="SECONDS",
        help="with --view exercise: the countdown running with this much left "
        "(negative: over time); without it, ready to start",
    )
    render.add_argument(
        "--room",
        type=room_in(lang),
        metavar="DIAGONAL,DISTANCE",
        help='as the kiosk shows it in a room, e.g. "65in,8m"',
    )
    render.add_argument(
        "--page",
        type=int,
        default=0,
        metavar="N",
        help="with --room: the page of a long card (0: title and question, 1 on: its text) "
        "or of a full slide (from 0)",
    )
    render.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png|jpg")
    add_print_parser(sub)
    setpin = sub.add_parser("set-pin", help="set or remove the kiosk-mode PIN (4-12 digits)")
    how = setpin.add_mutually_exclusive_group()
    how.add_argument("--stdin", action="store_true", help="read the PIN from standard input")
    how.add_argument("--remove", action="store_true", help="remove the PIN")
    setpin.add_argument("--data-dir", type=Path, metavar="DIR")
    setpin.add_argument("--lang", choices=("da", "en"))

    add_notes_parser(sub, parser_class)
    return parser


def _notes(args: argparse.Namespace, lang: str) -> int:
    from kompas_kiosk import app
    from kompas_kiosk.cli import notes as notes_cli
    from kompas_kiosk.core.decks.content import content_paths

    data = app.resolve_paths([], args.data_dir).data
    if args.notes_command == "list":
        return notes_cli.notes_list(data, lang, sys.stdout, sys.stderr)
    if args.notes_command == "import":
        from kompas_kiosk.cli.notes_import import notes_import

        paths = content_paths(args.content)
        return notes_import(data, args.files, args.into, paths, lang, sys.stdout, sys.stderr)
    return notes_cli.notes_export(
        data,
        args.workshop,
        args.fmt,
        args.output,
        content_paths(args.content),
        lang,
        sys.stdout,
        sys.stderr,
        programme=args.programme,
    )


def _workshop(args: argparse.Namespace, lang: str) -> tuple[str, str] | None:
    """--workshop NAME [--place PLACE], checked: a blank name is a mistake on the command line."""
    if args.workshop is None:
        return None
    from kompas_kiosk.core.errors import UsageError
    from kompas_kiosk.core.notes.workshop import WorkshopNameError, clean

    try:
        return clean(args.workshop, args.place, lang)
    except WorkshopNameError as error:
        raise UsageError(f"--workshop: {error}") from error


def _layout_check() -> tuple[
    Callable[[LoadedDeck], Sequence[Problem]] | None,
    Callable[[LoadedProgramme], Sequence[Problem]] | None,
]:
    """The checks that lay every card and every slide out, when Qt can be had; else none."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import PySide6.QtGui  # noqa: F401 - a kiosk without Qt still checks the files
    except ImportError:
        return None, None
    from kompas_kiosk.ui.offscreen.layout_check import layout_problems, slide_problems

    return layout_problems, slide_problems


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in (*COMMANDS, "-h", "--help", "--version"):
        args_list.insert(0, "run")
    args = build_parser(language_of(args_list), args_list[0]).parse_args(args_list)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    lang = args.lang or detect_language()
    from kompas_kiosk import app
    from kompas_kiosk.core.decks.content import content_paths
    from kompas_kiosk.core.errors import EnvironmentProblem, UsageError

    try:
        if args.command in ("notes", "print"):
            return _notes(args, lang) if args.command == "notes" else run_print(args, lang)
        if args.command == "check":
            if args.room_size is not None and args.room is None:
                raise UsageError(SAY["room_size"].format(lang))
            if args.room is not None:
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                from kompas_kiosk.ui.offscreen.room_check import run_room_check

                return run_room_check(
                    content_paths(args.paths), args.room, lang, sys.stdout, args.room_size
                )
            from kompas_kiosk.core.programmes.check import run_content_check

            return run_content_check(content_paths(args.paths), lang, sys.stdout, *_layout_check())
        if args.command == "render" and args.programme is not None:
            from kompas_kiosk.ui.offscreen.render import render_step

            paths = content_paths(args.content)
            step = (args.programme, args.step, args.size, args.output, lang, args.console)
            return render_step(paths, *step, args.room, args.page, theme=args.theme)
        if args.command == "render":
            from kompas_kiosk.ui.offscreen.render import render_card

            return render_card(
                content_paths(args.content),
                args.deck,
                args.card,
                args.size,
                args.output,
                lang,
                face=args.face,
                view=args.view,
                remaining=args.remaining,
                room=args.room,
                page=args.page,
                theme=args.theme,
            )
        if args.command == "set-pin":
            from kompas_kiosk.cli import pin as pin_cli

            return pin_cli.set_pin(
                app.resolve_paths([], args.data_dir).settings,
                lang,
                remove=args.remove,
                from_stdin=args.stdin,
                stdin=sys.stdin,
                stdout=sys.stdout,
                stderr=sys.stderr,
            )
        if args.smoke_test:
            from kompas_kiosk.cli.smoke import smoke_test

            return smoke_test(lang, args.content)
        options = app.RunOptions(
            content=content_paths(args.content),
            deck=args.deck,
            programme=args.programme,
            screen=args.screen,
            console_screen=args.console_screen,
            windowed=args.windowed,
            lang=args.lang,
            data_dir=args.data_dir,
            minutes=args.minutes,
            reduced_motion=args.reduced_motion,
            kiosk=args.kiosk,
            theme=args.theme,
            fresh=args.fresh,
            workshop=_workshop(args, lang),
            quit_after_first_paint=args.quit_after_first_paint,
            room=args.room,
        )
        return app.run(options)
    except UsageError as error:
        print(f"kompas-kiosk: {error}", file=sys.stderr)
        return 2
    except EnvironmentProblem as error:
        print(f"kompas-kiosk: {error}", file=sys.stderr)
        return 1
