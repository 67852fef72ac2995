"""The key of the room's first picture: what a start shows first, named by what it starts from.

A start whose first frame is a card keeps a picture of that frame (`ui/room/first_picture.py`).
The next start shows it at once, before the kiosk's own modules are loaded, if and only if it
starts from the same things: the same code, fonts and translations, the same content files byte
for byte, the same settings file and room state, the same options, the same screen and the same
locale. Any difference changes the key, and a picture kept under another key is not shown: it
could be the wrong card. Nothing here knows Qt.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

FORMAT = "kompas-first-picture 1"  # a change in what the key holds: every old picture is stale
# What the language, the scale and the fonts of the first frame also depend on.
ENVIRONMENT = (
    "LC_ALL",
    "LC_MESSAGES",
    "LANGUAGE",
    "LANG",
    "QT_QPA_PLATFORM",
    "QT_SCALE_FACTOR",
    "QT_SCREEN_SCALE_FACTORS",
    "QT_ENABLE_HIGHDPI_SCALING",
    "QT_SCALE_FACTOR_ROUNDING_POLICY",
    "QT_FONT_DPI",
)


def picture_key(parts: Mapping[str, str | bytes]) -> str:
    """One name for all of `parts` (their names and values, in any order given)."""
    digest = hashlib.sha256(FORMAT.encode())
    for name in sorted(parts):
        value = parts[name]
        data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogateescape")
        digest.update(f"\0{name}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()


def environment(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    return "\n".join(f"{name}={env.get(name, '')}" for name in ENVIRONMENT)


def file_bytes(path: Path) -> bytes:
    """A file's bytes; a missing or unreadable file reads as a marker that no file has."""
    try:
        return b"present\n" + path.read_bytes()
    except OSError:
        return b"absent"


def content_digest(folders: Iterable[Path]) -> str:
    """Every file under the content folders, by name and bytes: a changed card changes it."""
    digest = hashlib.sha256()
    for folder in folders:
        digest.update(f"\0folder {folder}\0".encode("utf-8", "surrogateescape"))
        for path in _files(folder):
            digest.update(f"\0{path.relative_to(folder)}\0".encode("utf-8", "surrogateescape"))
            digest.update(file_bytes(path))
    return digest.hexdigest()


def code_stamp(folders: Iterable[Path]) -> str:
    """Every file of the kiosk's code and assets by name, size and time of change (reading
    their bytes would cost more than the picture saves; an installed kiosk's files change
    only with an update, which rewrites them)."""
    lines = []
    for folder in folders:
        for path in _files(folder):
            try:
                stat = path.stat()
            except OSError:
                continue
            lines.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return "\n".join(lines)


def _files(folder: Path) -> list[Path]:
    """The files under `folder` in a stable order, without Python's bytecode caches."""
    found: list[Path] = []
    stack = [folder]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    stack.append(Path(entry.path))
            elif entry.is_file():
                found.append(Path(entry.path))
    return sorted(found)
