"""Decks: the content model, its YAML format, validation, translations, loading and checking."""
