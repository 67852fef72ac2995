"""'Del det halvfærdige': the card's notes, large and whole, legible from the back row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kompas_kiosk.ui.notes.shared_layout import MIN_SIZE
from kompas_kiosk.ui.notes.shared_view import SharedNotesView
from kompas_kiosk.ui.theme import typescale

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920)]
NOTES = [
    "Vi deler de rå data med borgerpanelet – også før rapporten er færdig.",
    "Borgerne vil gerne høre, hvad der skete med deres input.",
    "Idé: en »halvfærdig«-væg i Borgerservice, hvor skitser hænger til kommentarer.",
    "Vi tør godt vise ufærdige billeder,\nhvis vi siger, at de er ufærdige.",
]


@pytest.fixture
def deck(bundled):
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


def make_view(qtbot, size) -> SharedNotesView:
    view = SharedNotesView()
    qtbot.addWidget(view)
    view.resize(*size)
    return view


def inside(layout) -> None:
    """Every text whole and on the paper."""
    paper = layout.paper
    for item in layout.items:
        assert item.pos.y() >= paper.top() - 0.5
        assert item.pos.y() + item.height <= paper.bottom() + 0.5, item.kind
        assert item.pos.x() + item.doc.idealWidth() <= paper.right() + 0.5


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("count", [1, 4, 40])
def test_the_text_is_large_and_never_under_the_floor(qtbot, deck, size, count):
    view = make_view(qtbot, size)
    view.set_notes(deck, 0, (NOTES * 10)[:count], "Næste skridt: en borgerlab-dag")
    layout = view.share_layout()
    unit = min(size) / 100
    assert layout.smallest_text_px >= typescale.FLOOR * unit - 0.5
    assert layout.note_px >= MIN_SIZE * unit - 0.5
    inside(layout)
    view.grab()


@pytest.mark.parametrize("size", SIZES)
def test_a_few_notes_are_shown_larger_than_the_minimum(qtbot, deck, size):
    view = make_view(qtbot, size)
    view.set_notes(deck, 0, NOTES[:2], "")
    assert view.share_layout().note_px >= 4.5 * min(size) / 100


def test_the_draft_shows_as_it_is_typed_and_grows(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    heights = []
    for draft in ("Næste", "Næste skridt: en borgerlab-dag i maj, hvor vi " * 3):
        view.set_notes(deck, 0, NOTES[:2], draft)
        item = view.share_layout().item("draft")
        assert item is not None and item.doc.toPlainText() == draft
        assert item.doc.defaultFont().italic()
        heights.append(item.height)
    assert heights[1] > heights[0]
    view.set_notes(deck, 0, NOTES[:2], "")
    assert view.share_layout().item("draft") is None


def test_with_many_notes_the_newest_are_shown_and_the_rest_counted(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    notes = [f"Note nummer {n}: vi bliver klogere sammen igen og igen." for n in range(40)]
    view.set_notes(deck, 0, notes, "")
    layout = view.share_layout()
    shown = [item.doc.toPlainText() for item in layout.items if item.kind == "note"]
    assert 0 < len(shown) < 40
    assert shown == notes[-len(shown) :]
    assert layout.hidden == 40 - len(shown)
    more = f"+ {layout.hidden} tidligere · side 1 af {layout.pages}"
    assert layout.item("more").doc.toPlainText() == more
    inside(layout)


def test_a_note_taller_than_the_sheet_is_cut_between_lines(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    view.set_notes(deck, 0, [], "ord " * 2000)
    layout = view.share_layout()
    draft = layout.item("draft")
    block = draft.doc.lastBlock().layout()
    lines = [block.lineAt(i) for i in range(block.lineCount())]
    bottom = lines[-1].y() + lines[-1].height()
    tops = [line.y() for line in lines]
    assert draft.clip_top in tops, "starts at the top of a line"
    assert draft.clip_top + draft.clip_height == pytest.approx(bottom)
    inside(layout)


def test_notes_are_plain_text(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    notes = ["<script>alert('æøå')</script>", "emoji 👩🏽‍🤝‍👨🏻 og RTL עברית", "<b>ikke fed</b>"]
    view.set_notes(deck, 0, notes, "")
    shown = [item.doc.toPlainText() for item in view.share_layout().items if item.kind == "note"]
    assert shown == notes


def test_the_heading_names_the_card_and_the_share(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    view.set_notes(deck, 0, [], "")
    layout = view.share_layout()
    assert layout.item("label").doc.toPlainText() == "DEL DET HALVFÆRDIGE"
    assert (
        layout.item("heading").doc.toPlainText() == "PRINCIP 07 · Bliv klogere sammen igen og igen"
    )
    assert layout.item("empty") is not None


@pytest.mark.parametrize("size", SIZES)
def test_the_sheet_keeps_clear_of_the_notes_panel(qtbot, deck, size):
    view = make_view(qtbot, size)
    width, height = size
    if width > height:
        covered = QRect(round(width * 0.62), 0, width - round(width * 0.62), height)
    else:
        covered = QRect(0, height // 2, width, height - height // 2)
    view.set_covered(covered)
    view.set_notes(deck, 0, NOTES, "skriver")
    layout = view.share_layout()
    assert not layout.paper.intersects(covered.toRectF())
    assert layout.smallest_text_px >= typescale.FLOOR * min(size) / 100 - 0.5
    inside(layout)


def test_the_clicker_pages_through_every_note(qtbot, deck):
    view = make_view(qtbot, (1920, 1080))
    notes = [f"Note nummer {n}: vi bliver klogere sammen igen og igen." for n in range(40)]
    view.set_notes(deck, 0, notes, "")
    seen: list[str] = []
    pages = view.share_layout().pages
    assert pages > 1
    for page in range(pages):
        layout = view.share_layout()
        label = layout.item("more").doc.toPlainText()
        assert label.endswith(f"side {page + 1} af {pages}"), label
        seen[:0] = [item.doc.toPlainText() for item in layout.items if item.kind == "note"]
        inside(layout)
        assert view.turn_page(1) == (page < pages - 1), "older, while there are older"
    assert seen == notes, "every note, once, in order"
    assert view.turn_page(-1) and view.share_layout().page == pages - 2, "and newer again"
    view.set_notes(deck, 1, notes, "")
    assert view.share_layout().page == 0, "another card starts at its newest notes"
