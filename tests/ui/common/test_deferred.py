"""The work deferred past the first frame runs in order, one piece per turn of the event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from kompas_kiosk.ui.common.deferred import one_per_turn


def test_pieces_run_in_order_and_other_events_come_between(qtbot) -> None:
    ran: list[str] = []
    one_per_turn([lambda: ran.append("console"), lambda: ran.append("sound")])
    QTimer.singleShot(0, lambda: ran.append("key"))  # a key pressed at the first frame
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == ["console", "key", "sound"]


def test_a_piece_that_raises_does_not_stop_the_rest(qtbot, monkeypatch) -> None:
    ran: list[str] = []
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda kind, value, tb: errors.append(value))

    def broken() -> None:
        raise RuntimeError("broken")

    one_per_turn([broken, lambda: ran.append("after")])
    qtbot.waitUntil(lambda: ran == ["after"])
    assert [str(error) for error in errors] == ["broken"]


def test_nothing_to_run_schedules_nothing() -> None:
    one_per_turn([])  # no timer, no error
