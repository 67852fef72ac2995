"""The language of messages: Danish first, English second.

The UI speaks through Qt's own tools (`self.tr`, `kompas_kiosk/i18n/*.ts`). Core has no Qt, so its
messages are `Text` values: one message in both languages, side by side, formatted for the
language asked for. That is the one way core (and the command line) speaks two languages: no
catalogues of dicts, no inline `if lang == "en"`.
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"


def language(lang: str | None) -> str:
    """`lang` if the kiosk speaks it, otherwise Danish."""
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class _Params(dict[str, Any]):
    """Leaves a placeholder visible rather than failing when a detail is missing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Text(NamedTuple):
    """One message in Danish and English. `{name}` placeholders are filled by `format`; a float
    is written with the language's decimal sign (`decimal`)."""

    da: str
    en: str

    def format(self, lang: str | None = DEFAULT_LANGUAGE, /, **params: Any) -> str:
        """The message in `lang` (Danish when unknown), with `params` filled in; a missing
        parameter stays visible as `{name}` rather than failing."""
        template = self.en if language(lang) == "en" else self.da
        if not params:
            return template
        shown = {
            name: decimal(v, lang) if isinstance(v, float) else v for name, v in params.items()
        }
        return template.format_map(_Params(shown))


def decimal(value: float, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """A number as the language writes it: "0,5" in Danish, "0.5" in English (`Text.format`
    writes every float it is given so)."""
    written = f"{value:g}"
    return written.replace(".", ",") if language(lang) == "da" else written


def detect_language(environ: dict[str, str] | None = None) -> str:
    """'en' when the system's locale asks for English, otherwise Danish."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "da"
    return "da"
