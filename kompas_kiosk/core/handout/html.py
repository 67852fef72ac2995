"""The handout as one self-contained HTML page: inline CSS, no scripts, no external resources.

In the kiosk's look: its colours (``COLORS``, the room's default theme in ``ui/theme/colors``,
kept equal by a test) and Inter, the kiosk's font, where the reader has it. A title page (the
banner: the workshop's name, date, place, programme or deck), the contents (a navigation
landmark), then in ``main`` one section per card: the card as printed, its exercise's steps and
its notes under their groups; the general notes at the end. Headings go h1 (the workshop), h2
(a card), h3 (the card's back, the exercise, the notes), h4 (a group).

Every text is escaped with ``html.escape``; a note keeps its line breaks and spaces through
``white-space: pre-wrap``. The print style puts the title page and every card on a page of its
own and keeps a note on one page.
"""

from __future__ import annotations

from html import escape

from kompas_kiosk.core.decks.markup import to_html as card_html
from kompas_kiosk.core.handout.model import (
    Handout,
    HandoutExercise,
    HandoutGroup,
    group_heading,
    group_runs,
    labels,
)

COLORS = {  # the room's default theme: paper, ink, accent, muted, rule
    "paper": "#fbf8f3",
    "ink": "#1b2733",
    "accent": "#0d4f7c",
    "muted": "#55606b",
    "rule": "#d9d2c5",
}

_CSS = (
    """
:root { color-scheme: light; --paper: %(paper)s; --ink: %(ink)s; --accent: %(accent)s;
  --muted: %(muted)s; --rule: %(rule)s; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink);
  font: 12pt/1.5 Inter, "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
header, nav, main { max-width: 48rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 3rem; padding-bottom: 2rem; border-bottom: 4px solid var(--accent); }
.kicker { margin: 0 0 .5rem; color: var(--muted); font-weight: 600; letter-spacing: .08em;
  text-transform: uppercase; font-size: .8rem; }
h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 1.25rem; color: var(--accent); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; color: var(--muted); }
dl.meta dd { margin: 0; }
nav { padding-top: 1.5rem; }
nav h2 { font-size: 1rem; color: var(--muted); margin: 0; }
nav ol { margin: .4rem 0 0; padding-left: 1.4rem; }
nav a { color: var(--accent); }
main { padding-bottom: 4rem; }
section { border-top: 2px solid var(--ink); margin-top: 2.5rem; padding-top: 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 0; color: var(--accent); }
h2 .heading { display: block; font-size: .8rem; letter-spacing: .08em;
  text-transform: uppercase; color: var(--muted); }
.question { font-style: italic; font-size: 1.15rem; margin: .3rem 0 0; }
.card { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px;
  print-color-adjust: exact; -webkit-print-color-adjust: exact;
  padding: .25rem 1.25rem .75rem; margin: 1rem 0 0; }
.card h3 { font-size: .85rem; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); margin: 1rem 0 .25rem; }
.card ul { margin: 0; padding-left: 1.2rem; }
.card .what-if { font-style: italic; margin: 0; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
h3 .minutes { font-weight: 400; color: var(--muted); }
h4 { font-size: 1rem; margin: 1.25rem 0 0; color: var(--accent); }
ol.steps { margin: .25rem 0 0; padding-left: 1.4rem; }
ol.notes { list-style: none; margin: .5rem 0 0; padding: 0; }
ol.notes li { display: grid; grid-template-columns: 5.5rem 1fr; gap: 1rem;
  padding: .5rem 0; border-bottom: 1px solid var(--rule); break-inside: avoid; }
ol.notes time { font-variant-numeric: tabular-nums; font-weight: 600; }
ol.notes .phase { display: block; font-size: .8rem; color: var(--muted); }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: var(--muted); }
a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
@page { margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  header, nav, main { max-width: none; padding-left: 0; padding-right: 0; }
  header { padding-top: 30vh; border-bottom: none; }
  header, nav { break-after: page; }
  section { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  .card { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  nav a { color: inherit; text-decoration: none; }
}
""".strip()
    % COLORS
)


