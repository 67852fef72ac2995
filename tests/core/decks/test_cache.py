"""The cache of validated decks: a hit needs no parsing; anything odd is a miss, never an error."""

from pathlib import Path

from kompas_kiosk.core.decks import parser as deck_parser
from kompas_kiosk.core.decks.cache import DeckCache
from kompas_kiosk.core.decks.loader import load_bytes

DECK = b"schema: 1\nid: lille\ntitle: Lille\ncards:\n  - number: '01'\n    title: Et\n"


def test_a_second_load_comes_from_the_cache(tmp_path: Path, monkeypatch):
    cache = DeckCache(tmp_path / "cache")
    first = load_bytes(tmp_path / "deck.yaml", DECK, cache)
    assert first.ok

    def no_parsing(*args, **kwargs):
        raise AssertionError("a cached deck must not be parsed again")

    monkeypatch.setattr(deck_parser, "parse_deck", no_parsing)
    second = load_bytes(tmp_path / "deck.yaml", DECK, cache)
    assert second.ok and second.deck == first.deck


def test_a_changed_file_is_validated_afresh(tmp_path: Path):
    cache = DeckCache(tmp_path / "cache")
    load_bytes(tmp_path / "deck.yaml", DECK, cache)
    broken = load_bytes(tmp_path / "deck.yaml", DECK.replace(b"title: Et", b"titel: Et"), cache)
    assert not broken.ok


def test_broken_decks_are_not_cached(tmp_path: Path):
    cache = DeckCache(tmp_path / "cache")
    load_bytes(tmp_path / "deck.yaml", b"schema: 1\nid: x\n", cache)
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").iterdir())


def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path):
    cache = DeckCache(tmp_path / "cache")
    load_bytes(tmp_path / "deck.yaml", DECK, cache)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text("{ not json", encoding="utf-8")
    again = load_bytes(tmp_path / "deck.yaml", DECK, cache)
    assert again.ok and again.deck is not None and again.deck.id == "lille"


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    loaded = load_bytes(tmp_path / "deck.yaml", DECK, DeckCache(blocker / "cache"))
    assert loaded.ok
