"""The kiosk PIN's rules: what a PIN may be, and how it is kept (never as itself).

A PIN is 4 to 12 digits (the pad takes no more). It is stored as a salted PBKDF2-SHA256 hash,
'pbkdf2_sha256$<iterations>$<salt>$<digest>' in hex, with a random 16-byte salt; a PIN is
compared after Unicode NFKC and without surrounding spaces, so a full-width digit is a digit.
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
MAX_DIGITS = 12  # as the pad (ui/kiosk/pin_dialog.MAX_DIGITS): it takes no more
MAX_TRIES = 3  # wrong codes in a row before the pad (and the settings page) lock
LOCKOUT_SECONDS = 30.0  # how long they stay locked
MAX_ITERATIONS = 10_000_000  # a hand-edited count must not freeze the kiosk

_PIN = re.compile(rf"\d{{{MIN_DIGITS},{MAX_DIGITS}}}")
_PIN_HASH = re.compile(r"pbkdf2_sha256\$(\d{1,8})\$([0-9a-f]{16,128})\$([0-9a-f]{64})")


def is_valid_pin(pin: str) -> bool:
    """Whether `pin` may be set: 4 to 12 digits 0-9, nothing else."""
    return _PIN.fullmatch(pin) is not None


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
