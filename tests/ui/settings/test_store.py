"""Settings in an INI file: defaults, round trips, hand edits, garbage, the PIN."""

from __future__ import annotations

import itertools
import logging
import os
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kompas_kiosk.ui.settings.store import Settings, SettingsValues

FAST = 1000  # PBKDF2 iterations for tests; the kiosk uses PIN_ITERATIONS


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def write(tmp_path: Path, text: str | bytes, name: str = "kiosk.ini") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_a_missing_file_gives_the_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    values = Settings(tmp_path / "kiosk.ini").load()
    assert values == SettingsValues()
    assert (values.language, values.sound, values.idle_minutes, values.next_flips) == (
        None,
        True,
        0.0,
        True,
    )
    assert warnings_of(caplog) == []


def test_round_trip(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    values = SettingsValues(
        language="en",
        sound=False,
        reduced_motion=True,
        idle_minutes=2.5,
        room_screen="DELL U2720Q, venstre",
        console_screen="eDP-1",
        next_flips=False,
    ).with_pin("4711", iterations=FAST)
    assert Settings(tmp_path / "kiosk.ini").save(values) is None
    assert Settings(tmp_path / "kiosk.ini").load() == values
    assert warnings_of(caplog) == []
    assert "4711" not in (tmp_path / "kiosk.ini").read_text(encoding="utf-8")


def test_a_file_from_another_process_reads_the_same(tmp_path: Path) -> None:
    """QSettings caches values per file in a process; a fresh process reads plain strings."""
    import subprocess
    import sys

    path = tmp_path / "kiosk.ini"
    values = SettingsValues(language="da", sound=False, idle_minutes=0.1, room_screen="a, b")
    Settings(path).save(values)
    script = (
        "import sys; from pathlib import Path; from kompas_kiosk.ui.settings.store import Settings;"
        "print(repr(Settings(Path(sys.argv[1])).load()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=180,
        cwd=Path(__file__).resolve().parents[3],
    ).stdout.strip()
    assert out == repr(values)


def test_hand_edited_values_in_danish_habits(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "\ufeff[General]\r\nlanguage=DA\r\nsound=nej\r\nreduced_motion=ja\r\n"
        "idle_minutes=2,5\r\nroom_screen=HDMI-1\r\nconsole_screen=\r\nnext_flips=0\r\n",
    )
    values = Settings(path).load()
    assert values == SettingsValues(
        language="da",
        sound=False,
        reduced_motion=True,
        idle_minutes=2.5,
        room_screen="HDMI-1",
        next_flips=False,
    )


def test_keys_without_a_section_are_read_too(tmp_path: Path) -> None:
    path = write(tmp_path, "sound=false\nidle_minutes=5\n")
    assert Settings(path).load() == SettingsValues(sound=False, idle_minutes=5)


BAD = {
    "language": "deutsch",
    "sound": "maybe",
    "reduced_motion": "2",
    "idle_minutes": "fem",
    "next_flips": "@Point(1 2)",
}


@pytest.mark.parametrize(
    ("key", "raw"),
    list(BAD.items())
    + [
        ("idle_minutes", "-1"),
        ("idle_minutes", "inf"),
        ("idle_minutes", "nan"),
        ("idle_minutes", "1e9"),
        ("sound", "@Invalid()"),
        ("room_screen", "@ByteArray(x)"),
    ],
)
def test_a_bad_value_takes_its_default_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, key: str, raw: str
) -> None:
    path = write(tmp_path, f"[General]\n{key}={raw}\n")
    settings = Settings(path)
    assert settings.load() == SettingsValues()
    assert settings.load() == SettingsValues()
    warnings = warnings_of(caplog)
    assert len(warnings) == 1, warnings
    assert str(path) in warnings[0] and key in warnings[0]


def test_every_bad_value_is_named_and_good_ones_are_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    lines = [f"{key}={raw}" for key, raw in BAD.items()] + ["room_screen=HDMI-2"]
    values = Settings(write(tmp_path, "\n".join(lines))).load()
    assert values == SettingsValues(room_screen="HDMI-2")
    warned = "\n".join(warnings_of(caplog))
    assert all(key in warned for key in BAD)


def test_an_unknown_key_is_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, "idle_minute=5\n[kiosk]\nsound=false\n")
    assert Settings(path).load() == SettingsValues()
    warned = warnings_of(caplog)
    assert any("idle_minute" in w for w in warned)
    assert any("kiosk/sound" in w for w in warned)


