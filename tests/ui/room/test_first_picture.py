"""The room's first picture: kept after a start on a still card, read back only under its own
key, and the keys pressed on it reach the room, in order, none lost."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.room import first_picture
from kompas_kiosk.ui.room.picture_window import PictureWindow
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.stubs import FakeClock

KEY = "a" * 64


def picture(width=64, height=36, color="#123456"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


def test_a_kept_picture_comes_back_under_its_key(tmp_path):
    assert first_picture.save(tmp_path, KEY, picture())
    image = first_picture.load(tmp_path, KEY)
    assert image is not None
    assert (image.width(), image.height()) == (64, 36)
    assert image.pixelColor(10, 10) == QColor("#123456")


def test_a_picture_under_another_key_is_not_shown(tmp_path):
    first_picture.save(tmp_path, KEY, picture())
    assert first_picture.load(tmp_path, "b" * 64) is None


def test_only_the_last_picture_is_kept(tmp_path):
    first_picture.save(tmp_path, KEY, picture(color="#123456"))
    first_picture.save(tmp_path, "b" * 64, picture(color="#654321"))
    assert first_picture.load(tmp_path, KEY) is None
    assert first_picture.load(tmp_path, "b" * 64).pixelColor(0, 0) == QColor("#654321")


@pytest.mark.parametrize("damage", ["cut", "header", "empty"])
def test_a_damaged_picture_is_not_shown(tmp_path, damage):
    first_picture.save(tmp_path, KEY, picture())
    path = tmp_path / first_picture.NAME
    data = path.read_bytes()
    if damage == "cut":
        path.write_bytes(data[:-10])
    elif damage == "header":
        path.write_bytes(data.replace(b" 64 36 ", b" 640 36 ", 1))
    else:
        path.write_bytes(b"")
    assert first_picture.load(tmp_path, KEY) is None


def test_no_picture_no_problem(tmp_path):
    assert first_picture.load(tmp_path / "none", KEY) is None


def test_keys_pressed_on_the_picture_are_held_then_handed_over_in_order(qtbot):
    window = PictureWindow(picture())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_B):
        qtbot.keyClick(window, key)
    assert [event.key() for event in window.held()] == [
        Qt.Key.Key_Right,
        Qt.Key.Key_Left,
        Qt.Key.Key_B,
    ]
    taken = []
    window.hand_over(lambda event: taken.append(event.key()))
    assert taken == [Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_B]
    assert window.held() == []
    qtbot.keyClick(window, Qt.Key.Key_Space)  # later keys go straight through
    assert taken[-1] == Qt.Key.Key_Space


@pytest.fixture
def room(qtbot, bundled):
    def make(deck="laering-2023"):
        win = RoomWindow(bundled, "da", clock=FakeClock(100.0))
        qtbot.addWidget(win)
        win.resize(640, 360)
        win.show()
        qtbot.waitExposed(win)
        win.open_deck_id(deck)
        return win

    return make


def test_keys_pressed_before_the_room_was_there_move_the_room(qtbot, room):
    """Two → and a ← on the picture do to the room what they do pressed on the room."""
    keys = (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left)
    typed = room()
    typed.activateWindow()
    qtbot.waitUntil(typed.isActiveWindow)
    for key in keys:
        qtbot.keyClick(typed.focusWidget() or typed, key)
    expected = (typed.navigator.card_index, typed.navigator.face)
    assert expected != (0, Face.FRONT)
    typed.hide()
    window = PictureWindow(picture())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in keys:
        qtbot.keyClick(window, key)
    win = room()
    assert (win.navigator.card_index, win.navigator.face) == (0, Face.FRONT)
    window.hand_over(win.keys.press)
    assert (win.navigator.card_index, win.navigator.face) == expected
    qtbot.keyClick(window, Qt.Key.Key_Right)  # one more, while the picture is still up
    assert (win.navigator.card_index, win.navigator.face) != expected


def test_a_key_with_no_action_goes_to_the_focused_widget(qtbot, room):
    win = room()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    seen = []
    target = win.focusWidget() or win
    original = target.keyPressEvent
    target.keyPressEvent = lambda event: seen.append(event.key()) or original(event)
    window = PictureWindow(picture())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.hand_over(win.keys.press)
    qtbot.keyClick(window, Qt.Key.Key_Z)
    assert seen == [Qt.Key.Key_Z]


def test_a_still_first_card_is_kept_for_the_next_start(tmp_path, room):
    win = room()
    at_start = first_picture.still(win)
    first_picture.keep(win, tmp_path, first_picture.Key(KEY, win.screen()), at_start)
    image = first_picture.load(tmp_path, KEY)
    assert image is not None
    ratio = image.devicePixelRatio()
    assert (image.width() / ratio, image.height() / ratio) == (640, 360)


def test_a_room_changed_since_the_start_is_not_kept_and_the_old_picture_goes(tmp_path, room):
    first_picture.save(tmp_path, KEY, picture())
    win = room()
    at_start = first_picture.still(win)
    win.controller.next()  # a key pressed before the picture was taken
    first_picture.keep(win, tmp_path, first_picture.Key(KEY, win.screen()), at_start)
    assert first_picture.load(tmp_path, KEY) is None


def test_an_exercise_is_not_kept(tmp_path, room):
    win = room("samarbejdskompasset")
    win.controller.show_exercise()
    assert win.controller.view is View.EXERCISE
    at_start = first_picture.still(win)
    first_picture.keep(win, tmp_path, first_picture.Key(KEY, win.screen()), at_start)
    assert first_picture.load(tmp_path, KEY) is None


def test_the_start_key_follows_the_settings_the_state_and_the_screen(tmp_path):
    screen = QApplication.primaryScreen()
    settings, state = tmp_path / "settings.ini", tmp_path / "room-state.json"

    def key(**changes):
        given = dict(
            code=[], content=[], settings=settings, state=state, options="run", screen=screen
        )
        return first_picture.start_key(**{**given, **changes}).name

    before = key()
    assert key() == before
    settings.write_text("[General]\ntheme=high-contrast\n", encoding="utf-8")
    assert key() != before
    changed = key()
    state.write_text('{"deck": "laering-2023", "card": 2}', encoding="utf-8")
    assert key() != changed
    assert key(state=None) != key()  # told where to start: the state is not read
    assert key(options="run --deck laering-2023") != key()


def test_keys_on_the_picture_reach_a_dialog_a_held_key_opened(qtbot, bundled, tmp_path):
    """Ctrl+N pressed on the picture opens »Ny workshop«; the keys after it are typed into the
    dialog as they would be on the room (a field takes its letters and Esc before the key
    table does), not turned into the room's actions (B would blank the room)."""
    from kompas_kiosk.core.notes.store import NotesStore

    win = RoomWindow(bundled, "da", notes_store=lambda: NotesStore.open(tmp_path / "n.sqlite3"))
    qtbot.addWidget(win)
    win.resize(640, 360)
    win.show()
    qtbot.waitExposed(win)
    win.open_deck_id("samarbejdskompasset")
    window = PictureWindow(picture())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.hand_over(win.keys.press)
    dialog = win._notes._dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(window, "Bordet")
    assert dialog.name.text() == "Bordet"
    assert win.controller.view is not View.BLANK, "B went to the field, not to 'blank'"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "Esc closed the dialog"
    assert not win.controller.quitting
