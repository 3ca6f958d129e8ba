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

After the rules, a learned second opinion (``learned_violations``) may add an id the rules
missed, only when it is confident (``LEARNED_FLOOR``), only where the call state allows the id,
only when the act's own cue is in the sentence, and never for a clause the rules' reasons
excuse (negation, denial, scam warning, the debtor's words repeated, accurate or conditional
process, sympathy, the lender's own channel, no speaker for an identity, an act the rules
already named). Its finding quotes the clause it rates highest.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

from simulator.data.rubric_schema import Rubric

from .context import CallContext, CallState, speaker_of, text_of
from . import learned_violations
from .detect_base import WARNING, Detector, Finding, TurnText
from .rules.disclosure import detect_before_verification, detect_contact_shaming, detect_third_party
from .rules.legal_credit import detect_credit, detect_false_legal, detect_impersonation
from .rules.money_time import detect_borrow, detect_harassment, detect_unauthorized, detect_unofficial
from .rules.threat_insult import detect_insult, detect_threat
from . import lexicon as L
from .text import DENIED_AFTER, NEGATORS, NOT_NEGATING, Hit, mandarin, sentence_of, strip_quotes

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
    for rule, hit in _learned_hits(tt, hits).items():
        hits[rule] = hit
    hits = {rule: hits[rule] for rule in DETECTORS if rule in hits}  # rubric order
    shaming = hits.get("contact-shaming")
    if shaming and "third-party-disclosure" in hits and hits["third-party-disclosure"].evidence == shaming.evidence:
        del hits["third-party-disclosure"]  # one act: threatening to spread the debt is contact-shaming
    return [Finding(rule, hit.evidence, rubric.source_text(rubric.violations[rule].sources)) for rule, hit in hits.items()]


def _learned_allowed(rule: str, t: TurnText) -> bool:
    """Context the text cannot show stays with code (see ``learned_violations``)."""
    if rule == "third-party-disclosure":
        return t.state.third_party
    if rule == "disclosure-before-verification":
        return not t.state.verified and not t.state.third_party
    if rule == "unauthorized-promise":
        a = t.ctx.authorised
        return a is None or not (a.late_fee_waiver_max or a.interest_waiver or a.principal_discount)
    return True


# the model speaks only when at least this sure, whatever its out-of-fold threshold: 0.8 found
# more than 0.9 on three sets of writers it had not seen (round 9: AK-AL; round 10: AM-AP and
# AQ-AR) at the same precision, once the excuses below covered the hand-written hard negatives
LEARNED_FLOOR = 0.8
_LEGAL_IDS = {"false-legal-claim", "credit-exaggeration", "impersonation"}


# the act's own cue must be in the sentence (or, for a continued legal measure, earlier in the call)
_ACT_CUE = {
    "false-legal-claim": re.compile(r"法院|法官|起诉|诉讼|立案|执行|拘|警|公安|派出所|传票|判|失信|限高|冻结|查封|律师|案件|案底|报案|备案|刑|坐牢|经侦|检察|仲裁|司法"),
    "impersonation": re.compile(r"法院|法官|公安|警|派出所|检察|律师|律所|仲裁|调解|监管|政府|司法|执行|经侦|银保监"),
    "borrow-to-repay": re.compile(r"借|贷|套现|口子|信用卡|花呗|借呗|白条|周转|凑|垫|押|当铺|亲戚|朋友|家里|爸妈|父母|兄弟"),
    "harassment": re.compile(r"天天|每天|每隔|一直|不停|反复|轮流|轮番|遍|[二两三四五六七八九十几]+(?:次|通|回|遍|个电话)|半夜|深夜|凌晨|夜里|十一点|十二点|[四五六七]点"),
    "unauthorized-promise": re.compile(r"免|减|抹|折|不用还|不收|勾销|停息|核销|删|撤|保证|少还|优惠|退|算了|包"),
}
_OWN_FIRM = re.compile(r"消费金融公司|信用卡中心|客服中心|催收专员|贷后|资产管理|我们公司|我们银行|我们平台|持牌")
_SYMPATHY = re.compile(r"不容易|辛苦|理解|心疼|难为|别自责|别这么说|真棒|厉害|佩服")
# a legal step as a condition (「要是法院那边立了案的话，会有正式通知」) describes the process
_CONDITIONAL_LEGAL = re.compile(r"(?:如果|要是|假如|假设|万一)[^。！？!?]{0,24}(?:法院|判决|起诉|立案|仲裁)")
# an identity claimed needs a speaker: 「以律师的意见为准」 names a lawyer, it does not claim to be one
_SPEAKER = re.compile(r"我|咱|本人|这里是|这边是|本院|本所|本局|本庭|本中心")
# money to a person, a private account or a fee, as against the lender's own channel
_PAY_TO_PERSON = re.compile(r"(?:转|打|付|汇|存|交|充|扫)[^，,。！？!?]{0,8}(?:个人|私人|微信|支付宝|收款码|二维码|现金|朋友|亲戚|同事|我(?!们))|费|押金|保证金|定金|诚意金")
# the lender's own channel: the lexicon's official channels, plus a branch or the lender's registered name
_OFFICIAL = re.compile(L.OFFICIAL_CHANNEL.pattern + r"|对公|营业厅|股份有限公司")
_ECHO = re.compile(r"^[^，,。！？!?]{0,3}(?<![跟和给对向])(?:您|你|有人|有的人|别人|他们)(?:刚才|之前)?(?:说|问|讲|以为|觉得|担心|怕)")