GARBAGE = {
    "binary": bytes(range(256)) * 4,
    "not ini": b'{"sound": false, "language": "en"}',
    "brackets": b"[[[[\n]]]]\n=\n==\n[General\nsound\n",
    "nul bytes": b"sound=\x00true\x00\nlanguage=\x00",
    "utf-16": "sound=false\n".encode("utf-16"),
}


@pytest.mark.parametrize("content", GARBAGE.values(), ids=GARBAGE.keys())
def test_a_garbage_file_never_crashes(tmp_path: Path, content: bytes) -> None:
    values = Settings(write(tmp_path, content)).load()
    assert isinstance(values, SettingsValues)


_names = itertools.count()
keys = st.sampled_from(
    ["language", "sound", "reduced_motion", "idle_minutes", "room_screen", "kiosk_pin", "x"]
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(lines=st.lists(st.tuples(keys, st.text(max_size=30)), max_size=8))
def test_any_hand_edit_loads(lines: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text = "\n".join(f"{key}={value}" for key, value in lines)
        path = Path(folder) / f"s{next(_names)}.ini"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        values = Settings(path).load()
        assert isinstance(values.sound, bool)
        assert isinstance(values.idle_minutes, float) and values.idle_minutes >= 0
        assert values.language in (None, "da", "en")


def test_a_folder_where_the_file_should_be(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "kiosk.ini"
    path.mkdir()
    settings = Settings(path)
    assert settings.load() == SettingsValues()
    problem = settings.save(SettingsValues(sound=False))
    assert problem is not None and str(path) in problem
    assert any(str(path) in w for w in warnings_of(caplog))


def test_saving_under_a_file_reports_it(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file, not a folder")
    problem = Settings(tmp_path / "data" / "kiosk.ini").save(SettingsValues())
    assert problem is not None and "kiosk.ini" in problem


# -- the PIN --------------------------------------------------------------------------------


def test_no_pin_lets_anyone_in() -> None:
    values = SettingsValues()
    assert not values.pin_required
    assert values.check_pin("")


def test_the_pin_is_checked() -> None:
    values = SettingsValues().with_pin("2023", iterations=FAST)
    assert values.pin_required
    assert values.check_pin("2023")
    assert values.check_pin(" 2023 ")
    assert values.check_pin("２０２３"), "full-width digits from an on-screen keyboard"
    assert not values.check_pin("2024")
    assert not values.check_pin("")


def test_an_empty_pin_removes_it() -> None:
    values = SettingsValues().with_pin("1", iterations=FAST).with_pin("  ")
    assert values.kiosk_pin is None


def test_a_damaged_pin_hash_keeps_the_kiosk_locked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, "kiosk_pin=1234\n")
    values = Settings(path).load()
    assert values.pin_required
    assert not values.check_pin("1234")
    assert not values.check_pin("")
    assert any("kiosk_pin" in w and str(path) in w for w in warnings_of(caplog))


# -- overrides for one run -------------------------------------------------------------------


def test_overrides_change_only_what_is_given() -> None:
    values = SettingsValues(sound=False, idle_minutes=5)
    run = values.with_overrides(language="en", sound=None, idle_minutes=0, reduced_motion=True)
    assert run == SettingsValues(language="en", sound=False, idle_minutes=0, reduced_motion=True)
    assert isinstance(run.idle_minutes, float)


def test_overrides_name_the_callers_mistake() -> None:
    with pytest.raises(TypeError, match="minutes"):
        SettingsValues().with_overrides(minutes=3)
    with pytest.raises(ValueError, match="da, en"):
        SettingsValues().with_overrides(language="de")
    with pytest.raises(ValueError, match="minutes"):
        SettingsValues(idle_minutes=-1)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_settings_file_is_the_owners_alone(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.ini"
    store = Settings(path)
    assert store.save(SettingsValues().with_pin("4711", iterations=1000)) is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.save(SettingsValues(sound=False)) is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, "every write keeps it private"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_readable_settings_file_is_made_private_on_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("sound=false\n", encoding="utf-8")
    path.chmod(0o644)
    assert Settings(path).load().sound is False
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_room_name_is_one_line_and_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "[General]\nroom_name=  Sal   2 \n")
    assert Settings(path).load().room_name == "Sal 2"
    assert SettingsValues().room_name == ""  # no name: the notes are this kiosk's
    values = SettingsValues(room_name="Lokale 1.2, øst")
    assert Settings(tmp_path / "saved.ini").save(values) is None
    assert Settings(tmp_path / "saved.ini").load().room_name == "Lokale 1.2, øst"
