"""Shared pieces of the compliance detectors: the per-turn input (:class:`TurnText`), a finding,
the scam-warning cue and the turn read in Mandarin (:func:`in_mandarin`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable


from .context import CallContext, CallState
from .text import Hit, mandarin

# talk about scammers; a bare 骗子 is not enough (「你就是个骗子」 is name-calling, not a warning)
WARNING = re.compile(r"自称|冒充|(?:小心|当心|提防|防范|警惕|谨防|遇到|碰到|遇上|碰上|不是|防|外面的|有些|有的|很多)骗子|骗子(?:电话|短信|链接|会|常|一般|都|多|冒充|打来|让)|(?:那|这)(?:个|些|种|帮)[^，。！？!?]{0,4}是骗子|诈骗(?:电话|话术|分子|团伙)|话术|别转|不要转|千万别|一律别理|别理|不要理|别信|不要信|不会让(?:您|你)|不收任何|提醒(?:您|你)注意|陌生(?:账户|账号|卡)|不是我们(?:打|发)的")


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
    # the collector's own later turns: a night call's first turn is excused when a later turn
    # cites the debtor's request for the hour (「您昨天说这个点打」)
    later_collector: str = ""


def in_mandarin(t: TurnText) -> TurnText:
    """The turn with dialect forms spelled in Mandarin (:func:`text.mandarin`); the same turn when none."""
    m = mandarin(t.norm)
    return t if m == t.norm else replace(t, norm=m)


Detector = Callable[[TurnText], Hit | None]


