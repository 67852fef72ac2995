"""The notes panel: notes saved only once committed, edits, undo, drafts, a failing store."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from kompas_kiosk.core.notes.keeper import WINDOW
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from kompas_kiosk.core.notes.timestamps import to_stored
from kompas_kiosk.ui.notes.export_dialog import ExportChoice
from kompas_kiosk.ui.notes.panel import NotesPanel
from kompas_kiosk.ui.notes.widgets import ROW_ROLE, Earlier, Row
from kompas_kiosk.ui.theme import typescale
from tests.helpers.stubs import FakeWallClock

CPH = ZoneInfo("Europe/Copenhagen")
TRICKY = [
    "<script>alert('æøå')</script>",
    "emoji 👩🏽‍🤝‍👨🏻 og RTL עברית",
    "første linje\nanden linje\n\n  indrykket",
    "<b>ikke fed</b> &amp; **heller ikke**",
]


class Recorder:
    def __init__(self) -> None:
        self.hits = 0

    def hit(self) -> None:
        self.hits += 1


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


@pytest.fixture
def deck(bundled):
    return next(d.deck for d in bundled if d.deck_id == "samarbejdskompasset")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite3"


@pytest.fixture
def store(path, clock):
    with NotesStore.open(path, clock, tz=CPH) as opened:
        yield opened


@pytest.fixture
def host(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def make_panel(host, source, deck, clock, **kwargs) -> NotesPanel:
    panel = NotesPanel(source, "da", host, tz=CPH, clock=clock, **kwargs)
    panel.set_context(deck, 0, "card")
    panel.open()
    return panel


@pytest.fixture
def panel(host, store, deck, clock):
    return make_panel(host, store, deck, clock)


def type_note(qtbot, panel: NotesPanel, text: str) -> None:
    panel.focus_field()
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index:
            qtbot.keyClick(panel.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        if line:
            panel.field.insertPlainText(line)  # keyClicks cannot type emoji or RTL text


def send(qtbot, panel: NotesPanel) -> None:
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)


def texts(panel: NotesPanel) -> list[str]:
    """The notes the list shows on screen now."""
    items = [panel.note_list.item(i) for i in range(panel.note_list.count())]
    return [item.data(ROW_ROLE).text for item in items]


def stored(store: NotesStore, panel: NotesPanel) -> list[str]:
    session = panel.keeper.session
    return [] if session is None else [note.text for note in store.notes(session.id)]


# -- typing and saving ---------------------------------------------------------------------------


def test_enter_saves_and_the_note_is_listed_only_after_its_commit(
    qtbot, panel, store, deck, monkeypatch
):
    seen_during_commit = []
    original = store.add_note

    def add_note(*args, **kwargs):
        seen_during_commit.append(texts(panel))
        return original(*args, **kwargs)

    monkeypatch.setattr(store, "add_note", add_note)
    qtbot.keyClicks(panel.field, "Vi deler de rå data med borgerpanelet")
    with qtbot.waitSignal(panel.notes_changed):
        send(qtbot, panel)
    assert seen_during_commit == [[]]
    assert texts(panel) == ["Vi deler de rå data med borgerpanelet"]
    assert stored(store, panel) == ["Vi deler de rå data med borgerpanelet"]
    assert panel.field.text() == ""
    note = store.notes(panel.keeper.session.id)[0]
    assert (note.deck_id, note.card_key, note.phase) == ("samarbejdskompasset", "07", "card")
    assert panel.list_view.rows(deck)[0].meta.startswith("10.15 · Princip 07")
    assert not panel.list_view.rows(deck)[0].pending


def test_shift_enter_makes_a_new_line_and_enter_sends_both_lines(qtbot, panel, store):
    qtbot.keyClicks(panel.field, "første")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.field, "anden")
    assert panel.field.text() == "første\nanden"
    assert texts(panel) == []
    send(qtbot, panel)
    assert stored(store, panel) == ["første\nanden"]


def test_blank_text_is_not_a_note(qtbot, panel, store):
    qtbot.keyClicks(panel.field, "   ")
    send(qtbot, panel)
    assert texts(panel) == [] and panel.keeper.session is None


def test_the_list_follows_the_card_and_the_whole_session_on_request(qtbot, panel, deck):
    type_note(qtbot, panel, "på kort 07")
    send(qtbot, panel)
    panel.set_context(deck, 0, "exercise")
    type_note(qtbot, panel, "i gruppearbejdet")
    send(qtbot, panel)
    assert "gruppearbejde" in panel.list_view.rows(deck)[-1].meta
    assert panel.card_texts() == ["på kort 07", "i gruppearbejdet"]
    panel.list_view.set_scope("session")
    assert texts(panel) == ["på kort 07", "i gruppearbejdet"]


# -- editing, deleting, undoing ------------------------------------------------------------------


def add_notes(qtbot, panel, *notes: str) -> None:
    for text in notes:
        type_note(qtbot, panel, text)
        send(qtbot, panel)


def select(qtbot, panel, index: int) -> None:
    panel.note_list.setFocus()
    panel.note_list.setCurrentRow(index)
    qtbot.waitUntil(panel.note_list.hasFocus)


def test_edit_with_e_saves_with_enter_and_gives_back_the_draft(qtbot, panel, store):
    add_notes(qtbot, panel, "Borgerne vil høre tilbage", "Send et svar")
    qtbot.keyClicks(panel.field, "halvskrevet")
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_E)
    assert panel.field.text() == "Borgerne vil høre tilbage"
    assert panel.field.hasFocus()
    panel.field.selectAll()
    qtbot.keyClicks(panel.field, "Borgerne vil høre, hvad der skete")
    send(qtbot, panel)
    assert stored(store, panel) == ["Borgerne vil høre, hvad der skete", "Send et svar"]
    assert texts(panel) == ["Borgerne vil høre, hvad der skete", "Send et svar"]
    assert panel.field.text() == "halvskrevet"
    assert panel.editing_key is None


def test_esc_cancels_an_edit(qtbot, panel, store):
    add_notes(qtbot, panel, "uændret")
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_F2)
    qtbot.keyClicks(panel.field, " - ændret?")
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert stored(store, panel) == ["uændret"]
    assert panel.field.text() == "" and panel.editing_key is None
    assert panel.isVisible()


def test_delete_then_undo_with_ctrl_z_and_with_the_button(qtbot, panel, store):
    add_notes(qtbot, panel, "en", "to")
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Delete)
    assert texts(panel) == ["to"] and stored(store, panel) == ["to"]
    assert "Noten er slettet." in panel.status_text()
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(panel) == ["en", "to"] and stored(store, panel) == ["en", "to"]
    select(qtbot, panel, 1)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Delete)
    undo = next(b for b in panel.findChildren(QPushButton) if b.text() == "Fortryd")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert stored(store, panel) == ["en", "to"]


def test_ctrl_z_in_an_empty_field_undoes_the_delete(qtbot, panel, store):
    add_notes(qtbot, panel, "slet mig")
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Delete)
    panel.focus_field()
    qtbot.keyClick(panel.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(store, panel) == ["slet mig"]


# -- the draft -----------------------------------------------------------------------------------


def test_the_draft_is_saved_after_a_pause_and_comes_back_after_a_crash(
    qtbot, host, panel, store, path, deck, clock
):
    qtbot.keyClicks(panel.field, "Tør vi dele det halvfærdige")
    assert panel.draft_timer.isActive()
    qtbot.waitUntil(lambda: panel.keeper.session is not None, timeout=60_000)
    session_id = panel.keeper.session.id
    assert store.load_draft(session_id) == "Tør vi dele det halvfærdige"
    # The kiosk dies here: nothing is flushed. A new process opens the same file.
    with NotesStore.open(path, clock, tz=CPH) as again:
        fresh = NotesPanel(again, "da", host, tz=CPH, clock=clock)
        fresh.set_session(session_id)
        assert fresh.field.text() == "Tør vi dele det halvfærdige"
        resumed = NotesPanel(again, "da", host, tz=CPH, clock=clock)
        resumed.set_context(deck, 0)  # a fresh session of this deck is carried on by itself
        assert resumed.keeper.session.id == session_id
        assert resumed.field.text() == "Tør vi dele det halvfærdige"


def test_the_draft_is_saved_when_the_timer_fires_and_when_the_panel_hides(qtbot, panel, store):
    add_notes(qtbot, panel, "første note")
    session_id = panel.keeper.session.id
    qtbot.keyClicks(panel.field, "halv")
    panel.draft_timer.timeout.emit()
    assert store.load_draft(session_id) == "halv"
    qtbot.keyClicks(panel.field, "færdig")
    panel.close_panel()
    assert store.load_draft(session_id) == "halvfærdig"
    send(qtbot, panel)  # the draft goes with the note
    panel.open()
    send(qtbot, panel)
    assert store.load_draft(session_id) == ""


# -- a failing store -----------------------------------------------------------------------------


def read_only(path: Path) -> StoreUnwritable:
    return StoreUnwritable(path.parent, "Read-only file system", kind="readonly")


def test_an_unwritable_store_keeps_the_note_in_memory_until_a_retry_works(
    qtbot, panel, store, deck, path, monkeypatch
):
    def refuse(*args, **kwargs):
        raise read_only(path)

    monkeypatch.setattr(store, "add_note", refuse)
    monkeypatch.setattr(store, "save_draft", refuse)
    type_note(qtbot, panel, "Husk referatet til borgerpanelet")
    with qtbot.waitSignal(panel.problem) as problem:
        send(qtbot, panel)
    assert problem.args[0] == "Noterne kan ikke gemmes: skrivebeskyttet"
    assert texts(panel) == ["Husk referatet til borgerpanelet"]
    first = panel.list_view.rows(deck)[0]
    assert first.pending and "ikke gemt endnu" in first.meta
    assert "ikke gemt endnu" in panel.status_text()
    assert "skrivebeskyttet" in panel.status_text()
    type_note(qtbot, panel, "og en til")
    with qtbot.assertNotEmitted(panel.problem):  # the same failure is reported once
        send(qtbot, panel)
    assert [row.pending for row in panel.list_view.rows(deck)] == [True, True]
    monkeypatch.undo()
    retry = next(b for b in panel.findChildren(QPushButton) if b.text() == "Prøv igen")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    assert stored(store, panel) == ["Husk referatet til borgerpanelet", "og en til"]
    assert [row.pending for row in panel.list_view.rows(deck)] == [False, False]
    assert panel.status_text() == ""


def test_waiting_notes_are_stored_first_at_the_next_note(qtbot, panel, store, path, monkeypatch):
    monkeypatch.setattr(store, "add_note", lambda *a, **k: (_ for _ in ()).throw(read_only(path)))
    add_notes(qtbot, panel, "først")
    monkeypatch.undo()
    add_notes(qtbot, panel, "så")
    assert stored(store, panel) == ["først", "så"]


def test_a_failed_draft_keeps_the_text_in_the_field(qtbot, panel, store, path, monkeypatch):
    add_notes(qtbot, panel, "gemt")
    monkeypatch.setattr(store, "save_draft", lambda *a, **k: (_ for _ in ()).throw(read_only(path)))
    qtbot.keyClicks(panel.field, "kladde")
    panel.draft_timer.timeout.emit()
    assert panel.field.text() == "kladde"
    assert "ikke gemt endnu" in panel.status_text()


def test_without_a_store_notes_live_in_memory_and_can_be_saved_as_a_file(
    qtbot, host, deck, clock, tmp_path
):
    panel = make_panel(host, None, deck, clock, documents_dir=tmp_path)
    with qtbot.waitSignal(panel.problem):
        add_notes(qtbot, panel, "æøå i hukommelsen")
    assert panel.list_view.rows(deck)[0].pending
    assert "Noterne gemmes ikke" in panel.status_text()
    target = ExportChoice("md", tmp_path, "noter.md", "Borgermøde", "Rådhuset")
    written = panel.export_to(target)
    assert written == tmp_path / "noter.md"
    text = written.read_text(encoding="utf-8")
    assert "æøå i hukommelsen" in text and "Borgermøde" in text and "Rådhuset" in text


def test_a_store_that_cannot_be_opened_is_tried_again(qtbot, host, deck, clock, path):
    attempts = []

    def opener() -> NotesStore:
        attempts.append(1)
        if len(attempts) < 3:
            raise StoreUnwritable(path, "disk I/O error", kind="io")
        return NotesStore.open(path, clock, tz=CPH)

    panel = make_panel(host, opener, deck, clock)
    add_notes(qtbot, panel, "venter")
    assert panel.list_view.rows(deck)[0].pending
    panel.retry()
    assert not panel.list_view.rows(deck)[0].pending
    with NotesStore.open(path, clock) as check:
        assert [n.text for n in check.notes(panel.keeper.session.id)] == ["venter"]
    panel.shutdown()


# -- text as typed, and the keys -----------------------------------------------------------------


@pytest.mark.parametrize("text", TRICKY)
def test_notes_are_shown_as_plain_text(qtbot, panel, store, text):
    type_note(qtbot, panel, text)
    send(qtbot, panel)
    assert stored(store, panel) == [text]
    assert texts(panel) == [text]
    item = panel.note_list.item(0)
    assert item.text().endswith(text)
    panel.grab()  # paints without trouble


def test_typing_in_the_panel_does_not_trigger_the_window_keys(qtbot, host, panel):
    fired = Recorder()
    for key in ("Return", "F", "7", "Right", "Esc"):
        action = QAction(key, host)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(fired.hit)
        host.addAction(action)
    qtbot.keyClicks(panel.field, "F7")
    qtbot.keyClick(panel.field, Qt.Key.Key_Right)
    send(qtbot, panel)
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Right)
    assert fired.hits == 0


def test_page_down_still_reaches_the_window(qtbot, host, panel):
    fired = Recorder()
    action = QAction("next", host)
    action.setShortcut(QKeySequence("PgDown"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(fired.hit)
    host.addAction(action)
    qtbot.keyClick(panel.field, Qt.Key.Key_PageDown)
    assert fired.hits == 1


def test_esc_closes_the_panel(qtbot, panel):
    with qtbot.waitSignal(panel.closed):
        qtbot.keyClick(panel.field, Qt.Key.Key_Escape)
    assert not panel.isVisible()


def test_ctrl_e_opens_the_export_page_and_saves_the_file(qtbot, panel, tmp_path):
    add_notes(qtbot, panel, "til uddelingen")
    qtbot.keyClick(panel.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = panel.export_form
    assert form.isVisible()
    assert form.file_name.text().endswith("2026-11-28.pdf")
    assert form._save.hasFocus()
    form.folder.setFocus()
    form.folder.setText(str(tmp_path))
    form.file_name.setText("uddeling.csv")
    form._format_buttons["csv"].click()
    qtbot.keyClick(form.folder, Qt.Key.Key_Return)
    assert (tmp_path / "uddeling.csv").exists()
    assert str(tmp_path / "uddeling.csv") in form.result.text()
    qtbot.keyClick(form.folder, Qt.Key.Key_Return)  # exists: asks first
    assert "findes allerede" in form.result.text()
    qtbot.keyClick(form.folder, Qt.Key.Key_Return)
    assert "Gemt" in form.result.text()
    qtbot.keyClick(form.folder, Qt.Key.Key_Escape)
    assert panel.field.hasFocus()


def test_an_export_into_an_impossible_folder_says_what_to_do(qtbot, panel, tmp_path):
    add_notes(qtbot, panel, "x")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    panel.open_export()
    assert panel.export_to(ExportChoice("md", blocker / "sub", "n.md", "S", "")) is None
    assert "Vælg en anden mappe" in panel.export_form.result.text()


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160), (1080, 1920)])
def test_no_text_in_the_panel_is_under_the_floor(qtbot, host, panel, size):
    host.resize(*size)
    qtbot.waitUntil(lambda: panel.unit == min(size) / 100)
    add_notes(qtbot, panel, "en note")
    panel.set_sharing(False)
    floor = typescale.FLOOR * min(size) / 100
    widgets = [*panel.findChildren(QLabel), *panel.findChildren(QPushButton)]
    widgets += [*panel.findChildren(QLineEdit), panel.field]
    for widget in widgets:
        widget.ensurePolished()
        assert widget.font().pixelSize() >= floor - 0.5, widget.objectName() or widget.text()
    if size[0] >= size[1]:
        assert panel.width() == pytest.approx(0.36 * size[0], abs=0.03 * size[0])
    else:
        assert panel.geometry().bottom() >= size[1] * 0.9


def test_enter_on_a_focused_button_presses_it(qtbot, panel, tmp_path):
    add_notes(qtbot, panel, "x")
    panel.open_export()
    panel.export_form.folder.setText(str(tmp_path))
    qtbot.waitUntil(panel.export_form._save.hasFocus)
    qtbot.keyClick(panel.export_form._save, Qt.Key.Key_Return)
    assert list(tmp_path.glob("*.pdf"))


def test_closing_the_window_saves_the_draft(qtbot, host, panel, store):
    add_notes(qtbot, panel, "første")
    qtbot.keyClicks(panel.field, "ufærdig tanke")
    assert panel.draft_timer.isActive()
    host.close()
    assert store.load_draft(panel.keeper.session.id) == "ufærdig tanke"


def test_ctrl_h_and_the_button_ask_to_share(qtbot, panel):
    with qtbot.waitSignal(panel.share_requested):
        qtbot.keyClick(panel.field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    share = next(b for b in panel.findChildren(QPushButton) if b.text() == "Del med rummet")
    with qtbot.waitSignal(panel.share_requested):
        qtbot.mouseClick(share, Qt.MouseButton.LeftButton)
    panel.set_sharing(True)
    assert share.text() == "Stop deling"


def test_the_shared_view_follows_the_field(qtbot, panel):
    with qtbot.waitSignal(panel.notes_changed):
        qtbot.keyClicks(panel.field, "skriver")
    assert panel.draft_text() == "skriver"
    send(qtbot, panel)
    assert panel.card_texts() == ["skriver"] and panel.draft_text() == ""


# -- a big session -------------------------------------------------------------------------------


def big_session(store: NotesStore, clock: FakeWallClock, count: int) -> int:
    """A session of `count` notes of the deck, three in four on card 07 (the rest general)."""
    session = store.create_session("samarbejdskompasset")
    stamp = to_stored(clock())
    rows = [
        (session.id, "samarbejdskompasset", None if i % 4 == 0 else "07", "card", f"note {i}")
        for i in range(count)
    ]
    conn = store._conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO note (session_id, deck_id, card_key, phase, text, created_at, updated_at)"
        f" VALUES (?, ?, ?, ?, ?, '{stamp}', '{stamp}')",
        rows,
    )
    conn.execute("COMMIT")
    return session.id


def listed(panel: NotesPanel) -> list[object]:
    """What each line of the list holds: a Row, or the Earlier line."""
    return [panel.note_list.item(i).data(ROW_ROLE) for i in range(panel.note_list.count())]


def test_a_big_session_lists_only_its_newest_notes_and_says_how_many_more(
    qtbot, host, store, deck, clock, tmp_path, monkeypatch
):
    big_session(store, clock, 5000)
    read_all = []
    original = store.notes
    monkeypatch.setattr(store, "notes", lambda *a, **k: read_all.append(a) or original(*a, **k))
    panel = make_panel(host, store, deck, clock, documents_dir=tmp_path)
    assert read_all == []  # opening reads the newest notes and the counts, not all 5,000
    panel.list_view.set_scope("session")
    lines = listed(panel)
    assert len(lines) == WINDOW + 1 and all(isinstance(line, Row) for line in lines[1:])
    assert lines[0] == Earlier("+ 4.700 tidligere noter – gem som fil for at se alle")
    assert panel.note_list.item(0).text() == lines[0].text
    assert [line.text for line in lines[-2:]] == ["note 4998", "note 4999"]
    assert (
        panel.note_list.verticalScrollBar().value() == panel.note_list.verticalScrollBar().maximum()
    )
    panel.list_view.set_scope("card")
    lines = listed(panel)
    assert lines[0] == Earlier("+ 3.450 tidligere noter – gem som fil for at se alle")
    assert len(lines) == WINDOW + 1 and lines[-1].text == "note 4999"
    texts_on_buttons = [b.text() for b in panel.findChildren(QPushButton)]
    assert "Dette kort (3750)" in texts_on_buttons and "Hele workshoppen (5000)" in texts_on_buttons
    panel.grab()  # paints the line without trouble

    # The line is not a note: the keys pass it by.
    select(qtbot, panel, 1)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Up)
    assert panel.note_list.currentRow() == 1
    qtbot.keyClick(panel.note_list, Qt.Key.Key_E)
    assert panel.editing_key == lines[1].key
    qtbot.keyClick(panel.field, Qt.Key.Key_Escape)

    # A new note comes last; the older ones are one more.
    add_notes(qtbot, panel, "den nyeste")
    lines = listed(panel)
    assert lines[-1].text == "den nyeste" and len(lines) == WINDOW + 1
    assert lines[0].text.startswith("+ 3.451 tidligere noter")

    # Delete and undo in the big session.
    select(qtbot, panel, len(lines) - 2)
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Delete)
    lines = listed(panel)
    assert "note 4999" not in [line.text for line in lines[1:]]
    assert len(lines) == WINDOW + 1  # the newest note not shown till now comes in view
    assert lines[0].text.startswith("+ 3.450 tidligere noter")
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [line.text for line in listed(panel)[-2:]] == ["note 4999", "den nyeste"]

    # The file has every note.
    written = panel.export_to(ExportChoice("md", tmp_path, "alle.md", "Stor session", ""))
    text = written.read_text(encoding="utf-8")
    assert all(f"note {i}\n" in text for i in range(5000)) and "den nyeste" in text


def test_the_earlier_line_in_english(qtbot, english, host, store, deck, clock):
    big_session(store, clock, WINDOW + 1234)
    panel = NotesPanel(store, "en", host, tz=CPH, clock=clock)
    panel.set_context(deck, 0, "card")
    panel.list_view.set_scope("session")
    panel.open()
    assert listed(panel)[0] == Earlier("+ 1,234 earlier notes – save as a file to see them all")
    assert panel.list_view.earlier_text(1) == "+ 1 earlier note – save as a file to see them all"


def test_deleting_every_note_shown_leaves_the_earlier_line(qtbot, host, store, deck, clock):
    big_session(store, clock, 5)
    panel = NotesPanel(store, "da", host, tz=CPH, clock=clock)
    panel.keeper.window = 3
    panel.set_context(deck, 0, "card")
    panel.list_view.set_scope("session")
    panel.open()
    assert listed(panel)[0] == Earlier("+ 2 tidligere noter – gem som fil for at se alle")
    for _ in range(3):
        select(qtbot, panel, panel.note_list.count() - 1)
        qtbot.keyClick(panel.note_list, Qt.Key.Key_Delete)
    assert listed(panel) == [Earlier("+ 2 tidligere noter – gem som fil for at se alle")]
    assert panel.note_list.isVisible() and not panel.findChild(QLabel, "empty").isVisible()
    panel.undo_delete()
    assert [line.text for line in listed(panel)[1:]] == ["note 2"]
    assert panel.list_view.earlier_text(1) == "+ 1 tidligere note – gem som fil for at se alle"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1024, 768), (1080, 1920)])
def test_the_heading_is_never_overlapped_by_the_scope_buttons(qtbot, host, panel, size):
    host.resize(*size)
    panel.open()
    qtbot.waitUntil(panel.isVisible)
    panel.place()
    title = panel._header.title  # "Noter"
    qtbot.waitUntil(lambda: 0 < title.height() < 200)  # laid out (a new label is 640x480)
    shown = title.geometry()
    for button in (panel.list_view.card_button, panel.list_view.session_button):
        assert not shown.intersects(button.geometry()), (size, shown, button.geometry())


def test_a_new_workshop_starts_with_an_empty_list_and_keeps_the_old_notes(qtbot, panel, store):
    qtbot.keyClicks(panel.field, "fra formødet")
    send(qtbot, panel)
    first = panel.keeper.session.id
    panel.start_workshop("Borgermøde", "Rådhuset")
    assert texts(panel) == [] and panel.keeper.session.id != first
    qtbot.keyClicks(panel.field, "fra borgermødet")
    send(qtbot, panel)
    assert stored(store, panel) == ["fra borgermødet"]
    assert [n.text for n in store.notes(first)] == ["fra formødet"]
    assert (panel.keeper.session.name, panel.keeper.session.place) == ("Borgermøde", "Rådhuset")


def shown_in_list(panel: NotesPanel) -> bool:
    """Whether the selected note is in sight in the list (whole or in part)."""
    note_list = panel.note_list
    item = note_list.currentItem()
    return item is not None and note_list.viewport().rect().intersects(
        note_list.visualItemRect(item)
    )


def test_after_reopening_up_selects_a_note_in_sight_and_e_edits_that_one(qtbot, panel):
    add_notes(qtbot, panel, *(f"note {i}" for i in range(30)))
    select(qtbot, panel, 0)  # the oldest, at the top
    qtbot.keyClick(panel.note_list, Qt.Key.Key_Escape)  # back to the field
    add_notes(qtbot, panel, "den nyeste")  # the list goes to its end
    panel.close_panel()
    panel.open()
    qtbot.keyClick(panel.field, Qt.Key.Key_Up)
    qtbot.waitUntil(panel.note_list.hasFocus)
    assert shown_in_list(panel), "the selected note is in sight"
    for _ in range(12):
        qtbot.keyClick(panel.note_list, Qt.Key.Key_Up)
        assert shown_in_list(panel)
