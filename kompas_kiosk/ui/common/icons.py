"""Icons from QtAwesome's Material Design Icons 6 font (offline; nothing is downloaded).

Every icon the kiosk draws is an `mdi6.` one, so only that font of QtAwesome's twelve is loaded
(and bundled: packaging/kompas-kiosk.spec ships `FONT_FILES` alone), not all of them as
`qtawesome.icon` does on its first call. QtAwesome costs about 0.1 s to import (qtpy, QtOpenGL),
so it is imported on the first icon, never on the way to the first card. Every icon is drawn once
per name, colour and size and kept.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPixmap

if TYPE_CHECKING:
    from qtawesome.iconic_font import IconicFont

log = logging.getLogger(__name__)

PREFIX = "mdi6"
FONT_FILES = "materialdesignicons6-webfont-"  # the font and its charmap, in qtawesome/fonts

DECK = "mdi6.cards-outline"
WARNING = "mdi6.alert-outline"
PLAY = "mdi6.play"
PAUSE = "mdi6.pause"
RESET = "mdi6.restore"
SOUND_ON = "mdi6.volume-high"
SOUND_OFF = "mdi6.volume-off"


@lru_cache(maxsize=128)
def pixmap(name: str, color: str, size: int) -> QPixmap | None:
    """The icon `name` in `color` (a '#rrggbb' name), `size` pixels square; None when the icon
    font cannot be loaded (the view then simply draws no icon)."""
    try:
        return _font().icon(name, color=QColor(color)).pixmap(size, size)
    except Exception as error:  # noqa: BLE001 - an icon is never worth a crash
        log.warning("the icon %s cannot be drawn: %s", name, error)
        return None


@lru_cache(maxsize=1)
def _font() -> IconicFont:
    """QtAwesome's painter with the one font the icons above use."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    fonts = Path(qtawesome.__file__).parent / "fonts"
    ttf = next(fonts.glob(f"{FONT_FILES}[0-9]*.ttf"))
    charmap = next(fonts.glob(f"{FONT_FILES}charmap-*.json"))
    return IconicFont((PREFIX, ttf.name, charmap.name))
