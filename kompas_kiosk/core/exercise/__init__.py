"""The group exercise: the countdown and the chime's sound."""
