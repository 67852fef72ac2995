"""The README's key table is the key table."""

from pathlib import Path

from kompas_kiosk.core.room import keymap
from kompas_kiosk.core.room.keys_doc import markdown_table

README = Path(__file__).resolve().parents[3] / "README.md"


def test_readme_key_table_is_current():
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- keys:start -->\n") + len("<!-- keys:start -->\n")
    end = text.index("<!-- keys:end -->")
    assert text[start:end] == markdown_table(), (
        "README.md's key table is out of date: replace it with the output of "
        "`python -m kompas_kiosk.core.room.keys_doc --update README.md`"
    )


def test_every_binding_is_described_in_both_languages():
    for binding in keymap.BINDINGS:
        assert binding.da and binding.en and binding.keys
        assert binding.describe("en") == binding.en
        assert binding.describe("da") == binding.da
