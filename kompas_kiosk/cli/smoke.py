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

PAINT_SIZE = (1280, 720)
CHIME_WAIT = 3.0  # seconds for QtMultimedia to load the chime
NOTE_TEXT = "Røgtest: æøå ÆØÅ – del det halvfærdige"
# Modules the kiosk imports only after the first card; a frozen bundle without them fails late,
# in the room, so the smoke test imports them now.
LATE_MODULES = ("PySide6.QtMultimedia", "PySide6.QtDBus", "PySide6.QtNetwork", "qtawesome")


class Failed(Exception):  # noqa: N818 - a failed check, reported as one line
    """A check that failed; its message is the one line the technician reads."""


def _say(lang: str, da: str, en: str) -> str:
    return en if lang == "en" else da


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
    from kompas_kiosk import app
    from kompas_kiosk.core import resources

    paths = list(content) if content else app.content_paths(None)
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
            _say(
                lang,
                f"smoke test: {failures} fejl ({where}, {elapsed:.1f} s)",
                f"smoke test: {failures} failed ({where}, {elapsed:.1f} s)",
            ),
            file=err,
            flush=True,
        )
        return 1
    print(f"smoke test: ok ({where}, {elapsed:.1f} s)", file=out, flush=True)
    return 0


def _check_content(paths: Sequence[Path], lang: str, state: dict[str, object]) -> str:
    from kompas_kiosk.core.decks.loader import load_decks

    decks = load_decks(list(paths))  # no cache: the smoke test writes nowhere but its tmp folder
    if not decks:
        where = ", ".join(str(p) for p in paths)
        raise Failed(_say(lang, f"ingen kortsæt i {where}", f"no decks in {where}"))
    bad = [d for d in decks if not d.ok]
    state["decks"] = decks
    if bad:
        problems = "; ".join(
            problem.format(lang) for loaded in bad for problem in loaded.problems
        ) or ", ".join(d.deck_id for d in bad)
        raise Failed(
            _say(
                lang,
                f"{len(bad)} af {len(decks)} kortsæt har fejl: {problems}",
                f"{len(bad)} of {len(decks)} decks have problems: {problems}",
            )
        )
    cards = sum(len(d.deck.cards) for d in decks if d.deck is not None)
    return _say(lang, f"{len(decks)} kortsæt, {cards} kort", f"{len(decks)} decks, {cards} cards")


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
            raise Failed(
                _say(
                    lang,
                    f"noten kom ikke uændret tilbage fra {path}: {notes!r}",
                    f"the note did not come back unchanged from {path}: {notes!r}",
                )
            )
    return _say(lang, "skrev og læste en note", "wrote and read a note")


def _check_fonts(fonts_dir: Path, lang: str) -> str:
    from kompas_kiosk import app
    from kompas_kiosk.ui.theme import typescale

    app.application()  # loads the bundled fonts, as the kiosk does (and only logs a failure)
    # so load them again and look: the system may have Inter
    failed = typescale.load_fonts(fonts_dir)
    if failed:
        raise Failed(
            _say(
                lang,
                f"skrifttyperne {', '.join(failed)} kan ikke indlæses fra {fonts_dir}",
                f"the fonts {', '.join(failed)} cannot be loaded from {fonts_dir}",
            )
        )
    return f"{typescale.FAMILY} ({fonts_dir})"


def _check_paint(state: dict[str, object], lang: str) -> str:
    decks = state.get("decks")
    if not decks:
        raise Failed(_say(lang, "intet kortsæt at male", "no deck to paint"))
    from kompas_kiosk.ui.offscreen.render import grab_card

    loaded = next((d for d in decks if d.ok), None)  # type: ignore[attr-defined]
    if loaded is None:
        raise Failed(_say(lang, "intet fejlfrit kortsæt at male", "no clean deck to paint"))
    image = grab_card(decks, loaded.deck_id, 0, PAINT_SIZE, lang)
    colours = _distinct_colours(image)
    if image.isNull() or image.size().width() != PAINT_SIZE[0] or colours < 16:
        raise Failed(
            _say(
                lang,
                f"det første kort i '{loaded.deck_id}' blev malet tomt ({colours} farver)",
                f"the first card of '{loaded.deck_id}' painted blank ({colours} colours)",
            )
        )
    card = loaded.deck.cards[0]
    return f"{loaded.deck_id} {card.number} {PAINT_SIZE[0]}x{PAINT_SIZE[1]}, {colours} colours"


def _distinct_colours(image) -> int:  # type: ignore[no-untyped-def]
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
        raise Failed(
            _say(
                lang,
                f"lyden {path} kan ikke læses: {error}",
                f"the sound {path} cannot be read: {error}",
            )
        ) from None
    if frames == 0:
        raise Failed(_say(lang, f"lyden {path} er tom", f"the sound {path} is empty"))
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
        return _say(lang, f"{length}, indlæst (ikke afspillet)", f"{length}, loaded (not played)")
    if not QMediaDevices.audioOutputs():  # CI, a server: nothing to play on; not our fault
        return _say(
            lang,
            f"{length}; ingen lydenhed her, så den er ikke indlæst",
            f"{length}; no sound device here, so it was not loaded",
        )
    status = effect.status().name if effect is not None else "-"
    raise Failed(
        _say(
            lang,
            f"QtMultimedia kunne ikke indlæse {path} ({status}): {player.problem_text}",
            f"QtMultimedia could not load {path} ({status}): {player.problem_text}",
        )
    )


def _check_modules(lang: str) -> str:
    missing = []
    for name in LATE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            missing.append(f"{name} ({error})")
    if missing:
        raise Failed(_say(lang, f"mangler: {'; '.join(missing)}", f"missing: {'; '.join(missing)}"))
    return ", ".join(name.rsplit(".", 1)[-1] for name in LATE_MODULES)


def _check_icons(lang: str) -> str:
    from kompas_kiosk.ui.common import icons

    pixmap = icons.pixmap(icons.DECK, "#17324a", 64)
    if pixmap is None or pixmap.isNull() or _distinct_colours(pixmap.toImage()) < 2:
        raise Failed(
            _say(
                lang,
                "ikonerne (QtAwesome's skrifttyper) kan ikke tegnes; se loggen",
                "the icons (QtAwesome's fonts) cannot be drawn; see the log",
            )
        )
    return icons.DECK


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kompas_kiosk.cli.smoke [--lang en] [--content DIR …]`."""
    parser = argparse.ArgumentParser(prog="kompas-kiosk --smoke-test", description=__doc__)
    parser.add_argument("--lang", choices=("da", "en"))
    parser.add_argument("--content", type=Path, action="append", metavar="DIR")
    args = parser.parse_args(argv)
    import logging

    from kompas_kiosk.core.i18n import detect_language

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return smoke_test(args.lang or detect_language(), args.content)


if __name__ == "__main__":
    sys.exit(main())
