"""The key table as Markdown, for the README (a test keeps the README in step)."""

from __future__ import annotations

import sys
from pathlib import Path

from kompas_kiosk.core.room.keymap import BINDINGS


def markdown_table() -> str:
    rows = [
        "| Taster / keys | Hvor / where | Gør / does |",
        "| --- | --- | --- |",
    ]
    for binding in BINDINGS:
        keys = " ".join(f"`{key}`" for key in binding.keys)
        da, en = (name.lower() for name in binding.context.label)
        rows.append(f"| {keys} | {da} / {en} | {binding.da} / {binding.en} |")
    return "\n".join(rows) + "\n"


START, END = "<!-- keys:start -->\n", "<!-- keys:end -->"


def update_readme(path: Path) -> bool:
    """Put the current table between the README's markers; True when it changed."""
    text = path.read_text(encoding="utf-8")
    start = text.index(START) + len(START)
    end = text.index(END)
    updated = text[:start] + markdown_table() + text[end:]
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    if sys.argv[1:2] == ["--update"]:
        print("updated" if update_readme(Path(sys.argv[2])) else "up to date")
    else:
        print(markdown_table(), end="")
