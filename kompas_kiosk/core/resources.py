"""Where the kiosk's bundled files are: the content decks and the assets (fonts, sounds).

From a source checkout they sit beside the package; inside a PyInstaller bundle they sit in the
bundle's folder (``sys._MEIPASS``). Resolved once, by the app at start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent.parent


def content_dir() -> Path:
    return bundle_root() / "content"


def assets_dir() -> Path:
    return bundle_root() / "assets"


def translations_dir() -> Path:
    """The compiled UI translations (`kompas_kiosk_en.qm`), built from the committed .ts files."""
    return bundle_root() / "kompas_kiosk" / "i18n"
