"""`check --room`: every face of every card laid out for the room's screen, and the report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF

from kompas_kiosk.core import resources
from kompas_kiosk.core.room.legibility import CAP_HEIGHT_EM, parse_room
from kompas_kiosk.core.room.text_roles import Role
from kompas_kiosk.ui.offscreen.room_check import measure_faces, run_room_check
from kompas_kiosk.ui.theme import typescale

CONTENT = [resources.content_dir()]
FACES = 24  # 07 front, back, exercise; 4 directions; 5 lessons: 12 faces, in Danish and English
SLIDES = 44  # the slides of din-2024, 22 in each language

LONG_DECK = """\
schema: 1
id: lang
title: Lang tekst
cards:
  - number: "01"
    title: Et kort med meget tekst
    text: |
      {text}
"""


def room_check(spec: str, lang: str = "en", size: str | None = None, paths=None):
    out = io.StringIO()
    code = run_room_check(CONTENT if paths is None else paths, spec, lang, out, size)
    return code, out.getvalue().splitlines()


def test_inters_cap_height_is_the_one_the_numbers_use() -> None:
    metrics = QFontMetricsF(typescale.font(1000))
    assert metrics.capHeight() / 1000 == pytest.approx(CAP_HEIGHT_EM, abs=0.002)


def test_a_small_room_passes(bundled) -> None:
    code, lines = room_check("65in,2.5m")
    assert code == 0
    assert lines[0] == (
        'Room: 65" screen (16:9, landscape), 809.4 mm high, 1920x1080 px; farthest viewer 2.5 m'
    )
    assert lines[-1].startswith(f"OK all {FACES + SLIDES} faces")


def test_65_inches_from_8_metres_passes_with_the_size_and_reach_of_every_role(bundled) -> None:
    code, lines = room_check("65in,8m")
    assert lines[1] == (
        "AVIXA DISCAS basic decision making: smallest element 40.0 mm (8.0 m / 200) = 53.4 px; "
        "text is measured by its cap height (0.727 of the font size in Inter), so text needs a "
        "font size of at least 73.4 px (6.8% of the screen height)"
    )
    assert lines[2] == (
        "Read by everyone (title, question, text, steps, countdown): at least 73.4 px, to 8.0 m; "
        "labels and footer: at least 36.7 px, to 4.0 m (half the room)"
    )
    assert code == 0, [line for line in lines if line.startswith(("BELOW", "DOES NOT"))]
    assert (
        "samarbejdskompasset · Princip 07 (da) front page 1/5: title 97.2 px to 10.6 m · "
        "question 73.4 px to 8.0 m · countdown 73.4 px to 8.0 m · label 36.7 px to 4.0 m · "
        "footer 36.7 px to 4.0 m"
    ) in lines
    assert (
        "samarbejdskompasset · Princip 07 (da) front page 2/5: text 73.4 px to 8.0 m · "
        "countdown 73.4 px to 8.0 m · label 36.7 px to 4.0 m · footer 36.7 px to 4.0 m"
    ) in lines
    exercise = next(line for line in lines if "(en) exercise:" in line)
    assert "steps 73.4 px to 8.0 m" in exercise and "countdown 194.4 px to 21.2 m" in exercise
    slides = [line for line in lines if line.startswith("din-2024 · ")]
    assert any("(da) slide page 2/5: text 73.4 px to 8.0 m" in line for line in slides)
    assert len({line.split(" page ")[0] for line in slides}) == 2 * SLIDES // 2
    assert lines[-1].startswith(f"OK all {FACES + SLIDES} faces (")
    assert lines[-1].endswith("every role is readable where it must be")


def test_danish_report(bundled) -> None:
    code, lines = room_check("165cm,8m", "da")
    assert code == 0
    assert lines[0].startswith("Rum: 165 cm-skærm (16:9, liggende), 808,9 mm høj")
    assert lines[2].startswith("Læses af alle (titel, spørgsmål, tekst, trin, nedtælling): mindst")
    assert any(
        line.endswith(
            "side 2/5: tekst 73,5 px til 8,0 m · nedtælling 73,5 px til 8,0 m · "
            "mærkat 36,7 px til 4,0 m · fodlinje 36,7 px til 4,0 m"
        )
        for line in lines
    )
    assert lines[-1].startswith(f"OK alle {FACES + SLIDES} flader (")


def test_a_deck_made_to_fail_names_the_face_and_the_reason(write_deck) -> None:
    title = " ".join(["Et meget langt kort"] * 30)
    text = "Kort tekst."
    deck = LONG_DECK.format(text=text).replace("Et kort med meget tekst", title)
    path = write_deck("lang", deck)
    code, lines = room_check("65in,8m", paths=[path])
    assert code == 1
    assert (
        "DOES NOT FIT lang · 01 (da) front page 1/2: the text runs off the card at the "
        "room's size" in lines
    ), lines
    assert lines[-1] == "1 of 2 faces are not readable where they must be, or do not fit"


def test_a_long_text_is_paged_not_shrunk(write_deck) -> None:
    text = " ".join(["Vi skal turde dele det halvfærdige med dem, det handler om."] * 40)
    path = write_deck("lang", LONG_DECK.format(text=text))
    code, lines = room_check("65in,8m", paths=[path])
    assert code == 0
    pages = [line for line in lines if line.startswith("lang · 01 (da) front page ")]
    assert len(pages) > 5
    assert all("text 73.4 px to 8.0 m" in line for line in pages[1:])


def test_the_resolution_and_orientation_set_the_pixels(bundled) -> None:
    room = parse_room("65in,4m")
    faces = list(measure_faces(bundled, (3840, 2160), room=room))
    assert len({(f.deck_id, f.language, f.card, f.face) for f in faces}) == FACES
    footers = [face.roles[Role.FOOTER].px for face in faces if Role.FOOTER in face.roles]
    assert all(px == pytest.approx(2.5 * 21.6) for px in footers), "4 m: today's footer is enough"
    code, lines = room_check("65in,4m", size="3840x2160")
    assert lines[0].endswith("3840x2160 px; farthest viewer 4.0 m")
    assert code == 0
    _, lines = room_check("65in,4m,portrait")
    assert "(16:9, portrait), 1439.0 mm high, 1080x1920 px" in lines[0]


def test_every_face_in_every_language(bundled) -> None:
    faces = list(measure_faces(bundled, (1920, 1080)))
    assert {(face.deck_id, face.language) for face in faces} == {
        (deck, language)
        for deck in ("samarbejdskompasset", "aarhuskompasset", "laering-2023")
        for language in ("da", "en")
    }
    assert [face.face for face in faces if face.deck_id == "samarbejdskompasset"] == [
        "front",
        "back",
        "exercise",
    ] * 2
    floor = typescale.FLOOR * 10.8
    assert all(face.smallest_px >= floor - 0.5 for face in faces), "never under the floor"


def test_a_bad_room_is_exit_code_2(bundled) -> None:
    assert room_check("65in") == (
        2,
        [
            "--room: give the screen's diagonal and the farthest viewer, separated by a comma, "
            'e.g. "65in,8m" or "165cm,8m,portrait"'
        ],
    )
    assert room_check("65in,8m", size="4k")[0] == 2
    code, lines = room_check("65in,8m", "da", size="1920x1200")
    assert code == 2 and lines[0].startswith("--room: opløsningen 1920x1200 er ikke 16:9")


def test_a_broken_deck_is_named_and_fails(write_deck) -> None:
    broken = write_deck("brudt", "schema: 1\nid: brudt\ncards: []\n")
    code, lines = room_check("65in,2m", paths=[broken, *CONTENT])
    assert code == 1
    assert lines[3] == (
        "ERROR brudt: the deck has problems and was not measured – run kompas-kiosk check"
    )
    assert lines[-1].startswith(f"OK all {FACES + SLIDES} faces")


def test_no_decks(tmp_path: Path) -> None:
    code, lines = room_check("65in,2m", paths=[tmp_path / "nothing"])
    assert code == 1 and lines[-1] == "No decks to measure"


def test_text_that_does_not_fit_fails_the_room_check_too(tmp_path) -> None:
    from tests.core.conftest import VALID_DECK

    reminders = "".join(f"      - Husker vi punkt nummer {n} i dag?\n" for n in range(40))
    deck = tmp_path / "deck" / "deck.yaml"
    deck.parent.mkdir()
    deck.write_text(VALID_DECK.replace("      - Husker vi det?\n", reminders, 1), encoding="utf-8")
    code, lines = room_check("65in,2.5m", paths=[deck])
    assert code == 1
    assert any(
        line.startswith("DOES NOT FIT ")
        and line.endswith(" back: the text runs off the card at the room's size")
        for line in lines
    ), lines
