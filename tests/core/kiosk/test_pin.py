"""The kiosk PIN's rules: 4 to 20 ASCII digits, kept only as a salted PBKDF2 hash, and a
lockout that grows with each round of wrong codes."""

from __future__ import annotations

import pytest

from kompas_kiosk.core.kiosk.pin import (
    MAX_DIGITS,
    MIN_DIGITS,
    hash_pin,
    is_pin_hash,
    is_valid_pin,
    lockout_seconds,
    verify_pin,
)

FAST = 1000  # PBKDF2 iterations for tests; the kiosk uses PIN_ITERATIONS

# Made by the kiosk before the rules moved here: a stored hash keeps opening the kiosk.
STORED_4711 = (
    "pbkdf2_sha256$1000$30313233343536373839616263646566$"
    "25a9c5511537266c78b4e1a5a020081c7fbf1df3bcf4111ac741d5b31c3ebf35"
)
STORED_FULL_WIDTH_1234 = (
    "pbkdf2_sha256$1000$66656463626139383736353433323130$"
    "b73af032bf9dcbf49f0151c2008f4d200b6be8e2fdc2101115b17412517c4bba"
)


def test_hashes_stored_before_keep_verifying() -> None:
    assert verify_pin("4711", STORED_4711)
    assert verify_pin(" 4711 ", STORED_4711)
    assert not verify_pin("4712", STORED_4711)
    assert verify_pin("1234", STORED_FULL_WIDTH_1234)  # NFKC: a full-width digit is a digit


def test_the_format_is_unchanged() -> None:
    assert hash_pin("4711", FAST, salt=b"0123456789abcdef") == STORED_4711
    assert is_pin_hash(hash_pin("4711", FAST))


def test_the_salt_differs_each_time() -> None:
    assert hash_pin("1234", FAST) != hash_pin("1234", FAST)
    assert verify_pin("1234", hash_pin("1234", FAST, salt=b"0123456789abcdef"))


def test_the_default_hash_is_slow_enough() -> None:
    assert int(hash_pin("1").split("$")[1]) >= 600_000


@pytest.mark.parametrize(
    "stored",
    [
        "pbkdf2_sha256$0$00112233445566778899aabbccddeeff$" + "0" * 64,
        "pbkdf2_sha256$99999999$00112233445566778899aabbccddeeff$" + "0" * 64,
        "md5$1$00$00",
        "",
    ],
)
def test_odd_hashes_never_match(stored: str) -> None:
    assert not verify_pin("", stored)


@pytest.mark.parametrize(
    ("pin", "valid"),
    [("1234", True), ("4" * MAX_DIGITS, True), ("123", False), ("4" * (MAX_DIGITS + 1), False),
     ("12a4", False), ("", False), (" 1234", False), ("1" * 20, True),
     ("\u0661\u0662\u0663\u0664", False), ("\u06f1\u06f2\u06f3\u06f4", False),
     ("\uff11\uff12\uff13\uff14", False), ("\u0967\u0968\u0969\u096a", False)],
)  # fmt: skip
def test_a_pin_is_4_to_20_ascii_digits(pin: str, valid: bool) -> None:
    assert (MIN_DIGITS, MAX_DIGITS) == (4, 20)
    assert is_valid_pin(pin) is valid


def test_the_lockout_grows_with_each_round() -> None:
    assert [lockout_seconds(rounds) for rounds in range(7)] == [
        0, 30, 60, 300, 900, 3600, 3600
    ]  # fmt: skip


def test_a_brute_force_of_four_digits_takes_months() -> None:
    """10,000 PINs, 3 a round: 3,334 rounds; PBKDF2 costs 0.14 s a guess on the kiosk."""
    rounds = -(-10_000 // 3)
    locked = sum(lockout_seconds(r) for r in range(1, rounds))  # no wait after the last
    days = (locked + 10_000 * 0.14) / 86_400
    assert days > 130
