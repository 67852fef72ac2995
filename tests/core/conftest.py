"""Shared helpers for the content tests: a valid deck, and a fixture writing deck files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"

VALID_DECK = """\
schema: 1
id: proeve
title: Prøvedeck
order: 5
exercise:
  title: Gruppearbejde
  minutes: 10
  steps:
    - Læs kortet højt
cards:
  - number: "01"
    title: Første kort
    question: Hvad nu?
    text: |
      Et afsnit med **fed** tekst.
    reminders:
      - Husker vi det?
    what_if: Hvad nu, hvis?
  - number: "02"
    title: Andet kort
"""

WriteDeck = Callable[..., Path]
DeckWith = Callable[[str, str], str]


@pytest.fixture(scope="session")
def content_dir() -> Path:
    """The bundled content folder."""
    return CONTENT


@pytest.fixture(scope="session")
def valid_deck() -> str:
    """The text of a small deck with no problems (line numbers matter to the tests)."""
    return VALID_DECK


@pytest.fixture(scope="session")
def deck_with() -> DeckWith:
    """`deck_with(old, new)`: the valid deck with its first `old` replaced by `new`."""

    def edit(old: str, new: str) -> str:
        assert old in VALID_DECK
        return VALID_DECK.replace(old, new, 1)

    return edit


@pytest.fixture
def write_deck(tmp_path: Path) -> WriteDeck:
    """`write_deck(text_or_bytes, folder="deck")` writes `<tmp>/<folder>/deck.yaml`."""

    def write(content: str | bytes = VALID_DECK, folder: str = "deck") -> Path:
        path = tmp_path / folder / "deck.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        path.write_bytes(data)
        return path

    return write
