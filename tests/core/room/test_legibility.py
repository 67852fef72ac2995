"""The room's numbers: AVIXA DISCAS basic decision making, against examples worked by hand.

Each example's numbers are computed here step by step, as one would on paper:
screen height = diagonal × (short side / √(long² + short²)) for 16:9 is diagonal × 9/√337;
the smallest element = farthest distance / 200; in pixels = element × pixels high / height;
the font size = element in pixels / 0.727 (the cap height of Inter, see core/room.py).
"""

from __future__ import annotations

import math

import pytest

from kompas_kiosk.core.room.legibility import (
    CAP_HEIGHT_EM,
    DISCAS_BDM,
    Room,
    RoomSpecError,
    parse_resolution,
    parse_room,
)

SQRT_337 = 18.357559750685819  # √(16² + 9²), the diagonal of a 16:9 rectangle


def test_65_inch_landscape_from_8_metres() -> None:
    room = parse_room("65in,8m")
    # 65" = 65 × 25.4 = 1651.0 mm; 1651.0 × 9 / 18.3576 = 809.42 mm high, 1438.97 mm wide.
    assert room.diagonal_mm == pytest.approx(1651.0)
    assert room.height_mm == pytest.approx(809.42, abs=0.01)
    assert room.width_mm == pytest.approx(1438.97, abs=0.01)
    # 8 m / 200 = 40 mm; that is 40 / 809.42 = 4.94% of the height ("about 5%", DESIGN.md).
    assert room.element_mm == pytest.approx(40.0)
    assert room.element_mm / room.height_mm == pytest.approx(0.0494, abs=0.0001)
    # On 1080 pixels: 40 × 1080 / 809.42 = 53.37 px; as a font size: 53.37 / 0.727 = 73.42 px.
    assert room.pixels() == (1920, 1080)
    assert room.element_px(1080) == pytest.approx(53.37, abs=0.01)
    assert room.font_px(1080) == pytest.approx(73.42, abs=0.01)
    # The kiosk's floor, 2.5% of 1080 = 27 px: cap height 27 × 0.727 = 19.63 px = 14.71 mm,
    # readable to 200 × 14.71 mm = 2.94 m.
    assert room.readable_mm(27.0, 1080) == pytest.approx(2942.0, abs=1.0)


def test_the_same_panel_in_portrait_has_the_same_pixels_per_millimetre() -> None:
    room = parse_room("65in,8m,portrait")
    # Standing, the height is the long side: 1651.0 × 16 / 18.3576 = 1438.97 mm over 1920 px.
    assert room.portrait and room.pixels((1920, 1080)) == (1080, 1920)
    assert room.height_mm == pytest.approx(1438.97, abs=0.01)
    # 40 × 1920 / 1438.97 = 53.37 px: the same as in landscape, as it must be.
    assert room.element_px(1920) == pytest.approx(53.37, abs=0.01)


def test_165_cm_at_4k_from_6_metres() -> None:
    room = parse_room("165cm,6m")
    # 1650 mm × 9 / 18.3576 = 808.93 mm; 6 m / 200 = 30 mm; 30 × 2160 / 808.93 = 80.11 px.
    assert (room.diagonal_mm, room.diagonal_unit) == (1650.0, "cm")
    assert room.height_mm == pytest.approx(808.93, abs=0.01)
    assert room.element_mm == pytest.approx(30.0)
    assert room.element_px(2160) == pytest.approx(80.11, abs=0.01)


def test_86_inch_from_12_metres() -> None:
    room = parse_room("86in,12m")
    # 86 × 25.4 = 2184.4 mm; × 9 / 18.3576 = 1070.93 mm; 12 m / 200 = 60 mm;
    # 60 × 1080 / 1070.93 = 60.51 px; font 60.51 / 0.727 = 83.23 px, 7.7% of the height.
    assert room.height_mm == pytest.approx(1070.93, abs=0.01)
    assert room.element_px(1080) == pytest.approx(60.51, abs=0.01)
    assert room.font_px(1080) == pytest.approx(83.23, abs=0.01)


def test_55_inch_16_by_10_from_4_metres() -> None:
    room = parse_room('55",4m,16:10')
    # √(16² + 10²) = 18.8680; 55" = 1397 mm × 10 / 18.8680 = 740.41 mm;
    # 4 m / 200 = 20 mm; 20 × 1200 / 740.41 = 32.41 px.
    assert room.aspect == (16, 10)
    assert room.height_mm == pytest.approx(740.41, abs=0.01)
    assert room.element_px(1200) == pytest.approx(32.41, abs=0.01)
    room.check_resolution((1920, 1200))


