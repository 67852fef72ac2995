"""Plain-Python domain logic: content, navigation, countdown, notes. Never imports Qt."""
