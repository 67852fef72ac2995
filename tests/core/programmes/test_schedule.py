"""The plan's arithmetic: planned against actual minutes, ahead or behind, with a fake clock."""

import pytest

from kompas_kiosk.core.programmes.model import Break, Programme, Share, Slide, Step
from kompas_kiosk.core.programmes.schedule import ProgrammeRun, schedule, status_of

MIN = 60.0


def programme(*minutes: int) -> Programme:
    steps = tuple(
        Step(m, Slide(layout="title", title=f"{i}") if i % 2 else Share())
        for i, m in enumerate(minutes)
    )
    return Programme(id="p", title="P", steps=(*steps, Step(1, Break())))


def test_before_the_start_nothing_has_happened():
    plan = programme(2, 3)
    result = schedule(plan, ProgrammeRun(len(plan.steps)), now=100.0)
    assert result.current is None
    assert result.elapsed == 0 and result.delta == 0 and result.status == "ok"
    assert [s.planned for s in result.steps] == [2 * MIN, 3 * MIN, 1 * MIN]
    assert [s.planned_start for s in result.steps] == [0, 2 * MIN, 5 * MIN]
    assert result.planned_total == 6 * MIN
    assert result.step_remaining() is None


def test_on_plan_the_room_is_on_time():
    plan = programme(2, 3)
    run = ProgrammeRun(len(plan.steps))
    run.enter(0, 1000.0)
    result = schedule(plan, run, 1000.0 + 90)
    assert result.steps[0].actual == 90 and result.steps[0].current
    assert result.step_remaining() == 30
    assert result.delta == 0 and result.status == "ok"
    run.enter(1, 1000.0 + 2 * MIN)
    result = schedule(plan, run, 1000.0 + 3 * MIN)
    assert result.steps[0].actual == 2 * MIN and not result.steps[0].current
    assert result.steps[1].actual == MIN
    assert result.elapsed == 3 * MIN and result.delta == 0


def test_overrunning_a_step_puts_the_room_behind_minute_by_minute():
    plan = programme(2, 3)
    run = ProgrammeRun(len(plan.steps))
    run.enter(0, 0.0)
    assert schedule(plan, run, 2 * MIN).delta == 0
    late = schedule(plan, run, 5 * MIN)
    assert late.delta == 3 * MIN and late.behind and late.minutes_off == 3
    assert late.status == "amber"
    assert late.step_remaining() == -3 * MIN
    run.enter(1, 5 * MIN)  # the next step on plan keeps the debt
    assert schedule(plan, run, 6 * MIN).delta == 3 * MIN
    assert schedule(plan, run, 14 * MIN).status == "red"
    assert schedule(plan, run, 14 * MIN).expected_end == 6 * MIN + 9 * MIN


def test_skipping_ahead_puts_the_room_ahead_and_going_back_behind():
    plan = programme(2, 3, 4)
    run = ProgrammeRun(len(plan.steps))
    run.enter(0, 0.0)
    run.enter(2, MIN)  # step 1 (3 minutes) skipped, step 0 a minute short
    ahead = schedule(plan, run, MIN)
    assert ahead.delta == -4 * MIN and not ahead.behind and ahead.minutes_off == 4
    assert ahead.status == "amber"
    assert not ahead.steps[1].visited and ahead.steps[1].actual == 0
    run.enter(0, 2 * MIN)  # back to the start: time adds to step 0
    back = schedule(plan, run, 3 * MIN)
    assert back.steps[0].actual == 2 * MIN and back.steps[2].actual == MIN
    assert back.delta == 3 * MIN - MIN  # 3 min elapsed, the plan says 1 min into step 0


def test_entering_the_same_step_again_changes_nothing():
    plan = programme(2)
    run = ProgrammeRun(len(plan.steps))
    run.enter(0, 0.0)
    run.enter(0, 50.0)
    assert schedule(plan, run, 100.0).steps[0].actual == 100


def test_a_step_out_of_range_is_refused():
    run = ProgrammeRun(2)
    with pytest.raises(IndexError):
        run.enter(2, 0.0)


@pytest.mark.parametrize(
    ("delta", "status"),
    [
        (0, "ok"),
        (60, "ok"),
        (-60, "ok"),
        (61, "amber"),
        (-300, "amber"),
        (301, "red"),
        (-900, "red"),
    ],
)
def test_the_status_thresholds(delta, status):
    assert status_of(delta) == status
