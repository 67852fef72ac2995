"""Problems found in content files, and how to tell the author what to fix.

A `Problem` is data (where, which code, which details); `Problem.format` turns it into one line,
`path:line: field: what to fix`, in Danish (the default) or English.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kompas_kiosk.core.i18n import DEFAULT_LANGUAGE, Text

MESSAGES: dict[str, Text] = {
    # Files and folders.
    "not_found": Text(
        "findes ikke – ret stien, eller opret filen",
        "does not exist – correct the path, or create the file",
    ),
    "not_readable": Text(
        "må ikke læses (adgang nægtet) – giv brugeren læseadgang til filen og mappen",
        "cannot be read (permission denied) – give the user read access to file and folder",
    ),
    "read_error": Text(
        "kan ikke læses ({error}) – tjek filen og disken",
        "cannot be read ({error}) – check the file and the disk",
    ),
    "not_regular_file": Text(
        "er ikke en almindelig fil (men fx en pipe, en enhed eller et link til en) – "
        "læg kortsættets tekst i en almindelig fil",
        "is not a regular file (but e.g. a pipe, a device or a link to one) – "
        "put the deck's text in a regular file",
    ),
    "file_too_large": Text(
        "filen er for stor ({size} MB; højst {max} MB) – del den i flere kortsæt, "
        "eller fjern det, der ikke hører til",
        "the file is too large ({size} MB; at most {max} MB) – split it into several "
        "decks, or remove what does not belong",
    ),
    "too_deep": Text(
        "er indlejret for dybt (over {max} niveauer) – et kortsæt har kun felter, kort og lister "
        "af tekst; ret opbygningen",
        "is nested too deeply (over {max} levels) – a deck has only fields, cards and lists "
        "of text; fix its layout",
    ),
    "not_utf8": Text(
        "er ikke gemt som UTF-8 (ukendt tegn på denne linje) – gem filen som UTF-8 "
        "(Notesblok: Gem som… → Kodning: UTF-8)",
        "is not saved as UTF-8 (unknown character on this line) – save the file as UTF-8 "
        "(Notepad: Save as… → Encoding: UTF-8)",
    ),
    "no_deck": Text(
        "mappen har ingen deck.yaml – læg kortsættets fil i mappen med navnet deck.yaml",
        "the folder has no deck.yaml – put the deck's file in it, named deck.yaml",
    ),
    "no_decks": Text(
        "mappen har ingen deck.yaml og ingen undermapper med en deck.yaml – "
        "angiv en kortsætmappe eller en mappe med kortsætmapper",
        "the folder has no deck.yaml and no subfolders with one – "
        "give a deck folder or a folder of deck folders",
    ),
    "empty_file": Text(
        "filen er tom – skriv kortsættets felter (se eksemplet i content/README.md)",
        "the file is empty – write the deck's fields (see the example in content/README.md)",
    ),
    "not_mapping": Text(
        "filen skal bestå af linjer med „navn: værdi“ (schema:, id:, title:, cards: …) "
        "– ret opbygningen (se content/README.md)",
        "the file must consist of 'name: value' lines (schema:, id:, title:, cards: …) "
        "– fix its layout (see content/README.md)",
    ),
    "yaml_syntax": Text(
        "YAML-fejl ({problem}) – tjek indrykningen (mellemrum, ikke tabulator), "
        "og sæt tekst med kolon (:) eller # i anførselstegn",
        "YAML error ({problem}) – check the indentation (spaces, not tabs), "
        "and put text containing a colon (:) or # in quotes",
    ),
    "yaml_syntax_from": Text(
        "YAML-fejl ({problem}), som begynder på linje {start} – tjek indrykningen "
        "(mellemrum, ikke tabulator), og at anførselstegn og parenteser er lukket",
        "YAML error ({problem}), starting on line {start} – check the indentation "
        "(spaces, not tabs), and that quotes and brackets are closed",
    ),
    "duplicate_key": Text(
        "står to gange (første gang på linje {first_line}) – slet det ene",
        "appears twice (first on line {first_line}) – delete one of them",
    ),
    "duplicate_id": Text(
        "id'et „{id}“ bruges også af {other} – giv kortsættet et andet id",
        "the id '{id}' is also used by {other} – give this deck another id",
    ),
    # Fields.
    "missing": Text(
        "mangler – tilføj feltet",
        "is missing – add it",
    ),
    "unknown_key": Text(
        "ukendt felt – slet det eller ret stavningen (tilladte felter: {allowed})",
        "unknown field – delete it or correct the spelling (allowed fields: {allowed})",
    ),
    "unknown_key_suggest": Text(
        "ukendt felt – mente du „{suggestion}“? Slet det eller ret stavningen "
        "(tilladte felter: {allowed})",
        "unknown field – did you mean '{suggestion}'? Delete it or correct the spelling "
        "(allowed fields: {allowed})",
    ),
    "string_type": Text(
        'skal være tekst – sæt værdien i anførselstegn, fx number: "07" eller title: "Tal om: …"',
        'must be text – put the value in quotes, e.g. number: "07" or title: "Talk about: …"',
    ),
    "string_not_list": Text(
        "skal være én tekst, ikke en liste eller en gruppe af felter – skriv teksten "
        "efter kolon, eller under „felt: |“ for flere linjer",
        "must be one text, not a list or a group of fields – write the text after the "
        "colon, or under 'field: |' for several lines",
    ),
    "empty": Text(
        "er tom – skriv en tekst",
        "is empty – write a text",
    ),
    "empty_optional": Text(
        "er tom – skriv en tekst, eller slet feltet",
        "is empty – write a text, or delete the field",
    ),
    "empty_item": Text(
        "er tom – skriv en tekst, eller slet linjen",
        "is empty – write a text, or delete the line",
    ),
    "int_type": Text(
        "skal være et helt tal uden anførselstegn, fx 3",
        "must be a whole number without quotes, e.g. 3",
    ),
    "int_range": Text(
        "skal være et helt tal fra {min} til {max}",
        "must be a whole number from {min} to {max}",
    ),
    "minutes_range": Text(
        "skal være et helt antal minutter fra {min} til {max}",
        "must be a whole number of minutes from {min} to {max}",
    ),
    "seconds_range": Text(
        "skal være et helt antal sekunder fra {min} til {max}",
        "must be a whole number of seconds from {min} to {max}",
    ),
    "bool_type": Text(
        "skal være true eller false",
        "must be true or false",
    ),
    "list_type": Text(
        "skal være en liste – skriv hvert punkt på sin egen linje, der starter med „- “",
        "must be a list – write each item on its own line, starting with '- '",
    ),
    "mapping_type": Text(
        "skal være en gruppe af felter – skriv dem indrykket under, som „navn: værdi“",
        "must be a group of fields – write them indented below, as 'name: value'",
    ),
    "card_type": Text(
        "et kort skal være en gruppe af felter – skriv fx „- title: Kortets titel“",
        "a card must be a group of fields – write e.g. '- title: The card title'",
    ),
    "no_cards": Text(
        "skal have mindst ét kort – tilføj et kort under cards:",
        "must have at least one card – add a card under cards:",
    ),
    "too_short": Text(
        "skal have mindst {min_length} punkter",
        "must have at least {min_length} items",
    ),
    "bad_id": Text(
        "må kun have små bogstaver a–z, tal og „-“, og skal starte med et bogstav "
        "eller tal, fx min-workshop",
        "may only have lower-case letters a–z, digits and '-', and must start with a "
        "letter or digit, e.g. my-workshop",
    ),
    "bad_number": Text(
        'skal være kortets nummer med 1 til 3 cifre i anførselstegn, fx number: "07"',
        'must be the card\'s number, 1 to 3 digits in quotes, e.g. number: "07"',
    ),
    "bad_language": Text(
        "skal være en sprogkode med to små bogstaver: da eller en",
        "must be a language code of two lower-case letters: da or en",
    ),
    "pattern": Text(
        "har en form, der ikke er tilladt (mønster: {pattern}) – ret værdien",
        "has a form that is not allowed (pattern: {pattern}) – correct the value",
    ),
    "bad_schema": Text(
        "skal være {expected} – skriv „schema: {expected}“ (programmet kender kun den)",
        "must be {expected} – write 'schema: {expected}' (the only one the program knows)",
    ),
    "literal": Text(
        "skal være en af: {expected}",
        "must be one of: {expected}",
    ),
    "text_too_long": Text(
        "er for lang ({length} tegn; højst {max}) – skriv kortere, eller del teksten på flere kort",
        "is too long ({length} characters; at most {max}) – write less, or spread the "
        "text over several cards",
    ),
    "does_not_fit": Text(
        "passer ikke på kortet ved {size}, heller ikke med den mindste skrift, og løber ud "
        "over fodlinjen eller kortets kant – skriv kortere, eller flyt noget til et andet kort",
        "does not fit on the card at {size}, not even in the smallest type, and runs over "
        "the footer or the card's edge – write less, or move some of it to another card",
    ),
    "word_too_wide": Text(
        "ordet „{word}“ er bredere end kortet ved {size} og bliver skåret over – del det "
        "med mellemrum eller bindestreg og mellemrum, eller forkort det",
        "the word '{word}' is wider than the card at {size} and is cut off – break it "
        "with a space (or a hyphen and a space), or shorten it",
    ),
    "raw_html": Text(
        "må ikke indeholde HTML – brug **fed** eller *kursiv*",
        "must not contain HTML – use **bold** or *italic*",
    ),
    "numbers_mixed": Text(
        "har intet nummer, men andre kort har – giv alle kort et nummer, eller ingen",
        "has no number, but other cards do – give every card a number, or none",
    ),
    "number_duplicate": Text(
        "nummer {number} bruges også af {first} (linje {first_line}) – "
        "giv hvert kort sit eget nummer",
        "number {number} is also used by {first} (line {first_line}) – "
        "give every card its own number",
    ),
    # Translations (deck.en.yaml beside deck.yaml), compared with the deck they translate.
    "translation_of_other": Text(
        "skal være id'et på kortsættet i {deck_file}: „{id}“ – skriv „translation_of: {id}“",
        "must be the id of the deck in {deck_file}: '{id}' – write 'translation_of: {id}'",
    ),
    "translation_language_file": Text(
        "skal være „{expected}“ som i filnavnet {file} – ret sproget, eller omdøb filen",
        "must be '{expected}', as in the file name {file} – correct the language, or "
        "rename the file",
    ),
    "translation_same_language": Text(
        "er kortsættets eget sprog ({language}) – en oversættelse skal være til et andet sprog",
        "is the deck's own language ({language}) – a translation must be into another language",
    ),
    "translation_card_missing": Text(
        'kort {card} ({title}) i {deck_file} er ikke oversat – tilføj det her med number: "{card}"',
        "card {card} ({title}) of {deck_file} is not translated – add it here with "
        'number: "{card}"',
    ),
    "translation_card_missing_position": Text(
        "kort nr. {card} ({title}) i {deck_file} er ikke oversat – tilføj det her, som "
        "kort nr. {card}; kortene parres i rækkefølge",
        "card no. {card} ({title}) of {deck_file} is not translated – add it here as "
        "card no. {card}; cards are matched in order",
    ),
    "translation_card_extra": Text(
        "{deck_file} har intet kort {number} – slet kortet her, eller ret nummeret",
        "{deck_file} has no card {number} – delete this card, or correct its number",
    ),
    "translation_card_extra_position": Text(
        "{deck_file} har kun {count} kort – slet dette kort; kortene parres i rækkefølge",
        "{deck_file} has only {count} cards – delete this card; cards are matched in order",
    ),
    "translation_number_needed": Text(
        'mangler nummeret på det kort, det oversætter – skriv fx number: "{example}"',
        'lacks the number of the card it translates – write e.g. number: "{example}"',
    ),
    "translation_number_unused": Text(
        "kortene i {deck_file} har ingen numre, så kortene parres i rækkefølge – slet nummeret",
        "the cards in {deck_file} have no numbers, so cards are matched in order – "
        "delete the number",
    ),
    "translation_field_extra": Text(
        "{deck_file} har ikke denne tekst her – slet den; en oversættelse oversætter kun "
        "det, der står i {deck_file}",
        "{deck_file} has no such text here – delete it; a translation only translates "
        "what {deck_file} has",
    ),
    "translation_count": Text(
        "skal have {expected} punkter som i {deck_file}, ikke {count} – oversæt hvert "
        "punkt for sig",
        "must have {expected} items, as in {deck_file}, not {count} – translate each "
        "item on its own",
    ),
    "invalid": Text(
        "er ugyldig ({detail}) – ret værdien",
        "is not valid ({detail}) – correct the value",
    ),
}


def message(code: str, lang: str = DEFAULT_LANGUAGE, params: dict[str, Any] | None = None) -> str:
    """The 'what to fix' text for `code`, in `lang` (Danish if unknown)."""
    if code not in MESSAGES:
        return MESSAGES["invalid"].format(lang, **{"detail": code, **(params or {})})
    return MESSAGES[code].format(lang, **(params or {}))


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
