"""What to tell a programme's author: the messages of programme problems.

A programme's problems are the decks' `Problem`s (same form, `path:line: field: what to fix`),
with this catalogue read first, so the shared messages (YAML errors, unknown fields, ranges) are
written once, in `core.decks.problems`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kompas_kiosk.core.decks.problems import Problem
from kompas_kiosk.core.i18n import DEFAULT_LANGUAGE, Text

MESSAGES: dict[str, Text] = {
    "empty_file": Text(
        "filen er tom – skriv programmets felter (se content/README.md)",
        "the file is empty – write the programme's fields (see content/README.md)",
    ),
    "not_mapping": Text(
        "filen skal bestå af linjer med „navn: værdi“ (schema:, id:, title:, steps: …) "
        "– ret opbygningen (se content/README.md)",
        "the file must consist of 'name: value' lines (schema:, id:, title:, steps: …) "
        "– fix its layout (see content/README.md)",
    ),
    "no_programme": Text(
        "mappen har ingen programme.yaml – læg programmets fil i mappen med navnet programme.yaml",
        "the folder has no programme.yaml – put the programme's file in it, named programme.yaml",
    ),
    "duplicate_id": Text(
        "id'et „{id}“ bruges også af {other} – giv programmet et andet id",
        "the id '{id}' is also used by {other} – give this programme another id",
    ),
    "step_no_kind": Text(
        "trinnet har ingen slags – giv det én af: {kinds}",
        "the step has no kind – give it one of: {kinds}",
    ),
    "step_two_kinds": Text(
        "trinnet har flere slags ({found}) – et trin har én slags; del det i flere trin",
        "the step has more than one kind ({found}) – a step has one kind; split it into steps",
    ),
    "slide_field_needed": Text(
        "layoutet {layout} skal have {field} – tilføj feltet (layoutet viser: {shown})",
        "the layout {layout} needs {field} – add it (the layout shows: {shown})",
    ),
    "slide_field_unused": Text(
        "vises ikke i layoutet {layout} – slet feltet, eller vælg et andet layout "
        "(layoutet viser: {shown})",
        "is not shown in the layout {layout} – delete it, or choose another layout "
        "(the layout shows: {shown})",
    ),
    "slide_count": Text(
        "skal have præcis {expected} punkter i layoutet {layout}, ikke {count}",
        "must have exactly {expected} items in the layout {layout}, not {count}",
    ),
    "panel_empty": Text(
        "er tom – giv den en title, en text eller items",
        "is empty – give it a title, a text or items",
    ),
    "unknown_deck": Text(
        "der er intet kortsæt med id'et „{deck}“ – ret id'et (kortsættene er: {known})",
        "there is no deck with the id '{deck}' – correct the id (the decks are: {known})",
    ),
    "unknown_card": Text(
        "kortsættet {deck} har intet kort {number} – ret nummeret (kortene er: {known})",
        "the deck {deck} has no card {number} – correct the number (the cards are: {known})",
    ),
    "no_exercise": Text(
        "kortsættet {deck} har ingen øvelse – giv øvelsen title og minutes her, "
        "eller brug et kort-trin (card:)",
        "the deck {deck} has no exercise – give the exercise a title and minutes here, "
        "or use a card step (card:)",
    ),
    # Translations (programme.en.yaml), compared with the programme they translate.
    "translation_of_other": Text(
        "skal være id'et på programmet i programme.yaml: „{id}“ – skriv „translation_of: {id}“",
        "must be the id of the programme in programme.yaml: '{id}' – write 'translation_of: {id}'",
    ),
    "translation_same_language": Text(
        "er programmets eget sprog ({language}) – en oversættelse skal være til et andet sprog",
        "is the programme's own language ({language}) – a translation must be into another "
        "language",
    ),
    "translation_step_count": Text(
        "skal have {expected} trin som programme.yaml, ikke {count} – oversæt hvert trin "
        "i samme rækkefølge",
        "must have {expected} steps, as programme.yaml has, not {count} – translate every "
        "step in the same order",
    ),
    "translation_step_kind": Text(
        "trinnet er et {kind}-trin i programme.yaml, ikke {found} – skriv „{kind}:“",
        "the step is a {kind} step in programme.yaml, not {found} – write '{kind}:'",
    ),
    "translation_field_extra": Text(
        "programme.yaml har ikke denne tekst her – slet den; en oversættelse oversætter kun "
        "det, der står i programme.yaml",
        "programme.yaml has no such text here – delete it; a translation only translates "
        "what programme.yaml has",
    ),
    "translation_count": Text(
        "skal have {expected} punkter som i programme.yaml, ikke {count} – oversæt hvert "
        "punkt for sig",
        "must have {expected} items, as in programme.yaml, not {count} – translate each "
        "item on its own",
    ),
    "slide_does_not_fit": Text(
        "passer ikke på sliden ved {size}, heller ikke med den mindste skrift – skriv kortere, "
        "eller del det på to slides",
        "does not fit on the slide at {size}, not even in the smallest type – write less, or "
        "split it over two slides",
    ),
    "slide_word_too_wide": Text(
        "ordet „{word}“ er bredere end sliden ved {size} og bliver skåret over – del det med "
        "mellemrum eller bindestreg og mellemrum, eller forkort det",
        "the word '{word}' is wider than the slide at {size} and is cut off – break it with a "
        "space (or a hyphen and a space), or shorten it",
    ),
}


@dataclass(frozen=True)
class ProgrammeProblem(Problem):
    """A problem in a programme file: a deck `Problem` whose message is looked up here first."""

    @classmethod
    def of(cls, problem: Problem) -> ProgrammeProblem:
        if isinstance(problem, ProgrammeProblem):
            return problem
        return cls(problem.path, problem.line, problem.field, problem.code, problem.params)

    def format(self, lang: str = DEFAULT_LANGUAGE) -> str:
        if self.code not in MESSAGES:
            return super().format(lang)
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        text = MESSAGES[self.code].format(lang, **self.params)
        return f"{where}: {self.field}: {text}" if self.field else f"{where}: {text}"
