"""Headless pictures of the room screen, exactly as the kiosk paints it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kompas_kiosk.core.decks.content import check_deck_option, load_content
from kompas_kiosk.core.decks.model import Deck
from kompas_kiosk.core.errors import EnvironmentProblem, UsageError
from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.content import check_programme_option, load_programme_content
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.navigation import Face
from kompas_kiosk.ui.application import application
from kompas_kiosk.ui.theme.colors import THEMES

_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}

_TEXT: dict[str, Text] = {
    "deck_problems": Text(
        "kortsættet „{deck}“ har fejl; ret dem først (kompas-kiosk check)",
        "the deck '{deck}' has problems; fix them first (kompas-kiosk check)",
    ),
    "no_card": Text(
        "kortsættet „{deck}“ har intet kort {card}", "the deck '{deck}' has no card {card}"
    ),
    "no_back": Text(
        "kort {card} i „{deck}“ har ingen bagside (intet what_if eller reminders)",
        "card {card} of '{deck}' has no back (no what_if or reminders)",
    ),
    "bad_suffix": Text(
        "{file}: skriv billedet til en fil, der ender på .png, .jpg eller .jpeg",
        "{file}: write the picture to a file ending in .png, .jpg or .jpeg",
    ),
    "programme_problems": Text(
        "programmet „{programme}“ har fejl; ret dem først (kompas-kiosk check)",
        "the programme '{programme}' has problems; fix them first (kompas-kiosk check)",
    ),
    "no_step": Text(
        "programmet „{programme}“ har trin 1 til {count}, ikke {step}",
        "the programme '{programme}' has steps 1 to {count}, not {step}",
    ),
    "no_page": Text(
        "kort {card} i „{deck}“ har side 0 til {last} i rummet, ikke {page}",
        "card {card} of '{deck}' has pages 0 to {last} in the room, not {page}",
    ),
    "no_step_page": Text(
        "trin {step} i „{programme}“ har ingen side {page} i rummet",
        "step {step} of '{programme}' has no page {page} in the room",
    ),
    "no_exercise": Text(
        "kortsættet „{deck}“ har ingen øvelse", "the deck '{deck}' has no exercise"
    ),
}


def render_card(
    content: list[Path],
    deck_id: str,
    card: str | None,
    size: tuple[int, int],
    output: Path,
    lang: str,
    face: str = "front",
    view: str = "card",
    remaining: float | None = None,
    room: Room | None = None,
    page: int = 0,
    theme: str = "default",
) -> int:
    image_format = _FORMATS.get(output.suffix.lower())
    if image_format is None:
        raise UsageError(_TEXT["bad_suffix"].format(lang, file=output))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    decks = load_content(content)
    check_deck_option(decks, deck_id, lang)
    loaded = next(d for d in decks if d.deck_id == deck_id)
    if loaded.deck is None or not loaded.ok:
        for problem in loaded.problems:
            print(problem.format(lang), file=sys.stderr)
        raise EnvironmentProblem(_TEXT["deck_problems"].format(lang, deck=deck_id))
    index = 0 if card is None else loaded.deck.find_card(card)
    if index is None:
        raise UsageError(_TEXT["no_card"].format(lang, deck=deck_id, card=card))
    if face == "back" and not loaded.deck.cards[index].has_back:
        raise UsageError(_TEXT["no_back"].format(lang, deck=deck_id, card=card))
    if view == "exercise" and loaded.deck.exercise is None:
        raise UsageError(_TEXT["no_exercise"].format(lang, deck=deck_id))
    application(lang=lang)
    pages = page_count(loaded.deck_for(lang) or loaded.deck, index, size, room)
    if not 0 <= page < (pages if face == "front" and view == "card" else 1):
        params = {"deck": deck_id, "card": card or 1, "last": pages - 1, "page": page}
        raise UsageError(_TEXT["no_page"].format(lang, **params))
    image = grab_card(decks, deck_id, index, size, lang, face, view, remaining, room, page, theme)
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), image_format):
        raise EnvironmentProblem(f"could not write {output}")
    print(output)
    return 0


class _StillClock:
    """A clock that stands still, so a picture shows exactly the time asked for."""

    now = 0.0

    def __call__(self) -> float:
        return self.now


def grab_card(
    decks,
    deck_id: str,
    index: int,
    size: tuple[int, int],
    lang: str,
    face: str = "front",
    view: str = "card",
    remaining: float | None = None,
    room: Room | None = None,
    page: int = 0,
    theme: str = "default",
):
    """A QImage of the room window showing card `index`, painted by the kiosk's own views, in
    `room` (None: today's sizes) on read-along page `page`, in the colours of `theme`."""
    application(lang=lang)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from kompas_kiosk.ui.room.window import RoomWindow

    clock = _StillClock()
    window = RoomWindow(decks, lang, clock=clock, colors=THEMES[theme])
    window.card_view.set_room(room)
    window.open_deck_id(deck_id)
    window.navigator.go_to(index)
    window.navigator.show_face(Face(face))
    window.show_card()
    if view == "exercise":
        window.show_exercise()
        countdown = window.controller.exercise.countdown
        if countdown is not None and remaining is not None:
            countdown.start()
            clock.now = countdown.duration - remaining
        window.exercise_view.refresh()
    window.resize(*size)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    if view == "card" and page:
        window.controller.pages.turn(page)
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    window.render(image)
    window.close()
    return image


def page_count(deck: Deck, index: int, size: tuple[int, int], room: Room | None) -> int:
    """How many read-along pages the front of card `index` has in `room` on a screen of `size`."""
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.core.room.text_roles import text_sizes
    from kompas_kiosk.ui.card.card_front import layout_front
    from kompas_kiosk.ui.theme.colors import DEFAULT

    if room is None:
        return 1
    sizes = text_sizes(room, *size)
    return layout_front(deck, index, QSizeF(*size), DEFAULT, "", sizes).pages


def render_step(
    content: list[Path],
    programme_id: str,
    step: int,
    size: tuple[int, int],
    output: Path,
    lang: str,
    console: bool = False,
    room: Room | None = None,
    page: int = 0,
    theme: str = "default",
) -> int:
    """A picture of step `step` (from 1) of a programme, exactly as the room sees it (or, with
    `console`, as the presenter console shows it); in `room`, at its sizes."""
    image_format = _FORMATS.get(output.suffix.lower())
    if image_format is None:
        raise UsageError(_TEXT["bad_suffix"].format(lang, file=output))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    decks = load_content(content)
    programmes = load_programme_content(content, decks)
    check_programme_option(programmes, programme_id, lang)
    loaded = next(p for p in programmes if p.programme_id == programme_id)
    programme = loaded.programme_for(lang)
    if programme is None or not loaded.ok:
        for problem in loaded.problems:
            print(problem.format(lang), file=sys.stderr)
        raise EnvironmentProblem(_TEXT["programme_problems"].format(lang, programme=programme_id))
    count = len(programme.steps)
    if not 1 <= step <= count:
        params = {"programme": programme_id, "count": count, "step": step}
        raise UsageError(_TEXT["no_step"].format(lang, **params))
    image = grab_step(
        decks, programmes, programme_id, step - 1, size, lang, console, room, page, theme
    )
    if image is None:
        params = {"programme": programme_id, "step": step, "page": page}
        raise UsageError(_TEXT["no_step_page"].format(lang, **params))
    output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(output), image_format):
        raise EnvironmentProblem(f"could not write {output}")
    print(output)
    return 0


