"""Shared test set-up. Qt runs offscreen unless a test gives it a display of its own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "da_DK.UTF-8")


import sys  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _one_language_per_test():
    """A test that shows the kiosk in English installs the translation in the one shared
    QApplication; take it out again so the next test sees the Danish source strings."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    translator = getattr(app, "_kompas_translator", None) if app is not None else None
    if translator is not None:
        app.removeTranslator(translator)
        app._kompas_translator = None
