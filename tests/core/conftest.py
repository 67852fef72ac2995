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
