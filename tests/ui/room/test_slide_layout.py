"""Slides on the room screen: the quote's marks follow the programme's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF

from kompas_kiosk.core.programmes.model import Slide
from kompas_kiosk.ui.room.slide_layout import layout_slide

QUOTE = Slide(layout="quote", text="Grundlæggende …", attribution="Byrådet i Aarhus")


@pytest.mark.parametrize(("lang", "marks"), [("da", ("”", "”")), ("en", ("“", "”"))])
def test_a_quote_is_set_in_the_marks_of_its_language(qapp, lang, marks) -> None:
    layout = layout_slide(QUOTE, QSizeF(1920, 1080), lang)
    texts = [document.toPlainText() for document, _, _ in layout.texts]
    quoted = next(text for text in texts if "Grundlæggende" in text)
    assert quoted.startswith(marks[0]) and quoted.endswith(marks[1]), quoted
