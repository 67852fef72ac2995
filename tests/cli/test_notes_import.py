"""`kompas-kiosk notes import FILE… [--workshop NAME]` and `notes export --format json`."""

from __future__ import annotations

import json
from pathlib import Path

from kompas_kiosk.cli.main import main
from kompas_kiosk.cli.notes import store_path
from kompas_kiosk.core.notes.store import NotesStore
from tests.helpers.stubs import FakeWallClock

DECK = "samarbejdskompasset"


def a_kiosk(folder: Path, room: str, texts: list[str], name: str = "Borgermøde") -> Path:
    with NotesStore.open(store_path(folder), FakeWallClock(tick=90), room=room) as store:
        workshop = store.create_session(DECK, name, "Rådhuset")
        for i, text in enumerate(texts):
            store.add_note(workshop.id, text, DECK, "07" if i else None, group=str(i % 2 + 1))
    return folder


def export_json(folder: Path, target: Path, capsys) -> Path:
    argv = ["notes", "export", "--format", "json", "--data-dir", str(folder), "-o", str(target)]
    assert main(argv) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip() == str(target)
    return target


def test_two_rooms_exported_as_json_are_merged_on_a_third_kiosk(tmp_path, capsys):
    room_a = a_kiosk(tmp_path / "a", "Sal 1", ["æøå fra sal 1", "mere fra sal 1"])
    room_b = a_kiosk(tmp_path / "b", "Sal 2", ["fra sal 2"])
    files = [export_json(room_a, tmp_path / "a.json", capsys)]
    files.append(export_json(room_b, tmp_path / "b.json", capsys))
    organiser = tmp_path / "c"
    argv = ["notes", "import", *map(str, files), "--data-dir", str(organiser)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out == "Workshop 1: Borgermøde\n3 noter importeret, 0 fandtes allerede.\n"
    assert main([*argv, "--lang", "en"]) == 0  # twice: nothing twice
    assert capsys.readouterr().out.endswith("0 notes imported, 3 were already there.\n")
    with NotesStore.open(store_path(organiser)) as store:
        notes = store.notes(1)
    assert sorted((n.room, n.group, n.text) for n in notes) == [
        ("Sal 1", "1", "æøå fra sal 1"),
        ("Sal 1", "2", "mere fra sal 1"),
        ("Sal 2", "1", "fra sal 2"),
    ]
    merged = export_json(organiser, tmp_path / "c.json", capsys)
    workshop = json.loads(merged.read_text("utf-8"))["workshops"][0]
    assert (workshop["name"], workshop["place"]) == ("Borgermøde", "Rådhuset")
    assert len(workshop["notes"]) == 3


def test_workshop_name_on_the_command_line_takes_every_file(tmp_path, capsys):
    room_a = a_kiosk(tmp_path / "a", "Sal 1", ["morgen"], name="Morgen")
    export_json(room_a, tmp_path / "a.json", capsys)
    argv = ["notes", "import", str(tmp_path / "a.json"), "--data-dir", str(tmp_path / "c")]
    assert main([*argv, "--workshop", "  Hele   dagen "]) == 0
    assert capsys.readouterr().out.startswith("Workshop 1: Hele dagen\n1 noter importeret")
    assert main([*argv, "--workshop", "   "]) == 2  # a name is needed
    assert "Giv workshoppen et navn" in capsys.readouterr().err


def test_a_bad_file_is_reported_as_file_line_and_nothing_is_imported(tmp_path, capsys):
    room_a = a_kiosk(tmp_path / "a", "Sal 1", ["en", "to"])
    good = export_json(room_a, tmp_path / "a.json", capsys)
    bad = tmp_path / "b.json"
    bad.write_text(good.read_text("utf-8").replace('"phase": "card"', '"phase": "kort"', 1))
    organiser = tmp_path / "c"
    argv = ["notes", "import", str(good), str(bad), "--data-dir", str(organiser)]
    assert main([*argv, "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f'{bad}:11: unknown phase "kort"; use card / exercise',
        "kompas-kiosk: Nothing was imported.",
    ]
    assert not store_path(organiser).exists()  # not even an empty store is made


def test_export_json_is_a_format_of_its_own_and_from_the_file_name(tmp_path, capsys):
    room_a = a_kiosk(tmp_path / "a", "Sal 1", ["en"])
    target = tmp_path / "noter.json"
    assert main(["notes", "export", "--data-dir", str(tmp_path / "a"), "-o", str(target)]) == 0
    assert json.loads(target.read_text("utf-8"))["format"] == "kompas-kiosk notes"
    assert main(["notes", "export", "--data-dir", str(room_a), "-o", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip().endswith(".md")
