"""Language and colours chosen on the settings page take effect at once, without a restart.

The language: the UI's translation is swapped (Qt then tells every widget, which says its words
again: `common/language_change.py`), the room controller switches (the decks and the running
programme in the new language, the room where it was: `core/room/language.py`), and the views
that speak through the core's `Text` (the chooser, the key table, the help, the rail) are told.
The colours: every open window (room, console, notes, settings, the help) paints in the new
theme; views made later take it from the room window.

Only a value changed on the page switches: a `--lang` or `--theme` given at the start holds until
the facilitator chooses another on the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from kompas_kiosk.core.i18n import detect_language
from kompas_kiosk.core.room.language import switch_language as switch_room_language
from kompas_kiosk.ui.application import set_ui_language
from kompas_kiosk.ui.console import parts
from kompas_kiosk.ui.notes.shared_layout import share_label
from kompas_kiosk.ui.settings.store import SettingsValues
from kompas_kiosk.ui.settings.style import style_sheet as settings_style
from kompas_kiosk.ui.theme.colors import THEMES, Theme

if TYPE_CHECKING:
    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.window import RoomWindow
    from kompas_kiosk.ui.settings.page import SettingsPage


class LiveSettings(QObject):
    """Follows the settings page's »Gem«: a new language or theme at once."""

    def __init__(self, room: RoomWindow, console: ConsoleWindow, page: SettingsPage) -> None:
        super().__init__(console)
        self._room, self._console, self._page = room, console, page
        self._chosen = (page.values.language, page.values.theme)  # as the settings file has them
        page.applied.connect(self.apply)

    def apply(self, values: SettingsValues) -> None:
        language, theme = values.language, values.theme
        if language != self._chosen[0]:
            switch_language(self._room, self._console, language or detect_language())
        if theme != self._chosen[1] and theme in THEMES:
            switch_theme(self._room, self._console, self._page, THEMES[theme])
        self._chosen = (language, theme)


def switch_language(room: RoomWindow, console: ConsoleWindow, lang: str) -> None:
    """The room, the console and their panels in `lang` from now on."""
    set_ui_language(QCoreApplication.instance(), lang)  # Qt: LanguageChange to every widget
    room.lang = lang
    room.keys.set_lang(lang)
    room.chooser.set_lang(lang)
    controller = room.controller
    room.chooser.set_decks(controller.loaded, room.chooser.selected, controller.navigator.deck)
    room.chooser.set_programmes(controller.programmes)
    console.rail.set_lang(lang)
    for overlay in (room.__dict__.get("help_overlay"), console.help_overlay):
        if overlay is not None:
            overlay.set_lang(lang)
    shared = room.__dict__.get("shared_view")
    if shared is not None:
        shared.setAccessibleName(share_label())
    panel = room.made_notes_panel()
    if panel is not None:
        from kompas_kiosk.ui.notes.retranslate import retranslate

        retranslate(panel, controller.sharing)
    switch_room_language(controller, lang)  # the decks and the programme, shown again
    _refresh_views(room)


def switch_theme(room: RoomWindow, console: ConsoleWindow, page: SettingsPage, colors: Theme):
    """Every open window in `colors` from now on; views made later take them from the room."""
    room.colors = colors
    for widget in (*room.findChildren(QWidget), console.help_overlay, console.rail):
        set_colors = getattr(widget, "set_colors", None)
        if callable(set_colors):
            set_colors(colors)
    overview = room.__dict__.get("overview")
    if overview is not None:
        overview._colors = colors  # painted in them; its pictures of the cards go below
    panel = room.made_notes_panel()
    if panel is not None:
        panel.colors = colors
        panel.list_view.delegate.set_colors(colors)
        panel.note_list.fade_color = colors.sheet
        panel.place()  # its style sheet
    console._colors = colors
    console.setStyleSheet(parts.style_sheet(colors))
    console._apply_unit()  # the buttons' icons
    console.on_room_changed()  # the countdown's colour, the pictures of the room
    page._colors = colors
    page.setStyleSheet(settings_style(colors))
    room._refresh_badge()  # the card's countdown badge
    _refresh_views(room)


def _refresh_views(room: RoomWindow) -> None:
    """Each view lays itself out and paints anew, as after a resize: what it keeps (layouts,
    pictures of cards, laid-out words) is made again in the new words and colours."""
    for widget in room.findChildren(QWidget):
        if widget.parentWidget() is room and widget.isWindow() is False:
            QApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
            widget.update()
