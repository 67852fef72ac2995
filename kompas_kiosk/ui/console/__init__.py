"""The presenter console and which window goes on which screen."""
