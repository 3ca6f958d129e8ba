"""Compliance detection for one collector turn, in context.

Each detector gets the turn's normalised text (quoted words of the debtor blanked out), the
original text for evidence, the :class:`CallState` and the :class:`CallContext`, and returns a
:class:`~simulator.scoring.text.Hit` or None. The same words can be fine or a violation
depending on context: verification, third party, local time, authorisation, negation,
quotation and accuracy. Every finding carries the quoted clause and the rubric's sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from simulator.data.rubric_schema import Rubric

from . import lexicon as L
from .context import CallContext, CallState, digits_accepted, speaker_of, text_of
from .text import Hit, amounts, clause_spans, cn_to_int, find, negated, sentence_of, strip_quotes

WARNING = re.compile(r"自称|冒充|骗子|诈骗(?:电话|话术|分子|团伙)|话术|别转|不要转|千万别|一律别理|别理|不要理|别信|不要信|不会让(?:您|你)|不收任何|提醒(?:您|你)注意")


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


def _threat(t: TurnText) -> Hit | None:
    return find(L.THREAT, t.norm, t.orig)


def _insult(t: TurnText) -> Hit | None:
    said = "".join(t.state.debtor_texts)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        for m in L.INSULT.finditer(clause):
            if negated(clause, m.start()):
                continue
            # the debtor's own word repeated to reassure: 「您别说自己是老赖」「什么老赖不老赖的」
            if m.group(0) in said and re.search(r"别|不是|不要|没|谁|不用|什么.{0,4}不", clause):
                continue
            if not re.search(r"你|您", clause) and WARNING.search(sentence_of(t.norm, a)):
                continue  # 「打电话的很可能是骗子」: about someone else, a warning
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _impersonation(t: TurnText) -> Hit | None:
    return find(L.IMPERSONATION, t.norm, t.orig)


def _false_legal(t: TurnText) -> Hit | None:
    for pattern in (L.LEGAL_SEVERE, L.LEGAL_DEFINITE):
        for a, b in clause_spans(t.norm):
            clause = t.norm[a:b]
            m = pattern.search(clause)
            if not m or negated(clause, m.start()):
                continue
            sentence = sentence_of(t.norm, a + m.start())
            if WARNING.search(sentence) or re.search(r"(?:有人|对方|他们|骗子)(?:自称|说)", sentence):
                continue
            if "征信" in sentence and not re.search(r"法院|失信|限高|起诉|判|抓|坐牢|拘留|警察", sentence):
                continue  # an invented effect of a credit record is credit-exaggeration
            if L.LEGAL_HEDGE.search(sentence) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|撤案|撤诉", clause):
                continue
            if L.LEGAL_HEDGE.search(clause) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗", clause):
                continue
            if re.search(r"征信", clause) and re.search(r"飞机|高铁", clause) and not re.search(r"失信|限高|限制", clause):
                continue  # invented effect of a credit record: credit-exaggeration
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _credit(t: TurnText) -> Hit | None:
    """Matched per sentence: 「征信不好，您以后换医院人家也不要您」 spans clauses."""
    for m in L.CREDIT_EXAGGERATION.finditer(t.norm):
        if re.search(r"[。！？!?]", m.group(0)):
            continue
        spans = [(a, b) for a, b in clause_spans(t.norm) if a <= m.start() < b] or [(m.start(), m.end())]
        a, b = spans[0]
        if negated(t.norm[a:b], m.start() - a):
            continue
        return Hit(t.orig[m.start():m.end()].strip(), m.start())
    return None


def _discloses(norm: str) -> re.Match[str] | None:
    return L.DEBT_WORDS.search(norm) or L.MONEY.search(norm)


PLAN_AMOUNT = re.compile(r"(?:还|付|转|交|存|每期|每月|首付|先)[^，。]{0,3}$")


def _disclosure_hit(t: TurnText) -> Hit | None:
    """The clause stating debt facts (amount owed, overdue status) or asking the listener to
    pay. Amounts of a proposed payment (「先还一千五」) are not debt facts."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = L.ASK_THIRD_PARTY_PAY.search(clause) or L.DEBT_WORDS.search(clause)
        if not m:
            m = next((x for x in L.MONEY.finditer(clause) if not PLAN_AMOUNT.search(clause[:x.start()])), None)
        if m and not negated(clause, m.start()):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _third_party(t: TurnText) -> Hit | None:
    if t.state.third_party:
        return _disclosure_hit(t)
    if L.THIRD_PARTY_CUE.search(t.norm) or (t.state.verified and L.THIRD_PERSON_DEBT.search(t.norm)):
        return find(L.THIRD_PERSON_DEBT, t.norm, t.orig) or _disclosure_hit(t)
    return None


