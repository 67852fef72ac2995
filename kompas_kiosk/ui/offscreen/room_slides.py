"""`check --room` for a programme's slides: each slide laid out as the room sees it, in every
language the programme has, with the smallest text of each role on it (`room_check.FaceSize`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kompas_kiosk.core.programmes.model import LoadedProgramme, Slide
from kompas_kiosk.core.programmes.slide_pages import slide_pages
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.text_roles import Role, TextSizes, text_sizes
from kompas_kiosk.ui.offscreen.room_faces import FaceSize, RoleSize, short

if TYPE_CHECKING:
    from PySide6.QtCore import QSizeF


def _fits(slide: Slide, size: QSizeF, lang: str, sizes: TextSizes) -> bool:
    from kompas_kiosk.ui.room.slide_layout import layout_slide

    return layout_slide(slide, size, lang, sizes).fits


def measure_slides(
    programmes: Sequence[LoadedProgramme], size: tuple[int, int], room: Room | None
) -> Iterator[FaceSize]:
    """Every slide step of the usable `programmes`, laid out for a screen of `size` in `room`."""
    from PySide6.QtCore import QSizeF

    from kompas_kiosk.ui.room.slide_layout import layout_slide

    sizes = text_sizes(room, *size)
    for loaded in programmes:
        if loaded.programme is None or not loaded.ok:
            continue
        for programme in (loaded.programme, *loaded.translations):
            for number, step in enumerate(programme.steps, start=1):
                slide = step.part
                if not isinstance(slide, Slide):
                    continue
                screen, lang = QSizeF(*size), programme.language
                pages = [slide]
                if sizes is not None:  # too full for the room: in pages, as the room sees it
                    fits = functools.partial(_fits, size=screen, lang=lang, sizes=sizes)
                    pages = slide_pages(slide, fits)
                name = f"{number:02d} {short(slide.title or slide.kicker or '', 32)}".strip()
                for page, part in enumerate(pages):
                    layout = layout_slide(part, screen, lang, sizes)
                    roles: dict[Role, RoleSize] = {}
                    for role, px, text in layout.measured:
                        if role not in roles or px < roles[role].px:
                            roles[role] = RoleSize(px, short(text))
                    where = (loaded.programme_id, lang, name, "slide", roles, layout.fits)
                    yield FaceSize(*where, page, len(pages))
