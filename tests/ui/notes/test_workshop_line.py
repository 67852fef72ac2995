"""The workshop's line over the notes: its name wraps and never widens the sheet; on a narrow
sheet »Gruppe« and its field have a row of their own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.core.notes.timestamps import utc_now
from kompas_kiosk.ui.notes import sheet
from tests.ui.notes.test_groups import deck, store  # noqa: F401 (fixtures)
from tests.ui.notes.test_panel import make_panel

LONG = "Borgermøde om den nye bydelsplan for Gellerup, Toveshøj og Hasle med naboerne"


def sheet_on(qtbot, size: tuple[int, int], store, deck):  # noqa: F811
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window, make_panel(window, store, deck, utc_now)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_a_long_workshop_name_wraps_and_never_widens_the_sheet(qtbot, store, deck, size):  # noqa: F811
    _window, panel = sheet_on(qtbot, size, store, deck)
    before = panel.geometry()
    panel.start_workshop(LONG, "Globus1, Gudrunsvej 6")
    panel.place()
    QApplication.processEvents()
    assert panel.geometry() == before, "the sheet keeps its width"
    u = sheet.unit_of(*size)
    shadow = round(sheet.SHADOW * u)
    assert panel.width() == max(round(size[0] * sheet.WIDTH_LANDSCAPE) + 2 * shadow, before.width())
    line = panel.list_view.workshop
    assert LONG in line.workshop.text()
    assert line.stacked, "a name this long stands over the group"
    assert line.group.geometry().top() >= line.workshop.geometry().bottom()
    column = panel.contentsRect()
    for part in (line.workshop, line.caption, line.group):
        where = part.geometry().translated(part.mapTo(panel, part.rect().topLeft()) - part.pos())
        assert column.contains(where), f"{part.objectName()} stays on the sheet"


def test_a_short_name_shares_its_line_with_the_group_on_a_wide_sheet(qtbot, store, deck):  # noqa: F811
    _window, panel = sheet_on(qtbot, (1920, 1080), store, deck)
    panel.start_workshop("Møde")
    panel.place()
    QApplication.processEvents()
    line = panel.list_view.workshop
    assert not line.stacked
    assert line.group.geometry().top() < line.workshop.geometry().bottom()
