"""The console's top line: where the room is (the step or the card), the workshop the notes go
to, and the buttons »Ny workshop« and »Indstillinger« (shown once the app gives the console its
settings page). The texts end in "…" rather than push the buttons under the notes sheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kompas_kiosk.ui.common.language_change import on_language_change
from kompas_kiosk.ui.console import parts
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import Theme


class TitleRow(QWidget):
    def __init__(self, colors: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleTitleRow")
        self._colors = colors
        self.position = parts.label(self, "consolePosition", caption=False)
        self.session = parts.label(self, "consoleSession", caption=True)
        self.settings_button = parts.button(
            self, "settings", "", None, colors
        )  # made first: Tab comes to it from the notes before »Ny workshop«
        self.workshop_button = parts.button(self, "workshop", "", None, colors)
        self.retranslate()
        on_language_change(self, self.retranslate)
        self.settings_button.hide()  # until the app gives the console its settings page
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.position, 3)  # as wide as the previews' columns, 3 to 2
        row.addWidget(self.session, 2)
        row.addWidget(self.workshop_button)
        row.addWidget(self.settings_button)

    def retranslate(self) -> None:
        """The buttons' words in the UI's language (again, when it changes while running)."""
        for button, text in (
            (self.settings_button, self.tr("Indstillinger")),
            (self.workshop_button, self.tr("Ny workshop")),
        ):
            button.setText(text)
            button.setAccessibleName(text)

    def set_unit(self, u: float) -> None:
        """Sizes in units of 1% of the console's short side."""
        self.position.setFont(typescale.font(typescale.HINT * u, QFont.Weight.DemiBold))
        self.session.setFont(typescale.font(typescale.FLOOR * u))
        parts.set_unit((self.workshop_button, self.settings_button), self._colors, u)
        self._row.setSpacing(round(spacing.CARD_MARGIN * u))

    def set_session(self, name: str) -> None:
        """The workshop the notes go to ('' before its first note: the room's place is free)."""
        self.session.setText(name)
        self.session.setVisible(bool(name))

    def offer_settings(self, open_page: Callable[[], None]) -> None:
        """Show »Indstillinger«, which calls `open_page`."""
        self.settings_button.clicked.connect(open_page)
        self.settings_button.show()
