"""Navigation without a window: moves, the face, what 'next' will show, typed numbers."""

from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.core.room.navigation import DigitBuffer, Face, Navigator


def deck(*cards: Card, deck_id: str = "d") -> Deck:
    return Deck(id=deck_id, title="D", cards=cards)


FRONT_ONLY = Card(title="Et", number="01")
WITH_BACK = Card(title="To", number="02", what_if="Hvad nu, hvis?")
TWELFTH = Card(title="Tolv", number="12")


def test_next_turns_the_card_first_then_moves_on():
    nav = Navigator([deck(WITH_BACK, FRONT_ONLY)])
    assert nav.peek_next() == (0, Face.BACK)
    assert nav.next() and nav.face is Face.BACK and nav.card_index == 0
    assert nav.peek_next() == (1, Face.FRONT)
    assert nav.next() and nav.face is Face.FRONT and nav.card_index == 1
    assert nav.peek_next() is None
    assert not nav.next(), "at the end 'next' stays put"


def test_without_next_flips_next_goes_straight_on():
    nav = Navigator([deck(WITH_BACK, FRONT_ONLY)], next_flips=False)
    assert nav.peek_next() == (1, Face.FRONT)
    assert nav.next() and nav.card_index == 1


def test_previous_turns_back_then_moves_back_and_moving_shows_the_front():
    nav = Navigator([deck(FRONT_ONLY, WITH_BACK)])
    nav.go_to(1)
    nav.flip()
    assert nav.previous() and nav.face is Face.FRONT and nav.card_index == 1
    assert nav.previous() and nav.card_index == 0 and nav.face is Face.FRONT


def test_a_card_without_reflections_does_not_turn():
    nav = Navigator([deck(FRONT_ONLY)])
    assert not nav.flip() and nav.face is Face.FRONT
    assert not nav.show_face(Face.BACK)


def test_jump_by_printed_number_and_position_text():
    nav = Navigator([deck(FRONT_ONLY, WITH_BACK, TWELFTH)])
    assert nav.jump("12") and nav.card_index == 2
    assert nav.position_text() == "12 · 3/3"
    assert nav.jump("2") and nav.card_index == 1, "'2' and '02' are the same card"
    assert not nav.jump("7")


def test_typed_digits_wait_while_a_longer_number_could_follow():
    now = [0.0]
    buffer = DigitBuffer(lambda: now[0])
    numbered = deck(FRONT_ONLY, WITH_BACK, TWELFTH)
    buffer.push("1")
    assert not buffer.is_complete(numbered), "1 could still become 12"
    buffer.push("2")
    assert buffer.is_complete(numbered) and buffer.take() == "12"
    buffer.push("1")
    now[0] += 2.0
    assert buffer.push("2") == "2", "a pause starts the number again"
