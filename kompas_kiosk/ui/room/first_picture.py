"""The room's first picture, kept in the cache folder: written after a start whose first frame is
a still card, shown by the next start with the same key (`core/room/first_picture.py`) in a
`PictureWindow` while the room is built.

Raw pixels, not PNG: decoding a 1920x1080 PNG takes ~30 ms, as long as the picture saves, while
reading its 8 MB takes a few. One picture is kept, the last start's: a start under another key
finds none and builds the room as before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QImage, QScreen

if TYPE_CHECKING:
    from kompas_kiosk.ui.room.picture_window import PictureWindow
    from kompas_kiosk.ui.room.window import RoomWindow

log = logging.getLogger(__name__)

NAME = "first-picture.pixels"
MAGIC = b"kompas-first-picture"
MAX_HEADER = 256


def load(cache: Path, key: str) -> QImage | None:
    """The picture kept under `key`, or None (another key, none kept, or a damaged file)."""
    try:
        with open(cache / NAME, "rb") as file:
            header = file.readline(MAX_HEADER).split()
            if len(header) != 6 or header[0] != MAGIC or header[1] != key.encode("ascii"):
                return None
            width, height, stride = (int(value) for value in header[2:5])
            ratio = float(header[5])
            pixels = file.read()
    except (OSError, ValueError, UnicodeError):
        return None
    if width <= 0 or height <= 0 or stride < 4 * width or len(pixels) != stride * height:
        return None
    if not 0.5 <= ratio <= 8:
        return None
    image = QImage(pixels, width, height, stride, QImage.Format.Format_RGB32)  # holds `pixels`
    image.setDevicePixelRatio(ratio)
    return image


def save(cache: Path, key: str, image: QImage) -> bool:
    """Keep `image` under `key` in place of the picture kept so far (written whole, then
    renamed: a crash leaves the old picture or none, never half of one)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    header = b" ".join(
        (
            MAGIC,
            key.encode("ascii"),
            str(image.width()).encode(),
            str(image.height()).encode(),
            str(image.bytesPerLine()).encode(),
            repr(float(image.devicePixelRatio())).encode(),
        )
    )
    part = cache / (NAME + ".part")
    try:
        cache.mkdir(parents=True, exist_ok=True)
        with open(part, "wb") as file:
            file.write(header + b"\n")
            file.write(image.constBits())
        os.replace(part, cache / NAME)
    except OSError as error:
        log.info("the first picture is not kept: %s", error)
        with contextlib.suppress(OSError):
            part.unlink()
        return False
    return True


def forget(cache: Path) -> None:
    with contextlib.suppress(OSError):
        (cache / NAME).unlink()


def still(window: RoomWindow) -> tuple[object, ...]:
    """What the room shows, to tell whether anything has changed it since the start."""
    return (window.controller.view, *window.card_view.current(), window.toast.isVisible())


def keep(window: RoomWindow, cache: Path, key: Key, at_start: tuple[object, ...]) -> None:
    """After the first frame: keep it for the next start with the same key, if it is a still
    card that no key, toast or countdown has changed since the room was built (otherwise the
    next start could show something this one did not start with). Another first frame (the
    exercise's running time, a slide) is not kept, and an older picture goes."""
    from kompas_kiosk.core.room.views import View

    if window.screen() is not key.screen or window.windowHandle() is None:
        forget(cache)  # the key was made for another screen
        return
    if still(window) != at_start or window.controller.view is not View.CARD:
        forget(cache)
        return
    if window.card_view.is_turning() or window.card_view.badge() or window.toast.isVisible():
        forget(cache)
        return
    save(cache, key.name, window.grab().toImage())


class Key(NamedTuple):
    """A start's first frame by what it is made of, and the screen it is made for."""

    name: str
    screen: QScreen


def start_key(
    *,
    code: list[Path],
    content: list[Path],
    settings: Path,
    state: Path | None,
    options: str,
    screen: QScreen,
) -> Key:
    """The key of this start's first frame: everything it is made of (`state` None: the room
    starts where it is told, not where it was)."""
    from kompas_kiosk.core.room import first_picture as parts

    geometry = screen.geometry()
    name = parts.picture_key(
        {
            "code": parts.code_stamp(code),
            "python": f"{sys.executable} {sys.version}",
            "content": parts.content_digest(content),
            "settings": parts.file_bytes(settings),
            "state": parts.file_bytes(state) if state is not None else b"not read",
            "options": options,
            "screen": f"{screen.name()} {geometry.getRect()} {screen.devicePixelRatio()}",
            "environment": parts.environment(),
        }
    )
    return Key(name, screen)


def show(cache: Path, key: Key, place: Callable[[PictureWindow], object]) -> PictureWindow | None:
    """The picture kept under `key`, placed (on the room's screen) and painted now, before the
    room is built; None when there is none."""
    image = load(cache, key.name)
    if image is None:
        return None
    from kompas_kiosk.ui.room.picture_window import PictureWindow

    picture = PictureWindow(image)
    place(picture)
    until_painted(picture)
    return picture


def take_over(window: RoomWindow, picture: PictureWindow | None, cache: Path, key: Key) -> None:
    """The room is built: the keys pressed on the picture go to it, and the picture goes with
    its first frame. Without a picture, this start's first frame is kept for the next start
    (first of all the work after the first frame, before a key can change what it shows)."""
    if picture is not None:
        picture.hand_over(window.keys.press)
        window.after_first_frame(lambda: close(picture, window))
        return
    at_start = still(window)
    window.after_first_frame(lambda: keep(window, cache, key, at_start), first=True)


def until_painted(picture: PictureWindow, seconds: float = 0.5) -> None:
    """Let Qt show and paint the picture now (the window system's expose comes through the
    event loop), before the room is built; a key pressed meanwhile is held by the picture."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    QTimer.singleShot(round(seconds * 1000), picture, picture.update)  # wakes the wait below
    deadline = time.monotonic() + seconds
    while not picture.painted and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def close(picture: PictureWindow, window: RoomWindow) -> None:
    """The room's first frame is up: the picture goes, and the room has the keys."""
    picture.close()
    picture.deleteLater()
    window.activateWindow()
