"""The key table as Markdown, for the README (a test keeps the README in step)."""

from __future__ import annotations

from kompas_kiosk.core.keymap import BINDINGS

_VIEWS = {
    "global": ("overalt", "everywhere"),
    "card": ("kort", "card"),
    "exercise": ("øvelse", "exercise"),
    "chooser": ("kortsæt-valg", "deck chooser"),
}


def markdown_table() -> str:
    rows = [
        "| Taster / keys | Hvor / where | Gør / does |",
        "| --- | --- | --- |",
    ]
    for binding in BINDINGS:
        keys = " ".join(f"`{key}`" for key in binding.keys)
        da, en = _VIEWS[binding.context]
        rows.append(f"| {keys} | {da} / {en} | {binding.da} / {binding.en} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(markdown_table(), end="")
