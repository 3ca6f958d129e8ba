"""Compliance detection for one collector turn, in context.

Each detector gets the turn's normalised text (quoted words of the debtor blanked out), the
original text for evidence, the :class:`CallState` and the :class:`CallContext`, and returns a
:class:`~simulator.scoring.text.Hit` or None. The same words can be fine or a violation
depending on context: verification, third party, local time, authorisation, negation,
quotation and accuracy. Every finding carries the quoted clause and the rubric's sources.

Detectors combine cue classes from ``lexicon`` (e.g. threat = knowing where the debtor is /
people turning up to confront / menace; credit-exaggeration = a claimed effect on children,
relatives, jobs or travel × a credit cue; contact-shaming = telling or calling × relatives,
employer, contacts or a group × pressure) and then rule out negation (``text.negated``,
including a negator that overlaps the match), denial right after (「…不受影响」), negated
rhetorical questions that urge (「你就不能找朋友周转一下？」), warnings about scams, reported or
quoted speech of the debtor, and conditional, accurate descriptions of process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from simulator.data.rubric_schema import Rubric

from . import lexicon as L
from .context import CallContext, CallState, digits_accepted, speaker_of, text_of
from .text import NEGATORS, NOT_NEGATING, Hit, amounts, clause_spans, cn_to_int, denied_after, find, negated, sentence_of, strip_quotes

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


HYPOTHETICAL_PROCESS = re.compile(r"可能(?:会)?安排|按(?:照)?规定|依法|提前(?:通知|告知|联系)|核实(?:地址|情况|一下)|会先|预约")
GOODWILL = re.compile(r"(?:路上|开车|出门|回去|晚上|下班)[^，。！？]{0,4}(?:注意|小心)(?:安全|身体)|注意身体|保重|一路平安|早点休息|小心骗子|注意防骗|谨防")


def _threat(t: TurnText) -> Hit | None:
    """Intimidation: knowing where the debtor lives or goes, people turning up to confront,
    or menace (「注意安全」「后果自负」) — not a goodwill close, not a conditional, accurate
    description of a verification visit, not negated 「我们不会上门」."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.THREAT, L.MENACE3, L.THREAT4, L.THREAT5):
            for m in pattern.finditer(clause):
                if negated(clause, m.start()) or denied_after(clause, m.end()):
                    continue
                if pattern in (L.MENACE3, L.THREAT4, L.THREAT5) and (L.THREAT_OK3.search(sentence) or HYPOTHETICAL_PROCESS.search(sentence) or re.search(r"避开|方便(?:的)?时间|不打扰|尽量", t.norm)):
                    continue
                if re.search(r"小心|当心|注意|留神|提防", m.group(0)) and re.search(r"骗子|诈骗|被骗|防骗|陌生人|冒充|身体|路滑|开车", sentence):
                    continue  # a safety warning about scams, the road or health
                if re.search(r"(?:您|你)(?:刚才)?(?:说|提到|讲)|有人(?:自称|冒充)", clause[:m.start()]) or re.search(r"不是我们的人|(?:您|你)可以报警", t.norm):
                    continue  # the debtor's own account of someone else's visit
                if GOODWILL.search(clause) and not re.search(r"不然|否则|要不然|最好|自己|小心点", clause):
                    continue
                if "注意安全" in m.group(0) and (re.search(r"谢谢|再见|祝|辛苦|慢点|拜拜", sentence) or not re.search(r"不然|否则|要不|最好|自己|小心点|不还|出门", sentence)):
                    continue
                if pattern is L.CONFRONT_VISIT and re.search(r"警察|公安|民警|法院|抓", clause):
                    continue  # police or court coming to arrest: false-legal-claim
                if pattern is L.CONFRONT_VISIT and HYPOTHETICAL_PROCESS.search(sentence) and not re.search(r"堵|等你|收拾|好看|坐坐", clause):
                    continue
                if pattern is L.MENACE and re.search(r"骗子|诈骗|被骗|防骗|冒充", sentence):
                    continue
                if pattern is L.KNOW_WHERE and re.search(r"更新|寄|账单|核对|确认一下(?:您的)?地址|方便|快递", sentence):
                    continue
                if re.search(r"(?:信不信|敢不敢)我找人|找人收拾(?:我|你们)", clause) and "我" in clause[:m.start() + 1] and t.state.last_debtor and m.group(0) in t.state.last_debtor:
                    continue
                if m.group(0) in ("意外", "出事") and not re.search(r"(?:你|您|家人|孩子).{0,6}(?:出|有)", clause):
                    continue
                return Hit(t.orig[a:b].strip(), a + m.start())
    # 「你闺女在哪个幼儿园、几点放学，我们都一清二楚」「出了什么事，可别说…」 span clauses
    for m in (x for p in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.MENACE3) for x in p.finditer(t.norm)):
        if re.search(r"[。！!]", m.group(0)) or not re.search(r"[，,；;？?]", m.group(0)):
            continue
        if re.search(r"骗子|诈骗|被骗|防骗|冒充|警察|公安|法院|核实|提前(?:通知|预约)|按规定|可能", sentence_of(t.norm, m.start())):
            continue
        window = t.norm[max(0, m.start() - 10):m.end() + 10]
        if negated(t.norm[max(0, m.start() - 12):m.start() + 1], min(12, m.start())) or re.search(r"更新|寄|账单|核对|确认一下|方便|快递|不会", window):
            continue
        return Hit(t.orig[m.start():m.end()].strip(), m.start())
    return None


