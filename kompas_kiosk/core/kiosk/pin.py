"""The kiosk PIN's rules: what a PIN may be, and how it is kept (never as itself).

A PIN is 4 to 20 ASCII digits 0-9 (what the pad can type; it takes no more). It is stored as a
salted PBKDF2-SHA256 hash, 'pbkdf2_sha256$<iterations>$<salt>$<digest>' in hex, with a random
16-byte salt; a PIN is compared after Unicode NFKC and without surrounding spaces (so a hash
made from full-width digits before keeps opening the kiosk; a new PIN is ASCII digits only).
After each round of `MAX_TRIES` wrong codes the pad locks longer (`lockout_seconds`).
The settings store, the settings page and `kompas-kiosk set-pin` all go through here.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata

PIN_ITERATIONS = 600_000
MIN_DIGITS = 4
MAX_DIGITS = 20  # the pad and the settings page take no more
MAX_TRIES = 3  # wrong codes in a row (a round) before the pad (and the settings page) lock
LOCKOUT_STEPS = (30.0, 60.0, 300.0, 900.0, 3600.0)  # after round 1, 2, …; then an hour each
MAX_ITERATIONS = 10_000_000  # a hand-edited count must not freeze the kiosk

_PIN = re.compile(rf"[0-9]{{{MIN_DIGITS},{MAX_DIGITS}}}")
_PIN_HASH = re.compile(r"pbkdf2_sha256\$(\d{1,8})\$([0-9a-f]{16,128})\$([0-9a-f]{64})")


def is_valid_pin(pin: str) -> bool:
    """Whether `pin` may be set: 4 to 20 ASCII digits 0-9, nothing else (no Arabic-Indic or
    full-width digits: the pad could never type them)."""
    return _PIN.fullmatch(pin) is not None


def lockout_seconds(rounds: int) -> float:
    """How long the pad (or the settings page) stays locked after `rounds` rounds of
    `MAX_TRIES` wrong codes since the last right one: 30 s, 1 min, 5 min, 15 min, then an hour
    each; 0 before the first round."""
    if rounds < 1:
        return 0.0
    return LOCKOUT_STEPS[min(rounds, len(LOCKOUT_STEPS)) - 1]


def is_pin_hash(text: str) -> bool:
    """Whether `text` has the form of a hash `hash_pin` makes."""
    return _PIN_HASH.fullmatch(text) is not None


def normal_pin(pin: str) -> str:
    """The PIN as compared: NFKC, without surrounding spaces."""
    return unicodedata.normalize("NFKC", pin).strip()


def hash_pin(pin: str, iterations: int = PIN_ITERATIONS, salt: bytes | None = None) -> str:
    """'pbkdf2_sha256$<iterations>$<salt>$<digest>', hex, with a random 16-byte salt."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", normal_pin(pin).encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches `stored`; never for a hash this kiosk did not make."""
    match = _PIN_HASH.fullmatch(stored)
    if match is None:
        return False
    iterations, salt, digest = int(match[1]), bytes.fromhex(match[2]), match[3]
    if not 1 <= iterations <= MAX_ITERATIONS:
        return False
    given = hashlib.pbkdf2_hmac("sha256", normal_pin(pin).encode("utf-8"), salt, iterations)
    return hmac.compare_digest(given.hex(), digest)
