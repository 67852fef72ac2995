"""Leave out of the bundle the shared libraries nothing in it loads (used by kompas-kiosk.spec).

PyInstaller's Qt hooks collect whole plug-in folders and every library those plug-ins link to.
The spec first drops the plug-ins the kiosk never loads (the virtual keyboard drags in QtQuick
and QML; the GTK theme drags in the build machine's GTK); `prune` then keeps only the libraries
still reachable through ELF `DT_NEEDED` from what stays: the Python extension modules, the
Python library and the kept plug-ins (which Qt loads with dlopen, so they are roots too).

Linux only (ELF). A file that cannot be read as 64-bit little-endian ELF stops the pruning
altogether: better a bigger bundle than one that cannot start.
"""

from __future__ import annotations

import posixpath
import struct
from collections.abc import Iterable
from pathlib import Path, PurePath

PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_NEEDED, DT_STRTAB = 0, 1, 5

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (name in the bundle, source, type)


def elf_needed(path: str | Path) -> list[str] | None:
    """The DT_NEEDED names of a 64-bit little-endian ELF file; None when it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _, p_offset, p_vaddr, _, p_filesz, _, _ = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + i * phentsize
        )
        if p_type == PT_LOAD:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == PT_DYNAMIC:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []  # statically linked: needs nothing

    def offset(vaddr: int) -> int | None:
        for start, file_offset, size in loads:
            if start <= vaddr < start + size:
                return vaddr - start + file_offset
        return None

    needed, strtab = [], None
    for pos in range(dynamic[0], dynamic[0] + dynamic[1], 16):
        tag, value = struct.unpack_from("<qQ", data, pos)
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            needed.append(value)
        elif tag == DT_STRTAB:
            strtab = offset(value)
    if strtab is None:
        return None
    names = []
    for index in needed:
        end = data.index(b"\0", strtab + index)
        names.append(data[strtab + index : end].decode("utf-8", "replace"))
    return names


def is_root(entry: Entry) -> bool:
    """What is loaded by something other than DT_NEEDED: Python imports extension modules,
    the bootloader opens libpython, Qt opens its plug-ins."""
    name, _, kind = entry
    parts = PurePath(name).parts
    base = parts[-1]
    return kind == "EXTENSION" or base.startswith("libpython") or "plugins" in parts


def prune(binaries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]] | None:
    """(kept, dropped); None when some binary could not be read (then keep them all)."""
    binaries = list(binaries)
    by_base: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_base.setdefault(PurePath(entry[0]).name, []).append(entry)
    needs: dict[str, list[str]] = {}
    for entry in binaries:
        if entry[2] == "SYMLINK":
            continue
        found = elf_needed(entry[1])
        if found is None:
            return None
        needs[PurePath(entry[0]).name] = found
    reached: set[str] = set()
    todo = [PurePath(e[0]).name for e in binaries if e[2] != "SYMLINK" and is_root(e)]
    while todo:
        base = todo.pop()
        if base in reached:
            continue
        reached.add(base)
        todo.extend(n for n in needs.get(base, []) if n in by_base and n not in reached)

    def wanted(entry: Entry) -> bool:
        names = {PurePath(entry[0]).name}
        if entry[2] == "SYMLINK":  # (link, its target, "SYMLINK"): kept with its target
            names.add(PurePath(entry[1]).name)
        return bool(names & reached)

    kept = [e for e in binaries if wanted(e)]
    dropped = [e for e in binaries if not wanted(e)]
    return kept, dropped


def dangling_symlinks(entries: Iterable[Entry], present: set[str]) -> list[Entry]:
    """The SYMLINK entries whose target (relative to the link's folder) is not in `present`,
    the names in the bundle of every file that stays."""
    dangling = []
    for entry in entries:
        if entry[2] != "SYMLINK":
            continue
        link = PurePath(entry[0]).as_posix()
        target = posixpath.normpath(posixpath.join(posixpath.dirname(link), entry[1]))
        if target not in present:
            dangling.append(entry)
    return dangling
