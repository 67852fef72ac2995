"""The keeper's store: opened when needed, tried again after a failure, each failure said once."""

from __future__ import annotations

from pathlib import Path

from kompas_kiosk.core.notes.link import StoreLink
from kompas_kiosk.core.notes.store import NotesStore, StoreUnwritable


def test_no_store_is_said_once_in_the_language_asked_for() -> None:
    said: list[tuple[str, str]] = []
    link = StoreLink(None, "en", lambda heading, details: said.append((heading, details)))
    assert link.ensure(report=False) is None and said == []
    assert link.ensure() is None and link.ensure() is None
    assert [heading for heading, _ in said] == ["Notes are not being saved"]
    assert link.fault == said[0]
    link.clear_fault()
    assert link.fault is None


def test_an_opener_is_tried_again_and_its_store_closed_by_the_link(tmp_path: Path) -> None:
    tries: list[int] = []

    def opener() -> NotesStore:
        tries.append(1)
        if len(tries) == 1:
            raise StoreUnwritable(tmp_path / "notes.sqlite3", "read-only", kind="readonly")
        return NotesStore.open(tmp_path / "notes.sqlite3")

    link = StoreLink(opener, "da")
    assert link.ensure() is None and link.fault is not None
    store = link.ensure()
    assert store is not None and len(tries) == 2 and link.ensure() is store
    link.close()
    assert link.store is None
