"""The values of the command line's options, checked as argparse reads them: a size, minutes,
seconds and a room; each refusal in the language of the messages."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.legibility import Room, RoomSpecError, parse_room

SAY = {
    "not_size": Text(
        "»{text}« er ikke en størrelse som 1920x1080", "'{text}' is not a size like 1920x1080"
    ),
    "size_range": Text(
        "»{text}«: bredde og højde skal være 16 til 16384",
        "'{text}': width and height must be 16 to 16384",
    ),
    "not_minutes": Text(
        "»{text}« er ikke et antal minutter", "'{text}' is not a number of minutes"
    ),
    "minutes_range": Text(
        "»{text}«: øvelsen varer 1 til 120 minutter",
        "'{text}': the exercise takes 1 to 120 minutes",
    ),
    "not_seconds": Text(
        "»{text}« er ikke et antal sekunder", "'{text}' is not a number of seconds"
    ),
    "seconds_range": Text(
        "»{text}«: giv -86400 til 86400 sekunder", "'{text}': give -86400 to 86400 seconds"
    ),
}


def size_in(lang: str) -> Callable[[str], tuple[int, int]]:
    def size(text: str) -> tuple[int, int]:
        try:
            width, height = (int(part) for part in text.lower().split("x"))
        except ValueError:
            raise argparse.ArgumentTypeError(SAY["not_size"].format(lang, text=text)) from None
        if not (16 <= width <= 16384 and 16 <= height <= 16384):
            raise argparse.ArgumentTypeError(SAY["size_range"].format(lang, text=text))
        return width, height

    return size


def minutes_in(lang: str) -> Callable[[str], float]:
    def minutes(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(SAY["not_minutes"].format(lang, text=text)) from None
        if not 1 <= value <= 120:  # also refuses nan and inf
            raise argparse.ArgumentTypeError(SAY["minutes_range"].format(lang, text=text))
        return value

    return minutes


def seconds_in(lang: str) -> Callable[[str], float]:
    def seconds(text: str) -> float:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise argparse.ArgumentTypeError(SAY["not_seconds"].format(lang, text=text)) from None
        if not math.isfinite(value) or abs(value) > 24 * 3600:
            raise argparse.ArgumentTypeError(SAY["seconds_range"].format(lang, text=text))
        return value

    return seconds


def room_in(lang: str) -> Callable[[str], Room]:
    """`--room 65in,8m`: the screen's diagonal (inches or cm) and the farthest viewer (m)."""

    def room(text: str) -> Room:
        try:
            return parse_room(text)
        except RoomSpecError as error:
            raise argparse.ArgumentTypeError(error.message(lang)) from None

    return room
