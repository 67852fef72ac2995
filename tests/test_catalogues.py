"""Every message core and the command line speak: both languages written, the same details.

The messages are `Text` values in each module's catalogue (a dict or a tuple of them, or a
single one); a translation that forgets a `{placeholder}` would show a different detail in one
language, so the placeholders must match.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator
from types import ModuleType

import pytest

from kompas_kiosk.core.i18n import LANGUAGES, Text

MODULES = (
    "kompas_kiosk.core.decks.problems",
    "kompas_kiosk.core.decks.check",
    "kompas_kiosk.core.room.legibility",
    "kompas_kiosk.core.room.state",
    "kompas_kiosk.core.notes.errors",
    "kompas_kiosk.core.notes.timestamps",
    "kompas_kiosk.core.handout.model",
    "kompas_kiosk.core.handout.export",
    "kompas_kiosk.cli.notes",
    "kompas_kiosk.cli.pin",
    "kompas_kiosk.cli.main",
    "kompas_kiosk.cli.smoke",
    "kompas_kiosk.ui.offscreen.render",
    "kompas_kiosk.ui.offscreen.room_check",
)


def _texts(value: object, where: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{where}[{key!r}]")
    elif isinstance(value, tuple | list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{where}[{index}]")


def _catalogue(module: ModuleType) -> list[tuple[str, Text]]:
    return [
        found
        for name, value in vars(module).items()
        if not name.startswith("__")
        for found in _texts(value, f"{module.__name__}.{name}")
    ]


def _all_texts() -> list[tuple[str, Text]]:
    return [found for name in MODULES for found in _catalogue(importlib.import_module(name))]


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


@pytest.mark.parametrize("module", MODULES)
def test_every_module_has_its_messages_as_text(module: str) -> None:
    assert _catalogue(importlib.import_module(module))


@pytest.mark.parametrize(
    "text",
    [pytest.param(text, id=where.removeprefix("kompas_kiosk.")) for where, text in _all_texts()],
)
def test_both_languages_are_written_with_the_same_placeholders(text: Text) -> None:
    assert Text._fields == LANGUAGES
    assert text.da.strip() and text.en.strip()
    assert _fields(text.da) == _fields(text.en)