def _before_verification(t: TurnText) -> Hit | None:
    if t.state.third_party or t.state.verified or digits_accepted(t.state, t.norm):
        return None
    if L.THIRD_PARTY_CUE.search(t.norm):
        return None
    return _disclosure_hit(t)


def _contact_shaming(t: TurnText) -> Hit | None:
    whole = L.CONTACTS_WHOLE.search(t.norm)
    if whole and not negated(t.norm[max(0, whole.start() - 8):whole.start() + 1], 8):
        return Hit(t.orig[whole.start():whole.end()], whole.start())
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = L.CONTACT_SHAMING.search(clause)
        if not m or negated(clause, m.start()) or re.search(r"借|凑", clause):
            continue
        if re.search(r"我们[^，。]{0,6}公司|我司", m.group(0)):
            continue
        if re.search(r"(?:跟|和|与)(?:家人|家里人|朋友|老婆|老公|爱人)?.{0,4}商量|您可以|你可以|您也可以", clause) and not re.search(r"让.{0,6}知道|通讯录|单位|领导", clause):
            continue
        if t.state.third_party and not re.search(r"通讯录|单位|领导|同事|所有人|亲戚|群|村|家里人|朋友圈|网上|曝光", clause):
            continue  # talking to a third party about reaching the debtor
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _harassment(t: TurnText) -> Hit | None:
    hit = find(L.HARASS_WORDS, t.norm, t.orig)
    if hit:
        asked = t.state.time_requested or L.COLLECTOR_CITES_REQUEST.search(t.norm) or L.DEBTOR_ASKED_TIME.search(t.later_debtor or "")
        if not (asked and not re.search(r"打到你接|一直打|天天|每天|不停|打爆|轮", hit.evidence)):
            return hit
    if t.ctx.night and not t.state.time_requested:
        again = find(L.NIGHT_REPEAT, t.norm, t.orig)
        if again:
            return again
    if t.first and t.ctx.night:
        asked = t.state.time_requested or L.COLLECTOR_CITES_REQUEST.search(t.norm) or (
            t.later_debtor and re.search(r"(?:是我|我)(?:让|叫|约|说).{0,10}(?:这个点|这个时间|晚上|这么晚|这么早)", t.later_debtor))
        if not asked:
            clause = clause_spans(t.norm)[0] if clause_spans(t.norm) else (0, len(t.norm))
            return Hit(t.orig[clause[0]:clause[1]].strip(), 0)
    return None


