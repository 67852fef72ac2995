"""Problems found in content files, and how to tell the author what to fix.

A `Problem` is data (where, which code, which details); `Problem.format` turns it into one line,
`path:line: field: what to fix`, in Danish (the default) or English.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"

_QUOTE_HINT_DA = 'sæt værdien i anførselstegn, fx "07" eller "Tal om: …"'
_QUOTE_HINT_EN = 'put the value in quotes, e.g. "07" or "Talk about: …"'

MESSAGES: dict[str, dict[str, str]] = {
    # Files and folders.
    "not_found": {
        "da": "findes ikke – ret stien, eller opret filen",
        "en": "does not exist – correct the path, or create the file",
    },
    "not_readable": {
        "da": "må ikke læses (adgang nægtet) – giv brugeren læseadgang til filen og mappen",
        "en": "cannot be read (permission denied) – give the user read access to file and folder",
    },
    "read_error": {
        "da": "kan ikke læses ({error}) – tjek filen og disken",
        "en": "cannot be read ({error}) – check the file and the disk",
    },
    "not_utf8": {
        "da": "er ikke gemt som UTF-8 (ukendt tegn på denne linje) – gem filen som UTF-8 "
        "(Notesblok: Gem som… → Kodning: UTF-8)",
        "en": "is not saved as UTF-8 (unknown character on this line) – save the file as UTF-8 "
        "(Notepad: Save as… → Encoding: UTF-8)",
    },
    "no_deck": {
        "da": "mappen har ingen deck.yaml – læg deckets fil i mappen med navnet deck.yaml",
        "en": "the folder has no deck.yaml – put the deck's file in it, named deck.yaml",
    },
    "no_decks": {
        "da": "mappen har ingen deck.yaml og ingen undermapper med en deck.yaml – "
        "angiv en deck-mappe eller en mappe med deck-mapper",
        "en": "the folder has no deck.yaml and no subfolders with one – "
        "give a deck folder or a folder of deck folders",
    },
    "empty_file": {
        "da": "filen er tom – skriv deckets felter (se eksemplet i content/README.md)",
        "en": "the file is empty – write the deck's fields (see the example in content/README.md)",
    },
    "not_mapping": {
        "da": "filen skal bestå af linjer med 'navn: værdi' (schema:, id:, title:, cards: …) "
        "– ret opbygningen (se content/README.md)",
        "en": "the file must consist of 'name: value' lines (schema:, id:, title:, cards: …) "
        "– fix its layout (see content/README.md)",
    },
    "yaml_syntax": {
        "da": "YAML-fejl ({problem}) – tjek indrykningen (mellemrum, ikke tabulator), "
        "og sæt tekst med kolon (:) eller # i anførselstegn",
        "en": "YAML error ({problem}) – check the indentation (spaces, not tabs), "
        "and put text containing a colon (:) or # in quotes",
    },
    "yaml_syntax_from": {
        "da": "YAML-fejl ({problem}), som begynder på linje {start} – tjek indrykningen "
        "(mellemrum, ikke tabulator), og at anførselstegn og parenteser er lukket",
        "en": "YAML error ({problem}), starting on line {start} – check the indentation "
        "(spaces, not tabs), and that quotes and brackets are closed",
    },
    "duplicate_key": {
        "da": "står to gange (første gang på linje {first_line}) – slet det ene",
        "en": "appears twice (first on line {first_line}) – delete one of them",
    },
    "duplicate_id": {
        "da": "id'et '{id}' bruges også af {other} – giv decket et andet id",
        "en": "the id '{id}' is also used by {other} – give this deck another id",
    },
    # Fields.
    "missing": {
        "da": "mangler – tilføj feltet",
        "en": "is missing – add it",
    },
    "unknown_key": {
        "da": "ukendt felt – slet det eller ret stavningen (tilladte felter: {allowed})",
        "en": "unknown field – delete it or correct the spelling (allowed fields: {allowed})",
    },
    "unknown_key_suggest": {
        "da": "ukendt felt – mente du '{suggestion}'? Slet det eller ret stavningen "
        "(tilladte felter: {allowed})",
        "en": "unknown field – did you mean '{suggestion}'? Delete it or correct the spelling "
        "(allowed fields: {allowed})",
    },
    "string_type": {
        "da": f"skal være tekst – {_QUOTE_HINT_DA}",
        "en": f"must be text – {_QUOTE_HINT_EN}",
    },
    "string_not_list": {
        "da": "skal være én tekst, ikke en liste eller en gruppe af felter – skriv teksten "
        "efter kolon, eller under 'felt: |' for flere linjer",
        "en": "must be one text, not a list or a group of fields – write the text after the "
        "colon, or under 'field: |' for several lines",
    },
    "empty": {
        "da": "er tom – skriv en tekst",
        "en": "is empty – write a text",
    },
    "empty_optional": {
        "da": "er tom – skriv en tekst, eller slet feltet",
        "en": "is empty – write a text, or delete the field",
    },
    "empty_item": {
        "da": "er tom – skriv en tekst, eller slet linjen",
        "en": "is empty – write a text, or delete the line",
    },
    "int_type": {
        "da": "skal være et helt tal uden anførselstegn, fx 3",
        "en": "must be a whole number without quotes, e.g. 3",
    },
    "int_range": {
        "da": "skal være et helt tal fra {min} til {max}",
        "en": "must be a whole number from {min} to {max}",
    },
    "minutes_range": {
        "da": "skal være et helt antal minutter fra {min} til {max}",
        "en": "must be a whole number of minutes from {min} to {max}",
    },
    "seconds_range": {
        "da": "skal være et helt antal sekunder fra {min} til {max}",
        "en": "must be a whole number of seconds from {min} to {max}",
    },
    "bool_type": {
        "da": "skal være true eller false",
        "en": "must be true or false",
    },
    "list_type": {
        "da": "skal være en liste – skriv hvert punkt på sin egen linje, der starter med '- '",
        "en": "must be a list – write each item on its own line, starting with '- '",
    },
    "mapping_type": {
        "da": "skal være en gruppe af felter – skriv dem indrykket under, som 'navn: værdi'",
        "en": "must be a group of fields – write them indented below, as 'name: value'",
    },
    "card_type": {
        "da": "et kort skal være en gruppe af felter – skriv fx '- title: Kortets titel'",
        "en": "a card must be a group of fields – write e.g. '- title: The card title'",
    },
    "no_cards": {
        "da": "skal have mindst ét kort – tilføj et kort under cards:",
        "en": "must have at least one card – add a card under cards:",
    },
    "too_short": {
        "da": "skal have mindst {min_length} punkter",
        "en": "must have at least {min_length} items",
    },
    "bad_id": {
        "da": "må kun have små bogstaver a–z, tal og '-', og skal starte med et bogstav "
        "eller tal, fx min-workshop",
        "en": "may only have lower-case letters a–z, digits and '-', and must start with a "
        "letter or digit, e.g. my-workshop",
    },
    "bad_number": {
        "da": 'skal være kortets nummer med 1 til 3 cifre i anførselstegn, fx "07"',
        "en": 'must be the card\'s number, 1 to 3 digits in quotes, e.g. "07"',
    },
    "bad_language": {
        "da": "skal være en sprogkode med to små bogstaver: da eller en",
        "en": "must be a language code of two lower-case letters: da or en",
    },
    "pattern": {
        "da": "har en form, der ikke er tilladt (mønster: {pattern}) – ret værdien",
        "en": "has a form that is not allowed (pattern: {pattern}) – correct the value",
    },
    "bad_schema": {
        "da": "skal være {expected} – skriv 'schema: {expected}' (programmet kender kun den)",
        "en": "must be {expected} – write 'schema: {expected}' (the only one the program knows)",
    },
    "literal": {
        "da": "skal være en af: {expected}",
        "en": "must be one of: {expected}",
    },
    "raw_html": {
        "da": "må ikke indeholde HTML – brug **fed** eller *kursiv*",
        "en": "must not contain HTML – use **bold** or *italic*",
    },
    "numbers_mixed": {
        "da": "har intet nummer, men andre kort har – giv alle kort et nummer, eller ingen",
        "en": "has no number, but other cards do – give every card a number, or none",
    },
    "number_duplicate": {
        "da": "nummer {number} bruges også af {first} (linje {first_line}) – "
        "giv hvert kort sit eget nummer",
        "en": "number {number} is also used by {first} (line {first_line}) – "
        "give every card its own number",
    },
    # Translations (deck.en.yaml beside deck.yaml), compared with the deck they translate.
    "translation_of_other": {
        "da": "skal være id'et på kortsættet i {deck_file}: '{id}' – skriv 'translation_of: {id}'",
        "en": "must be the id of the deck in {deck_file}: '{id}' – write 'translation_of: {id}'",
    },
    "translation_language_file": {
        "da": "skal være '{expected}' som i filnavnet {file} – ret sproget, eller omdøb filen",
        "en": "must be '{expected}', as in the file name {file} – correct the language, or "
        "rename the file",
    },
    "translation_same_language": {
        "da": "er kortsættets eget sprog ({language}) – en oversættelse skal være til et andet "
        "sprog",
        "en": "is the deck's own language ({language}) – a translation must be into another "
        "language",
    },
    "translation_card_missing": {
        "da": "kort {card} ({title}) i {deck_file} er ikke oversat – tilføj det her med "
        'number: "{card}"',
        "en": "card {card} ({title}) of {deck_file} is not translated – add it here with "
        'number: "{card}"',
    },
    "translation_card_missing_position": {
        "da": "kort nr. {card} ({title}) i {deck_file} er ikke oversat – tilføj det her, som "
        "kort nr. {card}; kortene parres i rækkefølge",
        "en": "card no. {card} ({title}) of {deck_file} is not translated – add it here as "
        "card no. {card}; cards are matched in order",
    },
    "translation_card_extra": {
        "da": "{deck_file} har intet kort {number} – slet kortet her, eller ret nummeret",
        "en": "{deck_file} has no card {number} – delete this card, or correct its number",
    },
    "translation_card_extra_position": {
        "da": "{deck_file} har kun {count} kort – slet dette kort; kortene parres i rækkefølge",
        "en": "{deck_file} has only {count} cards – delete this card; cards are matched in order",
    },
    "translation_number_needed": {
        "da": 'mangler nummeret på det kort, det oversætter – skriv fx number: "{example}"',
        "en": 'lacks the number of the card it translates – write e.g. number: "{example}"',
    },
    "translation_number_unused": {
        "da": "kortene i {deck_file} har ingen numre, så kortene parres i rækkefølge – "
        "slet nummeret",
        "en": "the cards in {deck_file} have no numbers, so cards are matched in order – "
        "delete the number",
    },
    "translation_field_extra": {
        "da": "{deck_file} har ikke denne tekst her – slet den; en oversættelse oversætter kun "
        "det, der står i {deck_file}",
        "en": "{deck_file} has no such text here – delete it; a translation only translates "
        "what {deck_file} has",
    },
    "translation_count": {
        "da": "skal have {expected} punkter som i {deck_file}, ikke {count} – oversæt hvert "
        "punkt for sig",
        "en": "must have {expected} items, as in {deck_file}, not {count} – translate each "
        "item on its own",
    },
    "invalid": {
        "da": "er ugyldig ({detail}) – ret værdien",
        "en": "is not valid ({detail}) – correct the value",
    },
}


class _Params(dict[str, Any]):
    """Leaves a placeholder visible rather than failing when a detail is missing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(code: str, lang: str = DEFAULT_LANGUAGE, params: dict[str, Any] | None = None) -> str:
    """The 'what to fix' text for `code`, in `lang` (Danish if unknown)."""
    texts = MESSAGES.get(code, MESSAGES["invalid"])
    template = texts.get(lang, texts[DEFAULT_LANGUAGE])
    details = _Params(params or {})
    if code not in MESSAGES:
        details.setdefault("detail", code)
    return template.format_map(details)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file: where it is, and which fix it needs."""

    path: Path
    line: int | None
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    def format(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """`path:line: field: what to fix`; `:line` and `field: ` left out when unknown."""
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        text = message(self.code, lang, self.params)
        return f"{where}: {self.field}: {text}" if self.field else f"{where}: {text}"
