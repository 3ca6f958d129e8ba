"""Errors meant for people: each says what was wrong, where, and what to do."""
from __future__ import annotations

import difflib
from typing import Iterable


class CoachError(Exception):
    """Base of every error the command line and the app show to a user as-is."""


class DataFileError(CoachError):
    """A persona, scenario or rubric file is malformed. Names the file, the field and the fix."""

    def __init__(self, path: str, field: str, problem: str, fix: str = ""):
        self.path, self.field, self.problem, self.fix = str(path), field, problem, fix
        where = f"{self.path}: {field}" if field else self.path
        super().__init__(f"{where}: {problem}" + (f" — {fix}" if fix else ""))


class UnknownIdError(CoachError):
    """An id (persona, scenario, rubric, backend) that does not exist; suggests close matches."""

    def __init__(self, kind: str, given: str, known: Iterable[str]):
        known = sorted(known)
        close = difflib.get_close_matches(given, known, n=3, cutoff=0.5)
        hint = f"did you mean {', '.join(close)}?" if close else f"known {kind}s: {', '.join(known) or '(none)'}"
        super().__init__(f"unknown {kind} '{given}': {hint}")
        self.kind, self.given, self.suggestions = kind, given, close


class InputError(CoachError):
    """Bad input from a trainee or a command-line argument (empty, too long, wrong type)."""
