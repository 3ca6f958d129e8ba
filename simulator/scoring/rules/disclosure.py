"""Who may hear about the debt: `third-party-disclosure`, `disclosure-before-verification` and `contact-shaming` (telling or threatening to tell relatives, colleagues, employer, contacts, groups).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..context import digits_accepted
from ..detect_base import TurnText
from ..text import Hit, clause_spans, denied_after, find, negated, sentence_of


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


def detect_third_party(t: TurnText) -> Hit | None:
    if digits_accepted(t.state, t.norm):
        return None  # the debtor took the phone and gave matching ID digits
    if t.state.third_party:
        hit = _disclosure_hit(t)
        if hit is None and not t.state.disclosed:
            hit = find(L.RELAY_PAY, t.norm, t.orig)  # 「跟他说今天必须还」: first word of a debt
        return hit
    if L.THIRD_PARTY_CUE.search(t.norm) or (t.state.verified and L.THIRD_PERSON_DEBT.search(t.norm)):
        return find(L.THIRD_PERSON_DEBT, t.norm, t.orig) or _disclosure_hit(t)
    return None


def detect_before_verification(t: TurnText) -> Hit | None:
    if t.state.third_party or t.state.verified or digits_accepted(t.state, t.norm):
        return None
    if L.THIRD_PARTY_CUE.search(t.norm):
        return None
    return _disclosure_hit(t)


def detect_contact_shaming(t: TurnText) -> Hit | None:
    """Telling, or threatening to tell, relatives, colleagues, the employer, contacts or a group
    about the debt, as pressure — not negated 「不会联系您家人」, not 「您可以跟家人商量」, not the
    compliant emergency-contact callback, not a request to borrow (borrow-to-repay)."""
    whole = L.CONTACTS_WHOLE.search(t.norm)
    if whole and not negated(t.norm[max(0, whole.start() - 12):whole.start() + 1], 12):
        return Hit(t.orig[whole.start():whole.end()], whole.start())
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.SHAME_ACT, L.CONTACT_SHAMING, L.SHAME3, L.SHAME4, L.SHAME5):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()) or denied_after(clause, m.end()):
                continue
            if re.search(r"借|凑|垫|帮(?:你|您|他|她)?(?:先)?还|替(?:你|您)还|代(?:你|您)?还|周转", clause):
                continue  # asking relatives to lend or pay: borrow-to-repay / third party
            if re.search(r"我们[^，。]{0,6}公司|我司", m.group(0)):
                continue
            if re.search(r"(?:跟|和|与)(?:家人|家里人|家里|朋友|老婆|老公|爱人|父母|爸妈)?.{0,4}商量|您可以|你可以|您也可以|你也可以|您自己|你自己决定|需要的话", clause) and not re.search(r"让.{0,6}知道|通讯录|单位|领导|同事|群|朋友圈", clause):
                continue
            if re.search(r"请(?:您|你)|(?:您|你)(?:也)?(?:可以)?(?:跟|和)", clause[:m.start() + 1]):
                continue  # the debtor is asked to tell family something: 「请您跟爱人说别太担心」
            if t.state.third_party and not re.search(r"通讯录|单位|公司|座机|领导|同事|所有人|亲戚|群|村|家里人|朋友圈|网上|曝光|老板|邻居", clause):
                continue  # talking to a third party about reaching the debtor
            pressure = L.SHAME_PRESSURE.search(sentence) or L.SHAME_PRESSURE3.search(sentence)
            if L.SHAME_OK.search(sentence) and not pressure:
                continue
            if re.search(r"联系不上|找不到(?:您|你)|不会(?:联系|通知|告诉|透露)|不会让|保密|放心", sentence) and not re.search(r"既然|拒绝|不肯|再不|不还|抬不起头|曝光|群", sentence):
                continue  # the compliant emergency-contact process, or reassurance
            if re.search(r"只(?:会|是)?(?:请|让)(?:他|她|对方)[^，。！？]{0,4}(?:转告|回电|联系)|不会(?:透露|说|讲|提|告诉)[^，。！？]{0,6}(?:欠款|具体|您的|你的|情况)", t.norm) \
                    and not re.search(r"让[^，。！？]{0,8}(?:知道|督促|劝)|丢人|脸|曝光|群", sentence):
                continue  # an accurate account of the emergency-contact process
            if re.search(r"联系|找|打给|打电话", m.group(0)) and not pressure and not re.search(r"通讯录|单位|领导|同事|所有人|群|朋友圈|老板|邻居|村", m.group(0)):
                continue  # 「我们联系了您家人，他们说您换号了」: a fact, not pressure
            return Hit(t.orig[a:b].strip(), a + m.start())
    span = L.SHAME_SPAN.search(t.norm)
    if span and not t.state.third_party and not L.SHAME_OK.search(sentence_of(t.norm, span.start())) \
            and not re.search(r"不会|不用|不要|别|没有", span.group(0)):
        return Hit(t.orig[span.start():span.end()], span.start())
    return None
