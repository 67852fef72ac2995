"""A town-hall day in minutes: the kiosk's attract loop for eight simulated hours, offscreen.

The room window (built as `app.build_window` builds it, with its notes store, state file, chime
and the hidden presenter console) runs in kiosk mode on a fake monotonic clock. Every 12 s step
of the eight hours happens: the clock moves on, `KioskMode.step()` turns the card, every frame of
the turn is painted for real into the window (shown with WA_DontShowOnScreen) and the events are
processed. Now and then a visitor touches the screen and presses keys (through the window's
QWindow, so kiosk mode sees them as a person would), and every two hours a group runs the
exercise's countdown to the end, second by second.

Printed: resident memory (VmRSS), open file descriptors, the window's QObject descendants, Qt
widgets and Python's gc objects at the end of each hour, and the growth from the end of the
first (warm-up) hour to the end of the last. Target: RSS growth under 5 MB, no handle growth.
When something grows, the Python types and Qt classes that grew are listed. glibc's malloc
raises its mmap threshold after a window-sized buffer is freed, so RSS takes a one-off step of
about one such buffer (8 MB at 1920x1080) in the first hours and then stays flat; to look past
the allocator, run with MALLOC_MMAP_THRESHOLD_=65536.

    .venv/bin/python benchmarks/soak.py [--hours 8] [--size 1920x1080] [--frames 8]
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STEP_S = 12.0
EXERCISE_EVERY = 600  # steps: every two hours
VISITOR_EVERY = 47  # steps: about every nine minutes, out of step with the loop's round
IDLE_MINUTES = 1.0
START_DECK = "samarbejdskompasset"  # the deck with the exercise


class FakeClock:
    def __init__(self) -> None:
        self.start = self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    @property
    def elapsed(self) -> float:
        return self.now - self.start


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


class Soak:
    def __init__(self, folder: Path, size: tuple[int, int], frames: int) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt
        from PySide6.QtWidgets import QApplication

        from kompas_kiosk.core import resources
        from kompas_kiosk.core.decks.content import content_paths, load_content
        from kompas_kiosk.core.notes.store import NotesStore
        from kompas_kiosk.core.room.state import StateFile
        from kompas_kiosk.ui.application import application
        from kompas_kiosk.ui.console.window import ConsoleWindow
        from kompas_kiosk.ui.room.window import RoomWindow
        from kompas_kiosk.ui.settings.store import SettingsValues

        self.qapp = application()
        self.clock = FakeClock()
        self.frames = frames
        decks = load_content(content_paths(None), folder / "cache")
        window = RoomWindow(
            decks,
            "da",
            clock=self.clock,
            chime_path=resources.assets_dir() / "sounds" / "chime.wav",
            state_file=StateFile(folder / "room-state.json"),
            notes_store=functools.partial(NotesStore.open, folder / "notes.sqlite3", lang="da"),
            documents_dir=folder,
        )
        window.card_view.first_painted.connect(window.exercise.chime.prepare)
        self.window = window
        self.console = ConsoleWindow(window)  # as the app makes it; hidden with one screen
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.resize(*size)
        window.show()
        window.open_deck_id(START_DECK)
        with warnings.catch_warnings():  # offscreen: a window not on screen is not activated
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        from kompas_kiosk.ui.kiosk.mode import KioskMode

        self.kiosk = KioskMode(window, SettingsValues(idle_minutes=IDLE_MINUTES), self.clock)

        class PaintCounter(QObject):
            count = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    PaintCounter.count += 1
                return False

        self.paints = PaintCounter(window)
        window.card_view.installEventFilter(self.paints)
        self.steps = self.faces = self.visitors = self.exercises = self.keys = 0
        self._process()

    # -- driving -----------------------------------------------------------------------------

    def _process(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        self.qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _finish_turn(self) -> None:
        """Paint every frame of a turn now (the animation would take 520 ms of real time)."""
        view = self.window.card_view
        animation = view._animation
        if view.is_turning():
            duration = animation.duration()
            for i in range(1, self.frames):
                animation.setCurrentTime(duration * i // self.frames)
                self._process()
            animation.setCurrentTime(duration)  # the end: the animation stops
        self._process()

    def step(self) -> None:
        self.clock.now += STEP_S
        self.steps += 1
        shown = self.kiosk.loop.shown
        self.kiosk.step()
        self.kiosk.timer.stop()  # the fake clock drives; the real timer would only poll again
        if self.kiosk.loop.shown is not None and self.kiosk.loop.shown != shown:
            self.faces += 1
        self._finish_turn()

    def key(self, key: str, advance: float = 2.0) -> None:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest

        self.clock.now += advance
        combination = QKeySequence(key)[0]
        QTest.keyClick(
            self.window.windowHandle(), combination.key(), combination.keyboardModifiers()
        )
        self.keys += 1
        self._finish_turn()

    def touch(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        self.clock.now += 1.0
        centre = QPoint(self.window.width() // 2, self.window.height() // 2)
        QTest.mouseClick(
            self.window.windowHandle(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            centre,
        )
        self._finish_turn()

    def visitor(self) -> None:
        """A touch wakes the screen; then a few cards, a turn, sometimes another deck or the
        overview."""
        self.visitors += 1
        self.touch()
        for key in ("Right", "Right", "F", "Left"):
            self.key(key)
        if self.visitors % 3 == 0:
            self.key("Ctrl+PgDown")
        if self.visitors % 4 == 0:
            self.key("G")
            self.key("Right")
            self.key("Esc")  # out of the overview

    def exercise(self) -> None:
        """A group runs the exercise: start it, every second to the end and a little over,
        then reset and back to the card."""
        self.exercises += 1
        self.touch()
        for _ in range(4):  # to the deck with the exercise
            if self.window.navigator.deck.id == START_DECK:
                break
            self.key("Ctrl+PgDown")
        self.key("E")
        self.key("Space")  # start
        countdown = self.window.controller.exercise.countdown
        assert countdown is not None and countdown.state.name == "RUNNING", "no countdown"
        total = int(countdown.total) + 30
        for _ in range(total):
            self.clock.now += 1.0
            self.window.exercise.ticker.fire()
            self._process()
        self.key("Space")  # pause
        self.key("R")  # reset
        self.key("Esc")  # back to the card

    # -- measuring ---------------------------------------------------------------------------

    def sample(self) -> tuple[int, int, int, int, int]:
        """RSS (kB), file descriptors, the window's QObjects, Qt widgets, gc objects. A tuple of
        ints, so that keeping the samples adds nothing that gc tracks."""
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication

        self._process()
        gc.collect()
        return (
            rss_kb(),
            fd_count(),
            len(self.window.findChildren(QObject)),
            len(QApplication.allWidgets()),
            len(gc.get_objects()),
        )

    def census(self) -> tuple[dict[str, int], dict[str, int]]:
        """Qt classes under the window and Python types, counted (plain dicts of str -> int:
        untracked by gc, so they do not count themselves)."""
        from PySide6.QtCore import QObject

        gc.collect()
        qt = collections.Counter(
            o.metaObject().className() for o in self.window.findChildren(QObject)
        )
        py = collections.Counter(type(o).__name__ for o in gc.get_objects())
        return dict(qt), dict(py)


def growth(before: dict[str, int], after: dict[str, int]) -> str:
    grown = [(k, after[k] - before.get(k, 0)) for k in after if after[k] > before.get(k, 0)]
    grown.sort(key=lambda item: -item[1])
    return ", ".join(f"{name} +{n}" for name, n in grown[:12]) or "-"


class Errors:
    """Counts exceptions raised in slots (as the app's excepthook would log them); prints the
    first of each kind."""

    def __init__(self) -> None:
        self.count = 0
        self.seen: set[str] = set()

    def hook(self, kind: type[BaseException], value: BaseException, tb: object) -> None:
        self.count += 1
        key = f"{kind.__name__}: {value}"
        if key not in self.seen:
            self.seen.add(key)
            print(f"  ! exception in a slot (first time): {key}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--frames", type=int, default=8, help="frames painted per turn")
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    started = time.perf_counter()
    errors = Errors()
    sys.excepthook = errors.hook
    names = ("RSS MB", "fds", "QObjects", "widgets", "gc")
    with tempfile.TemporaryDirectory(prefix="kompas-soak-") as name:
        soak = Soak(Path(name), (size[0], size[1]), args.frames)
        end = args.hours * 3600
        samples: list[tuple[int, int, int, int, int]] = []
        census: tuple[dict[str, int], dict[str, int]] | None = None
        print(f"{'hour':>4} {names[0]:>8} {names[1]:>5} {names[2]:>9} {names[3]:>8} {names[4]:>9}")
        hour = 1
        while soak.clock.elapsed < end:
            soak.step()
            if soak.steps % VISITOR_EVERY == 0:
                soak.visitor()
            if soak.steps % EXERCISE_EVERY == 150:
                soak.exercise()
            if soak.clock.elapsed >= min(hour * 3600, end):
                if hour == 2:
                    census = soak.census()  # after the warm-up hour, before its sample
                sample = soak.sample()
                samples.append(sample)
                rss, fds, qobjects, widgets, objects = sample
                print(
                    f"{hour:>4} {rss / 1024:8.1f} {fds:>5} {qobjects:>9} {widgets:>8} {objects:>9}",
                    flush=True,
                )
                hour += 1
        elapsed = time.perf_counter() - started
        print(
            f"\n{soak.clock.elapsed / 3600:.2f} simulated hours in {elapsed:.0f} s: {soak.steps} "
            f"steps of {STEP_S:g} s, {soak.faces} faces shown by the loop, {soak.paints.count} "
            f"paints of the card, {soak.visitors} visitors ({soak.keys} keys), "
            f"{soak.exercises} exercises, {errors.count} exceptions in slots"
        )
        if len(samples) < 3 or census is None:
            print("too short to compare: run at least three hours")
            return 0
        first, last = samples[1], samples[-1]  # hour 1 warms up
        print(f"growth from the end of hour 2 to the end of hour {len(samples)}:")
        print(f"  RSS       {(last[0] - first[0]) / 1024:+8.2f} MB   (target < 5 MB)")
        for index in range(1, 5):
            low = min(sample[index] for sample in samples[1:])
            high = max(sample[index] for sample in samples[1:])
            print(
                f"  {names[index]:<9} {last[index] - first[index]:+8d}      (target: 0; "
                f"hourly values from hour 2 on: {low}..{high})"
            )
        half = samples[len(samples) // 2 - 1]
        print(
            f"  RSS over the second half (hour {len(samples) // 2} to {len(samples)}): "
            f"{(last[0] - half[0]) / 1024:+.2f} MB; the largest hourly step: "
            + max(
                (
                    f"{(b[0] - a[0]) / 1024:+.2f} MB in hour {i + 2}"
                    for i, (a, b) in enumerate(zip(samples, samples[1:], strict=False))
                ),
                key=lambda text: float(text.split()[0]),
            )
        )
        qt, py = soak.census()
        if last[2] > first[2]:
            print("  Qt classes that grew:", growth(census[0], qt))
        print("  Python types that grew:", growth(census[1], py))
        soak.window.controller.quit_now()
        soak._process()
    return 0


if __name__ == "__main__":
    sys.exit(main())
