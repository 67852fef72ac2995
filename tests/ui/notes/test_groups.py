"""Notes marked by group: the sheet's group field stamps each new note until it is changed, each
row shows its group, and 'Del det halvfærdige' stands the notes under their groups' headings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from kompas_kiosk.core.notes.timestamps import utc_now
from kompas_kiosk.ui.notes.shared_layout import grouped, layout_shared
from kompas_kiosk.ui.room.window import RoomWindow
from tests.ui.notes.test_panel import make_panel, send, type_note
from tests.ui.notes.test_shared_view import SIZES, inside


@pytest.fixture
def deck(bundled):
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


@pytest.fixture
def host(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def store(tmp_path):
    with NotesStore.open(tmp_path / "notes.sqlite3") as opened:
        yield opened


def set_group(qtbot, panel, text: str) -> None:
    field = panel.list_view.workshop.group
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # back to the note field


def test_the_group_stamps_each_new_note_until_changed(qtbot, host, store, deck):
    panel = make_panel(host, store, deck, utc_now)
    type_note(qtbot, panel, "før grupperne")
    send(qtbot, panel)
    set_group(qtbot, panel, "2")
    assert panel.field.hasFocus(), "Enter in the group field goes back to the note"
    for text in ("første fra 2", "anden fra 2"):
        type_note(qtbot, panel, text)
        send(qtbot, panel)
    set_group(qtbot, panel, "  Bord  ved vinduet ")
    type_note(qtbot, panel, "fra vinduet")
    send(qtbot, panel)
    set_group(qtbot, panel, "")
    type_note(qtbot, panel, "uden igen")
    send(qtbot, panel)
    session = panel.keeper.session
    assert [(n.text, n.group) for n in store.notes(session.id)] == [
        ("før grupperne", ""),
        ("første fra 2", "2"),
        ("anden fra 2", "2"),
        ("fra vinduet", "Bord ved vinduet"),
        ("uden igen", ""),
    ]
    metas = [row.meta for row in panel.list_view.rows(deck)]
    assert "Gruppe" not in metas[0] and "Gruppe 2 · " in metas[1]
    assert "Bord ved vinduet · " in metas[3] and "Gruppe" not in metas[4]


def test_a_new_workshop_starts_without_a_group(qtbot, host, store, deck):
    panel = make_panel(host, store, deck, utc_now)
    set_group(qtbot, panel, "3")
    panel.start_workshop("Eftermiddagens workshop", "Dokk1")
    assert panel.list_view.workshop.group.text() == "", "the field shows the new workshop's none"
    type_note(qtbot, panel, "første i den nye")
    send(qtbot, panel)
    assert [n.group for n in store.notes(panel.keeper.session.id)] == [""]


def test_a_note_waiting_for_the_store_keeps_its_group(qtbot, host, store, deck, monkeypatch):
    panel = make_panel(host, store, deck, utc_now)
    set_group(qtbot, panel, "3")

    def refuse(*args, **kwargs):
        raise StoreUnwritable(store.path.parent, "Read-only file system", kind="readonly")

    monkeypatch.setattr(store, "add_note", refuse)
    type_note(qtbot, panel, "venter")
    send(qtbot, panel)
    row = panel.list_view.rows(deck)[0]
    assert row.pending and "Gruppe 3" in row.meta
    set_group(qtbot, panel, "4")  # changed before the store works again: the note keeps 3
    monkeypatch.undo()
    panel.retry()
    assert [(n.text, n.group) for n in store.notes(panel.keeper.session.id)] == [("venter", "3")]


def test_groups_stand_in_the_order_they_first_spoke_with_the_draft_in_its_own():
    blocks = grouped(["a", "b", "c", "d"], ["2", "1", "2", ""], "skriver", "1")
    assert blocks == [
        [("group", "Gruppe 2"), ("note", "a")],
        [("note", "c")],
        [("group", "Gruppe 1"), ("note", "b")],
        [("draft", "skriver")],
        [("group", "Uden gruppe"), ("note", "d")],
    ]
    assert grouped(["a", "b"], ["", ""], "x", "") == [
        [("note", "a")],
        [("note", "b")],
        [("draft", "x")],
    ]


LONG = "Vi talte om, hvordan borgerne kan se, hvad der er sket med deres input. " * 3


@pytest.mark.parametrize("size", SIZES)
def test_an_overfull_grouped_sheet_repeats_the_heading_and_never_strands_one(qapp, size):
    notes = [f"Note {i + 1}: " + (LONG if i % 4 == 0 else "kort tanke") for i in range(40)]
    groups = [f"Bord {1 + i // 10}" for i in range(40)]
    first = layout_shared(QSizeF(*size), None, "PRINCIP 07", notes, "", groups=groups)
    pages, seen = first.pages, []
    assert pages > 1
    for page in range(pages):
        layout = layout_shared(
            QSizeF(*size), None, "PRINCIP 07", notes, "", page=page, groups=groups
        )
        inside(layout)
        kinds = [item.kind for item in layout.items if item.kind in ("group", "note")]
        assert kinds[0] == "group", "every page says whose notes these are"
        assert kinds[-1] == "note", "no heading at the foot of a page"
        unit = min(size) / 100
        assert layout.smallest_text_px >= 2.5 * unit - 0.5
        more = layout.item("more")
        assert more is not None and f"side {page + 1} af {pages}" in more.doc.toPlainText()
        seen += [item.doc.toPlainText() for item in layout.items if item.kind == "note"]
    assert sorted(seen) == sorted(notes), "every note on exactly one page"


def test_the_room_sees_the_notes_under_their_groups(qtbot, bundled, tmp_path):
    path = tmp_path / "notes.sqlite3"
    win = RoomWindow(bundled, "da", notes_store=lambda: NotesStore.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.open_deck_id("samarbejdskompasset")
    panel = win.notes_panel
    panel.open()
    for group, text in (("1", "en"), ("2", "to"), ("1", "tre")):
        panel.list_view.workshop.set_group(group)
        type_note(qtbot, panel, text)
        send(qtbot, panel)
    type_note(qtbot, panel, "skriver")
    win.controller.toggle_sharing()
    layout = win.shared_view.share_layout()
    kinds = [(item.kind, item.doc.toPlainText()) for item in layout.items]
    assert [k for k in kinds if k[0] in ("group", "note", "draft")] == [
        ("group", "Gruppe 1"),
        ("note", "en"),
        ("note", "tre"),
        ("draft", "skriver"),
        ("group", "Gruppe 2"),
        ("note", "to"),
    ]
