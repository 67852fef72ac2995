"""A cache of validated programmes, so the kiosk starts without the YAML parser and pydantic.

A programme is valid only together with the decks it refers to, so the key is the exact bytes
of the programme file and of each of its translations, what the check reads of the decks (their
ids, their cards' numbers, whether they have an exercise) and the shape of the model: any change
to one of them misses and validates afresh. Only clean programmes with clean translations are
cached. A cache that cannot be read or written is no error: the programme is simply validated.
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
    "slide": Slide,
    "card": CardRef,
    "exercise": ExerciseRef,
    "share": Share,
    "break": Break,
}


def _shape() -> str:
    classes = (Programme, Step, Panel, *_PARTS.values())
    return ";".join(",".join(item.name for item in fields(cls)) for cls in classes)


_TAG = f"kompas-kiosk {__version__} programme-cache 1 {_shape()}".encode()


def decks_key(decks: Mapping[str, Deck] | None) -> bytes:
    """What a programme's check reads of the decks: ids, card numbers, an exercise or none."""
    if decks is None:
        return b"no decks"
    facts = [
        (deck_id, [card.number for card in deck.cards], deck.exercise is not None)
        for deck_id, deck in sorted(decks.items())
    ]
    return json.dumps(facts, ensure_ascii=False).encode()


def _tuples(value: Any) -> Any:
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value


def _part(kind: str, data: dict[str, Any]) -> Part:
    values = {key: _tuples(value) for key, value in data.items()}
    if kind == "slide":
        for name in ("columns", "cells"):
            values[name] = tuple(
                Panel(p["title"], p["text"], tuple(p["items"])) for p in data.get(name, ())
            )
    return _PARTS[kind](**values)


def programme_to_dict(programme: Programme) -> dict[str, Any]:
    data = asdict(programme)
    data["steps"] = [
        {"minutes": step.minutes, "kind": step.kind, "part": asdict(step.part)}
        for step in programme.steps
    ]
    return data


def programme_from_dict(data: dict[str, Any]) -> Programme:
    steps = tuple(
        Step(item["minutes"], _part(item["kind"], item["part"])) for item in data["steps"]
    )
    return Programme(**{**data, "steps": steps})


class ProgrammeCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, key: Sequence[bytes]) -> Path:
        digest = hashlib.sha256(_TAG)
        for part in key:
            digest.update(b"\0%d\0" % len(part) + part)
        return self.folder / f"programme-{digest.hexdigest()}.json"

    def get(self, key: Sequence[bytes], path: Path) -> LoadedProgramme | None:
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

    def put(self, key: Sequence[bytes], loaded: LoadedProgramme) -> None:
        if loaded.programme is None or not loaded.ok or loaded.translation_problems:
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
