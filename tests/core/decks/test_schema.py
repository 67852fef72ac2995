from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from kompas_kiosk.core.decks.schema import (
    DRAFT,
    deck_schema,
    main,
    schema_text,
    translation_schema,
    write_schema,
)

REGENERATE = "python -m kompas_kiosk.core.decks.schema content/deck.schema.json"


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


TRANSLATION_SCHEMA = "content/deck-translation.schema.json"


def test_committed_translation_schema_matches_the_model(content_dir: Path) -> None:
    committed = (content_dir / "deck-translation.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(translation=True), (
        f"{TRANSLATION_SCHEMA} is out of date with the translation model; regenerate it: "
        f"python -m kompas_kiosk.core.decks.schema content/deck.schema.json {TRANSLATION_SCHEMA}"
    )


def test_translation_schema_header_and_parts() -> None:
    schema = translation_schema()
    assert schema["$schema"] == DRAFT and "translation" in schema["title"]
    assert "oversættelse" in schema["description"] and "translation" in schema["description"]
    assert {"schema", "translation_of", "language", "translator", "cards"} <= set(
        schema["required"]
    )
    assert set(schema["$defs"]) == {"CardTranslation", "ExerciseTranslation"}
    assert "minutes" not in schema["$defs"]["ExerciseTranslation"]["properties"]


def test_the_file_name_chooses_the_schema(tmp_path: Path) -> None:
    deck, translation = tmp_path / "deck.schema.json", tmp_path / "deck-translation.schema.json"
    assert main([str(deck), str(translation)]) == 0
    assert json.loads(deck.read_text(encoding="utf-8")) == deck_schema()
    assert json.loads(translation.read_text(encoding="utf-8")) == translation_schema()


def test_bundled_translations_validate_against_the_schema(content_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    paths = sorted(content_dir.glob("*/deck.??.yaml"))
    assert paths
    for path in paths:
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), translation_schema())
