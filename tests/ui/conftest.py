from pathlib import Path

import pytest

from kompas_kiosk.core import resources
from kompas_kiosk.core.loader import LoadedDeck, load_decks


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp):
    from kompas_kiosk import app

    app.application()


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