def _unofficial(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = L.UNOFFICIAL.search(clause)
        if not m or negated(clause, m.start()):
            continue
        if WARNING.search(sentence_of(t.norm, a + m.start())):
            continue
        if re.search(r"不收|免收|没有.{0,4}费|不会收|不需要", clause):
            continue
        if re.search(r"费", m.group(0)) and not re.search(r"交|付|转|打|收|先|给", clause):
            continue
        if re.search(r"^转", m.group(0)) and L.OFFICIAL_CHANNEL.search(clause) and not re.search(r"个人|私人|微信|支付宝", clause):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _fee_amount(clause: str, call_text: str) -> list[int]:
    """Late-fee amounts named in the clause, else the late fee stated earlier in the call."""
    nums = [cn_to_int(x) for x in re.findall(r"(\d+|[一二两三四五六七八九十百千]+)(?:元|块)?(?:的)?(?:罚息|滞纳金|违约金)|(?:罚息|滞纳金|违约金)(?:是|有|共)?(\d+|[一二两三四五六七八九十百千]+)", clause) for x in _first(x)]
    nums = [n for n in nums if n] or [n for n in (cn_to_int(x) for x in re.findall(r"(\d+)(?:元|块)?(?:的)?(?:罚息|滞纳金|违约金)", clause)) if n]
    if nums:
        return nums
    found = re.findall(r"(\d+)(?:元|块)?的?(?:罚息|滞纳金|违约金)|(?:罚息|滞纳金|违约金)(?:是|有|共)?(\d+)", call_text)
    return [int(a or b) for a, b in found][-1:]


def _first(x: Any) -> list[str]:
    return [y for y in (x if isinstance(x, tuple) else (x,)) if y]


def _waiver_within(clause: str, auth: Any, call_text: str) -> bool:
    """Is every waiver stated in ``clause`` within the call's authorisation?"""
    if auth is None:
        return False
    principal = re.search(r"本金.{0,4}(?:减|免|打折|折)|(?:减|免)(?:掉)?(?:部分)?本金|打(?:个)?[一二三四五六七八九\d]折|折扣|还一半|少还|剩下|剩余|余下|尾款|核销|两清|勾销", clause)
    if principal or (re.search(r"结清", clause) and not re.search(r"本金", clause)):
        if not auth.principal_discount:
            return False
    interest = re.search(r"(?<!罚)利息|只(?:要|需|用)?还本金|本金就(?:算|能|可以)?结清|还了?本金", clause)
    if interest and not auth.interest_waiver:
        return False
    if re.search(r"罚息|滞纳金|违约金", clause) or (interest and re.search(r"本金", clause)):
        nums = _fee_amount(clause, call_text)
        if not nums and re.search(r"罚息|滞纳金|违约金", clause):
            return auth.late_fee_waiver_max > 0 and bool(re.search(r"部分|一部分|一些|点", clause))
        return all(n <= auth.late_fee_waiver_max for n in nums)
    return True


def _discounted_settlement(clause: str, call_text: str) -> bool:
    """「一万二就给您结清」 when the call said the debt is 21400."""
    if not re.search(r"结清|两清|清了", clause):
        return False
    here = amounts(clause) or [n for n in (cn_to_int(x) for x in re.findall(r"([一二两三四五六七八九十百千万\d]+)就", clause)) if n]
    before = [a for a in amounts(call_text) if a >= 500]
    return bool(here and before and max(here) < 0.9 * max(before))


def _unauthorized(t: TurnText) -> Hit | None:
    auth = t.ctx.authorised
    applies = L.APPLICATION.search(t.norm) and not L.DEFINITE.search(t.norm)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        hit = None
        m = L.WAIVER_VERB.search(clause)
        if m and L.WAIVER_OBJ.search(clause) and not negated(clause, m.start()) and not applies:
            if not _waiver_within(clause, auth, t.call_text):
                if not re.search(r"^(?:优惠|便宜)", m.group(0)) or re.search(r"给你|给您|帮你|帮您", clause):
                    hit = m
        if hit is None and not applies and _discounted_settlement(clause, t.call_text) and not (auth and auth.principal_discount):
            hit = re.search(r"结清|两清|清了", clause)
        p = L.PROMISE_CREDIT.search(clause)
        if hit is None and p and not negated(clause, p.start()) and not applies:
            hit = p
        inst = L.INSTALMENT.search(clause)
        if hit is None and inst and auth is not None and auth.instalments_max_months > 0 and not applies:
            n = cn_to_int(inst.group(1) or inst.group(2) or "")
            if n and n > auth.instalments_max_months and not negated(clause, inst.start()):
                hit = inst
        if hit is not None:
            return Hit(t.orig[a:b].strip(), a + hit.start())
    return None


def _borrow(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = L.BORROW.search(clause)
        if m and not negated(clause, m.start()) and not L.BORROW_OK.search(sentence_of(t.norm, a + m.start())):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


DETECTORS: dict[str, Detector] = {
    "threat": _threat,
    "insult": _insult,
    "impersonation": _impersonation,
    "false-legal-claim": _false_legal,
    "credit-exaggeration": _credit,
    "third-party-disclosure": _third_party,
    "disclosure-before-verification": _before_verification,
    "contact-shaming": _contact_shaming,
    "harassment": _harassment,
    "unofficial-channel": _unofficial,
    "unauthorized-promise": _unauthorized,
    "borrow-to-repay": _borrow,
}


def detect(turns: Sequence[Any], index: int, ctx: CallContext, state: CallState, rubric: Rubric) -> list[Finding]:
    """All violations in the collector turn ``turns[index]``, in rubric order."""
    orig = turns[index]["text"] if isinstance(turns[index], dict) else turns[index].text
    said = "".join(state.debtor_texts)
    norm = strip_quotes(text_of(turns[index]), said) if said else text_of(turns[index])
    later = "".join(text_of(x) for x in turns[index + 1:] if speaker_of(x) == "debtor")
    before = "".join(text_of(x) for x in turns[:index])
    tt = TurnText(norm, orig, state, ctx, state.collector_turns_before == 0, later, before)
    out = []
    for rule, detector in DETECTORS.items():
        hit = detector(tt)
        if hit is not None:
            out.append(Finding(rule, hit.evidence, rubric.source_text(rubric.violations[rule].sources)))
    return out
