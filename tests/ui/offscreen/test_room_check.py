"""`check --room`: every face of every card laid out for the room's screen, and the report."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF

from kompas_kiosk.core import resources
from kompas_kiosk.core.room.legibility import CAP_HEIGHT_EM
from kompas_kiosk.ui.offscreen.room_check import measure_faces, run_room_check
from kompas_kiosk.ui.theme import typescale

CONTENT = [resources.content_dir()]
FACES = 24  # 07 front, back, exercise; 4 directions; 5 lessons: 12 faces, in Danish and English

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
    assert lines[-1] == f"OK all {FACES} faces: smallest text 27.0 px – readable to 2.9 m"


def test_8_metres_from_65_inches_names_every_face_below(bundled) -> None:
    code, lines = room_check("65in,8m")
    assert code == 1
    assert lines[1] == (
        "AVIXA DISCAS basic decision making: smallest element 40.0 mm (8.0 m / 200) = 53.4 px; "
        "text is measured by its cap height (0.727 of the font size in Inter), so text needs a "
        "font size of at least 73.4 px (6.8% of the screen height)"
    )
    below = [line for line in lines if line.startswith("BELOW ")]
    # The heading over a card ('PRINCIP 07') is the type scale's HEADING: 3% of 1080 = 32.4 px.
    assert below[0] == (
        "BELOW samarbejdskompasset · Princip 07 (da) front: 32.4 px «PRINCIP 07» – readable "
        "to 3.5 m"
    )
    assert "BELOW samarbejdskompasset · Principle 07 (en) exercise: 32.4 px" in "\n".join(below)
    assert (
        "BELOW aarhuskompasset · Listen (en) front: 60.5 px «Who should we listen to in order "
        "to understand…» – readable to 6.6 m"
    ) in below
    assert below[-1] == (
        "BELOW the footer (the deck's name and the card's place) on every card: 27.0 px – "
        "readable to 2.9 m"
    )
    assert len(below) == FACES + 1
    assert lines[-1].startswith(
        f"{FACES} of {FACES} faces have card text below the minimum, and the footer is below on "
        "every card. The cards' text can be read to 3.5 m, the footer to 2.9 m; for 8.0 m the "
        'screen must be at least 147"'
    )


def test_danish_report(bundled) -> None:
    code, lines = room_check("165cm,3m", "da")
    assert code == 1
    assert lines[0].startswith("Rum: 165 cm-skærm (16:9, liggende), 808,9 mm høj")
    assert lines[2] == (
        "UNDER fodlinjen (kortsættets navn og kortets plads) på alle kort: 27,0 px – kan læses "
        "til 2,9 m"
    )
    assert lines[3].startswith("0 af 24 flader har kortets egen tekst under minimum, og")


def test_a_long_text_at_the_floor_is_reported_with_its_words(write_deck) -> None:
    text = " ".join(["Vi skal turde dele det halvfærdige med dem, det handler om."] * 40)
    path = write_deck("lang", LONG_DECK.format(text=text))
    code, lines = room_check("65in,3m", paths=[path])
    assert code == 1
    assert lines[2] == (
        "BELOW lang · 01 (da) front: 27.0 px «Vi skal turde dele det halvfærdige med dem, det…» "
        "– readable to 2.9 m"
    )


def test_the_resolution_and_orientation_set_the_pixels(bundled) -> None:
    faces = list(measure_faces(bundled, (3840, 2160)))
    assert len(faces) == FACES
    assert all(face.footer_px == pytest.approx(2.5 * 21.6) for face in faces)
    code, lines = room_check("65in,4m", size="3840x2160")
    assert lines[0].endswith("3840x2160 px; farthest viewer 4.0 m")
    assert "front: 64.8 px «PRINCIP 07» – readable to 3.5 m" in lines[2], "3% of 2160"
    assert "on every card: 54.0 px – readable to 2.9 m" in lines[-2], "2.5% of 2160"
    portrait = list(measure_faces(bundled, (1080, 1920)))
    assert all(face.footer_px == pytest.approx(27.0) for face in portrait)
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
    assert all(face.content_px >= floor - 0.5 for face in faces), "never under the floor"


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
    assert lines[2] == (
        "ERROR brudt: the deck has problems and was not measured – run kompas-kiosk check"
    )
    assert lines[-1].startswith(f"OK all {FACES} faces")


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
        line.startswith(f"{deck}:16: cards[0].reminders: does not fit on the card at 1920x")
        for line in lines
    ), lines
