"""The composition root: resolves paths, builds the core objects and the windows, wires them."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from kompas_kiosk.core import resources
from kompas_kiosk.core.errors import EnvironmentProblem, UsageError
from kompas_kiosk.core.i18n import Text, detect_language
from kompas_kiosk.core.log_file import HeldRecords, log_to_file

if TYPE_CHECKING:
    from kompas_kiosk.core.notes.store import NotesStore
    from kompas_kiosk.core.room.legibility import Room
    from kompas_kiosk.ui.room.first_picture import Key
    from kompas_kiosk.ui.room.picture_window import PictureWindow

log = logging.getLogger("kompas_kiosk")


@dataclass(frozen=True)
class RunOptions:
    content: list[Path]
    deck: str | None = None
    programme: str | None = None  # run this programme (`content/programmes/<id>/`)
    screen: int | None = None
    console_screen: int | None = None
    windowed: bool = False
    lang: str | None = None  # None: the settings', else the system's
    data_dir: Path | None = None
    minutes: float | None = None
    reduced_motion: bool = False
    kiosk: bool = False
    theme: str | None = None  # None: the settings' (default: the calm default theme)
    fresh: bool = False  # do not start where the room was
    workshop: tuple[str, str] | None = None  # (name, place): start a new workshop
    quit_after_first_paint: bool = False
    room: Room | None = None  # None: the settings' room (None there too: today's sizes)


@dataclass(frozen=True)
class Paths:
    """Where the kiosk reads and writes, resolved once at start-up and passed down."""

    content: list[Path]
    data: Path  # the facilitator's notes and the kiosk's state
    cache: Path  # validated decks, so the next start skips validation
    config: Path  # settings.ini
    documents: Path  # where handouts are saved by default

    @property
    def notes(self) -> Path:
        return self.data / "notes.sqlite3"

    @property
    def state(self) -> Path:
        return self.data / "room-state.json"

    @property
    def settings(self) -> Path:
        return self.config / "settings.ini"


def resolve_paths(content: list[Path], data_dir: Path | None) -> Paths:
    """Every folder the kiosk uses, once. `--data-dir` puts data, cache and settings in one
    folder (a test, a USB stick); otherwise the user's standard folders."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    def where(location: QStandardPaths.StandardLocation) -> Path:
        return Path(QStandardPaths.writableLocation(location))

    QCoreApplication.setApplicationName("kompas-kiosk")
    documents = where(QStandardPaths.StandardLocation.DocumentsLocation)
    if data_dir is not None:
        return Paths(content, data_dir, data_dir / "cache", data_dir, documents)
    return Paths(
        content,
        where(QStandardPaths.StandardLocation.AppDataLocation),
        where(QStandardPaths.StandardLocation.CacheLocation),
        where(QStandardPaths.StandardLocation.AppConfigLocation),
        documents,
    )


