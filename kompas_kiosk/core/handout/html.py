"""The handout as one self-contained HTML page: inline CSS, no scripts, no external resources.

Every text is escaped with ``html.escape``; a note keeps its line breaks and spaces through
``white-space: pre-wrap``. Colours keep at least 7:1 contrast on white; the print style drops
the screen margins and keeps a note on one page.
"""

from __future__ import annotations

from html import escape

from kompas_kiosk.core.handout.model import Handout, labels

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font: 12pt/1.5 "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem;
  margin: 0 0 2rem; color: #333; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
section { border-top: 2px solid #1a1a1a; margin-top: 2rem; padding-top: 1rem; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 0; }
h2 .heading { display: block; font-size: .8rem; letter-spacing: .08em;
  text-transform: uppercase; color: #4a4a4a; }
.question { font-style: italic; margin: .3rem 0 0; }
ol.notes { list-style: none; margin: 1rem 0 0; padding: 0; }
ol.notes li { display: grid; grid-template-columns: 5.5rem 1fr; gap: 1rem;
  padding: .6rem 0; border-bottom: 1px solid #d0d0d0; break-inside: avoid; }
ol.notes time { font-variant-numeric: tabular-nums; font-weight: 600; }
ol.notes .phase { display: block; font-size: .8rem; color: #4a4a4a; }
.text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: #4a4a4a; }
@page { margin: 18mm 16mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
}
""".strip()


def render_html(handout: Handout) -> str:
    """The page for `handout`, as a str (encode it as UTF-8, as its meta tag says)."""
    words = labels(handout.lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{handout.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(_one_line(handout.name))}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<main>",
        "<header>",
        f"<h1>{escape(_one_line(handout.name))}</h1>",
        '<dl class="meta">',
    ]
    facts = ((words["date"], handout.when), (words["place"], handout.place))
    for label, value in (*facts, (words["deck"], handout.deck)):
        if value.strip():
            out.append(f"<dt>{escape(label)}</dt><dd>{escape(_one_line(value))}</dd>")
    out += ["</dl>", "</header>"]
    if not handout.groups:
        out.append(f'<p class="none">{escape(words["none"])}</p>')
    for group in handout.groups:
        heading = f'<span class="heading">{escape(group.heading)}</span> ' if group.heading else ""
        out += ["<section>", f"<h2>{heading}{escape(_one_line(group.title))}</h2>"]
        if group.question.strip():
            out.append(f'<p class="question">{escape(_one_line(group.question))}</p>')
        out.append(f'<ol class="notes" aria-label="{escape(words["notes"])}">')
        for note in group.notes:
            stamp = note.local.isoformat(timespec="minutes")
            phase = f'<span class="phase">{escape(note.phase)}</span>' if note.phase else ""
            out.append(
                f'<li><div><time datetime="{stamp}">{escape(note.time)}</time>{phase}</div>'
                f'<p class="text">{escape(note.text)}</p></li>'
            )
        out += ["</ol>", "</section>"]
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())
