"""Required conduct over a whole call, reported as ``missing`` ids.

Which ids apply depends on the call (see the rubric's ``conduct.*.applies``): a third-party
call expects only self-identification and a courteous close; debt facts and a repayment
plan are expected once the listener is the verified debtor; promise confirmation only when
the debtor promised to pay.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from simulator.data.rubric_schema import Rubric

from . import lexicon as L
from .context import CallContext, call_state, speaker_of, text_of


def _self_identified(text: str) -> bool:
    """Institution and a name or staff number: 「我是安心消费金融的赵磊」「臻享分期的谢宇」「工号3021」."""
    for clause in re.split(r"[。！？!?]", text):
        if L.SELF_NAMED.search(clause) and (L.INSTITUTION.search(clause) or re.search(r"的|工号", clause)):
            return True
    return False


def conduct_findings(turns: Sequence[Any], ctx: CallContext, rubric: Rubric) -> dict[str, bool | None]:
    """Each conduct id → True (done), False (missing) or None (does not apply to this call)."""
    col = [i for i, t in enumerate(turns) if speaker_of(t) == "collector"]
    final = call_state(turns, len(turns), ctx)
    ever_verified, ever_third, promised = False, False, False
    done = {k: False for k in rubric.conduct}
    debt_amount = debt_days = plan = channel = False
    told_unverified = False  # debt details said before the listener was verified
    for i in col:
        st = call_state(turns, i, ctx)
        tx = text_of(turns[i])
        verified_now = st.verified or (st.pending_digits and not L.DIGITS_WRONG.search(tx))
        ever_verified |= verified_now
        ever_third |= st.third_party
        if i in col[:2]:
            done["self-identification"] |= _self_identified(tx)
        if L.RECORDING.search(tx):
            done["recording-notice"] = True
        if not st.third_party and not verified_now and (L.DEBT_WORDS.search(tx) or L.MONEY.search(tx)):
            told_unverified = True
        if not st.third_party:
            debt_amount |= bool(L.MONEY.search(tx))
            debt_days |= bool(L.DAYS_OVERDUE.search(tx) or re.search(r"逾期|拖了|到期", tx))
            plan |= bool(L.PLAN.search(tx) or (L.MONEY.search(tx) and L.DATE.search(tx)))
            channel |= bool(L.OFFICIAL_CHANNEL.search(tx))
        if st.promised:
            promised = True
            if (L.MONEY.search(tx) or re.search(r"\d|[一二两三四五六七八九十百千万]+(?:元|块)", tx)) and L.DATE.search(tx):
                done["promise-confirmation"] = True
    ever_verified |= final.verified
    ever_third |= final.third_party
    promised |= final.promised
    done["identity-verification"] = ever_verified and not told_unverified
    done["debt-facts"] = debt_amount and debt_days
    done["repayment-plan"] = plan and channel
    done["courteous-close"] = bool(L.CLOSE.search(text_of(turns[col[-1]])))

    third_only = final.third_party
    out: dict[str, bool | None] = {}
    for cid, spec in rubric.conduct.items():
        if third_only and cid not in ("self-identification", "courteous-close"):
            out[cid] = None
        elif spec.applies == "debtor_promised" and not promised:
            out[cid] = None
        elif cid in ("debt-facts", "repayment-plan") and not (ever_verified or debt_amount):
            out[cid] = None
        else:
            out[cid] = done[cid]
    return out


def missing(turns: Sequence[Any], ctx: CallContext, rubric: Rubric) -> list[str]:
    """The applicable conduct ids not satisfied anywhere in the call, in rubric order."""
    return [k for k, v in conduct_findings(turns, ctx, rubric).items() if v is False]
