"""Call context and call state.

:class:`CallContext` is what is known before the call: local time, what the collector is
authorised to offer, the debtor's name. :func:`call_state` reads the turns *before* a
collector turn and says where the call stands: has the listener been verified as the debtor,
has the listener said they are someone else, did the debtor ask for a late call, did the
debtor promise to pay. Detectors read this state so the same words can be fine in one
place and a violation in another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, Sequence

from simulator.data.persona_schema import Authorised

from . import lexicon as L
from .text import normalise


@dataclass(frozen=True)
class CallContext:
    """What is known about a call before it starts."""

    called_at: datetime | None = None
    """Local date-time of the call (with offset); None = unknown, never treated as night."""
    authorised: Authorised | None = None
    """What the collector may offer; None = nothing beyond plain instalment talk."""
    debtor_name: str | None = None
    scenario: str | None = None
    local_time: time | None = None
    """Set directly by the engine (scenario ``call_time``) when there is no date."""

    @classmethod
    def from_transcript(cls, t: Any) -> "CallContext":
        """Context of a stored :class:`~simulator.transcript.Transcript`.

        A transcript exported from a practice session names its ``scenario`` but may not copy
        the scenario's ``authorised`` block; it is then read from ``scenarios/<id>.yaml`` so a
        rescored session gets the same result as live. Unknown scenario ids are ignored."""
        authorised = getattr(t, "authorised", None)
        scenario = getattr(t, "scenario", None)
        if authorised is None and scenario:
            authorised = scenario_authorised(scenario)
        return cls(called_at=getattr(t, "called_at", None), authorised=authorised, scenario=scenario)

    @classmethod
    def from_scenario(
        cls,
        scenario: Any = None,
        *,
        authorised: Authorised | None = None,
        call_time: str | time | datetime | None = None,
        debtor_name: str | None = None,
    ) -> "CallContext":
        """Context for a live call: a ``Scenario`` (or its parts) and the call time."""
        if scenario is not None:
            authorised = authorised or getattr(scenario, "authorised", None)
            call_time = call_time or getattr(scenario, "call_time", None)
        if isinstance(call_time, datetime):
            return cls(called_at=call_time, authorised=authorised, debtor_name=debtor_name,
                       scenario=getattr(scenario, "id", None))
        if isinstance(call_time, str):
            h, m = call_time.split(":")
            call_time = time(int(h), int(m))
        return cls(local_time=call_time, authorised=authorised, debtor_name=debtor_name,
                   scenario=getattr(scenario, "id", None))

    @classmethod
    def for_practice(cls, *, called_at: datetime, authorised: Authorised | None = None,
                     debtor_name: str | None = None, scenario: str | None = None) -> "CallContext":
        """Context the practice engine builds: the simulated call's start and the scenario's authority."""
        return cls(called_at=called_at, authorised=authorised, debtor_name=debtor_name, scenario=scenario)

    @property
    def clock(self) -> time | None:
        if self.called_at is not None:
            return self.called_at.timetz().replace(tzinfo=None)
        return self.local_time

    @property
    def night(self) -> bool:
        """Placed 22:00–08:00 local time."""
        c = self.clock
        return c is not None and (c >= time(22, 0) or c < time(8, 0))


def scenario_authorised(scenario_id: str) -> Authorised | None:
    """The ``authorised`` block of ``scenarios/<id>.yaml``; None for an unknown id."""
    from simulator.data.loader import get_scenario
    from simulator.errors import UnknownIdError

    try:
        return get_scenario(scenario_id).authorised
    except UnknownIdError:  # a scenario that is not in scenarios/: nothing is authorised
        return None


def speaker_of(turn: Any) -> str:
    return turn["speaker"] if isinstance(turn, dict) else getattr(turn, "speaker")


def text_of(turn: Any) -> str:
    return normalise(turn["text"] if isinstance(turn, dict) else getattr(turn, "text"))


@dataclass
class CallState:
    """Where the call stands just before a collector turn."""

    verified: bool = False
    verify_evidence: str = ""
    third_party: bool = False
    third_party_evidence: str = ""
    time_requested: bool = False
    promised: bool = False
    promise_text: str = ""
    collector_turns_before: int = 0
    debtor_texts: list[str] = field(default_factory=list)
    last_debtor: str = ""
    last_collector: str = ""
    pending_digits: bool = False
    collector_said: str = ""
    disclosed: bool = False
    """Debt details were already said to this (unverified or third-party) listener."""


def _surnames(collector: str) -> set[str]:
    """Names the collector used: 「张伟」 in 「请问是张伟吗」, 「张」 in 「张先生」."""
    out = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fa5])(?:先生|女士|小姐|总|哥|姐)", collector)}
    out |= {m.group(1) for m in re.finditer(r"(?:是|找|请问|喂)([\u4e00-\u9fa5]{2,3}?)(?:吗|么|是吧|本人|先生|女士|[,，。？?])", collector)}
    return out


def _confirms(debtor: str, asked: str, debtor_name: str | None, said: str = "") -> bool:
    """Did this debtor reply clearly confirm being the named debtor?

    「是我」「我就是」「我是X本人」, a name matching the one the collector used, or a plain
    「对/是」 answering an identity question. 「你说」「是这个号」 are not confirmation.
    """
    if L.NOT_CONFIRM.search(debtor) and not L.STRONG_SELF_ID.search(debtor):
        return False
    if L.STRONG_SELF_ID.search(debtor):
        return True
    m = L.SELF_NAME.search(debtor)
    if m:
        name = m.group(1)
        if (debtor_name and name == debtor_name) or name in asked or name in said or any(name.startswith(x) for x in _surnames(asked)):
            return True
    m = re.match(r"(?:嗯|对|是|啊|哦)?[，,]?([\u4e00-\u9fa5]{2,3})[，,。！!？?]", debtor)
    if m and len(m.group(1)) >= 2 and m.group(1) in asked and L.ASK_IDENTITY.search(asked):
        return True  # 「陈刚，怎么了？」: the debtor answers with the name asked for
    return bool(asked and L.ASK_IDENTITY.search(asked) and L.DEBTOR_CONFIRMS.search(debtor))


def call_state(turns: Sequence[Any], index: int, ctx: CallContext | None = None) -> CallState:
    """Replay ``turns[:index]`` and return the state seen by the turn at ``index``."""
    st = CallState()
    name = ctx.debtor_name if ctx else None
    for i in range(index):
        sp, tx = speaker_of(turns[i]), text_of(turns[i])
        if sp == "collector":
            st.collector_turns_before += 1
            if st.pending_digits and not L.DIGITS_WRONG.search(tx):
                st.verified, st.third_party = True, False
            st.pending_digits = False
            st.last_collector = tx
            st.collector_said += tx
            if L.COLLECTOR_CITES_REQUEST.search(tx):
                st.time_requested = True
            if L.THIRD_PARTY_CUE.search(tx) and not st.verified:
                st.third_party = True
            elif L.THIRD_PARTY_CUE.search(tx):
                st.third_party, st.verified = True, False
            if not st.verified and (L.DEBT_WORDS.search(tx) or L.MONEY.search(tx)):
                st.disclosed = True
            continue
        st.debtor_texts.append(tx)
        st.last_debtor = tx
        if L.DEBTOR_ASKED_TIME.search(tx):
            st.time_requested = True
        tp = (L.THIRD_PARTY_STRONG if st.verified else L.THIRD_PARTY).search(tx)
        if tp and not re.search(r"我就是|是我本人|我本人", tx):
            st.third_party, st.verified = True, False
            st.third_party_evidence = tp.group(0)
            continue
        if st.last_collector and L.ASK_DIGITS.search(st.last_collector) and L.DIGITS.search(tx):
            st.pending_digits = True  # confirmed only if the collector's next turn does not reject them
            st.verify_evidence = tx
            continue
        if not st.verified and L.SELF_DIGITS.search(tx) and L.DIGITS.search(tx):
            st.pending_digits = True  # 「我是谭春梅，身份证后四位3306」 volunteered
            st.verify_evidence = tx
            continue
        if not st.verified and _confirms(tx, st.last_collector, name, st.collector_said):
            st.verified, st.third_party, st.verify_evidence = True, False, tx
        if st.verified and L.DEBTOR_PROMISE.search(tx) and (L.DATE.search(tx) or L.MONEY.search(tx) or re.search(r"\d", tx)):
            st.promised, st.promise_text = True, tx
    return st


def digits_accepted(state: CallState, collector_text: str) -> bool:
    """The debtor just gave ID digits and this collector turn does not reject them."""
    return state.pending_digits and not L.DIGITS_WRONG.search(collector_text)
