"""The cursor goes when the mouse rests and comes back when it moves; the stack stays balanced."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QMouseEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.ui.kiosk.cursor_hider import CursorHider


def override_shape() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


@pytest.fixture
def widget(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(200, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def hider(qapp) -> Iterator[CursorHider]:
    assert QGuiApplication.overrideCursor() is None, "a test before left a cursor behind"
    hider = CursorHider()
    hider.start()
    yield hider
    hider.stop()
    assert QGuiApplication.overrideCursor() is None, "the override stack is unbalanced"


_spots = itertools.cycle(range(20, 180))


def move(widget: QWidget) -> None:
    """A real movement: Qt drops a 'move' to where the pointer already is."""
    QTest.mouseMove(widget, QPoint(next(_spots), 60))


def test_hidden_when_the_timer_runs_out(hider: CursorHider) -> None:
    assert hider.timer.isActive(), "counting from the start"
    assert not hider.hidden and override_shape() is None
    hider.timer.timeout.emit()
    assert hider.hidden
    assert override_shape() == Qt.CursorShape.BlankCursor


def test_a_movement_shows_it_and_starts_counting_again(hider: CursorHider, widget: QWidget) -> None:
    hider.timer.timeout.emit()
    hider.timer.stop()
    move(widget)
    assert not hider.hidden
    assert override_shape() is None
    assert hider.timer.isActive()


def test_hiding_twice_pushes_once(hider: CursorHider, widget: QWidget) -> None:
    hider.timer.timeout.emit()
    hider.timer.timeout.emit()
    hider.hide_cursor()
    move(widget)
    assert override_shape() is None


def test_many_movements_keep_it_shown_and_balanced(hider: CursorHider, widget: QWidget) -> None:
    for _ in range(20):
        move(widget)
    assert override_shape() is None
    hider.timer.timeout.emit()
    for _ in range(20):
        move(widget)
    assert override_shape() is None


def test_a_touch_does_not_show_it(hider: CursorHider, widget: QWidget) -> None:
    touchscreen = QPointingDevice(
        "test touchscreen",
        4711,
        QInputDevice.DeviceType.TouchScreen,
        QPointingDevice.PointerType.Finger,
        QInputDevice.Capability.Position,
        10,
        0,
    )
    hider.timer.timeout.emit()
    hider.timer.stop()
    touch = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(40, 40),
        QPointF(40, 40),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        touchscreen,
    )
    QApplication.sendEvent(widget, touch)
    assert hider.hidden
    assert not hider.timer.isActive()


def test_another_cursor_on_top_is_left_alone(hider: CursorHider, widget: QWidget) -> None:
    hider.timer.timeout.emit()
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    move(widget)
    assert override_shape() == Qt.CursorShape.WaitCursor, "not ours to pop"
    QGuiApplication.restoreOverrideCursor()
    assert override_shape() == Qt.CursorShape.BlankCursor
    move(widget)
    assert override_shape() is None


def test_stop_gives_the_cursor_back_and_stops_watching(hider: CursorHider, widget: QWidget) -> None:
    hider.timer.timeout.emit()
    hider.stop()
    assert override_shape() is None
    move(widget)
    assert not hider.timer.isActive()
    hider.stop()
    assert override_shape() is None


def test_a_real_timer_hides_it(qtbot, qapp) -> None:
    hider = CursorHider(timeout_ms=20)
    hider.start()
    try:
        with qtbot.waitSignal(hider.timer.timeout, timeout=60_000):
            pass
        assert hider.hidden
    finally:
        hider.stop()
    assert QGuiApplication.overrideCursor() is None
