"""Every text/background pair of every theme meets WCAG 2.x contrast, computed from the theme.

Body text needs 4.5:1; large text (the countdown's digits) and UI parts (focus rings, field
borders, the countdown's disc against its faint circle) need 3:1. The pairs are the ones the views
paint; the colours some views define for themselves (the notes panel's sheet, its selection and
warning bars, the white of its fields) are checked against every theme's ink and accent.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest
from PySide6.QtGui import QColor

from kompas_kiosk.core.exercise.countdown import Phase
from kompas_kiosk.ui.exercise.timer_face import TimerColors
from kompas_kiosk.ui.theme.colors import DEFAULT, HIGH_CONTRAST, THEMES, Theme

BODY, LARGE = 4.5, 3.0
WHITE = QColor("#ffffff")  # the notes panel's fields; text on its accent buttons


def luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(color: QColor, alpha: float, base: QColor) -> QColor:
    """`color` at `alpha` painted over `base`."""
    mix = [
        round(alpha * top + (1 - alpha) * bottom)
        for top, bottom in zip(color.getRgb()[:3], base.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


@dataclass(frozen=True)
class Pair:
    name: str
    fg: QColor
    bg: QColor
    minimum: float


def pairs(t: Theme) -> list[Pair]:
    timer = TimerColors.of(t)
    found = [
        # The card, the deck chooser's tiles, the exercise, the shared notes: text on paper.
        Pair("ink on paper", t.ink, t.paper, BODY),
        Pair("accent on paper", t.accent, t.paper, BODY),
        Pair("muted on paper", t.muted, t.paper, BODY),
        Pair("warning_ink on paper", t.warning_ink, t.paper, BODY),
        # The chooser's heading, messages, help, overview, PIN dialog: text on the surround.
        Pair("on_surround on surround", t.on_surround, t.surround, BODY),
        Pair("on_surround_muted on surround", t.on_surround_muted, t.surround, BODY),
        Pair("warning on surround", t.warning, t.surround, BODY),
        Pair("focus ring on surround", t.focus, t.surround, LARGE),
        # The toast; the PIN dialog's confirm key; the help overlay's key caps; its panel.
        Pair("paper on ink (toast)", t.paper, t.ink, BODY),
        Pair("paper on accent (confirm key)", t.paper, t.accent, BODY),
        Pair(
            "on_surround on a key cap (help)",
            t.on_surround,
            over(t.on_surround, 0.1, t.surround),
            BODY,
        ),
        Pair("on_surround on the PIN panel", t.on_surround, t.surround.lighter(125), BODY),
        # The notes panel's own colours, with the theme's.
        Pair("ink on the notes sheet", t.ink, t.sheet, BODY),
        Pair("muted on the notes sheet", t.muted, t.sheet, BODY),
        Pair("accent on the notes sheet", t.accent, t.sheet, BODY),
        Pair("ink on a selected note", t.ink, t.selected, BODY),
        Pair("muted on a selected note", t.muted, t.selected, BODY),
        Pair("accent on a selected note", t.accent, t.selected, BODY),
        Pair("warning ink on the warning bar", t.alert_ink, t.alert_paper, BODY),
        Pair("ink in a note field", t.ink, WHITE, BODY),
        Pair("white on accent (primary button)", WHITE, t.accent, BODY),
        Pair("field border (muted) on white", t.muted, WHITE, LARGE),
        Pair("focus ring (accent) on the notes sheet", t.accent, t.sheet, LARGE),
    ]
    for phase in Phase:
        for paused in (False, True):
            name = f"timer {phase.name.lower()}{' paused' if paused else ''}"
            color = timer.for_phase(phase, paused)
            found.append(Pair(f"{name} on paper", color, t.paper, BODY))
            face = timer.face(color, t.paper)
            found.append(Pair(f"{name} disc on its faint circle", color, face, LARGE))
        # The console's big digits: the phase colour lightened, on the surround.
        lighter = timer.for_phase(phase).lighter(190)
        found.append(Pair(f"console digits {phase.name.lower()}", lighter, t.surround, LARGE))
    return found


CASES = [
    pytest.param(theme, pair, id=f"{name}: {pair.name}")
    for name, theme in THEMES.items()
    for pair in pairs(theme)
]


@pytest.mark.parametrize(("theme", "pair"), CASES)
def test_contrast(theme: Theme, pair: Pair) -> None:
    name = next(key for key, value in THEMES.items() if value is theme)
    found = ratio(pair.fg, pair.bg)
    assert found >= pair.minimum, (
        f"{name}: {pair.name} ({pair.fg.name()} on {pair.bg.name()}) is {found:.2f}:1, "
        f"needs {pair.minimum}:1"
    )


def test_high_contrast_reaches_aaa_for_text_on_the_card() -> None:
    t = HIGH_CONTRAST
    for field in ("ink", "accent", "muted", "warning_ink", "timer_calm", "timer_time_up"):
        found = ratio(getattr(t, field), t.paper)
        assert found >= 7.0, f"high-contrast: {field} on paper is {found:.2f}:1, aims at 7:1"
    for field in ("on_surround", "on_surround_muted", "warning", "focus"):
        found = ratio(getattr(t, field), t.surround)
        assert found >= 7.0, f"high-contrast: {field} on surround is {found:.2f}:1, aims at 7:1"


def test_the_themes_have_the_same_fields_and_are_named() -> None:
    assert THEMES == {"default": DEFAULT, "high-contrast": HIGH_CONTRAST}
    names = [f.name for f in fields(Theme)]
    for theme in THEMES.values():
        assert all(getattr(theme, name) is not None for name in names)
    assert HIGH_CONTRAST.surround.name() == "#000000"


def test_the_ratio_is_wcags() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert over(QColor("#ffffff"), 0.5, QColor("#000000")).name() == "#808080"
