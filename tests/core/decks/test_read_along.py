"""A long card's text in read-along pages: whole sentences, bold kept, paragraphs apart."""

from __future__ import annotations

from collections.abc import Sequence

from kompas_kiosk.core.decks.markup import Block, ListBlock, Paragraph, to_html, to_plain
from kompas_kiosk.core.decks.read_along import paginate, pieces, source_of

TEXT = (
    "Det er helt afgørende. Og at vi kvalificerer viden sammen. **Vi skal turde være i "
    "samarbejdet hele vejen** undervejs og se, hvad der så sker.\n\n"
    "Det handler ikke om at få godkendt et citat. **Det handler om at lukke borgerne ind. "
    "Og være sammen om det.**"
)


def _plain(blocks: Sequence[Block]) -> str:
    return to_plain(blocks)


def test_sentences_and_paragraphs_with_their_bold() -> None:
    found = pieces(TEXT)
    assert [piece.block for piece in found] == [0, 0, 0, 1, 1, 1]
    third = found[2].spans
    assert [(span.text, span.bold) for span in third] == [
        ("Vi skal turde være i samarbejdet hele vejen", True),
        (" undervejs og se, hvad der så sker.", False),
    ]
    # a bold span of two sentences is cut in two, each still bold
    assert [(span.text, span.bold) for span in found[4].spans] == [
        ("Det handler om at lukke borgerne ind.", True)
    ]
    assert [(span.text, span.bold) for span in found[5].spans] == [("Og være sammen om det.", True)]
    assert source_of(found[5]) == "**Og være sammen om det.**"


def test_pages_hold_whole_sentences_and_say_every_word_once() -> None:
    def fits(blocks: Sequence[Block]) -> bool:
        return len(_plain(blocks)) <= 120

    pages = paginate(TEXT, fits)
    assert len(pages) > 2
    for page in pages:
        assert fits(page)
        text = _plain(page).strip()
        assert text.endswith((".", "?")), f"a page ends inside a sentence: {text!r}"
    words = " ".join(_plain(page) for page in pages).split()
    assert words == to_plain(TEXT).split()
    assert "<b>Det handler om at lukke borgerne ind.</b>" in "".join(to_html(p) for p in pages)


def test_a_page_breaks_between_paragraphs_as_the_text_does() -> None:
    pages = paginate(TEXT, lambda blocks: len(_plain(blocks)) <= 1000)
    assert len(pages) == 1
    assert [type(block) for block in pages[0]] == [Paragraph, Paragraph]


def test_a_sentence_longer_than_a_page_is_cut_between_words() -> None:
    long = " ".join(["ord"] * 60) + "."
    pages = paginate(long, lambda blocks: len(_plain(blocks)) <= 50)
    assert len(pages) > 3
    assert all(len(_plain(page)) <= 50 for page in pages)
    assert " ".join(_plain(page) for page in pages).split() == long.split()


def test_list_items_page_whole() -> None:
    text = "Intro.\n\n- en ting\n- to ting\n- tre ting"
    pages = paginate(text, lambda blocks: len(_plain(blocks)) <= 20)
    items = [block for page in pages for block in page if isinstance(block, ListBlock)]
    assert sum(len(block.items) for block in items) == 3
