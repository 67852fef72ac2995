"""Ctrl+E on the notes sheet: the session saved as a file (the handout), from the form on the
sheet's second page. The file has all the session's notes, also those the list leaves out.

A PDF is written a part at a time (``PdfJob``) with the event loop running between parts, so the
room goes on (the countdown, the clicker); one that takes more than half a second shows a
progress dialog that can cancel it. Every format is written to a temporary file and renamed
(``write_atomic``): a cancelled or failed export leaves no file and an old one as it was."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QStackedLayout

from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.handout import write
from kompas_kiosk.core.handout.export import ExportError, IncompleteHandoutError, write_atomic
from kompas_kiosk.core.handout.model import Handout
from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.core.notes.store import StoreError
from kompas_kiosk.core.programmes.model import Programme
from kompas_kiosk.ui.notes import pdf_export
from kompas_kiosk.ui.notes.export_dialog import ExportChoice, ExportForm

log = logging.getLogger(__name__)

PROGRESS_AFTER_MS = 500  # a PDF that takes longer shows a progress dialog

Plan = Callable[[], tuple[Programme | None, Sequence[Deck]]]
"""The programme the room is running (None: a deck, card by card) and the decks its cards are
from: a programme's handout has its cards in the order it ran them."""


class NotesExport(QObject):
    """The 'save as file' form, the switching to its page and back, and the writing of the file;
    the panel puts the form on the second of its `pages`."""

    def __init__(
        self,
        keeper: NotesKeeper,
        lang: str,
        pages: QStackedLayout,
        back: Callable[[], None],
        *,
        documents_dir: Path | None = None,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`back()`: show the notes page again, the cursor in the field."""
        super().__init__(parent)
        self.keeper = keeper
        self._lang = lang
        self._documents_dir = documents_dir
        self._tz = tz
        self._overwrite: Path | None = None
        self.busy = False  # a PDF is being written: another Save waits for it
        self.plan: Plan = lambda: (None, ())  # the programme the room runs, and its decks
        self._pages = pages
        self._back = back
        self.form = ExportForm(self._lang)
        self.form.cancelled.connect(self.close)

    def open(self) -> None:
        """The form's page, filled in with sensible defaults."""
        self.fill()
        self._pages.setCurrentWidget(self.form)
        self.form.focus_first()

    def close(self) -> None:
        """Back to the notes page, if the form's page is shown."""
        if self._pages.currentWidget() is self.form:
            self._back()

    def fill(self) -> None:
        """Fill in the form with sensible defaults."""
        session = self.keeper.memory_session()
        previous = self.form.choice().fmt if self.form.folder.text() else "pdf"
        folder = self._documents_dir or Path.home()
        name = write.default_file_name(session, previous, self._lang, self._tz)
        self.form.set_choice(ExportChoice(previous, folder, name, session.name, session.place))
        self._overwrite = None

    def export_to(self, choice: ExportChoice, current: Deck | None) -> Path | None:
        """Write the handout as `choice` says, saved notes and waiting ones (`current`: the deck
        on the room screen); the outcome is shown on the form. An existing file is replaced
        only when asked twice."""
        if self.busy:
            return None
        session = self.keeper.describe_session(choice.session_name, choice.place)
        path = choice.path
        if path.exists() and self._overwrite != path:
            self._overwrite = path
            self.form.show_result(
                self.tr(
                    "%s findes allerede. Tryk Gem igen for at erstatte den, eller skift navnet."
                )
                % path,
                ok=False,
            )
            return None
        deck = current if current is not None and current.id == session.deck_id else None
        programme, decks = self.plan()
        try:
            notes = self.keeper.handout_notes(session)
        except StoreError as error:
            self.form.show_result(f"{error.heading}. {error.details}", ok=False)
            return None
        try:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(path, exc.strerror or str(exc), self._lang) from exc
            if choice.fmt == "pdf":
                handout = write.handout_of(
                    session, notes, deck, self._lang, programme=programme, decks=decks, tz=self._tz
                )
                data = self._pdf(handout, path)
                if data is None:
                    self.form.show_result(
                        self.tr("Afbrudt: der er ikke gemt nogen fil (%s).") % path, ok=False
                    )
                    return None
                write_atomic(path, data, lang=self._lang)
            else:
                write.export_notes(
                    session, notes, deck, choice.fmt, path, self._lang,
                    programme=programme, decks=decks, tz=self._tz,
                )  # fmt: skip
        except ExportError as error:
            self.form.show_result(f"{error.heading}. {error.details}", ok=False)
            return None
        self._overwrite = None
        self.form.show_result(self.tr("Gemt: %s") % path, ok=True)
        log.info("notes exported to %s", path)
        return path

    def _pdf(self, handout: Handout, path: Path) -> bytes | None:
        """The PDF, laid out a part at a time with the event loop running in between, with a
        progress dialog after ``PROGRESS_AFTER_MS``; None when it was cancelled. Raises
        ``ExportError`` when not every note could be laid out."""
        self.busy = True
        job = pdf_export.PdfJob(handout)
        dialog = QProgressDialog(
            self.tr("Gemmer %s …") % path.name, self.tr("Annuller"), 0, job.total, self.form
        )
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Gemmer noterne"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setValue(0)
        try:
            while not job.step():
                dialog.setValue(job.done)
                QCoreApplication.processEvents()
                if dialog.wasCanceled():
                    job.cancel()
                    return None
            return job.result()
        except IncompleteHandoutError as incomplete:
            raise incomplete.export_error(path, "pdf", self._lang) from incomplete
        finally:
            self.busy = False
            dialog.reset()
            dialog.deleteLater()
