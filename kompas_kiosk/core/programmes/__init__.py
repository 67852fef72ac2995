"""Programmes: a workshop or a talk as an ordered list of timed steps (slides, cards, exercises,
the plenum, breaks), read from `content/programmes/<id>/programme.yaml`."""
