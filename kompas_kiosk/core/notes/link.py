"""The notes keeper's store: opened when first needed, and each of its failures said once.

``StoreLink`` holds an open ``NotesStore``, or a function opening one (tried again at every
need after a failure, so »Prøv igen« works once the data folder is back), or nothing (notes in
memory only). It reports a failure through ``on_problem(heading, details)`` once until another
one comes, and keeps the latest in ``fault`` until the keeper says the writes work again.
``folder`` is the open store's folder (for a rescue file at quit), None before one opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.notes.store import NotesStore, StoreError

StoreSource = NotesStore | Callable[[], NotesStore] | None
Problem = Callable[[str, str], None]

_NO_STORE = (
    Text("Noterne gemmes ikke", "Notes are not being saved"),
    Text(
        "Kiosken har ingen notefil. Noterne er kun i hukommelsen: gem dem som fil (Ctrl+E), "
        "før kiosken lukkes.",
        "The kiosk has no notes file. The notes are only in memory: save them as a file "
        "(Ctrl+E) before the kiosk is closed.",
    ),
)


class StoreLink:
    def __init__(self, store: StoreSource, lang: str, on_problem: Problem | None = None) -> None:
        self.store = store if isinstance(store, NotesStore) else None
        self._opener = None if isinstance(store, NotesStore) else store
        self._owns_store = False
        self._lang = lang
        self._on_problem = on_problem or (lambda heading, details: None)
        self.fault: tuple[str, str] | None = None
        self.folder: Path | None = self.store.path.parent if self.store is not None else None
        self._reported: tuple[str, str] | None = None

    def ensure(self, report: bool = True) -> NotesStore | None:
        """The store, opened if need be; None (with the fault reported if `report`) when
        there is none or it cannot be opened."""
        if self.store is not None:
            return self.store
        if self._opener is None:
            if report:
                self.fail(*(text.format(self._lang) for text in _NO_STORE))
            return None
        try:
            store = self._opener()
        except StoreError as error:
            if report:
                self.fail(error.heading, error.details)
            return None
        self.store, self._owns_store, self.folder = store, True, store.path.parent
        notice = store.recovery_notice(self._lang)
        if notice is not None:
            self._on_problem(*notice)
        return store

    def fail(self, heading: str, details: str) -> None:
        self.fault = (heading, details)
        if self._reported != self.fault:
            self._reported = self.fault
            self._on_problem(heading, details)

    def clear_fault(self) -> None:
        self.fault = self._reported = None

    def close(self) -> None:
        """Close the store if this link opened it."""
        if self._owns_store and self.store is not None:
            self.store.close()
            self.store = None
