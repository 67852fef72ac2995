"""The countdown ticker: one wake-up per shown change, events once, scheduled from the countdown."""

from __future__ import annotations

import math

import pytest

from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.ui.exercise.ticker import (
    FALLBACK_MS,
    LATE_MS,
    CountdownTicker,
    badge_text,
    interval_ms,
)
from tests.helpers.stubs import FakeClock


@pytest.fixture
def ticker(qtbot):
    ticker = CountdownTicker()
    yield ticker
    ticker.stop()


def running(clock: FakeClock, duration: float = 600, left: float | None = None) -> Countdown:
    countdown = Countdown(duration, 60, clock)
    countdown.start()
    if left is not None:
        clock.advance(duration - left)
    return countdown


class Recorder:
    def __init__(self, ticker: CountdownTicker) -> None:
        self.log: list[str] = []
        ticker.tick.connect(lambda: self.log.append("tick"))
        ticker.warning.connect(lambda: self.log.append("warning"))
        ticker.time_up.connect(lambda: self.log.append("time_up"))


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(1.0, 1000 + LATE_MS), (0.25, 250 + LATE_MS), (0.0004, 1 + LATE_MS), (0.0, LATE_MS)],
)
def test_interval_is_rounded_up_plus_a_margin(seconds, expected):
    assert interval_ms(seconds) == expected


def test_interval_falls_back_to_a_slow_wake_up_when_nothing_runs():
    assert interval_ms(math.inf) == FALLBACK_MS
    assert FALLBACK_MS >= 1000


def test_the_timer_is_scheduled_from_next_change_in(ticker, fake_clock):
    countdown = running(fake_clock, left=450.3)  # shows 7:31 until 7:30.0, 0.3 s away
    ticker.start(countdown)
    assert ticker.timer.isActive()
    assert ticker.timer.isSingleShot()
    assert ticker.timer.interval() == interval_ms(countdown.next_change_in()) == 300 + LATE_MS


def test_one_wake_up_a_second_while_running(ticker, fake_clock):
    countdown = running(fake_clock, left=300.4)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    wake_ups, until = 0, fake_clock.now + 30
    while fake_clock.now < until:  # thirty seconds, each timer fired when it says
        fake_clock.advance(ticker.timer.interval() / 1000)
        ticker.fire()
        wake_ups += 1
    assert 30 <= wake_ups <= 31
    assert recorder.log.count("tick") == wake_ups + 1  # every wake-up shows a new second
    assert ticker.timer.interval() <= 1000 + LATE_MS


def test_paused_or_idle_wakes_only_slowly(ticker, fake_clock):
    countdown = Countdown(600, 60, fake_clock)
    ticker.start(countdown)
    assert ticker.timer.interval() == FALLBACK_MS
    countdown.start()
    ticker.changed()
    assert ticker.timer.interval() == 1000 + LATE_MS
    countdown.pause()
    ticker.changed()
    assert ticker.timer.interval() == FALLBACK_MS


def test_tick_only_when_the_shown_time_changes(ticker, fake_clock):
    countdown = running(fake_clock, left=100)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    assert recorder.log == ["tick"]
    fake_clock.advance(0.5)  # 1:40 -> still "1:40" (99.5 rounded up)
    ticker.fire()
    assert recorder.log == ["tick"]
    fake_clock.advance(0.6)
    ticker.fire()
    assert recorder.log == ["tick", "tick"]


def test_warning_and_time_up_are_emitted_once_each(ticker, fake_clock):
    countdown = running(fake_clock, left=61)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    fake_clock.advance(1.0)
    ticker.fire()
    assert recorder.log == ["tick", "tick", "warning"]
    fake_clock.advance(60.0)
    ticker.fire()
    assert recorder.log[-2:] == ["tick", "time_up"]
    for _ in range(3):
        fake_clock.advance(1.0)
        ticker.fire()
    assert recorder.log.count("time_up") == 1
    assert recorder.log.count("warning") == 1


def test_a_late_wake_up_emits_both_events_in_order(ticker, fake_clock):
    countdown = running(fake_clock, left=90)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    fake_clock.advance(100)
    ticker.fire()
    assert recorder.log == ["tick", "tick", "warning", "time_up"]


def test_the_real_timer_emits_tick_and_time_up(qtbot, ticker, fake_clock):
    countdown = running(fake_clock, left=0.02)  # the timer is due in about 25 ms
    ticker.start(countdown)
    fake_clock.advance(0.02)  # the fake clock reaches zero before the timer fires
    with qtbot.waitSignals([ticker.tick, ticker.time_up], timeout=60_000, order="strict"):
        pass
    assert countdown.display() == "0:00"


def test_extend_rearms_time_up(ticker, fake_clock):
    countdown = running(fake_clock, left=1)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    fake_clock.advance(1)
    ticker.fire()
    countdown.extend(60)
    ticker.changed()
    fake_clock.advance(60)
    ticker.fire()
    assert recorder.log.count("time_up") == 2


def test_stop_silences_the_ticker(ticker, fake_clock):
    countdown = running(fake_clock, left=100)
    recorder = Recorder(ticker)
    ticker.start(countdown)
    ticker.stop()
    assert not ticker.timer.isActive()
    fake_clock.advance(20)
    ticker.fire()
    assert recorder.log == ["tick"]


def test_badge_text(fake_clock):
    countdown = Countdown(600, 60, fake_clock)
    assert badge_text(None) == ""
    assert badge_text(countdown) == ""
    countdown.start()
    fake_clock.advance(150)
    assert badge_text(countdown) == "7:30"
    countdown.pause()
    assert badge_text(countdown) == "Pause · 7:30"
    countdown.resume()
    fake_clock.advance(450 + 65)
    assert badge_text(countdown) == "+1:05"
