"""Drawing without a display: `render` and `check --room`."""
