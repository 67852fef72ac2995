"""The look of the room screen: its colours (`colors`), its font and type scale (`typescale`) and
its spacing scale (`spacing`).

Sizes are in units of 1% of the screen's short side: the same panel turned to portrait has the same
pixels per millimetre, so text legible at a distance in landscape stays legible in portrait.
"""
