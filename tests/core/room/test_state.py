"""The room's saved state: round trips, damaged files, failing disks, kills mid-save."""

from __future__ import annotations

import errno
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kompas_kiosk.core.exercise.countdown import Countdown, State
from kompas_kiosk.core.room import state as room_state
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.core.room.state import RoomState, StateFile
from kompas_kiosk.core.room.views import View
from tests.helpers.stubs import FakeClock


def state_file(tmp_path: Path) -> StateFile:
    return StateFile(tmp_path / "room-state.json", wall_clock=FakeClock(1_700_000_000.0))


def sample(card: int = 2) -> RoomState:
    clock = FakeClock()
    countdown = Countdown(600, clock=clock)
    countdown.start()
    clock.now += 125
    return RoomState(
        deck_id="samarbejdskompasset",
        card_index=card,
        face=Face.BACK,
        view=View.EXERCISE,
        exercise_deck_id="samarbejdskompasset",
        countdown=countdown.snapshot(),
    )


def valid_json() -> dict[str, Any]:
    return sample().to_json() | {"saved_at": 1.0}


# -- round trips ----------------------------------------------------------------------------


def test_missing_file_is_a_fresh_start(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    assert state_file(tmp_path).load() is None
    assert "room-state.json" in caplog.text


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    states = state_file(tmp_path)
    assert states.save(sample()) is None
    loaded = state_file(tmp_path).load()
    assert loaded == RoomState(**{**sample().__dict__, "saved_at": 1_700_000_000.0})


def test_restored_countdown_runs_on_from_where_it_was(tmp_path: Path) -> None:
    state_file(tmp_path).save(sample())
    loaded = state_file(tmp_path).load()
    assert loaded is not None
    clock = FakeClock(5.0)
    countdown = loaded.restore_countdown(clock)
    assert countdown is not None
    assert countdown.state is State.RUNNING
    assert countdown.remaining == pytest.approx(475)
    clock.now += 10
    assert countdown.remaining == pytest.approx(465)


def test_no_countdown_restores_none() -> None:
    assert RoomState(deck_id="d").restore_countdown() is None


def test_age_from_the_wall_clock(tmp_path: Path) -> None:
    state_file(tmp_path).save(sample())
    loaded = state_file(tmp_path).load()
    assert loaded is not None
    assert loaded.age(now=1_700_000_060.0) == 60
    assert RoomState().age() == float("inf")


def test_the_chooser_state_round_trips(tmp_path: Path) -> None:
    state_file(tmp_path).save(RoomState(view=View.CHOOSER))
    loaded = state_file(tmp_path).load()
    assert loaded is not None
    assert (loaded.deck_id, loaded.view, loaded.countdown) == (None, "chooser", None)


def test_the_file_is_plain_readable_json(tmp_path: Path) -> None:
    state_file(tmp_path).save(sample())
    data = json.loads((tmp_path / "room-state.json").read_text(encoding="utf-8"))
    assert data["version"] == room_state.STATE_VERSION
    assert data["face"] == "back"
    assert data["exercise"]["deck_id"] == "samarbejdskompasset"


def test_a_bom_from_notepad_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "room-state.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_json()).encode())
    assert StateFile(path).load() is not None


identifiers = st.none() | st.text(min_size=1, max_size=20)


@given(
    deck_id=identifiers,
    card=st.integers(0, 10_000),
    face=st.sampled_from(Face),
    view=st.sampled_from([view for view in View if view.remembered]),
    with_countdown=st.booleans(),
)
def test_any_state_round_trips(
    deck_id: str | None, card: int, face: Face, view: View, with_countdown: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        countdown = Countdown(300, clock=FakeClock()).snapshot() if with_countdown else None
        state = RoomState(deck_id, card, face, view, deck_id, countdown, saved_at=None)
        states = StateFile(Path(folder) / "s.json", wall_clock=FakeClock(7.0))
        assert states.save(state) is None
        assert StateFile(Path(folder) / "s.json").load() == RoomState(
            deck_id, card, face, view, deck_id if with_countdown else None, countdown, 7.0
        )


# -- files that cannot be used --------------------------------------------------------------


DAMAGED = {
    "empty": b"",
    "garbage": b"\x00\xff\xfe not json",
    "cut off": json.dumps(valid_json()).encode()[:40],
    "a list": b"[1, 2, 3]",
    "a number": b"42",
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "not utf-8": b'{"deck_id": "\xe6\xf8\xe5"}',
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_files_are_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = tmp_path / "room-state.json"
    path.write_bytes(content)
    assert StateFile(path).load() is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert str(path) in warnings[0].getMessage()


WRONG = {
    "version missing": {"version": None},
    "version as text": {"version": "1"},
    "version zero": {"version": 0},
    "version true": {"version": True},
    "card index as text": {"card_index": "3"},
    "card index negative": {"card_index": -1},
    "card index a float": {"card_index": 2.0},
    "card index true": {"card_index": True},
    "face unknown": {"face": "side"},
    "face a list": {"face": ["front"]},
    "view unknown": {"view": "kitchen"},
    "deck id a number": {"deck_id": 7},
    "saved_at text": {"saved_at": "yesterday"},
    "saved_at infinite": {"saved_at": float("inf")},
    "exercise a string": {"exercise": "ten minutes"},
    "exercise without countdown": {"exercise": {"deck_id": "d"}},
    "exercise deck id a list": {"exercise": {"deck_id": [], "countdown": {}}},
    "countdown of another version": {"exercise": {"deck_id": "d", "countdown": {"version": 9}}},
    "countdown with garbage": {
        "exercise": {
            "deck_id": "d",
            "countdown": valid_json()["exercise"]["countdown"] | {"remaining": "x"},
        }
    },
}


@pytest.mark.parametrize("change", WRONG.values(), ids=WRONG.keys())
def test_wrong_types_are_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, change: dict[str, Any]
) -> None:
    path = tmp_path / "room-state.json"
    path.write_text(json.dumps(valid_json() | change), encoding="utf-8")
    assert StateFile(path).load() is None
    assert str(path) in caplog.text
    assert any(r.levelno == logging.WARNING for r in caplog.records)


def test_a_newer_kiosks_file_is_named_as_such(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "room-state.json"
    path.write_text(json.dumps(valid_json() | {"version": 99}), encoding="utf-8")
    assert StateFile(path).load() is None
    assert "newer kiosk" in caplog.text


def test_unknown_extra_fields_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "room-state.json"
    path.write_text(json.dumps(valid_json() | {"something": "else"}), encoding="utf-8")
    assert StateFile(path).load() is not None


def test_a_folder_where_the_file_should_be(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "room-state.json"
    path.mkdir()
    assert StateFile(path).load() is None
    assert str(path) in caplog.text


# -- saving ---------------------------------------------------------------------------------


def test_saving_an_unchanged_state_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = state_file(tmp_path)
    states.save(sample())
    writes: list[bytes] = []
    monkeypatch.setattr(StateFile, "_write", lambda self, data: writes.append(data))
    for _ in range(100):
        assert states.save(sample()) is None
    assert writes == []
    states.save(sample(card=3))
    assert len(writes) == 1


def test_a_loaded_state_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state_file(tmp_path).save(sample())
    states = state_file(tmp_path)
    loaded = states.load()
    assert loaded is not None
    monkeypatch.setattr(StateFile, "_write", lambda self, data: pytest.fail("wrote"))
    assert states.save(loaded) is None


def test_save_creates_the_folder(tmp_path: Path) -> None:
    states = StateFile(tmp_path / "a" / "b" / "room-state.json")
    assert states.save(sample()) is None
    assert states.load() is not None


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")
    states = StateFile(tmp_path / "data" / "room-state.json")
    error = states.save(sample())
    assert error is not None
    assert error.first
    assert error.kind == "io"
    assert error.heading and str(error.path) in error.details
    assert "data" in error.text("en")[1]


def fail_with(code: int) -> Any:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.EROFS, "readonly"), (errno.EACCES, "readonly"), (errno.ENOSPC, "full")],
)
def test_a_failing_disk_is_reported_once_and_keeps_the_old_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    code: int,
    kind: str,
) -> None:
    states = state_file(tmp_path)
    states.save(sample(card=1))
    before = (tmp_path / "room-state.json").read_bytes()
    monkeypatch.setattr(room_state.os, "fsync", fail_with(code))
    first = states.save(sample(card=2))
    again = states.save(sample(card=3))
    assert first is not None and again is not None
    assert (first.kind, first.first, again.first) == (kind, True, False)
    assert states.error is again
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert (tmp_path / "room-state.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["room-state.json"]
    monkeypatch.undo()
    assert states.save(sample(card=3)) is None
    assert states.error is None
    loaded = state_file(tmp_path).load()
    assert loaded is not None and loaded.card_index == 3


def test_a_failure_is_reported_again_after_it_was_solved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = state_file(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(room_state.tempfile, "mkstemp", fail_with(errno.EROFS))
        assert states.save(sample(card=1)) is not None
    assert states.save(sample(card=1)) is None
    with monkeypatch.context() as patch:
        patch.setattr(room_state.tempfile, "mkstemp", fail_with(errno.EROFS))
        error = states.save(sample(card=2))
    assert error is not None and error.first


def test_a_failure_between_write_and_replace_keeps_the_old_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = state_file(tmp_path)
    states.save(sample(card=1))
    monkeypatch.setattr(room_state.os, "replace", fail_with(errno.EIO))
    assert states.save(sample(card=2)) is not None
    monkeypatch.undo()
    loaded = state_file(tmp_path).load()
    assert loaded is not None and loaded.card_index == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["room-state.json"]


def test_an_interrupt_between_write_and_replace_keeps_the_old_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    states = state_file(tmp_path)
    states.save(sample(card=1))

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(room_state.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        states.save(sample(card=2))
    monkeypatch.undo()
    loaded = state_file(tmp_path).load()
    assert loaded is not None and loaded.card_index == 1


_KILLED_MID_SAVE = """
import os, signal, sys
from pathlib import Path
from kompas_kiosk.core.room import state as room_state
from kompas_kiosk.core.room.state import RoomState, StateFile
states = StateFile(Path(sys.argv[1]))
states.save(RoomState(deck_id="d", card_index=1))
room_state.os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
states.save(RoomState(deck_id="d", card_index=2))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_killed_between_write_and_replace(tmp_path: Path) -> None:
    """A real kill after the new state is written and synced, before it replaces the old."""
    path = tmp_path / "room-state.json"
    result = subprocess.run(
        [sys.executable, "-c", _KILLED_MID_SAVE, str(path)],
        capture_output=True,
        timeout=180,
        check=False,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1, "the killed save left its temporary file"
    loaded = StateFile(path).load()
    assert loaded is not None and loaded.card_index == 1
    assert [p.name for p in tmp_path.iterdir()] == ["room-state.json"], "leftover not removed"


@pytest.mark.parametrize(
    "change", [{"view": "kitchen"}, {"card_index": -1}, {"card_index": True}, {"face": "back"}]
)
def test_a_state_that_could_not_be_read_back_is_refused_at_once(change: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RoomState(**change)