def test_the_screen_a_room_needs() -> None:
    room = parse_room("65in,8m")
    # Text of 2.5% of the height has a cap height of 0.025 × 0.727 = 1.8175% of the height;
    # for 40 mm the height must be 40 / 0.018175 = 2200.8 mm, a diagonal of
    # 2200.8 × 18.3576 / 9 = 4489.1 mm = 176.7".
    assert room.diagonal_needed_mm(0.025) == pytest.approx(4489.1, abs=0.5)


def test_the_formulas_are_the_definitions() -> None:
    assert DISCAS_BDM == 200
    assert round(CAP_HEIGHT_EM, 3) == 0.727
    room = Room(diagonal_mm=1000.0, distance_mm=5000.0)
    assert room.height_mm == pytest.approx(1000.0 * 9 / SQRT_337)
    assert room.height_mm**2 + room.width_mm**2 == pytest.approx(1000.0**2)
    assert room.font_px(1000, measure_em=1.0) == pytest.approx(room.element_px(1000))
    assert math.isclose(room.readable_mm(room.font_px(1080), 1080), 5000.0)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("65in,8m", (1651.0, 8000.0, False, (16, 9))),
        (" 65 IN , 8 M ", (1651.0, 8000.0, False, (16, 9))),
        ('65",800cm,landscape', (1651.0, 8000.0, False, (16, 9))),
        ("1651mm,8000mm,portrait,16:9", (1651.0, 8000.0, True, (16, 9))),
        ("65inch,7.5m,10:16", (1651.0, 7500.0, False, (16, 10))),
        ("100cm,0.5m,4:3,portrait", (1000.0, 500.0, True, (4, 3))),
    ],
)
def test_rooms_as_written(spec: str, expected: tuple[float, float, bool, tuple[int, int]]) -> None:
    room = parse_room(spec)
    assert (room.diagonal_mm, room.distance_mm, room.portrait, room.aspect) == expected


@pytest.mark.parametrize(
    ("spec", "code", "english"),
    [
        (
            "65in",
            "parts",
            "give the screen's diagonal and the farthest viewer, separated by a "
            'comma, e.g. "65in,8m" or "165cm,8m,portrait"',
        ),
        (
            "65,8m",
            "diagonal",
            "'65' is not a screen diagonal – write it in inches or cm, e.g. 65in or 165cm",
        ),
        (
            "65in,8",
            "distance",
            "'8' is not a distance – write the farthest viewer's distance in metres, e.g. 8m",
        ),
        (
            "65in,8ft",
            "distance",
            "'8ft' is not a distance – write the farthest viewer's distance in metres, e.g. 8m",
        ),
        ("2in,8m", "diagonal_range", "a diagonal of 2in is not a screen – give 10 to 1000 inches"),
        (
            "65in,500m",
            "distance_range",
            "a distance of 500m does not fit a room – give 0.3 to 200 m",
        ),
        (
            "65in,8m,sideways",
            "extra",
            "'sideways' is not known – write portrait, landscape or an aspect such as 16:10",
        ),
        (",8m", "parts", None),
    ],
)
def test_bad_rooms_say_what_to_write(spec: str, code: str, english: str | None) -> None:
    with pytest.raises(RoomSpecError) as raised:
        parse_room(spec)
    assert raised.value.code == code
    if english is not None:
        assert raised.value.message("en") == english
    assert raised.value.message("da") != raised.value.message("en")


def test_resolutions() -> None:
    assert parse_resolution("3840x2160") == (3840, 2160)
    assert parse_resolution(" 1080 X 1920 ") == (1080, 1920)
    with pytest.raises(RoomSpecError) as raised:
        parse_resolution("4k")
    assert raised.value.message("en").startswith("'4k' is not a screen resolution")
    with pytest.raises(RoomSpecError) as raised:
        parse_room("65in,8m").check_resolution((1920, 1200))
    assert raised.value.message("en") == (
        "the resolution 1920x1200 is not 16:9 – add ',16:10' to the room, or correct the resolution"
    )
    assert "opløsningen 1920x1200 er ikke 16:9" in raised.value.message("da")
    parse_room("65in,8m,portrait").check_resolution((1080, 1920))
