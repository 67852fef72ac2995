"""The settings page's »Tiden er snart gået ved« row: at which share of the exercise the
countdown turns amber, in percent, written as the UI's language writes numbers ("12,5 %" in
Danish). The rule and its bounds: `core/exercise/warning.py`."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QWidget

from kompas_kiosk.core.exercise.warning import MAX_PERCENT, MAX_SECONDS, MIN_SECONDS
from kompas_kiosk.ui.application import ui_locale
from kompas_kiosk.ui.settings import fields


class WarningField(QDoubleSpinBox):
    """The percentage, with its label and hint added to `form`."""

    def __init__(self, page: QWidget, form: QFormLayout) -> None:
        super().__init__(page)
        name = self.tr("Tiden er snart gået ved")
        self.setObjectName("settingsWarningPercent")
        self.setAccessibleName(name)
        self.setDecimals(1)
        self.setSingleStep(1.0)
        self.setMinimumWidth(180)
        self.setLocale(ui_locale())
        self.setRange(0.0, MAX_PERCENT)
        self.setSuffix(" %")
        self.setSpecialValueText(self.tr("Aldrig"))
        fields.row(page, form, name, self)
        hint = self.tr(
            "Uret bliver ravgult, når denne del af øvelsens tid er tilbage: mindst %1 sekunder "
            "og højst %2 minutter før nul. 0 slår det fra."
        )
        hint = hint.replace("%1", f"{MIN_SECONDS:g}").replace("%2", f"{MAX_SECONDS / 60:g}")
        fields.hint(page, form, hint, self)
