"""The handout in Markdown (CommonMark): the title facts, then each card as it is printed (text
with its bold sentences, reminders, 'Hvad nu hvis'), its exercise's steps and its notes under
their groups; the general notes at the end. Every note's text renders literally.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import tzinfo

from kompas_kiosk.core.decks.markup import Block, Paragraph, Span
from kompas_kiosk.core.handout.model import HandoutGroup, group_heading, group_runs, labels
from kompas_kiosk.core.handout.sections import NoteGroup, build_handout
from kompas_kiosk.core.notes.model import Session

_MD_INLINE = re.compile(r"([\\`*_\[\]<>#|~$])|&(?=#?[0-9A-Za-z]+;)")
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([-+=])|(\d+)([.)]))")


def _md_escape(text: str) -> str:
    return _MD_INLINE.sub(lambda m: "\\" + (m.group(1) or "&"), text)


def _md_line(line: str) -> str:
    """One line of plain text as Markdown that renders exactly that text."""
    line = _md_escape(line)
    match = _MD_LINE_START.match(line)
    if match:
        indent, sign, digits, dot = match.groups()
        marker = f"\\{sign}" if sign else f"{digits}\\{dot}"
        line = indent + marker + line[match.end() :]
    stripped = line.lstrip(" \t")
    indent = line[: len(line) - len(stripped)]
    # Leading spaces would make code blocks; no-break spaces keep the indent visible.
    return indent.replace("\t", "\u00a0" * 4).replace(" ", "\u00a0") + stripped


def _md_inline(text: str) -> str:
    """Text on one line after a marker ("# ", "Dato: "), where no block can start."""
    return _md_escape(" ".join(text.split()))


def to_markdown(
    session: Session,
    groups: Sequence[NoteGroup],
    lang: str = "da",
    *,
    deck_title: str = "",
    programme_title: str = "",
    tz: tzinfo | None = None,
) -> str:
    """The handout in Markdown (CommonMark); every note's text renders literally."""
    handout = build_handout(
        session, groups, lang, deck_title=deck_title, programme_title=programme_title, tz=tz
    )
    words = labels(lang)
    out = [f"# {_md_inline(handout.name)}", "", f"*{_md_inline(words['kicker'])}*", ""]
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts += [(words["programme"], handout.programme), (words["deck"], handout.deck)]
    out.append("  \n".join(f"{label}: {_md_inline(value)}" for label, value in facts if value))
    if not handout.groups:
        out += ["", words["none"]]
    for group in handout.groups:
        out += _section(group, words)
    return "\n".join(out) + "\n"


def _section(group: HandoutGroup, words: dict[str, str]) -> list[str]:
    title = " · ".join(part for part in (group.heading, group.title) if part)
    out = ["", f"## {_md_inline(title)}"]
    if group.question.strip():
        out += ["", f"*{_md_inline(group.question.strip())}*"]
    card = group.card
    if card is not None:
        out += [line for block in card.text for line in ("", _md_block(block))]
        if card.reminders:
            out += ["", f"**{_md_inline(words['reminders'])}**", ""]
            out += [f"- {_md_inline(reminder)}" for reminder in card.reminders]
        if card.what_if.strip():
            out += ["", f"**{_md_inline(words['what_if'])}:** {_md_inline(card.what_if)}"]
    exercise = group.exercise
    if exercise is not None:
        minutes = words["minutes"].format(minutes=exercise.minutes)
        out += ["", f"### {_md_inline(exercise.title)} ({minutes})", ""]
        out += [f"{n}. {_md_inline(step)}" for n, step in enumerate(exercise.steps, 1)]
    if group.notes and (card is not None or exercise is not None):
        out += ["", f"### {_md_inline(words['notes'])}"]
    level = "####" if card is not None or exercise is not None else "###"
    for label, notes in group_runs(group.notes):
        if label:
            out += ["", f"{level} {_md_inline(group_heading(label, words))}"]
        for note in notes:
            stamp = f"**{note.time}**" + (f" ({note.phase})" if note.phase else "")
            lines = [_md_line(line) for line in note.text.split("\n")]
            out += ["", f"{stamp} — " + "  \n".join(lines)]
    return out


def _md_spans(spans: list[Span]) -> str:
    parts = []
    for span in spans:
        text = _md_inline(span.text)
        if text and span.italic:
            text = f"*{text}*"
        if text and span.bold:
            text = f"**{text}**"
        # Spaces at a span's ends stay outside its markers (``**bold **`` is not bold).
        before = " " if span.text[:1].isspace() else ""
        after = " " if span.text[-1:].isspace() and text else ""
        parts.append(before + text + after)
    return "".join(parts)


def _md_block(block: Block) -> str:
    """A paragraph or list of the card's text, its bold and italic kept."""
    if isinstance(block, Paragraph):
        return _md_spans(block.spans)
    lines = []
    for number, item in enumerate(block.items, 1):
        lines.append((f"{number}. " if block.ordered else "- ") + _md_spans(item))
    return "\n".join(lines)