def _insult(t: TurnText) -> Hit | None:
    """Demeaning words about the listener — not negated (「您不是老赖」), not the debtor's own
    word quoted back or reported (「您说我们是骗子」), not about scammers or third parties."""
    said = "".join(t.state.debtor_texts)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.INSULT_WORDS, L.INSULT, L.INSULT3, L.INSULT4, L.INSULT5):
            for m in pattern.finditer(clause):
                word = m.group(0)
                if negated(clause, m.start()) or denied_after(clause, m.end()):
                    continue
                if re.search(r"['‘“「\"]$", clause[:m.start()]) and re.match(r"['’”」\"]", clause[m.end():m.end() + 1] or " "):
                    continue  # a mention in quotes (「'老赖'一般说的是…」), not name-calling
                if re.search(r"好意思", word) and re.search(r"不好意思", clause[max(0, m.start() - 1):m.end()]):
                    continue
                if word == "滚" or (pattern is L.INSULT and word in ("贱", "蠢", "傻", "low", "滚", "垃圾", "有病")):
                    if not re.search(r"你|您", clause):
                        continue
                    if word == "滚" and re.search(r"利滚|滚利|滚动|滚雪球|越滚", clause):
                        continue
                    if word == "有病" and re.search(r"(?:您|你|家里|家人|孩子|老人)[^，。！？]{0,4}有病(?!吧|啊)|有病(?:在身|住院|看病)|生病", clause):
                        continue
                # the debtor's own word repeated to reassure, or reported speech
                if word in said and (re.search(r"别|不是|不要|没|谁|不用|什么.{0,4}不|千万", clause) or L.INSULT_REPORTED.search(clause[:m.start()])):
                    continue
                if L.INSULT_REPORTED.search(clause[:m.start()]) and re.search(r"(?:您|你)(?:刚才|是不是|可能)?(?:说|觉得|认为|以为|骂|担心|怕)|别把自己|说自己|被(?:人|别人)?(?:说|骂|叫|当)", clause[:m.start()]):
                    continue
                if re.search(r"骗子|诈骗|流氓|无赖|骗", word) and (re.search(r"冒充|自称|外面|那些|有些|电话里|短信|防|小心|当心|提醒|警惕|谨防|遇到|碰到|假|担心|怀疑|以为|觉得|核实|官方", sentence) or
                                                             not re.search(r"你|您", clause)):
                    continue
                if not re.search(r"你|您", clause) and WARNING.search(sentence):
                    continue
                if word in ("活该",) and not re.search(r"你|您", sentence):
                    continue
                return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _impersonation(t: TurnText) -> Hit | None:
    """The collector claims to be, or act for, police, court, procuratorate, a lawyer, a
    regulator or government — not 「我不是法院的」, not a warning about people who 冒充 them,
    not a mention of the lender's legal team doing its real job."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.IMPERSONATE, L.IMPERSONATION, L.IMPERSONATE4):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()):
                continue
            if re.search(r"不是|并非|冒充|自称|骗子|诈骗|假的|不代表", clause):
                continue
            if re.search(r"冒充|自称|骗子|诈骗|有人|假如|如果有", sentence) and not re.search(r"我[^，。！？]{0,4}是", clause):
                continue
            if re.search(r"(?:由|经|找|请|咨询|问问|委托)[^，。！？]{0,4}(?:法院|律师|律所)|法院(?:决定|判决|依法|认定)", clause) and not re.search(r"(?:我|本人)(?:就|现在|其实|也)?是|身份|名义|代表", clause):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _false_legal(t: TurnText) -> Hit | None:
    """Definite claims of arrest, jail, crime, a filed case or court enforcement — not the
    conditional, accurate 「如果长期不处理，银行有权依法起诉」, not a warning about scams, not
    an invented credit effect (credit-exaggeration)."""
    for pattern in (L.LEGAL_SEVERE, L.LEGAL_SEVERE2, L.LEGAL_DEFINITE):
        for a, b in clause_spans(t.norm):
            clause = t.norm[a:b]
            m = pattern.search(clause)
            if not m or negated(clause, m.start()) or denied_after(clause, m.end()):
                continue
            sentence = sentence_of(t.norm, a + m.start())
            if WARNING.search(sentence) or re.search(r"(?:有人|对方|他们|骗子)(?:自称|说)|冒充|骗子|诈骗(?:电话|短信|分子|团伙|话术)|任何(?:让|要)|不是正规|别交|报警", sentence):
                continue
            if "征信" in sentence and not re.search(r"法院|失信|限高|起诉|判|抓|坐牢|拘留|警察|传票|立案|刑事|犯罪|诈骗", sentence):
                continue  # an invented effect of a credit record is credit-exaggeration
            certain = L.LEGAL_CERTAIN.search(clause) or re.search(r"抓|坐牢|拘留|犯罪|诈骗|撤案|撤诉|刑拘|判", clause)
            if L.LEGAL_ACCURATE.search(sentence) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|撤案|撤诉|传票|够判|刑事", clause):
                continue
            if L.LEGAL_ACCURATE.search(clause) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|够判", clause):
                continue
            if pattern is L.LEGAL_SEVERE2 and not certain and re.search(r"如果|要是|万一|可能|假如", sentence):
                continue
            if re.search(r"征信", clause) and re.search(r"飞机|高铁", clause) and not re.search(r"失信|限高|限制", clause):
                continue  # invented effect of a credit record: credit-exaggeration
            if re.search(r"(?:您|你)(?:问|说|担心|怕|以为|听说)[^。！？]{0,12}$", t.norm[max(0, a - 14):a + m.start()]):
                continue  # 「您担心会不会坐牢」 reported, then answered
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _credit(t: TurnText) -> Hit | None:
    """Invented effects of a credit record (children's schooling, relatives, jobs, travel,
    "for life") — a credit cue in the sentence, or a claim strong enough on its own; not
    negated or denied (「征信只记您本人的，跟孩子没关系」)."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for m in list(L.CREDIT_EXAGGERATION.finditer(clause)) + list(L.CREDIT_EFFECT.finditer(clause)):
            if re.search(r"[。！？!?]", m.group(0)):
                continue
            if negated(clause, m.start()) or denied_after(clause, m.end()) or denied_after(sentence, sentence.find(clause) + len(clause)):
                continue
            if NEGATORS.search(NOT_NEGATING.sub("__", m.group(0))) or re.search(r"祝|顺利|加油|早日|照顾好", clause):
                continue  # 「征信逾期本身不会限制坐高铁」, 「祝孩子高考顺利」
            strong = L.CREDIT_STRONG.search(m.group(0)) or L.CREDIT_EXAGGERATION.search(m.group(0))
            context = t.call_text[-80:] + t.norm[max(0, a - 60):b]
            cued = L.CREDIT_CUE.search(sentence) or L.CREDIT_CUE.search(context)
            if not strong and not cued:
                continue
            if not cued and not re.search(r"不了|不能|过不|进不|上不|受影响|影响|没法|没资格|拒|卡|查|污点", sentence):
                continue  # 「孩子上学要用钱」: a child's schooling, no claimed effect
            if re.search(r"(?:您|你)(?:刚才|之前)?(?:说|提到)", sentence[:max(0, sentence.find(m.group(0)))]) and not cued:
                continue
            if re.search(r"失信被执行|限高|限制高消费|限制消费|法院", sentence) and not re.search(r"征信|黑名单|信用", clause):
                continue  # a court-status claim: false-legal-claim
            if re.search(r"其实不会|不会的|误解|谣传|担心|只(?:记录|影响|记)(?:您|你)?(?:本人|自己)|不会(?:影响|牵连|记到)|与.{0,4}无关|跟.{0,6}没关系|骗子|谣言|误解|不实|夸大|并不会|不存在|是假的", sentence):
                continue
            if re.search(r"如果|可能|也许|有的|一些|部分", clause[:m.start()]) and not re.search(r"一辈子|全家|孩子|子女|政审|考公", m.group(0)):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
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


def _before_verification(t: TurnText) -> Hit | None:
    if t.state.third_party or t.state.verified or digits_accepted(t.state, t.norm):
        return None
    if L.THIRD_PARTY_CUE.search(t.norm):
        return None
    return _disclosure_hit(t)


def _contact_shaming(t: TurnText) -> Hit | None:
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


def _harassment(t: TurnText) -> Hit | None:
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


def _unofficial(t: TurnText) -> Hit | None:
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


def _unauthorized(t: TurnText) -> Hit | None:
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


def _borrow(t: TurnText) -> Hit | None:
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
    hits = {rule: hit for rule, detector in DETECTORS.items() if (hit := detector(tt)) is not None}
    shaming = hits.get("contact-shaming")
    if shaming and "third-party-disclosure" in hits and hits["third-party-disclosure"].evidence == shaming.evidence:
        del hits["third-party-disclosure"]  # one act: threatening to spread the debt is contact-shaming
    return [Finding(rule, hit.evidence, rubric.source_text(rubric.violations[rule].sources)) for rule, hit in hits.items()]
