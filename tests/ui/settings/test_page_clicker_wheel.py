"""The settings page: learning the clicker with real key presses, the mouse wheel scrolling the
page rather than a value, the decimal comma, and a title that names the kiosk once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.core.room.clicker import Job
from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.settings.store import Settings, SettingsValues
from tests.helpers.qt_stubs import FakeScreen
from tests.helpers.stubs import FakeClock


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def page(qtbot, ini) -> SettingsPage:
    Settings(ini).save(SettingsValues(idle_minutes=0.5))
    page = SettingsPage(
        ini,
        screens=lambda: [FakeScreen("HDMI-1", 1920, 1080)],
        pin_iterations=1000,
        clock=FakeClock(),
    )
    qtbot.addWidget(page)
    page.open_page()
    page.resize(880, 420)  # short: the page scrolls
    qtbot.waitExposed(page)
    return page


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of `widget` (down for -1)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_field_scrolls_the_page(page):
    bar = page._scroll.verticalScrollBar()
    assert bar.maximum() > 0
    page.language.setFocus()
    before = bar.value()
    wheel(page.idle_minutes)
    assert page.idle_minutes.value() == 0.5, "the wheel passing over changed the value"
    assert bar.value() > before, "the page did not scroll"
    index = page.theme.currentIndex()
    wheel(page.theme)
    assert page.theme.currentIndex() == index


def test_the_wheel_changes_a_field_in_focus(page):
    page.idle_minutes.setFocus()
    wheel(page.idle_minutes, 1)
    assert page.idle_minutes.value() == 1.5


def test_minutes_with_a_decimal_comma(page):
    assert page.idle_minutes.text() == "0,5 min"


def test_the_title_names_the_kiosk_once(page):
    assert "Kompas Kiosk" not in page.windowTitle()


def test_learning_the_clicker_with_its_buttons(qtbot, page, ini):
    catcher = page.clicker.catchers[Job.NEXT]
    qtbot.mouseClick(catcher, Qt.MouseButton.LeftButton)
    assert catcher.isChecked()
    qtbot.keyClick(catcher, Qt.Key.Key_VolumeDown)
    assert not catcher.isChecked()
    assert page.clicker.keys[Job.NEXT].text() == "PgDown, Volume Down"
    start = page.clicker.catchers[Job.START]
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.keyClick(start, Qt.Key.Key_Tab)  # not a move to the next field: the clicker's key
    assert page.clicker.keys[Job.START].text() == "F5, Tab"
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.keyClick(start, Qt.Key.Key_Escape)  # refused, and the page stays open
    assert "»Esc« kan ikke bruges" in page.status_text
    assert page.isVisible()
    assert page.save()
    assert Settings(ini).load().clicker == (("Volume Down", Job.NEXT), ("Tab", Job.START))


def test_the_clicker_back_to_its_defaults(qtbot, page, ini):
    page.clicker.learn_key("Volume Up", Job.BLANK)
    qtbot.mouseClick(page.clicker.reset, Qt.MouseButton.LeftButton)
    assert page.clicker.keys[Job.BLANK].text() == "B, ."
    assert page.save()
    assert Settings(ini).load().clicker == ()
