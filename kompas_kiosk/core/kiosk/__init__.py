"""The unattended town-hall screen: the attract loop's schedule."""