def grab_step(
    decks,
    programmes,
    programme_id: str,
    index: int,
    size: tuple[int, int],
    lang: str,
    console: bool = False,
    room: Room | None = None,
    page: int = 0,
    theme: str = "default",
):
    """A QImage of the room window showing step `index` (from 0) of a programme, or of the
    presenter console beside it; in `room`, on its page `page` (None: it has no such page), in the
    colours of `theme`."""
    application(lang=lang)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    from kompas_kiosk.ui.room.window import RoomWindow

    clock = _StillClock()
    window = RoomWindow(decks, lang, clock=clock, colors=THEMES[theme])
    window.card_view.set_room(room)
    window.set_programmes(programmes)
    window.controller.open_programme_id(programme_id, index)
    if console:
        return _grab_console(window, clock, size)
    window.resize(*size)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    if page and not window.controller.pages.turn(page):
        window.close()
        return None
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    window.render(image)
    window.close()
    return image


def _grab_console(window, clock: _StillClock, size: tuple[int, int]):
    """The presenter console for the room's step, its times on the room's still clock."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from kompas_kiosk.ui.console.window import ConsoleWindow
    from kompas_kiosk.ui.room.programme_link import follow_programme

    window.resize(1920, 1080)
    console = ConsoleWindow(window, window.colors)
    console.monotonic = clock
    follow_programme(window, console)
    console.resize(*size)
    for widget in (window, console):
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.show()
    for _ in range(3):  # the console lays itself out on its events
        QApplication.processEvents()
    console.programme_changed()
    QApplication.processEvents()
    # The previews are pictures of the room taken when a flip would have finished (a timer);
    # a render does not wait for it: the room is still, so they are taken now.
    console.refresh_previews()
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    console.render(image)
    console.close()
    window.close()
    return image
