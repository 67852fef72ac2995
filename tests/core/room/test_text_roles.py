"""The room's smallest text per role, worked by hand for 65" from 8 m (see test_legibility.py
for the screen's numbers): everyone reads 40 mm cap height, labels and footers 20 mm (4 m)."""

from __future__ import annotations

import pytest

from kompas_kiosk.core.room.legibility import parse_room
from kompas_kiosk.core.room.text_roles import LABEL_SHARE, Role, short_side_mm, text_sizes


def test_read_by_everyone_is_the_farthest_viewer_labels_half_the_room() -> None:
    sizes = text_sizes(parse_room("65in,8m"), 1920, 1080)
    assert sizes is not None
    # 809.42 mm high; 40 mm × 1080 / 809.42 = 53.37 px of cap height; / 0.727 = 73.42 px.
    for role in (Role.TITLE, Role.QUESTION, Role.TEXT, Role.STEP, Role.COUNTDOWN):
        assert sizes.min_px(role) == pytest.approx(73.42, abs=0.01)
        assert sizes.needed_mm(role) == 8000
    for role in (Role.LABEL, Role.FOOTER):
        assert sizes.min_px(role) == pytest.approx(36.71, abs=0.01)
        assert sizes.needed_mm(role) == 8000 * LABEL_SHARE == 4000
    assert sizes.reach_mm(73.42) == pytest.approx(8000, abs=2)
    assert sizes.reach_mm(27.0) == pytest.approx(2942, abs=2), "today's footer: 2.9 m"


def test_the_short_side_sets_the_pixels_in_any_orientation_and_resolution() -> None:
    room = parse_room("65in,8m")
    assert short_side_mm(room) == pytest.approx(809.42, abs=0.01)
    landscape, portrait = text_sizes(room, 1920, 1080), text_sizes(room, 1080, 1920)
    uhd = text_sizes(room, 3840, 2160)
    assert landscape is not None and portrait is not None and uhd is not None
    assert portrait.min_px(Role.TEXT) == pytest.approx(landscape.min_px(Role.TEXT))
    assert uhd.min_px(Role.TEXT) == pytest.approx(2 * landscape.min_px(Role.TEXT))
    assert short_side_mm(parse_room("65in,8m,portrait")) == pytest.approx(809.42, abs=0.01)


def test_in_centimetres_and_without_a_room() -> None:
    sizes = text_sizes(parse_room("165cm,8m"), 1920, 1080)
    assert sizes is not None and sizes.min_px(Role.TEXT) == pytest.approx(73.46, abs=0.01)
    assert text_sizes(None, 1920, 1080) is None
