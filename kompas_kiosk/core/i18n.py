"""The language of messages: Danish first, English second."""

from __future__ import annotations

import os

LANGUAGES = ("da", "en")


def detect_language(environ: dict[str, str] | None = None) -> str:
    """'en' when the system's locale asks for English, otherwise Danish."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "da"
    return "da"
