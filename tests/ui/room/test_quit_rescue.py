"""Quitting the room window with notes the store never took: a rescue file, and it says where."""

from __future__ import annotations

import json
import os
import signal
import tempfile
from pathlib import Path

import pytest

from kompas_kiosk.core.notes.rescue import PREFIX
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from kompas_kiosk.ui.common.stop_signals import StopSignals
from kompas_kiosk.ui.room.window import RoomWindow
from tests.helpers.stubs import FakeClock


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def read_only_store(folder: Path) -> NotesStore:
    """A read-only data folder, simulated: the store cannot be opened."""
    raise StoreUnwritable(folder, "Read-only file system", kind="readonly")


def window_on(qtbot, bundled, store, documents: Path) -> RoomWindow:
    win = RoomWindow(bundled, "en", clock=FakeClock(100.0), notes_store=store,
                     documents_dir=documents)  # fmt: skip
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.open_deck_id("samarbejdskompasset")
    return win


def type_notes(window: RoomWindow, notes: list[str], draft: str) -> None:
    panel = window.notes_panel
    panel.open()
    for text in notes:
        panel.field.set_text(text)
        panel.submit()
    panel.field.set_text(draft)


def test_quit_with_notes_only_in_memory_rescues_them_and_says_where(qtbot, bundled, tmp_path):
    documents = tmp_path / "Documents"
    window = window_on(qtbot, bundled, lambda: read_only_store(tmp_path / "data"), documents)
    type_notes(window, ["first note", "second note"], "half a thought")
    assert window.notes_panel.keeper.pending_count == 2
    window.rescue_notice_ms = 50
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.controller.quit_now()  # Ctrl+Q, Esc Esc
        files = list(documents.glob(f"{PREFIX}-*.jsonl"))
        assert len(files) == 1
        texts = [json.loads(line).get("text") for line in files[0].read_text("utf-8").splitlines()]
        assert texts[1:] == ["first note", "second note", "half a thought"]
        shown = window.message_view.text()  # on screen before the window closes
        assert str(files[0]) in shown and "2 notes and the unsent text" in shown


def test_quit_with_a_store_that_refuses_writes(qtbot, bundled, tmp_path, monkeypatch):
    store = NotesStore.open(tmp_path / "data" / "notes.sqlite3")

    def refuse(*args: object, **kwargs: object) -> None:
        raise StoreUnwritable(store.path, "database or disk is full", kind="full")

    for name in ("add_note", "save_draft", "create_session"):
        monkeypatch.setattr(store, name, refuse)
    window = window_on(qtbot, bundled, lambda: store, tmp_path / "Documents")
    type_notes(window, ["one", "two"], "")
    window.rescue_notice_ms = 50
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.controller.quit_now()
    (rescued,) = (tmp_path / "data").glob(f"{PREFIX}-*.jsonl")
    assert "two" in rescued.read_text("utf-8")


def test_quit_with_everything_saved_closes_at_once(qtbot, bundled, tmp_path):
    path = tmp_path / "data" / "notes.sqlite3"
    window = window_on(qtbot, bundled, lambda: NotesStore.open(path), tmp_path / "Documents")
    type_notes(window, ["saved"], "draft")
    with qtbot.waitSignal(window.closed, timeout=60_000):
        window.controller.quit_now()
    assert not list(tmp_path.rglob(f"{PREFIX}-*"))
    with NotesStore.open(path) as store:
        session = store.latest_session()
        assert store.load_draft(session.id) == "draft"


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_saves_the_draft(qtbot, bundled, tmp_path, number):
    path = tmp_path / "data" / "notes.sqlite3"
    window = window_on(qtbot, bundled, lambda: NotesStore.open(path), tmp_path / "Documents")
    type_notes(window, ["saved"], "half typed when systemd restarted it")
    stops = StopSignals(lambda n: window.controller.quit_now())
    try:
        with qtbot.waitSignal(window.closed, timeout=60_000):
            os.kill(os.getpid(), number)
    finally:
        stops.uninstall()
    with NotesStore.open(path) as store:
        session = store.latest_session()
        assert store.load_draft(session.id) == "half typed when systemd restarted it"
        assert [n.text for n in store.notes(session.id)] == ["saved"]


def test_a_stop_signal_rescues_notes_only_in_memory(qtbot, bundled, tmp_path):
    documents = tmp_path / "Documents"
    window = window_on(qtbot, bundled, lambda: read_only_store(tmp_path / "data"), documents)
    type_notes(window, ["waiting"], "draft")
    window.rescue_notice_ms = 50
    stops = StopSignals(lambda n: window.controller.quit_now())
    try:
        with qtbot.waitSignal(window.closed, timeout=60_000):
            os.kill(os.getpid(), signal.SIGTERM)
    finally:
        stops.uninstall()
    (rescued,) = documents.glob(f"{PREFIX}-*.jsonl")
    texts = [json.loads(line).get("text") for line in rescued.read_text("utf-8").splitlines()]
    assert texts[1:] == ["waiting", "draft"]
