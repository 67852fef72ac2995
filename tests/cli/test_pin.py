"""`kompas-kiosk set-pin` (kompas_kiosk.cli.pin): writes the hash the kiosk checks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kompas_kiosk.cli import pin as pin_cli
from kompas_kiosk.ui.settings.store import Settings


def call(path: Path, *, answers=(), stdin="", lang="en", **options):
    out, err = io.StringIO(), io.StringIO()
    replies = iter(answers)
    code = pin_cli.set_pin(
        path,
        lang,
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
        ask=lambda prompt: next(replies),
        **options,
    )
    return code, out.getvalue(), err.getvalue()


def test_the_pin_is_stored_as_a_hash_the_kiosk_accepts(tmp_path):
    path = tmp_path / "settings.ini"
    code, out, err = call(path, answers=("4711", "4711"))
    assert (code, err) == (0, "")
    assert str(path) in out
    values = Settings(path).load()
    assert values.pin_required and values.check_pin("4711") and not values.check_pin("1234")
    assert "4711" not in path.read_text()


def test_from_stdin_for_scripts(tmp_path):
    path = tmp_path / "settings.ini"
    assert call(path, stdin="20240529\n", from_stdin=True)[0] == 0
    assert Settings(path).load().check_pin("20240529")


def test_other_settings_are_kept(tmp_path):
    path = tmp_path / "settings.ini"
    Settings(path).save(Settings(path).load().with_overrides(language="en", idle_minutes=5))
    assert call(path, answers=("123456", "123456"))[0] == 0
    values = Settings(path).load()
    assert (values.language, values.idle_minutes) == ("en", 5.0)


def test_remove(tmp_path):
    path = tmp_path / "settings.ini"
    call(path, answers=("4711", "4711"))
    code, out, _ = call(path, remove=True, lang="da")
    assert code == 0 and "fjernet" in out
    assert not Settings(path).load().pin_required


def test_a_damaged_hash_is_replaced(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nkiosk_pin=garbage\n")
    assert not Settings(path).load().check_pin("4711")  # locked, fails closed
    assert call(path, answers=("4711", "4711"))[0] == 0
    assert Settings(path).load().check_pin("4711")


@pytest.mark.parametrize("pin", ["123", "1" * 21, "12a4", "", " "])
def test_a_pin_the_pad_cannot_type_is_refused(tmp_path, pin):
    path = tmp_path / "settings.ini"
    code, _, err = call(path, answers=(pin, pin))
    assert code == 1 and "4 to 20 digits" in err
    assert not path.exists()


def test_a_pin_of_twenty_digits_is_set(tmp_path):
    path = tmp_path / "settings.ini"
    assert call(path, answers=("1" * 20, "1" * 20))[0] == 0
    assert Settings(path).load().check_pin("1" * 20)


@pytest.mark.parametrize(
    "pin",
    ["\u0664\u0667\u0661\u0661", "\u06f4\u06f7\u06f1\u06f1", "\uff14\uff17\uff11\uff11"],
    ids=["arabic-indic", "persian", "full-width"],
)
def test_digits_the_pad_has_not_are_refused_by_name(tmp_path, pin):
    path = tmp_path / "settings.ini"
    code, _, err = call(path, stdin=pin + "\n", from_stdin=True)
    assert code == 1 and "0-9" in err and "on-screen pad" in err
    assert not path.exists()
    code, _, err = call(path, stdin=pin + "\n", from_stdin=True, lang="da")
    assert "skærmens tastatur" in err


def test_two_different_pins_change_nothing(tmp_path):
    path = tmp_path / "settings.ini"
    code, _, err = call(path, answers=("4711", "4712"), lang="da")
    assert code == 1 and err.strip() == "de to koder er ikke ens; intet ændret"
    assert not path.exists()


def test_an_unwritable_settings_file_is_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "settings.ini"
    path.mkdir()  # a folder where the file should be: cannot be written, even by root
    code, _, err = call(path, answers=("4711", "4711"))
    assert code == 1
    assert err.startswith(f"kompas-kiosk: {path}:") and err.count("\n") == 1


def test_the_limits_are_the_pads():
    from kompas_kiosk.core.kiosk import pin
    from kompas_kiosk.ui.kiosk import pin_dialog

    assert pin.MAX_DIGITS == pin_dialog.MAX_DIGITS
    assert (pin_cli.MIN_DIGITS, pin_cli.MAX_DIGITS) == (pin.MIN_DIGITS, pin.MAX_DIGITS)
