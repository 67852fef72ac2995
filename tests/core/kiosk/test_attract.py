"""The attract loop's schedule, on a fake monotonic clock."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_kiosk.core.kiosk.attract import AttractLoop, Step
from kompas_kiosk.core.room.navigation import Face
from tests.helpers.stubs import FakeClock

F, B = Face.FRONT, Face.BACK


def loop(has_back: list[bool], idle: float = 300, step: float = 8) -> tuple[AttractLoop, FakeClock]:
    clock = FakeClock()
    return AttractLoop(idle, step, clock, has_back), clock


def test_nothing_before_the_idle_time() -> None:
    attract, clock = loop([True, False])
    clock.advance(299.9)
    assert attract.poll() is None
    assert not attract.active
    assert attract.next_poll_in() == pytest.approx(0.1)


def test_starts_at_the_first_front_and_steps_front_then_back() -> None:
    attract, clock = loop([True, False, True])
    clock.advance(300)
    shown = []
    for _ in range(7):
        step = attract.poll()
        assert step is not None
        shown.append((step.card_index, step.face))
        assert attract.poll() is None, "the same step twice"
        clock.advance(8)
    assert shown == [(0, F), (0, B), (1, F), (2, F), (2, B), (0, F), (0, B)]
    assert attract.active


def test_between_steps_nothing_new() -> None:
    attract, clock = loop([False, False])
    clock.advance(300)
    assert attract.poll() == Step(0, F)
    clock.advance(7.9)
    assert attract.poll() is None
    assert attract.next_poll_in() == pytest.approx(0.1)
    clock.advance(0.1)
    assert attract.poll() == Step(1, F)


def test_a_late_poll_shows_what_is_due_now() -> None:
    attract, clock = loop([False, False, False, False])
    clock.advance(300)
    attract.poll()
    clock.advance(8 * 2 + 1)
    assert attract.poll() == Step(2, F)


def test_touch_stops_and_tells_where_the_visitor_touched() -> None:
    attract, clock = loop([True, True, False])
    assert not attract.touch(), "a touch while not active only resets the idle time"
    clock.advance(300 + 8 * 3)
    assert attract.poll() == Step(1, B)
    assert attract.touch()
    assert not attract.active
    assert attract.resume_card == 1
    assert attract.shown is None
    clock.advance(299)
    assert attract.poll() is None
    clock.advance(1)
    assert attract.poll() == Step(0, F), "starts over at the first card"


def test_off_when_idle_minutes_is_zero() -> None:
    attract, clock = loop([True], idle=0)
    clock.advance(1e6)
    assert attract.poll() is None
    assert not attract.enabled
    assert attract.next_poll_in() == math.inf


def test_off_without_cards_and_on_with_a_new_deck() -> None:
    attract, clock = loop([])
    clock.advance(1e6)
    assert attract.poll() is None
    attract.set_cards([False])
    clock.advance(299)
    assert attract.poll() is None, "a new deck restarts the idle time"
    clock.advance(1)
    assert attract.poll() == Step(0, F)


def test_a_single_card_without_a_back_is_shown_once() -> None:
    attract, clock = loop([False])
    clock.advance(300)
    assert attract.poll() == Step(0, F)
    clock.advance(80)
    assert attract.poll() is None
    assert attract.active


def test_set_cards_stops_a_running_loop() -> None:
    attract, clock = loop([False, False])
    clock.advance(300)
    attract.poll()
    attract.set_cards([True])
    assert not attract.active
    assert attract.resume_card == 0


@pytest.mark.parametrize("step", [0, -1, math.inf, math.nan])
def test_a_step_must_be_positive(step: float) -> None:
    with pytest.raises(ValueError, match="step_s"):
        AttractLoop(300, step, FakeClock())


def test_steps_for() -> None:
    assert AttractLoop.steps_for([False, True]) == (Step(0, F), Step(1, F), Step(1, B))


# -- properties ---------------------------------------------------------------------------

decks = st.lists(st.booleans(), min_size=1, max_size=12)
times = st.integers(min_value=1, max_value=600)  # whole seconds keep the boundaries exact


@given(
    has_back=decks,
    idle=times,
    events=st.lists(st.tuples(st.integers(0, 900), st.booleans()), max_size=60),
)
def test_never_steps_while_not_idle(
    has_back: list[bool], idle: int, events: list[tuple[int, bool]]
) -> None:
    clock = FakeClock()
    attract = AttractLoop(idle, 5, clock, has_back)
    last_input = clock.now
    for advance, touched in events:
        clock.advance(advance)
        if touched:
            attract.touch()
            last_input = clock.now
        step = attract.poll()
        if clock.now - last_input < idle:
            assert step is None
            assert not attract.active
        else:
            assert attract.active


@given(
    has_back=decks,
    step_s=st.integers(1, 60),
    polls=st.lists(st.floats(0.01, 1.0), min_size=1, max_size=200),
)
def test_every_card_is_visited_in_order_and_wraps(
    has_back: list[bool], step_s: int, polls: list[float]
) -> None:
    """Polled at least once a step, the loop shows every step of the round, in order."""
    clock = FakeClock()
    attract = AttractLoop(30, step_s, clock, has_back)
    round_ = AttractLoop.steps_for(has_back)
    clock.advance(30)
    shown = [attract.poll()]
    for fraction in polls * 3:
        clock.advance(fraction * step_s)
        step = attract.poll()
        if step is not None:
            shown.append(step)
    elapsed_steps = math.floor((clock.now - 1000 - 30) / step_s) + 1
    expected = [round_[i % len(round_)] for i in range(elapsed_steps)]
    if len(round_) == 1:
        expected = expected[:1]
    assert shown == expected


@given(has_back=decks, step_s=st.integers(1, 60), wait=st.integers(0, 2000))
def test_next_poll_in_never_misses_a_step(has_back: list[bool], step_s: int, wait: int) -> None:
    clock = FakeClock()
    attract = AttractLoop(30, step_s, clock, has_back)
    clock.advance(wait)
    attract.poll()
    before = attract.shown
    delay = attract.next_poll_in()
    assert 0 < delay <= max(30, step_s)
    clock.advance(delay - 1e-6)
    assert attract.poll() is None
    clock.advance(2e-6)
    step = attract.poll()
    if len(AttractLoop.steps_for(has_back)) > 1 or before is None:
        assert step is not None
