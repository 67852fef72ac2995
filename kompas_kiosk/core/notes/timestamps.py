"""Time for the notes: the wall clock, how instants are stored, and how they are shown.

Stored: ISO 8601 in UTC with an explicit offset and fixed width, e.g.
``2026-11-28T09:15:00.000000+00:00``, so that the text sorts like the instant. Shown: in local
time (the zone passed as ``tz``; ``None`` means the machine's zone), Danish style by default
(``28. nov. 2026 kl. 10.15``), English with ``lang="en"`` (``28 Nov 2026, 10:15``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

from kompas_kiosk.core.i18n import Text

Clock = Callable[[], datetime]
"""A wall clock: returns the current instant as a timezone-aware datetime."""

_MONTHS = (
    Text("januar", "January"),
    Text("februar", "February"),
    Text("marts", "March"),
    Text("april", "April"),
    Text("maj", "May"),
    Text("juni", "June"),
    Text("juli", "July"),
    Text("august", "August"),
    Text("september", "September"),
    Text("oktober", "October"),
    Text("november", "November"),
    Text("december", "December"),
)
_MONTHS_SHORT = (
    Text("jan.", "Jan"),
    Text("feb.", "Feb"),
    Text("mar.", "Mar"),
    Text("apr.", "Apr"),
    Text("maj", "May"),
    Text("jun.", "Jun"),
    Text("jul.", "Jul"),
    Text("aug.", "Aug"),
    Text("sep.", "Sep"),
    Text("okt.", "Oct"),
    Text("nov.", "Nov"),
    Text("dec.", "Dec"),
)
_CLOCK = Text("{hour}.{minute}", "{hour}:{minute}")
_LONG_DATE = Text("{day}. {month} {year}", "{day} {month} {year}")
_SHORT_DATE_TIME = Text("{day}. {month} {year} kl. {time}", "{day} {month} {year}, {time}")


def utc_now() -> datetime:
    """The default wall clock."""
    return datetime.now(UTC)


def to_stored(instant: datetime) -> str:
    """The stored form of an aware instant. A naive datetime is refused: its zone is a guess."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"the clock returned a naive datetime ({instant!r}); give it a zone")
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def from_stored(text: str) -> datetime:
    """An aware UTC datetime from its stored form."""
    instant = datetime.fromisoformat(text)
    return instant if instant.tzinfo is UTC else instant.astimezone(UTC)


def to_local(instant: datetime, tz: tzinfo | None = None) -> datetime:
    """`instant` in the zone `tz`, or in the machine's zone when `tz` is None."""
    return instant.astimezone(tz) if tz is not None else instant.astimezone()


def clock_time(local: datetime, lang: str = "da") -> str:
    """'10.15' in Danish, '10:15' in English."""
    return _CLOCK.format(lang, hour=f"{local.hour:02d}", minute=f"{local.minute:02d}")


def long_date(local: datetime, lang: str = "da") -> str:
    """'28. november 2026' in Danish, '28 November 2026' in English."""
    month = _MONTHS[local.month - 1].format(lang)
    return _LONG_DATE.format(lang, day=local.day, month=month, year=local.year)


def short_date_time(local: datetime, lang: str = "da") -> str:
    """'28. nov. 2026 kl. 10.15' in Danish, '28 Nov 2026, 10:15' in English."""
    month = _MONTHS_SHORT[local.month - 1].format(lang)
    time = clock_time(local, lang)
    return _SHORT_DATE_TIME.format(lang, day=local.day, month=month, year=local.year, time=time)
