"""The handout as the rich text ``QTextDocument`` lays out for the PDF (see ``pdf_export``).

In the kiosk's look: the room's colours (``ui/theme/colors.DEFAULT``), Inter (the document's
default font). A title page; then every card on a new page: its heading and title, the question,
the card itself in a box of the card's paper colour (text with its bold sentences, the back's
reminders and 'Hvad nu hvis'), the exercise's steps, and the notes under their groups, each
group a two-column table (time, note). ``pdf_export`` counts the notes in those tables, so they
are the only two-column tables. Every text is escaped: ``<script>`` is printed as written.
"""

from __future__ import annotations

from html import escape

from kompas_kiosk.core.decks.markup import to_html as card_html
from kompas_kiosk.core.handout.html import exercise_markup
from kompas_kiosk.core.handout.model import (
    Handout,
    HandoutGroup,
    group_heading,
    group_runs,
    labels,
)
from kompas_kiosk.ui.theme.colors import DEFAULT

_INK, _ACCENT, _MUTED = DEFAULT.ink.name(), DEFAULT.accent.name(), DEFAULT.muted.name()
_PAPER, _RULE = DEFAULT.paper.name(), DEFAULT.rule.name()

# QTextDocument takes margins in px only (96 to the inch); font sizes in pt.
PDF_CSS = f"""
body {{ color: {_INK}; }}
h1 {{ font-size: 26pt; font-weight: 700; color: {_ACCENT}; margin-top: 0; margin-bottom: 18px; }}
p.top {{ margin-top: 0; margin-bottom: 220px; }}
p.kicker {{ font-size: 10pt; font-weight: 600; color: {_MUTED}; margin-top: 0;
  margin-bottom: 6px; }}
.meta {{ font-size: 12pt; margin-top: 0; margin-bottom: 13px; }}
.label {{ font-weight: 600; color: {_MUTED}; }}
p.heading {{ font-size: 8.5pt; font-weight: 600; color: {_MUTED}; margin-top: 0;
  margin-bottom: 0; }}
h2 {{ font-size: 17pt; font-weight: 700; color: {_ACCENT}; margin-top: 3px; margin-bottom: 3px; }}
.question {{ font-size: 12pt; font-style: italic; margin-top: 0; margin-bottom: 10px; }}
td.card p {{ margin-top: 0; margin-bottom: 8px; }}
p.back {{ font-size: 8.5pt; font-weight: 600; color: {_MUTED}; margin-top: 6px;
  margin-bottom: 2px; }}
h3 {{ font-size: 12pt; font-weight: 700; color: {_INK}; margin-top: 16px; margin-bottom: 4px; }}
.minutes {{ font-weight: 400; color: {_MUTED}; }}
h4 {{ font-size: 10.5pt; font-weight: 700; color: {_ACCENT}; margin-top: 12px;
  margin-bottom: 2px; }}
td.time {{ font-weight: 700; }}
.phase {{ font-size: 8.5pt; color: {_MUTED}; }}
.text {{ white-space: pre-wrap; }}
.none {{ color: {_MUTED}; }}
"""

_NEW_PAGE = ' style="page-break-before: always"'
_AFTER_A_GAP = ' style="margin-top: 28px"'


def handout_pdf_html(handout: Handout, *, header: bool = True) -> str:
    """The handout as the rich text QTextDocument prints (every text escaped); `header` False
    leaves out the title page (for the parts after the first, which start on a new page)."""
    words = labels(handout.lang)
    out = [f"<html><head><style>{PDF_CSS}</style></head><body>"]
    if header:
        out += _title_page(handout, words)
        if not handout.groups:
            out.append(f'<p class="none">{_esc(words["none"])}</p>')
    for index, group in enumerate(handout.groups):
        out += _section(group, words, new_page=header or index > 0)
    out.append("</body></html>")
    return "".join(out)


def _title_page(handout: Handout, words: dict[str, str]) -> list[str]:
    out = [
        '<p class="top">&nbsp;</p>',  # the first block's top margin is not laid out
        f'<p class="kicker">{_esc(words["kicker"].upper())}</p>',
        f"<h1>{_esc(_one_line(handout.name))}</h1>",
    ]
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts += [(words["programme"], handout.programme), (words["deck"], handout.deck)]
    lines = [
        f'<span class="label">{_esc(label)}:</span> {_esc(_one_line(value))}'
        for label, value in facts
        if value.strip()
    ]
    out.append(f'<p class="meta">{"<br>".join(lines)}</p>')
    return out


def _section(group: HandoutGroup, words: dict[str, str], *, new_page: bool) -> list[str]:
    """A card with notes or text starts a page; a bare title and question (a programme's card
    without notes) follows on the page it is on."""
    card = _card(group, words)
    brk = _NEW_PAGE if new_page and (group.notes or card) else _AFTER_A_GAP
    title = _one_line(group.title) + (f" {words['continued']}" if group.continued else "")
    if group.heading:
        out = [f'<p class="heading"{brk}>{_esc(group.heading.upper())}</p><h2>']
    else:
        out = [f"<h2{brk}>"]
    out.append(f"{_esc(title)}</h2>")
    if group.question.strip() and not group.continued:
        out.append(f'<p class="question">{_esc(_one_line(group.question))}</p>')
    out += card
    exercise = group.exercise
    if exercise is not None:
        out += exercise_markup(exercise, words)
    nested = group.card is not None or exercise is not None
    if group.notes and nested:
        out.append(f"<h3>{_esc(words['notes'])}</h3>")
    tag = "h4" if nested or group.continued else "h3"
    for label, notes in group_runs(group.notes):
        if label:
            out.append(f"<{tag}>{_esc(group_heading(label, words))}</{tag}>")
        out.append('<table width="100%" cellspacing="0" cellpadding="4">')
        for note in notes:
            phase = f'<br><span class="phase">{_esc(note.phase)}</span>' if note.phase else ""
            out.append(
                f'<tr><td class="time" width="17%">{_esc(note.time)}{phase}</td>'
                f'<td class="text">{_esc(note.text)}</td></tr>'
            )
        out.append("</table>")
    return out


def _card(group: HandoutGroup, words: dict[str, str]) -> list[str]:
    """The card as printed, in a one-column table of the card's paper colour."""
    card = group.card
    if card is None or not (card.text or card.reminders or card.what_if.strip()):
        return []
    inner = [card_html(list(card.text))]
    if card.reminders:
        items = "".join(f"<li>{_esc(_one_line(item))}</li>" for item in card.reminders)
        inner += [f'<p class="back">{_esc(words["reminders"].upper())}</p>', f"<ul>{items}</ul>"]
    if card.what_if.strip():
        inner.append(f'<p class="back">{_esc(words["what_if"].upper())}</p>')
        inner.append(f"<p><i>{_esc(_one_line(card.what_if))}</i></p>")
    return [
        f'<table width="100%" cellspacing="0" cellpadding="12" border="1" bgcolor="{_PAPER}"'
        f' style="border-color: {_RULE}; border-style: solid; border-collapse: collapse;'
        ' margin-top: 8px">',
        f'<tr><td class="card">{"".join(inner)}</td></tr></table>',
    ]


def _esc(text: str) -> str:
    """Escaped for rich text; newlines are kept (the note cell is ``white-space: pre-wrap``)."""
    return escape(text, quote=False)


def _one_line(text: str) -> str:
    return " ".join(text.split())
