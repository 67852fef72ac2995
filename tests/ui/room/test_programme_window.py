"""A programme in the room window (offscreen): every step of din-2024 by real key presses, each
shown by the view of its kind, and the chooser's programme tiles."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kompas_kiosk.core import resources
from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef, Slide
from kompas_kiosk.core.room.views import View
from kompas_kiosk.ui.room.window import RoomWindow
from tests.ui.room.test_window import press


@pytest.fixture
def programmes(bundled):
    return load_programme_content([resources.content_dir()], bundled)


@pytest.fixture
def window(qtbot, bundled, programmes):
    win = RoomWindow(bundled, "da")
    qtbot.addWidget(win)
    win.set_programmes(programmes)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    return win


def test_page_down_runs_the_whole_programme(qtbot, window):
    assert window.controller.open_programme_id("din-2024")
    run = window.controller.programme
    steps = run.programme.steps
    seen = []
    for _ in range(3 * len(steps)):
        part = run.step.part
        shown = window._stack.currentWidget()
        if isinstance(part, Slide):
            assert shown is window.slide_view and window.slide_view.slide == part
        elif isinstance(part, ExerciseRef):
            assert shown is window.exercise_view and window.controller.view is View.EXERCISE
        elif isinstance(part, CardRef):
            assert shown is window.card_view
        seen.append(run.index)
        if run.index == len(steps) - 1:
            break
        press(qtbot, window, "PgDown")
    assert run.index == len(steps) - 1
    assert sorted(set(seen)) == list(range(len(steps)))
    press(qtbot, window, "PgDown")  # the last step stays
    assert run.index == len(steps) - 1
    image = QImage(window.size(), QImage.Format.Format_RGB32)
    window.render(image)
    assert not image.isNull()


def test_the_start_button_starts_the_exercise_step(qtbot, window):
    window.controller.open_programme_id("din-2024")
    run = window.controller.programme
    exercise = next(i for i, s in enumerate(run.programme.steps) if s.kind == "exercise")
    window.controller.go_to_card(exercise)
    press(qtbot, window, "F5")
    countdown = window.controller.exercise.countdown
    assert countdown is not None and countdown.state.name == "RUNNING"
    press(qtbot, window, "PgUp")  # the clicker's 'back': the step before
    assert run.index == exercise - 1


def test_the_chooser_offers_the_programme(qtbot, window):
    window.show_chooser()
    count = len(window.loaded)
    window.chooser.move(count - window.chooser.selected)
    with qtbot.waitSignal(window.chooser.programme_chosen) as signal:
        window.chooser.activate()
    assert signal.args == ["din-2024"]
    assert window.controller.programme is not None
    assert window.controller.programme.programme.id == "din-2024"


def test_reload_keeps_the_programme_step(qtbot, window, bundled, programmes):
    window.controller.open_programme_id("din-2024", 4)
    window.set_decks(bundled)
    window.set_programmes(programmes)
    assert window.controller.programme.index == 4


def test_the_console_rail_follows_the_room(qtbot, window):
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.programme_link import follow_programme

    console = ConsoleWindow(window)
    qtbot.addWidget(console)
    follow_programme(window, console)
    assert console.programme is None
    window.controller.open_programme_id("din-2024")
    flow = window.controller.programme
    assert console.programme is flow.programme and console.run is flow.timing
    press(qtbot, window, "PgDown")
    assert console.run.current == flow.index == 1
    window.controller.open_deck_id("samarbejdskompasset")
    assert console.programme is None


def test_the_notes_sheet_exports_the_programme_it_runs(qtbot, bundled, programmes, tmp_path):
    """Saved from the notes sheet while a programme runs, the handout is the programme's: its
    title, and its cards in its order (not the cards of the deck of the step shown)."""
    from kompas_kiosk.core.notes.store import NotesStore
    from kompas_kiosk.ui.notes.export_dialog import ExportChoice

    path = tmp_path / "notes.sqlite3"
    win = RoomWindow(bundled, "da", notes_store=lambda: NotesStore.open(path))
    qtbot.addWidget(win)
    win.set_programmes(programmes)
    assert win.controller.open_programme_id("din-2024")
    programme = win.controller.programme.programme
    panel = win.notes_panel
    assert panel.exporter.plan()[0] is programme
    written = panel.export_to(ExportChoice("md", tmp_path, "noter.md", "DIN 2024", ""))
    assert written is not None
    text = written.read_text(encoding="utf-8")
    assert programme.title in text
    cards = [step.part for step in programme.steps if isinstance(step.part, CardRef)]
    assert len(cards) > 1
    titles: list[str] = []
    for ref in cards:
        deck = next(d.deck for d in bundled if d.deck_id == ref.deck and d.deck is not None)
        card = ref.card_in(deck)
        if card is not None and card.title not in titles:
            titles.append(card.title)
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions), "the programme's cards in its order"
