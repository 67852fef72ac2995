"""The settings page's Tab order reads like the page: top to bottom, and left to right within a
row (a clicker's keys before its »Lær« button; »Luk« before »Gem«), round to the top again; and
after the page's language changed (the page built anew) it still does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.application import set_ui_language
from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.settings.store import Settings, SettingsValues
from tests.ui.settings.test_page import FAST, SCREENS, controls


def make(qtbot, path: Path) -> SettingsPage:
    page = SettingsPage(path, screens=lambda: SCREENS, pin_iterations=FAST)
    qtbot.addWidget(page)
    page.open_page()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)  # the keys are the page's
    return page


def where(page: SettingsPage, widget: QWidget) -> tuple[int, int]:
    """Where the page shows `widget` when it is scrolled to the top (the buttons: below)."""
    body = page.findChild(QWidget, "settingsBody")
    assert body is not None
    if body.isAncestorOf(widget):
        point = widget.mapTo(body, QPoint(0, 0))
        return point.y(), point.x()
    point = widget.mapTo(page, QPoint(0, 0))
    return body.height() + point.y(), point.x()


def tab_order(qtbot, page: SettingsPage) -> list[QWidget]:
    page.language.setFocus()
    walked: list[QWidget] = [page.language]
    for _ in range(60):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        widget = page.focusWidget()
        if widget is page.language:
            return walked
        walked.append(widget)
    raise AssertionError("Tab never came round to the top")


def assert_reads_like_the_page(page: SettingsPage, walked: list[QWidget]) -> None:
    wanted = {widget for widget in controls(page) if widget.isEnabled()}
    assert set(walked) == wanted and len(walked) == len(wanted), "each control once, no more"
    places = [where(page, widget) for widget in walked]
    for (a, b), (top_a, left_a), (top_b, left_b) in zip(
        zip(walked, walked[1:], strict=False), places, places[1:], strict=False
    ):
        same_row = abs(top_a - top_b) < min(a.height(), b.height()) / 2
        ok = left_b > left_a if same_row else top_b > top_a
        assert ok, f"{a.objectName()} ({top_a},{left_a}) before {b.objectName()} ({top_b},{left_b})"


def test_tab_goes_top_to_bottom_and_left_to_right(qtbot, tmp_path: Path):
    ini = tmp_path / "settings.ini"
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))  # all PIN fields
    page = make(qtbot, ini)
    walked = tab_order(qtbot, page)
    assert_reads_like_the_page(page, walked)
    names = [widget.objectName() for widget in walked]
    assert names[:3] == ["settingsLanguage", "settingsTheme", "settingsSound"]
    assert names[-2:] == ["settingsClose", "settingsSave"]


def test_the_order_holds_after_the_language_changed(qtbot, qapp, tmp_path: Path):
    page = make(qtbot, tmp_path / "settings.ini")
    try:
        set_ui_language(qapp, "en")
        qtbot.waitUntil(lambda: page.save_button.text() == "Save" and page.language.isVisible())
        assert_reads_like_the_page(page, tab_order(qtbot, page))
    finally:
        set_ui_language(qapp, "da")
