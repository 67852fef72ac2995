"""Print the package-level import graph of kompas_kiosk as a Mermaid diagram.

docs/architecture.md embeds the output between `<!-- graph:start -->` and `<!-- graph:end -->`;
tests/test_architecture.py fails when the picture no longer matches the code. Regenerate with

    .venv/bin/python tools/import_graph.py --write docs/architecture.md
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import grimp

ROOT = "kompas_kiosk"
START, END = "<!-- graph:start -->", "<!-- graph:end -->"


def package_of(module: str) -> str:
    """The box a module is drawn in: `core.decks`, `ui.room`, `cli`, `app`."""
    parts = module.split(".")[1:]
    if not parts:
        return ROOT
    if parts[0] in ("core", "ui") and len(parts) > 1:
        name = parts[1]
        # A module directly in core/ or ui/ (core/i18n.py, core/resources.py) is drawn as itself.
        return f"{parts[0]}.{name}"
    return parts[0]


def edges() -> list[tuple[str, str]]:
    graph = grimp.build_graph(ROOT, exclude_type_checking_imports=False)
    found: set[tuple[str, str]] = set()
    for module in graph.modules:
        source = package_of(module)
        for imported in graph.find_modules_directly_imported_by(module):
            target = package_of(imported)
            # The root package holds only the version number: not a box of its own.
            if target != source and {source, target}.isdisjoint({ROOT, "__main__"}):
                found.add((source, target))
    return sorted(found)


def mermaid() -> str:
    lines = ["```mermaid", "flowchart TD"]
    layers = {"cli": [], "app": [], "ui": [], "core": []}
    nodes = sorted({n for edge in edges() for n in edge})
    for node in nodes:
        layers.get(node.split(".")[0], layers["core"]).append(node)
    for layer, members in layers.items():
        if not members:
            continue
        lines.append(f"  subgraph {layer}")
        lines.extend(f"    {_id(n)}[{n}]" for n in members)
        lines.append("  end")
    lines.extend(f"  {_id(a)} --> {_id(b)}" for a, b in edges())
    lines.append("```")
    return "\n".join(lines)


def _id(node: str) -> str:
    return re.sub(r"\W", "_", node)


def embed(doc: str) -> str:
    head, _, rest = doc.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{mermaid()}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, metavar="DOC", help="update the diagram in DOC")
    args = parser.parse_args()
    if args.write is None:
        print(mermaid())
        return 0
    text = args.write.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{args.write}: no {START} … {END} markers", file=sys.stderr)
        return 1
    args.write.write_text(embed(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
