"""`check --room` for a programme's slides: each slide laid out as the room sees it, in every
language the programme has, with the smallest text of each role on it (`room_check.FaceSize`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kompas_kiosk.core.programmes.model import LoadedProgramme, Slide
from kompas_kiosk.core.room.legibility import Room
from kompas_kiosk.core.room.text_roles import Role, text_sizes
from kompas_kiosk.ui.offscreen.room_check import FaceSize, RoleSize, short


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
                layout = layout_slide(slide, QSizeF(*size), programme.language, sizes)
                roles: dict[Role, RoleSize] = {}
                for role, px, text in layout.measured:
                    if role not in roles or px < roles[role].px:
                        roles[role] = RoleSize(px, short(text))
                name = f"{number:02d} {short(slide.title or slide.kicker or '', 32)}".strip()
                yield FaceSize(
                    loaded.programme_id, programme.language, name, "slide", roles, layout.fits
                )
