"""Schema of a rubric file (``rubrics/*.yaml``) and :func:`load_rubric`.

A rubric is the frozen, versioned data the scorer runs on: citations, the four dimensions
(criteria, weights, level descriptions, better-phrasing templates), every violation id and
every required-conduct id of ``compliance-zh.md`` with their sources and exemplars, and the
pass rule. It is validated on load: unknown fields are refused, every id must be present,
every cited source must exist, weights must sum to 1. Errors name the file, the field and
the fix. ``rubric.ref`` (``ID@VERSION``) is stamped on every score.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from simulator.errors import CoachError

RUBRIC_DIR = Path(__file__).resolve().parents[2] / "rubrics"
DEFAULT_RUBRIC = "collection-zh"

VIOLATION_IDS: tuple[str, ...] = (
    "threat", "insult", "impersonation", "false-legal-claim", "credit-exaggeration",
    "third-party-disclosure", "disclosure-before-verification", "contact-shaming",
    "harassment", "unofficial-channel", "unauthorized-promise", "borrow-to-repay",
)
CONDUCT_IDS: tuple[str, ...] = (
    "self-identification", "identity-verification", "recording-notice", "debt-facts",
    "repayment-plan", "promise-confirmation", "courteous-close",
)
DIMENSIONS: tuple[str, ...] = ("empathy", "clarity", "negotiation", "compliance")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dimension(_Strict):
    """A graded dimension. ``better`` maps a shortfall key to a template (see feedback.py)."""

    name_zh: str
    weight: float = Field(ge=0, le=1)
    applies: Literal["always", "debtor_voiced_difficulty", "about_repayment"]
    criteria: list[str] = Field(min_length=1)
    levels: dict[Literal[0, 1, 2], str]
    better: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _all_levels(self) -> "Dimension":
        if set(self.levels) != {0, 1, 2}:
            raise ValueError("levels must describe 0, 1 and 2; add the missing level")
        return self


class Violation(_Strict):
    name_zh: str
    description: str
    sources: list[str] = Field(min_length=1)
    severity: Literal["blocker", "major"]
    examples: list[str] = Field(min_length=1)
    better: str
    clarity_penalty: int = Field(default=11, ge=0, le=60, description=(
        "points taken off the turn's clarity (0–100) when it carries this violation; the largest of "
        "the turn's violations counts. Fitted to how graders rank such turns (see dimensions.clarity)"))


class Conduct(_Strict):
    name_zh: str
    description: str
    sources: list[str] = Field(min_length=1)
    applies: Literal["always", "debtor_reached", "debtor_promised"]
    better: str


class PassRule(_Strict):
    any_violation_fails: bool = True
    overall_threshold: int = Field(ge=0, le=100)


class Scoring(_Strict):
    """Numbers that turn findings into 0–100 scores and 0/1/2 labels."""

    label_bands: tuple[int, int] = Field(description="score < a → 0, < b → 1, else 2")
    severity_penalty: dict[Literal["blocker", "major"], int]
    missing_conduct_penalty: int = Field(ge=0, le=100)
    full_marks_from: dict[str, int] = Field(
        default_factory=dict,
        description="per graded dimension, the score from which a turn counts as surely in the top "
                    "band and gets 100; the top band below it is stretched to keep scores continuous "
                    "(derived from the train split by benchmarks/full_marks.py)")


class Rubric(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str = Field(pattern=r"^\d+\.\d+\.\d+$")
    title: str
    language: str = "zh-CN"
    sources: dict[str, str] = Field(min_length=1)
    dimensions: dict[str, Dimension]
    violations: dict[str, Violation]
    conduct: dict[str, Conduct]
    pass_rule: PassRule
    scoring: Scoring

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def source_text(self, names: list[str]) -> str:
        """Full citations for short source names, joined with ；."""
        return "；".join(self.sources[n] for n in names)

    def to_label(self, score: float | None) -> int | None:
        """Map a 0–100 score to the 0/1/2 reference scale using ``scoring.label_bands``."""
        if score is None:
            return None
        lo, hi = self.scoring.label_bands
        return 0 if score < lo else (1 if score < hi else 2)

    def full_marks(self, dimension: str, score: int | None) -> int | None:
        """``score`` with the top band's plateau applied (``scoring.full_marks_from``): from that
        score on the turn gets 100, and the band between its cut point and there is stretched
        linearly onto the rest, so order and bands are kept."""
        start = self.scoring.full_marks_from.get(dimension)
        hi = self.scoring.label_bands[1]
        if start is None or score is None or score < hi:
            return score
        if score >= start:
            return 100
        return round(hi + (score - hi) * (100 - hi) / (start - hi))

    @model_validator(mode="after")
    def _complete(self) -> "Rubric":
        problems = []
        for group, want in (("dimensions", DIMENSIONS), ("violations", VIOLATION_IDS), ("conduct", CONDUCT_IDS)):
            have = getattr(self, group)
            for missing in [i for i in want if i not in have]:
                problems.append(f"{group}.{missing} is missing; add an entry for it (ids from compliance-zh.md)")
            for extra in [i for i in have if i not in want]:
                hint = difflib.get_close_matches(extra, want, n=1)
                fix = f"did you mean '{hint[0]}'?" if hint else f"use one of {list(want)}"
                problems.append(f"{group}.{extra} is not a known id; {fix}")
        total = sum(d.weight for d in self.dimensions.values())
        if abs(total - 1.0) > 1e-6:
            problems.append(f"dimensions.*.weight sum to {total:g}; make them sum to 1")
        for group in ("violations", "conduct"):
            for key, item in getattr(self, group).items():
                for s in item.sources:
                    if s not in self.sources:
                        problems.append(f"{group}.{key}.sources names '{s}', not in sources; add it there or use one of {sorted(self.sources)}")
        lo, hi = self.scoring.label_bands
        if not 0 < lo < hi <= 100:
            problems.append(f"scoring.label_bands is [{lo}, {hi}]; use two increasing cut points in 1..100")
        for dim, start in self.scoring.full_marks_from.items():
            if dim not in self.dimensions or dim == "compliance":
                graded = [d for d in self.dimensions if d != "compliance"]
                problems.append(f"scoring.full_marks_from.{dim} is not a graded dimension; use one of {graded}")
            elif not hi < start <= 100:
                problems.append(f"scoring.full_marks_from.{dim} is {start}; it must lie in the top band, above "
                                f"label_bands' {hi} and at most 100 (run benchmarks/full_marks.py for a value)")
        if problems:
            raise ValueError(" | ".join(problems))
        return self


class RubricError(CoachError, ValueError):
    """A rubric could not be found or is invalid; the message names file, field and fix."""


def rubric_from_file(path: str | Path) -> Rubric:
    """Load and validate one rubric file."""
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as err:
        raise RubricError(f"{p}: cannot read ({err.strerror})") from None
    except yaml.YAMLError as err:
        raise RubricError(f"{p}: invalid YAML: {err}") from None
    if not isinstance(data, dict):
        raise RubricError(f"{p}: expected a mapping at the top level")
    try:
        return Rubric.model_validate(data)
    except ValidationError as err:
        lines = []
        for e in err.errors():
            field = ".".join(str(x) for x in e["loc"]) or "(rubric)"
            if e["type"] == "extra_forbidden":
                lines.append(f"{field} is not a known field; remove it or fix its spelling")
            elif e["type"] == "missing":
                lines.append(f"{field} is missing; add it")
            elif e["type"] == "value_error":
                lines.append(str(e["ctx"]["error"]) if "ctx" in e else e["msg"])
            else:
                lines.append(f"{field}: {e['msg']}")
        raise RubricError(f"{p}: " + " | ".join(lines)) from None


def available_rubrics(folder: Path = RUBRIC_DIR) -> dict[str, Path]:
    """Rubric id (file stem) → file, discovered by walking ``folder``."""
    return {p.stem: p for p in sorted(folder.rglob("*.yaml"))} if folder.is_dir() else {}


_CACHE: dict[tuple[str, float], Rubric] = {}


def load_rubric(rubric_id: str | None = None, folder: Path = RUBRIC_DIR) -> Rubric:
    """Load a rubric by id (default ``collection-zh``) or by path to a ``.yaml`` file."""
    rid = rubric_id or DEFAULT_RUBRIC
    if rid.endswith((".yaml", ".yml")) and Path(rid).is_file():
        path = Path(rid)
    else:
        known = available_rubrics(folder)
        if rid not in known:
            hint = difflib.get_close_matches(rid, list(known), n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"available: {', '.join(known) or 'none'}"
            raise RubricError(f"unknown rubric '{rid}'; {fix}")
        path = known[rid]
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _CACHE:
        rubric = rubric_from_file(path)
        if rubric.id != path.stem and not rid.endswith((".yaml", ".yml")):
            raise RubricError(f"{path}: id is '{rubric.id}' but the file is named '{path.stem}'; make them match")
        _CACHE[key] = rubric
    return _CACHE[key]
