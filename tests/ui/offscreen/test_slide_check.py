"""`check` lays every slide of a programme out at 1920x1080, in each of its languages, and names
the text that does not fit, at the step's line."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from kompas_kiosk.core import resources
from kompas_kiosk.core.programmes.check import run_content_check
from kompas_kiosk.ui.offscreen.layout_check import slide_problems

HEAD = "schema: 1\nid: proeve\ntitle: Prøve\nlanguage: da\nsteps:\n"


def programme(tmp_path: Path, steps: str) -> Path:
    """A content folder with the bundled decks and one programme of `steps`."""
    content = tmp_path / "content"
    shutil.copytree(resources.content_dir(), content)
    shutil.rmtree(content / "programmes")
    folder = content / "programmes" / "proeve"
    folder.mkdir(parents=True)
    (folder / "programme.yaml").write_text(HEAD + steps, encoding="utf-8")
    return folder / "programme.yaml"


def check(paths: list[Path], lang: str = "en") -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_content_check(paths, lang, out, slides=slide_problems)
    return code, out.getvalue().splitlines()


FINE = "  - minutes: 1\n    slide:\n      layout: section\n      title: Velkommen\n"


def test_sixty_list_items_do_not_fit(tmp_path: Path) -> None:
    items = "".join(f"        - Punkt nummer {n} på listen i dag\n" for n in range(60))
    steps = FINE + "  - minutes: 2\n    slide:\n      layout: list\n      title: Liste\n"
    path = programme(tmp_path, steps + "      items:\n" + items)
    code, lines = check([path.parent])
    assert code == 1
    assert lines[0].startswith(
        f"{path}:14: steps[1].slide.items: does not fit on the slide at 1920x1080"
    )


def test_a_long_statement_does_not_fit(tmp_path: Path) -> None:
    text = " ".join(["Samarbejde"] * 300)[:3000]  # 2,000 letters still fit, at 28 px
    steps = f"  - minutes: 2\n    slide:\n      layout: statement\n      text: {text}\n" + FINE
    path = programme(tmp_path, steps)
    code, lines = check([path.parent])
    assert code == 1
    assert lines[0].startswith(f"{path}:9: steps[0].slide.text: does not fit on the slide")
    assert lines[-1].startswith("ERROR proeve")


def test_a_word_wider_than_the_slide_is_named(tmp_path: Path) -> None:
    word = "Samarbejds" * 12
    steps = f"  - minutes: 2\n    slide:\n      layout: title\n      title: {word}\n"
    path = programme(tmp_path, steps)
    code, lines = check([path.parent])
    assert code == 1
    assert lines[0].startswith(f"{path}:9: steps[0].slide.title: the word 'Samarbejds")


def test_the_bundled_talk_fits_in_both_languages() -> None:
    folder = resources.content_dir() / "programmes" / "din-2024"
    for lang in ("da", "en"):
        code, lines = check([folder], lang)
        assert code == 0, lines


def test_the_command_checks_the_slides(tmp_path: Path, capsys) -> None:
    from kompas_kiosk.cli.main import main

    items = "".join(f"        - Punkt nummer {n} på listen i dag\n" for n in range(60))
    steps = "  - minutes: 2\n    slide:\n      layout: list\n      title: Liste\n"
    path = programme(tmp_path, steps + "      items:\n" + items)
    assert main(["check", "--lang", "en", str(path.parent)]) == 1
    assert f"{path}:10: steps[0].slide.items: does not fit on the slide" in capsys.readouterr().out
