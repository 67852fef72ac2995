"""The exercise screen: its face, the disc, the running session, ticker and chime."""
