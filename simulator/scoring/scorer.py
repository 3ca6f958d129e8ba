"""The :class:`Scorer`: one collector turn, or a whole transcript, against a rubric.

``score_turn`` reads only ``turns[:index + 1]`` plus later debtor words when they exist (a
stored transcript), so the live engine and batch review agree. ``score_transcript`` returns
exactly the documented dict; the same transcript and rubric version give the same result.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from simulator.data.rubric_schema import Rubric, load_rubric

from . import conduct as conduct_mod
from . import learned, learned_applicability
from .compliance import Finding, detect
from .context import CallContext, CallState, call_state, speaker_of, text_of
from .dimensions import MISLEADING, MISLEADING_CAP, DimScore, clarity, empathy, negotiation
from .feedback import better_line, feedback_text

GRADED = ("empathy", "clarity", "negotiation")
DETECTOR_VERSION = "3.5.0"
"""Version of the detector code and tables (``lexicon.py``, detectors, the frozen ``*_model.json``
files). Scores are reproducible from ``rubric`` (ID@VERSION) plus this; rubric 1.5.0 ↔ detector
3.5.0, which reads its ``scoring.full_marks_from`` (rubric 1.4.0 ↔ 3.4.1, 3.4.0, 3.3.0, 3.2.0
and 3.1.0; 1.3.0 ↔ 3.0.0, 1.2.0 ↔ 2.1.0)."""


@dataclass
class TurnScore:
    """The score of one collector turn (``index`` = its position in the call's turns)."""

    index: int
    scores: dict[str, int | None]
    violations: list[Finding] = field(default_factory=list)
    feedback: str = ""
    reasons: dict[str, str] = field(default_factory=dict)
    better: str = ""

    def to_dict(self) -> dict:
        return {"index": self.index, "scores": dict(self.scores),
                "violations": [v.as_dict() for v in self.violations],
                "feedback": self.feedback, "reasons": dict(self.reasons), "better": self.better}


# the better-line template for a score the learned nudge moved below the band the rules gave
_FALLBACK_SHORTFALL = {"empathy": "default", "clarity": "vague", "negotiation": "vague"}


def _nudged(dimension: str, d: DimScore, text: str, rubric: Rubric, rules: Sequence[str] = ()) -> DimScore:
    """The rules' score nudged by the frozen learned model of ``dimension`` (``learned.py``).
    A band the rules decided outright stays (``DimScore.decided``), a false identity stays
    capped for clarity, a turn surely in the top band gets full marks (``Rubric.full_marks``),
    and when the nudge moves the score into another band the reason says so."""
    if d.score is None:
        return d
    score = learned.blend(d.score, text, dimension)
    lo, hi = rubric.scoring.label_bands
    band = rubric.to_label(d.score)
    if d.decided:
        score = min(max(score, (0, lo, hi)[band]), (lo - 1, hi - 1, 100)[band])
    if dimension == "clarity" and any(r in MISLEADING for r in rules):
        score = min(score, MISLEADING_CAP)  # the model must not lift a false identity back up
    # high in the top band the order of scores barely tells graders' few 1s from their 2s
    # (benchmarks/full_marks.py): a turn surely in it gets full marks rather than a spurious 87 or 93
    score = rubric.full_marks(dimension, score)
    reason = d.reason
    if rubric.to_label(score) != band:
        reason += f"（与语料中相近说法的评分相比，由{d.score}分调{'高' if score > d.score else '低'}到{score}分。）"
    shortfall = None if score >= hi else (d.shortfall or _FALLBACK_SHORTFALL[dimension])
    return DimScore(score, reason, shortfall, d.decided)


def _mean(xs: list[int]) -> int | None:
    return round(sum(xs) / len(xs)) if xs else None


class Scorer:
    """Scores collector turns and calls with one frozen rubric."""

    def __init__(self, rubric: Rubric | str | None = None):
        self.rubric = rubric if isinstance(rubric, Rubric) else load_rubric(rubric)
        self._clarity_penalties = {rid: v.clarity_penalty for rid, v in self.rubric.violations.items()}

    @property
    def ref(self) -> str:
        return self.rubric.ref

    @property
    def detector(self) -> str:
        """Version of the detector code the scores come from (see ``DETECTOR_VERSION``)."""
        return DETECTOR_VERSION

    def _dimensions(self, text: str, last_debtor: str, before: str, rules: list[str],
                    applies: Mapping[str, bool] | None = None) -> dict[str, DimScore]:
        """The three dimensions as the rules score them (``applies`` overrides whether empathy
        or negotiation is graded)."""
        applies = applies or {}
        return {"empathy": empathy(text, last_debtor, rules, applies.get("empathy")),
                "clarity": clarity(text, rules, self._clarity_penalties),
                "negotiation": negotiation(text, last_debtor, before, rules, applies.get("negotiation"))}

    def by_rules(self, turns: Sequence[Any], index: int, ctx: CallContext) -> tuple[CallState, list[Finding], dict[str, DimScore]]:
        """What the rules say of the collector turn ``turns[index]`` before the learned
        applicability and nudges: the call state, the violations and the three dimensions."""
        state = call_state(turns, index, ctx)
        found = detect(turns, index, ctx, state, self.rubric)
        before = "".join(text_of(t) for t in turns[:index])
        return state, found, self._dimensions(text_of(turns[index]), state.last_debtor, before, [f.rule for f in found])

    def score_turn(self, turns: Sequence[Any], index: int, context: CallContext | None = None) -> TurnScore:
        """Score the collector turn ``turns[index]`` (turns are ``Turn`` objects or dicts)."""
        if speaker_of(turns[index]) != "collector":
            raise ValueError(f"turns[{index}] is spoken by '{speaker_of(turns[index])}'; score only collector turns")
        ctx = context or CallContext()
        state, found, ruled = self.by_rules(turns, index, ctx)
        text = text_of(turns[index])
        rules = [f.rule for f in found]
        # whether empathy and negotiation apply at all: the learned second opinion decides
        # where it disagrees with the rules' cue lists (``learned_applicability``)
        flipped = {}
        for dim in learned_applicability.DIMENSIONS:
            rules_say = ruled[dim].score is not None
            if learned_applicability.applies(dim, text, state.last_debtor or "", rules_say) != rules_say:
                flipped[dim] = not rules_say
        if flipped:
            again = self._dimensions(text, state.last_debtor, "".join(text_of(t) for t in turns[:index]), rules, flipped)
            ruled.update({dim: again[dim] for dim in flipped})
        dims = {k: _nudged(k, d, text, self.rubric, rules) for k, d in ruled.items()}
        penalty = max((self.rubric.scoring.severity_penalty[self.rubric.violations[f.rule].severity] for f in found), default=0)
        compliance = max(0, 100 - penalty)
        reasons = {k: d.reason for k, d in dims.items()}
        reasons["compliance"] = ("；".join(f"{self.rubric.violations[f.rule].name_zh}：「{f.evidence}」" for f in found)
                                 if found else "未发现违规。")
        call_text = "".join(text_of(t) for t in turns[: index + 1])
        return TurnScore(
            index=index,
            scores={**{k: d.score for k, d in dims.items()}, "compliance": compliance},
            violations=found,
            feedback=feedback_text(self.rubric, found, dims),
            reasons=reasons,
            better=better_line(self.rubric, found, dims, state.last_debtor, call_text),
        )

    def score_transcript_turns(self, turns: Sequence[Any], context: CallContext | None = None) -> dict:
        """``{"turns": [...], "session": {...}}`` for a list of turns."""
        ctx = context or CallContext()
        scored = [self.score_turn(turns, i, ctx) for i, t in enumerate(turns) if speaker_of(t) == "collector"]
        return {"turns": [s.to_dict() for s in scored], "session": self.session(turns, scored, ctx)}

    def session(self, turns: Sequence[Any], scored: list[TurnScore], ctx: CallContext) -> dict:
        """Session block: mean dimension scores, overall, all violations, missing conduct, passed."""
        r = self.rubric
        violations = [dict(v.as_dict(), index=s.index) for s in scored for v in s.violations]
        missing = conduct_mod.missing(turns, ctx, r)
        scores: dict[str, int | None] = {k: _mean([s.scores[k] for s in scored if s.scores[k] is not None]) for k in GRADED}
        if violations:
            scores["compliance"] = min(s.scores["compliance"] for s in scored)
        else:
            scores["compliance"] = max(0, 100 - r.scoring.missing_conduct_penalty * len(missing))
        weighted = [(r.dimensions[k].weight, v) for k, v in scores.items() if v is not None]
        total_w = sum(w for w, _ in weighted)
        overall = round(sum(w * v for w, v in weighted) / total_w) if total_w else 0
        compliant = not (violations and r.pass_rule.any_violation_fails)
        return {"scores": scores, "overall": overall, "violations": violations, "missing": missing,
                "passed": compliant and overall >= r.pass_rule.overall_threshold}

    def score_transcript(self, t: Any) -> dict:
        """The documented result for one :class:`~simulator.transcript.Transcript`."""
        out = self.score_transcript_turns(t.turns, CallContext.from_transcript(t))
        return {"id": t.id, "rubric": self.ref, **out}
