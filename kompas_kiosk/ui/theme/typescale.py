"""The bundled fonts (Inter, with Noto behind it) and the type scale of the room screen.

Inter has no Arabic and no emoji: ``load_fonts`` registers Noto Sans Arabic and the monochrome
Noto Emoji (``FALLBACKS``, made by tools/make_fallback_fonts.py) as Inter's substitutes, so a
note in Arabic or with emoji is drawn, on screen and in the PDF, without the machine's fonts.

Sizes are in units of 1% of the screen's short side: the same panel turned to portrait has the same
pixels per millimetre, so text legible at a distance in landscape stays legible in portrait.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FAMILY = "Inter"
_FONT_FILES = (
    "Inter-Regular.otf",
    "Inter-Italic.otf",
    "Inter-Medium.otf",
    "Inter-SemiBold.otf",
    "Inter-SemiBoldItalic.otf",
    "Inter-Bold.otf",
    "Inter-BoldItalic.otf",
)
FALLBACKS = ("Noto Sans Arabic", "Noto Emoji")  # tried in this order for what Inter lacks
_FALLBACK_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoEmoji-Regular.ttf")

# The type scale, in units of 1% of the short side of the screen.
FLOOR = 2.5  # no text on the room screen is smaller than this
BODY_MAX = 3.8
HEADING = 3.0
TITLE = 7.0
TITLE_MIN = 4.5
QUESTION = 5.0
QUESTION_MIN = 3.2
FOOTER = FLOOR
BADGE = 4.0  # the countdown in the card's footer during group work (43 px at 1080p)
POSTER_TITLE = 13.0  # a card of title and question only: a short title
POSTER_TITLE_LONG = 9.0  # a title of 14 letters or more
POSTER_QUESTION = 5.6

# Views on the room's background.
VIEW_HEADING = 6.0  # the deck chooser's, the overview's and the help overlay's heading
MESSAGE_HEADING = 5.5  # a message's heading ("Kortsættet kunne ikke læses")
HINT = 3.0  # what to do next: a message's hint, the overview's page label
TILE_TITLE = 4.2  # a deck's title on its tile
HELP_SIZES = (3.5, 3.25, 3.0, 2.75, FLOOR)  # the help table's text sizes, largest first

# The PIN pad.
PIN_TITLE = 4.2
PIN_KEY = 4.6  # the digits on the keys
PIN_ACTION = 3.2  # "OK" and "Annuller"


def load_fonts(fonts_dir: Path) -> list[str]:
    """Register the bundled fonts, the fallbacks as Inter's substitutes; return the files that
    could not be loaded."""
    failed = []
    for name in (*_FONT_FILES, *_FALLBACK_FILES):
        if QFontDatabase.addApplicationFont(str(fonts_dir / name)) < 0:
            failed.append(name)
    missing = [family for family in FALLBACKS if family not in QFont.substitutes(FAMILY)]
    if missing:
        QFont.insertSubstitutions(FAMILY, missing)
    return failed


def font(
    pixel_size: float, weight: QFont.Weight = QFont.Weight.Normal, italic: bool = False
) -> QFont:
    result = QFont(FAMILY)
    result.setPixelSize(max(1, round(pixel_size)))
    result.setWeight(weight)
    result.setItalic(italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    result.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return result
