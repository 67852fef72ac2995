"""The notes sheet's place: right-hand in landscape, at the bottom in portrait, in the margin."""

from __future__ import annotations

import pytest

from kompas_kiosk.ui.notes import sheet


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
def test_the_sheet_sits_inside_the_window_on_its_long_side(size):
    width, height = size
    u = sheet.unit_of(width, height)
    rect = sheet.sheet_rect(width, height, u)
    shadow = round(sheet.SHADOW * u)
    inner = rect.adjusted(shadow, shadow, -shadow, -shadow)
    assert inner.left() >= 0 and inner.top() >= 0
    assert inner.right() < width and inner.bottom() < height
    if width >= height:
        assert inner.right() > width * 0.9 and inner.width() == round(width * 0.36)
    else:
        assert inner.bottom() > height * 0.9 and inner.height() == round(height * 0.5)
