"""Decks load where the operating system has no O_NONBLOCK (Windows): the bundled decks all
failed to load in the Windows build with "module 'os' has no attribute 'O_NONBLOCK'"."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kompas_kiosk.core.decks.loader import load_deck

WriteDeck = Callable[..., Path]  # the write_deck fixture (conftest.py)


def test_a_deck_loads_without_o_nonblock(
    write_deck: WriteDeck, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_deck()
    monkeypatch.delattr(os, "O_NONBLOCK")
    loaded = load_deck(path)
    assert loaded.ok, loaded.problems
    assert loaded.deck is not None and len(loaded.deck.cards) == 2
