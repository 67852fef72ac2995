"""Where the room is: which deck, which card. Plain state that the UI reads and moves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from kompas_kiosk.core.decks.model import Deck


class Face(Enum):
    FRONT = "front"
    BACK = "back"


class Navigator:
    """The current deck, card and face. Moves never fail: at an end they stay put and say so.

    With `next_flips` (the default) the clicker's 'next' on a card's front turns the card over to
    its reflections first, and 'previous' on the back turns it back, so one clicker runs it all.
    """

    def __init__(self, decks: Sequence[Deck], next_flips: bool = True) -> None:
        self._decks = list(decks)
        self._deck_index = 0
        self._card_index = 0
        self._face = Face.FRONT
        self.next_flips = next_flips

    @property
    def decks(self) -> list[Deck]:
        return list(self._decks)

    @property
    def deck(self) -> Deck | None:
        return self._decks[self._deck_index] if self._decks else None

    @property
    def deck_index(self) -> int:
        return self._deck_index

    @property
    def card_index(self) -> int:
        return self._card_index

    @property
    def face(self) -> Face:
        return self._face

    @property
    def has_back(self) -> bool:
        deck = self.deck
        return deck is not None and deck.cards[self._card_index].has_back

    def flip(self) -> bool:
        """Turn the card over; a card without reflections has no back and does not turn."""
        if not self.has_back:
            return False
        self._face = Face.BACK if self._face is Face.FRONT else Face.FRONT
        return True

    def show_face(self, face: Face) -> bool:
        if face is self._face or (face is Face.BACK and not self.has_back):
            return False
        self._face = face
        return True

    @property
    def card_count(self) -> int:
        deck = self.deck
        return len(deck.cards) if deck else 0

    def position_text(self) -> str:
        """A quiet position indicator: '07 · 1/1', or '2/5' in a deck without numbers."""
        deck = self.deck
        if deck is None:
            return ""
        where = f"{self._card_index + 1}/{len(deck.cards)}"
        number = deck.cards[self._card_index].number
        return f"{number} · {where}" if number else where

    def open_deck(self, index: int, card_index: int = 0) -> bool:
        if not 0 <= index < len(self._decks):
            return False
        self._deck_index = index
        self._card_index = max(0, min(card_index, len(self._decks[index].cards) - 1))
        self._face = Face.FRONT
        return True

    def open_deck_id(self, deck_id: str) -> bool:
        for index, deck in enumerate(self._decks):
            if deck.id == deck_id:
                return self.open_deck(index)
        return False

    def step_deck(self, delta: int) -> bool:
        if not self._decks:
            return False
        return self.open_deck((self._deck_index + delta) % len(self._decks))

    def go_to(self, card_index: int) -> bool:
        if not 0 <= card_index < self.card_count:
            return False
        if card_index == self._card_index and self._face is Face.FRONT:
            return False
        self._card_index = card_index
        self._face = Face.FRONT
        return True

    def peek_next(self) -> tuple[int, Face] | None:
        """What 'next' would show, without going there: the back of this card, the front of
        the next one, or None at the end."""
        if self.next_flips and self._face is Face.FRONT and self.has_back:
            return self._card_index, Face.BACK
        if self._card_index + 1 < self.card_count:
            return self._card_index + 1, Face.FRONT
        return None

    def next(self) -> bool:
        coming = self.peek_next()
        if coming is None:
            return False
        if coming[0] == self._card_index:
            return self.flip()
        return self.go_to(coming[0])

    def previous(self) -> bool:
        if self.next_flips and self._face is Face.BACK:
            return self.flip()
        return self.go_to(self._card_index - 1)

    def first(self) -> bool:
        return self.go_to(0)

    def last(self) -> bool:
        return self.go_to(self.card_count - 1)

    def jump(self, number: str) -> bool:
        """Go to the card printed with `number` (or at that position in an unnumbered deck)."""
        deck = self.deck
        if deck is None:
            return False
        index = deck.find_card(number)
        return index is not None and (self.go_to(index) or index == self._card_index)


@dataclass
class DigitBuffer:
    """Digits typed to jump to a card: '0', '7' → card 07.

    The buffer jumps as soon as the typed number names a card and no longer number could start
    with it; otherwise it waits for Enter or for `timeout` seconds of quiet, then starts over.
    """

    clock: Callable[[], float]
    timeout: float = 1.5
    _digits: str = ""
    _last: float = field(default=float("-inf"))

    @property
    def digits(self) -> str:
        return self._digits

    def push(self, digit: str) -> str:
        now = self.clock()
        if now - self._last > self.timeout:
            self._digits = ""
        self._last = now
        self._digits = (self._digits + digit)[-3:]
        return self._digits

    def take(self) -> str:
        digits, self._digits = self._digits, ""
        return digits

    def is_complete(self, deck: Deck) -> bool:
        """Whether the digits name a card and no other card's number starts with them."""
        if not self._digits or deck.find_card(self._digits) is None:
            return False
        wanted = int(self._digits)
        numbers = _card_numbers(deck)
        return not any(
            number != wanted and str(number).startswith(str(wanted)) and wanted != 0
            for number in numbers
        )

    def is_hopeless(self, deck: Deck) -> bool:
        """Whether no card's number starts with the digits typed: say so now, not after the
        quiet time."""
        typed = self._digits.lstrip("0")
        return bool(typed) and not any(str(n).startswith(typed) for n in _card_numbers(deck))


def _card_numbers(deck: Deck) -> list[int]:
    if deck.cards[0].number is None:
        return list(range(1, len(deck.cards) + 1))
    return [int(card.number) for card in deck.cards if card.number is not None]
