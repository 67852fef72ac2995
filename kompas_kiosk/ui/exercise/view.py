"""The exercise screen: the group exercise's steps and a large countdown the back row reads.

What is shown where is `exercise_face` (the card, the steps, room for the timer) and how the
countdown looks is `timer_face` (the disc, the digits, the phase colours). This widget holds the
state: the deck, the card and the countdown, the time-up pulse, and a cache.

The view never computes time: `refresh()` reads the countdown and repaints what changed. The card
and the steps are laid out once per size and cached as a pixmap; a refresh repaints only the timer.
When time runs out the disc pulses gently a few times (well under 3 flashes a second, WCAG 2.3.1),
unless reduced motion is asked for. A screen reader is told the time when
`core.exercise.announce` says so (start, each of the last five minutes, time up), not every second.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QEasingCurve, QPropertyAnimation, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.exercise.announce import Announcement, Moment, announcement
from kompas_kiosk.core.exercise.countdown import Countdown, Phase, State
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.text_roles import text_sizes
from kompas_kiosk.ui.exercise.face import ExerciseLayout, layout_exercise, paint_muted, paint_still
from kompas_kiosk.ui.exercise.timer_face import TIMER_COLORS, TimerColors, TimerLook, paint_timer
from kompas_kiosk.ui.theme.colors import DEFAULT, Theme

# The time-up pulse: a few slow swells of a halo around the disc, then steady.
PULSE_COUNT = 3
PULSE_PERIOD_MS = 1000  # one swell; 1 Hz is a third of WCAG 2.3.1's limit of 3 flashes a second
MAX_FLASHES_PER_SECOND = 3.0


def phase_color_of(countdown: Countdown, colors: TimerColors = TIMER_COLORS) -> QColor:
    """The colour the countdown's time is shown in (also for the small badge on the card)."""
    return colors.for_phase(countdown.phase, countdown.state is State.PAUSED)


