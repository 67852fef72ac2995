"""»Ny workshop«: a name and, if the facilitator likes, a place, over the facilitator's window.

Large fields and buttons on paper, readable on the room screen and easy to tap. Enter starts
(on a focused button: that button), Esc cancels and changes nothing. It only collects the two
lines: whoever opened it starts the workshop (`submitted`) and calls `accept()`, or
`show_error(...)` with what is wrong (an empty name), and the dialog stays open.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kompas_kiosk.ui.common.overlay import Overlay
from kompas_kiosk.ui.notes.parts import button, label, named
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

WIDTH = 64.0  # the panel's width in units (1% of the short side), at most the window's


class WorkshopDialog(Overlay):
    submitted = Signal(str, str)  # name, place (as typed)
    cancelled = Signal()

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopDialog")
        self._colors = colors
        self._return_focus: QWidget | None = None
        self.panel = named(QFrame(self), "workshopPanel")
        self.title = label("workshopTitle", self.tr("Ny workshop"))
        self.current = label("workshopCurrent")
        self.name = named(QLineEdit(), "workshopField")
        self.place = named(QLineEdit(), "workshopField")
        self.name.setPlaceholderText(self.tr("fx Borgermøde i Aarhus"))
        self.place.setPlaceholderText(self.tr("fx Dokk1, lokale 2"))
        self.name.setAccessibleName(self.tr("Workshoppens navn"))
        self.place.setAccessibleName(self.tr("Sted (valgfrit)"))
        self.message = label("workshopMessage")
        self.message.hide()
        self.start_button = button(self.tr("Start workshoppen"), "workshopStart", self.submit)
        self.cancel_button = button(self.tr("Annuller"), "workshopCancel", self.cancel)
        self.hint = label("workshopHint", self.tr("Enter starter · Esc annullerer"))
        rows = QVBoxLayout(self.panel)
        self._rows = rows
        for widget in (self.title, self.current):
            rows.addWidget(widget)
        for text, field in ((self.tr("Navn"), self.name), (self.tr("Sted (valgfrit)"), self.place)):
            caption = label("workshopLabel", text)
            caption.setBuddy(field)
            rows.addWidget(caption)
            rows.addWidget(field)
        rows.addWidget(self.message)
        line = QHBoxLayout()
        self._buttons = line
        line.addWidget(self.start_button)
        line.addWidget(self.cancel_button)
        line.addStretch(1)
        rows.addLayout(line)
        rows.addWidget(self.hint)
        self.setAccessibleName(self.tr("Ny workshop"))
        self.hide()

    # -- opening and closing -----------------------------------------------------------------

    def popup(self, over: QWidget, current: str = "") -> None:
        """Cover `over` (the facilitator's window), empty, the cursor in the name. `current`:
        the workshop the notes belong to now, which keeps its notes."""
        self._move_to(over)
        self._return_focus = QApplication.focusWidget()
        self.name.clear()
        self.place.clear()
        self.message.clear()
        self.message.hide()
        text = self.tr("Noterne fra nu af hører til den nye workshop.")
        if current:
            kept = self.tr("»%1« beholder sine noter.").replace("%1", current)
            text = f"{text} {kept}"
        self.current.setText(text)
        self.setGeometry(over.rect())
        self._lay_out()
        self.raise_()
        self.show()
        self.name.setFocus(Qt.FocusReason.PopupFocusReason)

    def submit(self) -> None:
        """Enter or »Start workshoppen«: the name and place to whoever opened the dialog."""
        self.submitted.emit(self.name.text(), self.place.text())

    def show_error(self, text: str) -> None:
        """What is wrong with the name or place: said under the fields; the dialog stays."""
        self.message.setText(text)
        self.message.show()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self._lay_out()

    def accept(self) -> None:
        """The workshop has started: close."""
        self._dismiss()

    def cancel(self) -> None:
        """Esc or »Annuller«: close; nothing has changed."""
        self._dismiss()
        self.cancelled.emit()

    def _dismiss(self) -> None:
        self.hide()
        target, self._return_focus = self._return_focus, None
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    def _move_to(self, over: QWidget) -> None:
        old = self.parentWidget()
        if old is over:
            return
        if old is not None:
            old.removeEventFilter(self)
        self.setParent(over)
        over.installEventFilter(self)

    # -- layout and painting -----------------------------------------------------------------

    def unit(self) -> float:
        return max(4.0, min(self.width(), self.height()) / 100.0)

    def _lay_out(self) -> None:
        u = self.unit()
        c = self._colors
        pad = round(spacing.PIN_PAD * u)
        self._rows.setContentsMargins(pad, pad, pad, pad)
        self._rows.setSpacing(round(spacing.SHEET_GAP * u))
        self._buttons.setSpacing(round(spacing.SHEET_BUTTON_GAP * u))
        self.title.setFont(typescale.font(typescale.PIN_TITLE * u, QFont.Weight.Bold))
        body = typescale.font(typescale.HINT * u)
        for widget in (self.current, self.name, self.place, self.start_button, self.cancel_button):
            widget.setFont(body)
        for widget in self.panel.findChildren(QLabel, "workshopLabel"):
            widget.setFont(typescale.font(typescale.HINT * u, QFont.Weight.DemiBold))
        self.message.setFont(typescale.font(typescale.HINT * u, QFont.Weight.DemiBold))
        self.hint.setFont(typescale.font(typescale.FLOOR * u))
        radius, border = round(spacing.PIN_KEY_RADIUS * u), max(2, round(0.25 * u))
        field_pad = round(1.2 * u)
        self.panel.setStyleSheet(
            f"""
            QFrame#workshopPanel {{ background: {c.paper.name()};
                border-radius: {round(spacing.CARD_RADIUS * u)}px; }}
            QLabel {{ color: {c.ink.name()}; background: transparent; }}
            QLabel#workshopTitle {{ color: {c.accent.name()}; }}
            QLabel#workshopMessage {{ color: {c.warning_ink.name()}; }}
            QLabel#workshopHint {{ color: {c.muted.name()}; }}
            QLineEdit {{ color: {c.ink.name()}; background: #ffffff;
                border: {border}px solid {c.muted.name()}; border-radius: {radius}px;
                padding: {field_pad}px; min-height: {round(6 * u)}px; }}
            QLineEdit:focus {{ border: {border + 1}px solid {c.accent.name()}; }}
            QPushButton {{ color: {c.ink.name()}; background: {c.paper.name()};
                border: {border}px solid {c.muted.name()}; border-radius: {radius}px;
                padding: {field_pad}px {round(2.5 * u)}px; min-height: {round(6 * u)}px; }}
            QPushButton#workshopStart {{ background: {c.accent.name()}; color: #ffffff;
                border-color: {c.accent.name()}; }}
            QPushButton:focus {{ border: {border + 1}px solid {c.ink.name()}; }}
            QPushButton:pressed {{ background: {c.rule.name()}; }}
            """
        )
        width = min(self.width() - 2 * round(spacing.CARD_MARGIN * u), round(WIDTH * u))
        self.panel.setFixedWidth(max(1, width))
        height = min(self.panel.heightForWidth(width), self.height())
        self.panel.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scrim = QColor(self._colors.surround.darker(130))
        scrim.setAlphaF(0.92)
        painter.fillRect(self.rect(), scrim)
        painter.end()

    # -- input -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._lay_out()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focus, QAbstractButton):
                focus.click()
            else:
                self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a tap beside the panel does nothing, and never reaches the room
