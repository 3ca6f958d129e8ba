"""Shared pieces of the compliance detectors: the per-turn input (:class:`TurnText`), a finding,
the scam-warning cue and the first-clause helper."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence


from .context import CallContext, CallState
from .text import Hit, clause_spans, denied_after, negated, sentence_of

WARNING = re.compile(r"自称|冒充|骗子|诈骗(?:电话|话术|分子|团伙)|话术|别转|不要转|千万别|一律别理|别理|不要理|别信|不要信|不会让(?:您|你)|不收任何|提醒(?:您|你)注意|陌生(?:账户|账号|卡)|不是我们(?:打|发)的")


@dataclass(frozen=True)
class Finding:
    rule: str
    evidence: str
    source: str

    def as_dict(self) -> dict:
        return {"rule": self.rule, "evidence": self.evidence, "source": self.source}


@dataclass
class TurnText:
    norm: str
    orig: str
    state: CallState
    ctx: CallContext
    first: bool
    later_debtor: str
    call_text: str = ""


Detector = Callable[[TurnText], Hit | None]


def _first_clause_hit(t: TurnText, patterns: Sequence[re.Pattern[str]], ok: re.Pattern[str] | None = None,
                      sentence_ok: re.Pattern[str] | None = None) -> Hit | None:
    """First clause where one of ``patterns`` matches, not negated nor denied right after,
    and (when given) ``ok`` does not match the clause nor ``sentence_ok`` the sentence."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        for pattern in patterns:
            for m in pattern.finditer(clause):
                if negated(clause, m.start()) or denied_after(clause, m.end()):
                    continue
                if ok is not None and ok.search(clause):
                    continue
                if sentence_ok is not None and sentence_ok.search(sentence_of(t.norm, a + m.start())):
                    continue
                return Hit(t.orig[a:b].strip(), a + m.start())
    return None
