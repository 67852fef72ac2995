"""A language or theme chosen on the console's settings page takes effect at once: the room's
card, the console, the notes panel, the help and the page itself, without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from kompas_kiosk.core import resources
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from kompas_kiosk.ui.application import set_ui_language, ui_language
from kompas_kiosk.ui.console.live_settings import LiveSettings
from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.theme.colors import DEFAULT, HIGH_CONTRAST


@pytest.fixture
def danish_after(qapp):
    """Whatever a test switched to, the next test starts in Danish."""
    yield
    set_ui_language(qapp, "da")


@pytest.fixture
def room(qtbot, bundled, danish_after):
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.open_deck_id("aarhuskompasset")
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def console(qtbot, room):
    window = ConsoleWindow(room)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


@pytest.fixture
def page(qtbot, room, console, tmp_path: Path):
    page = SettingsPage(tmp_path / "settings.ini", parent=console)
    page.applied.connect(room.apply_settings)  # as the app wires it
    console.set_settings_page(page)
    LiveSettings(room, console, page)
    return page


def choose_and_save(qtbot, page: SettingsPage, combo_name: str, data: str) -> None:
    page.open_page()
    qtbot.waitExposed(page)
    combo = getattr(page, combo_name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(data))
    assert page.save()


def card_title(room: RoomWindow) -> str:
    deck, index, _ = room.card_view.current()
    assert deck is not None
    return deck.cards[index].title


def test_english_at_once_and_back(qtbot, room, console, page):
    console.show()
    qtbot.waitExposed(console)
    room.controller.next()
    danish_title = card_title(room)
    assert console.now_caption.text() == "Rummet ser nu"
    assert console.settings_button.text() == "Indstillinger"

    choose_and_save(qtbot, page, "language", "en")

    assert ui_language() == "en" and room.controller.lang == "en"
    assert card_title(room) != danish_title, "the card is the deck's English translation"
    assert room.navigator.card_index == 1, "the room stays on its card"
    assert card_title(room) in room.card_view.accessible_text()
    qtbot.waitUntil(lambda: console.now_caption.text() == "The room sees now")
    assert console.settings_button.text() == "Settings"
    assert console.reset_button.text() == "Reset"
    assert console.windowTitle() != "Kompas Kiosk – styring"
    assert room.chooser.accessibleName() == "Choose a deck"
    titles = {label.text() for label in room.notes_panel.findChildren(QLabel, "panelTitle")}
    assert titles == {"Notes", "Save the notes as a file"}, "the panel's and its export page's"
    qtbot.waitUntil(lambda: page.save_button.text() == "Save")
    assert page.language.currentData() == "en", "the page shows the values it was rebuilt with"

    choose_and_save(qtbot, page, "language", "da")

    assert ui_language() == "da" and card_title(room) == danish_title
    qtbot.waitUntil(lambda: console.now_caption.text() == "Rummet ser nu")
    assert console.settings_button.text() == "Indstillinger"
    qtbot.waitUntil(lambda: page.save_button.text() == "Gem")


def test_a_programme_and_the_help_follow(qtbot, bundled, room, console, page):
    room.set_programmes(load_programmes([resources.content_dir()], decks_by_id(bundled)))
    assert room.controller.open_programme_id("din-2024", 1)
    room.help_overlay.popup()
    choose_and_save(qtbot, page, "language", "en")
    slide = room.slide_view.slide
    assert slide is not None and slide.text.startswith("Fundamentally")
    assert room.help_overlay._lang == "en" and console.help_overlay._lang == "en"
    qtbot.waitUntil(lambda: room.help_overlay.accessibleName() == "Keys")


def test_a_new_theme_restyles_every_open_window(qtbot, room, console, page):
    console.show()
    room.show_exercise()
    assert room.colors is DEFAULT
    choose_and_save(qtbot, page, "theme", "high-contrast")
    assert room.colors is HIGH_CONTRAST
    assert room.card_view._colors is HIGH_CONTRAST and room.exercise_view._colors is HIGH_CONTRAST
    assert HIGH_CONTRAST.surround.name() in console.styleSheet()
    assert HIGH_CONTRAST.surround.name() != DEFAULT.surround.name()
    assert room.notes_panel.colors is HIGH_CONTRAST
    picture = room.grab().toImage()
    corner = picture.pixelColor(5, 5)
    assert corner.name() == HIGH_CONTRAST.surround.name(), "the room painted in the new theme"


def test_saving_other_settings_keeps_a_language_given_at_the_start(
    qtbot, qapp, bundled, danish_after, tmp_path: Path
):
    set_ui_language(qapp, "en")  # kompas-kiosk run --lang en, no language in the settings
    room = RoomWindow(bundled, "en")
    qtbot.addWidget(room)
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    page = SettingsPage(tmp_path / "settings.ini", parent=console)
    LiveSettings(room, console, page)
    assert page.values.language is None
    page.sound.setChecked(False)
    assert page.save()
    assert room.controller.lang == "en" and ui_language() == "en"


def test_the_workshop_button_and_the_group_field_follow(qtbot, room, console, page):
    console.show()
    qtbot.waitExposed(console)
    line = room.notes_panel.list_view.workshop
    assert console.workshop_button.text() == "Ny workshop" and line.caption.text() == "Gruppe"
    choose_and_save(qtbot, page, "language", "en")
    qtbot.waitUntil(lambda: console.workshop_button.text() == "New workshop")
    assert console.workshop_button.accessibleName() == "New workshop"
    assert console.settings_button.text() == "Settings"
    assert line.caption.text() == "Group" and line.group.placeholderText() == "none"
    assert line.workshop.text().startswith("Workshop: ")
