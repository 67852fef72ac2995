"""The settings page's »Klikkeren« rows: learn my clicker. For each job (next, previous,
start/pause, blank) the keys that do it and a »Lær« button that takes the clicker's next key;
a key the kiosk needs is refused with the reason; one button gives the defaults back. The keys
are saved with the page's »Gem« (`learned`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kompas_kiosk.core.room import clicker
from kompas_kiosk.ui.application import ui_language
from kompas_kiosk.ui.settings import fields
from kompas_kiosk.ui.settings.key_catcher import KeyCatcher


class ClickerFields(QObject):
    def __init__(self, page: QWidget, form: QFormLayout, say: Callable[..., None]) -> None:
        super().__init__(page)
        self._say = say  # the page's status line: say(text, error=...)
        self.learned: clicker.Learned = ()
        form.addRow(fields.heading(page, self.tr("Klikkeren")))
        names = {
            clicker.Job.NEXT: self.tr("Næste"),
            clicker.Job.PREVIOUS: self.tr("Forrige (i øvelsen: et minut mere)"),
            clicker.Job.START: self.tr("Start og pause"),
            clicker.Job.BLANK: self.tr("Sort skærm"),
        }
        self.keys: dict[clicker.Job, QLabel] = {}
        self.catchers: dict[clicker.Job, KeyCatcher] = {}
        for job, name in names.items():
            shown = QLabel(page)
            shown.setObjectName(f"settingsClickerKeys_{job.value}")
            catcher = KeyCatcher(f"settingsLearn_{job.value}", self.tr("Lær: %s") % name, page)
            catcher.caught.connect(lambda key, job=job: self.learn_key(key, job))
            line = QHBoxLayout()
            line.addWidget(shown, 1)
            line.addWidget(catcher)
            label = QLabel(name, page)
            label.setBuddy(catcher)
            form.addRow(label, line)
            self.keys[job] = shown
            self.catchers[job] = catcher
        self.reset = QPushButton(self.tr("Klikkerens standardtaster"), page)
        self.reset.setObjectName("settingsClickerReset")
        self.reset.setAccessibleName(self.tr("Giv klikkeren dens standardtaster igen"))
        self.reset.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reset.clicked.connect(lambda: self.show(()))
        form.addRow("", self.reset)
        fields.hint(
            page,
            form,
            self.tr(
                "Tryk »Lær« og så den knap på klikkeren, der skal gøre det. Esc, F1, Ctrl+Q, "
                "Enter og cifrene kan ikke bruges."
            ),
            self.reset,
        )

    def learn_key(self, key: str, job: clicker.Job) -> bool:
        """The clicker's button that sends `key` does `job` (saved with »Gem«)."""
        try:
            learned = clicker.learn(self.learned, key, job)
        except clicker.RefusedKeyError as refused:
            self._say(refused.format(ui_language()), error=True)
            return False
        self._say("")
        self.show(learned)
        return True

    def show(self, learned: clicker.Learned) -> None:
        self.learned = learned
        for job, shown in self.keys.items():
            keys = clicker.keys_for(learned, job)
            text = ", ".join(keys) if keys else self.tr("ingen")
            shown.setText(text)
            shown.setAccessibleName(text)
