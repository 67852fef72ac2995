"""The cache of validated programmes: a hit needs no parsing and gives the same programme; a
changed programme, translation or deck is validated afresh; anything odd is a miss."""

import shutil
from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.programmes import parser as programme_parser
from kompas_kiosk.core.programmes.cache import ProgrammeCache
from kompas_kiosk.core.programmes.loader import decks_by_id, load_programme


@pytest.fixture(scope="module")
def decks():
    return decks_by_id(load_decks([resources.content_dir()]))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "din-2024"
    shutil.copytree(resources.content_dir() / "programmes" / "din-2024", target)
    return target


def no_parsing(*args, **kwargs):
    raise AssertionError("a cached programme must not be parsed again")


def test_a_second_load_comes_from_the_cache(folder: Path, tmp_path: Path, decks, monkeypatch):
    cache = ProgrammeCache(tmp_path / "cache")
    first = load_programme(folder, decks, cache)
    assert first.ok and first.translations
    monkeypatch.setattr(programme_parser, "parse_programme", no_parsing)
    second = load_programme(folder, decks, cache)
    assert second.ok
    assert second.programme == first.programme
    assert second.translations == first.translations
    assert second.id_line == first.id_line and second.path == first.path


def test_a_changed_translation_or_deck_misses(folder: Path, tmp_path: Path, decks, monkeypatch):
    cache = ProgrammeCache(tmp_path / "cache")
    load_programme(folder, decks, cache)
    english = folder / "programme.en.yaml"
    english.write_bytes(english.read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(programme_parser, "parse_programme", no_parsing)
    with pytest.raises(AssertionError):
        load_programme(folder, decks, cache)
    without = {key: deck for key, deck in decks.items() if key != "samarbejdskompasset"}
    monkeypatch.undo()
    missing = load_programme(folder, without, cache)
    assert not missing.ok  # the card steps' deck is gone: the check runs again


def test_broken_programmes_are_not_cached(folder: Path, tmp_path: Path, decks):
    (folder / "programme.yaml").write_text("schema: 1\nid: x\n", "utf-8")
    load_programme(folder, decks, ProgrammeCache(tmp_path / "cache"))
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_a_damaged_cache_entry_is_a_miss(folder: Path, tmp_path: Path, decks):
    cache = ProgrammeCache(tmp_path / "cache")
    first = load_programme(folder, decks, cache)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text('{"programme": {"steps": [{"kind": "nope"}]}}', "utf-8")
    again = load_programme(folder, decks, cache)
    assert again.ok and again.programme == first.programme
