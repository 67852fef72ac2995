"""Options of the command line that take numbers: only finite values in their range pass."""

from __future__ import annotations

import pytest

from kompas_kiosk.cli.main import build_parser, main


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e400"])
def test_render_remaining_must_be_a_finite_number(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", "--deck", "x", "-o", "x.png", f"--remaining={value}"]
    with pytest.raises(SystemExit) as exit_:
        build_parser("en").parse_args(args)
    assert exit_.value.code == 2
    assert "seconds" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0.0001", "0.5", "120.5", "nan", "inf"])
def test_minutes_must_be_1_to_120(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser("en").parse_args(["run", "--minutes", value])
    assert exit_.value.code == 2
    assert "1 to 120" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["1", "120", "7,5"])
def test_minutes_in_range_pass(value: str) -> None:
    assert build_parser("en").parse_args(["run", "--minutes", value]).minutes == float(
        value.replace(",", ".")
    )


@pytest.mark.parametrize(
    ("args", "danish"),
    [
        (["render", "--deck", "x", "-o", "x.png", "--size", "huge"], "»huge« er ikke en størrelse"),
        (["run", "--minutes", "0,5"], "»0,5«: øvelsen varer 1 til 120 minutter"),
        (
            ["render", "--deck", "x", "-o", "x.png", "--remaining=y"],
            "»y« er ikke et antal sekunder",
        ),
        (["run", "--bogus"], "ukendte argumenter: --bogus"),
    ],
)
def test_the_danish_command_line_speaks_danish(
    args: list[str], danish: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert danish in err
    assert " is not " not in err and "expected" not in err


def test_the_language_follows_lang_on_the_command_line(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["run", "--lang", "en", "--minutes", "0"])
    assert "the exercise takes 1 to 120 minutes (see: kompas-kiosk run --help)" in (
        capsys.readouterr().err
    )


def test_the_help_hint_names_the_program_once(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        build_parser("da").parse_args(["--bogus"])
    err = capsys.readouterr().err
    assert "kompas-kiosk kompas-kiosk" not in err
    assert "(se: kompas-kiosk --help)" in err


def test_room_size_without_room_in_danish(capsys: pytest.CaptureFixture[str]):
    assert main(["check", "--lang", "da", "--room-size", "800x600"]) == 2
    assert "--room-size hører sammen med --room" in capsys.readouterr().err


def test_a_workshop_on_the_command_line_needs_a_name(capsys: pytest.CaptureFixture[str]):
    assert main(["run", "--workshop", "  ", "--lang", "da"]) == 2
    assert "--workshop: Giv workshoppen et navn" in capsys.readouterr().err


def test_a_workshop_on_the_command_line_reaches_the_room(monkeypatch):
    from kompas_kiosk import app

    seen: list[app.RunOptions] = []
    monkeypatch.setattr(app, "run", lambda options: seen.append(options) or 0)
    argv = ["run", "--workshop", " Borgermøde  i Aarhus", "--place", "Rådhuset"]
    assert main(argv) == 0
    assert seen[0].workshop == ("Borgermøde i Aarhus", "Rådhuset")
    assert main(["run"]) == 0 and seen[1].workshop is None
