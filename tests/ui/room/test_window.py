"""The room window: every row of the key table does what it says, in its own view."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.exercise.countdown import State
from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.stubs import FakeClock

TWELVE = "schema: 1\nid: tolv\ntitle: Tolv kort\ncards:\n" + "".join(
    f"  - number: {n}\n    title: Kort {n}\n" for n in range(1, 13)
)


@pytest.fixture
def clock():
    return FakeClock(100.0)


@pytest.fixture
def window(qtbot, bundled, write_deck, clock):
    extra = load_decks([write_deck("tolv", TWELVE)])
    win = RoomWindow(bundled + extra, "da", clock=clock)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    return win


def press(qtbot, window, key_text: str) -> None:
    combination = QKeySequence(key_text)[0]
    qtbot.keyClick(
        window.focusWidget() or window, combination.key(), combination.keyboardModifiers()
    )


def open_at(window, deck_id: str, index: int) -> None:
    window.open_deck_id(deck_id)
    window.navigator.go_to(index)
    window.show_card()


def where(window) -> tuple[str, int]:
    return window.navigator.deck.id, window.navigator.card_index


CASES = [(b, key) for b in keymap.BINDINGS for key in b.keys]


def test_every_action_has_a_handler(window):
    for binding in keymap.BINDINGS:
        assert len(window.actions_for(binding.action)) == len(binding.keys)


def test_a_key_without_a_handler_fails_at_the_start(qtbot, monkeypatch, bundled):
    unhandled = keymap.Binding("dance", ("F12",), View.EVERYWHERE, "Dans", "Dance")
    monkeypatch.setattr(keymap, "BINDINGS", (*keymap.BINDINGS, unhandled))
    with pytest.raises(LookupError, match="dance"):
        RoomWindow(bundled, "da")


def test_no_key_is_bound_twice_in_one_view():
    for context in ("card", "exercise", "overview", "chooser"):
        keys = [
            QKeySequence(k).toString()
            for b in keymap.BINDINGS
            if b.context in (context, "global")
            for k in b.keys
        ]
        assert len(keys) == len(set(keys)), f"a key is bound twice in the {context} view"


@pytest.mark.parametrize(("binding", "key"), CASES, ids=[f"{b.action}-{k}" for b, k in CASES])
def test_key_table(qtbot, window, clock, binding, key):
    action = binding.action
    if binding.context == "overview":
        open_at(window, "laering-2023", 2)
        press(qtbot, window, "G")
        assert window.controller.view == "overview"
    elif binding.context == "exercise":
        open_at(window, "samarbejdskompasset", 0)
        assert window.show_exercise()
    elif binding.context == "card":
        open_at(window, "laering-2023", 2)
    elif binding.context == "chooser":
        open_at(window, "laering-2023", 2)
        window.show_chooser()
        window.chooser.move(0)
    else:
        open_at(window, "aarhuskompasset", 1)
    start_selected = window.chooser.selected

    if action == "next":
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 3)
    elif action == "previous":
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 1)
    elif action == "first":
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 0)
    elif action == "last":
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 4)
    elif action == "digit":
        press(qtbot, window, key)
        if 1 <= int(key) <= 5:
            assert where(window) == ("laering-2023", int(key) - 1)
        else:
            assert where(window) == ("laering-2023", 2)
            assert window.toast.isVisible()
    elif action == "jump":
        open_at(window, "tolv", 5)
        press(qtbot, window, "1")
        assert where(window) == ("tolv", 5), "1 could still become 10, 11 or 12"
        press(qtbot, window, key)
        assert where(window) == ("tolv", 0)
        open_at(window, "samarbejdskompasset", 0)
        press(qtbot, window, key)
        assert window.navigator.face is Face.BACK, "with no number typed, Enter turns the card"
    elif action == "flip":
        open_at(window, "samarbejdskompasset", 0)
        press(qtbot, window, key)
        assert window.navigator.face is Face.BACK
        assert window.card_view.current()[2] is Face.BACK
        press(qtbot, window, key)
        assert window.navigator.face is Face.FRONT
        open_at(window, "laering-2023", 2)
        press(qtbot, window, key)
        assert window.navigator.face is Face.FRONT, "a card without reflections has no back"
        assert window.toast.isVisible()
    elif action == "exercise":
        open_at(window, "samarbejdskompasset", 0)
        press(qtbot, window, key)
        assert window.controller.view == "exercise"
        assert window.exercise_view.shown_time() == "10:00"
        open_at(window, "laering-2023", 0)
        press(qtbot, window, key)
        assert window.controller.view == "card", "a deck without an exercise stays on the card"
        assert window.toast.isVisible()
    elif action == "exercise_toggle":
        countdown = window.controller.exercise.countdown
        press(qtbot, window, key)
        assert countdown.state is State.RUNNING
        clock.now += 30
        window.exercise.ticker.fire()
        assert window.exercise_view.shown_time() == "9:30"
        press(qtbot, window, key)
        assert countdown.state is State.PAUSED
        clock.now += 100
        assert countdown.display() == "9:30", "a paused countdown stands still"
        press(qtbot, window, key)
        assert countdown.state is State.RUNNING
    elif action == "exercise_more":
        press(qtbot, window, key)
        assert window.controller.exercise.countdown.remaining == 660
        assert window.exercise_view.shown_time() == "11:00"
    elif action == "exercise_less":
        press(qtbot, window, key)
        assert window.controller.exercise.countdown.remaining == 540
        for _ in range(12):
            press(qtbot, window, key)
        assert window.controller.exercise.countdown.remaining == 0, "never below zero"
    elif action == "exercise_reset":
        window.controller.exercise_toggle()
        clock.now += 42
        press(qtbot, window, key)
        assert window.controller.exercise.countdown.state is State.IDLE
        assert window.controller.exercise.countdown.remaining == 600
    elif action == "exercise_back":
        window.controller.exercise_toggle()
        press(qtbot, window, key)
        assert window.controller.view == "card"
        assert window.controller.exercise.countdown.state is State.RUNNING, "the countdown runs on"
        assert window.card_view._badge == "10:00"
    elif action == "mute":
        press(qtbot, window, key)
        assert window.exercise.chime.muted
        press(qtbot, window, key)
        assert not window.exercise.chime.muted
    elif action == "notes":
        press(qtbot, window, key)
        panel = window.notes_panel
        qtbot.waitUntil(panel.isVisible)
        qtbot.keyClicks(QApplication.focusWidget(), "Borgerne vil høre fra os")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert panel.card_texts() == ["Borgerne vil høre fra os"]
        press(qtbot, window, "PgDown")
        assert where(window) == ("aarhuskompasset", 2), "the clicker moves on while typing"
        assert panel.isAncestorOf(QApplication.focusWidget()), "and the typing goes on"
    elif action == "share":
        press(qtbot, window, key)
        assert window._stack.currentWidget() is window.shared_view
        assert window.controller.view == "card"
        press(qtbot, window, "PgDown")
        assert window._stack.currentWidget() is window.shared_view, "sharing follows the card"
        press(qtbot, window, key)
        assert window._stack.currentWidget() is window.card_view
    elif action == "new_workshop":
        press(qtbot, window, key)
        dialog = window._notes._dialog
        assert dialog is not None and dialog.isVisible() and dialog.name.hasFocus()
        press(qtbot, window, "Escape")
        assert not dialog.isVisible() and window.isVisible()
    elif action == "overview":
        open_at(window, "laering-2023", 2)
        press(qtbot, window, key)
        assert window.controller.view == "overview"
        assert window.overview.selected == 2
    elif action == "overview_move":  # five cards: a row of three over a row of two
        start, expected = {
            "Left": (2, {1}),
            "Right": (2, {3}),
            "Down": (0, {3, 4}),
            "Up": (3, {0, 1, 2}),
        }[key]
        window.overview.select(start)
        press(qtbot, window, key)
        assert window.overview.selected in expected
    elif action == "overview_open":
        window.overview.select(4)
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 4)
        assert window.controller.view == "card"
    elif action == "overview_first":
        press(qtbot, window, key)
        assert window.overview.selected == 0
    elif action == "overview_last":
        press(qtbot, window, key)
        assert window.overview.selected == 4
    elif action in ("overview_next_page", "overview_previous_page"):
        press(qtbot, window, key)  # five cards fit one page: nothing to turn
        assert window.overview.page == 0 and window.controller.view == "overview"
    elif action == "overview_back":
        press(qtbot, window, key)
        assert window.controller.view == "card"
        assert where(window) == ("laering-2023", 2)
    elif action in ("blank_black", "blank_white"):
        before = window._stack.currentWidget()
        press(qtbot, window, key)
        assert window._stack.currentWidget() is window.blank_view
        assert window.blank_view.color == ("white" if action == "blank_white" else "black")
        press(qtbot, window, "M")
        assert window._stack.currentWidget() is before, "any key returns"
        assert not window.exercise.chime.muted, "the waking key does nothing else"
    elif action == "help":
        press(qtbot, window, key)
        assert window.help_overlay.isVisible()
        press(qtbot, window, "PgDown")
        press(qtbot, window, "PgDown")
        qtbot.waitUntil(lambda: not window.help_overlay.isVisible())
    elif action == "console":
        from kompas_kiosk.ui.console.screens import ScreenArrangement
        from kompas_kiosk.ui.console.window import ConsoleWindow

        console = ConsoleWindow(window)
        qtbot.addWidget(console)
        window.screens = ScreenArrangement(window, console, windowed=True)
        press(qtbot, window, key)
        assert console.isVisible(), "one screen: C shows the console over the room"
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        press(qtbot, window, key)
        assert not console.isVisible()
    elif action == "swap_screens":
        press(qtbot, window, key)
        assert window.toast.isVisible() and "én skærm" in window.toast.text()
    elif action == "escape":
        press(qtbot, window, key)
        assert window.isVisible() and window.toast.isVisible()
        clock.now += 1.5
        press(qtbot, window, key)
        assert not window.isVisible()
    elif action == "choose_deck":
        press(qtbot, window, key)
        assert window.controller.view == "chooser"
    elif action == "next_deck":
        before = window.navigator.deck_index
        press(qtbot, window, key)
        assert window.navigator.deck_index == (before + 1) % len(window.navigator.decks)
    elif action == "previous_deck":
        before = window.navigator.deck_index
        press(qtbot, window, key)
        assert window.navigator.deck_index == (before - 1) % len(window.navigator.decks)
    elif action == "reload":
        with qtbot.waitSignal(window.reload_requested, timeout=60_000):
            press(qtbot, window, key)
    elif action == "quit":
        press(qtbot, window, key)
        assert not window.isVisible()
    elif action == "chooser_next":
        press(qtbot, window, key)
        assert window.chooser.selected == (start_selected + 1) % len(window.loaded)
    elif action == "chooser_previous":
        press(qtbot, window, key)
        assert window.chooser.selected == (start_selected - 1) % len(window.loaded)
    elif action == "chooser_open":
        window.chooser.move(1)
        expected = window.loaded[window.chooser.selected].deck_id
        press(qtbot, window, key)
        assert window.controller.view == "card"
        assert window.navigator.deck.id == expected
        assert window.navigator.card_index == 0
    elif action == "chooser_back":
        press(qtbot, window, key)
        assert where(window) == ("laering-2023", 2)
        assert window.controller.view == "card"
    else:
        pytest.fail(f"the key table has an action this test does not know: {action}")


def test_escape_twice_but_slowly_does_not_close(qtbot, window, clock):
    open_at(window, "samarbejdskompasset", 0)
    press(qtbot, window, "Esc")
    clock.now += 2.5
    press(qtbot, window, "Esc")
    assert window.isVisible()


def test_next_at_the_last_card_stays(qtbot, window):
    open_at(window, "laering-2023", 4)
    press(qtbot, window, "PgDown")
    assert where(window) == ("laering-2023", 4)


def test_position_indicator(window):
    open_at(window, "samarbejdskompasset", 0)
    assert window.navigator.position_text() == "07 · 1/1"
    open_at(window, "laering-2023", 1)
    assert window.navigator.position_text() == "2/5"


def test_chooser_lists_samarbejdskompasset_first(window):
    assert window.loaded[0].deck_id == "samarbejdskompasset"


def test_a_broken_deck_shows_why(qtbot, bundled, write_deck):
    broken = load_decks([write_deck("brudt", "schema: 1\nid: brudt\ntitle: Brudt\ncards: [\n")])
    win = RoomWindow(bundled + broken, "da")
    qtbot.addWidget(win)
    assert win.open_deck_id("brudt")
    assert win.controller.view == "message"
    text = win.message_view.text()
    assert "Brudt" in text or "brudt" in text
    assert "deck.yaml:" in text
    assert "Ctrl+R" in text


def test_no_decks_at_all_says_so(qtbot):
    win = RoomWindow([], "da")
    qtbot.addWidget(win)
    assert win.controller.view == "message"
    assert "Ingen kortsæt" in win.message_view.text()


def test_reload_keeps_the_card(qtbot, window, bundled):
    open_at(window, "laering-2023", 3)
    window.set_decks(list(window.loaded))
    assert where(window) == ("laering-2023", 3)
    assert window.controller.view == "card"


def test_the_clicker_runs_front_back_and_next_card(qtbot, window):
    open_at(window, "samarbejdskompasset", 0)
    press(qtbot, window, "PgDown")
    assert window.navigator.face is Face.BACK
    press(qtbot, window, "PgUp")
    assert window.navigator.face is Face.FRONT


def test_a_tap_in_the_middle_turns_the_card(qtbot, window):
    open_at(window, "samarbejdskompasset", 0)
    window.card_view.card_tapped.emit()
    assert window.navigator.face is Face.BACK


def test_time_up_chimes_and_can_turn_the_card(qtbot, bundled, write_deck, clock):
    text = (
        "schema: 1\nid: flip\ntitle: Flip\nexercise:\n  title: Øvelse\n  minutes: 1\n"
        "  flip_when_done: true\ncards:\n  - title: Et kort\n    what_if: Hvad nu, hvis?\n"
    )
    decks = load_decks([write_deck("flip", text)])
    win = RoomWindow(decks, "da", clock=clock)
    qtbot.addWidget(win)
    win.open_deck_id("flip")
    win.show_exercise()
    win.controller.exercise_toggle()
    win.show_card()
    played = []
    win.exercise.chime.play = lambda: played.append(True)
    clock.now += 61
    with qtbot.waitSignal(win.exercise.time_up, timeout=60_000):
        win.exercise.ticker.fire()
    assert played == [True]
    assert win.navigator.face is Face.BACK
    assert win.card_view._badge.startswith("+")


def test_the_card_shows_the_running_countdown_small(qtbot, window, clock):
    open_at(window, "samarbejdskompasset", 0)
    assert window.card_view._badge == ""
    window.show_exercise()
    window.controller.exercise_toggle()
    window.show_card()
    clock.now += 75
    window.exercise.ticker.fire()
    assert window.card_view._badge == "8:45"


def test_the_room_starts_where_it_was(qtbot, bundled, clock, tmp_path):
    from kompas_kiosk.core.room.state import StateFile

    state_file = StateFile(tmp_path / "room-state.json")
    before = RoomWindow(bundled, "da", clock=clock, state_file=state_file)
    qtbot.addWidget(before)
    before.open_deck_id("samarbejdskompasset")
    before.navigator.flip()
    before.show_card()
    before.show_exercise()
    before.controller.exercise_toggle()
    clock.now += 90
    before.controller.save_state()
    after = RoomWindow(bundled, "da", clock=clock, state_file=state_file)
    qtbot.addWidget(after)
    assert after.controller.restore(state_file.load())
    assert where(after) == ("samarbejdskompasset", 0)
    assert after.navigator.face is Face.BACK
    assert after.controller.view == "exercise"
    assert after.controller.exercise.countdown.state is State.RUNNING
    assert after.controller.exercise.countdown.display() == "8:30"


def test_kiosk_mode_asks_for_the_pin(qtbot, bundled, clock, tmp_path):
    from kompas_kiosk.ui.kiosk.mode import KioskMode
    from kompas_kiosk.ui.settings.store import SettingsValues

    win = RoomWindow(bundled, "da", clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.open_deck_id("samarbejdskompasset")
    win.kiosk_mode = KioskMode(win, SettingsValues().with_pin("2468"), clock)
    win.controller.request_quit()
    pin = win.kiosk_mode.pin
    assert pin.isVisible() and win.isVisible()
    pin.submitted.emit("1111")
    assert win.isVisible()

    class WindowManagerClose:  # a close from the window manager or Alt+F4 is spontaneous
        ignored = False

        def spontaneous(self) -> bool:
            return True

        def ignore(self) -> None:
            self.ignored = True

    event = WindowManagerClose()
    win.closeEvent(event)
    assert event.ignored and win.isVisible(), "kiosk mode ignores the window manager's close"
    pin.submitted.emit("2468")
    assert not win.isVisible()


def test_the_attract_loop_cycles_and_a_touch_stops_it(qtbot, bundled, clock):
    from kompas_kiosk.ui.kiosk.mode import KioskMode
    from kompas_kiosk.ui.settings.store import SettingsValues

    win = RoomWindow(bundled, "da", clock=clock)
    qtbot.addWidget(win)
    win.show()
    win.open_deck_id("laering-2023")
    win.navigator.go_to(2)
    win.show_card()
    win.kiosk_mode = KioskMode(win, SettingsValues(idle_minutes=1), clock)
    loop = win.kiosk_mode
    clock.now += 61
    loop.step()
    assert where(win) == ("laering-2023", 0), "the loop starts at the first card"
    clock.now += 12
    loop.step()
    assert where(win) == ("laering-2023", 1)
    assert loop.loop.touch() is True
    loop.step()
    assert where(win) == ("laering-2023", 1), "a touch stops the loop where it is"


def test_h_in_the_exercise_shows_the_notes_and_h_again_the_countdown(qtbot, window):
    open_at(window, "samarbejdskompasset", 0)
    press(qtbot, window, "E")
    assert window._stack.currentWidget() is window.exercise_view
    press(qtbot, window, "H")
    assert window._stack.currentWidget() is window.shared_view, "the notes, not the timer"
    press(qtbot, window, "H")
    assert window._stack.currentWidget() is window.exercise_view


def test_the_clicker_pages_through_the_shared_notes_then_moves_on(qtbot, window):
    open_at(window, "samarbejdskompasset", 0)
    press(qtbot, window, "N")
    panel = window.notes_panel
    qtbot.waitUntil(panel.isVisible)
    for n in range(40):
        panel.field.insertPlainText(f"Note nummer {n}: vi bliver klogere sammen igen og igen.")
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    panel.close_panel()
    press(qtbot, window, "H")
    shared = window.shared_view
    assert window._stack.currentWidget() is shared and shared.share_layout().pages > 1
    press(qtbot, window, "PgUp")
    assert shared.share_layout().page == 1 and where(window) == ("samarbejdskompasset", 0)
    press(qtbot, window, "PgDown")
    assert shared.share_layout().page == 0 and where(window) == ("samarbejdskompasset", 0)
    press(qtbot, window, "PgDown")
    assert where(window) == ("samarbejdskompasset", 0) and window.navigator.face.value == "back"
