from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from kompas_kiosk.core.schema import DRAFT, deck_schema, main, schema_text, write_schema

REGENERATE = "python -m kompas_kiosk.core.schema content/deck.schema.json"


def test_committed_schema_matches_the_model(content_dir: Path) -> None:
    committed = (content_dir / "deck.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        f"content/deck.schema.json is out of date with the deck model; regenerate it: {REGENERATE}"
    )


def test_schema_header_and_keys_by_alias() -> None:
    schema = deck_schema()
    assert schema["$schema"] == DRAFT
    assert "Kompas Kiosk" in schema["title"]
    assert "kortsæt" in schema["description"] and "card deck" in schema["description"]
    assert "schema" in schema["required"] and "schema_version" not in schema["properties"]
    assert schema["properties"]["exercise"]["anyOf"][0] == {"$ref": "#/$defs/Exercise"}


def test_write_schema_is_pretty_sorted_utf8_with_a_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "deck.schema.json"
    assert main([str(path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and "\n  " in text and "kortsæt" in text
    assert json.loads(text) == deck_schema()
    assert list(json.loads(text)) == sorted(json.loads(text))
    write_schema(path)
    assert path.read_text(encoding="utf-8") == text


def test_bundled_decks_validate_against_the_schema(content_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for path in sorted(content_dir.glob("*/deck.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), deck_schema())
