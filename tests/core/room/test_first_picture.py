"""The first picture's key: the same start gives the same key, anything that could change the
first frame gives another (and a picture under another key is never shown)."""

import os

import pytest

from kompas_kiosk.core.room import first_picture as parts


def test_the_key_is_the_same_for_the_same_parts_in_any_order():
    one = parts.picture_key({"content": "abc", "settings": b"[General]\n", "screen": "HDMI-1"})
    two = parts.picture_key({"screen": "HDMI-1", "settings": b"[General]\n", "content": "abc"})
    assert one == two


@pytest.mark.parametrize(
    "changed",
    [
        {"content": "abd"},
        {"settings": b"[General]\ntheme=high-contrast\n"},
        {"screen": "HDMI-2"},
        {"state": b"present\n{}"},  # a part more
    ],
)
def test_any_changed_part_changes_the_key(changed):
    start = {"content": "abc", "settings": b"[General]\n", "screen": "HDMI-1"}
    assert parts.picture_key(start) != parts.picture_key({**start, **changed})


def test_parts_do_not_run_into_each_other():
    assert parts.picture_key({"a": "bc", "d": ""}) != parts.picture_key({"a": "b", "d": "c"})


def test_a_missing_file_is_not_an_empty_one(tmp_path):
    empty = tmp_path / "settings.ini"
    empty.write_bytes(b"")
    assert parts.file_bytes(empty) != parts.file_bytes(tmp_path / "none.ini")


def test_a_card_changed_by_one_letter_changes_the_content(tmp_path):
    deck = tmp_path / "deck" / "deck.yaml"
    deck.parent.mkdir()
    deck.write_text("title: Samarbejde\n", encoding="utf-8")
    before = parts.content_digest([tmp_path])
    assert parts.content_digest([tmp_path]) == before
    deck.write_text("title: Samarbejdet\n", encoding="utf-8")
    assert parts.content_digest([tmp_path]) != before


def test_a_translation_added_changes_the_content(tmp_path):
    (tmp_path / "deck.yaml").write_text("id: a\n", encoding="utf-8")
    before = parts.content_digest([tmp_path])
    (tmp_path / "deck.en.yaml").write_text("id: a\n", encoding="utf-8")
    assert parts.content_digest([tmp_path]) != before


def test_changed_code_changes_the_stamp_but_bytecode_does_not(tmp_path):
    module = tmp_path / "card_face.py"
    module.write_text("x = 1\n", encoding="utf-8")
    before = parts.code_stamp([tmp_path])
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "card_face.cpython-311.pyc").write_bytes(b"\0")
    assert parts.code_stamp([tmp_path]) == before
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert parts.code_stamp([tmp_path]) != before


def test_the_locale_is_part_of_it():
    assert parts.environment({"LANG": "da_DK.UTF-8"}) != parts.environment({"LANG": "en_GB.UTF-8"})
