"""The card turning over: every frame of the flip at 3840x2160, offscreen.

Prints the median and worst frame time, and their ratio to a still frame of the same card
(the cached face drawn once) and to a full paint from scratch (layout + text), measured in the
same run. Target: every frame well inside 16.7 ms (60 frames a second).

    .venv/bin/python benchmarks/flip.py [--size 3840x2160] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="3840x2160")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QSizeF, Qt
    from PySide6.QtGui import QImage, QPainter

    from kompas_kiosk.core.decks.content import content_paths, load_content
    from kompas_kiosk.core.room.navigation import Face
    from kompas_kiosk.ui.application import application
    from kompas_kiosk.ui.card import card_face, card_front
    from kompas_kiosk.ui.room import card_view
    from kompas_kiosk.ui.theme.colors import DEFAULT

    application()
    decks = load_content(content_paths(None))
    deck = next(d.deck for d in decks if d.deck_id == "samarbejdskompasset")
    view = card_view.CardView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(width, height)
    view.set_card(deck, 0, "07 · 1/1", Face.FRONT)
    view.show()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)

    def frame() -> float:
        painter = QPainter(image)
        start = time.perf_counter()
        view.paint_frame(painter)
        painter.end()
        return (time.perf_counter() - start) * 1000

    frame()  # lays out and caches the front
    view.set_card(deck, 0, "07 · 1/1", Face.BACK)  # starts the turn
    view._animation.stop()
    frames_per_turn = round(card_view.FLIP_MS / 1000 * 60)
    turn: list[float] = []
    still: list[float] = []
    scratch: list[float] = []
    for _ in range(args.repeat):
        for i in range(frames_per_turn + 1):
            view.flip_progress = i / frames_per_turn
            turn.append(frame())
        still.append(frame())  # progress 1.0: the still back face
        start = time.perf_counter()
        layout = card_front.layout_front(deck, 0, QSizeF(width, height), DEFAULT, "07 · 1/1")
        painter = QPainter(image)
        card_face.paint_face(painter, layout, DEFAULT)
        painter.end()
        scratch.append((time.perf_counter() - start) * 1000)
    still_ms = statistics.median(still)
    print(f"size {width}x{height}, {frames_per_turn + 1} frames a turn, {args.repeat} turns")
    p95 = sorted(turn)[int(len(turn) * 0.95)]
    print(
        f"turn frame: median {statistics.median(turn):.1f} ms, p95 {p95:.1f} ms, "
        f"worst {max(turn):.1f} ms (budget 16.7 ms)"
    )
    print(f"still frame (cached face): median {still_ms:.1f} ms")
    print(f"full paint from scratch (layout + text): median {statistics.median(scratch):.1f} ms")
    print(
        f"ratio turn/still: median {statistics.median(turn) / still_ms:.2f}, "
        f"worst {max(turn) / still_ms:.2f}"
    )
    print(f"ratio turn/full paint: worst {max(turn) / statistics.median(scratch):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
