"""The settings page: every value changed, saved and read back from the file; the PIN typed
twice; a settings file that cannot be written; keyboard, names and sizes; applied live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.page import SettingsPage
from kompas_kiosk.ui.settings.store import Settings, SettingsValues
from tests.helpers.qt_stubs import FakeScreen
from tests.helpers.stubs import FakeClock

FAST = 1000  # PBKDF2 iterations for tests


SCREENS = [FakeScreen("eDP-1", 1920, 1200), FakeScreen("HDMI-1", 1920, 1080)]


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_page(qtbot, ini):
    def make(path: Path = ini, clock: FakeClock | None = None) -> SettingsPage:
        page = SettingsPage(
            path, screens=lambda: SCREENS, pin_iterations=FAST, clock=clock or FakeClock()
        )
        qtbot.addWidget(page)
        page.open_page()
        qtbot.waitExposed(page)
        # The keys are the page's: a window an earlier test left active takes none of them.
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


def choose(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def type_pins(qtbot, page: SettingsPage, new: str, repeat: str, current: str = "") -> None:
    for field, text in (
        (page.current_pin, current),
        (page.new_pin, new),
        (page.repeat_pin, repeat),
    ):
        field.clear()
        if text:
            qtbot.keyClicks(field, text)


def visible_texts(page: SettingsPage) -> list[str]:
    texts = [page.windowTitle()]
    for widget in page.findChildren(QWidget):
        for attribute in ("text", "currentText", "accessibleName", "accessibleDescription"):
            value = getattr(widget, attribute, None)
            if callable(value):
                texts.append(str(value()))
    return texts


# -- values ----------------------------------------------------------------------------------


def test_a_missing_file_shows_the_defaults(make_page):
    page = make_page()
    assert page.values == SettingsValues()
    assert page.language.currentData() == "system"
    assert page.sound.isChecked() and page.next_flips.isChecked()
    assert not page.reduced_motion.isChecked()
    assert page.idle_minutes.value() == 0 and page.idle_minutes.text() == "Fra"
    assert page.room_screen.currentData() == "" and page.console_screen.currentData() == ""
    assert page.room_screen.currentText() == "Automatisk"
    assert page.current_pin.isHidden() and not page.remove_pin.isEnabled()


def test_every_value_changed_is_saved_and_read_back_from_the_file(qtbot, make_page, ini):
    page = make_page()
    choose(page.language, "en")
    page.sound.setChecked(False)
    page.reduced_motion.setChecked(True)
    page.next_flips.setChecked(False)
    page.idle_minutes.setValue(7.5)
    choose(page.room_screen, "HDMI-1")
    choose(page.console_screen, "eDP-1")
    type_pins(qtbot, page, "2468", "2468")
    with qtbot.waitSignal(page.applied) as applied:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible(), "a good save closes the page"
    stored = Settings(ini).load()
    assert stored == applied.args[0] == page.values
    expected = SettingsValues(
        language="en",
        sound=False,
        reduced_motion=True,
        idle_minutes=7.5,
        room_screen="HDMI-1",
        console_screen="eDP-1",
        next_flips=False,
    )
    assert stored == expected.with_overrides(kiosk_pin=stored.kiosk_pin)
    assert stored.check_pin("2468") and not stored.check_pin("1234")
    assert "2468" not in ini.read_text(encoding="utf-8")


def test_a_new_page_shows_what_is_in_the_file(make_page, ini):
    Settings(ini).save(
        SettingsValues(
            language="da",
            sound=False,
            idle_minutes=3,
            room_screen="HDMI-1",
            console_screen="DP-3",
            next_flips=False,
        )
    )
    page = make_page()
    assert page.language.currentData() == "da"
    assert not page.sound.isChecked() and not page.next_flips.isChecked()
    assert page.idle_minutes.value() == 3
    assert page.room_screen.currentData() == "HDMI-1"
    assert page.console_screen.currentData() == "DP-3", "an unplugged screen is kept"
    assert "ikke tilsluttet" in page.console_screen.currentText()


def test_back_to_system_language_and_automatic_screens(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues(language="en", room_screen="HDMI-1", console_screen="eDP-1"))
    page = make_page()
    choose(page.language, "system")
    choose(page.room_screen, "")
    choose(page.console_screen, "")
    assert page.save()
    stored = Settings(ini).load()
    assert (stored.language, stored.room_screen, stored.console_screen) == (None, None, None)


def test_the_language_says_it_changes_at_once(make_page):
    page = make_page()
    assert page.language.accessibleDescription() == "Sproget skifter, når du trykker »Gem«."
    assert [page.language.itemText(i) for i in range(3)] == ["Dansk", "English", "Systemets sprog"]


def test_closing_without_saving_changes_nothing(qtbot, make_page, ini):
    page = make_page()
    page.sound.setChecked(False)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert not page.isVisible() and not ini.exists()
    page.open_page()
    assert page.sound.isChecked(), "the page shows the values in effect again"


# -- the PIN ---------------------------------------------------------------------------------


def test_the_new_pin_must_be_typed_twice_alike(qtbot, make_page, ini):
    page = make_page()
    type_pins(qtbot, page, "2468", "2469")
    with qtbot.assertNotEmitted(page.applied):
        assert not page.save()
    assert "ikke ens" in page.status_text
    assert page.isVisible() and page.focusWidget() is page.repeat_pin
    assert page.repeat_pin.text() == "", "the repeat is typed again"
    assert not ini.exists() and page.values.kiosk_pin is None
    qtbot.keyClicks(page.repeat_pin, "2468")
    assert page.save()
    assert Settings(ini).load().check_pin("2468")


@pytest.mark.parametrize(("new", "repeat"), [("123", "123"), ("", "2468")])
def test_a_pin_too_short_or_missing_is_refused(qtbot, make_page, ini, new, repeat):
    page = make_page()
    type_pins(qtbot, page, new, repeat)
    assert not page.save()
    assert "4 til 20 cifre" in page.status_text and page.focusWidget() is page.new_pin
    assert not ini.exists()


def test_the_pin_fields_take_digits_only(qtbot, make_page):
    page = make_page()
    qtbot.keyClicks(page.new_pin, "12ab34")
    assert page.new_pin.text() == "1234"
    assert page.new_pin.echoMode() is QLineEdit.EchoMode.Password


def test_changing_a_pin_takes_the_current_one(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    page = make_page()
    assert page.current_pin.isVisible() and page.remove_pin.isEnabled()
    assert "Der er en kode" in page.pin_state.text()
    type_pins(qtbot, page, "2222", "2222", current="9999")
    assert not page.save()
    assert "forkert" in page.status_text and page.focusWidget() is page.current_pin
    assert Settings(ini).load().check_pin("1111")
    type_pins(qtbot, page, "2222", "2222", current="1111")
    assert page.save()
    stored = Settings(ini).load()
    assert stored.check_pin("2222") and not stored.check_pin("1111")


def test_other_settings_save_without_the_current_pin(make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    before = Settings(ini).load().kiosk_pin
    page = make_page()
    page.sound.setChecked(False)
    assert page.save()
    stored = Settings(ini).load()
    assert not stored.sound and stored.kiosk_pin == before


def test_removing_the_pin(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    page = make_page()
    page.remove_pin.setChecked(True)
    assert not page.new_pin.isEnabled() and not page.repeat_pin.isEnabled()
    assert not page.save(), "removing takes the current PIN too"
    qtbot.keyClicks(page.current_pin, "1111")
    assert page.save()
    assert Settings(ini).load().kiosk_pin is None
    page.open_page()
    assert "ingen kode" in page.pin_state.text() and not page.remove_pin.isEnabled()


def test_three_wrong_current_pins_wait_half_a_minute(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    clock = FakeClock()
    page = make_page(clock=clock)
    for _ in range(3):
        type_pins(qtbot, page, "2222", "2222", current="0000")
        assert not page.save()
    type_pins(qtbot, page, "2222", "2222", current="1111")
    assert not page.save()
    assert "30 sekunder" in page.status_text
    clock.now += 30
    type_pins(qtbot, page, "2222", "2222", current="1111")
    assert page.save()


def test_an_unreadable_pin_can_be_set_again(qtbot, make_page, ini):
    ini.write_text("[General]\nkiosk_pin=not-a-hash\n", encoding="utf-8")
    page = make_page()
    assert "kan ikke læses" in page.pin_state.text() and page.current_pin.isHidden()
    type_pins(qtbot, page, "5555", "5555")
    assert page.save()
    assert Settings(ini).load().check_pin("5555")


def test_the_stored_hash_is_never_shown(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    stored = Settings(ini).load().kiosk_pin
    page = make_page()
    assert stored is not None
    digest = stored.split("$")[-1]
    assert not any(digest in text or "pbkdf2" in text for text in visible_texts(page))


# -- a file that cannot be written -----------------------------------------------------------


def test_a_settings_file_that_cannot_be_written(qtbot, make_page, ini):
    ini.mkdir()  # a folder where the file should be: unwritable even for root
    page = make_page()
    page.sound.setChecked(False)
    page.idle_minutes.setValue(2)
    type_pins(qtbot, page, "2468", "2468")
    with qtbot.waitSignal(page.applied) as applied:
        assert not page.save()
    assert page.isVisible(), "the page stays open with the problem"
    assert "kunne ikke gemmes" in page.status_text and str(ini) in page.status_text
    assert "indtil kiosken lukkes" in page.status_text
    assert page.status.property("kind") == "error"
    kept = applied.args[0]
    assert page.values == kept and not kept.sound and kept.idle_minutes == 2
    assert kept.check_pin("2468")
    page.reject()
    page.open_page()
    assert not page.sound.isChecked() and page.idle_minutes.value() == 2, "kept in memory"
    assert page.status_text == ""


# -- keyboard, names, sizes ------------------------------------------------------------------


def controls(page: SettingsPage) -> list[QWidget]:
    kinds = (QComboBox, QCheckBox, QDoubleSpinBox, QLineEdit, QAbstractButton)
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(page)
        and w.parent() is not None
        and not isinstance(w.parent(), (QComboBox, QDoubleSpinBox))
    ]


def test_every_control_has_a_name_and_tab_reaches_it(qtbot, make_page, ini):
    Settings(ini).save(SettingsValues().with_pin("1111", iterations=FAST))
    page = make_page()
    wanted = controls(page)
    assert len(wanted) == 21  # the colours, the clicker, the warning and the room's size joined
    assert all(w.accessibleName() for w in wanted), [w.objectName() for w in wanted]
    page.language.setFocus()
    reached = []
    for _ in range(40):
        widget = page.focusWidget()
        if widget not in reached:
            reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert set(wanted) <= set(reached), [w.objectName() for w in set(wanted) - set(reached)]


def test_text_is_large_and_focus_is_visible(make_page):
    page = make_page()
    kinds = (QLabel, QComboBox, QCheckBox, QLineEdit)
    widgets = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(widgets) > 20
    for widget in widgets:
        widget.ensurePolished()
        assert widget.font().pixelSize() >= 20, widget
    style = page.styleSheet()
    for kind in ("QComboBox", "QCheckBox", "QLineEdit", "QPushButton", "QDoubleSpinBox"):
        assert f"{kind}:focus" in style


# -- live: the room window and the console ---------------------------------------------------


@pytest.fixture
def room(qtbot, bundled):
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.open_deck_id("samarbejdskompasset")
    return window


def test_the_room_applies_sound_motion_and_next_flips_live(qtbot, room):
    assert not room.exercise.chime.muted and room.navigator.next_flips
    room.show_exercise()
    with qtbot.waitSignal(room.shown_changed):
        room.apply_settings(SettingsValues(sound=False, reduced_motion=True, next_flips=False))
    assert room.exercise.chime.muted
    assert room.card_view._reduced_motion and room.exercise_view._reduced_motion
    assert not room.navigator.next_flips
    room.set_decks(room.loaded)  # a reload keeps it
    assert not room.navigator.next_flips
    room.apply_settings(SettingsValues())
    assert not room.exercise.chime.muted and room.navigator.next_flips


@pytest.fixture
def console(qtbot, room):
    window = ConsoleWindow(room)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    return window


def test_the_console_opens_the_page_and_the_room_follows(qtbot, room, console, ini):
    console.show()
    qtbot.waitExposed(console)
    assert not console.settings_button.isVisible(), "no page given: no button"
    page = SettingsPage(ini, console, screens=lambda: SCREENS, pin_iterations=FAST)
    page.applied.connect(room.apply_settings)
    console.set_settings_page(page)
    assert console.settings_button.isVisible()
    assert console.settings_button.accessibleName() == "Indstillinger"
    qtbot.mouseClick(console.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isVisible)
    page.sound.setChecked(False)
    with qtbot.waitSignal(page.applied):
        qtbot.keyClick(page.save_button, Qt.Key.Key_Return)
    assert room.exercise.chime.muted
    assert not Settings(ini).load().sound


def test_the_colours_are_chosen_and_saved(qtbot, tmp_path):
    from kompas_kiosk.ui.settings.page import SettingsPage
    from kompas_kiosk.ui.settings.store import Settings

    path = tmp_path / "settings.ini"
    page = SettingsPage(path, screens=lambda: [])
    qtbot.addWidget(page)
    page.open_page()
    page.theme.setCurrentIndex(page.theme.findData("high-contrast"))
    assert page.save()
    assert Settings(path).load().theme == "high-contrast"


def test_a_hand_edited_theme_that_does_not_exist_falls_back(tmp_path):
    from kompas_kiosk.ui.settings.store import Settings

    path = tmp_path / "settings.ini"
    path.write_text("[General]\ntheme=neon\n", encoding="utf-8")
    assert Settings(path).load().theme == "default"
