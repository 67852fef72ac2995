"""Guards the Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call of
a void method (setEnabled, update, setText …), which crashes Python 3.11 after a few thousand
key presses ('none_dealloc'). pyproject.toml excludes that release; this test catches another."""

import sys

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    action = QAction("x", label)
    before = sys.getrefcount(None)
    for i in range(500):
        action.setEnabled(i % 2 == 0)
        label.setText("x")
        label.update()
    assert sys.getrefcount(None) - before > -50
