"""The clicker's learned keys: the default table plus the facilitator's keys, without Qt."""

import pytest

from kompas_kiosk.core.room import clicker, keymap
from kompas_kiosk.core.room.clicker import Job, RefusedKeyError
from kompas_kiosk.core.room.views import View


def keys_of(bindings, action, context=None):
    return [
        key
        for b in bindings
        if b.action == action and (context is None or b.context == context)
        for key in b.keys
    ]


def assert_no_key_twice(bindings):
    for context in (View.CARD, View.EXERCISE, View.OVERVIEW, View.CHOOSER):
        keys = [k for b in bindings if b.context in (context, View.EVERYWHERE) for k in b.keys]
        assert len(keys) == len(set(keys)), f"a key is bound twice in the {context} view"


def test_nothing_learned_is_the_default_table():
    assert clicker.effective_bindings(()) == keymap.BINDINGS


def test_every_job_names_real_actions():
    actions = {b.action: b.context for b in keymap.BINDINGS}
    for views in clicker.JOB_ACTIONS.values():
        for view, action in views.items():
            assert actions[action] == view
    for job, keys in clicker.DEFAULT_KEYS.items():
        for view, action in clicker.JOB_ACTIONS[job].items():
            assert set(keys) <= set(keys_of(keymap.BINDINGS, action, view)), (job, view)


def test_a_learned_key_does_its_job_in_every_view():
    bindings = clicker.effective_bindings([("Shift+F5", Job.START), ("Volume Down", Job.NEXT)])
    assert "Shift+F5" in keys_of(bindings, View.EXERCISE)
    assert "Shift+F5" in keys_of(bindings, "exercise_back")
    assert "Shift+F5" in keys_of(bindings, "overview_open")
    assert "Shift+F5" in keys_of(bindings, "chooser_open")
    assert "Volume Down" in keys_of(bindings, "next")
    assert "Volume Down" in keys_of(bindings, "exercise_toggle")
    assert_no_key_twice(bindings)


def test_a_learned_key_is_taken_from_what_it_did():
    # a clicker whose 'back' sends Tab: Tab no longer opens the overview
    bindings = clicker.effective_bindings([("Tab", Job.PREVIOUS), ("B", Job.NEXT)])
    assert "Tab" in keys_of(bindings, "previous")
    assert "Tab" in keys_of(bindings, "exercise_more"), "back adds a minute in the exercise"
    assert "Tab" not in keys_of(bindings, View.OVERVIEW)
    assert "Tab" not in keys_of(bindings, "overview_back")
    assert "B" in keys_of(bindings, "next") and "B" not in keys_of(bindings, "blank_black")
    assert_no_key_twice(bindings)


def test_swapped_buttons():
    bindings = clicker.effective_bindings([("PgDown", Job.PREVIOUS), ("PgUp", Job.NEXT)])
    assert keys_of(bindings, "next").count("PgUp") == 1
    assert "PgDown" not in keys_of(bindings, "next")
    assert "PgDown" in keys_of(bindings, "exercise_more")
    assert_no_key_twice(bindings)


@pytest.mark.parametrize("key", ["Esc", "F1", "Ctrl+Q", "Return", "Enter", "7", " "])
def test_a_key_the_kiosk_needs_is_refused(key):
    with pytest.raises(RefusedKeyError) as refused:
        clicker.learn((), key, Job.BLANK)
    if key == "Esc":
        assert "»Esc« kan ikke bruges" in refused.value.format("da")
        assert "“Esc” cannot be used" in refused.value.format("en")


def test_learning_again_moves_the_key():
    learned = clicker.learn((), "B", Job.NEXT)
    learned = clicker.learn(learned, "B", Job.BLANK)
    assert learned == (("B", Job.BLANK),)


def test_the_settings_text_round_trips():
    learned = (("Volume Up", Job.NEXT), (".", Job.BLANK), ("Shift+F5", Job.START))
    assert clicker.parse(clicker.unparse(learned)) == learned
    assert clicker.parse("") == ()


@pytest.mark.parametrize("text", ["dance:F12", "next", "next:", "blank:Esc"])
def test_a_bad_settings_text_is_a_value_error(text):
    with pytest.raises(ValueError):
        clicker.parse(text)


def test_keys_for_a_job():
    learned = clicker.learn((), "PgDown", Job.PREVIOUS)
    assert clicker.keys_for(learned, Job.NEXT) == ()
    assert clicker.keys_for(learned, Job.PREVIOUS) == ("PgUp", "PgDown")
