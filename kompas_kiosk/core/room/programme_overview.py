"""A programme's steps as the overview (G) shows them: one tile a step, with its kind and its
planned minutes, so the facilitator can see the whole talk and jump to a step.

The overview paints a deck's cards as miniatures; a programme's steps become such cards here
(`steps_as_cards`): "Slide · 2 min" as the title (the tile's caption), the step's words as
its question (on the miniature).
"""

from __future__ import annotations

from collections.abc import Mapping

from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.model import (
    Break,
    CardRef,
    ExerciseRef,
    Programme,
    Share,
    Slide,
    Step,
)
from kompas_kiosk.core.programmes.words import KINDS

MINUTES = Text("{minutes} min", "{minutes} min")


def step_title(step: Step, decks: Mapping[str, Deck], lang: str) -> str:
    """What a step is called: a slide's title or text, a card's title, an exercise's title."""
    part = step.part
    if isinstance(part, Slide):
        return part.title or part.text or part.kicker or next(iter(part.items), "")
    if isinstance(part, CardRef | ExerciseRef):
        deck = decks.get(part.deck)
        index = deck.find_card(part.number) if deck is not None else None
        card = deck.cards[index] if deck is not None and index is not None else None
        if isinstance(part, ExerciseRef) and deck is not None:
            exercise = part.exercise_in(deck)
            return exercise.title if exercise is not None else part.number
        return card.title if card is not None else part.number
    if isinstance(part, Share | Break):
        return part.title or KINDS[part.kind].format(lang)
    return ""


def steps_as_cards(programme: Programme, decks: Mapping[str, Deck], lang: str) -> Deck:
    """The programme as a deck of one card a step: its kind and planned time, and its words."""
    cards = tuple(
        Card(
            title=f"{KINDS[step.kind].format(lang)} · {MINUTES.format(lang, minutes=step.minutes)}",
            number=str(index + 1),
            question=step_title(step, decks, lang) or None,
        )
        for index, step in enumerate(programme.steps)
    )
    return Deck(programme.id, programme.title, cards, language=programme.language)
