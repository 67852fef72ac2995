"""`kompas-kiosk render -o FILE`: the picture is written in the format its suffix names."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompas_kiosk.cli.main import main


@pytest.mark.parametrize(
    ("name", "magic"), [("x.png", b"\x89PNG"), ("x.jpg", b"\xff\xd8"), ("x.JPEG", b"\xff\xd8")]
)
def test_the_suffix_names_the_format(tmp_path: Path, name: str, magic: bytes) -> None:
    output = tmp_path / name
    args = ["render", "--deck", "samarbejdskompasset", "--size", "320x180", "-o", str(output)]
    assert main(args) == 0
    assert output.read_bytes().startswith(magic)


def test_an_unknown_suffix_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "x.gif"
    args = ["render", "--deck", "samarbejdskompasset", "-o", str(output), "--lang", "en"]
    assert main(args) == 2
    assert ".png" in capsys.readouterr().err
    assert not output.exists()


@pytest.mark.parametrize(
    "what", [["--deck", "samarbejdskompasset"], ["--programme", "din-2024", "--step", "2"]]
)
def test_render_draws_the_high_contrast_theme(tmp_path: Path, what: list[str]) -> None:
    from PySide6.QtGui import QImage

    from kompas_kiosk.ui.theme.colors import DEFAULT, HIGH_CONTRAST

    pictures = {}
    for theme in ("default", "high-contrast"):
        output = tmp_path / f"{theme}.png"
        args = ["render", *what, "--size", "320x180", "--theme", theme, "-o", str(output)]
        assert main(args) == 0
        pictures[theme] = QImage(str(output)).pixelColor(1, 1)
    assert pictures["default"] == DEFAULT.surround
    assert pictures["high-contrast"] == HIGH_CONTRAST.surround
