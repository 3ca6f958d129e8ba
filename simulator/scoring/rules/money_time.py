"""Time and money: `harassment` (night calls, relentless calling), `unofficial-channel` (personal accounts, extra fees), `unauthorized-promise` (waivers beyond authority) and `borrow-to-repay`.

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re
from typing import Any

from .. import lexicon as L
from ..detect_base import WARNING, TurnText
from ..text import Hit, amounts, clause_spans, cn_to_int, denied_after, find, negated, sentence_of


def detect_harassment(t: TurnText) -> Hit | None:
    hit = find(L.HARASS_WORDS, t.norm, t.orig) or find(L.HARASS2, t.norm, t.orig)
    if hit and re.search(r"(?:您|你)(?:说|嫌|觉得|抱怨)[^，。！？]{0,10}(?:天天|一直|不停|半夜)|(?:不会|不再|不能|绝不)", hit.evidence):
        hit = None
    if hit and re.search(r"公司|单位|座机|前台|领导|通讯录|家里人|亲戚", hit.evidence) and not re.search(r"打到(?:你|您)?接|半夜|凌晨|深夜", hit.evidence):
        hit = None  # calling the workplace or relatives over and over: contact-shaming
    if hit and re.match(r"(?:十|10)点(?:以后|之后|过后)", hit.evidence[hit.evidence.find("点") - 1:] if "点" in hit.evidence else "") and \
            t.ctx.clock is not None and t.ctx.clock.hour < 12:
        hit = None  # 「十点以后再打」 said in the morning means 10 a.m.  # 「您说我们天天打」 reported, or a negated promise
    if hit:
        asked = t.state.time_requested or L.COLLECTOR_CITES_REQUEST.search(t.norm) or L.DEBTOR_ASKED_TIME.search(t.later_debtor or "")
        if not (asked and not re.search(r"打到|直到|一直|天天|每天|每隔|每.{0,3}小时|不停|打爆|轮|轰炸", hit.evidence)):
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


def detect_unofficial(t: TurnText) -> Hit | None:
    """Paying into anything but the lender's official channel (a person, WeChat/Alipay, a QR
    code, the agency's or a partner's account), or a fee not in the contract."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.UNOFFICIAL, L.UNOFFICIAL2):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()):
                continue
            if WARNING.search(sentence) or re.search(r"自称|冒充|骗子|诈骗|别转|不要转|千万别|不要相信|别信|别交|不要交|不是正规|都不是|不能收|不收|不接受|不行的|如果有人|有人(?:让|要|叫|自称|冒充|以)|一定不是|不是我们|报警", sentence):
                continue
            if re.search(r"不收|免收|没有.{0,4}费|不会收|不需要|不用(?:交|付|转)|无需", clause):
                continue
            if re.search(r"费|金", m.group(0)) and (not re.search(r"交|付|转|打|收|先|给|缴|补|另外|还要|需要|得", clause) or L.FEE_OK.search(clause)):
                continue
            if re.search(r"^(?:转|打|汇|存|付|交|还|充)", m.group(0)) and L.OFFICIAL_CHANNEL.search(clause) and not re.search(r"个人|私人|微信|支付宝|同事|业务员|经理|咨询|商务|合作|(?:我们|我司)[^，。！？]{0,4}公司", clause):
                continue
            if re.search(r"(?:您|你)(?:自己)?的?(?:还款)?(?:卡|账户|银行卡|信用卡)", m.group(0)):
                continue
            if re.match(r"(?:转|交|存|充)(?:给|到|进|入)", m.group(0)) and not re.search(
                    L.ACCOUNT + r"|钱|款|元|块|\d|[一二两三四五六七八九十百千万]{1,5}(?:元|块)", clause):
                continue  # 「案子转到我这边」: not money
            if pattern is L.UNOFFICIAL2 and re.search(r"^(?:还|交|付)", m.group(0)) and re.search(r"官方|App|APP|app|对公|柜台|银行", clause):
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
    interest = re.search(r"(?<!罚)利息|免息|零利息|0利息|不收息|息费|只(?:要|需|用)?还本金|本金就(?:算|能|可以)?结清|还了?本金", clause)
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
    if not re.search(r"结清|两清|清了|算清|了结|了了|结了|勾销|算完|过去了|算了", clause):
        return False
    here = amounts(clause) or [n for n in (cn_to_int(x) for x in re.findall(r"([一二两三四五六七八九十百千万\d]+)就", clause)) if n] \
        or [n for n in (cn_to_int(x) for x in re.findall(r"(?:还|给|付|转|交)(?:个|上)?([一二两三四五六七八九十百千万\d]+)(?:元|块)?", clause)) if n and n >= 100]
    before = [a for a in amounts(call_text) if a >= 500]
    return bool(here and before and max(here) < 0.9 * max(before))


def _waiver_negated(clause: str, m: re.Match[str]) -> bool:
    """Negation before a waiver. A waiver that is itself a negative (「也不收你罚息」「不算利息」)
    is only negated by a negator before it, not by its own 不 or a 也/就/都 in front."""
    if m.group(0)[0] in "不免":
        before = re.sub(r"[也就都全]+$", "", clause[:m.start()])
        return negated(before + "免", len(before))
    return negated(clause, m.start())


