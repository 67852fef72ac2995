"""Options of the command line that take numbers: only finite values in their range pass."""

from __future__ import annotations

import pytest

from kompas_kiosk.cli.main import build_parser


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e400"])
def test_render_remaining_must_be_a_finite_number(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", "--deck", "x", "-o", "x.png", f"--remaining={value}"]
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(args)
    assert exit_.value.code == 2
    assert "seconds" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0.0001", "0.5", "120.5", "nan", "inf"])
def test_minutes_must_be_1_to_120(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["run", "--minutes", value])
    assert exit_.value.code == 2
    assert "1 to 120" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["1", "120", "7,5"])
def test_minutes_in_range_pass(value: str) -> None:
    assert build_parser().parse_args(["run", "--minutes", value]).minutes == float(
        value.replace(",", ".")
    )
