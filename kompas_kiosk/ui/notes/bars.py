"""The message bars under the notes list: what just happened (»Fortryd« brings a deleted note
back), and what is not stored yet (»Prøv igen«, or save the session as a file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kompas_kiosk.core.notes.keeper import NotesKeeper
from kompas_kiosk.ui.notes.parts import bar, button, label
from kompas_kiosk.ui.theme import spacing


class MessageBars(QObject):
    """The info bar and the fault bar; the panel puts them in its column."""

    def __init__(
        self,
        keeper: NotesKeeper,
        *,
        undo: Callable[[], None],
        retry: Callable[[], None],
        rescue: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self._info_text = label("infoText")
        self._undo_button = button(self.tr("Fortryd"), slot=undo)
        self.info_bar = bar("infoBar", self._info_text, [self._undo_button], row=True)
        self._fault_text = label("faultText")
        retry_button = button(self.tr("Prøv igen"), slot=retry)
        rescue_button = button(self.tr("Gem som fil …"), slot=rescue)
        self.fault_bar = bar("faultBar", self._fault_text, [retry_button, rescue_button])

    def show_info(self, text: str, undo: bool) -> None:
        self._info_text.setText(text)
        self._undo_button.setVisible(undo)
        self.info_bar.show()

    def hide_info(self) -> None:
        self.info_bar.hide()

    def update(self) -> None:
        keeper = self.keeper
        if keeper.fault is None and not keeper.pending_count:
            self.fault_bar.hide()
            return
        lines = []
        count = keeper.pending_count
        if count:
            if count == 1:
                lines.append(self.tr("1 note er ikke gemt endnu – den er kun i hukommelsen."))
            else:
                lines.append(
                    self.tr("%n noter er ikke gemt endnu – de er kun i hukommelsen.", "", count)
                )
        elif keeper.draft_failed:
            lines.append(self.tr("Teksten i feltet er ikke gemt endnu."))
        if keeper.fault is not None:
            lines.append(keeper.fault[0])
            self.fault_bar.setToolTip(keeper.fault[1])
            self.fault_bar.setAccessibleDescription(keeper.fault[1])
        self._fault_text.setText("\n".join(lines))
        self.fault_bar.show()

    def status_text(self) -> str:
        """What the bars say (empty when they are hidden)."""
        bars = ((self.info_bar, self._info_text), (self.fault_bar, self._fault_text))
        return "\n".join(text.text() for frame, text in bars if not frame.isHidden())

    def set_unit(self, u: float) -> None:
        for frame in (self.info_bar, self.fault_bar):
            layout = frame.layout()
            assert layout is not None  # made with the bar
            layout.setContentsMargins(*[round(spacing.SHEET_GAP * u)] * 4)
            layout.setSpacing(round(spacing.SHEET_SMALL_GAP * u))
