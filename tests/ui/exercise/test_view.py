"""The exercise view: phase colours, what it shows, legible layouts and a gentle time-up pulse."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.exercise.countdown import Countdown
from kompas_kiosk.ui.exercise import view as exercise_view
from kompas_kiosk.ui.exercise.face import DIGITS_MIN, digits_font, label_font
from kompas_kiosk.ui.exercise.timer_face import TIMER_COLORS, contrast_ratio
from kompas_kiosk.ui.exercise.view import (
    MAX_FLASHES_PER_SECOND,
    PULSE_COUNT,
    PULSE_PERIOD_MS,
    ExerciseView,
    phase_color_of,
)
from kompas_kiosk.ui.theme import colors, typescale
from tests.helpers.stubs import FakeClock

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 720)]
PAPER = colors.DEFAULT.paper


@pytest.fixture
def deck(bundled) -> Deck:
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


@pytest.fixture
def view(qtbot, deck, fake_clock):
    widget = ExerciseView()
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.set_exercise(deck, 0, Countdown(600, 60, fake_clock))
    return widget


def at(clock: FakeClock, state: str) -> Countdown:
    """A ten-minute countdown in one of the states the room sees."""
    countdown = Countdown(600, 60, clock)
    if state == "ready":
        return countdown
    countdown.start()
    elapsed = {"calm": 150, "warning": 558, "time_up": 600, "overtime": 665, "paused": 150}
    clock.advance(elapsed[state])
    if state == "paused":
        countdown.pause()
    return countdown


SHOWN = {
    "ready": ("10:00", "Tryk mellemrum for at starte", TIMER_COLORS.ready),
    "calm": ("7:30", "tilbage", TIMER_COLORS.calm),
    "warning": ("0:42", "Tiden er snart gået", TIMER_COLORS.warning),
    "time_up": ("0:00", "Tiden er gået", TIMER_COLORS.time_up),
    "overtime": ("+1:05", "over tiden", TIMER_COLORS.time_up),
}


@pytest.mark.parametrize("state", list(SHOWN))
def test_each_phase_shows_its_time_label_and_colour(view, deck, fake_clock, state):
    countdown = at(fake_clock, state)
    view.set_exercise(deck, 0, countdown)
    text, label, color = SHOWN[state]
    assert view.shown_time() == text
    assert view.shown_label() == label
    assert view.phase_color() == color
    assert phase_color_of(countdown) == color


def test_paused_looks_paused(view, deck, fake_clock):
    view.set_exercise(deck, 0, at(fake_clock, "paused"))
    assert view.shown_time() == "7:30"
    assert view.shown_label() == "Pause"
    paused = view.phase_color()
    assert paused != TIMER_COLORS.calm
    assert paused.hslSaturationF() < 0.5 * TIMER_COLORS.calm.hslSaturationF()


def test_the_phase_colours_differ_from_each_other():
    colors = [TIMER_COLORS.ready, TIMER_COLORS.calm, TIMER_COLORS.warning, TIMER_COLORS.time_up]
    names = {color.name() for color in colors}
    assert len(names) == 4


@pytest.mark.parametrize("paused", [False, True])
@pytest.mark.parametrize("phase", list(exercise_view.Phase))
def test_contrast(phase, paused):
    color = TIMER_COLORS.for_phase(phase, paused)
    assert contrast_ratio(color, PAPER) >= 4.5, "the digits and label on the paper"
    face = TIMER_COLORS.face(color, PAPER)
    assert contrast_ratio(color, face) >= 3.0, "the disc's sector against its faint circle"


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_refresh_follows_the_countdown_without_computing_time(view, deck, fake_clock):
    countdown = at(fake_clock, "calm")
    view.set_exercise(deck, 0, countdown)
    fake_clock.advance(0.5)
    view.refresh()
    assert view.shown_time() == "7:30"  # 449.5 s left still shows 7:30
    fake_clock.advance(0.5)
    assert view.shown_time() == "7:30"  # nothing changes until refresh() is called
    view.refresh()
    assert view.shown_time() == "7:29"


def test_accessible_name_has_the_remaining_time(view, deck, fake_clock):
    countdown = at(fake_clock, "calm")
    view.set_exercise(deck, 0, countdown)
    assert "7:30" in view.accessibleName()
    assert view.accessibleName().startswith("Gruppearbejde")
    fake_clock.advance(1)
    view.refresh()
    assert "7:29" in view.accessibleName()


# -- layout ------------------------------------------------------------------------------------


def layout_at(qtbot, deck, clock, size, state="overtime"):
    widget = ExerciseView()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_exercise(deck, 0, at(clock, state))
    layout = widget.exercise_layout()
    assert layout is not None
    return widget, layout


def inside(inner: QRectF, outer: QRectF) -> bool:
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


@pytest.mark.parametrize("size", SIZES)
def test_the_digits_are_huge_and_no_text_is_under_the_floor(qtbot, deck, fake_clock, size):
    _, layout = layout_at(qtbot, deck, fake_clock, size)
    unit = min(size) / 100
    assert layout.digits_px >= DIGITS_MIN * unit - 0.5
    assert layout.smallest_text_px >= typescale.FLOOR * unit - 0.5
    assert not layout.overflow
    assert layout.disc.width() >= 34 * unit


@pytest.mark.parametrize("size", SIZES)
def test_nothing_is_drawn_outside_the_card(qtbot, deck, fake_clock, size):
    widget, layout = layout_at(qtbot, deck, fake_clock, size)
    card = layout.card_rect
    assert inside(card, QRectF(widget.rect()))
    assert inside(layout.timer_rect, card), "the disc, its halo, the digits and the label"
    for block in layout.blocks:
        rect = QRectF(block.pos.x(), block.pos.y(), block.doc.idealWidth(), block.height)
        assert inside(rect, card), block.doc.toPlainText()
    # the widest times and every label fit the boxes they are drawn in
    digits = QFontMetricsF(digits_font(layout.digits_px))
    for text in ("10:00", "+9:59", "0:42"):
        assert digits.horizontalAdvance(text) <= layout.digits_rect.width()
    assert digits.height() <= layout.digits_rect.height() + 1
    labels = QFontMetricsF(label_font(layout.label_px))
    box = QRectF(layout.label_rect)
    box.setWidth(box.width() - 1.6 * layout.label_px)  # the pause sign
    for label in widget.labels():
        needed = labels.boundingRect(box, Qt.TextFlag.TextWordWrap, label)
        assert needed.height() <= layout.label_rect.height(), label


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)])
def test_many_long_steps_still_fit_above_the_floor(qtbot, deck, fake_clock, size):
    long_step = "Skriv jeres vigtigste pointe på en seddel, og sæt den på væggen bagerst i lokalet"
    busy = replace(deck, exercise=replace(deck.exercise, steps=(long_step,) * 5))
    _, layout = layout_at(qtbot, busy, fake_clock, size)
    assert not layout.overflow
    assert layout.smallest_text_px >= typescale.FLOOR * min(size) / 100 - 0.5


def test_the_disc_shows_the_time_left_clockwise_from_twelve(qtbot, deck, fake_clock):
    widget, layout = layout_at(qtbot, deck, fake_clock, (1920, 1080), "calm")  # 3/4 left
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    center, r = layout.disc.center(), layout.disc.width() / 2

    def pixel(dx: float, dy: float) -> QColor:
        point = center + QPointF(dx * r, dy * r)
        return image.pixelColor(round(point.x()), round(point.y()))

    calm = TIMER_COLORS.calm
    face = TIMER_COLORS.face(calm, PAPER)
    assert pixel(-0.6, 0).name() == calm.name()  # nine o'clock: still to come
    assert pixel(0, 0.6).name() == calm.name()  # six o'clock
    assert pixel(0.4, -0.4).name() == face.name()  # between twelve and three: gone
    assert pixel(0, 0).name() == calm.name()  # the hub


def test_the_view_renders_its_time_on_screen(qtbot, deck, fake_clock):
    widget, layout = layout_at(qtbot, deck, fake_clock, (1280, 720), "warning")
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    rect = layout.digits_rect.toAlignedRect()
    warning = TIMER_COLORS.warning.name()
    hits = sum(
        image.pixelColor(x, y).name() == warning
        for x in range(rect.left(), rect.right(), 3)
        for y in range(rect.top(), rect.bottom(), 3)
    )
    assert hits > 100, "the digits are painted in the warning colour"
    assert image.pixelColor(2, 2).name() == colors.DEFAULT.surround.name()


# -- the time-up pulse -------------------------------------------------------------------------


def test_the_pulse_is_at_most_three_flashes_a_second():
    assert 1000 / PULSE_PERIOD_MS <= MAX_FLASHES_PER_SECOND <= 3


def test_the_pulse_animation_never_swells_more_than_three_times_in_a_second(qtbot, view):
    animation = view.pulse_animation()
    assert animation.loopCount() == PULSE_COUNT
    assert animation.duration() == PULSE_PERIOD_MS
    total = animation.totalDuration()
    assert total == PULSE_COUNT * PULSE_PERIOD_MS
    values = []
    for t in range(0, total + 1, 5):
        animation.setCurrentTime(t)
        values.append(animation.currentValue())
    peaks = [
        i * 5
        for i in range(1, len(values) - 1)
        if values[i] > 0.5 and values[i - 1] < values[i] >= values[i + 1]
    ]
    assert len(peaks) == PULSE_COUNT
    for start in range(0, total, 50):
        assert sum(start <= p < start + 1000 for p in peaks) <= 3
    animation.stop()


def test_reaching_time_up_pulses_then_stays_steady(qtbot, view, deck, fake_clock):
    countdown = at(fake_clock, "calm")
    view.set_exercise(deck, 0, countdown)
    assert not view.is_pulsing()
    fake_clock.advance(450)
    view.refresh()
    assert view.shown_time() == "0:00"
    assert view.is_pulsing()
    animation = view.pulse_animation()
    animation.setCurrentTime(animation.totalDuration())  # the three swells, without waiting
    assert not view.is_pulsing()
    assert view.property("pulse") == 0.0
    assert view.phase_color() == TIMER_COLORS.time_up
    fake_clock.advance(5)
    view.refresh()
    assert not view.is_pulsing(), "overtime stays steady"


def test_no_pulse_under_reduced_motion(view, deck, fake_clock):
    view.set_reduced_motion(True)
    countdown = at(fake_clock, "warning")
    view.set_exercise(deck, 0, countdown)
    fake_clock.advance(42)
    view.refresh()
    assert view.shown_time() == "0:00"
    assert not view.is_pulsing()
    assert view.phase_color() == TIMER_COLORS.time_up


def test_reduced_motion_stops_a_running_pulse(view, deck, fake_clock):
    countdown = at(fake_clock, "warning")
    view.set_exercise(deck, 0, countdown)
    fake_clock.advance(42)
    view.refresh()
    assert view.is_pulsing()
    view.set_reduced_motion(True)
    assert not view.is_pulsing()
    assert view.property("pulse") == 0.0


def test_no_pulse_when_shown_already_over_time(view, deck, fake_clock):
    view.set_exercise(deck, 0, at(fake_clock, "overtime"))  # e.g. after a crash and a restore
    assert not view.is_pulsing()


def test_muted_sound_is_shown(view):
    view.set_sound_muted(True)
    image = view.grab().toImage()
    layout = view.exercise_layout()
    rect = layout.footer_right.toAlignedRect()
    muted = colors.DEFAULT.muted
    assert any(
        image.pixelColor(x, y).name() == muted.name()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    )
