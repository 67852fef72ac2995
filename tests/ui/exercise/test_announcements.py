"""The exercise view tells a screen reader the time at start, in the last five minutes and at
time up, not every second; a pause says nothing."""

from __future__ import annotations

import pytest

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.ui.exercise.view import ExerciseView
from tests.helpers.stubs import FakeClock


@pytest.fixture
def deck(bundled) -> Deck:
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


def run(view: ExerciseView, clock: FakeClock, countdown: Countdown, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        view.refresh()


def test_a_ten_minute_exercise_is_announced_seven_times(qtbot, deck, fake_clock):
    view = ExerciseView()
    qtbot.addWidget(view)
    heard: list[str] = []
    view.announced.connect(heard.append)
    countdown = Countdown(600, 60, fake_clock)
    view.set_exercise(deck, 0, countdown)
    assert heard == [], "a countdown not started says nothing"
    countdown.start()
    view.refresh()
    run(view, fake_clock, countdown, 610)
    title = deck.exercise.title if deck.exercise else "Nedtælling"
    assert heard == [
        f"{title}. 10:00 tilbage",
        "5:00 tilbage",
        "4:00 tilbage",
        "3:00 tilbage",
        "2:00 tilbage",
        "1:00 tilbage",
        "Tiden er gået",
    ]


def test_a_pause_and_a_resume_are_not_announced_as_a_new_start(qtbot, deck, fake_clock):
    view = ExerciseView()
    qtbot.addWidget(view)
    heard: list[str] = []
    view.announced.connect(heard.append)
    countdown = Countdown(600, 60, fake_clock)
    view.set_exercise(deck, 0, countdown)
    countdown.start()
    view.refresh()
    run(view, fake_clock, countdown, 10)
    countdown.pause()
    view.refresh()
    fake_clock.advance(30)
    countdown.resume()
    view.refresh()
    run(view, fake_clock, countdown, 10)
    assert len(heard) == 1
