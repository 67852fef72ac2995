"""Shared test set-up. Qt runs offscreen unless a test gives it a display of its own."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The kiosk allows one instance per user through a lock in the temporary folder: give this test
# run a folder of its own, so a kiosk running on the machine (or another test run) is not met.
os.environ["TMPDIR"] = tempfile.mkdtemp(prefix="kompas-kiosk-tests-")
os.chmod(os.environ["TMPDIR"], 0o1777)  # like /tmp: the bundle tests run a copy as 'nobody'
tempfile.tempdir = None
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


@pytest.fixture
def fake_clock():
    """A clock in seconds at 1000.0 that moves only when the test calls `advance`."""
    from tests.helpers.stubs import FakeClock

    return FakeClock()
