"""A step and the plan are named the same way in the overview, the rail and the preview."""

from kompas_kiosk.core.programmes.model import Break, CardRef, Step
from kompas_kiosk.core.programmes.words import KINDS, SHORT_KINDS, plan_status, step_name


def test_steps_are_named_in_both_languages() -> None:
    back = Step(1, CardRef(deck="samarbejdskompasset", number="07", face="back"))
    assert step_name(back, "da") == "Kort 07 · bagside"
    assert step_name(back, "en") == "Card 07 · back"
    assert step_name(Step(10, Break()), "en") == "Break"


def test_every_kind_has_a_name_in_both_languages() -> None:
    for table in (KINDS, SHORT_KINDS):
        assert set(table) == {"slide", "card", "exercise", "share", "break"}
        assert all(text.da and text.en for text in table.values())


def test_before_the_start_the_plan_says_nothing_of_ahead_or_behind() -> None:
    assert plan_status(None, "da") == "0 min planlagt"
    assert plan_status(None, "en") == "0 min planned"
