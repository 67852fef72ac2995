"""The settings page's »Tiden er snart gået ved«: a percentage of the exercise, with a decimal
comma in Danish, saved and applied to the room's countdown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.settings.store import Settings, SettingsValues


def test_the_warning_share_is_shown_with_a_comma_and_saved(qtbot, tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    page = SettingsPage(ini, screens=list, pin_iterations=1000)
    qtbot.addWidget(page)
    assert page.warning.value() == 10.0
    page.warning.setValue(12.5)
    assert page.warning.text() == "12,5 %"
    page.open_page()
    page.warning.setValue(12.5)
    with qtbot.waitSignal(page.applied) as applied:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert applied.args[0].warning_percent == 12.5
    assert Settings(ini).load().warning_percent == 12.5
    page.warning.setValue(0)
    assert page.warning.text() == "Aldrig"


def test_a_hand_written_share_takes_a_comma_and_a_bad_one_the_default(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    ini.write_text("[General]\nwarning_percent=7,5 %\n", encoding="utf-8")
    assert Settings(ini).load().warning_percent == 7.5
    ini.write_text("[General]\nwarning_percent=80\n", encoding="utf-8")
    assert Settings(ini).load().warning_percent == SettingsValues().warning_percent
