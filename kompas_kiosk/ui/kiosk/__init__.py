"""Kiosk mode and the unattended screen's services: PIN pad, screensaver, cursor, one instance."""
