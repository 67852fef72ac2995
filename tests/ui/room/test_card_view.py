"""The card view: layout within the legibility floor, pointer and touch input."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from kompas_kiosk.ui.room.card_view import CardView
from kompas_kiosk.ui.theme import colors, typescale

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 720)]


def _deck(bundled, deck_id):
    return next(d.deck for d in bundled if d.deck_id == deck_id)


@pytest.fixture
def view(qtbot, bundled):
    widget = CardView()
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.set_card(_deck(bundled, "samarbejdskompasset"), 0, "07 · 1/1")
    return widget


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("deck_id", ["samarbejdskompasset", "aarhuskompasset", "laering-2023"])
def test_every_card_fits_above_the_floor(qtbot, bundled, deck_id, size):
    deck = _deck(bundled, deck_id)
    widget = CardView()
    qtbot.addWidget(widget)
    widget.resize(*size)
    floor = typescale.FLOOR * min(size) / 100
    for index in range(len(deck.cards)):
        widget.set_card(deck, index, "1/1")
        layout = widget.face_layout()
        assert layout is not None
        assert not layout.overflow, f"{deck_id} card {index} overflows at {size}"
        assert layout.smallest_text_px >= floor - 0.5
        card = layout.card_rect
        for block in layout.blocks:
            assert block.pos.x() >= card.left() and block.pos.y() >= card.top()
            assert block.pos.x() + block.doc.idealWidth() <= card.right() + 1
            assert block.pos.y() + block.height <= card.bottom() + 1, "text runs off the card"


def test_title_is_far_larger_than_the_body(view):
    layout = view.face_layout()
    sizes = sorted(block.pixel_size for block in layout.blocks)
    assert max(sizes) >= 2.5 * typescale.FLOOR * 1080 / 100


def test_the_text_is_the_seeds_text(view):
    layout = view.face_layout()
    shown = "\n".join(block.doc.toPlainText() for block in layout.blocks)
    assert "Bliv klogere sammen igen og igen" in shown
    assert "Tør du dele det halvfærdige?" in shown
    assert "løftestang – også for strategiske beslutninger." in shown
    assert "07 · 1/1" in shown
    assert "Samarbejdskompasset · januar 2023" in shown


def test_paint_shows_the_card(qtbot, view):
    view.show()
    with qtbot.waitSignal(view.first_painted, timeout=60_000):
        view.update()
    image = view.grab().toImage()
    center = image.pixelColor(image.width() // 2, image.height() // 2)
    assert center.name() in {colors.DEFAULT.paper.name(), colors.DEFAULT.rule.name()} or (
        center.lightness() > 200
    )
    assert image.pixelColor(2, 2).name() == colors.DEFAULT.surround.name()


def test_accessible_name_reads_the_card(view):
    assert view.accessibleName() == (
        "Princip 07. Bliv klogere sammen igen og igen. Tør du dele det halvfærdige?"
    )


@pytest.mark.parametrize(
    ("x_fraction", "signal"),
    [(0.05, "previous_requested"), (0.95, "next_requested"), (0.5, "card_tapped")],
)
def test_tap_zones(qtbot, view, x_fraction, signal):
    view.show()
    point = QPoint(round(view.width() * x_fraction), view.height() // 2)
    with qtbot.waitSignal(getattr(view, signal), timeout=60_000):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize(("dx", "signal"), [(-400, "next_requested"), (400, "previous_requested")])
def test_swipe(qtbot, view, dx, signal):
    view.show()
    start = QPoint(view.width() // 2, view.height() // 2)
    with qtbot.waitSignal(getattr(view, signal), timeout=60_000):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 10))


def test_a_short_vertical_drag_is_a_tap_not_a_swipe(qtbot, view):
    view.show()
    start = QPoint(view.width() // 2, view.height() // 2)
    with (
        qtbot.assertNotEmitted(view.next_requested),
        qtbot.assertNotEmitted(view.previous_requested),
    ):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(30, 300))


@pytest.mark.parametrize(
    ("delta", "signal"), [(-120, "next_requested"), (120, "previous_requested")]
)
def test_wheel(qtbot, view, delta, signal):
    center = QPointF(view.width() / 2, view.height() / 2)
    event = QWheelEvent(
        center,
        center,
        QPoint(),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    with qtbot.waitSignal(getattr(view, signal), timeout=60_000):
        QApplication.sendEvent(view, event)


def test_half_a_wheel_notch_does_nothing(qtbot, view):
    center = QPointF(10, 10)
    event = QWheelEvent(
        center,
        center,
        QPoint(),
        QPoint(0, -60),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    with qtbot.assertNotEmitted(view.next_requested):
        QApplication.sendEvent(view, event)
