"""The two kinds of trouble the command line reports in one line, not with a traceback.

A leaf module, so that every layer can raise them without importing the composition root.
"""

from __future__ import annotations


class UsageError(Exception):
    """A mistake on the command line: printed as one line, exit code 2."""


class EnvironmentProblem(Exception):  # noqa: N818 - a problem, not an error of ours
    """Something about the machine that stops the kiosk: printed as one line, exit code 1."""
