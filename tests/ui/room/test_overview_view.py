"""The overview: a tile per card, legible at every size, chosen by arrows, Enter, click or tap."""

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from kompas_kiosk.core.decks.model import Card, Deck
from kompas_kiosk.ui.room.overview_view import ARROWS, OverviewView
from kompas_kiosk.ui.theme import colors, typescale

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920)]


def thirty() -> Deck:
    cards = tuple(
        Card(
            number=f"{n:02d}",
            title=f"Princip nummer {n} om at være åben, ærlig og modig sammen",
            question="Hvad gør vi allerede i dag?",
            text="Vi øver os i at dele det **halvfærdige**." if n % 3 == 0 else None,
        )
        for n in range(1, 31)
    )
    return Deck(id="tredive", title="Tredive principper", cards=cards, card_label="Princip")


def deck_of(bundled, count: int) -> Deck:
    if count == 30:
        return thirty()
    return next(d.deck for d in bundled if d.deck is not None and len(d.deck.cards) == count)


@pytest.fixture
def make(qtbot):
    def make(deck: Deck, size=(1920, 1080), current: int = 0) -> OverviewView:
        view = OverviewView()
        qtbot.addWidget(view)
        view.resize(*size)
        view.set_deck(deck, current)
        return view

    return make


def overlaps(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > 0.5 and common.height() > 0.5


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("count", [1, 4, 5, 30])
def test_every_tile_is_on_screen_legible_and_apart(make, bundled, count, size):
    view = make(deck_of(bundled, count), size)
    floor = typescale.FLOOR * min(size) / 100
    screen = QRectF(view.rect())
    assert view.caption_px() >= floor - 0.5
    seen = []
    for page in range(view.page_count):
        view.select(page * view.grid().per_page)
        assert view.page == page
        tiles = view.tiles()
        pager = view.page_buttons() if view.page_count > 1 else ()
        for tile in tiles:
            assert screen.contains(tile.rect), f"tile {tile.index} leaves the screen"
            assert tile.card.width() >= 22 * min(size) / 100 - 0.5 or count == 1
            caption = view.caption_document(tile.index)
            assert caption.size().height() <= tile.caption.height() + 1, "caption over 2 lines"
            assert caption.idealWidth() <= tile.caption.width() + 1
            for button in pager:
                assert not overlaps(tile.rect, button)
        for i, a in enumerate(tiles):
            for b in tiles[i + 1 :]:
                assert not overlaps(a.rect, b.rect), f"tiles {a.index} and {b.index} overlap"
        seen += [tile.index for tile in tiles]
    assert seen == list(range(count)), "every card is on exactly one page"


def test_a_lone_card_sits_calmly_in_the_middle(make, bundled):
    view = make(deck_of(bundled, 1))
    (tile,) = view.tiles()
    assert abs(tile.card.center().x() - view.width() / 2) < 1
    assert tile.card.width() < 0.5 * view.width(), "an overview, not the card itself"
    assert view.page_count == 1
    assert "07" in view.caption_document(0).toPlainText()
    assert "Bliv klogere sammen igen og igen" in view.caption_document(0).toPlainText()


def test_a_long_title_is_cut_short_with_an_ellipsis(make):
    view = make(thirty())
    text = view.caption_document(0).toPlainText()
    assert text.startswith("01")
    assert text.endswith("…")


def test_thirty_cards_page_with_pgdn_and_pgup(make):
    view = make(thirty(), current=0)
    assert view.page_count > 1
    assert view.page_label() == f"Side 1/{view.page_count}"
    assert view.turn_page(1)
    assert view.page == 1
    assert view.selected == view.grid().per_page
    assert view.page_label() == f"Side 2/{view.page_count}"
    assert view.turn_page(-1)
    assert not view.turn_page(-1), "no page before the first"
    view.last()
    assert view.page == view.page_count - 1
    assert not view.turn_page(1), "no page after the last"


def test_opening_on_a_card_shows_its_page(make):
    view = make(thirty(), current=17)
    assert view.selected == 17
    assert view.page == 17 // view.grid().per_page
    assert 17 in [tile.index for tile in view.tiles()]


def test_arrows_move_in_two_dimensions(make, bundled):
    view = make(deck_of(bundled, 5))  # three above, two below
    assert (view.grid().columns, view.grid().rows) == (3, 2)
    view.move(*ARROWS["Right"])
    assert view.selected == 1
    view.move(*ARROWS["Down"])
    assert view.selected == 4
    view.move(*ARROWS["Down"])
    assert view.selected == 4, "no row below the last"
    view.move(*ARROWS["Right"])
    assert view.selected == 4, "no card after the last"
    view.select(2)
    view.move(*ARROWS["Down"])
    assert view.selected == 4, "down into a short last row goes to its last card"
    view.move(*ARROWS["Left"])
    assert view.selected == 3
    view.move(*ARROWS["Up"])
    assert view.selected == 0
    view.move(*ARROWS["Up"])
    view.move(*ARROWS["Left"])
    assert view.selected == 0, "no card before the first"
    view.last()
    assert view.selected == 4
    view.first()
    assert view.selected == 0


def test_moving_across_a_page_edge_turns_the_page(make):
    view = make(thirty())
    per_page = view.grid().per_page
    view.select(per_page - 1)
    view.move(1, 0)
    assert view.selected == per_page
    assert view.page == 1
    view.move(0, -1)
    assert view.page == 0


def test_enter_chooses_the_selected_card(qtbot, make, bundled):
    view = make(deck_of(bundled, 4), current=2)
    view.move(1, 0)
    with qtbot.waitSignal(view.chosen, timeout=60_000) as blocker:
        view.activate()
    assert blocker.args == [3]


def test_a_click_or_tap_chooses_the_card_under_it(qtbot, make):
    view = make(thirty())
    view.show()
    view.turn_page(1)
    tile = view.tiles()[3]
    with qtbot.waitSignal(view.chosen, timeout=60_000) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=tile.card.center().toPoint())
    assert blocker.args == [tile.index]
    assert view.selected == tile.index


def test_the_page_buttons_and_a_swipe_turn_pages(qtbot, make):
    view = make(thirty())
    view.show()
    previous, following = view.page_buttons()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=following.center().toPoint())
    assert view.page == 1
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=previous.center().toPoint())
    assert view.page == 0
    start = QPoint(view.width() * 3 // 4, view.height() // 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start - QPoint(view.width() // 3, 0))
    assert view.page == 1, "a swipe to the left shows the next page"


def test_the_tiles_are_real_miniatures(qtbot, make, bundled):
    view = make(deck_of(bundled, 4), current=1)
    view.show()
    image = view.grab().toImage()
    tile = view.tiles()[0]
    inside = tile.card.adjusted(4, 4, -4, -4).topLeft().toPoint()
    assert image.pixelColor(inside).name() == colors.DEFAULT.paper.name()
    assert image.pixelColor(2, 2).name() == colors.DEFAULT.surround.name()
    ring = view.tiles()[1].card.topLeft().toPoint() - QPoint(0, round(view.height() / 100))
    assert image.pixelColor(ring).lightness() > 200, "the selected card is ringed"
    assert set(view._miniatures) == {0, 1, 2, 3}, "each miniature is painted once and kept"


def test_a_resize_lays_the_grid_out_again(make, bundled):
    view = make(deck_of(bundled, 4))
    landscape = view.grid()
    view.resize(1080, 1920)
    assert view.grid() != landscape
    assert view.grid().card.height() > view.grid().card.width()


def test_the_selection_is_read_out(make, bundled):
    view = make(deck_of(bundled, 4), current=1)
    assert view.accessibleDescription() == "2 Løse"
