"""The room's size in the settings: kept in the file, typed on the settings page (a room that
cannot be read is refused, naming what was written), and followed by the room at once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kompas_kiosk.core.room.legibility import parse_room
from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.settings.store import Settings, SettingsValues
from tests.helpers.stubs import FakeClock


def test_the_room_is_kept_in_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.ini"
    Settings(path).save(SettingsValues(room="65in,8m"))
    values = Settings(path).load()
    assert values.room == "65in,8m"
    assert values.room_spec == parse_room("65in,8m")
    assert SettingsValues().room is None and SettingsValues().room_spec is None


def test_a_hand_edited_room_that_cannot_be_read_is_none_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "kiosk.ini"
    path.write_text("[General]\nroom=65 tommer\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert Settings(path).load().room is None
    assert any("room" in record.getMessage() for record in caplog.records)
    path.write_text('[General]\nroom="165cm, 8m"\n', encoding="utf-8")
    assert Settings(path).load().room_spec == parse_room("165cm,8m")


@pytest.fixture
def page(qtbot, tmp_path: Path) -> SettingsPage:
    page = SettingsPage(tmp_path / "settings.ini", screens=lambda: [], clock=FakeClock())
    qtbot.addWidget(page)
    page.open_page()
    return page


def test_the_page_saves_the_room(page: SettingsPage, qtbot) -> None:
    assert page.room.edit.text() == "" and page.room.edit.placeholderText() == "65in,8m"
    page.room.edit.setText(' 65",8 m ')
    with qtbot.waitSignal(page.applied) as applied:
        assert page.save()
    assert applied.args[0].room == '65",8 m'
    assert Settings(page.path).load().room_spec == parse_room("65in,8m")


def test_a_room_that_cannot_be_read_is_refused_with_the_bad_value(page: SettingsPage) -> None:
    page.room.edit.setText("65xx,8m")
    assert not page.save()
    assert page.status_text == (
        "„65xx“ er ikke en skærmdiagonal – skriv den i tommer eller cm, fx 65in eller 165cm"
    )
    assert page.focusWidget() is page.room.edit
    assert Settings(page.path).load().room is None


def test_an_empty_room_is_todays_sizes(page: SettingsPage) -> None:
    page.show_values(SettingsValues(room="65in,8m"))
    assert page.room.edit.text() == "65in,8m"
    page.room.edit.clear()
    assert page.save()
    assert Settings(page.path).load().room is None
