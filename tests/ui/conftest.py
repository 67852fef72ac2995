import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QWidget

from kompas_kiosk.core import resources
from kompas_kiosk.core.decks.loader import load_decks
from kompas_kiosk.core.decks.model import LoadedDeck
from tests.helpers.qt_stubs import ShortcutWindow

TS = Path(__file__).resolve().parents[2] / "kompas_kiosk" / "i18n" / "kompas_kiosk_en.ts"


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    from kompas_kiosk.ui.application import application

    application()


@pytest.fixture(scope="session")
def bundled() -> list[LoadedDeck]:
    return load_decks([resources.content_dir()])


@pytest.fixture
def write_deck(tmp_path: Path):
    def write(folder: str, text: str) -> Path:
        path = tmp_path / folder / "deck.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def english(qapp, tmp_path: Path):
    """The UI in English for one test: the committed .ts compiled and installed on qapp, as the
    kiosk does with language=en; removed again after the test."""
    qm = tmp_path / "kompas_kiosk_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([lrelease, TS, "-qm", qm], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def shortcut_window(qtbot):
    """Make an active ShortcutWindow with its view in focus."""

    def make(key: str, view: QWidget | None = None, size=(1280, 720)) -> ShortcutWindow:
        window = ShortcutWindow(key, view)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.setFocus()
        return window

    return make
