"""Icons from QtAwesome's bundled icon fonts (offline; nothing is downloaded).

QtAwesome costs about 0.2 s to import, so it is imported on the first icon, never on the way to
the first card. Every icon is drawn once per name, colour and size and kept.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtGui import QColor, QPixmap

log = logging.getLogger(__name__)

DECK = "mdi6.cards-outline"
WARNING = "mdi6.alert-outline"
PLAY = "mdi6.play"
PAUSE = "mdi6.pause"
PLUS = "mdi6.plus"
MINUS = "mdi6.minus"
RESET = "mdi6.restore"
SOUND_ON = "mdi6.volume-high"
SOUND_OFF = "mdi6.volume-off"


@lru_cache(maxsize=128)
def pixmap(name: str, color: str, size: int) -> QPixmap | None:
    """The icon `name` in `color` (a '#rrggbb' name), `size` pixels square; None when the icon
    font cannot be loaded (the view then simply draws no icon)."""
    try:
        import qtawesome

        return qtawesome.icon(name, color=QColor(color)).pixmap(size, size)
    except Exception as error:  # noqa: BLE001 - an icon is never worth a crash
        log.warning("the icon %s cannot be drawn: %s", name, error)
        return None
