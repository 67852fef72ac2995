"""The handout's sections, in the order the workshop ran them, and their display form.

``build_groups`` puts the notes under the cards they were written on: one group per card in the
order of ``cards`` (a deck's cards in deck order, or a programme's card steps in programme
order, see ``core/handout/write.py``), then cards that are in neither, in the order they were
first noted, and the notes on the workshop in general at the end. Deleted notes are left out.
A card without notes is left out unless its ``CardInfo`` says it was run (``shown``: a
programme's card steps). Within a group the notes keep the order they were written in;
``build_handout`` then sorts them by their table's group (no group first, then groups sorted
naturally, "2" before "10"), keeping that order within each group.

A card's section carries the card itself (text with its bold sentences, reminders, 'Hvad nu
hvis') and the exercise: the programme's exercise step for the card, or the deck's exercise when
notes were taken during it. Every text is from the deck or programme, cleaned as notes are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Literal

from kompas_kiosk.core.decks.markup import Block, ListBlock, Paragraph, Span, parse
from kompas_kiosk.core.decks.model import Card, Exercise
from kompas_kiosk.core.handout.model import (
    Handout,
    HandoutCard,
    HandoutExercise,
    HandoutGroup,
    HandoutNote,
    clean,
    group_order,
    labels,
)
from kompas_kiosk.core.i18n import Text, language
from kompas_kiosk.core.notes.model import Note, Session
from kompas_kiosk.core.notes.timestamps import clock_time, long_date, to_local

_WHEN = Text("{date} kl. {time}", "{date}, {time}")  # when a workshop began


@dataclass(frozen=True, slots=True)
class CardInfo:
    """What a handout needs of a card: its key (as in ``Note.card_key``) and its texts. With a
    `deck_id`, only that deck's notes on the key are its own (a programme's cards come from
    several decks); without, every note on the key."""

    key: str
    heading: str  # e.g. "Princip 07"; may be ""
    title: str
    question: str = ""
    deck_id: str = ""
    card: Card | None = None  # the text, reminders and reflection to print
    exercise: Exercise | None = None  # the exercise run on it (or that would be)
    ran_exercise: bool = False  # the programme ran `exercise` on it: shown without notes too
    shown: bool = False  # the workshop showed it: a section even without notes


GroupKind = Literal["session", "card", "other"]


@dataclass(frozen=True, slots=True)
class NoteGroup:
    """Notes under one heading: the session in general, a card of the deck, or another card."""

    kind: GroupKind
    card: CardInfo | None  # None for the session in general
    notes: tuple[Note, ...]


def build_groups(notes: Iterable[Note], cards: Sequence[CardInfo]) -> list[NoteGroup]:
    """The non-deleted `notes` grouped as the module doc says."""
    general: list[Note] = []
    by_card: dict[tuple[str, str], list[Note]] = {}
    for note in notes:
        if note.deleted_at is not None:
            continue
        if note.card_key is None:
            general.append(note)
        else:
            by_card.setdefault((note.deck_id, note.card_key), []).append(note)
    groups = []
    for card in cards:
        if card.deck_id:
            found = by_card.pop((card.deck_id, card.key), [])
        else:
            found = []
            for wanted in [pair for pair in by_card if pair[1] == card.key]:
                found += by_card.pop(wanted)
        if found or card.shown:
            found.sort(key=lambda note: note.id)
            groups.append(NoteGroup("card", card, tuple(found)))
    rest: dict[str, list[Note]] = {}
    for (_, key), left in by_card.items():
        rest.setdefault(key, []).extend(left)
    for key, left in rest.items():
        left.sort(key=lambda note: note.id)
        groups.append(NoteGroup("other", CardInfo(key, key, ""), tuple(left)))
    if general:
        groups.append(NoteGroup("session", None, tuple(general)))
    return groups


def build_handout(
    session: Session,
    groups: Sequence[NoteGroup],
    lang: str = "da",
    *,
    deck_title: str = "",
    programme_title: str = "",
    tz: tzinfo | None = None,
) -> Handout:
    """Everything a handout shows, in display form (local times, labels, cleaned text)."""
    words = labels(lang)
    start = to_local(session.created_at, tz)
    return Handout(
        lang=language(lang),
        name=clean(session.name),
        when=_WHEN.format(lang, date=long_date(start, lang), time=clock_time(start, lang)),
        place=clean(session.place),
        deck=clean(deck_title or ("" if programme_title else session.deck_id)),
        groups=tuple(_section(group, words, lang, tz) for group in groups),
        programme=clean(programme_title),
    )


def _section(group: NoteGroup, words: dict[str, str], lang: str, tz: tzinfo | None) -> HandoutGroup:
    info = group.card
    notes = []
    labels: dict[str, str] = {}  # a workshop has a few group labels and minutes: each done once
    times: dict[tuple[int, int], str] = {}
    zones: dict[datetime, tzinfo] = {}
    for note in group.notes:
        local = _local(note.created_at, tz, zones)
        phase = words["exercise"] if note.phase == "exercise" else ""
        label = labels.get(note.group)
        if label is None:
            label = labels[note.group] = clean(" ".join(note.group.split()))
        minute = (local.hour, local.minute)
        time = times.get(minute)
        if time is None:
            time = times[minute] = clock_time(local, lang)
        notes.append(HandoutNote(local, time, phase, clean(note.text), label))
    order = {label: group_order(label) for label in labels.values()}
    notes.sort(key=lambda note: order[note.group])  # stable: written order kept
    if group.kind == "session" or info is None:
        return HandoutGroup(None, "", words["general"], "", tuple(notes))
    if group.kind == "other":
        title = words["other"].format(key=info.key)
        return HandoutGroup(info.key, "", clean(title), "", tuple(notes))
    exercise = None
    if info.exercise is not None and (
        info.ran_exercise or any(note.phase == "exercise" for note in group.notes)
    ):
        steps = tuple(clean(step) for step in info.exercise.steps)
        exercise = HandoutExercise(clean(info.exercise.title), info.exercise.minutes, steps)
    return HandoutGroup(
        info.key,
        clean(info.heading),
        clean(info.title),
        clean(info.question),
        tuple(notes),
        _card(info.card),
        exercise,
    )


def _local(instant: datetime, tz: tzinfo | None, zones: dict[datetime, tzinfo]) -> datetime:
    """``to_local``, with the machine's zone looked up once an hour of notes rather than once a
    note (the look-up is most of the time of a large handout; zones change on the hour)."""
    if tz is not None:
        return instant.astimezone(tz)
    hour = instant.replace(minute=0, second=0, microsecond=0)
    zone = zones.get(hour)
    if zone is None:
        found = to_local(hour).tzinfo
        assert found is not None
        zone = zones[hour] = found
    return instant.astimezone(zone)


def _card(card: Card | None) -> HandoutCard | None:
    if card is None:
        return None
    blocks = tuple(_clean_block(block) for block in parse(card.text or ""))
    reminders = tuple(clean(reminder) for reminder in card.reminders)
    return HandoutCard(blocks, reminders, clean(card.what_if or ""))


def _clean_block(block: Block) -> Block:
    def line(spans: list[Span]) -> list[Span]:
        return [Span(clean(span.text), span.bold, span.italic) for span in spans]

    if isinstance(block, Paragraph):
        return Paragraph(line(block.spans))
    return ListBlock(block.ordered, [line(item) for item in block.items])