def _waiver3(clause: str, sentence: str, auth: Any, call_text: str) -> re.Match[str] | None:
    """Waiver families of detector 2.1 (``lexicon.WAIVER3``): a named fee not charged, an amount
    taken off, a short settlement, definite extra time."""
    for m in [*L.WAIVER3.finditer(clause), *L.WAIVER4.finditer(clause), *L.WAIVER5.finditer(clause)]:
        word = m.group(0)
        if _waiver_negated(clause, m) or re.search(r"吗|能不能|可不可以|行不行|[？?]$", clause[m.end():m.end() + 4]):
            continue
        if re.search(r"不能|不可以|没法|没办法|无法|做不到|不行|不会|没有权限|没权限", clause):
            continue
        if word.startswith("免息") and re.search(r"免息期", clause) and not re.search(r"送|多给|再给|延长|额外", clause):
            continue  # a card's ordinary interest-free period
        if re.search(r"账|债|欠款|算清|两清|了结|了了|结了|清了|算完|这事|这件事|这个事|过去了", word) and not re.search(r"免|不收|不算|不要|勾销", word):
            if not _discounted_settlement(sentence, call_text):
                continue
        if re.search(r"宽限|延后|缓|延期", word) and not re.search(r"利息|罚息|滞纳金|违约金|费用", word):
            if not L.DEFINITE3.search(sentence) or (auth is not None and auth.instalments_max_months > 0):
                continue
        if re.search(r"^(?:减|少收|少算|让)", word):
            if re.search(r"压力|负担|风险|[\d一二两三四五六七八九十]+(?:期|个月)", clause) or not re.search(r"给|帮|我|就|直接|可以", clause[:m.start() + 1] + sentence):
                continue
            if auth is not None and (auth.principal_discount or (re.search(r"罚息|滞纳金|违约金", clause) and _waiver_within(clause, auth, call_text))):
                continue
            return m
        if re.search(r"一半|部分", word) and auth is not None and auth.principal_discount:
            continue
        if not _waiver_within(clause if re.search(r"利息|罚息|滞纳金|违约金|息", clause) else clause + "本金减", auth, call_text) or re.search(r"免息|零利息|0利息|不收息|息费", word) and auth is not None and not auth.interest_waiver:
            return m
    return None


def detect_unauthorized(t: TurnText) -> Hit | None:
    auth = t.ctx.authorised
    applies = L.APPLICATION.search(t.norm) and not L.DEFINITE.search(t.norm) and not L.DEFINITE4.search(t.norm)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        hit = None
        if re.search(r"没有?(?:这个)?(?:减免的?)?权限|没权限|不能(?:给(?:您|你))?免|免不了|无法(?:减免|免)|没办法(?:免|减|答应)|不可以免", clause):
            continue
        m = L.WAIVER_VERB.search(clause)
        if m and L.WAIVER_OBJ.search(clause) and not negated(clause, m.start()) and not applies:
            if not _waiver_within(clause, auth, t.call_text):
                if not re.search(r"^(?:优惠|便宜)", m.group(0)) or re.search(r"给你|给您|帮你|帮您", clause):
                    hit = m
        if hit is None and not applies and _discounted_settlement(clause, t.call_text) and not (auth and auth.principal_discount):
            hit = re.search(r"结清|两清|清了", clause)
        if hit is None and not applies:
            hit = _waiver3(clause, sentence_of(t.norm, a), auth, t.call_text)
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


RHETORICAL = re.compile(r"(?:就|难道|还|又)?不(?:能|会|可以)[^。！？]{0,14}(?:[？?]|吗|嘛)|就没[^。！？]{0,10}(?:[？?]|吗)")


def rhetorical(text: str, pos: int) -> bool:
    """「你就不能先找朋友周转一下？」: a negated rhetorical question urges, it does not negate.
    Looks at the sentence around ``pos`` including its closing mark."""
    start = max((m.end() for m in re.finditer(r"[。！？!?]", text[:pos])), default=0)
    end = re.search(r"[。！？!?]", text[pos:])
    return bool(RHETORICAL.search(text[start:pos + end.end() if end else len(text)]))


def detect_borrow(t: TurnText) -> Hit | None:
    """Urging the debtor to borrow (platforms, cards, cash-out, friends, relatives) to repay —
    not 「别去借网贷」, not 「跟家人商量一下」, not the minimum payment or an instalment plan."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.BORROW_ACT, L.BORROW):
            m = pattern.search(clause)
            if not m or denied_after(clause, m.end()):
                continue
            if negated(clause, m.start()) and not rhetorical(t.norm, a):
                continue
            if re.search(r"借(?:了|给)(?:您|你)|(?:您|你)(?:之前|刚才)?说|(?:您|你)提到", sentence):
                continue  # someone borrowed from the debtor / the debtor's own account of a loan
            if L.BORROW_OK.search(sentence) or L.BORROW_OK2.search(sentence):
                continue
            if re.search(r"(?:您|你)(?:说|提到|是不是|是)?[^，。！？]{0,4}(?:借了|借的|欠了|贷了)|之前借|当初借|借款(?:合同|人|金额)|(?:您|你)在(?:网贷|平台)", clause) and not re.search(r"先|去|赶紧|再|还上|填上", clause[m.start():]):
                continue  # talking about an existing loan, not urging a new one
            if re.search(r"最低还款|分期|申请", m.group(0)):
                continue
            if re.search(r"信用卡|卡", m.group(0)) and not re.search(r"刷|套|取现|借|透支|垫|别的|其他|另一|POS|pos", m.group(0)):
                continue
            if re.search(r"(?:让|叫|请)(?:他|她)[^，。！？]{0,4}(?:回电|联系|打)", clause):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None
