"""A slide too full for the room's smallest legible text, as pages the clicker steps through.

With a room set, a slide whose text does not fit at the room's sizes is not shrunk: it becomes
a few slides of the same kind, each as full as `fits` allows. A list keeps its heading on every
page and its items, whole, in order; a title slide its lines; a statement or a quote its text
in whole sentences (the attribution under the last); two columns become one page per column and
a matrix one page per cell, each named by its column (and row), after a page with the heading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kompas_kiosk.core.decks.read_along import pieces, source_of
from kompas_kiosk.core.programmes.model import Panel, Slide

Fits = Callable[[Slide], bool]


def slide_pages(slide: Slide, fits: Fits) -> list[Slide]:
    """The slide as pages that each fit (the slide itself when it fits)."""
    if fits(slide):
        return [slide]
    if slide.layout in ("two-column", "matrix"):
        head = _heading_page(slide)
        panels = _panel_pages(slide)
        return [page for part in (head, *panels) for page in slide_pages(part, fits)]
    if slide.items:
        first = replace(slide, items=())
        rest = replace(slide, items=(), text=None, subtitle=None)
        return _fill(slide.items, first, rest, "items", fits)
    if slide.lines:
        rest = replace(slide, lines=(), subtitle=None)
        return _fill(slide.lines, replace(slide, lines=()), rest, "lines", fits)
    if slide.text:
        found = pieces(slide.text)  # whole sentences, bold kept, each paragraph apart
        sentences = tuple(
            ("\n\n" if i and piece.block != found[i - 1].block else "") + source_of(piece)
            for i, piece in enumerate(found)
        )
        if len(sentences) > 1:
            first = replace(slide, text=None)  # room for the attribution on every page
            rest = replace(first, kicker=None, subtitle=None)
            pages = _fill(sentences, first, rest, "text", fits)
            return [*(replace(page, attribution=None) for page in pages[:-1]), pages[-1]]
    return [slide]  # one sentence, one line, one item: as it is (the check names it)


def _fill(
    parts: tuple[str, ...],
    first: Slide,
    rest: Slide,
    name: str,
    fits: Fits,
) -> list[Slide]:
    """`parts` (items, lines or sentences) over pages: the first like `first`, the others like
    `rest`, each with as many whole parts as fit (at least one)."""
    pages: list[Slide] = []
    page, taken = first, ()  # type: tuple[Slide, tuple[str, ...]]
    for part in parts:
        trial = (*taken, part)
        if not taken or fits(_with(page, name, trial)):
            taken = trial
            continue
        pages.append(_with(page, name, taken))
        page, taken = rest, (part,)
    pages.append(_with(page, name, taken))
    return pages


def _with(slide: Slide, name: str, parts: tuple[str, ...]) -> Slide:
    if name == "items":
        return replace(slide, items=parts)
    if name == "lines":
        return replace(slide, lines=parts)
    return replace(slide, text=" ".join(parts))


def _heading_page(slide: Slide) -> Slide:
    """The slide's kicker, title and subtitle alone, large."""
    return Slide("title", kicker=slide.kicker, title=slide.title, subtitle=slide.subtitle)


def _panel_pages(slide: Slide) -> list[Slide]:
    """One list slide per column (two columns) or per cell (matrix), named by its place."""
    pages = []
    panels = slide.columns if slide.layout == "two-column" else slide.cells
    for index, panel in enumerate(panels):
        place = []
        if slide.layout == "matrix":
            rows, columns = slide.row_labels, slide.column_labels
            place = [
                rows[index // 2] if index // 2 < len(rows) else "",
                columns[index % 2] if index % 2 < len(columns) else "",
            ]
        kicker = " · ".join(part for part in (slide.title, *place) if part) or None
        pages.append(_panel_slide(panel, kicker))
    return pages


def _panel_slide(panel: Panel, kicker: str | None) -> Slide:
    if panel.title:
        return Slide("list", kicker=kicker, title=panel.title, text=panel.text, items=panel.items)
    return Slide("list", kicker=kicker, title=panel.text, items=panel.items)
