"""The code pad: big keys, digits as dots, keyboard and touch, and a lockout after wrong codes."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.ui.kiosk import pin_dialog
from kompas_kiosk.ui.kiosk.pin_dialog import PinDialog

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 720)]
KEYS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "confirm"]


@pytest.fixture
def room(shortcut_window):
    return shortcut_window("1")  # digits jump to cards in the room


@pytest.fixture
def pad(room, fake_clock):
    dialog = PinDialog(fake_clock, parent=room)
    dialog.popup()
    return dialog


def type_keys(qtbot, pad: PinDialog, text: str) -> None:
    for char in text:
        qtbot.keyClick(pad, getattr(Qt.Key, f"Key_{char}"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_keys_are_big_enough_to_touch_and_all_on_the_panel(qtbot, fake_clock, size):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(*size)
    dialog = PinDialog(fake_clock, parent=host)
    dialog.popup()
    rects = dialog.panel_layout()
    screen = QRectF(dialog.rect())
    assert screen.contains(rects["panel"])
    smallest = 0.08 * min(size)
    buttons = [*dialog.keys.values(), dialog.cancel_button]
    for button in buttons:
        geometry = QRectF(button.geometry())
        assert geometry.width() >= smallest - 1 and geometry.height() >= smallest - 1
        assert rects["panel"].contains(geometry)
    for i, a in enumerate(buttons):
        for b in buttons[i + 1 :]:
            assert not a.geometry().intersects(b.geometry())
    for name in ("title", "dots", "message"):
        assert rects["panel"].contains(rects[name])
        for button in buttons:
            assert not rects[name].intersects(QRectF(button.geometry()))


def test_every_button_has_a_name_for_screen_readers(pad):
    names = [pad.keys[key].accessibleName() for key in KEYS] + [pad.cancel_button.accessibleName()]
    assert all(names) and len(set(names)) == len(names)
    assert pad.keys["delete"].accessibleName() == "Slet sidste ciffer"
    assert pad.keys["confirm"].accessibleName() == "Bekræft koden"
    assert pad.cancel_button.accessibleName() == "Annuller"


def test_typed_digits_show_as_dots_and_enter_submits(qtbot, pad, room):
    type_keys(qtbot, pad, "2741")
    assert pad.typed_count == 4
    assert "4 cifre tastet" in pad.accessibleDescription()
    assert room.fired == 0, "digits typed into the pad must not jump to a card"
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    assert pad.typed_count == 3
    with qtbot.waitSignal(pad.submitted, timeout=60_000) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert blocker.args == ["274"]
    assert pad.typed_count == 0, "the code is not kept once submitted"


def test_the_number_pad_digits_count_too(qtbot, pad):
    qtbot.keyClick(pad, Qt.Key.Key_5, Qt.KeyboardModifier.KeypadModifier)
    with qtbot.waitSignal(pad.submitted, timeout=60_000) as blocker:
        qtbot.keyClick(pad, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == ["5"]


def test_tapping_the_keys_submits(qtbot, pad):
    for key in ("9", "0", "1", "delete", "2"):
        qtbot.mouseClick(pad.keys[key], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pad.submitted, timeout=60_000) as blocker:
        qtbot.mouseClick(pad.keys["confirm"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["902"]


def test_nothing_to_submit_submits_nothing(qtbot, pad):
    assert not pad.keys["confirm"].isEnabled()
    with qtbot.assertNotEmitted(pad.submitted):
        qtbot.keyClick(pad, Qt.Key.Key_Return)


def test_a_code_has_at_most_twenty_digits(qtbot, pad):
    type_keys(qtbot, pad, "12345678901234567890123")
    assert pad.typed_count == pin_dialog.MAX_DIGITS == 20
    rects = pad.panel_layout()
    assert rects["dots"].right() < rects["1"].left(), "the dots of a long code fit beside the pad"


def test_each_round_of_wrong_codes_locks_longer(qtbot, pad, fake_clock):
    waits = []
    for _ in range(5):
        for _ in range(3):
            type_keys(qtbot, pad, "9")
            qtbot.keyClick(pad, Qt.Key.Key_Return)
            pad.show_error("Forkert kode")
        waits.append(pad.lockout_remaining())
        fake_clock.advance(waits[-1])
        pad.refresh()
    assert waits == [30, 60, 300, 900, 3600]
    for _ in range(3):
        pad.show_error("Forkert kode")
    assert "60 minutter" in pad.message
    fake_clock.advance(3600)
    pad.accept()
    for _ in range(3):
        pad.show_error("Forkert kode")
    assert pad.lockout_remaining() == 30, "a right code starts the rounds over"


def test_escape_and_cancel_close_without_a_code(qtbot, pad, room):
    type_keys(qtbot, pad, "12")
    with qtbot.waitSignal(pad.cancelled, timeout=60_000):
        qtbot.keyClick(pad, Qt.Key.Key_Escape)
    assert not pad.isVisible()
    assert room.view.hasFocus(), "the keyboard goes back to the room"
    pad.popup()
    assert pad.typed_count == 0
    with qtbot.waitSignal(pad.cancelled, timeout=60_000):
        qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)


def test_a_wrong_code_says_so_and_starts_over(qtbot, pad):
    type_keys(qtbot, pad, "11")
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    pad.show_error("Forkert kode")
    assert pad.message == "Forkert kode"
    assert "Forkert kode" in pad.accessibleDescription()
    assert pad.isVisible() and not pad.is_locked()
    type_keys(qtbot, pad, "2")
    assert pad.typed_count == 1
    assert pad.message == "", "typing again clears the message"


def test_three_wrong_codes_lock_the_pad_for_thirty_seconds(qtbot, pad, fake_clock):
    for _ in range(3):
        type_keys(qtbot, pad, "9")
        qtbot.keyClick(pad, Qt.Key.Key_Return)
        pad.show_error("Forkert kode")
    assert pad.is_locked()
    assert pad.lockout_remaining() == 30
    assert "30 sekunder" in pad.message
    assert not any(pad.keys[key].isEnabled() for key in KEYS)
    type_keys(qtbot, pad, "12")
    assert pad.typed_count == 0, "no digits while locked"
    fake_clock.advance(12.5)
    pad.refresh()
    assert "18 sekunder" in pad.message
    fake_clock.advance(17.5)
    pad.refresh()
    assert not pad.is_locked()
    assert pad.message == ""
    assert pad.keys["5"].isEnabled()
    type_keys(qtbot, pad, "12")
    assert pad.typed_count == 2


def test_the_lockout_outlasts_closing_the_pad(qtbot, pad, fake_clock):
    for _ in range(3):
        pad.show_error("Forkert kode")
    qtbot.keyClick(pad, Qt.Key.Key_Escape)
    fake_clock.advance(5)
    pad.popup()
    assert pad.is_locked()
    assert "25 sekunder" in pad.message


def test_a_right_code_forgets_the_wrong_ones(pad):
    pad.show_error("Forkert kode")
    pad.show_error("Forkert kode")
    pad.accept()
    assert not pad.isVisible()
    pad.popup()
    assert pad.message == ""
    pad.show_error("Forkert kode")
    assert not pad.is_locked(), "two wrong before a right one do not count"


def test_the_lockout_timer_only_repaints_and_unlocks(qtbot, pad, fake_clock):
    for _ in range(3):
        pad.show_error("Forkert kode")
    assert pad._ticker.isActive()
    fake_clock.advance(31)
    pad._ticker.timeout.emit()
    assert not pad._ticker.isActive()
    assert not pad.is_locked()


def tab_walk(qtbot, pad: PinDialog, steps: int, key=Qt.Key.Key_Tab) -> list[str]:
    names = {button: name for name, button in pad.keys.items()}
    names[pad.cancel_button] = "cancel"
    walked = []
    for _ in range(steps):
        qtbot.keyClick(pad.window().focusWidget(), key)
        focus = pad.window().focusWidget()
        walked.append(names.get(focus, focus.objectName()))
    return walked


def test_tab_walks_the_digits_in_reading_order_then_ok_and_cancel(qtbot, pad):
    assert pad.window().focusWidget() is pad
    type_keys(qtbot, pad, "7")  # ⌫ and OK have something to do
    order = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "confirm", "cancel"]
    assert tab_walk(qtbot, pad, 13) == order
    assert tab_walk(qtbot, pad, 2) == ["1", "2"], "round again: the keys stay in the pad"
    assert tab_walk(qtbot, pad, 3, Qt.Key.Key_Backtab) == ["1", "cancel", "confirm"]


def test_a_key_with_the_focus_still_takes_typed_digits_and_space_presses_it(qtbot, pad, room):
    tab_walk(qtbot, pad, 5)  # the focus on 5
    focus = pad.window().focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_1)
    assert pad.typed_count == 1 and room.fired == 0, "a digit is the pad's, not the room's"
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert pad.typed_count == 2, "Space presses the key in focus"
    with qtbot.waitSignal(pad.submitted) as submitted:
        qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert submitted.args == ["15"]


def test_tab_passes_keys_that_cannot_be_pressed(qtbot, pad, fake_clock):
    order = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "cancel", "1"]
    assert tab_walk(qtbot, pad, 12) == order, "nothing typed: no ⌫, no OK"
    for _ in range(pin_dialog.MAX_TRIES):
        pad.show_error("Forkert kode")
    assert pad.is_locked()
    assert tab_walk(qtbot, pad, 2) == ["cancel", "cancel"], "locked: only »Annuller«"
