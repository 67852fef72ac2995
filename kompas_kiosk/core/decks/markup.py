"""The small Markdown subset of card text, parsed into blocks and spans.

- A blank line separates paragraphs; lines inside a paragraph are joined with a space.
- `**bold**`, `*italic*` and `_italic_`; a marker without its partner is shown as written.
- Lists: lines starting with `- ` or `* `, or numbered `1. `, `2. `, … counting up from 1 (so a
  line such as "29. maj 2024 …" stays text). A line that is not an item continues the item above.

`to_html` escapes all text, so `<` and `&` in content are shown, never interpreted.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

_BULLET = re.compile(r"[-*][ \t]+(?P<text>.*)")
_NUMBERED = re.compile(r"(?P<number>[0-9]{1,3})[.)][ \t]+(?P<text>.*)")
_DELIMITER = re.compile(r"\*{1,3}|_")

ALLOWED_TAGS = frozenset({"p", "b", "i", "ul", "ol", "li"})


@dataclass(frozen=True)
class Span:
    """A run of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: list[Span]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: list[list[Span]]


Block = Paragraph | ListBlock


def parse(text: str) -> list[Block]:
    """Card text as paragraphs and lists."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    items: list[list[str]] = []
    ordered = False

    def close() -> None:
        if paragraph:
            blocks.append(Paragraph(spans(" ".join(paragraph))))
            paragraph.clear()
        if items:
            blocks.append(ListBlock(ordered, [spans(" ".join(item)) for item in items]))
            items.clear()

    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            close()
            continue
        bullet, numbered = _BULLET.fullmatch(line), _NUMBERED.fullmatch(line)
        next_number = len(items) + 1 if items and ordered else 1
        if numbered and int(numbered["number"]) != next_number:
            numbered = None
        item = bullet or numbered
        if item is not None:
            if paragraph or (items and ordered != (numbered is not None)):
                close()
            ordered = numbered is not None
            items.append([item["text"].strip()])
        elif items:
            items[-1].append(line)
        else:
            paragraph.append(line)
    close()
    return blocks


def spans(text: str) -> list[Span]:
    """One paragraph's text as styled spans (markers matched in pairs, unmatched ones kept)."""
    tokens = _tokens(text)
    _pair(tokens)
    runs: list[tuple[bool, bool, list[str]]] = []  # pieces joined once at the end
    bold = italic = 0
    for token in tokens:
        if token.partner is None:
            style = (bold > 0, italic > 0)
            if runs and runs[-1][:2] == style:
                runs[-1][2].append(token.text)
            elif token.text:
                runs.append((*style, [token.text]))
            continue
        step = 1 if token.opens else -1
        if token.text == "**":
            bold += step
        else:
            italic += step
    return [Span("".join(pieces), b, i) for b, i, pieces in runs]


@dataclass
class _Token:
    text: str
    can_open: bool = False
    can_close: bool = False
    opens: bool = False
    partner: _Token | None = None


def _tokens(text: str) -> list[_Token]:
    """Split into text and delimiter tokens; `***` becomes `**` and `*` (in closing order too)."""
    tokens: list[_Token] = []
    position = 0
    for match in _DELIMITER.finditer(text):
        start, end, run = match.start(), match.end(), match.group()
        if start > position:
            tokens.append(_Token(text[position:start]))
        position = end
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        can_open = not after.isspace()
        can_close = not before.isspace()
        if run == "_":  # no emphasis inside words such as file_name
            can_open = can_open and not before.isalnum()
            can_close = can_close and not after.isalnum()
        parts = ["**", "*"] if run == "***" and can_open and not can_close else [run]
        if run == "***" and parts == [run]:
            parts = ["*", "**"]
        tokens += [_Token(part, can_open, can_close) for part in parts]
    if position < len(text):
        tokens.append(_Token(text[position:]))
    return tokens


def _pair(tokens: list[_Token]) -> None:
    """Match closing markers with the nearest opener of the same kind; markers in between that
    lose their chance (crossing pairs) and markers never matched stay plain text.

    One pass: the open markers on a stack, and for each kind the stack positions of its own, so
    a closer finds its opener without looking back over the others (hostile text such as
    thousands of `*a` followed by `a**` stays linear)."""
    openers: list[_Token] = []
    by_kind: dict[str, list[int]] = {"*": [], "**": [], "_": []}
    for token in tokens:
        if token.text not in by_kind:
            continue
        own = by_kind[token.text]
        if token.can_close and own:
            start = own[-1]
            match = openers[start]
            for dropped in reversed(openers[start:]):  # each marker is dropped at most once
                by_kind[dropped.text].pop()
            del openers[start:]
            match.opens, match.partner, token.partner = True, token, match
            continue
        if token.can_open:
            by_kind[token.text].append(len(openers))
            openers.append(token)


def _html_spans(line: Sequence[Span]) -> str:
    parts = []
    for span in line:
        text = html.escape(span.text, quote=False)
        if span.italic:
            text = f"<i>{text}</i>"
        if span.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def to_html(content: str | Sequence[Block]) -> str:
    """Minimal HTML (`p`, `b`, `i`, `ul`, `ol`, `li`) with every piece of text escaped."""
    blocks = parse(content) if isinstance(content, str) else content
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(f"<p>{_html_spans(block.spans)}</p>")
        else:
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{_html_spans(item)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
    return "\n".join(parts)


def to_plain(content: str | Sequence[Block]) -> str:
    """The text without markers: paragraphs apart by a blank line, list items as `- ` or `1. `."""
    blocks = parse(content) if isinstance(content, str) else content
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append("".join(span.text for span in block.spans))
        else:
            lines = []
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}. " if block.ordered else "- "
                lines.append(marker + "".join(span.text for span in item))
            parts.append("\n".join(lines))
    return "\n\n".join(parts)
