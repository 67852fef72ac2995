"""The exercise countdown in real time: how late the shown seconds are, and what it costs.

Runs the real exercise view offscreen (shown, repainting) for a real minute with the monotonic
clock. For every change of the shown time, the lateness is how long after the true moment the
new second appeared. CPU time is the process's own, over the run, against a baseline of the same
process idling for the same time with no countdown (measured in the same run).

    .venv/bin/python benchmarks/countdown.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from kompas_kiosk.core.decks.content import content_paths, load_content
    from kompas_kiosk.ui.application import application
    from kompas_kiosk.ui.room.window import RoomWindow

    qapp = application()
    decks = load_content(content_paths(None))
    window = RoomWindow(decks, "da")
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.resize(1920, 1080)
    window.show()
    window.open_deck_id("samarbejdskompasset")
    window.show_exercise()
    qapp.processEvents()

    def idle(seconds: float) -> float:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        cpu = time.process_time()
        loop.exec()
        return time.process_time() - cpu

    idle_cpu = idle(min(10.0, args.seconds))
    idle_seconds = min(10.0, args.seconds)

    countdown = window.controller.exercise.countdown
    lateness: list[float] = []
    shown = [window.exercise_view.shown_time()]
    start = time.monotonic()

    def on_tick() -> None:
        now = time.monotonic()
        text = window.exercise_view.shown_time()
        if text == shown[-1] or text.startswith("+"):
            return
        minutes, seconds = text.split(":")
        value = int(minutes) * 60 + int(seconds)
        due = start + (countdown.duration - value)  # the moment the display should change
        lateness.append(now - due)
        shown.append(text)

    window.exercise.changed.connect(on_tick)
    cpu = time.process_time()
    window.controller.exercise_toggle()
    loop = QEventLoop()
    QTimer.singleShot(round(args.seconds * 1000), loop.quit)
    loop.exec()
    used = time.process_time() - cpu
    print(
        f"ran {args.seconds:.0f} s; the display changed {len(lateness)} times "
        f"({shown[1] if len(shown) > 1 else '-'} … {shown[-1]})"
    )
    print(
        f"lateness of the shown second: median {sorted(lateness)[len(lateness) // 2] * 1000:.1f}"
        f" ms, worst {max(lateness) * 1000:.1f} ms, earliest {min(lateness) * 1000:.1f} ms "
        f"(target: under 100 ms, never early)"
    )
    print(
        f"CPU: {used:.2f} s in {args.seconds:.0f} s = {100 * used / args.seconds:.2f}% of one "
        f"core (target under 2%); idle baseline {100 * idle_cpu / idle_seconds:.2f}%, "
        f"ratio {used / args.seconds / max(idle_cpu / idle_seconds, 1e-9):.1f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
