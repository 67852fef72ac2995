"""The UI's English: every translatable string is in the committed .ts, translated, and the
compiled file is used; a missing one leaves the kiosk in Danish with a warning."""

import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kompas_kiosk.core import resources
from kompas_kiosk.ui.application import install_translation

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "kompas_kiosk" / "i18n" / "kompas_kiosk_en.ts"
BIN = Path(sys.executable).parent


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("obsolete", "vanished")
    }


def test_every_string_in_the_code_is_in_the_committed_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "kompas_kiosk").rglob("*.py"))
    subprocess.run(
        [
            BIN / "pyside6-lupdate",
            *files,
            "-source-language",
            "da",
            "-target-language",
            "en",
            "-ts",
            fresh,
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    missing = sources(fresh) - sources(TS)
    assert not missing, (
        f"strings missing from {TS.name}: {sorted(missing)}; run tools/update_translations.sh "
        "and translate them"
    )


def test_the_ts_compiles_with_everything_translated(tmp_path):
    result = subprocess.run(
        [BIN / "pyside6-lrelease", TS, "-qm", tmp_path / "en.qm"],
        check=True,
        capture_output=True,
        text=True,
    )
    finished = re.search(r"(\d+) finished and (\d+) unfinished", result.stdout + result.stderr)
    assert finished, result.stdout + result.stderr
    assert int(finished.group(1)) > 50 and finished.group(2) == "0"
    for message in ET.parse(TS).iter("message"):
        translation = message.find("translation")
        texts = [translation.text] + [form.text for form in translation.iter("numerusform")]
        assert any(texts), f"untranslated: {message.findtext('source')}"


def test_the_translation_speaks_english(tmp_path):
    qm = tmp_path / "en.qm"
    subprocess.run([BIN / "pyside6-lrelease", TS, "-qm", qm], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("DeckChooser", "Vælg kortsæt") == "Choose a deck"
    assert translator.translate("RoomWindow", "Kortsættene er indlæst igen") == (
        "The decks have been reloaded"
    )


def test_a_missing_translation_falls_back_to_danish_with_one_warning(
    qapp, tmp_path, monkeypatch, caplog
):
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(qapp, "_kompas_translator", None, raising=False)
    with caplog.at_level(logging.WARNING):
        assert not install_translation(qapp, "en")
    warnings = [r for r in caplog.records if "translation" in r.getMessage()]
    assert len(warnings) == 1 and "Danish" in warnings[0].getMessage()


@pytest.mark.parametrize("damaged", [b"", b"not a qm file at all"])
def test_a_damaged_translation_falls_back_too(qapp, tmp_path, monkeypatch, damaged):
    (tmp_path / "kompas_kiosk_en.qm").write_bytes(damaged)
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(qapp, "_kompas_translator", None, raising=False)
    assert not install_translation(qapp, "en")
