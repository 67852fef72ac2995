"""The warning's time is a share of the exercise, within bounds; the countdown turns amber then."""

from __future__ import annotations

import pytest

from kompas_kiosk.core.exercise.countdown import Countdown, Event, Phase
from kompas_kiosk.core.exercise.warning import (
    DEFAULT_PERCENT,
    MAX_SECONDS,
    MIN_SECONDS,
    warning_seconds,
)
from tests.helpers.stubs import FakeClock


@pytest.mark.parametrize(
    ("minutes", "percent", "expected"),
    [
        (10, DEFAULT_PERCENT, 60),  # the usual exercise: the old minute
        (1, DEFAULT_PERCENT, MIN_SECONDS),  # a one-minute exercise: 10 s, not all of it
        (5, DEFAULT_PERCENT, 30),
        (20, DEFAULT_PERCENT, 120),
        (45, DEFAULT_PERCENT, MAX_SECONDS),  # at most three minutes before zero
        (10, 25, 150),
        (10, 0, 0),  # off
        (1, 90, 30),  # never more than half the exercise
        (0.25, DEFAULT_PERCENT, 7.5),  # a 15-second countdown: half of it, not 10 s
    ],
)
def test_the_warning_is_a_share_of_the_exercise(
    minutes: float, percent: float, expected: float
) -> None:
    assert warning_seconds(minutes * 60, percent) == pytest.approx(expected)


def test_no_time_no_warning() -> None:
    assert warning_seconds(0) == 0
    assert warning_seconds(float("nan")) == 0


def test_a_one_minute_exercise_is_not_amber_from_its_start(fake_clock: FakeClock) -> None:
    countdown = Countdown(60, warning_seconds(60), clock=fake_clock)
    countdown.start()
    fake_clock.advance(1)
    assert countdown.phase is Phase.CALM and countdown.poll() == []
    fake_clock.advance(48.5)  # 10.5 s left
    assert countdown.phase is Phase.CALM
    fake_clock.advance(0.5)  # 10 s left: amber as "0:10" shows
    assert countdown.phase is Phase.WARNING
    assert countdown.poll() == [Event.WARNING]


def test_a_new_warning_time_applies_to_a_running_countdown(fake_clock: FakeClock) -> None:
    countdown = Countdown(600, 60, clock=fake_clock)
    countdown.start()
    fake_clock.advance(545)  # 55 s left: amber
    assert countdown.poll() == [Event.WARNING]
    countdown.set_warning(30)
    assert countdown.phase is Phase.CALM
    fake_clock.advance(25)  # 30 s left: amber again, and the event comes again
    assert countdown.phase is Phase.WARNING
    assert countdown.poll() == [Event.WARNING]


def exercise_deck(minutes: int, warning: int | None = None):  # type: ignore[no-untyped-def]
    from kompas_kiosk.core.decks.model import Card, Deck, Exercise

    exercise = Exercise("Gruppearbejde", minutes, warning_seconds=warning)
    return Deck(id="d", title="D", cards=(Card("Et"),), exercise=exercise)


def test_the_room_warns_at_its_share_and_a_deck_may_fix_its_own(fake_clock: FakeClock) -> None:
    from kompas_kiosk.core.room.countdown_flow import ExerciseCountdown

    room = ExerciseCountdown(fake_clock)
    countdown, _ = room.open_for(exercise_deck(1))
    assert countdown is not None and countdown.warning_s == MIN_SECONDS
    room.set_warning_percent(50)  # the settings page, while the exercise is open
    assert countdown.warning_s == 30
    fixed, _ = ExerciseCountdown(fake_clock).open_for(exercise_deck(1, warning=5))
    assert fixed is not None and fixed.warning_s == 5
