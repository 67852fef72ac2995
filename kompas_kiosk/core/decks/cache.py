"""A cache of validated decks, so the kiosk starts without parsing and validating again.

Keyed by the exact bytes of the deck file and the shape of the model: any change to the file,
or a kiosk whose model has other fields, misses and validates afresh. A translated deck is
cached under the bytes of both files and its language (the loader makes that key). Only clean
decks are cached. A cache that cannot be read or written is no error: the deck is simply validated.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

from kompas_kiosk import __version__
from kompas_kiosk.core.decks.model import Deck, shape

log = logging.getLogger(__name__)

_TAG = f"kompas-kiosk {__version__} deck-cache 2 {shape()}".encode()


class DeckCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _file(self, raw: bytes) -> Path:
        digest = hashlib.sha256(_TAG + b"\0" + raw).hexdigest()
        return self.folder / f"{digest}.json"

    def get(self, raw: bytes) -> Deck | None:
        try:
            data = json.loads(self._file(raw).read_text(encoding="utf-8"))
            return Deck.from_dict(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            log.info("ignoring a cached deck that cannot be used: %s", error)
            return None

    def put(self, raw: bytes, deck: Deck) -> None:
        target = self._file(raw)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(deck.to_dict(), ensure_ascii=False), "utf-8")
            os.replace(temporary, target)
        except OSError as error:
            log.info("could not cache the deck %s in %s: %s", deck.id, self.folder, error)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
