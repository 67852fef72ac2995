"""A card's text in read-along pages: whole sentences, bold kept, at the size the room needs.

When the room's smallest legible text does not fit a card's text on one screen, the text is
not shrunk: it is cut into pages the clicker steps through. `paginate` fills each page with as
many whole sentences (a list item counts as one) as `fits` says fit; a page breaks inside a
sentence only when that sentence alone is longer than a page, and then between words.
The styled spans are cut with the text, so a bold sentence stays bold on its page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kompas_kiosk.core.decks.markup import Block, ListBlock, Paragraph, Span, parse

# A sentence ends at . ! ? or … (and a closing quote or bracket) before a space and a new
# sentence's first letter, digit, quote or dash.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'»”)]))\s+(?=[\"'«“(–—-]?[0-9A-ZÆØÅÉÜÖÄ])")
_SPACE = re.compile(r"\s+")

Fits = Callable[[Sequence[Block]], bool]


@dataclass(frozen=True)
class Piece:
    """A sentence (or a list item) and where it sits: a new paragraph or list starts with it."""

    spans: tuple[Span, ...]
    block: int  # the index of its paragraph or list in the text
    ordered: bool | None = None  # None: a paragraph's sentence; else an item of a list


def pieces(text: str) -> list[Piece]:
    """The text's sentences and list items, in order."""
    found: list[Piece] = []
    for number, block in enumerate(parse(text)):
        if isinstance(block, ListBlock):
            found += [Piece(tuple(item), number, block.ordered) for item in block.items]
            continue
        plain = "".join(span.text for span in block.spans)
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(plain))]
        ends = [*(m.start() for m in _SENTENCE_END.finditer(plain)), len(plain)]
        found += [Piece(_cut(block.spans, a, b), number) for a, b in zip(starts, ends, strict=True)]
    return found


def source_of(piece: Piece) -> str:
    """A piece back in the card's markup (`**bold**`, `*italic*`), its spaces outside them."""
    parts = []
    for span in piece.spans:
        text = span.text.strip()
        lead = span.text[: len(span.text) - len(span.text.lstrip())]
        tail = span.text[len(span.text.rstrip()) :]
        if text and span.italic:
            text = f"*{text}*"
        if text and span.bold:
            text = f"**{text}**"
        parts.append(lead + text + tail)
    return "".join(parts)


def _cut(spans: Sequence[Span], start: int, end: int) -> tuple[Span, ...]:
    """The styled text between offsets `start` and `end` of the spans' joined text."""
    cut: list[Span] = []
    offset = 0
    for span in spans:
        low, high = max(start, offset), min(end, offset + len(span.text))
        if low < high:
            cut.append(Span(span.text[low - offset : high - offset], span.bold, span.italic))
        offset += len(span.text)
    return tuple(cut)


def blocks_of(page: Sequence[Piece]) -> list[Block]:
    """Pieces back into paragraphs and lists: sentences of one paragraph joined by a space."""
    blocks: list[Block] = []
    last = -1
    for piece in page:
        if piece.ordered is not None:
            if piece.block == last and isinstance(blocks[-1], ListBlock):
                blocks[-1].items.append(list(piece.spans))
            else:
                blocks.append(ListBlock(piece.ordered, [list(piece.spans)]))
        elif piece.block == last and isinstance(blocks[-1], Paragraph):
            blocks[-1].spans.extend([Span(" "), *piece.spans])
        else:
            blocks.append(Paragraph(list(piece.spans)))
        last = piece.block
    return blocks


def paginate(text: str, fits: Fits) -> list[list[Block]]:
    """The text in pages, each as full as `fits` allows; never an empty page."""
    pages: list[list[Piece]] = []
    page: list[Piece] = []
    for piece in pieces(text):
        if fits(blocks_of([*page, piece])):
            page.append(piece)
            continue
        if page:
            pages.append(page)
            page = []
        if fits(blocks_of([piece])):
            page = [piece]
            continue
        for part in _by_words(piece, fits):  # a sentence longer than a page
            if page:
                pages.append(page)
            page = [part]
    if page:
        pages.append(page)
    return [blocks_of(p) for p in pages]


def _by_words(piece: Piece, fits: Fits) -> list[Piece]:
    """A piece too long for a page, cut between words into parts that each fit."""
    words: list[Span] = []
    for span in piece.spans:
        for word in _SPACE.split(span.text.strip()):
            if word:
                words.append(Span(word, span.bold, span.italic))
    parts: list[Piece] = []
    current: list[Span] = []
    for word in words:
        trial = [*current, *([Span(" ")] if current else []), word]
        if current and not fits(blocks_of([Piece(tuple(trial), piece.block, piece.ordered)])):
            parts.append(Piece(tuple(current), piece.block, piece.ordered))
            current = [word]
        else:
            current = trial
    if current:
        parts.append(Piece(tuple(current), piece.block, piece.ordered))
    return parts
