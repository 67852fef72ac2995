"""The programme model the kiosk runs on: a title and an ordered list of timed steps.

Plain frozen dataclasses, cheap to import. Only validated data (see `spec.py`) becomes a
`Programme`. A step holds its planned minutes and one part, whose class is its kind:

- `Slide`: a text slide in one of the `LAYOUTS` (`spec.LAYOUT_FIELDS` says which fields each
  layout shows);
- `CardRef`: a deck's card (deck id and printed number), front or back;
- `ExerciseRef`: a card's group exercise; `exercise_in(deck)` merges the step's overrides with the
  deck's exercise into the `Exercise` to run;
- `Share`: the plenum ("Del det halvfærdige"), the notes so far shown large;
- `Break`: a pause whose countdown is the step's minutes.

A card step only names its card: the text stays in the deck (and the deck's translations), and
the loader checks that the deck and card exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Literal

from kompas_kiosk.core.decks.model import Card, Deck, Exercise
from kompas_kiosk.core.decks.problems import Problem

PROGRAMME_FILE = "programme.yaml"
PROGRAMMES_FOLDER = "programmes"
"""The folder of a content folder that holds programme folders (`content/programmes/<id>/`)."""

Face = Literal["front", "back"]
Kind = Literal["slide", "card", "exercise", "share", "break"]


@dataclass(frozen=True)
class Panel:
    """One column of a two-column slide, or one cell of a matrix."""

    title: str | None = None
    text: str | None = None
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slide:
    kind: ClassVar[Kind] = "slide"
    layout: str
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    text: str | None = None
    attribution: str | None = None
    lines: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    columns: tuple[Panel, ...] = ()  # two-column: left, right
    cells: tuple[Panel, ...] = ()  # matrix: top left, top right, bottom left, bottom right
    row_labels: tuple[str, ...] = ()  # matrix: top, bottom
    column_labels: tuple[str, ...] = ()  # matrix: left, right


@dataclass(frozen=True)
class CardRef:
    kind: ClassVar[Kind] = "card"
    deck: str
    number: str
    face: Face = "front"

    def card_in(self, deck: Deck) -> Card | None:
        index = deck.find_card(self.number)
        return None if index is None else deck.cards[index]


@dataclass(frozen=True)
class ExerciseRef:
    kind: ClassVar[Kind] = "exercise"
    deck: str
    number: str
    title: str | None = None  # each None: the deck's exercise's own
    minutes: int | None = None
    steps: tuple[str, ...] | None = None

    def exercise_in(self, deck: Deck) -> Exercise | None:
        """The exercise to run: the deck's, with this step's overrides; None when neither the
        deck nor the step gives a title and minutes (the loader reports that)."""
        base = deck.exercise
        title = self.title or (base.title if base else None)
        minutes = self.minutes or (base.minutes if base else None)
        if title is None or minutes is None:
            return None
        steps = self.steps if self.steps is not None else (base.steps if base else ())
        if base is None:
            return Exercise(title=title, minutes=minutes, steps=steps)
        return Exercise(title, minutes, steps, base.warning_seconds, base.flip_when_done)


@dataclass(frozen=True)
class Share:
    kind: ClassVar[Kind] = "share"
    title: str | None = None


@dataclass(frozen=True)
class Break:
    kind: ClassVar[Kind] = "break"
    title: str | None = None


Part = Slide | CardRef | ExerciseRef | Share | Break


@dataclass(frozen=True)
class Step:
    minutes: int  # planned
    part: Part

    @property
    def kind(self) -> Kind:
        return self.part.kind


@dataclass(frozen=True)
class Programme:
    id: str
    title: str
    steps: tuple[Step, ...]
    date: str | None = None
    place: str | None = None
    language: str = "da"
    translator: str | None = None  # who translated it, for a programme read from a translation

    @property
    def planned_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def start_minutes(self) -> tuple[int, ...]:
        """The planned start of every step, in minutes from the programme's start."""
        starts, total = [], 0
        for step in self.steps:
            starts.append(total)
            total += step.minutes
        return tuple(starts)


@dataclass(frozen=True)
class LoadedProgramme:
    """The result of loading one programme: the programme if it is usable, and what is wrong."""

    path: Path
    programme: Programme | None
    problems: tuple[Problem, ...] = ()
    id_line: int | None = field(default=None, compare=False, repr=False)
    translations: tuple[Programme, ...] = ()  # from programme.<lang>.yaml
    translation_problems: tuple[Problem, ...] = ()  # why a translation is left out

    def programme_for(self, lang: str) -> Programme | None:
        """The programme in `lang` where a translation has it, otherwise in its own language."""
        if self.programme is None or self.programme.language == lang:
            return self.programme
        found = (item for item in self.translations if item.language == lang)
        return next(found, self.programme)

    @property
    def languages(self) -> tuple[str, ...]:
        if self.programme is None:
            return ()
        return (self.programme.language, *(item.language for item in self.translations))

    @property
    def ok(self) -> bool:
        return self.programme is not None and not self.problems

    @property
    def programme_id(self) -> str:
        """The programme's id, or the name of its folder when it could not be read."""
        if self.programme is not None:
            return self.programme.id
        return (
            self.path.absolute().parent.name if self.path.name == PROGRAMME_FILE else self.path.stem
        )
