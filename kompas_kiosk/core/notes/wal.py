"""Reading SQLite's write-ahead log by hand, to rebuild a database SQLite would cut short.

SQLite replays a ``-wal`` only up to its first bad frame and then forgets the rest, and with an
empty or missing main file beside it, it deletes the log unread. Here the log is read as the
file format says (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header (magic,
version, page size, checkpoint number, two salts, a checksum of the header), then frames of a
24-byte header (page number, the database size in pages on a commit frame, the salts, a
cumulative checksum) and one page. A frame belongs to the log when its salts are the header's;
it is sound when its checksum, continued from the stored checksum of the frame before it,
matches. Continuing from the *stored* value lets the frames after one damaged frame be checked
too, so a single bad frame costs one page, not the rest of the log.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
_MAGIC = {0x377F0682: False, 0x377F0683: True}  # magic -> checksum words are big-endian
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class Frame:
    index: int
    page: int
    commit_size: int  # the database's size in pages after this frame; 0: not a commit frame
    sound: bool
    offset: int  # where the page's bytes start in the log
    salted: bool  # carries the log's salts (a bad checksum then means a damaged page or field)


@dataclass(frozen=True)
class Scan:
    """The frames of one log that carry its salts, in order, sound or not."""

    page_size: int
    frames: tuple[Frame, ...]

    @property
    def prefix(self) -> int:
        """How many frames SQLite itself replays: up to the last commit before a bad frame."""
        end = 0
        for frame in self.frames:
            if not frame.sound:
                break
            if frame.commit_size:
                end = frame.index + 1
        return end

    @property
    def last_commit(self) -> int:
        """How many frames there are up to the last sound commit frame, bad ones included."""
        ends = [f.index + 1 for f in self.frames if f.sound and f.commit_size]
        return max(ends, default=0)

    @property
    def damaged(self) -> bool:
        """Whether sound commits follow a bad frame: SQLite would lose them."""
        return self.last_commit > self.prefix


def checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def scan(data: bytes) -> Scan | None:
    """The log's frames, or None when its header is not a sound WAL header."""
    if len(data) < HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER])
    if magic not in _MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big = _MAGIC[magic]
    if checksum(data[:24], 0, 0, big) != (c1, c2):
        return None
    frames: list[Frame] = []
    stored = (c1, c2)
    offset = HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        head = data[offset : offset + FRAME_HEADER]
        page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        body = offset + FRAME_HEADER
        computed = checksum(head[:8] + data[body : body + page_size], *stored, big)
        salted = (f_salt1, f_salt2) == (salt1, salt2)
        sound = salted and computed == (f_c1, f_c2) and page > 0
        frames.append(Frame(len(frames), page, commit, sound, body, salted and page > 0))
        stored = (f_c1, f_c2)
        offset = body + page_size
    while frames and not frames[-1].sound:  # a torn tail, or frames of an older log
        frames.pop()
    return Scan(page_size, tuple(frames))


def rebuild(main: Path, log: Path, target: Path, *, whole: bool, damaged: bool = False) -> bool:
    """Write to `target` the database that `main` plus the log's frames make, up to SQLite's
    own stopping point (`whole` False) or up to the last sound commit, skipping bad frames
    (`whole` True; with `damaged`, a bad frame that carries the log's salts is taken as it is,
    one wrong byte in a page being better than the page's older version). Returns False when
    the log has nothing to replay. The result is marked as a rollback-journal database, so it
    opens without a log of its own."""
    found = scan(log.read_bytes()) if log.exists() else None
    if found is None:
        return False
    end = found.last_commit if whole else found.prefix
    if end == 0:
        return False
    pages: dict[int, int] = {}
    size = 0
    for frame in found.frames[:end]:
        if frame.sound or (damaged and frame.salted):
            pages[frame.page] = frame.offset
            if frame.commit_size:
                size = frame.commit_size
    page_size = found.page_size
    base = main.read_bytes() if main.exists() else b""
    with log.open("rb") as source, target.open("wb") as out:
        out.write(base[: size * page_size])
        for page, offset in sorted(pages.items()):
            if page > size:
                continue
            source.seek(offset)
            out.seek((page - 1) * page_size)
            out.write(source.read(page_size))
        out.truncate(size * page_size)
        if size:
            out.seek(18)
            out.write(b"\x01\x01")  # file format read/write versions: rollback journal
        out.flush()
        os.fsync(out.fileno())
    return True
