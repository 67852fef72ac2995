"""How large text must be in a room: AVIXA DISCAS basic decision making, in plain numbers.

DISCAS (ANSI/AVIXA V202.01:2016) asks, for *basic decision making* (reading a text well enough
to act on it), that the smallest element to be read is at least 1/200 of the farthest viewer's
distance: 40 mm from 8 m. A room is given as `"65in,8m"`: the screen's diagonal (inches or cm)
and the farthest viewer (m); optionally `,portrait` and an aspect such as `,16:10` (16:9 by
default). From it come the screen's height in mm and, for a screen of so many pixels, the
smallest element in pixels.

Which measure of a text is its *element height*: its **cap height**, the height of a capital
letter or a digit (as sign standards measure a character: ADA 703.5.5 by the uppercase "I").
For the bundled font, Inter, that is 0.727 of the font's pixel size (OS/2 capHeight 2048 of
2816 units per em), so a text's font size must be at least the element height / 0.727. Measured
on the lower-case x-height (0.545 em) the demand would be a third higher; measured on the whole
em (the font size itself, as DESIGN.md's "about 5% of the screen height" for 65" at 8 m does)
it would be a quarter lower.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from kompas_kiosk.core.i18n import Text

MM_PER_INCH = 25.4
DISCAS_BDM = 200  # basic decision making: distance / element height
CAP_HEIGHT_EM = 0.727  # Inter's cap height, as a share of the font size
DEFAULT_RESOLUTION = (1920, 1080)

_DIAGONAL_UNITS = {"in": MM_PER_INCH, "inch": MM_PER_INCH, '"': MM_PER_INCH, "cm": 10.0, "mm": 1.0}
_DISTANCE_UNITS = {"m": 1000.0, "cm": 10.0, "mm": 1.0}
_DIAGONAL_MM = (10 * MM_PER_INCH, 1000 * MM_PER_INCH)  # 10" to 1000"
_DISTANCE_MM = (300.0, 200_000.0)  # 0.3 m to 200 m
_QUANTITY = re.compile(r"^(?P<value>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>[a-z\"]*)$")

_MESSAGES: dict[str, Text] = {
    "parts": Text(
        "angiv skærmens diagonal og den fjerneste seer, adskilt af komma, fx "
        "„65in,8m“ eller „165cm,8m,portrait“",
        "give the screen's diagonal and the farthest viewer, separated by a comma, e.g. "
        '"65in,8m" or "165cm,8m,portrait"',
    ),
    "diagonal": Text(
        "„{value}“ er ikke en skærmdiagonal – skriv den i tommer eller cm, fx 65in eller 165cm",
        "'{value}' is not a screen diagonal – write it in inches or cm, e.g. 65in or 165cm",
    ),
    "distance": Text(
        "„{value}“ er ikke en afstand – skriv den fjerneste seers afstand i meter, fx 8m",
        "'{value}' is not a distance – write the farthest viewer's distance in metres, e.g. 8m",
    ),
    "diagonal_range": Text(
        "en diagonal på {value} er ikke en skærm – giv 10 til 1000 tommer",
        "a diagonal of {value} is not a screen – give 10 to 1000 inches",
    ),
    "distance_range": Text(
        "en afstand på {value} passer ikke til et rum – giv 0,3 til 200 m",
        "a distance of {value} does not fit a room – give 0.3 to 200 m",
    ),
    "extra": Text(
        "„{value}“ kendes ikke – skriv portrait, landscape eller et billedformat som 16:10",
        "'{value}' is not known – write portrait, landscape or an aspect such as 16:10",
    ),
    "size": Text(
        "„{value}“ er ikke en skærmopløsning – skriv BREDDExHØJDE, fx 3840x2160",
        "'{value}' is not a screen resolution – write WIDTHxHEIGHT, e.g. 3840x2160",
    ),
    "size_aspect": Text(
        "opløsningen {size} er ikke {aspect} – tilføj „,{actual}“ til rummet, eller ret "
        "opløsningen",
        "the resolution {size} is not {aspect} – add ',{actual}' to the room, or correct "
        "the resolution",
    ),
}


class RoomSpecError(ValueError):
    """A room or a resolution that cannot be read; `message(lang)` says what to write."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def message(self, lang: str = "da") -> str:
        return _MESSAGES[self.code].format(lang, **self.params)


