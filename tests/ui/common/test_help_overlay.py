"""The key help: every row of the key table, legible, fitted or paged, in Danish and English."""

import dataclasses

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.keymap import Binding
from kompas_kiosk.ui.common.help_overlay import HelpOverlay
from kompas_kiosk.ui.common.help_table import key_caps, view_name
from kompas_kiosk.ui.theme import typescale

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920)]


@pytest.fixture
def room(shortcut_window):
    return shortcut_window("M")  # like the room's 'mute'


@pytest.fixture
def opened(qtbot):
    """Opens the help over a window of a size; the windows live as long as the test."""
    hosts = []

    def open_over(size, lang="da", bindings=None) -> HelpOverlay:
        host = QWidget()
        qtbot.addWidget(host)
        hosts.append(host)
        host.resize(*size)
        overlay = HelpOverlay(lang, parent=host, bindings=bindings)
        overlay.popup()
        return overlay

    return open_over


def all_entries(overlay: HelpOverlay):
    return [entry for page in range(overlay.page_count) for entry in overlay.entries(page)]


def overlaps(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > 0.5 and common.height() > 0.5


def a_long_table() -> tuple[Binding, ...]:
    return tuple(
        dataclasses.replace(b, action=f"{b.action}_{n}", da=f"{b.da} ({n})", en=f"{b.en} ({n})")
        for n in range(4)
        for b in keymap.BINDINGS
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_binding_is_shown_with_its_keys(request, opened, lang, size):
    if lang == "en":
        request.getfixturevalue("english")
    overlay = opened(size, lang)
    entries = all_entries(overlay)
    texts = [entry.text for entry in entries if entry.kind == "text"]
    caps = [entry.text for entry in entries if entry.kind == "cap"]
    groups = {entry.text for entry in entries if entry.kind == "group"}
    for binding in keymap.BINDINGS:
        assert binding.describe(lang) in texts
        for cap in key_caps(binding, lang):
            assert cap in caps
        assert view_name(binding.context, lang).upper() in groups
    assert len(texts) == len(keymap.BINDINGS), "each row once"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("table", ["the key table", "a long table"])
def test_it_is_legible_and_nothing_is_cut_off_or_overlaps(opened, size, table):
    bindings = a_long_table() if table == "a long table" else None
    overlay = opened(size, "da", bindings)
    floor = typescale.FLOOR * min(size) / 100
    screen = QRectF(overlay.rect())
    assert overlay.text_px >= floor - 0.5
    for page in range(overlay.page_count):
        entries = overlay.entries(page)
        assert entries
        for entry in entries:
            assert entry.px >= floor - 0.5, f"{entry.text!r} is under the floor"
            assert screen.contains(entry.rect), f"{entry.text!r} is off the screen"
        for i, a in enumerate(entries):
            for b in entries[i + 1 :]:
                assert not overlaps(a.rect, b.rect), f"{a.text!r} overlaps {b.text!r}"
    if table == "a long table":
        assert overlay.page_count > 1
        texts = [e.text for e in all_entries(overlay) if e.kind == "text"]
        assert sorted(texts) == sorted(b.da for b in bindings), "every row on some page"


def a_table_of(rows: int) -> tuple[Binding, ...]:
    """A table as long as the kiosk's first one: four views, a mix of short and long rows."""
    texts = ["Næste kortsæt", "Vend kortet om til refleksionerne og tilbage", "Luk kiosken"]
    keys = [("D",), ("PgDown", "Right", "Down"), ("Ctrl+R",)]
    contexts = ["global", "card", "exercise", "chooser"]
    return tuple(
        Binding(f"row{n}", keys[n % 3], contexts[n * 4 // rows], texts[n % 3], texts[n % 3])
        for n in range(rows)
    )


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_landscape_sets_a_table_of_24_rows_on_one_page_in_columns(opened, size):
    overlay = opened(size, "da", a_table_of(24))
    assert overlay.page_count == 1
    columns = {round(e.rect.left()) for e in overlay.entries() if e.kind == "group"}
    assert len(columns) >= 2


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_real_table_is_set_in_columns_in_landscape(opened, size):
    overlay = opened(size)
    for page in range(overlay.page_count):
        columns = {round(e.rect.left()) for e in overlay.entries(page) if e.kind == "group"}
        assert len(columns) in ({1} if size[1] > size[0] else {2, 3})


def test_a_new_binding_shows_up_by_itself(opened, monkeypatch):
    extra = Binding("blank_black", ("B", "."), "blank", "Sort skærm", "Black screen")
    monkeypatch.setattr(keymap, "BINDINGS", (*keymap.BINDINGS, extra))
    overlay = opened((1920, 1080))
    entries = all_entries(overlay)
    assert "Sort skærm" in [e.text for e in entries]
    assert {"B", "."} <= {e.text for e in entries if e.kind == "cap"}
    assert "BLANK" in [e.text for e in entries if e.kind == "group"]


def test_keys_are_drawn_as_people_know_them():
    def caps(*keys: str, lang: str = "da") -> list[str]:
        return key_caps(Binding("x", keys, "card", "", ""), lang)

    assert caps(*(str(d) for d in range(10))) == ["0–9"]
    assert caps("Return", "Enter", "Space", "F5") == ["Enter", "Mellemrum", "F5"]
    assert caps("PgDown", "Right", "Down") == ["PgDn", "→", "↓"]
    assert caps("Ctrl+PgDown", "+", "-") == ["Ctrl+PgDn", "+", "-"]


def test_keys_are_drawn_in_english(english):
    assert key_caps(Binding("x", ("Space",), "card", "", ""), "en") == ["Space"]


def test_the_two_languages_danish(opened):
    danish = opened((1920, 1080), "da", a_table_of(24))
    assert danish.accessibleName() == "Taster"
    assert "OVERALT" in [e.text for e in danish.entries()]
    assert danish.hint_text() == "Tryk på en tast for at lukke"


def test_the_two_languages_english(english, opened):
    overlay = opened((1920, 1080), "en", a_table_of(24))
    assert overlay.accessibleName() == "Keys"
    assert "EVERYWHERE" in [e.text for e in overlay.entries()]
    assert overlay.hint_text() == "Press any key to close"


def test_any_key_closes_it_and_does_nothing_else(qtbot, room):
    overlay = HelpOverlay(parent=room)
    overlay.popup()
    assert overlay.isVisible()
    assert overlay.geometry() == room.rect()
    with qtbot.waitSignal(overlay.closed, timeout=60_000):
        qtbot.keyClick(overlay, Qt.Key.Key_M)
    assert not overlay.isVisible()
    assert room.fired == 0, "the key that closed the help must not also mute the sound"
    assert room.view.hasFocus(), "the keyboard goes back to the view below"


def test_a_tap_closes_it(qtbot, room):
    overlay = HelpOverlay(parent=room, bindings=a_table_of(10))
    overlay.popup()
    with qtbot.waitSignal(overlay.closed, timeout=60_000):
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)


def test_a_long_table_pages_with_pgdn_and_then_closes(qtbot, room):
    overlay = HelpOverlay(parent=room, bindings=a_long_table())
    overlay.popup()
    assert overlay.page_count > 1
    assert overlay.hint_text().startswith(f"Side 1/{overlay.page_count}")
    qtbot.keyClick(overlay, Qt.Key.Key_PageDown)
    assert overlay.page == 1 and overlay.isVisible()
    qtbot.keyClick(overlay, Qt.Key.Key_PageUp)
    assert overlay.page == 0
    for _ in range(overlay.page_count - 1):
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)  # a tap turns the page
    assert overlay.page == overlay.page_count - 1 and overlay.isVisible()
    with qtbot.waitSignal(overlay.closed, timeout=60_000):
        qtbot.keyClick(overlay, Qt.Key.Key_PageDown)


def test_it_follows_the_window_when_it_is_resized(qtbot, room):
    overlay = HelpOverlay(parent=room)
    overlay.popup()
    room.resize(720, 1280)
    qtbot.waitUntil(lambda: overlay.geometry() == room.rect())
    assert all(QRectF(overlay.rect()).contains(e.rect) for e in overlay.entries())