class ExerciseView(QWidget):
    """The exercise screen for the current card; `refresh()` repaints from the countdown."""

    announced = Signal(str)  # what a screen reader was told about the time

    def __init__(self, colors: Theme = DEFAULT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = colors
        self._timer_colors = TimerColors.of(colors)
        self._deck: Deck | None = None
        self._index = 0
        self._countdown: Countdown | None = None
        self._heard: int | None = None  # the shown seconds at the last reading while running
        self._look: TimerLook | None = None
        self._layout: ExerciseLayout | None = None
        self._room: Room | None = None  # None: today's sizes
        self._still: QPixmap | None = None
        self._reduced_motion = False
        self._sound_muted = False
        self._pulse = 0.0
        self._animation = QPropertyAnimation(self, b"pulse", self)
        self._animation.setDuration(PULSE_PERIOD_MS)
        self._animation.setLoopCount(PULSE_COUNT)
        self._animation.setStartValue(0.0)
        self._animation.setKeyValueAt(0.5, 1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)

    # -- state -------------------------------------------------------------------------------

    def set_exercise(self, deck: Deck, card_index: int, countdown: Countdown) -> None:
        """Show the exercise of `deck` for card `card_index`, timed by `countdown`."""
        if (deck, card_index) != (self._deck, self._index):
            self._deck, self._index = deck, card_index
            self._invalidate()
        if countdown is not self._countdown:
            self._heard = None
        self._countdown = countdown
        self._look = None
        self._animation.stop()
        self._set_pulse(0.0)
        self.refresh()

    def refresh(self) -> None:
        """Read the countdown and repaint the timer if what it shows has changed."""
        countdown = self._countdown
        if countdown is None:
            return
        look = self._read(countdown)
        if look == self._look:
            return
        before = self._look
        self._look = look
        if (
            before is not None
            and before.phase is not Phase.TIME_UP
            and look.phase is Phase.TIME_UP
            and not look.paused
        ):
            self._start_pulse()
        self.setAccessibleName(self.accessible_text())
        self._announce(countdown)
        self._update_timer()

    def _announce(self, countdown: Countdown) -> None:
        """Tell a screen reader the time, at the moments `announcement` picks."""
        if countdown.state is State.IDLE:
            self._heard = None
            return
        if countdown.state is State.PAUSED:
            return
        shown = countdown.shown_seconds()
        said = announcement(self._heard, shown)
        self._heard = shown
        if said is not None:
            text = self.announcement_text(said)
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))
            self.announced.emit(text)

    def announcement_text(self, said: Announcement) -> str:
        if said.moment is Moment.TIME_UP:
            return self.tr("Tiden er gået")
        minutes, seconds = divmod(said.seconds, 60)
        time = f"{minutes}:{seconds:02d} {self.tr('tilbage')}"
        return self.accessible_text() if said.moment is Moment.START else time

    def set_room(self, room: Room | None) -> None:
        """The room the screen is in: no text under its minimum for the farthest viewer."""
        self._room = room
        self._invalidate()

    def set_reduced_motion(self, reduced: bool) -> None:
        """No pulse when time is up, only the steady colour."""
        self._reduced_motion = reduced
        if reduced and self.is_pulsing():
            self._animation.stop()
            self._set_pulse(0.0)

    def set_sound_muted(self, muted: bool) -> None:
        """Shows 'Lyd fra' in the footer while the chime is muted."""
        if muted != self._sound_muted:
            self._sound_muted = muted
            self.update()

    # -- what is shown (for tests and the window) -------------------------------------------

    def shown_time(self) -> str:
        return self._look.text if self._look else ""

    def shown_label(self) -> str:
        return self._look.label if self._look else ""

    def phase_color(self) -> QColor:
        look = self._look
        if look is None:
            return QColor(self._timer_colors.ready)
        return self._timer_colors.for_phase(look.phase, look.paused)

    def is_pulsing(self) -> bool:
        return self._animation.state() == QPropertyAnimation.State.Running

    def pulse_animation(self) -> QPropertyAnimation:
        return self._animation

    def exercise_layout(self) -> ExerciseLayout | None:
        """The layout as painted at the current size."""
        self._ensure_still()
        return self._layout

    def accessible_text(self) -> str:
        look = self._look
        if look is None or self._deck is None:
            return ""
        exercise = self._deck.exercise
        title = exercise.title if exercise else self.tr("Nedtælling")
        return f"{title}. {look.text} {look.label}".strip()

    def labels(self) -> list[str]:
        """Every text the label under the digits can show."""
        return [
            self.tr("Tryk mellemrum for at starte"),
            self.tr("tilbage"),
            self.tr("Tiden er snart gået"),
            self.tr("Tiden er gået"),
            self.tr("over tiden"),
            self.tr("Pause"),
        ]

    def _read(self, countdown: Countdown) -> TimerLook:
        phase = countdown.phase
        paused = countdown.state is State.PAUSED
        if paused:
            label = self.tr("Pause")
        elif phase is Phase.READY:
            label = self.tr("Tryk mellemrum for at starte")
        elif phase is Phase.CALM:
            label = self.tr("tilbage")
        elif phase is Phase.WARNING:
            label = self.tr("Tiden er snart gået")
        elif countdown.shown_seconds() == 0:
            label = self.tr("Tiden er gået")
        else:
            label = self.tr("over tiden")
        return TimerLook(
            text=countdown.display(),
            label=label,
            phase=phase,
            paused=paused,
            fraction=round(countdown.fraction_left, 4),
            total_s=countdown.total,
        )

    # -- the pulse ---------------------------------------------------------------------------

    def _start_pulse(self) -> None:
        if self._reduced_motion:
            return
        self._animation.stop()
        self._animation.start()

    def _get_pulse(self) -> float:
        return self._pulse

    def _set_pulse(self, value: float) -> None:
        self._pulse = float(value)
        self._update_timer()

    pulse = Property(float, _get_pulse, _set_pulse)

    # -- painting ----------------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._still = None
        self._layout = None
        self.update()

    def _update_timer(self) -> None:
        if self._layout is None:
            self.update()
        else:
            self.update(self._layout.timer_rect.toAlignedRect())

    def _ensure_still(self) -> QPixmap | None:
        if self._still is not None or self._deck is None or self.width() <= 0:
            return self._still
        ratio = self.devicePixelRatioF()
        size = QSizeF(self.width(), self.height())
        self._layout = layout_exercise(
            self._deck,
            self._index,
            size,
            self.labels(),
            self._colors,
            self.tr("Nedtælling"),
            text_sizes(self._room, size.width(), size.height()),
        )
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        paint_still(painter, self._layout, self._colors)
        painter.end()
        self._still = pixmap
        return pixmap

    def paint_frame(self, painter: QPainter) -> bool:
        """Paint the whole view with `painter`; False if there is nothing to show yet."""
        still = self._ensure_still()
        if still is None or self._layout is None:
            painter.fillRect(self.rect(), self._colors.surround)
            return False
        painter.drawPixmap(0, 0, still)
        if self._look is not None:
            paint_timer(painter, self._layout, self._look, self._colors, self._pulse)
        if self._sound_muted:
            paint_muted(painter, self._layout, self.tr("Lyd fra"), self._colors)
        return True

    def set_colors(self, colors: Theme) -> None:
        """Paint in `colors` from now on (a theme chosen on the settings page)."""
        self._colors = colors
        self._timer_colors = TimerColors.of(colors)
        self._invalidate()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRegion(event.region())
        self.paint_frame(painter)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)
