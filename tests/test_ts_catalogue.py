"""The English catalogue (kompas_kiosk_en.ts) holds what the code asks for, where it asks: Qt looks
a tr() up under the class's own name, so a message under another context is never shown (the
reload toast stayed Danish in English under a context 'window'), and a message no code asks for
any more is dead weight that a translator would still keep up."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kompas_kiosk"
TS = PACKAGE / "i18n" / "kompas_kiosk_en.ts"


def asked_for() -> set[tuple[str, str]]:
    """(context, source) of every tr() and translate() with literal text in the code: a tr()'s
    context is its class (a tr() outside a class is not looked for)."""
    asked: set[tuple[str, str]] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        owner = {id(call): cls.name for cls in classes for call in ast.walk(cls)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            texts = [a.value if isinstance(a, ast.Constant) else None for a in call.args]
            if name == "tr" and isinstance(texts[0], str) and id(call) in owner:
                asked.add((owner[id(call)], texts[0]))
            elif name == "translate" and len(texts) > 1 and isinstance(texts[1], str):
                asked.add((str(texts[0]), texts[1]))
    return asked


def catalogue() -> set[tuple[str, str]]:
    text = TS.read_text(encoding="utf-8")
    found = set()
    for name, body in re.findall(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for source in re.findall(r"<source>(.*?)</source>", body, re.S):
            found.add((name, html.unescape(source)))
    return found


def test_every_translation_is_asked_for_under_its_context():
    unused = sorted(catalogue() - asked_for())
    assert unused == [], "in the .ts but asked for by no code under that context:\n" + "\n".join(
        f"{context}: {source[:70]}" for context, source in unused
    )


def test_every_message_the_code_asks_for_has_a_translation():
    missing = sorted(asked_for() - catalogue())
    assert missing == [], "asked for but not in the .ts:\n" + "\n".join(
        f"{context}: {source[:70]}" for context, source in missing
    )
