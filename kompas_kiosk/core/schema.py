"""The JSON Schema of `deck.yaml`, generated from the deck model, for authors' editors.

Regenerate the committed copy after changing the model:

    python -m kompas_kiosk.core.schema content/deck.schema.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kompas_kiosk.core.deck_spec import DeckSpec

DRAFT = "https://json-schema.org/draft/2020-12/schema"
TITLE = "Kompas Kiosk deck (deck.yaml)"
DESCRIPTION = (
    "Et kortsæt til Kompas Kiosk: deckets felter og dets kort. Se content/README.md. / "
    "A card deck for Kompas Kiosk: the deck's fields and its cards. See content/README.md."
)


def deck_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a deck file, with the keys as written in the file."""
    schema = DeckSpec.model_json_schema(by_alias=True)
    # Authors see the parts by their names (Card, Exercise), not by our class names.
    text = json.dumps(schema).replace('Spec"', '"')
    schema = json.loads(text)
    return {"$schema": DRAFT, **schema, "title": TITLE, "description": DESCRIPTION}


def schema_text() -> str:
    """The schema as the committed file holds it: pretty, sorted keys, ending with a newline."""
    return json.dumps(deck_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    """Write the schema to `path` (UTF-8)."""
    path.write_text(schema_text(), encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kompas_kiosk.core.schema [FILE]`: write the schema to FILE, or print it."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.stdout.write(schema_text())
        return 0
    write_schema(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
