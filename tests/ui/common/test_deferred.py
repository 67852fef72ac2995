"""The work deferred past the first frame runs in order, one piece per turn of the event loop."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kompas_kiosk.ui.common.deferred import one_per_turn


def test_pieces_run_in_order_and_other_events_come_between(qtbot) -> None:
    ran: list[str] = []
    owner = QObject()
    one_per_turn([lambda: ran.append("console"), lambda: ran.append("sound")], owner)
    QTimer.singleShot(0, lambda: ran.append("key"))  # a key pressed at the first frame
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == ["console", "key", "sound"]


def test_a_piece_that_raises_does_not_stop_the_rest(qtbot, monkeypatch) -> None:
    ran: list[str] = []
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, tb: errors.append(value))

    def broken() -> None:
        raise RuntimeError("broken")

    owner = QObject()
    one_per_turn([broken, lambda: ran.append("after")], owner)
    qtbot.waitUntil(lambda: ran == ["after"])
    assert [str(error) for error in errors] == ["broken"]


def test_nothing_to_run_schedules_nothing() -> None:
    one_per_turn([], QObject())  # no timer, no error


def test_pieces_whose_window_is_gone_do_not_run(qtbot) -> None:
    """A test (or a kiosk quitting) can close the room before its deferred work had its turn:
    the pieces then ran on a deleted window, and a lazily made view segfaulted mid-suite."""
    ran: list[str] = []
    owner = QObject()
    one_per_turn([lambda: ran.append("first"), lambda: ran.append("second")], owner)
    shiboken6.delete(owner)  # the window closed and deleted before the first turn
    done: list[str] = []
    QTimer.singleShot(50, lambda: done.append("later"))
    qtbot.waitUntil(lambda: done == ["later"])
    assert ran == []
