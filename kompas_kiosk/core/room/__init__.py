"""The room: navigation, the key table, what the room shows (saved state), legibility."""
