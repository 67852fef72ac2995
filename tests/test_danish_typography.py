"""Danish typography in every Danish message: a decimal comma, never a decimal point, and
Danish quotation marks („…“) where something is quoted. Straight quotes stay only where they are
code to type (a YAML value: `number: "07"`). Scans the Danish side of every `Text` in the code,
every Danish source string of the UI (`tr`, `translate`) and every source in the .ts file."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kompas_kiosk.core.i18n import Text, decimal

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kompas_kiosk"
TS = PACKAGE / "i18n" / "kompas_kiosk_en.ts"
DECIMAL_POINT = re.compile(r"\d\.\d")
YAML_VALUE = re.compile(r'\w+: "[^"]*"')  # code to type, quotes and all
QUOTED = re.compile(r"(?<![\w'])'[^'\n]+'(?![\w])")  # 'like this', not id'et


def _text_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def danish_strings() -> list[tuple[str, str]]:
    """(where, text) for each Danish message in the code and the .ts."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = {"Text": 0, "tr": 0, "translate": 1, "Binding": 3}.get(name)  # a key's help
            if index is None or len(node.args) <= index:
                continue
            text = _text_of(node.args[index])
            if text:
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", text))
    for source in ET.parse(TS).iter("source"):
        found.append((TS.name, source.text or ""))
    return found


STRINGS = danish_strings()


def test_the_scan_finds_the_messages():
    assert len(STRINGS) > 500
    assert any("kortsæt" in text for _, text in STRINGS)


@pytest.mark.parametrize("rule", ["decimal point", "straight double quotes", "straight quotes"])
def test_danish_messages_are_set_the_danish_way(rule):
    def breaks(text: str) -> bool:
        if rule == "decimal point":
            return bool(DECIMAL_POINT.search(text))
        if rule == "straight double quotes":
            return '"' in YAML_VALUE.sub("", text)
        return bool(QUOTED.search(text))

    wrong = [f"{where}: {text}" for where, text in STRINGS if breaks(text)]
    assert wrong == [], f"{rule} in Danish text (use „…“ and a decimal comma):\n" + "\n".join(wrong)


def test_a_number_with_decimals_is_written_with_a_comma_in_danish():
    assert decimal(0.5, "da") == "0,5" and decimal(0.5, "en") == "0.5"
    assert decimal(12.0, "da") == "12"
    said = Text("filen er {size} MB", "the file is {size} MB")
    assert said.format("da", size=12.5) == "filen er 12,5 MB"
    assert said.format("en", size=12.5) == "the file is 12.5 MB"
    assert said.format("da", size="1.2.3") == "filen er 1.2.3 MB", "a text is left as it is"


def test_a_file_too_large_says_its_size_with_a_comma(tmp_path, monkeypatch):
    from kompas_kiosk.core.decks import loader

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 1024 * 1024)
    deck = tmp_path / "stor" / "deck.yaml"
    deck.parent.mkdir()
    deck.write_bytes(b"#" * int(1.5 * 1024 * 1024))
    problem = loader.load_deck(deck).problems[0]
    assert "(1,5 MB; højst 1 MB)" in problem.format("da")
    assert "(1.5 MB; at most 1 MB)" in problem.format("en")
