"""--room on the command line: inches or cm and metres; a clear error naming the bad value, in
Danish or English; render --room --page draws a page of a long card."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_kiosk.cli.main import build_parser, main
from kompas_kiosk.core.room.legibility import parse_room


@pytest.mark.parametrize("spec", ["65in,8m", '65",8 m', "165cm,8m", "65 inch, 800cm"])
def test_the_room_is_read_in_inches_or_cm(spec: str) -> None:
    args = build_parser("en").parse_args(["run", "--room", spec])
    assert args.room.distance_mm == 8000
    assert args.room.diagonal_mm == pytest.approx(parse_room("65in,8m").diagonal_mm, rel=0.02)


@pytest.mark.parametrize(
    ("lang", "spec", "said"),
    [
        ("en", "65xx,8m", "'65xx' is not a screen diagonal – write it in inches or cm"),
        ("da", "65in,8ft", "„8ft“ er ikke en afstand – skriv den fjerneste seers afstand i meter"),
        ("en", "65in", "give the screen's diagonal and the farthest viewer"),
        ("da", "65in,500m", "en afstand på 500m passer ikke til et rum"),
    ],
)
def test_a_bad_room_is_refused_naming_the_value(
    lang: str, spec: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser(lang).parse_args(["render", "--deck", "x", "-o", "x.png", "--room", spec])
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err


def test_render_a_page_of_a_long_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["render", "--deck", "samarbejdskompasset", "--card", "07", "--room", "65in,8m"]
    for page in (0, 1, 4):
        assert main([*base, "--page", str(page), "-o", str(tmp_path / f"{page}.png")]) == 0
    sizes = {(tmp_path / f"{page}.png").read_bytes() for page in (0, 1, 4)}
    assert len(sizes) == 3, "each page is its own picture"
    assert main([*base, "--page", "9", "-o", str(tmp_path / "9.png"), "--lang", "en"]) == 2
    assert "card 07 of 'samarbejdskompasset' has pages 0 to 5 in the room, not 9" in (
        capsys.readouterr().err
    )


def test_render_a_page_of_a_full_slide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["render", "--programme", "din-2024", "--step", "33", "--room", "65in,8m"]
    assert main([*base, "--page", "4", "-o", str(tmp_path / "4.png")]) == 0
    assert main([*base, "--page", "5", "-o", str(tmp_path / "5.png"), "--lang", "en"]) == 2
    assert "step 33 of 'din-2024' has no page 5 in the room" in capsys.readouterr().err


def test_check_room_size_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    # --room-size was read as a size by argparse and then read again as text: it crashed
    assert main(["check", "--room", "65in,4m", "--room-size", "3840x2160", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "3840x2160 px; farthest viewer 4.0 m" in out.splitlines()[0]
