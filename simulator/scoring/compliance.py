"""Compliance detection for one collector turn, in context.

Each detector gets the turn's normalised text (quoted words of the debtor blanked out), the
original text for evidence, the :class:`CallState` and the :class:`CallContext`, and returns a
:class:`~simulator.scoring.text.Hit` or None. The same words can be fine or a violation
depending on context: verification, third party, local time, authorisation, negation,
quotation and accuracy. Every finding carries the quoted clause and the rubric's sources.

The detectors live in ``simulator/scoring/rules/``, one module per family of ids; this module
runs them in rubric order and turns their hits into findings. They combine cue classes (shared
ones in ``lexicon``, family ones in their module; e.g. threat = knowing where the debtor is /
people turning up to confront / menace; credit-exaggeration = a claimed effect on children,
relatives, jobs or travel × a credit cue; contact-shaming = telling or calling × relatives,
employer, contacts or a group × pressure) and then rule out negation (``text.negated``,
including a negator that overlaps the match), denial right after (「…不受影响」), negated
rhetorical questions that urge (「你就不能找朋友周转一下？」), warnings about scams, reported or
quoted speech of the debtor, and conditional, accurate descriptions of process.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from simulator.data.rubric_schema import Rubric

from .context import CallContext, CallState, speaker_of, text_of
from .detect_base import Detector, Finding, TurnText
from .rules.disclosure import detect_before_verification, detect_contact_shaming, detect_third_party
from .rules.legal_credit import detect_credit, detect_false_legal, detect_impersonation
from .rules.money_time import detect_borrow, detect_harassment, detect_unauthorized, detect_unofficial
from .rules.threat_insult import detect_insult, detect_threat
from .text import strip_quotes

__all__ = ["DETECTORS", "Finding", "TurnText", "detect"]


DETECTORS: dict[str, Detector] = {
    "threat": detect_threat,
    "insult": detect_insult,
    "impersonation": detect_impersonation,
    "false-legal-claim": detect_false_legal,
    "credit-exaggeration": detect_credit,
    "third-party-disclosure": detect_third_party,
    "disclosure-before-verification": detect_before_verification,
    "contact-shaming": detect_contact_shaming,
    "harassment": detect_harassment,
    "unofficial-channel": detect_unofficial,
    "unauthorized-promise": detect_unauthorized,
    "borrow-to-repay": detect_borrow,
}


def detect(turns: Sequence[Any], index: int, ctx: CallContext, state: CallState, rubric: Rubric) -> list[Finding]:
    """All violations in the collector turn ``turns[index]``, in rubric order."""
    orig = turns[index]["text"] if isinstance(turns[index], dict) else turns[index].text
    said = "".join(state.debtor_texts)
    norm = strip_quotes(text_of(turns[index]), said) if said else text_of(turns[index])
    later = "".join(text_of(x) for x in turns[index + 1:] if speaker_of(x) == "debtor")
    before = "".join(text_of(x) for x in turns[:index])
    later_collector = "".join(text_of(x) for x in turns[index + 1:] if speaker_of(x) == "collector")
    tt = TurnText(norm, orig, state, ctx, state.collector_turns_before == 0, later, before, later_collector)
    hits = {rule: hit for rule, detector in DETECTORS.items() if (hit := detector(tt)) is not None}
    shaming = hits.get("contact-shaming")
    if shaming and "third-party-disclosure" in hits and hits["third-party-disclosure"].evidence == shaming.evidence:
        del hits["third-party-disclosure"]  # one act: threatening to spread the debt is contact-shaming
    return [Finding(rule, hit.evidence, rubric.source_text(rubric.violations[rule].sources)) for rule, hit in hits.items()]


@lru_cache(maxsize=1)
def _default_rubric() -> Rubric:
    from simulator.data.rubric_schema import load_rubric

    return load_rubric(None)


def violation_ids(turns: Sequence[Any], index: int, *, called_at: Any = None, authorised: Any = None,
                  rubric: Rubric | None = None) -> list[str]:
    """Violation ids of the collector turn ``turns[index]`` (for callers outside the scorer,
    such as the simulated debtor, that need the findings but not the scores)."""
    from .context import call_state

    ctx = CallContext.for_practice(called_at=called_at, authorised=authorised) if called_at is not None else CallContext(authorised=authorised)
    return [f.rule for f in detect(turns, index, ctx, call_state(turns, index, ctx), rubric or _default_rubric())]
