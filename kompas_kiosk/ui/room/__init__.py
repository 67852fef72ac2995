"""The room screen: the window and its views (card, chooser, overview, blank, message)."""
