"""Rubric scoring of collector turns and whole calls (see ``scorer.Scorer``).

Public API: :class:`Scorer`, :class:`TurnScore`, :class:`CallContext`, :func:`load_rubric`.
"""
from simulator.data.rubric_schema import Rubric, RubricError, load_rubric

from .context import CallContext
from .scorer import Scorer, TurnScore

__all__ = ["CallContext", "Rubric", "RubricError", "Scorer", "TurnScore", "load_rubric"]