def has_display() -> bool:
    """Whether Qt can show a window here, judged without letting Qt abort the process."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(options: RunOptions) -> int:
    if not has_display():
        raise EnvironmentProblem(
            Text(
                "ingen skærm fundet (DISPLAY er ikke sat): start kiosken på skærmens "
                "skrivebord, eller lav et billede af et kort med „kompas-kiosk render“",
                "no display found (DISPLAY is not set): start the kiosk on the room screen's "
                "desktop, or make a picture of a card with 'kompas-kiosk render'",
            ).format(options.lang)
        )
    paths = resolve_paths(options.content, options.data_dir)
    held = HeldRecords()  # the log file is opened after the first frame
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["kompas-kiosk"])  # fonts and language: below
    from kompas_kiosk.ui.kiosk.single_instance import SingleInstance

    single = SingleInstance(paths.data)
    ours = single.take()  # the lock decides; the socket that brings it forward comes later
    picture, key = first_picture(paths, options) if ours else (None, None)
    from kompas_kiosk.core.decks.content import check_deck_option, load_content
    from kompas_kiosk.core.programmes.content import (
        check_programme_option,
        load_programme_content,
    )
    from kompas_kiosk.ui.settings.store import Settings

    settings = (
        Settings(paths.settings)
        .load()
        .with_overrides(
            language=options.lang, reduced_motion=True if options.reduced_motion else None
        )
    )
    lang = settings.language or detect_language()
    decks = load_content(paths.content, paths.cache)
    check_deck_option(decks, options.deck, lang)
    programmes = load_programme_content(paths.content, decks, paths.cache)
    check_programme_option(programmes, options.programme, lang)
    from kompas_kiosk.ui.application import application

    app = application(lang=lang)
    if not ours:
        taken = Text(
            "en anden kiosk kører allerede med datamappen {folder}",
            "another kiosk already runs on the data folder {folder}",
        )
        then = (
            Text("; den svarer ikke", "; it does not answer")
            if single.problem
            else Text("; den er bragt frem", "; it has been brought to the front")
        )
        more = Text(
            ". Start med --data-dir <en anden mappe> for en kiosk mere",
            ". Start with --data-dir <another folder> for one more kiosk",
        )
        print(
            "".join(t.format(lang, folder=paths.data) for t in (taken, then, more)),
            file=sys.stderr,
        )
        return 0
    app.aboutToQuit.connect(single.release)
    screens = QApplication.screens()
    if options.screen is not None and not 0 <= options.screen < len(screens):
        names = ", ".join(
            f"{i}: {s.name()} {s.size().width()}x{s.size().height()}" for i, s in enumerate(screens)
        )
        raise UsageError(
            Text(
                "der er ingen skærm {screen}; skærmene er {names}",
                "there is no screen {screen}; the screens are {names}",
            ).format(lang, screen=options.screen, names=names)
        )
    if options.console_screen is not None and not 0 <= options.console_screen < len(screens):
        raise UsageError(
            Text(
                "der er ingen skærm {screen} til styringen",
                "there is no screen {screen} for the console",
            ).format(lang, screen=options.console_screen)
        )
    window = build_window(decks, paths, settings, lang, options, programmes)
    from kompas_kiosk.ui.common.stop_signals import quit_on_signals

    quit_on_signals(app, window.controller.quit_now)
    single.raise_requested.connect(window.bring_forward)
    install_excepthook(window)
    painted: list[float] = []
    if options.quit_after_first_paint:
        window.card_view.first_painted.connect(lambda: painted.append(time.monotonic()))
    from kompas_kiosk.ui.console import screens as screen_layout

    room = screen_layout.room_screen(options.screen, settings.room_screen)
    assert room is not None  # the screen's number was checked above
    screen_layout.place(window, room, options.windowed, "room")
    if key is not None:
        from kompas_kiosk.ui.room.first_picture import take_over

        take_over(window, picture, paths.cache, key)
    window.closed.connect(app.quit)
    window.after_first_frame(lambda: log_to_file(paths.data, held))
    window.after_first_frame(single.listen)
    # The console (its icons cost 0.2 s) is built once the room's first frame is up.
    window.after_first_frame(lambda: add_console(window, options, paths, settings))
    if options.quit_after_first_paint:  # for benchmarks and tests: when the card was painted
        window.after_first_frame(lambda: _report_first_paint(app, painted))
    if not options.windowed:  # a D-Bus call: after the first frame
        window.after_first_frame(lambda: hold_the_screen(app, window))
    return app.exec()


def first_picture(paths: Paths, options: RunOptions) -> tuple[PictureWindow | None, Key | None]:
    """The last start's first frame, shown at once when this start is made of the same things,
    and the key of this start's first frame (None: windowed, none is kept)."""
    from PySide6.QtCore import QSettings

    from kompas_kiosk.ui.console.screens import place, room_screen
    from kompas_kiosk.ui.room import first_picture

    named = QSettings(str(paths.settings), QSettings.Format.IniFormat).value("room_screen")
    screen = room_screen(options.screen, named if isinstance(named, str) and named else None)
    if options.windowed or screen is None:
        return None, None
    key = first_picture.start_key(
        code=[Path(__file__).parent, resources.assets_dir()],
        content=paths.content,
        settings=paths.settings,
        state=None if options.fresh or options.deck or options.programme else paths.state,
        options=repr(sorted(vars(options).items())) + repr(paths),
        screen=screen,
    )
    shown = first_picture.show(paths.cache, key, lambda w: place(w, screen, False, "picture"))
    return shown, key


def build_window(decks, paths: Paths, settings, lang: str, options: RunOptions, programmes=None):
    """The room window with its notes, state, exercise and kiosk mode wired up."""
    from kompas_kiosk.core.room.state import StateFile
    from kompas_kiosk.ui.room.window import RoomWindow
    from kompas_kiosk.ui.theme.colors import THEMES

    state_file = StateFile(paths.state)
    state = None if options.fresh or options.deck or options.programme else state_file.load()
    window = RoomWindow(  # the state file is set once the first card is chosen
        decks,
        lang,
        chime_path=resources.assets_dir() / "sounds" / "chime.wav",
        minutes=options.minutes,
        reduced_motion=settings.reduced_motion,
        next_flips=settings.next_flips,
        notes_store=lambda: open_notes(paths, lang, settings.room_name),
        documents_dir=Path(settings.export_folder).expanduser()
        if settings.export_folder
        else paths.documents,
        colors=THEMES[options.theme or settings.theme],
    )
    room = window.controller  # what the room sees and does
    room.exercise.set_warning_percent(settings.warning_percent)
    if programmes is None:
        from kompas_kiosk.core.programmes.content import load_programme_content

        programmes = load_programme_content(paths.content, decks, paths.cache)
    window.set_programmes(programmes)
    window.keys.learn(settings.clicker)  # the clicker taught on the settings page
    window.card_view.set_room(options.room or settings.room_spec)  # text the back row reads
    window.exercise.chime.set_muted(not settings.sound)
    window.reload_requested.connect(lambda: reload(window, paths))
    window.after_first_frame(window.exercise.chime.prepare)
    if options.deck:
        window.open_deck_id(options.deck)
    elif options.programme:
        room.open_programme_id(options.programme)
    elif (state is None or not room.restore(state)) and len(decks) == 1 and decks[0].ok:
        room.open_loaded(0)
    room.state_file = state_file  # what the room sees is saved (and synced) after the first frame
    if (workshop := options.workshop) is not None:  # the notes from now on are its
        window.after_first_frame(lambda: window.notes_panel.start_workshop(*workshop))
    window.after_first_frame(room.save_state)
    if options.kiosk:
        from kompas_kiosk.ui.kiosk.mode import KioskMode

        # Town-hall screen: closing takes the PIN; when idle, the attract loop runs.
        window.kiosk_mode = KioskMode(window, settings)
    return window


