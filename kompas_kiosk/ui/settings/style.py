"""The settings page's looks: sized for a laptop next to a projector.

20 px text, 44 px controls, a yellow ring where the keyboard is; colours from the theme.
"""

from __future__ import annotations

from kompas_kiosk.ui.theme import typescale
from kompas_kiosk.ui.theme.colors import Theme

TEXT_PX = 20  # a laptop at arm's length: no smaller than the console's buttons
HEADING_PX = 26
CONTROL_PX = 44  # the height of a control


def style_sheet(c: Theme) -> str:
    """The page's style sheet in the colours `c`."""
    focus = c.focus.name()
    return f"""
        * {{ font-family: "{typescale.FAMILY}"; }}
        QDialog#settingsPage, QWidget#settingsBody {{ background: {c.surround.name()}; }}
        QLabel, QCheckBox {{ color: {c.on_surround.name()}; font-size: {TEXT_PX}px; }}
        QLabel[role="heading"] {{ font-size: {HEADING_PX}px; font-weight: 700; }}
        QLabel[role="hint"] {{ color: {c.on_surround_muted.name()}; }}
        QLabel#settingsStatus {{ font-weight: 600; }}
        QLabel#settingsStatus[kind="error"] {{ color: {c.warning.name()}; }}
        QComboBox, QDoubleSpinBox, QLineEdit {{
            font-size: {TEXT_PX}px; min-height: {CONTROL_PX - 8}px; padding: 2px 10px;
            background: {c.paper.name()}; color: {c.ink.name()};
            border: 3px solid {c.paper.name()}; border-radius: 8px; }}
        QComboBox:focus, QDoubleSpinBox:focus, QLineEdit:focus {{ border-color: {focus}; }}
        QComboBox:disabled, QLineEdit:disabled {{ background: {c.rule.name()}; }}
        QComboBox QAbstractItemView {{ font-size: {TEXT_PX}px; background: {c.paper.name()};
            color: {c.ink.name()}; selection-background-color: {c.accent.name()}; }}
        QCheckBox {{ padding: 6px 10px; border: 3px solid transparent; border-radius: 8px;
                     min-height: {CONTROL_PX - 12}px; spacing: 12px; }}
        QCheckBox:focus {{ border-color: {focus}; }}
        QCheckBox::indicator {{ width: 22px; height: 22px; border-radius: 4px;
                                border: 3px solid {c.paper.name()}; }}
        QCheckBox::indicator:checked {{ background: {focus}; }}
        QCheckBox::indicator:unchecked {{ background: {c.surround.name()}; }}
        QCheckBox:disabled {{ color: {c.on_surround_muted.name()}; }}
        QPushButton {{ font-size: {TEXT_PX}px; min-height: {CONTROL_PX - 8}px;
                       background: {c.paper.name()}; color: {c.ink.name()};
                       border: 3px solid {c.paper.name()}; border-radius: 8px;
                       padding: 4px 20px; }}
        QPushButton:focus {{ border-color: {focus}; }}
        QPushButton:pressed {{ background: {c.rule.name()}; }}
        QScrollArea {{ border: none; background: {c.surround.name()}; }}
        """
