"""Loading programmes from folders (never raising), their translations, check, and the schemas."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.markup import to_plain
from kompas_kiosk.core.programmes.check import run_content_check
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programme, load_programmes
from kompas_kiosk.core.programmes.model import CardRef, ExerciseRef, Panel, Programme, Slide
from kompas_kiosk.core.programmes.schema import main, schema_text
from tests.core.decks.test_bundled_content import _normalise, _seed_path

PROGRAMME = """schema: 1
id: p
title: Et program
steps:
  - minutes: 1
    slide:
      layout: list
      title: Punkter
      items: [a, b]
  - minutes: 2
    card: {deck: samarbejdskompasset, number: "07"}
"""
TRANSLATION = """schema: 1
translation_of: p
language: en
translator: Us
steps:
  - slide:
      title: Points
      items: [A, B]
  - card:
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def bundled_decks(content_dir: Path) -> dict[str, object]:
    return decks_by_id(load_decks([content_dir]))  # type: ignore[return-value]


def test_a_translation_is_used_in_its_language(tmp_path: Path, bundled_decks) -> None:
    folder = _write(tmp_path / "p", "programme.yaml", PROGRAMME)
    _write(folder, "programme.en.yaml", TRANSLATION)
    loaded = load_programme(folder, bundled_decks)
    assert loaded.ok and loaded.languages == ("da", "en") and not loaded.translation_problems
    english = loaded.programme_for("en")
    assert english is not None and english.translator == "Us"
    slide = english.steps[0].part
    assert isinstance(slide, Slide) and slide.items == ("A", "B") and slide.layout == "list"
    assert english.steps[1].minutes == 2 and loaded.programme_for("da") == loaded.programme


def test_a_translation_that_does_not_match_is_left_out(tmp_path: Path, bundled_decks) -> None:
    folder = _write(tmp_path / "p", "programme.yaml", PROGRAMME)
    wrong = TRANSLATION.replace("  - card:\n", "  - break:\n  - card:\n").replace(
        "items: [A, B]", "items: [A]\n      text: Ekstra"
    )
    _write(folder, "programme.en.yaml", wrong)
    loaded = load_programme(folder, bundled_decks)
    assert loaded.ok and loaded.translations == ()
    found = [problem.format("en") for problem in loaded.translation_problems]
    assert any(":5: steps: must have 2 steps" in line for line in found), found
    assert any(":8: steps[0].slide.items: must have 2 items" in line for line in found), found
    assert any(":9: steps[0].slide.text: programme.yaml has no such text" in line for line in found)
    assert any(
        ":10: steps[1]: the step is a card step in programme.yaml, not break" in line
        for line in found
    )


def test_the_loader_never_raises(tmp_path: Path) -> None:
    assert load_programme(tmp_path / "missing").problems[0].code == "not_found"
    assert load_programme(tmp_path).problems[0].code == "no_programme"
    folder = _write(tmp_path / "bad", "programme.yaml", "")
    (folder / "programme.yaml").chmod(0)
    try:
        loaded = load_programme(folder)
        assert loaded.programme is None and len(loaded.problems) == 1
    finally:
        (folder / "programme.yaml").chmod(0o644)
    assert load_programmes([tmp_path / "nowhere"]) == []


def test_two_programmes_with_one_id(tmp_path: Path) -> None:
    _write(tmp_path / "programmes" / "a", "programme.yaml", PROGRAMME)
    _write(tmp_path / "programmes" / "b", "programme.yaml", PROGRAMME)
    first, second = load_programmes([tmp_path])
    assert first.ok and [problem.code for problem in second.problems] == ["duplicate_id"]


def test_the_programmes_folder_is_not_taken_for_a_deck(content_dir: Path) -> None:
    assert (content_dir / "programmes").is_dir()
    assert all(loaded.ok for loaded in load_decks([content_dir]))


