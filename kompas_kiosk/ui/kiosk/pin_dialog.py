"""The kiosk-mode code pad: a large number pad over the room screen, for touch and keyboard.

It only collects digits. Whoever opened it checks the code (`submitted`), and calls `accept()`
when it is right or `show_error(...)` when it is wrong; after `MAX_TRIES` wrong codes in a row
the pad locks, each round longer (`core.kiosk.pin.lockout_seconds`: 30 s, 1 min, 5 min, …),
timed by the injected clock (remaining time is computed, never counted; the timer only repaints
and unlocks).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kompas_kiosk.core.kiosk.pin import MAX_DIGITS, MAX_TRIES, lockout_seconds
from kompas_kiosk.ui.common import painting
from kompas_kiosk.ui.common.overlay import Overlay
from kompas_kiosk.ui.theme import spacing, typescale
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): str(digit) for digit in range(10)}
_PAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "confirm")


class PinDialog(Overlay):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        colors: Theme = DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clock = clock
        self._colors = colors
        self._title = self.tr("Indtast koden")
        self._digits = ""
        self._message = ""
        self._wrong = 0
        self._rounds = 0  # rounds of MAX_TRIES wrong codes since the last right one
        self._locked_until = -math.inf
        self._return_focus: QWidget | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.refresh)
        self.keys: dict[str, QPushButton] = {}
        for name in _PAD:
            button = QPushButton(self._label(name), self)
            button.setObjectName(f"pinKey_{name}")
            button.setAccessibleName(self._accessible_name(name))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves the keys to the pad
            button.clicked.connect(self._on_key_clicked)
            self.keys[name] = button
        self.cancel_button = QPushButton(self.tr("Annuller"), self)
        self.cancel_button.setObjectName("pinCancel")
        self.cancel_button.setAccessibleName(self.tr("Annuller"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cancel_button.clicked.connect(self.cancel)
        self.setAccessibleName(self._title)
        self.hide()

    def _label(self, name: str) -> str:
        return {"delete": "⌫", "confirm": self.tr("OK")}.get(name, name)

    def _accessible_name(self, name: str) -> str:
        if name == "delete":
            return self.tr("Slet sidste ciffer")
        if name == "confirm":
            return self.tr("Bekræft koden")
        return name

    # -- opening and closing -----------------------------------------------------------------

    def popup(self, title: str | None = None) -> None:
        """Cover the parent with the pad and take the keyboard. A lockout carries on."""
        self._return_focus = QApplication.focusWidget()
        if title:
            self._title = title
            self.setAccessibleName(title)
        self._digits = ""
        if not self.is_locked():
            self._message = ""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._place_buttons()
        self.refresh()
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def dismiss(self) -> None:
        """Hide the pad (the digits typed are forgotten) and give the keyboard back."""
        self._digits = ""
        self.hide()
        target, self._return_focus = self._return_focus, None
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    def accept(self) -> None:
        """The code was right: forget the wrong tries and close."""
        self._wrong = 0
        self._rounds = 0
        self._message = ""
        self.dismiss()

    def cancel(self) -> None:
        self.dismiss()
        self.cancelled.emit()

    # -- the code ----------------------------------------------------------------------------

    @property
    def typed_count(self) -> int:
        return len(self._digits)

    @property
    def message(self) -> str:
        return self._message

    def is_locked(self) -> bool:
        return self._clock() < self._locked_until

    def lockout_remaining(self) -> int:
        """Whole seconds until the pad takes codes again (0 when it does)."""
        return max(0, math.ceil(self._locked_until - self._clock()))

    def press_digit(self, digit: str) -> None:
        if self.is_locked() or len(self._digits) >= MAX_DIGITS:
            return
        if not self._digits:
            self._message = ""
        self._digits += digit
        self._changed()

    def delete(self) -> None:
        self._digits = self._digits[:-1]
        self._changed()

    def confirm(self) -> None:
        if self.is_locked() or not self._digits:
            return
        code, self._digits = self._digits, ""
        self._changed()
        self.submitted.emit(code)

    def show_error(self, text: str) -> None:
        """The code was wrong: say so; the last of `MAX_TRIES` wrong codes locks the pad."""
        self._digits = ""
        self._wrong += 1
        self._message = text
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._rounds += 1
            self._locked_until = self._clock() + lockout_seconds(self._rounds)
            self._ticker.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the clock: show the time left of a lockout, or end it."""
        locked = self.is_locked()
        remaining = self.lockout_remaining() if locked else 0
        if locked and remaining > 120:
            self._message = self.tr(
                "For mange forkerte forsøg. Prøv igen om %n minutter.",
                "",
                math.ceil(remaining / 60),
            )
        elif locked:
            self._message = self.tr(
                "For mange forkerte forsøg. Prøv igen om %n sekunder.", "", remaining
            )
        elif self._ticker.isActive():
            self._ticker.stop()
            self._message = ""
        for name in "0123456789":
            self.keys[name].setEnabled(not locked)
        self._changed()

    def _changed(self) -> None:
        self.keys["confirm"].setEnabled(not self.is_locked() and bool(self._digits))
        self.keys["delete"].setEnabled(not self.is_locked() and bool(self._digits))
        typed = self.tr("%n cifre tastet", "", len(self._digits))
        self.setAccessibleDescription(" ".join(part for part in (self._message, typed) if part))
        self.update()

    def _on_key_clicked(self) -> None:
        name = next(key for key, button in self.keys.items() if button is self.sender())
        if name == "delete":
            self.delete()
        elif name == "confirm":
            self.confirm()
        else:
            self.press_digit(name)

    # -- layout and painting -----------------------------------------------------------------

    def _unit(self) -> float:
        return painting.unit(QRectF(self.rect()))

    def _title_document(self, width: float) -> QTextDocument:
        return painting.plain_document(
            self._title, typescale.PIN_TITLE * self._unit(), width, QFont.Weight.Bold
        )

    def _message_document(self, text: str, width: float) -> QTextDocument:
        u = self._unit()
        return painting.plain_document(text, typescale.FLOOR * u, width, QFont.Weight.DemiBold)

    def panel_layout(self) -> dict[str, QRectF]:
        """Where everything goes: 'panel', 'title', 'dots', 'message', 'cancel' and the keys
        ('0' … '9', 'delete', 'confirm'). Side by side in landscape, stacked in portrait."""
        u = self._unit()
        key, gap = spacing.PIN_KEY * u, spacing.PIN_KEY_GAP * u
        pad = spacing.PIN_PAD * u
        pad_w, pad_h = 3 * key + 2 * gap, 4 * key + 3 * gap
        landscape = self.width() > self.height()
        portrait_w = pad_w + spacing.PIN_INFO_OVERHANG * u
        info_w = spacing.PIN_INFO_WIDTH * u if landscape else portrait_w
        title_h = self._title_document(info_w).size().height()
        message_h = self._message_document("Åg\nÅg", info_w).size().height()
        dots_top = title_h + spacing.PIN_INFO_GAP * u
        message_top = dots_top + spacing.PIN_DOTS_HEIGHT * u + spacing.PIN_INFO_GAP * u
        info_h = message_top + message_h
        cancel_h = 0.8 * key
        if landscape:
            inner = (
                info_w + spacing.PIN_COLUMN_GAP * u + pad_w,
                max(pad_h, info_h + spacing.PIN_SECTION_GAP * u + cancel_h),
            )
        else:
            inner = (info_w, info_h + spacing.PIN_SECTION_GAP * u + pad_h + gap + cancel_h)
        panel = QRectF(0, 0, inner[0] + 2 * pad, inner[1] + 2 * pad)
        panel.moveCenter(QRectF(self.rect()).center())
        left, top = panel.left() + pad, panel.top() + pad
        rects = {
            "panel": panel,
            "title": QRectF(left, top, info_w, title_h),
            "dots": QRectF(left, top + dots_top, info_w, spacing.PIN_DOTS_HEIGHT * u),
            "message": QRectF(left, top + message_top, info_w, message_h),
        }
        if landscape:
            pad_left, pad_top = left + info_w + spacing.PIN_COLUMN_GAP * u, top
            cancel_w = 0.7 * info_w
            rects["cancel"] = QRectF(left, panel.bottom() - pad - cancel_h, cancel_w, cancel_h)
        else:
            pad_left, pad_top = (
                left + (info_w - pad_w) / 2,
                top + info_h + spacing.PIN_SECTION_GAP * u,
            )
            rects["cancel"] = QRectF(pad_left, pad_top + pad_h + gap, pad_w, cancel_h)
        for number, name in enumerate(_PAD):
            row, column = divmod(number, 3)
            x, y = pad_left + column * (key + gap), pad_top + row * (key + gap)
            rects[name] = QRectF(x, y, key, key)
        return rects

    def _place_buttons(self) -> None:
        u = self._unit()
        rects = self.panel_layout()
        colors = self._colors
        radius = round(spacing.PIN_KEY_RADIUS * u)
        border = max(1, round(spacing.PIN_KEY_BORDER * u))
        for name, button in [*self.keys.items(), ("cancel", self.cancel_button)]:
            button.setGeometry(rects[name].toRect())
            size = typescale.PIN_ACTION if name in ("cancel", "confirm") else typescale.PIN_KEY
            button.setFont(typescale.font(size * u, QFont.Weight.DemiBold))
            if name == "confirm":
                fill, ink, pressed = colors.accent, colors.paper, colors.accent.darker(130)
            elif name == "cancel":
                fill, ink, pressed = self._panel_color(), colors.on_surround, colors.surround
            else:
                fill, ink, pressed = colors.paper, colors.ink, colors.rule
            button.setStyleSheet(
                f"QPushButton {{ background: {fill.name()}; color: {ink.name()};"
                f" border: {border}px solid {colors.on_surround_muted.name()};"
                f" border-radius: {radius}px; }}"
                f" QPushButton:pressed {{ background: {pressed.name()}; }}"
                f" QPushButton:disabled {{ color: {colors.on_surround_muted.name()};"
                f" background: {self._panel_color().name()}; }}"
            )

    def _panel_color(self) -> QColor:
        return self._colors.surround.lighter(125)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = self._colors
        u = self._unit()
        scrim = QColor(colors.surround.darker(130))
        scrim.setAlphaF(0.97)
        painter.fillRect(self.rect(), scrim)
        rects = self.panel_layout()
        panel = QPainterPath()
        panel.addRoundedRect(rects["panel"], spacing.CARD_RADIUS * u, spacing.CARD_RADIUS * u)
        painter.fillPath(panel, self._panel_color())
        title = self._title_document(rects["title"].width())
        painting.draw_document(painter, title, rects["title"].topLeft(), colors.on_surround)
        self._paint_dots(painter, rects["dots"], u)
        if self._message:
            message = self._message_document(self._message, rects["message"].width())
            painting.draw_document(painter, message, rects["message"].topLeft(), colors.warning)
        painter.end()

    def _paint_dots(self, painter: QPainter, rect: QRectF, u: float) -> None:
        colors = self._colors
        count = max(4, len(self._digits))
        step = min(spacing.PIN_DOT_STEP * u, rect.width() / count)  # a long PIN's dots close up
        diameter = min(spacing.PIN_DOT * u, 0.62 * step)
        for number in range(count):
            center = QPointF(rect.left() + diameter / 2 + number * step, rect.center().y())
            typed = number < len(self._digits)
            painter.setPen(
                QPen(
                    colors.on_surround if typed else colors.on_surround_muted,
                    spacing.THIN_STROKE * u,
                )
            )
            painter.setBrush(colors.on_surround if typed else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(center, diameter / 2, diameter / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    # -- input -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_buttons()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGIT_KEYS:
            self.press_digit(_DIGIT_KEYS[key])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
        elif key == Qt.Key.Key_Escape:
            self.cancel()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the keys in reading order (1 to 9, ⌫, 0, OK), then »Annuller«, and round
        again: the keyboard stays in the pad while it covers the screen."""
        chain = [b for b in (*self.keys.values(), self.cancel_button) if b.isEnabled()]
        focus = QApplication.focusWidget() or self.focusWidget()
        step = 1 if next else -1
        index = chain.index(focus) + step if focus in chain else min(step, 0)
        chain[index % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # a tap beside the pad does nothing, and never reaches the room
