"""What the notes panel does with the store, without Qt: no typed note is ever lost.

A ``NotesKeeper`` stands between the panel and the ``NotesStore``. A note is saved when the
store's commit returned; until then it is a ``PendingNote`` in memory (core/notes/pending.py).
When the store cannot be opened or written, notes wait in memory and are stored, oldest first,
at the next note, at ``retry`` and at the next draft save that works. Deleting can be undone.
Failures are reported once each through ``on_problem`` and kept in ``fault`` (core/notes/link.py).

Workshops (sessions, core/notes/workshop.py): the first ``set_context`` carries on the latest
workshop, whatever its deck or age (a restart or a crash continues it); ``start_workshop``
starts another by name. Without any, one is made at the first note or draft. ``group`` (a
table's label, '' none) stamps each new note until it is changed. Big sessions: only the
newest ``WINDOW`` saved notes of the session (and card) are in memory (a ``Tail``), with the
number of older ones (``count``); ``handout_notes`` reads all of them from the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from kompas_kiosk.core.i18n import Text, language
from kompas_kiosk.core.notes.link import Problem, StoreLink, StoreSource
from kompas_kiosk.core.notes.model import Note, Phase, Session
from kompas_kiosk.core.notes.pending import (
    Entry,
    Key,
    PendingNote,
    next_local_id,
    pending_as_note,
    pending_entry,
    saved_entry,
)
from kompas_kiosk.core.notes.rescue import Rescued, rescue, rescue_folders
from kompas_kiosk.core.notes.store import NotesStore, StoreError
from kompas_kiosk.core.notes.tail import CardId, Tail
from kompas_kiosk.core.notes.timestamps import Clock, short_date_time, to_local, utc_now
from kompas_kiosk.core.notes.workshop import clean

WINDOW = 300  # the newest saved notes of a scope kept in memory (and shown by the panel)

_UNTITLED = Text("Noter", "Notes")  # a session's name when there is no deck to name it


class NotesKeeper:
    def __init__(
        self,
        store: StoreSource,
        lang: str = "da",
        *,
        clock: Clock = utc_now,
        tz: tzinfo | None = None,
        on_problem: Problem | None = None,
        documents: Path | None = None,  # for a rescue file when the data folder takes none
    ) -> None:
        self._lang = language(lang)
        self._documents = documents
        self._clock, self._tz = clock, tz
        self._link = StoreLink(store, self._lang, on_problem)
        self.session: Session | None = None
        self._decided, self._deck_id, self._deck_title = False, "", ""
        self._next: tuple[str | None, str] = (None, "")  # the workshop to make at the first note
        self._card_key: str | None = None
        self._phase: Phase = "card"
        self.group = ""  # the group new notes are stamped with ('' none)
        self.window = WINDOW
        self._tail = Tail([])  # the session's newest saved notes
        self._card_tail: tuple[CardId, Tail] | None = None  # read when the session's is not all
        self._pending: list[PendingNote] = []
        self._undo: list[Note | tuple[int, PendingNote]] = []
        self._saved_draft = ""
        self.draft_failed = False

    # -- context and sessions ----------------------------------------------------------------

    def set_context(
        self, deck_id: str, deck_title: str, card_key: str | None, phase: Phase = "card"
    ) -> str | None:
        """Where new notes go. Returns the draft of a session carried on, else None."""
        if (deck_id, card_key) != (self._deck_id, self._card_key):
            self._card_tail = None
        self._deck_id, self._deck_title = deck_id, deck_title
        self._card_key, self._phase = card_key, phase
        if self._decided:
            return None
        store = self._link.ensure(report=False)
        return self._resume(store) if store is not None else None

    def set_session(self, session_id: int | None) -> str:
        """Carry on `session_id` (None: a new one at the next note). Returns its draft."""
        self._decided = True
        self._undo.clear()
        self._card_tail = None
        if session_id is None:
            self.session, self._tail, self._saved_draft = None, Tail([]), ""
            self._next = (None, "")
            return ""
        store = self._link.ensure()
        if store is None:
            return ""
        try:
            session = store.get_session(session_id)
            tail = Tail.load(store, session_id, self.window)
            draft = store.load_draft(session_id)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return ""
        self.session, self._tail, self._saved_draft = session, tail, draft
        return draft

    def _resume(self, store: NotesStore) -> str | None:
        try:
            latest = store.latest_session()
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return None
        self._decided = True
        return None if latest is None else self.set_session(latest.id)

    def start_workshop(self, name: str, place: str = "") -> Session:
        """A new workshop (``WorkshopNameError``: a blank name) has the notes from now on; the
        waiting ones go to the old one first. Made in the store now if it opens, else at the
        first note."""
        name, place = clean(name, place, self._lang)
        self.store_pending(clear_draft=False)
        self.set_session(None)
        self._next, self.group = (name, place), ""  # its tables report anew: no group
        store = self._link.ensure()
        if store is not None:
            try:
                self._ensure_session(store)
            except StoreError as error:
                self._link.fail(error.heading, error.details)
        return self.memory_session()

    def memory_session(self) -> Session:
        """The session, or one that exists only in memory (for a handout made anyway)."""
        if self.session is not None:
            return self.session
        now = self._clock()
        title = self._deck_title or self._deck_id or _UNTITLED.format(self._lang)
        name = self._next[0] or f"{short_date_time(to_local(now, self._tz), self._lang)} · {title}"
        return Session(0, self._deck_id, name, self._next[1], now)

    def describe_session(self, name: str, place: str) -> Session:
        """Rename the session and set its place (kept in memory if the store fails)."""
        session = self.memory_session()
        name = " ".join(name.split()) or session.name
        place = place.strip()
        store = self._link.store
        if self.session is not None and store is not None:
            try:
                if name != session.name:
                    session = store.rename_session(session.id, name)
                if place != session.place:
                    session = store.set_place(session.id, place)
                self.session = session
            except StoreError as error:
                self._link.fail(error.heading, error.details)
        return replace(session, name=name, place=place)

    # -- notes -------------------------------------------------------------------------------

    def add(self, text: str) -> bool:
        """Keep `text` as a note on the current card; True when it is stored."""
        if not text.strip():
            return False
        note = PendingNote(
            text, self._deck_id, self._card_key, self._phase, self._clock(), next_local_id()
        )
        note.group = self.group
        self._pending.append(note)
        return self.store_pending(clear_draft=True)

    def store_pending(self, clear_draft: bool) -> bool:
        """Store the notes waiting in memory, oldest first; False if the store failed.
        With `clear_draft` the draft is emptied with the last one (the field was sent)."""
        if not self._pending:
            return True
        store = self._link.ensure()
        if store is None:
            return False
        try:
            session = self._ensure_session(store)
            while self._pending:
                waiting = self._pending[0]
                note = store.add_note(
                    session.id,
                    waiting.text,
                    waiting.deck_id,
                    waiting.card_key,
                    waiting.phase,
                    group=waiting.group,
                    clear_draft=clear_draft and len(self._pending) == 1,
                )
                self._pending.pop(0)  # only now: the commit returned
                for tail in self._tails(note):
                    tail.added(note)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return False
        if clear_draft:
            self._saved_draft = ""
        self._succeeded()
        return True

    def edit(self, key: Key, text: str) -> bool:
        """Replace a note's text; False (and the fault set) if the store failed."""
        kind, ident = key
        if kind == "pending":
            for waiting in self._pending:
                if waiting.local_id == ident:
                    waiting.text = text
            return True
        store = self._link.ensure()
        if store is None:
            return False
        try:
            note = store.edit_note(ident, text)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return False
        for tail in self._tails(note):
            tail.edited(note)
        self._succeeded()
        return True

    def delete(self, key: Key) -> bool:
        kind, ident = key
        if kind == "pending":
            index = next(i for i, p in enumerate(self._pending) if p.local_id == ident)
            self._undo.append((index, self._pending.pop(index)))
            return True
        store = self._link.ensure()
        if store is None:
            return False
        try:
            note = store.delete_note(ident)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return False
        self._undo.append(note)
        for tail in self._tails(note):
            tail.removed(note)
        self._succeeded()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> Key | None:
        """Bring back the last deleted note; its key, or None."""
        if not self._undo:
            return None
        item = self._undo[-1]
        if isinstance(item, tuple):
            index, waiting = item
            self._pending.insert(min(index, len(self._pending)), waiting)
            self._undo.pop()
            return ("pending", waiting.local_id)
        store = self._link.ensure()
        if store is None:
            return None
        try:
            note = store.undo_delete(item.id)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return None
        for tail in self._tails(note):
            tail.restored(note)
        self._undo.pop()
        self._succeeded()
        return ("saved", note.id)

    def entries(self, card_only: bool = False) -> list[Entry]:
        """The session's (or card's) notes, saved then waiting; of a big one the newest."""
        here = (self._deck_id, self._card_key)
        result = []
        for note in self._scope_tail(card_only).notes:
            if not card_only or (note.deck_id, note.card_key) == here:
                result.append(saved_entry(note))
        for waiting in self._pending:
            if not card_only or (waiting.deck_id, waiting.card_key) == here:
                result.append(pending_entry(waiting))
        return result

    def count(self, card_only: bool = False) -> int:
        """How many notes the session (or card) has, saved and waiting (older ones too)."""
        here = (self._deck_id, self._card_key)
        waiting = sum(1 for p in self._pending if not card_only or (p.deck_id, p.card_key) == here)
        tail = self._scope_tail(card_only)
        saved = sum(1 for n in tail.notes if not card_only or (n.deck_id, n.card_key) == here)
        if not card_only or tail is not self._tail:  # else the card's older ones are unknown
            saved += tail.older
        return saved + waiting

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    def handout_notes(self, session: Session) -> list[Note]:
        """Every note for a handout, the waiting ones too (with negative ids). Reads the older
        saved notes of a big session from the store (a ``StoreError`` if that fails)."""
        saved = self._tail.notes
        store = self._link.store
        if self._tail.older and self.session is not None and store is not None:
            saved = store.notes(self.session.id)
        waiting = [pending_as_note(p, session.id) for p in self._pending]
        return [*saved, *waiting]

    # -- the draft ---------------------------------------------------------------------------

    def save_draft(self, text: str) -> None:
        """Keep the field's unsent text; stores the waiting notes first when it can."""
        if self._pending and not self.store_pending(clear_draft=not text):
            self.draft_failed = bool(text) and text != self._saved_draft
            return
        if text == self._saved_draft and not self.draft_failed:
            return
        if self.session is None and not text:
            self._saved_draft, self.draft_failed = "", False
            self._succeeded()
            return
        store = self._link.ensure()
        if store is None:
            self.draft_failed = bool(text)
            return
        try:
            store.save_draft(self._ensure_session(store).id, text)
        except StoreError as error:
            self.draft_failed = True
            self._link.fail(error.heading, error.details)
            return
        self._saved_draft, self.draft_failed = text, False
        self._succeeded()

    @property
    def fault(self) -> tuple[str, str] | None:
        """The latest failure of the store (heading, details), until a write works again."""
        return self._link.fault

    def close(self) -> None:
        """Close the store if the keeper opened it."""
        self._link.close()

    def shutdown(self, draft: str) -> Rescued | None:
        """At quit: store what waits and `draft`; the rest to a rescue file. Closes the store."""
        self.save_draft(draft)
        place, name = (self._deck_id, self._card_key, self._phase), self.memory_session().name
        folders = rescue_folders(self._link.folder, self._documents)
        unsaved = draft if self.draft_failed else ""
        rescued = rescue(self._pending, unsaved, place, name, folders, self._clock(), self._lang)
        if rescued is not None:  # kept in the file: the field's text need not be saved again
            self._pending.clear()
            self._saved_draft, self.draft_failed = draft, False
        self.close()
        return rescued

    # -- internals ---------------------------------------------------------------------------

    def _ensure_session(self, store: NotesStore) -> Session:
        if self.session is None:
            (name, place), title = self._next, self._deck_title
            self.session = store.create_session(self._deck_id, name, place, deck_title=title)
            self._decided, self._next = True, (None, "")
        return self.session

    def _scope_tail(self, card_only: bool) -> Tail:
        """The session's tail, or the card's (read only when the session's is not all)."""
        if not card_only or not self._tail.older:
            return self._tail
        here = (self._deck_id, self._card_key)
        if self._card_tail is not None and self._card_tail[0] == here:
            return self._card_tail[1]
        store, session = self._link.store, self.session
        if store is None or session is None:
            return self._tail
        try:
            tail = Tail.load(store, session.id, self.window, here)
        except StoreError as error:
            self._link.fail(error.heading, error.details)
            return self._tail  # the card's notes among the newest of the session
        self._card_tail = (here, tail)
        return tail

    def _tails(self, note: Note) -> Iterator[Tail]:
        """The tails in memory that `note` belongs to."""
        yield self._tail
        if self._card_tail is not None:
            (deck_id, card_key), tail = self._card_tail
            if (note.deck_id, note.card_key) == (deck_id, card_key):
                yield tail

    def _succeeded(self) -> None:
        """A write worked: the fault is over once nothing waits in memory."""
        if not self._pending and not self.draft_failed:
            self._link.clear_fault()
