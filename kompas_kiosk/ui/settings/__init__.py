"""settings.ini and the settings page."""
