"""The notes sheet on the room screen stays above the room's views."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kompas_kiosk.ui.room.window import RoomWindow


@pytest.fixture
def window(qtbot, bundled):
    win = RoomWindow(bundled, "da", clock=lambda: 100.0)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.open_deck_id("samarbejdskompasset")
    win.show_card()
    return win


def on_top(window, panel) -> bool:
    """The sheet is what the room sees at its centre (not a view stacked over it)."""
    found = window.childAt(panel.geometry().center())
    return found is not None and (found is panel or panel.isAncestorOf(found))


def test_sharing_while_the_notes_are_open_keeps_the_sheet_above_the_shared_view(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N)
    panel = window.notes_panel
    assert panel.isVisible() and on_top(window, panel)
    qtbot.keyClick(panel.field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window._stack.currentWidget() is window.shared_view
    assert panel.isVisible()
    assert on_top(window, panel), "the shared view hides the notes sheet"
    panel.share_requested.emit()  # stop sharing, then share again: the view exists now
    panel.share_requested.emit()
    assert on_top(window, panel)