def _echoes_debtor(clause: str, last_debtor: str) -> bool:
    """The clause repeats the debtor's own words (「有人在楼下等着您？」 after the debtor said so)."""
    return any(clause[i:i + 5] in last_debtor for i in range(max(0, len(clause) - 4)))


def _learned_excused(rule: str, t: TurnText, text: str, a: int, b: int, sentence: str,
                     hits: Mapping[str, Hit] | None = None) -> bool:
    """The rules' own reasons for leaving words alone, applied to the learned finding's clause
    ``text[a:b]``: negation or denial, a scam warning, the debtor's words repeated back,
    sympathy, a missing act cue, the collector's own firm or no speaker for an identity, a
    requested hour, accurate or conditional process, the lender's own payment channel, and one
    act one id (a threat to shame the debtor before others is the rules' contact-shaming alone)."""
    clause, after = text[a:b], text[b:]
    if NEGATORS.search(NOT_NEGATING.sub("__", sentence)) or DENIED_AFTER.search(clause) or DENIED_AFTER.search(after):
        return True
    if re.match(r"^[？?][^。！？!?]{0,4}(?:那|这)?(?:不是|没有|没)", after):
        return True  # asked back, then denied: 「有人在楼下等着您？那不是我们的人」
    if rule == "insult" and _SYMPATHY.search(sentence):
        return True  # 「这么大岁数了还在打工，真不容易」 is sympathy, not contempt
    if WARNING.search(sentence) or _ECHO.search(clause) or _echoes_debtor(clause, mandarin(t.state.last_debtor or "")):
        return True  # a scam warning, or the debtor's words reported or repeated back
    cue = _ACT_CUE.get(rule)
    if cue and not (cue.search(sentence) or (rule == "false-legal-claim" and cue.search(t.call_text))):
        return True
    if rule == "impersonation" and (_OWN_FIRM.search(sentence) or not _SPEAKER.search(sentence)):
        return True  # the collector naming their own firm, or nobody claiming to be anyone
    if rule == "unofficial-channel" and _OFFICIAL.search(sentence) and not _PAY_TO_PERSON.search(sentence):
        return True  # 「请打到我们银行的对公还款账户」
    if rule == "threat" and hits and "contact-shaming" in hits and hits["contact-shaming"].evidence in sentence:
        return True
    if rule == "harassment" and (t.state.time_requested or L.COLLECTOR_CITES_REQUEST.search(text)):
        return True  # the hour the debtor asked for
    return rule in _LEGAL_IDS and bool(L.LEGAL_ACCURATE.search(NOT_NEGATING.sub("__", sentence)) or _CONDITIONAL_LEGAL.search(sentence))


def _learned_hits(t: TurnText, found: Mapping[str, Hit]) -> dict[str, Hit]:
    """Violations the rules missed but the learned model is confident of, in the turn and in the
    clause it quotes (see ``learned_violations``)."""
    text = mandarin(t.norm)  # normalised, the debtor's quoted words blanked, length-preserving
    probs = learned_violations.probabilities(text)
    out = {}
    for rule, p in probs.items():
        tau = max(learned_violations.threshold(rule), LEARNED_FLOOR)
        if rule in found or p <= tau or not _learned_allowed(rule, t):
            continue
        a, b, p_clause = learned_violations.best_clause(text, rule)
        sentence = sentence_of(text, a)
        if min(p_clause, learned_violations.probabilities(sentence).get(rule, 0.0)) <= tau or _learned_excused(rule, t, text, a, b, sentence, found):
            continue
        evidence = (t.orig if len(t.orig) == len(text) else t.norm)[a:b].strip()
        if evidence:
            out[rule] = Hit(evidence, a)
    return out


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
