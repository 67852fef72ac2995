"""Work deferred past the first frame, run one piece per turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer


def one_per_turn(callbacks: list[Callable[[], None]]) -> None:
    """Run `callbacks` in order, one per turn of the event loop, so a key pressed just after the
    first card waits for the piece under way, not for all of them (the console, the sound, ...).
    A piece that raises does not stop the ones after it."""
    if not callbacks:
        return
    first, rest = callbacks[0], callbacks[1:]

    def run() -> None:
        one_per_turn(rest)
        first()

    QTimer.singleShot(0, run)
