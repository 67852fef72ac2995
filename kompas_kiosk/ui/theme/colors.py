"""The colours of the room screen: the calm default theme and a high-contrast one.

Every colour is named for its role (paper, ink, accent...), never for its hue, so a view asks for
what a thing is and a theme decides how it looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Theme:
    surround: QColor  # the room around the card
    paper: QColor  # the card itself
    ink: QColor  # body text
    accent: QColor  # headings, the question
    muted: QColor  # quiet text: footer, position
    rule: QColor  # thin lines
    on_surround: QColor  # text outside the card (chooser, messages)
    on_surround_muted: QColor
    warning: QColor  # problems in content, on the surround
    warning_ink: QColor  # problems in content, on paper
    focus: QColor  # the chosen tile or control, on the surround
    # The countdown's phases; each reads as text on the paper (WCAG AA, 4.5:1).
    timer_ready: QColor  # before the start: neutral
    timer_calm: QColor  # counting down
    timer_warning: QColor  # the warning time
    timer_time_up: QColor  # time is up, and over time
    timer_face_tint: float  # the disc's faint full circle: the paper with this much of the colour
    # The notes sheet: a shade under the card's paper, a selected note, a note not yet stored.
    sheet: QColor = field(default_factory=lambda: QColor("#f4efe6"))
    selected: QColor = field(default_factory=lambda: QColor("#e2ebf2"))
    alert_paper: QColor = field(default_factory=lambda: QColor("#fbecd0"))
    alert_ink: QColor = field(default_factory=lambda: QColor("#7a3400"))  # 7.4:1 on alert_paper


_ACCENT = "#0d4f7c"  # the deck's blue

DEFAULT = Theme(
    surround=QColor("#17324a"),
    paper=QColor("#fbf8f3"),
    ink=QColor("#1b2733"),
    accent=QColor(_ACCENT),
    muted=QColor("#55606b"),
    rule=QColor("#d9d2c5"),
    on_surround=QColor("#f4f1ea"),
    on_surround_muted=QColor("#b9c6d2"),
    warning=QColor("#ffcf70"),
    warning_ink=QColor("#a84e00"),
    focus=QColor("#ffcf70"),
    timer_ready=QColor("#55606b"),  # slate
    timer_calm=QColor(_ACCENT),
    timer_warning=QColor("#a84e00"),  # burnt amber
    timer_time_up=QColor("#b8402a"),  # coral red, not alarm red
    timer_face_tint=0.13,
)

# For eyes that need more: black around a white card, black text, a deep blue and strong signal
# colours, every text 7:1 or more (WCAG AAA). The same faces and sizes: only the colours change.
_HC_ACCENT = "#003f8a"  # 10.1:1 on white

HIGH_CONTRAST = Theme(
    surround=QColor("#000000"),
    paper=QColor("#ffffff"),
    ink=QColor("#000000"),
    accent=QColor(_HC_ACCENT),
    muted=QColor("#3b3b3b"),  # 11:1: quiet, still far above body-text contrast
    rule=QColor("#6b6b6b"),
    on_surround=QColor("#ffffff"),
    on_surround_muted=QColor("#d6d6d6"),
    warning=QColor("#ffd84d"),
    warning_ink=QColor("#8a3000"),
    focus=QColor("#ffd84d"),  # a yellow ring on black
    timer_ready=QColor("#3b3b3b"),
    timer_calm=QColor(_HC_ACCENT),
    timer_warning=QColor("#8a3000"),
    timer_time_up=QColor("#b0001e"),
    timer_face_tint=0.13,
    sheet=QColor("#ffffff"),
    selected=QColor("#dde8ff"),
    alert_paper=QColor("#fff1c2"),
    alert_ink=QColor("#000000"),
)

THEMES: dict[str, Theme] = {"default": DEFAULT, "high-contrast": HIGH_CONTRAST}
"""The themes by the name a setting or `--theme` gives."""
