"""The JSON Schemas of `programme.yaml` and of its translations (`programme.en.yaml`), generated
from the programme spec, for authors' editors.

Regenerate the committed copies after changing the spec:

    python -m kompas_kiosk.core.programmes.schema \
        content/programme.schema.json content/programme-translation.schema.json

A file named `programme-translation.schema.json` gets the translation's schema, any other the
programme's.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kompas_kiosk.core.decks.schema import editor_schema
from kompas_kiosk.core.programmes.spec import ProgrammeSpec, ProgrammeTranslationSpec

TITLE = "Kompas Kiosk programme (programme.yaml)"
DESCRIPTION = (
    "Et program til Kompas Kiosk: en workshop eller et oplæg som trin med planlagte minutter. "
    "Se content/README.md. / A programme for Kompas Kiosk: a workshop or a talk as steps with "
    "planned minutes. See content/README.md."
)
TRANSLATION_FILE = "programme-translation.schema.json"
TRANSLATION_TITLE = (
    "Kompas Kiosk programme translation (programme.<sprog>.yaml, e.g. programme.en.yaml)"
)
TRANSLATION_DESCRIPTION = (
    "En oversættelse af et program: programmets tekster på et andet sprog, trin for trin. Se "
    "content/README.md. / A translation of a programme: its texts in another language, step by "
    "step. See content/README.md."
)


def programme_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a programme file, with the keys as written."""
    return editor_schema(ProgrammeSpec, TITLE, DESCRIPTION)


def translation_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a programme's translation file."""
    return editor_schema(ProgrammeTranslationSpec, TRANSLATION_TITLE, TRANSLATION_DESCRIPTION)


def schema_text(translation: bool = False) -> str:
    """A schema as the committed file holds it: pretty, sorted keys, ending with a newline."""
    schema = translation_schema() if translation else programme_schema()
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    text = schema_text(translation=path.name == TRANSLATION_FILE)
    path.write_text(text, encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kompas_kiosk.core.programmes.schema [FILE …]`: write each file's schema, or
    print the programme's."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        sys.stdout.write(schema_text())
        return 0
    for arg in args:
        write_schema(Path(arg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
