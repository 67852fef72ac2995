"""The command line: run (default), check, render, notes, set-pin, the smoke test."""