def render_html(handout: Handout) -> str:
    """The page for `handout`, as a str (encode it as UTF-8, as its meta tag says)."""
    words = labels(handout.lang)
    name = escape(_one_line(handout.name))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{handout.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{name}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<p class="kicker">{escape(words["kicker"])}</p>',
        f"<h1>{name}</h1>",
        '<dl class="meta">',
    ]
    facts = [(words["date"], handout.when), (words["place"], handout.place)]
    facts += [(words["programme"], handout.programme), (words["deck"], handout.deck)]
    for label, value in facts:
        if value.strip():
            out.append(f"<dt>{escape(label)}</dt><dd>{escape(_one_line(value))}</dd>")
    out += ["</dl>", "</header>"]
    if handout.groups:
        out += _contents(handout, words["contents"])
    out.append("<main>")
    if not handout.groups:
        out.append(f'<p class="none">{escape(words["none"])}</p>')
    for number, group in enumerate(handout.groups, 1):
        out += _section(group, number, words)
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _title(group: HandoutGroup) -> str:
    return " · ".join(_one_line(part) for part in (group.heading, group.title) if part.strip())


def _contents(handout: Handout, label: str) -> list[str]:
    out = [f'<nav aria-labelledby="contents"><h2 id="contents">{escape(label)}</h2>', "<ol>"]
    for number, group in enumerate(handout.groups, 1):
        out.append(f'<li><a href="#s{number}">{escape(_title(group))}</a></li>')
    return [*out, "</ol>", "</nav>"]


def _section(group: HandoutGroup, number: int, words: dict[str, str]) -> list[str]:
    heading = f'<span class="heading">{escape(group.heading)}</span> ' if group.heading else ""
    out = [
        f'<section id="s{number}" aria-labelledby="s{number}h">',
        f'<h2 id="s{number}h">{heading}{escape(_one_line(group.title))}</h2>',
    ]
    if group.question.strip():
        out.append(f'<p class="question">{escape(_one_line(group.question))}</p>')
    card = group.card
    if card is not None and (card.text or card.reminders or card.what_if.strip()):
        out.append('<div class="card">')
        out.append(card_html(list(card.text)))
        if card.reminders:
            items = "".join(f"<li>{escape(_one_line(item))}</li>" for item in card.reminders)
            out += [f"<h3>{escape(words['reminders'])}</h3>", f"<ul>{items}</ul>"]
        if card.what_if.strip():
            out.append(f"<h3>{escape(words['what_if'])}</h3>")
            out.append(f'<p class="what-if">{escape(_one_line(card.what_if))}</p>')
        out.append("</div>")
    exercise = group.exercise
    if exercise is not None:
        out += exercise_markup(exercise, words, ' class="steps"')
    nested = card is not None or exercise is not None
    if group.notes and nested:
        out.append(f"<h3>{escape(words['notes'])}</h3>")
    level = "h4" if nested else "h3"
    for label, notes in group_runs(group.notes):
        if label:
            out.append(f"<{level}>{escape(group_heading(label, words))}</{level}>")
        out.append(f'<ol class="notes" aria-label="{escape(words["notes"])}">')
        for note in notes:
            stamp = note.local.isoformat(timespec="minutes")
            phase = f'<span class="phase">{escape(note.phase)}</span>' if note.phase else ""
            out.append(
                f'<li><div><time datetime="{stamp}">{escape(note.time)}</time>{phase}</div>'
                f'<p class="text">{escape(note.text)}</p></li>'
            )
        out.append("</ol>")
    out.append("</section>")
    return out


def exercise_markup(
    exercise: HandoutExercise, words: dict[str, str], steps_attributes: str = ""
) -> list[str]:
    """The exercise run on a card: its title with its minutes, then its steps in order (the
    HTML file's and the PDF's)."""
    minutes = escape(words["minutes"].format(minutes=exercise.minutes))
    title = f'<h3>{escape(_one_line(exercise.title))} <span class="minutes">({minutes})</span></h3>'
    steps = "".join(f"<li>{escape(_one_line(step))}</li>" for step in exercise.steps)
    return [title, f"<ol{steps_attributes}>{steps}</ol>" if steps else ""]


def _one_line(text: str) -> str:
    return " ".join(text.split())
