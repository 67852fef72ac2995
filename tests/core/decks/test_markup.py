from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kompas_kiosk.core.decks.markup import (
    ALLOWED_TAGS,
    ListBlock,
    Paragraph,
    Span,
    parse,
    spans,
    to_html,
    to_plain,
)

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)[^>]*>")
_OUR_TAG = re.compile(r"</?(?:p|b|i|ul|ol|li)>")


def test_paragraphs_and_soft_line_breaks() -> None:
    assert parse("Første linje\nanden linje\n\n\nNyt afsnit") == [
        Paragraph([Span("Første linje anden linje")]),
        Paragraph([Span("Nyt afsnit")]),
    ]


def test_bold_italic_and_both() -> None:
    assert spans("a **fed** *kursiv* _også_ ***begge***") == [
        Span("a "),
        Span("fed", bold=True),
        Span(" "),
        Span("kursiv", italic=True),
        Span(" "),
        Span("også", italic=True),
        Span(" "),
        Span("begge", bold=True, italic=True),
    ]


def test_bold_may_span_a_line_break() -> None:
    assert to_html("**Bliv klogere sammen\nigen og igen**") == (
        "<p><b>Bliv klogere sammen igen og igen</b></p>"
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("**uafsluttet", "**uafsluttet"),
        ("en ** to", "en ** to"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        ("file_name og snake_case_ord", "file_name og snake_case_ord"),
        ("*", "*"),
        ("**", "**"),
    ],
)
def test_unmatched_markers_are_shown_as_written(text: str, shown: str) -> None:
    assert to_plain(text) == shown
    assert to_html(text) == f"<p>{shown}</p>"


def test_bullet_and_numbered_lists() -> None:
    text = "Punkter:\n- en\n* to\n  fortsat\n\n1. Læs teksten\n2. Tal om"
    assert parse(text) == [
        Paragraph([Span("Punkter:")]),
        ListBlock(False, [[Span("en")], [Span("to fortsat")]]),
        ListBlock(True, [[Span("Læs teksten")], [Span("Tal om")]]),
    ]
    assert to_html(text) == (
        "<p>Punkter:</p>\n<ul><li>en</li><li>to fortsat</li></ul>\n"
        "<ol><li>Læs teksten</li><li>Tal om</li></ol>"
    )
    assert to_plain(text) == "Punkter:\n\n- en\n- to fortsat\n\n1. Læs teksten\n2. Tal om"


def test_a_date_at_the_start_of_a_line_is_not_a_list() -> None:
    assert parse("29. maj 2024 mødtes vi") == [Paragraph([Span("29. maj 2024 mødtes vi")])]
    assert parse("1. en\n3. maj") == [ListBlock(True, [[Span("en 3. maj")]])]


def test_list_kinds_switch() -> None:
    assert [type(b).__name__ for b in parse("- a\n1. b\n- c")] == ["ListBlock"] * 3


def test_crlf_line_endings() -> None:
    assert parse("a\r\nb\r\n\r\nc") == parse("a\nb\n\nc")


def test_html_escapes_every_piece_of_text() -> None:
    assert to_html("<script>alert(1)</script> & **<b>**") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>&lt;b&gt;</b></p>"
    )


def test_html_of_blocks() -> None:
    assert to_html([Paragraph([Span("x", bold=True, italic=True)])]) == "<p><b><i>x</i></b></p>"


def test_plain_removes_markers() -> None:
    assert to_plain("Et *frihedsbrev* til at **afprøve nye veje**") == (
        "Et frihedsbrev til at afprøve nye veje"
    )
    assert to_plain("") == "" and parse("  \n \n") == []


_markup = st.lists(
    st.sampled_from(
        [
            "*",
            "**",
            "***",
            "_",
            "- ",
            "1. ",
            "2. ",
            "\n",
            "\n\n",
            " ",
            "<",
            ">",
            "&",
            "<b>",
            "</i>",
            "a",
            "ord",
            "x_y",
            "\r\n",
            "\t",
        ]
    )
    | st.text(max_size=5),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_markup)
def test_html_only_ever_has_the_allowed_tags(text: str) -> None:
    result = to_html(text)
    assert {tag.lower() for tag in _TAG.findall(result)} <= ALLOWED_TAGS
    without_ours = _OUR_TAG.sub("", result)
    assert "<" not in without_ours and ">" not in without_ours


@settings(max_examples=500, deadline=None)
@given(_markup)
def test_html_and_plain_show_the_same_text(text: str) -> None:
    shown = html.unescape(_OUR_TAG.sub("", to_html(text)))
    plain_text = "".join(
        "".join(span.text for span in line)
        for block in parse(text)
        for line in ([block.spans] if isinstance(block, Paragraph) else block.items)
    )
    assert shown.replace("\n", "") == plain_text
    assert not any(
        span.text == ""
        for block in parse(text)
        if isinstance(block, Paragraph)
        for span in block.spans
    )


def test_parsing_is_linear_in_the_length_of_hostile_text() -> None:
    """`x *a` opens italics that `a** ` can never close: each closer once looked back over every
    opener, and each plain piece was glued on by copying the text so far."""
    import time

    from kompas_kiosk.core.decks import markup

    text = "x *a " * 20_000 + "a** " * 25_000  # 200 KB
    started = time.process_time()
    blocks = markup.parse(text)
    assert time.process_time() - started < 2.0  # 8 s before, and growing with the square
    assert markup.to_plain(blocks) == text.strip()
    assert markup.to_html(blocks).startswith("<p>x *a x *a")
