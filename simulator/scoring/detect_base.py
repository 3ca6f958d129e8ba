"""Shared pieces of the compliance detectors: the per-turn input (:class:`TurnText`), a finding,
the scam-warning cue, the turn read in Mandarin (:func:`in_mandarin`) and read with its
speech-to-text pauses closed (:func:`pauses_closed`)."""
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


def pauses_closed(t: TurnText) -> tuple[TurnText, list[int]] | None:
    """The turn with its speech-to-text pauses taken out, for acts that a pause splits from their
    target (「明天 我 就把 你欠钱的事 发给 你微信 好友」), plus the index in the original turn of
    each character kept. A pause is a space that ``normalise`` read as a comma: one next to Chinese
    text. None when the turn has no pause (or its views differ in length)."""
    if len(t.norm) != len(t.orig) or " " not in t.orig:
        return None
    keep = [i for i, ch in enumerate(t.orig) if not (ch == " " and t.norm[i] == ",")]
    if len(keep) == len(t.orig):
        return None
    return replace(t, norm="".join(t.norm[i] for i in keep), orig="".join(t.orig[i] for i in keep)), keep


def on_original(t: TurnText, keep: list[int], hit: Hit | None) -> Hit | None:
    """A finding in the :func:`pauses_closed` view quoted from the turn as spoken, pauses included."""
    if hit is None or not hit.evidence:
        return None
    j = "".join(t.orig[i] for i in keep).find(hit.evidence)
    if j < 0:
        return None
    a, b = keep[j], keep[j + len(hit.evidence) - 1] + 1
    return Hit(t.orig[a:b].strip(), a)


Detector = Callable[[TurnText], Hit | None]


