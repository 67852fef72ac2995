"""`kompas-kiosk --smoke-test`: does this installation work? A check for CI and for a technician.

It loads the bundled decks (every one must load without a problem), opens a notes store in a
temporary folder and writes and reads back a note, loads the bundled fonts, paints the first card
of the first deck offscreen and checks the picture is not blank, and checks that what the kiosk
loads only later (the chime, QtMultimedia, QtDBus, QtNetwork, the icon fonts) is present. It plays
nothing, opens no window on a screen, and writes nothing outside its temporary folder.

Exit 0 when all is well; otherwise 1, with one line per failure on stderr. Every step runs, so
one run names every problem. Works the same from the source tree and from a PyInstaller bundle.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core.i18n import Text, detect_language

PAINT_SIZE = (1280, 720)
CHIME_WAIT = 3.0  # seconds for QtMultimedia to load the chime
NOTE_TEXT = "Røgtest: æøå ÆØÅ – del det halvfærdige"
# Modules the kiosk imports only after the first card; a frozen bundle without them fails late,
# in the room, so the smoke test imports them now.
LATE_MODULES = ("PySide6.QtMultimedia", "PySide6.QtDBus", "PySide6.QtNetwork", "qtawesome")


class Failed(Exception):  # noqa: N818 - a failed check, reported as one line
    """A check that failed; its message is the one line the technician reads."""


_TEXT: dict[str, Text] = {
    "failed": Text(
        "smoke test: {failures} fejl ({where}, {seconds} s)",
        "smoke test: {failures} failed ({where}, {seconds} s)",
    ),
    "ok": Text("smoke test: ok ({where}, {seconds} s)", "smoke test: ok ({where}, {seconds} s)"),
    "no_decks": Text("ingen kortsæt i {where}", "no decks in {where}"),
    "bad_decks": Text(
        "{bad} af {count} kortsæt har fejl: {problems}",
        "{bad} of {count} decks have problems: {problems}",
    ),
    "cards_do_not_fit": Text(
        "tekst passer ikke på kortene ved 1920x1080: {problems}",
        "text does not fit on the cards at 1920x1080: {problems}",
    ),
    "decks": Text("{decks} kortsæt, {cards} kort", "{decks} decks, {cards} cards"),
    "note_changed": Text(
        "noten kom ikke uændret tilbage fra {path}: {notes}",
        "the note did not come back unchanged from {path}: {notes}",
    ),
    "note_ok": Text("skrev og læste en note", "wrote and read a note"),
    "fonts": Text(
        "skrifttyperne {fonts} kan ikke indlæses fra {folder}",
        "the fonts {fonts} cannot be loaded from {folder}",
    ),
    "no_deck_to_paint": Text("intet kortsæt at male", "no deck to paint"),
    "no_clean_deck": Text("intet fejlfrit kortsæt at male", "no clean deck to paint"),
    "blank": Text(
        "det første kort i „{deck}“ blev malet tomt ({colours} farver)",
        "the first card of '{deck}' painted blank ({colours} colours)",
    ),
    "chime_unreadable": Text(
        "lyden {path} kan ikke læses: {error}", "the sound {path} cannot be read: {error}"
    ),
    "chime_empty": Text("lyden {path} er tom", "the sound {path} is empty"),
    "chime_loaded": Text("{length}, indlæst (ikke afspillet)", "{length}, loaded (not played)"),
    "no_sound_device": Text(
        "{length}; ingen lydenhed her, så den er ikke indlæst",
        "{length}; no sound device here, so it was not loaded",
    ),
    "chime_failed": Text(
        "QtMultimedia kunne ikke indlæse {path} ({status}): {problem}",
        "QtMultimedia could not load {path} ({status}): {problem}",
    ),
    "missing": Text("mangler: {modules}", "missing: {modules}"),
    "icons": Text(
        "ikonerne (QtAwesome's skrifttyper) kan ikke tegnes; se loggen",
        "the icons (QtAwesome's fonts) cannot be drawn; see the log",
    ),
}


def smoke_test(
    lang: str = "da",
    content: Sequence[Path] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run every check; 0 when all pass, else 1 with one line per failure on `err`."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kompas_kiosk.core import resources
    from kompas_kiosk.core.decks.content import content_paths

    paths = list(content) if content else content_paths(None)
    started = time.monotonic()
    state: dict[str, object] = {}
    steps: list[tuple[str, Callable[[], str]]] = [
        ("content", lambda: _check_content(paths, lang, state)),
        ("notes", lambda: _check_notes(lang)),
        ("fonts", lambda: _check_fonts(resources.assets_dir() / "fonts", lang)),
        ("paint", lambda: _check_paint(state, lang)),
        ("chime", lambda: _check_chime(resources.assets_dir() / "sounds" / "chime.wav", lang)),
        ("modules", lambda: _check_modules(lang)),
        ("icons", lambda: _check_icons(lang)),
    ]
    failures = 0
    for name, step in steps:
        try:
            detail = step()
        except Failed as failure:
            failures += 1
            print(f"smoke test: {name}: {failure}", file=err, flush=True)
            continue
        except Exception as error:  # noqa: BLE001 - a bug is a failed check, named, not a crash
            failures += 1
            print(f"smoke test: {name}: {type(error).__name__}: {error}", file=err, flush=True)
            continue
        print(f"smoke test: {name}: ok ({detail})", file=out, flush=True)
    elapsed = time.monotonic() - started
    where = resources.bundle_root()
    if failures:
        print(
            _TEXT["failed"].format(lang, failures=failures, where=where, seconds=round(elapsed, 1)),
            file=err,
            flush=True,
        )
        return 1
    print(_TEXT["ok"].format(lang, where=where, seconds=round(elapsed, 1)), file=out, flush=True)
    return 0


def _check_content(paths: Sequence[Path], lang: str, state: dict[str, object]) -> str:
    from kompas_kiosk.core.decks.loader import load_decks

    decks = load_decks(list(paths))  # no cache: the smoke test writes nowhere but its tmp folder
    if not decks:
        where = ", ".join(str(p) for p in paths)
        raise Failed(_TEXT["no_decks"].format(lang, where=where))
    bad = [d for d in decks if not d.ok]
    state["decks"] = decks
    if bad:
        problems = "; ".join(
            problem.format(lang) for loaded in bad for problem in loaded.problems
        ) or ", ".join(d.deck_id for d in bad)
        raise Failed(
            _TEXT["bad_decks"].format(lang, bad=len(bad), count=len(decks), problems=problems)
        )
    from kompas_kiosk.ui.offscreen.layout_check import layout_problems

    overflows = [problem for loaded in decks for problem in layout_problems(loaded)]
    if overflows:
        problems = "; ".join(problem.format(lang) for problem in overflows)
        raise Failed(_TEXT["cards_do_not_fit"].format(lang, problems=problems))
    cards = sum(len(d.deck.cards) for d in decks if d.deck is not None)
    return _TEXT["decks"].format(lang, decks=len(decks), cards=cards)


def _check_notes(lang: str) -> str:
    from kompas_kiosk.core.notes.store import NotesStore

    with tempfile.TemporaryDirectory(prefix="kompas-kiosk-smoke-") as folder:
        path = Path(folder) / "notes.sqlite3"
        with NotesStore.open(path, lang=lang) as store:
            session = store.create_session("smoke-test", deck_title="Røgtest")
            written = store.add_note(session.id, NOTE_TEXT, "smoke-test", "07")
        with NotesStore.open(path, lang=lang, verify=True) as store:  # read back from disk
            notes = store.notes(session.id)
        if [n.text for n in notes] != [NOTE_TEXT] or notes[0].id != written.id:
            raise Failed(_TEXT["note_changed"].format(lang, path=path, notes=repr(notes)))
    return _TEXT["note_ok"].format(lang)


def _check_fonts(fonts_dir: Path, lang: str) -> str:
    from kompas_kiosk.ui.application import application
    from kompas_kiosk.ui.theme import typescale

    application()  # loads the bundled fonts, as the kiosk does (and only logs a failure)
    failed = typescale.load_fonts(
        fonts_dir
    )  # so load them again and look: the system may have Inter
    if failed:
        raise Failed(_TEXT["fonts"].format(lang, fonts=", ".join(failed), folder=fonts_dir))
    return f"{typescale.FAMILY} ({fonts_dir})"


def _check_paint(state: dict[str, object], lang: str) -> str:
    decks = state.get("decks")
    if not decks:
        raise Failed(_TEXT["no_deck_to_paint"].format(lang))
    from kompas_kiosk.ui.offscreen.render import grab_card

    loaded = next((d for d in decks if d.ok), None)  # type: ignore[attr-defined]
    if loaded is None:
        raise Failed(_TEXT["no_clean_deck"].format(lang))
    image = grab_card(decks, loaded.deck_id, 0, PAINT_SIZE, lang)
    colours = _distinct_colours(image)
    if image.isNull() or image.size().width() != PAINT_SIZE[0] or colours < 16:
        raise Failed(_TEXT["blank"].format(lang, deck=loaded.deck_id, colours=colours))
    card = loaded.deck.cards[0]
    return f"{loaded.deck_id} {card.number} {PAINT_SIZE[0]}x{PAINT_SIZE[1]}, {colours} colours"


def _distinct_colours(image) -> int:
    """Distinct colours on a 4-pixel grid: a blank or single-colour picture has 1 or 2; a card
    with antialiased text has hundreds."""
    seen = set()
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen.add(image.pixel(x, y))
    return len(seen)


def _check_chime(path: Path, lang: str) -> str:
    """The chime is a readable WAV, and QtMultimedia loads it (it is not played)."""
    try:
        with wave.open(str(path), "rb") as sound:
            frames, rate = sound.getnframes(), sound.getframerate()
    except (OSError, EOFError, wave.Error) as error:
        raise Failed(_TEXT["chime_unreadable"].format(lang, path=path, error=error)) from None
    if frames == 0:
        raise Failed(_TEXT["chime_empty"].format(lang, path=path))
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtMultimedia import QMediaDevices

    from kompas_kiosk.ui.exercise.chime_player import ChimePlayer

    player = ChimePlayer(path)
    player.prepare()
    effect = player._effect  # noqa: SLF001 - the smoke test looks inside, read-only
    waiting = (effect.Status.Null, effect.Status.Loading) if effect is not None else ()
    deadline = time.monotonic() + CHIME_WAIT
    while effect is not None and effect.status() in waiting and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    length = f"{path.name} {frames / rate:.1f} s"
    if effect is not None and effect.status() == effect.Status.Ready:
        return _TEXT["chime_loaded"].format(lang, length=length)
    if not QMediaDevices.audioOutputs():  # CI, a server: nothing to play on; not our fault
        return _TEXT["no_sound_device"].format(lang, length=length)
    status = effect.status().name if effect is not None else "-"
    problem = player.problem_text
    raise Failed(_TEXT["chime_failed"].format(lang, path=path, status=status, problem=problem))


def _check_modules(lang: str) -> str:
    missing = []
    for name in LATE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            missing.append(f"{name} ({error})")
    if missing:
        raise Failed(_TEXT["missing"].format(lang, modules="; ".join(missing)))
    return ", ".join(name.rsplit(".", 1)[-1] for name in LATE_MODULES)


def _check_icons(lang: str) -> str:
    from kompas_kiosk.ui.common import icons

    pixmap = icons.pixmap(icons.DECK, "#17324a", 64)
    if pixmap is None or pixmap.isNull() or _distinct_colours(pixmap.toImage()) < 2:
        raise Failed(_TEXT["icons"].format(lang))
    return icons.DECK


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kompas_kiosk.cli.smoke [--lang en] [--content DIR …]`."""
    parser = argparse.ArgumentParser(prog="kompas-kiosk --smoke-test", description=__doc__)
    parser.add_argument("--lang", choices=("da", "en"))
    parser.add_argument("--content", type=Path, action="append", metavar="DIR")
    args = parser.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return smoke_test(args.lang or detect_language(), args.content)


if __name__ == "__main__":
    sys.exit(main())
