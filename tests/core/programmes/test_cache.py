"""The programme cache: a second start reads validated programmes without YAML or pydantic."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.programmes.cache import ProgrammeCache
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programmes
from tests.core.conftest import CONTENT, REPO


def test_a_cached_programme_is_the_validated_one(tmp_path: Path) -> None:
    decks = decks_by_id(load_decks([CONTENT]))
    fresh = load_programmes([CONTENT], decks)
    assert fresh and all(item.ok for item in fresh)
    cold = load_programmes([CONTENT], decks, ProgrammeCache(tmp_path))
    assert list(tmp_path.glob("programme-*.json")), "the clean programmes were cached"
    warm = load_programmes([CONTENT], decks, ProgrammeCache(tmp_path))
    for a, b, c in zip(fresh, cold, warm, strict=True):
        assert a.programme == b.programme == c.programme
        assert a.translations == c.translations and a.languages == c.languages
        assert a.id_line == c.id_line and a.path == c.path
        for part_a, part_c in zip(a.programme.steps, c.programme.steps, strict=True):  # type: ignore[union-attr]
            assert type(part_a.part) is type(part_c.part)


def test_other_decks_miss_the_cache(tmp_path: Path) -> None:
    decks = decks_by_id(load_decks([CONTENT]))
    load_programmes([CONTENT], decks, ProgrammeCache(tmp_path))
    cached = set(tmp_path.iterdir())
    fewer = {key: deck for key, deck in decks.items() if key != "samarbejdskompasset"}
    checked = load_programmes([CONTENT], fewer, ProgrammeCache(tmp_path))
    assert set(tmp_path.iterdir()) == cached, "a programme with problems is not cached"
    assert any(not item.ok for item in checked), "its card references were checked again"


def test_a_changed_file_misses_and_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "programmes" / "p"
    folder.mkdir(parents=True)
    source = next((CONTENT / "programmes").iterdir()) / "programme.yaml"
    (folder / "programme.yaml").write_bytes(source.read_bytes())
    decks = decks_by_id(load_decks([CONTENT]))
    cache = ProgrammeCache(tmp_path / "cache")
    first = load_programmes([tmp_path / "content"], decks, cache)[0]
    for file in (tmp_path / "cache").iterdir():
        file.write_text("{not json", encoding="utf-8")
    again = load_programmes([tmp_path / "content"], decks, cache)[0]
    assert again.programme == first.programme
    changed = source.read_text(encoding="utf-8").replace("title:", "title: Ændret", 1)
    (folder / "programme.yaml").write_text(changed, encoding="utf-8")
    third = load_programmes([tmp_path / "content"], decks, cache)[0]
    assert third.programme is not None and third.programme.title.startswith("Ændret")


def test_a_warm_start_needs_neither_yaml_nor_pydantic(tmp_path: Path) -> None:
    code = """
import json, sys
from pathlib import Path
from kompas_kiosk.core.decks.content import load_content
from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.core.decks.content import content_paths
cache = Path(sys.argv[1])
load_programme_content(content_paths(None), load_content(content_paths(None), cache), cache)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("yaml", "pydantic"))))
"""
    run = [sys.executable, "-c", code, str(tmp_path)]
    subprocess.run(run, check=True, cwd=REPO, capture_output=True)
    warm = subprocess.run(run, check=True, cwd=REPO, capture_output=True, text=True)
    assert json.loads(warm.stdout.splitlines()[-1]) == []