def open_notes(paths: Paths, lang: str, room: str = "") -> NotesStore:
    """The notes store, opened when the notes are first needed (sqlite3: after the first card);
    `room` is the room's name its new notes are stamped with (the setting ``room_name``)."""
    from kompas_kiosk.core.notes.store import NotesStore

    return NotesStore.open(paths.notes, lang=lang, room=room)


def add_console(window, options: RunOptions, paths: Paths, settings) -> None:
    """The presenter console on another screen (or as an overlay that C shows), with the
    settings page facilitators change."""
    from kompas_kiosk.ui.common.toast import Toast
    from kompas_kiosk.ui.console.screens import ScreenArrangement
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.settings.page import SettingsPage

    console = ConsoleWindow(window, window.colors)
    window.toast.forward_to(Toast(console, window.colors))  # shown: the room's messages go there
    page = SettingsPage(paths.settings, parent=console)
    page.applied.connect(window.apply_settings)
    page.applied.connect(lambda values: window.keys.learn(values.clicker))  # a taught clicker
    page.applied.connect(
        lambda v: window.controller.exercise.set_warning_percent(v.warning_percent)
    )
    if options.room is None:  # the room given on the settings page, unless --room said
        page.applied.connect(lambda values: window.card_view.set_room(values.room_spec))
    console.set_settings_page(page)
    from kompas_kiosk.ui.console.live_settings import LiveSettings

    LiveSettings(window, console, page)  # a language or theme chosen there, at once
    from kompas_kiosk.ui.room.programme_link import follow_programme

    follow_programme(window, console)
    window.screens = ScreenArrangement(
        window,
        console,
        room_screen=options.screen,
        console_screen=options.console_screen,
        room_name=settings.room_screen,
        console_name=settings.console_screen,
        windowed=options.windowed,
    )
    window.screens.arrange()


def hold_the_screen(app, window) -> None:
    """A room screen stays on and shows no mouse pointer while nobody moves the mouse."""
    from kompas_kiosk.ui.kiosk.cursor_hider import CursorHider
    from kompas_kiosk.ui.kiosk.screensaver import ScreenSaverInhibitor

    inhibitor = ScreenSaverInhibitor()
    if not inhibitor.inhibit() and inhibitor.problem:
        log.info("the screen saver is not held off: %s", inhibitor.problem)
    app.aboutToQuit.connect(inhibitor.release)
    cursor = CursorHider(parent=app)
    cursor.start()
    app.aboutToQuit.connect(cursor.stop)
    window.services = (inhibitor, cursor)  # kept alive as long as the window


def reload(window, paths: Paths) -> None:
    from kompas_kiosk.core.decks.content import load_content
    from kompas_kiosk.core.programmes.content import load_programme_content

    window.set_decks(load_content(paths.content, paths.cache))
    window.set_programmes(load_programme_content(paths.content, window.loaded, paths.cache))
    bad = sum(1 for d in window.loaded if not d.ok)
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("RoomWindow", "Kortsættene er indlæst igen")
    if bad:
        text += " · " + QCoreApplication.translate("RoomWindow", "%n kortsæt har fejl", "", bad)
    window.toast.show_text(text)


def _report_first_paint(app, painted: list[float]) -> None:
    print(f"first-paint {painted[0] if painted else time.monotonic():.6f}", flush=True)
    app.exit(0)


def install_excepthook(window) -> None:
    """A bug is logged with its traceback; the room sees a calm note, not a frozen screen."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        with contextlib.suppress(Exception):  # the hook must never raise
            from PySide6.QtCore import QCoreApplication

            said = QCoreApplication.translate(  # the room's words: its context in the .ts
                "RoomWindow", "Der skete en uventet fejl; den er skrevet i loggen"
            )
            window.toast.show_text(said)

    sys.excepthook = hook