def test_check_covers_decks_and_programmes(content_dir: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    assert run_content_check([content_dir], "da", out) == 0
    assert "OK din-2024: 35 trin, 60 min, også på en" in out.getvalue().splitlines()
    assert "OK samarbejdskompasset" in out.getvalue()
    out = io.StringIO()
    assert run_content_check([content_dir / "programmes" / "din-2024"], "en", out) == 0
    assert out.getvalue() == "OK din-2024: 35 steps, 60 min, also in en\n"
    bad = _write(tmp_path / "programmes" / "x", "programme.yaml", PROGRAMME.replace('"07"', "9"))
    out = io.StringIO()
    assert run_content_check([content_dir, bad], "en", out) == 1  # decks from content_dir
    assert (
        "programme.yaml:11: steps[1].card.number: the deck samarbejdskompasset has no card 09"
        in out.getvalue()
    )


@pytest.mark.parametrize("translation", [False, True])
def test_committed_schemas_match_the_spec(content_dir: Path, translation: bool) -> None:
    name = "programme-translation.schema.json" if translation else "programme.schema.json"
    committed = (content_dir / name).read_text(encoding="utf-8")
    assert committed == schema_text(translation), (
        f"content/{name} is out of date with the programme spec; regenerate it: python -m "
        "kompas_kiosk.core.programmes.schema content/programme.schema.json "
        "content/programme-translation.schema.json"
    )


def test_schema_writes_and_bundled_files_validate(tmp_path: Path, content_dir: Path) -> None:
    path = tmp_path / "programme.schema.json"
    assert main([str(path)]) == 0
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert "break" in schema["$defs"]["Step"]["properties"]
    jsonschema = pytest.importorskip("jsonschema")
    yaml = pytest.importorskip("yaml")
    folder = content_dir / "programmes" / "din-2024"
    jsonschema.validate(yaml.safe_load((folder / "programme.yaml").read_text("utf-8")), schema)
    translation = json.loads(schema_text(translation=True))
    jsonschema.validate(
        yaml.safe_load((folder / "programme.en.yaml").read_text("utf-8")), translation
    )


# -- the bundled programme: the seed's talk ------------------------------------------------------


def _texts(programme: Programme) -> list[tuple[str, str]]:
    found = [(name, getattr(programme, name)) for name in ("title", "date", "place")]
    for index, step in enumerate(programme.steps):
        part, where = step.part, f"steps[{index}]"
        if isinstance(part, Slide):
            for name in ("kicker", "title", "subtitle", "text", "attribution"):
                found.append((f"{where}.{name}", getattr(part, name)))
            for name in ("lines", "items", "row_labels", "column_labels"):
                found += [(f"{where}.{name}", item) for item in getattr(part, name)]
            panels: tuple[Panel, ...] = (*part.columns, *part.cells)
            for panel in panels:
                found += [
                    (f"{where}.panel", text) for text in (panel.title, panel.text, *panel.items)
                ]
        elif isinstance(part, ExerciseRef):
            found += [(f"{where}.title", part.title), *((where, item) for item in part.steps or ())]
        else:
            found.append((where, getattr(part, "title", None)))
    return [(where, text) for where, text in found if text is not None]


def test_every_text_of_din_2024_is_quoted_from_the_seed(content_dir: Path, bundled_decks) -> None:
    seed_path = _seed_path()
    if seed_path is None:
        pytest.skip("seed text not found")
    seed = _normalise(seed_path.read_text(encoding="utf-8").replace("**", "").replace("*", ""))
    loaded = load_programme(content_dir / "programmes" / "din-2024", bundled_decks)
    assert loaded.programme is not None
    texts = _texts(loaded.programme)
    assert len(texts) > 60
    for where, text in texts:
        quoted = _normalise(to_plain(text))
        assert quoted in seed, f"din-2024 {where} is not in the seed: {quoted!r}"


def test_din_2024_loads_and_its_references_resolve(content_dir: Path, bundled_decks) -> None:
    loaded = load_programme(content_dir / "programmes" / "din-2024", bundled_decks)
    assert [problem.format() for problem in (*loaded.problems, *loaded.translation_problems)] == []
    programme = loaded.programme
    assert programme is not None and programme.planned_minutes == 60
    first, last = programme.steps[0].part, programme.steps[-1].part
    assert isinstance(first, Slide) and first.layout == "title"
    assert isinstance(last, Slide) and (last.layout, last.title) == ("closing", "TAK FOR I DAG")
    kinds = [step.kind for step in programme.steps]
    assert kinds.count("exercise") == 1 and kinds.count("card") == 12
    assert programme.steps[4].part == CardRef("samarbejdskompasset", "07", "front")
    assert programme.steps[5].part == CardRef("samarbejdskompasset", "07", "back")
    for step in programme.steps:
        part = step.part
        if isinstance(part, CardRef):
            assert part.card_in(bundled_decks[part.deck]) is not None  # type: ignore[arg-type]
        if isinstance(part, ExerciseRef):
            exercise = part.exercise_in(bundled_decks[part.deck])  # type: ignore[arg-type]
            assert exercise is not None and exercise.minutes == 10 == step.minutes
    assert [s.part.layout for s in programme.steps if isinstance(s.part, Slide)].count(
        "matrix"
    ) == 1
    english = loaded.programme_for("en")
    assert english is not None and english.translator and "not Aarhus" in english.translator
