"""The smallest text each role of text may have in a room, from AVIXA DISCAS.

A role is what the text is for, and so who must read it:

- **Read by everyone** – the card's title, its question and its text, a programme's step and
  slide, the exercise's steps and the countdown (on the exercise and small on the card): the room
  decides and acts on them, so the farthest viewer must read them. Their element height (cap
  height) is DISCAS *basic decision making* at the farthest viewer: 1/200 of the distance
  (ANSI/AVIXA V202.01:2016, "Display Image Size for 2D Content in Audiovisual Systems", §
  Basic Decision Making; the numbers are in `legibility.py`). DISCAS's other criterion,
  *analytical decision making*, is for inspecting every pixel of an image (a drawing, a medical
  scan) and sets the screen by its resolution; nothing on a card asks that of the room.
- **Labels and footers** – the line above the title ('PRINCIP 07'), the label under the
  countdown, the deck's name and the card's place in the footer: they orient the facilitator
  and the front of the room, and nobody decides anything from them. They are read at
  basic decision making from half the farthest distance (`LABEL_SHARE`): 4 m in an 8 m room.

Sizes are font sizes in pixels for a screen whose *short side* has so many pixels: the short
side in millimetres is the same whether the panel stands or lies, so a room given as "65in,8m"
holds for a 1080x1920 picture of the same panel turned on its side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.legibility import CAP_HEIGHT_EM, DISCAS_BDM, Room

LABEL_SHARE = 0.5  # labels and footers: legible from this share of the farthest distance


class Role(Enum):
    """The roles of text on the room screen, each with the share of the room that reads it."""

    TITLE = "title"
    QUESTION = "question"
    TEXT = "text"
    STEP = "step"
    COUNTDOWN = "countdown"
    LABEL = "label"
    FOOTER = "footer"

    @property
    def share(self) -> float:
        """The share of the farthest viewer's distance this role must be read from."""
        return LABEL_SHARE if self in (Role.LABEL, Role.FOOTER) else 1.0


ROLE_NAMES: dict[Role, Text] = {
    Role.TITLE: Text("titel", "title"),
    Role.QUESTION: Text("spørgsmål", "question"),
    Role.TEXT: Text("tekst", "text"),
    Role.STEP: Text("trin", "steps"),
    Role.COUNTDOWN: Text("nedtælling", "countdown"),
    Role.LABEL: Text("mærkat", "label"),
    Role.FOOTER: Text("fodlinje", "footer"),
}


def short_side_mm(room: Room) -> float:
    """The screen's short side in millimetres (its height in landscape)."""
    return room.diagonal_mm * min(room.aspect) / math.hypot(*room.aspect)


@dataclass(frozen=True)
class TextSizes:
    """The smallest font size (px) per role on one screen of a room."""

    room: Room
    short_px: float  # the screen's short side in pixels

    @property
    def px_per_mm(self) -> float:
        return self.short_px / short_side_mm(self.room)

    def min_px(self, role: Role) -> float:
        """The smallest font size for `role`: its cap height is 1/200 of its distance."""
        element_mm = self.room.distance_mm * role.share / DISCAS_BDM
        return element_mm * self.px_per_mm / CAP_HEIGHT_EM

    def reach_mm(self, font_px: float) -> float:
        """How far away text of `font_px` can be read (200 times its cap height)."""
        return font_px * CAP_HEIGHT_EM / self.px_per_mm * DISCAS_BDM

    def needed_mm(self, role: Role) -> float:
        """The distance `role` must be read from in this room."""
        return self.room.distance_mm * role.share


def text_sizes(room: Room | None, width: float, height: float) -> TextSizes | None:
    """The room's sizes for a screen of `width` x `height` pixels; None without a room."""
    return None if room is None else TextSizes(room, min(width, height))
