"""The room window in a room: the clicker's keys turn a long card's pages and a full slide's,
the console says which page the room sees, and the room's size follows the settings page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.core.room.legibility import parse_room
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.text_roles import Role
from kompas_kiosk.ui.console.window import ConsoleWindow
from kompas_kiosk.ui.room.window import RoomWindow
from kompas_kiosk.ui.settings.store import SettingsValues


@pytest.fixture
def room(qtbot, bundled):
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.card_view.set_room(parse_room("65in,8m"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_deck_id("samarbejdskompasset")
    return window


def press(qtbot, window, key_text: str) -> None:
    combination = QKeySequence(key_text)[0]
    qtbot.keyClick(
        window.focusWidget() or window, combination.key(), combination.keyboardModifiers()
    )


def shown_text(window: RoomWindow) -> str:
    layout = window.card_view.face_layout()
    assert layout is not None
    return " ".join(b.doc.toPlainText() for b in layout.blocks if b.role is Role.TEXT)


def test_the_clicker_reads_principle_07_page_by_page_then_turns_it(qtbot, room) -> None:
    console = ConsoleWindow(room)
    qtbot.addWidget(console)
    pages = room.card_view.page_count()
    assert pages == 5
    assert shown_text(room) == "", "first the title and the question"
    assert console.position_text().endswith("07 · 1/1 · side 1/5"), "the console sees it is long"
    press(qtbot, room, "PgDown")
    assert shown_text(room).startswith("Det er helt afgørende for samarbejdet")
    assert console.position_text().endswith("07 · 1/1 · side 2/5")
    qtbot.waitUntil(lambda: console.position_label.text().endswith("side 2/5"))
    for _ in range(pages - 2):
        press(qtbot, room, "PgDown")
    assert shown_text(room).endswith("også for strategiske beslutninger.")
    press(qtbot, room, "PgUp")
    assert room.card_view.page == pages - 2
    press(qtbot, room, "PgDown")
    press(qtbot, room, "PgDown")  # after the last page: the card turns to its reflections
    assert room.navigator.face is Face.BACK
    assert "side" not in console.position_text()
    press(qtbot, room, "PgUp")  # back to the front: from its first page
    assert room.navigator.face is Face.FRONT and room.card_view.page == 0


def test_the_exercise_and_the_flip_still_work_on_a_paged_card(qtbot, room) -> None:
    press(qtbot, room, "PgDown")
    assert room.card_view.page == 1
    press(qtbot, room, "Return")  # Enter turns the card
    assert room.navigator.face is Face.BACK
    assert room.show_exercise()
    layout = room.exercise_view.exercise_layout()
    room.exercise_view.repaint()
    layout = room.exercise_view.exercise_layout()
    assert layout is not None and not layout.overflow
    assert min(b.pixel_size for b in layout.blocks if b.role is Role.STEP) >= 73.4


def test_the_settings_page_sets_the_room(qtbot, bundled) -> None:
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_deck_id("samarbejdskompasset")
    assert window.card_view.page_count() == 1, "no room: today's layout"
    window.card_view.set_room(SettingsValues(room="65in,8m").room_spec)
    assert window.card_view.page_count() == 5
    window.card_view.set_room(None)
    assert window.card_view.page_count() == 1


def test_a_full_slide_is_paged_in_the_room(qtbot, room) -> None:
    room.set_programmes(load_programme_content([*_content()], room.loaded))
    assert room.controller.open_programme_id("din-2024", 32)  # the matrix
    assert room.slide_view.page_count() == 5
    press(qtbot, room, "PgDown")
    layout = room.slide_view.slide_layout()
    assert layout is not None and layout.fits
    assert any("Beslutte" in text for _, _, text in layout.measured)
    assert room.controller.programme is not None and room.controller.programme.index == 32
    for _ in range(4):
        press(qtbot, room, "PgDown")
    assert room.controller.programme.index == 33, "after the last page: the next step"


def _content():
    from kompas_kiosk.core import resources

    return [resources.content_dir()]


def test_without_a_room_the_card_is_not_paged(qtbot, bundled) -> None:
    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.open_deck_id("samarbejdskompasset")
    window.controller.actions()["next"](Qt.Key.Key_PageDown.name)
    assert window.navigator.face is Face.BACK, "next turns the card, as ever"
