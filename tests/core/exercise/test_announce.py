"""When the countdown is announced to a screen reader: start, the last five minutes, time up."""

from __future__ import annotations

from kompas_kiosk.core.exercise.announce import Announcement, Moment, announcement
from kompas_kiosk.core.exercise.countdown import Countdown
from tests.helpers.stubs import FakeClock


def test_the_start_is_announced_with_the_time_the_countdown_has():
    assert announcement(None, 600) == Announcement(Moment.START, 600)


def test_a_second_that_is_no_whole_minute_is_not_announced():
    assert announcement(600, 599) is None
    assert announcement(301, 300 + 1) is None


def test_each_minute_of_the_last_five_is_announced_once():
    assert announcement(301, 300) == Announcement(Moment.MINUTES_LEFT, 300)
    assert announcement(300, 299) is None
    assert announcement(61, 60) == Announcement(Moment.MINUTES_LEFT, 60)


def test_minutes_before_the_last_five_are_not_announced():
    assert announcement(361, 360) is None


def test_a_skipped_reading_still_announces_the_minute_it_passed():
    assert announcement(130, 110) == Announcement(Moment.MINUTES_LEFT, 120)


def test_time_up_is_announced_once():
    assert announcement(1, 0) == Announcement(Moment.TIME_UP, 0)
    assert announcement(0, -1) is None
    assert announcement(30, -5) == Announcement(Moment.TIME_UP, -5)


def test_a_minute_added_is_not_announced():
    assert announcement(200, 260) is None


def test_a_ten_minute_countdown_read_every_second_is_announced_seven_times(fake_clock: FakeClock):
    countdown = Countdown(600, clock=fake_clock)
    countdown.start()
    heard, previous = [], None
    for _ in range(0, 605):
        shown = countdown.shown_seconds()
        said = announcement(previous, shown)
        if said is not None:
            heard.append((said.moment, said.seconds))
        previous = shown
        fake_clock.advance(1)
    assert heard == [
        (Moment.START, 600),
        *((Moment.MINUTES_LEFT, m * 60) for m in (5, 4, 3, 2, 1)),
        (Moment.TIME_UP, 0),
    ]
