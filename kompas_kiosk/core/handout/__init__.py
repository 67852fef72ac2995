"""Handouts: the notes as Markdown, CSV and HTML."""
