"""Shared test set-up. Qt runs offscreen unless a test gives it a display of its own."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "da_DK.UTF-8")
