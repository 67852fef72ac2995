"""A screen reader's view of the kiosk: reads its accessible tree over AT-SPI, as Orca does.

Runs under the system python3 with Debian's `python3-pyatspi` (not the kiosk's venv), on the
D-Bus session the kiosk runs on. Prints JSON:

- ``tree``: the kiosk's application, each object with its role, name, description, states,
  text (for objects with the text interface) and children;
- ``focus``: the object that has the keyboard focus (role and name), or null.

``listen SECONDS`` prints, one JSON line each, what the kiosk announces (the AT-SPI
``object:announcement`` event) during that time; it prints "listening" first.

``outline`` prints the objects on show as indented lines (role, name, states), for reading.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

APP_NAME = "kompas-kiosk"
MAX_DEPTH = 14


def describe(acc: object, depth: int) -> dict[str, object]:
    states = sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    node: dict[str, object] = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": states,
    }
    try:
        text = acc.queryText()
        node["text"] = text.getText(0, -1)
    except NotImplementedError:
        pass
    if depth < MAX_DEPTH:
        children = [child for child in acc if child is not None]
        node["children"] = [describe(child, depth + 1) for child in children]
    return node


def application() -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == APP_NAME:
            return app
    return None


def focused(acc: object, depth: int = 0) -> object | None:
    state = acc.getState()
    if state.contains(pyatspi.STATE_FOCUSED):
        return acc
    if depth >= MAX_DEPTH or (depth > 1 and not state.contains(pyatspi.STATE_SHOWING)):
        return None
    for child in acc:
        if child is not None:
            found = focused(child, depth + 1)
            if found is not None:
                return found
    return None


def outline(node: dict[str, object], depth: int = 0) -> None:
    states = node["states"]
    if depth > 1 and "showing" not in states:  # type: ignore[operator]
        return
    marks = [s for s in ("focused", "selected", "checked", "pressed") if s in states]  # type: ignore[operator]
    name = node["name"] or node.get("text", "")
    print("  " * depth + f"{node['role']} {name!r}" + (f" [{', '.join(marks)}]" if marks else ""))
    for child in node.get("children", []):  # type: ignore[attr-defined]
        outline(child, depth + 1)


def listen(seconds: float) -> None:
    def heard(event: object) -> None:
        print(json.dumps({"type": event.type, "text": str(event.any_data)}), flush=True)

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    print("listening", flush=True)
    pyatspi.Registry.start()


def main(command: str) -> None:
    app = application()
    if command == "tree":
        print(json.dumps(describe(app, 0) if app is not None else None))
    elif command == "listen":
        listen(float(sys.argv[2]))
    elif command == "outline":
        if app is not None:
            outline(describe(app, 0))
    elif command == "focus":
        acc = focused(app) if app is not None else None
        node = None if acc is None else {"role": acc.getRoleName(), "name": acc.name or ""}
        print(json.dumps(node))
    else:
        raise SystemExit(f"unknown command {command!r}: tree or focus")


if __name__ == "__main__":
    main(sys.argv[1])
