"""Test doubles shared by the whole suite: `stubs` (plain Python) and `qt_stubs` (needs Qt)."""
