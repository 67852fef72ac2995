"""Work deferred past the first frame, run one piece per turn of the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def one_per_turn(callbacks: list[Callable[[], None]], owner: QObject) -> None:
    """Run `callbacks` in order, one per turn of the event loop, so a key pressed just after the
    first card waits for the piece under way, not for all of them (the console, the sound, ...).
    A piece that raises does not stop the ones after it. The pieces belong to `owner` (the room
    window): once it is deleted, the ones still waiting never run."""
    if not callbacks:
        return
    first, rest = callbacks[0], callbacks[1:]

    def run() -> None:
        one_per_turn(rest, owner)
        first()

    QTimer.singleShot(0, owner, run)
