"""The exercise countdown, driven by a fake monotonic clock."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_kiosk.core.exercise.countdown import Countdown, Event, Phase, State
from tests.helpers.stubs import FakeClock


@pytest.fixture
def countdown(fake_clock: FakeClock) -> Countdown:
    return Countdown(600, clock=fake_clock)


def running(clock: FakeClock, duration: float = 600, warning: float = 60) -> Countdown:
    countdown = Countdown(duration, warning, clock=clock)
    countdown.start()
    return countdown


# -- states ------------------------------------------------------------------------------------


def test_idle_shows_the_full_time(countdown: Countdown, fake_clock: FakeClock) -> None:
    fake_clock.advance(30)
    assert countdown.state is State.IDLE
    assert countdown.remaining == 600
    assert countdown.elapsed == 0
    assert countdown.display() == "10:00"
    assert countdown.phase is Phase.READY
    assert countdown.fraction_left == 1
    assert countdown.next_change_in() == math.inf
    assert countdown.poll() == []


def test_start_counts_down_from_the_start(countdown: Countdown, fake_clock: FakeClock) -> None:
    countdown.start()
    assert countdown.state is State.RUNNING
    assert countdown.display() == "10:00"
    fake_clock.advance(0.5)
    assert countdown.display() == "10:00"
    fake_clock.advance(0.5)
    assert countdown.display() == "9:59"
    assert countdown.remaining == 599
    assert countdown.elapsed == 1
    assert countdown.phase is Phase.CALM


def test_pause_stops_the_time_and_resume_goes_on(
    countdown: Countdown, fake_clock: FakeClock
) -> None:
    countdown.start()
    fake_clock.advance(10)
    countdown.pause()
    assert countdown.state is State.PAUSED
    fake_clock.advance(300)
    assert countdown.remaining == 590
    assert countdown.next_change_in() == math.inf
    countdown.resume()
    fake_clock.advance(5)
    assert countdown.remaining == 585
    assert countdown.elapsed == 15


def test_controls_in_the_wrong_state_do_nothing(
    countdown: Countdown, fake_clock: FakeClock
) -> None:
    countdown.pause()
    countdown.resume()
    assert countdown.state is State.IDLE
    countdown.start()
    fake_clock.advance(10)
    countdown.start()
    countdown.resume()
    assert (countdown.state, countdown.remaining) == (State.RUNNING, 590)
    countdown.pause()
    countdown.pause()
    countdown.start()
    assert (countdown.state, countdown.remaining) == (State.PAUSED, 590)


def test_toggle_starts_pauses_and_resumes(countdown: Countdown, fake_clock: FakeClock) -> None:
    states = []
    for _ in range(4):
        countdown.toggle()
        fake_clock.advance(10)
        states.append(countdown.state)
    assert states == [State.RUNNING, State.PAUSED, State.RUNNING, State.PAUSED]
    assert countdown.remaining == 580


def test_reset_goes_back_to_the_full_time(countdown: Countdown, fake_clock: FakeClock) -> None:
    countdown.start()
    countdown.extend(60)
    fake_clock.advance(700)
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]
    countdown.reset()
    assert (countdown.state, countdown.remaining, countdown.total) == (State.IDLE, 600, 600)
    countdown.start()
    fake_clock.advance(600)
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]


def test_set_duration_resets_to_the_new_duration(
    countdown: Countdown, fake_clock: FakeClock
) -> None:
    countdown.start()
    fake_clock.advance(30)
    countdown.set_duration(300)
    assert (countdown.state, countdown.duration, countdown.display()) == (State.IDLE, 300, "5:00")


@pytest.mark.parametrize("duration", [-1, math.nan, math.inf, True, "600"])
def test_a_bad_duration_is_refused(duration: Any) -> None:
    with pytest.raises(ValueError, match="duration_s"):
        Countdown(duration)


# -- extend ------------------------------------------------------------------------------------


def test_plus_and_minus_a_minute(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(100)
    countdown.extend(60)
    assert (countdown.remaining, countdown.total) == (560, 660)
    countdown.extend(-60)
    countdown.extend(-60)
    assert (countdown.remaining, countdown.total) == (440, 540)


def test_taking_a_minute_never_goes_below_zero(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(570)
    countdown.extend(-60)
    assert countdown.remaining == 0
    assert countdown.display() == "0:00"
    assert countdown.phase is Phase.TIME_UP
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]


def test_taking_a_minute_in_overtime_does_nothing(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(665)
    countdown.extend(-60)
    assert countdown.display() == "+1:05"


def test_adding_a_minute_in_overtime_gives_a_minute_and_rearms(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(730)
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]
    countdown.extend(60)
    assert countdown.remaining == 60
    assert countdown.display() == "1:00"
    assert countdown.phase is Phase.WARNING
    assert countdown.poll() == []  # still inside the warning minute: no second warning
    fake_clock.advance(60)
    assert countdown.poll() == [Event.TIME_UP]


def test_extend_works_before_the_start_and_while_paused(countdown: Countdown) -> None:
    countdown.extend(120)
    assert (countdown.state, countdown.display()) == (State.IDLE, "12:00")
    countdown.start()
    countdown.pause()
    countdown.extend(-60)
    assert (countdown.state, countdown.display()) == (State.PAUSED, "11:00")


def test_extend_past_the_warning_rearms_it(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(550)
    assert countdown.poll() == [Event.WARNING]
    countdown.extend(60)
    assert countdown.phase is Phase.CALM
    fake_clock.advance(50)
    assert countdown.poll() == [Event.WARNING]


# -- display, phase, events --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (600, "10:00"),
        (599.5, "10:00"),
        (599.25, "10:00"),
        (599, "9:59"),
        (60.5, "1:01"),
        (60, "1:00"),
        (59.75, "1:00"),
        (59, "0:59"),
        (9, "0:09"),
        (0.25, "0:01"),
        (0, "0:00"),
        (-0.75, "0:00"),
        (-1, "+0:01"),
        (-59.5, "+0:59"),
        (-60, "+1:00"),
        (-65, "+1:05"),
        (-65.75, "+1:05"),
        (-3600, "+60:00"),
    ],
)
def test_display_rounds_up_before_zero_and_down_after(
    fake_clock: FakeClock, remaining: float, text: str
) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(600 - remaining)
    assert countdown.display() == text


def test_long_durations_show_minutes_past_sixty(fake_clock: FakeClock) -> None:
    assert Countdown(120 * 60, clock=fake_clock).display() == "120:00"


@pytest.mark.parametrize(
    ("remaining", "phase"),
    [(600, Phase.CALM), (60.25, Phase.CALM), (60, Phase.WARNING), (0.25, Phase.WARNING)]
    + [(0, Phase.TIME_UP), (-100, Phase.TIME_UP)],
)
def test_phase_follows_the_time(fake_clock: FakeClock, remaining: float, phase: Phase) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(600 - remaining)
    assert countdown.phase is phase


def test_the_warning_threshold_is_configurable(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock, warning=120)
    fake_clock.advance(479)
    assert (countdown.phase, countdown.poll()) == (Phase.CALM, [])
    fake_clock.advance(1)
    assert (countdown.phase, countdown.poll()) == (Phase.WARNING, [Event.WARNING])


def test_no_warning_when_the_threshold_is_zero(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock, warning=0)
    fake_clock.advance(599.75)
    assert (countdown.phase, countdown.poll()) == (Phase.CALM, [])
    fake_clock.advance(0.25)
    assert (countdown.phase, countdown.poll()) == (Phase.TIME_UP, [Event.TIME_UP])


def test_a_short_countdown_warns_as_it_starts(fake_clock: FakeClock) -> None:
    countdown = Countdown(30, clock=fake_clock)
    assert countdown.poll() == []
    countdown.start()
    assert countdown.poll() == [Event.WARNING]


def test_time_up_fires_exactly_once(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    events = []
    for _ in range(2600):  # every quarter second, well into overtime
        events += countdown.poll()
        fake_clock.advance(0.25)
    assert events == [Event.WARNING, Event.TIME_UP]


def test_time_up_fires_when_polled_late(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(1234)
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]
    assert countdown.poll() == []


def test_overtime_counts_on_and_pauses(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(665)
    assert (countdown.overtime, countdown.is_overtime, countdown.remaining) == (65, True, -65)
    countdown.pause()
    fake_clock.advance(100)
    assert (countdown.display(), countdown.phase) == ("+1:05", Phase.TIME_UP)
    countdown.resume()
    fake_clock.advance(10)
    assert countdown.display() == "+1:15"
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]
    assert countdown.fraction_left == 0


def test_fraction_left_is_the_share_of_the_total(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    assert countdown.fraction_left == 1
    fake_clock.advance(300)
    assert countdown.fraction_left == 0.5
    countdown.extend(60)
    assert countdown.fraction_left == 360 / 660
    assert Countdown(0, clock=fake_clock).fraction_left == 0


@pytest.mark.parametrize(
    ("remaining", "change_in"),
    [(600, 1), (599.75, 0.75), (60.5, 0.5), (60, 1), (0.25, 0.25), (0, 1), (-0.25, 0.75)],
)
def test_next_change_in_is_when_the_text_or_phase_changes(
    fake_clock: FakeClock, remaining: float, change_in: float
) -> None:
    countdown = running(fake_clock, warning=60.5)
    fake_clock.advance(600 - remaining)
    before = (countdown.display(), countdown.phase)
    assert countdown.next_change_in() == change_in
    fake_clock.advance(change_in - 0.125)
    assert (countdown.display(), countdown.phase) == before
    fake_clock.advance(0.125)
    assert (countdown.display(), countdown.phase) != before


# -- snapshot and restore ----------------------------------------------------------------------


def roundtrip(countdown: Countdown, clock: FakeClock) -> Countdown:
    return Countdown.restore(json.loads(json.dumps(countdown.snapshot())), clock=clock)


def test_a_running_countdown_runs_on_from_its_saved_time(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock, warning=90)
    countdown.extend(60)
    fake_clock.advance(100)
    data = countdown.snapshot()
    restarted = FakeClock(now=5.0)  # a new boot: another clock, minutes later
    restored = Countdown.restore(json.loads(json.dumps(data)), clock=restarted)
    assert restored.state is State.RUNNING
    assert (restored.remaining, restored.total, restored.warning_s) == (560, 660, 90)
    restarted.advance(10)
    assert restored.remaining == 550


def test_a_paused_countdown_stays_paused(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(42)
    countdown.pause()
    restored = roundtrip(countdown, fake_clock)
    fake_clock.advance(100)
    assert (restored.state, restored.remaining) == (State.PAUSED, 558)


def test_an_idle_countdown_keeps_its_minutes(countdown: Countdown, fake_clock: FakeClock) -> None:
    countdown.extend(-120)
    restored = roundtrip(countdown, fake_clock)
    assert (restored.state, restored.display(), restored.duration) == (State.IDLE, "8:00", 600)


def test_the_chime_does_not_ring_again_after_a_restore(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(700)
    assert countdown.poll() == [Event.WARNING, Event.TIME_UP]
    restored = roundtrip(countdown, fake_clock)
    assert restored.poll() == []
    assert restored.display() == "+1:40"


def test_an_unpolled_time_up_still_fires_after_a_restore(fake_clock: FakeClock) -> None:
    countdown = running(fake_clock)
    fake_clock.advance(700)
    assert roundtrip(countdown, fake_clock).poll() == [Event.WARNING, Event.TIME_UP]


@pytest.mark.parametrize(
    ("change", "field_name"),
    [
        ({"version": 2}, "version"),
        ({"state": "stopped"}, "state"),
        ({"remaining": "10:00"}, "remaining"),
        ({"remaining": 9999}, "remaining"),
        ({"duration": None}, "duration"),
        ({"warning": math.nan}, "warning"),
        ({"added": True}, "added"),
        ({"timed_up": "no"}, "timed_up"),
    ],
)
def test_a_bad_snapshot_is_refused(
    countdown: Countdown, change: dict[str, Any], field_name: str
) -> None:
    countdown.start()
    with pytest.raises(ValueError, match=field_name):
        Countdown.restore(countdown.snapshot() | change)


# -- properties --------------------------------------------------------------------------------

quarters = st.integers(0, 4 * 400).map(lambda q: q / 4)  # exact in binary: no rounding doubt
operations = st.one_of(
    st.tuples(st.just("advance"), quarters),
    st.tuples(st.sampled_from(["start", "pause", "resume", "toggle", "reset", "poll", "crash"])),
    st.tuples(st.just("extend"), st.sampled_from([60, -60]) | st.integers(-900, 900)),
)


@dataclass
class Model:
    """The rules written the plain way: remaining time, decreased by hand."""

    left: float
    warning: float
    state: State = State.IDLE
    warned: bool = False
    timed_up: bool = False
    events: list[Event] = field(default_factory=list)


@settings(max_examples=300)
@given(
    duration=st.integers(0, 900),
    warning=st.sampled_from([0, 30, 60, 120]),
    ops=st.lists(operations, max_size=40),
)
def test_the_countdown_follows_its_rules(
    duration: int, warning: int, ops: list[tuple[Any, ...]]
) -> None:
    clock = FakeClock()
    countdown = Countdown(duration, warning, clock=clock)
    model = Model(left=duration, warning=warning)
    running_time = 0.0
    for op, *args in ops:
        before = countdown.remaining
        if op == "advance":
            clock.advance(args[0])
            if model.state is State.RUNNING:
                model.left -= args[0]
                running_time += args[0]
                assert countdown.remaining <= before  # never goes up by itself
            else:
                assert countdown.remaining == before  # paused time does not count
        elif op == "extend":
            countdown.extend(args[0])
            if args[0] >= 0:
                model.left = max(model.left, 0) + args[0]
            elif model.left > 0:
                model.left = max(model.left + args[0], 0)
            model.warned &= model.left <= warning
            model.timed_up &= model.left <= 0
        elif op == "poll":
            expected = []
            if model.state is not State.IDLE:
                if not model.warned and warning > 0 and model.left <= warning:
                    model.warned = True
                    expected.append(Event.WARNING)
                if not model.timed_up and model.left <= 0:
                    model.timed_up = True
                    expected.append(Event.TIME_UP)
            assert countdown.poll() == expected
        elif op == "crash":
            countdown = Countdown.restore(json.loads(json.dumps(countdown.snapshot())), clock)
        elif op == "reset":
            countdown.reset()
            model = Model(left=duration, warning=warning)
            running_time = 0.0
        else:
            getattr(countdown, op)()
            model.state = {
                ("start", State.IDLE): State.RUNNING,
                ("pause", State.RUNNING): State.PAUSED,
                ("resume", State.PAUSED): State.RUNNING,
                ("toggle", State.IDLE): State.RUNNING,
                ("toggle", State.RUNNING): State.PAUSED,
                ("toggle", State.PAUSED): State.RUNNING,
            }.get((op, model.state), model.state)

        assert countdown.state is model.state
        assert countdown.remaining == model.left
        assert countdown.remaining == countdown.total - countdown.elapsed
        if op != "crash":
            assert countdown.elapsed == running_time
        assert countdown.overtime == max(0, -model.left)
        assert 0 <= countdown.fraction_left <= 1
        text = countdown.display()
        match = re.fullmatch(r"(\+?)(\d+):(\d\d)", text)
        assert match is not None, text
        assert int(match[3]) < 60
        assert (match[1] == "+") == (model.left <= -1)


@given(
    start=st.floats(0, 700, allow_nan=False),
    steps=st.lists(st.floats(0, 0.999, allow_nan=False), max_size=60),
)
def test_the_shown_seconds_never_skip_or_go_back(start: float, steps: list[float]) -> None:
    clock = FakeClock(now=12345.678)
    countdown = running(clock)
    clock.advance(start)
    shown = countdown.shown_seconds()
    for step in steps:
        clock.advance(step)
        now_shown = countdown.shown_seconds()
        assert now_shown in (shown, shown - 1)
        shown = now_shown
        assert 0 < countdown.next_change_in() <= 1
