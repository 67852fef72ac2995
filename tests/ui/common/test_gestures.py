"""The shared gesture filter: a sideways drag is a swipe, anything else a tap."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.common.gestures import GestureFilter, swipe


@pytest.mark.parametrize(
    ("dx", "dy", "expected"),
    [
        (-200, 0, 1),  # to the left: on to the next
        (200, 10, -1),  # to the right: back
        (20, 0, 0),  # too short: a tap
        (-200, 300, 0),  # more down than sideways: a tap
    ],
)
def test_swipe_reads_the_drag(dx, dy, expected):
    press = QPointF(500, 500)
    assert swipe(press, press + QPointF(dx, dy), 1000) == expected


class _Parent(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.releases = 0

    def mouseReleaseEvent(self, event) -> None:
        self.releases += 1


@pytest.fixture
def watched(qtbot):
    parent = _Parent()
    qtbot.addWidget(parent)
    parent.resize(1000, 600)
    child = QWidget(parent)
    child.resize(1000, 600)
    gestures = GestureFilter(child)
    seen: list[tuple[str, object]] = []
    gestures.swiped.connect(lambda direction: seen.append(("swiped", direction)))
    gestures.tapped.connect(lambda where: seen.append(("tapped", where)))
    parent.show()
    return parent, child, seen


def test_a_drag_to_the_left_is_a_swipe_on(qtbot, watched):
    _, child, seen = watched
    qtbot.mousePress(child, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseRelease(child, Qt.MouseButton.LeftButton, pos=QPoint(300, 310))
    assert seen == [("swiped", 1)]


def test_a_click_is_a_tap_where_it_landed(qtbot, watched):
    _, child, seen = watched
    qtbot.mouseClick(child, Qt.MouseButton.LeftButton, pos=QPoint(120, 80))
    assert seen == [("tapped", QPointF(120, 80))]


def test_other_buttons_and_a_release_without_a_press_do_nothing(qtbot, watched):
    _, child, seen = watched
    qtbot.mouseClick(child, Qt.MouseButton.RightButton, pos=QPoint(120, 80))
    qtbot.mouseRelease(child, Qt.MouseButton.LeftButton, pos=QPoint(120, 80))
    assert seen == []


def test_the_release_stays_with_the_widget(qtbot, watched):
    parent, child, _ = watched
    qtbot.mouseClick(child, Qt.MouseButton.LeftButton, pos=QPoint(120, 80))
    assert parent.releases == 0
