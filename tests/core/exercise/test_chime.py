"""The time-up chime: a well-formed, quiet-edged WAV that matches the committed asset."""

from __future__ import annotations

import io
import math
import sys
import wave
from array import array
from itertools import pairwise
from pathlib import Path

import pytest

from kompas_kiosk.core.exercise import chime

ASSET = Path(__file__).resolve().parents[3] / "assets" / "sounds" / "chime.wav"


def read(data: bytes) -> tuple[tuple[int, int, int], array[int]]:
    """(channels, sample width, rate) and the samples."""
    with wave.open(io.BytesIO(data), "rb") as wav:
        params = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        pcm = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        pcm.byteswap()
    return params, pcm


@pytest.fixture(scope="module")
def samples() -> array[int]:
    return read(chime.synthesize())[1]


def test_it_is_a_short_mono_16_bit_wav() -> None:
    params, pcm = read(chime.synthesize())
    assert params == (1, 2, 44_100)
    assert len(pcm) == round(1.6 * 44_100)


def test_the_peak_is_about_minus_6_dbfs(samples: array[int]) -> None:
    peak_db = 20 * math.log10(max(abs(s) for s in samples) / 32768)
    assert -6.5 < peak_db < -5.5


def test_it_has_no_dc_offset(samples: array[int]) -> None:
    assert abs(sum(samples) / len(samples)) < 0.001 * 32768


def test_it_starts_and_ends_in_silence(samples: array[int]) -> None:
    ms = 44  # samples in a millisecond, near enough
    assert samples[0] == 0 and samples[-1] == 0
    assert max(abs(s) for s in samples[:ms]) < 0.05 * 32768  # a ramp, not a step
    assert max(abs(s) for s in samples[-10 * ms :]) < 0.005 * 32768


def test_the_second_strike_does_not_click(samples: array[int]) -> None:
    biggest_step = max(abs(b - a) for a, b in pairwise(samples))
    assert biggest_step < 0.2 * 32768


def test_it_is_deterministic() -> None:
    chime.synthesize.cache_clear()
    first = chime.synthesize()
    chime.synthesize.cache_clear()
    assert chime.synthesize() == first


def test_the_committed_asset_is_what_the_code_makes() -> None:
    # Exact on the machine that made it; a libm elsewhere may round a sine one bit differently.
    made_params, made = read(chime.synthesize())
    committed_params, committed = read(ASSET.read_bytes())
    assert committed_params == made_params, "run: python tools/make_chime.py"
    assert max(abs(a - b) for a, b in zip(made, committed, strict=True)) <= 1, (
        "run: python tools/make_chime.py"
    )


def test_write_chime_writes_the_wav(tmp_path: Path) -> None:
    path = tmp_path / "chime.wav"
    chime.write_chime(path)
    assert path.read_bytes() == chime.synthesize()
