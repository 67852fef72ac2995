"""What `check --room` measures of a face (a card's face, a page of it, or a slide): the
smallest text of each role on it and whether it fits."""

from __future__ import annotations

from dataclasses import dataclass

from kompas_kiosk.core.room.text_roles import Role


@dataclass(frozen=True)
class RoleSize:
    """The smallest text of one role on a face: its font size and its words (shortened)."""

    px: float
    text: str = ""


@dataclass(frozen=True)
class FaceSize:
    """One face of one card (one page of a long card) as laid out for the room: the smallest
    text of each role on it, and whether everything fits on the card."""

    deck_id: str
    language: str
    card: str  # 'Princip 07', or the card's title in a deck without numbers
    face: str  # 'front', 'back' or 'exercise'
    roles: dict[Role, RoleSize]
    fits: bool = True
    page: int = 0  # a long card's read-along page, from 0
    pages: int = 1

    @property
    def smallest_px(self) -> float:
        return min((size.px for size in self.roles.values()), default=float("inf"))


def short(text: str, length: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
