"""The deck chooser: tiles for good and broken decks, chosen by key, click or tap."""

from PySide6.QtCore import Qt

from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.ui.room.deck_chooser import DeckChooser


def test_click_chooses_a_tile(qtbot, bundled):
    chooser = DeckChooser()
    qtbot.addWidget(chooser)
    chooser.resize(1920, 1080)
    chooser.set_decks(bundled)
    chooser.show()
    rects = chooser.tile_rects()
    assert len(rects) == len(bundled) == 3
    with qtbot.waitSignal(chooser.chosen, timeout=60_000) as blocker:
        qtbot.mouseClick(chooser, Qt.MouseButton.LeftButton, pos=rects[2].center().toPoint())
    assert blocker.args == [2]


def test_tiles_stay_on_screen_in_portrait(qtbot, bundled):
    chooser = DeckChooser()
    qtbot.addWidget(chooser)
    chooser.resize(1080, 1920)
    chooser.set_decks(bundled)
    for rect in chooser.tile_rects():
        assert chooser.rect().toRectF().contains(rect)


def test_move_wraps_and_activate_emits(qtbot, bundled):
    chooser = DeckChooser()
    qtbot.addWidget(chooser)
    chooser.set_decks(bundled)
    chooser.move(-1)
    assert chooser.selected == 2
    with qtbot.waitSignal(chooser.chosen, timeout=60_000) as blocker:
        chooser.activate()
    assert blocker.args == [2]


def test_a_broken_deck_tile_says_it_is_broken(qtbot, write_deck):
    decks = load_decks([write_deck("brudt", "schema: 1\nid: brudt\n")])
    chooser = DeckChooser()
    qtbot.addWidget(chooser)
    chooser.set_decks(decks)
    tile = chooser._tiles[0]
    assert tile.broken
    assert "fejl" in tile.lines[0]
    assert "deck.yaml" in tile.lines[1]


def test_the_chooser_marks_the_open_deck_and_gives_the_keys(qtbot, bundled):
    from kompas_kiosk.ui.room.window import RoomWindow

    window = RoomWindow(bundled, "da")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.open_deck_id("aarhuskompasset")
    window.show_chooser()
    chooser = window.chooser
    assert chooser.open_index == [d.deck_id for d in bundled].index("aarhuskompasset")
    assert "Enter åbn" in chooser.hint_text() and "Esc" in chooser.hint_text()


def test_every_title_is_set_in_one_size(qtbot, bundled):
    from kompas_kiosk.ui.common import painting
    from kompas_kiosk.ui.room.deck_chooser import DeckChooser
    from kompas_kiosk.ui.theme import typescale

    chooser = DeckChooser("da")
    qtbot.addWidget(chooser)
    chooser.resize(1920, 1080)
    chooser.set_decks(bundled)
    u = painting.unit(chooser.rect().toRectF())
    shared = chooser.title_size(chooser.tile_rects(), u)
    # 'Samarbejdskompasset' needs a smaller size than the tile's; every title takes it
    assert shared < typescale.TILE_TITLE * u
    aarhus = [d for d in bundled if d.deck_id == "aarhuskompasset"]
    chooser.set_decks(aarhus * 3)
    assert chooser.title_size(chooser.tile_rects(), u) == typescale.TILE_TITLE * u
