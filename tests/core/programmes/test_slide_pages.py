"""A slide too full for the room's sizes in pages: whole items, whole sentences, one panel a
page; never the slide's text lost or said twice."""

from __future__ import annotations

from kompas_kiosk.core.programmes.model import Panel, Slide
from kompas_kiosk.core.programmes.slide_pages import slide_pages


def words(slide: Slide) -> int:
    parts = [slide.kicker, slide.title, slide.subtitle, slide.text, slide.attribution]
    parts += [*slide.items, *slide.lines]
    return sum(len((part or "").split()) for part in parts)


def test_a_slide_that_fits_is_itself() -> None:
    slide = Slide("list", title="Fem spor", items=("a", "b"))
    assert slide_pages(slide, lambda s: True) == [slide]


def test_a_list_keeps_its_title_and_whole_items() -> None:
    slide = Slide("list", title="Fem spor", text="Indledning", items=tuple("abcde"))
    pages = slide_pages(slide, lambda s: len(s.items) <= 2)
    assert [page.items for page in pages] == [("a", "b"), ("c", "d"), ("e",)]
    assert all(page.title == "Fem spor" for page in pages)
    assert [page.text for page in pages] == ["Indledning", None, None]


def test_a_quote_by_sentences_with_the_attribution_under_the_last() -> None:
    slide = Slide(
        "quote",
        title="Virker det?",
        text="**Vær med.**\n\nDer er allerede 500. Og flere kommer.",
        attribution="Aarhus Kommune",
    )
    pages = slide_pages(slide, lambda s: len(s.text or "") < 22)
    assert [page.text for page in pages] == [
        "**Vær med.**",
        "\n\nDer er allerede 500.",
        "Og flere kommer.",
    ]
    assert [page.attribution for page in pages] == [None, None, "Aarhus Kommune"]


def test_a_matrix_one_cell_a_page_named_by_its_row_and_column() -> None:
    slide = Slide(
        "matrix",
        kicker="Vi skal finde ud af det",
        title="Nye veje",
        row_labels=("Sikre", "Usikre"),
        column_labels=("Kendte svar", "Nye svar"),
        cells=(
            Panel("Beslutte", "Budgetforlig"),
            Panel("Investere", "Risikovillig kapital"),
            Panel(text="Interessevaretagelse"),
            Panel("Engagere", "Mobilisering"),
        ),
    )
    pages = slide_pages(slide, lambda s: s.layout != "matrix")
    assert [page.layout for page in pages] == ["title", "list", "list", "list", "list"]
    assert (pages[0].kicker, pages[0].title) == ("Vi skal finde ud af det", "Nye veje")
    assert pages[3].kicker == "Nye veje · Usikre · Kendte svar"
    assert pages[3].title == "Interessevaretagelse"
    assert (pages[4].title, pages[4].text) == ("Engagere", "Mobilisering")
