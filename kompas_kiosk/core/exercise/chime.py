"""The time-up chime, synthesised from scratch so the kiosk ships no third-party sound.

Two soft bell strikes a rising fourth apart (G5, then C6), each a few partials with a quick attack
and an exponential decay; a gentle fade to silence at the end. 44.1 kHz, 16-bit mono, the peak at
-6 dBFS. The output is deterministic: `tools/make_chime.py` writes `assets/sounds/chime.wav`, and a
test checks that the committed file is what this module makes.
"""

from __future__ import annotations

import io
import math
import os
import sys
import wave
from array import array
from functools import cache

RATE = 44_100
LENGTH_S = 1.6
PEAK_DBFS = -6.0

# (start in seconds, fundamental in Hz, loudness)
STRIKES = ((0.0, 783.99, 1.0), (0.22, 1046.50, 0.85))
# (frequency ratio, amplitude, decay time constant in seconds): a soft, slightly inharmonic bell
PARTIALS = ((1.0, 1.0, 0.50), (2.0, 0.22, 0.30), (2.76, 0.10, 0.16), (5.40, 0.03, 0.07))
ATTACK_S = 0.006
FADE_S = 0.30


def _samples() -> list[float]:
    count = round(LENGTH_S * RATE)
    attack = round(ATTACK_S * RATE)
    onset = [0.5 - 0.5 * math.cos(math.pi * n / attack) for n in range(attack)]  # no click
    out = [0.0] * count
    for start_s, fundamental, loudness in STRIKES:
        first = round(start_s * RATE)
        for ratio, amplitude, decay_s in PARTIALS:
            step = 2 * math.pi * fundamental * ratio / RATE
            fall = math.exp(-1 / (decay_s * RATE))  # the decay, per sample
            level = loudness * amplitude
            for n in range(count - first):
                ramp = onset[n] if n < attack else 1.0
                out[first + n] += ramp * level * math.sin(step * n)
                level *= fall
    fade = round(FADE_S * RATE)
    for n in range(fade):  # half a cosine down to exactly zero
        out[count - fade + n] *= 0.5 + 0.5 * math.cos(math.pi * (n + 1) / fade)
    return out


@cache
def synthesize() -> bytes:
    """The chime as the bytes of a WAV file."""
    samples = _samples()
    scale = 32767 * 10 ** (PEAK_DBFS / 20) / max(abs(s) for s in samples)
    pcm = array("h", (round(s * scale) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()  # WAV is little-endian
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(pcm.tobytes())
    return buffer.getvalue()


def write_chime(path: str | os.PathLike[str]) -> None:
    """Write the chime to `path` as a WAV file."""
    with open(path, "wb") as file:
        file.write(synthesize())
