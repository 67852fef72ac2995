"""Quitting with notes the store never took: they go to a rescue file, never lost silently."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

import pytest

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.rescue import PREFIX, rescue_lines, write_rescue
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"


@pytest.fixture(autouse=True)
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test its own temporary folder (the rescue's last resort)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


@pytest.fixture
def clock() -> FakeWallClock:
    return FakeWallClock()


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def rescued_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}-*.jsonl"))


def refuse(*args: object, **kwargs: object) -> None:
    raise StoreUnwritable(Path("/data"), "Read-only file system", kind="readonly")


def test_notes_a_store_refuses_are_rescued_at_shutdown(tmp_path, clock, monkeypatch, caplog):
    data = tmp_path / "data"
    store = NotesStore.open(data / "notes.sqlite3", clock)
    keeper = NotesKeeper(lambda: store, clock=clock)
    keeper.set_context(DECK, "Samarbejdskompasset", "07")
    for name in ("add_note", "save_draft", "create_session"):
        monkeypatch.setattr(store, name, refuse)
    assert not keeper.add("første note")
    assert not keeper.add("anden note ✓")
    with caplog.at_level(logging.WARNING):
        rescued = keeper.shutdown("halvskrevet")
    assert rescued is not None
    assert rescued.path.parent == data and rescued.notes == 2 and rescued.draft
    lines = records(rescued.path)
    assert [line.get("text") for line in lines[1:]] == [
        "første note",
        "anden note ✓",
        "halvskrevet",
    ]
    assert lines[1]["card"] == "07" and lines[1]["deck"] == DECK and lines[1]["phase"] == "card"
    assert lines[-1]["draft"] is True
    heading, details = rescued.text("en")
    assert str(rescued.path) in details and "2 notes and the unsent text" in details
    assert str(rescued.path) in caplog.text  # the log (and with it stderr) says where
    assert keeper.pending_count == 0


def test_a_read_only_data_folder_sends_the_rescue_to_documents(tmp_path, clock):
    blocker = tmp_path / "data"  # a file where the data folder should be: nothing can go in it
    blocker.write_text("not a folder")

    def opener() -> NotesStore:
        raise StoreUnwritable(blocker, "Not a directory", kind="cantopen")

    documents = tmp_path / "Documents"
    keeper = NotesKeeper(opener, clock=clock, documents=documents)
    keeper.set_context(DECK, "", "07", "exercise")
    keeper.add("en")
    keeper.add("to")
    rescued = keeper.shutdown("")
    assert rescued is not None and rescued.path.parent == documents and not rescued.draft
    assert [line.get("text") for line in records(rescued.path)[1:]] == ["en", "to"]
    assert records(rescued.path)[1]["phase"] == "exercise"
    assert "2 noter" in rescued.text("da")[1]


def test_without_any_store_the_temp_folder_takes_the_rescue(own_temp, clock):
    keeper = NotesKeeper(None, clock=clock)
    keeper.set_context(DECK, "", None)
    keeper.add("kun i hukommelsen")
    rescued = keeper.shutdown("")
    assert rescued is not None and rescued.path.parent == own_temp


def test_nothing_is_written_when_the_store_took_everything(tmp_path, clock):
    with NotesStore.open(tmp_path / "notes.sqlite3", clock) as store:
        keeper = NotesKeeper(store, clock=clock)
        keeper.set_context(DECK, "", "07")
        keeper.add("gemt")
        assert keeper.shutdown("kladde") is None
        assert store.load_draft(keeper.session.id) == "kladde"
    assert rescued_files(tmp_path) == []


def test_a_rescue_file_never_overwrites_one(tmp_path, clock):
    lines = rescue_lines([], "tekst", clock(), (DECK, "07", "card"))
    first = write_rescue(lines, [tmp_path], clock())
    second = write_rescue(lines, [tmp_path], clock())
    assert first != second and set(rescued_files(tmp_path)) == {first, second}
    assert records(first) == records(second)


def test_when_no_folder_takes_it_the_notes_are_in_the_log(tmp_path, clock, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "tmp"))
    keeper = NotesKeeper(None, clock=clock, documents=blocker / "docs")
    keeper.set_context(DECK, "", "07")
    keeper.add("sidste udvej")
    with caplog.at_level(logging.ERROR):
        assert keeper.shutdown("") is None
    assert "sidste udvej" in caplog.text and "kunne ikke reddes" in caplog.text
