"""Kompas Kiosk: an offline facilitation kiosk for Samarbejdskompasset workshops."""

__version__ = "0.1.0"