@dataclass(frozen=True)
class Room:
    """A screen and its farthest viewer. Lengths in millimetres."""

    diagonal_mm: float
    distance_mm: float
    portrait: bool = False
    aspect: tuple[int, int] = (16, 9)  # long side : short side
    diagonal_unit: str = "in"  # as the room was given: "in" or "cm"

    @property
    def _hypotenuse(self) -> float:
        return math.hypot(*self.aspect)

    @property
    def height_mm(self) -> float:
        """The screen's height as it stands: its short side in landscape, long in portrait."""
        side = self.aspect[0] if self.portrait else self.aspect[1]
        return self.diagonal_mm * side / self._hypotenuse

    @property
    def width_mm(self) -> float:
        side = self.aspect[1] if self.portrait else self.aspect[0]
        return self.diagonal_mm * side / self._hypotenuse

    @property
    def element_mm(self) -> float:
        """DISCAS basic decision making: the smallest element, 1/200 of the farthest distance."""
        return self.distance_mm / DISCAS_BDM

    def pixels(self, resolution: tuple[int, int] = DEFAULT_RESOLUTION) -> tuple[int, int]:
        """The screen's size in pixels as it stands (a 1920x1080 panel in portrait: 1080x1920)."""
        long, short = max(resolution), min(resolution)
        return (short, long) if self.portrait else (long, short)

    def element_px(self, pixels_high: int) -> float:
        """The smallest element in pixels, on a screen `pixels_high` pixels high."""
        return self.element_mm * pixels_high / self.height_mm

    def font_px(self, pixels_high: int, measure_em: float = CAP_HEIGHT_EM) -> float:
        """The smallest font size (pixels) whose measure (cap height) is the smallest element."""
        return self.element_px(pixels_high) / measure_em

    def readable_mm(
        self, font_px: float, pixels_high: int, measure_em: float = CAP_HEIGHT_EM
    ) -> float:
        """How far away text of `font_px` can be read: 200 times its cap height."""
        return font_px * measure_em * self.height_mm / pixels_high * DISCAS_BDM

    def diagonal_needed_mm(self, font_share: float, measure_em: float = CAP_HEIGHT_EM) -> float:
        """The diagonal at which text of `font_share` of the screen's height is readable from
        the farthest viewer (the layout scales with the screen, so the share stays)."""
        height = self.element_mm / (font_share * measure_em)
        return height * self.diagonal_mm / self.height_mm

    def check_resolution(self, resolution: tuple[int, int]) -> None:
        """Raise if `resolution` does not have the room's aspect (within 1%)."""
        long, short = max(resolution), min(resolution)
        if abs(long / short - self.aspect[0] / self.aspect[1]) > 0.01 * long / short:
            divisor = math.gcd(long, short)
            actual = {(8, 5): "16:10", (64, 27): "21:9"}.get(
                (long // divisor, short // divisor), f"{long // divisor}:{short // divisor}"
            )
            raise RoomSpecError(
                "size_aspect",
                size=f"{resolution[0]}x{resolution[1]}",
                aspect=f"{self.aspect[0]}:{self.aspect[1]}",
                actual=actual,
            )


def parse_room(spec: str) -> Room:
    """A room from `"65in,8m"`, `"165cm,8m,portrait"` or `"55\\",4m,16:10"`."""
    parts = [part.strip().lower() for part in spec.split(",")]
    if len(parts) < 2 or not all(parts[:2]):
        raise RoomSpecError("parts")
    diagonal, unit = _quantity(parts[0], _DIAGONAL_UNITS, "diagonal")
    distance, _ = _quantity(parts[1], _DISTANCE_UNITS, "distance")
    if not _DIAGONAL_MM[0] <= diagonal <= _DIAGONAL_MM[1]:
        raise RoomSpecError("diagonal_range", value=parts[0])
    if not _DISTANCE_MM[0] <= distance <= _DISTANCE_MM[1]:
        raise RoomSpecError("distance_range", value=parts[1])
    portrait, aspect = False, (16, 9)
    for part in parts[2:]:
        ratio = re.fullmatch(r"([0-9]{1,2})\s*[:x]\s*([0-9]{1,2})", part)
        if part in ("portrait", "landscape"):
            portrait = part == "portrait"
        elif ratio and int(ratio[1]) > 0 and int(ratio[2]) > 0:
            first, second = int(ratio[1]), int(ratio[2])
            aspect = (max(first, second), min(first, second))
        else:
            raise RoomSpecError("extra", value=part)
    shown_unit = "cm" if unit in ("cm", "mm") else "in"
    return Room(diagonal, distance, portrait, aspect, shown_unit)


def parse_resolution(text: str) -> tuple[int, int]:
    """`"3840x2160"` → (3840, 2160)."""
    match = re.fullmatch(r"\s*([0-9]{3,5})\s*[x×]\s*([0-9]{3,5})\s*", text.lower())
    if match is None:
        raise RoomSpecError("size", value=text)
    return int(match[1]), int(match[2])


def _quantity(text: str, units: dict[str, float], code: str) -> tuple[float, str]:
    match = _QUANTITY.match(text)
    if match is None or match["unit"] not in units:
        raise RoomSpecError(code, value=text)
    return float(match["value"]) * units[match["unit"]], match["unit"]
