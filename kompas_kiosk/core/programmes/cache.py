"""A cache of validated programmes, so the kiosk starts without YAML or pydantic (as decks do,
`core/decks/cache.py`).

Keyed by the exact bytes of the programme file and of its translations, the shape of the model,
and what the card references were checked against (each deck's id, card numbers and whether it
has an exercise): any change misses and validates afresh. Only clean programmes (no problem, no
translation left out) are cached. A cache that cannot be read or written is no error: the
programme is simply validated.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from kompas_kiosk import __version__
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.programmes.model import (
    Break,
    CardRef,
    ExerciseRef,
    LoadedProgramme,
    Panel,
    Part,
    Programme,
    Share,
    Slide,
    Step,
)

log = logging.getLogger(__name__)

_PARTS: dict[str, type[Part]] = {
    cls.kind: cls for cls in (Slide, CardRef, ExerciseRef, Share, Break)
}
_CLASSES = (Programme, Step, Panel, *_PARTS.values())
_SHAPE = ";".join(",".join(f.name for f in fields(cls)) for cls in _CLASSES)
_TAG = f"kompas-kiosk {__version__} programme-cache 1 {_SHAPE}".encode()


def decks_seen(decks: Mapping[str, Deck] | None) -> bytes:
    """What a programme's references are checked against, as bytes for the key."""
    if decks is None:
        return b"no decks"
    seen = [
        (deck_id, [card.number for card in deck.cards], deck.exercise is not None)
        for deck_id, deck in sorted(decks.items())
    ]
    return json.dumps(seen).encode()


class ProgrammeCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def key(self, raw: bytes, translations: Sequence[tuple[str, bytes]], decks: bytes) -> str:
        digest = hashlib.sha256(_TAG)
        for part in (raw, decks, *(lang.encode() + b"\0" + data for lang, data in translations)):
            digest.update(b"\0" + str(len(part)).encode() + b"\0" + part)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / f"programme-{key}.json"

    def get(self, path: Path, key: str) -> LoadedProgramme | None:
        try:
            data = json.loads(self._file(key).read_text(encoding="utf-8"))
            return LoadedProgramme(
                path,
                programme_from_dict(data["programme"]),
                id_line=data["id_line"],
                translations=tuple(programme_from_dict(item) for item in data["translations"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            log.info("ignoring a cached programme that cannot be used: %s", error)
            return None

    def put(self, key: str, loaded: LoadedProgramme) -> None:
        if not loaded.ok or loaded.translation_problems or loaded.programme is None:
            return
        data = {
            "programme": programme_to_dict(loaded.programme),
            "id_line": loaded.id_line,
            "translations": [programme_to_dict(item) for item in loaded.translations],
        }
        target = self._file(key)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
            os.replace(temporary, target)
        except OSError as error:
            log.info("could not cache the programme %s in %s: %s", loaded.path, self.folder, error)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    data = asdict(programme)
    data["steps"] = [
        {"minutes": step.minutes, "kind": step.part.kind, "part": asdict(step.part)}
        for step in programme.steps
    ]
    return data


def programme_from_dict(data: dict[str, Any]) -> Programme:
    steps = tuple(
        Step(step["minutes"], _part(step["kind"], step["part"])) for step in data["steps"]
    )
    return Programme(**{**data, "steps": steps})


def _part(kind: str, data: dict[str, Any]) -> Part:
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name in ("columns", "cells"):
            value = tuple(Panel(**{**panel, "items": tuple(panel["items"])}) for panel in value)
        elif isinstance(value, list):
            value = tuple(value)
        values[name] = value
    return _PARTS[kind](**values)
