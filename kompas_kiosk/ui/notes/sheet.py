"""The notes sheet's place and paper: a right-hand sheet in landscape, a bottom sheet in
portrait, inside the card's margin, with a soft shadow; the type scale follows the window's
short side (one unit is a hundredth of it)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath

from kompas_kiosk.ui.theme import spacing

WIDTH_LANDSCAPE = 0.36  # of the window's width
HEIGHT_PORTRAIT = 0.5  # of the window's height
SHADOW = 1.2  # units of soft shadow around the sheet
WIDE = 1.6  # a landscape window narrower than this (4:3) scales the unit down with its width


def unit_of(width: int, height: int) -> float:
    """The unit of a window of `width` × `height` that holds the sheet beside other things (the
    room's card, the console's columns): a hundredth of the short side, less on a landscape
    window narrower than 16:10 (at 1024x768 the sheet and the console's columns fit side by
    side only so)."""
    narrow = min(1.0, width / (WIDE * height)) ** 1.5 if width >= height else 1.0
    return max(1.0, min(width, height) / 100.0 * narrow)


def sheet_rect(width: int, height: int, u: float, least: int = 0) -> QRect:
    """The sheet's geometry in its window, its shadow included; at least `least` wide (its
    contents' minimum, in landscape), growing to the left."""
    margin = round(spacing.CARD_MARGIN * u)
    if width >= height:
        sheet = max(round(width * WIDTH_LANDSCAPE), least)
        rect = QRect(width - sheet - margin, margin, sheet, height - 2 * margin)
    else:
        sheet = round(height * HEIGHT_PORTRAIT)
        rect = QRect(margin, height - sheet - margin, width - 2 * margin, sheet)
    shadow = round(SHADOW * u)
    return rect.adjusted(-shadow, -shadow, shadow, shadow)


def paint_sheet(painter: QPainter, area: QRect, unit: float, color: QColor) -> None:
    """The paper, with rounded corners, over its shadow, in `area` (the widget's rect)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shadow = round(SHADOW * unit)
    sheet = QRectF(area.adjusted(shadow, shadow, -shadow, -shadow))
    radius = spacing.CARD_RADIUS * unit
    for step, alpha in ((4, 18), (3, 26), (2, 34), (1, 44)):
        grow = shadow * step / 4
        path = QPainterPath()
        path.addRoundedRect(sheet.adjusted(-grow, -grow / 2, grow / 2, grow), radius, radius)
        painter.fillPath(path, QColor(0, 0, 0, alpha))
    path = QPainterPath()
    path.addRoundedRect(sheet, radius, radius)
    painter.fillPath(path, color)
