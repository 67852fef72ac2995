"""The JSON Schemas of `deck.yaml` and of its translations (`deck.en.yaml`), generated from the
deck model, for authors' editors.

Regenerate the committed copies after changing the model:

    python -m kompas_kiosk.core.decks.schema \
        content/deck.schema.json content/deck-translation.schema.json

A file named `deck-translation.schema.json` gets the translation's schema, any other the deck's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kompas_kiosk.core.decks.spec import DeckSpec, TranslationSpec

DRAFT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "Kompas Kiosk deck (deck.yaml)"
DESCRIPTION = (
    "Et kortsæt til Kompas Kiosk: deckets felter og dets kort. Se content/README.md. / "
    "A card deck for Kompas Kiosk: the deck's fields and its cards. See content/README.md."
)
TRANSLATION_FILE = "deck-translation.schema.json"
TRANSLATION_TITLE = "Kompas Kiosk deck translation (deck.<sprog>.yaml, e.g. deck.en.yaml)"
TRANSLATION_DESCRIPTION = (
    "En oversættelse af et kortsæt: deckets tekster på et andet sprog, kort for kort. Se "
    "content/README.md. / A translation of a deck: the deck's texts in another language, card "
    "by card. See content/README.md."
)


def editor_schema(model: type[BaseModel], title: str, description: str) -> dict[str, Any]:
    """The editors' schema of a content file's model (also the programmes')."""
    schema = model.model_json_schema(by_alias=True)
    # Authors see the parts by their names (Card, Exercise), not by our class names.
    text = json.dumps(schema).replace('Spec"', '"')
    schema = json.loads(text)
    return {"$schema": DRAFT, **schema, "title": title, "description": description}


def deck_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a deck file, with the keys as written in the file."""
    return editor_schema(DeckSpec, TITLE, DESCRIPTION)


def translation_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a translation file (`deck.en.yaml`)."""
    return editor_schema(TranslationSpec, TRANSLATION_TITLE, TRANSLATION_DESCRIPTION)


def schema_text(translation: bool = False) -> str:
    """A schema as the committed file holds it: pretty, sorted keys, ending with a newline."""
    schema = translation_schema() if translation else deck_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Write the schema its name asks for to `path` (UTF-8): the translation's to a file named
    `deck-translation.schema.json`, the deck's to any other."""
    text = schema_text(translation=path.name == TRANSLATION_FILE)
    path.write_text(text, encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kompas_kiosk.core.decks.schema [FILE …]`: write each file's schema, or print the
    deck's."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.stdout.write(schema_text())
        return 0
    for arg in args:
        write_schema(Path(arg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
