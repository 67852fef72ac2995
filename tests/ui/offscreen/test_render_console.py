"""`render --programme --step --console` draws the console with both previews in it: the room
as it is now and the next step (they are pictures taken on a timer in the running kiosk)."""

from __future__ import annotations

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.content import load_content
from kompas_kiosk.core.programmes.content import load_programme_content
from kompas_kiosk.ui.offscreen.render import grab_step


def colours(image, left: float, top: float, right: float, bottom: float) -> int:
    """How many colours a part of `image` has (its corners in fractions of the image)."""
    width, height = image.width(), image.height()
    seen = set()
    for x in range(round(left * width), round(right * width), 4):
        for y in range(round(top * height), round(bottom * height), 4):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_the_console_shows_the_room_now_and_the_next_step() -> None:
    paths = [resources.content_dir()]
    decks = load_content(paths)
    programmes = load_programme_content(paths, decks)
    image = grab_step(decks, programmes, "din-2024", 7, (1920, 1080), "da", console=True)
    assert colours(image, 0.04, 0.16, 0.33, 0.42) > 20  # the room now: the exercise's countdown
    assert colours(image, 0.38, 0.15, 0.57, 0.32) > 20  # next: step 9, a slide
