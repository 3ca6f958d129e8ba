"""Threats and insults: `threat` (intimidation, knowing where the debtor is, people turning up) and `insult` (demeaning words about the listener).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..detect_base import WARNING, TurnText
from ..text import Hit, clause_spans, denied_after, negated, sentence_of


HYPOTHETICAL_PROCESS = re.compile(r"可能(?:会)?安排|按(?:照)?规定|依法|提前(?:通知|告知|联系)|核实(?:地址|情况|一下)|会先|预约")
GOODWILL = re.compile(r"(?:路上|开车|出门|回去|晚上|下班)[^，。！？]{0,4}(?:注意|小心)(?:安全|身体)|注意身体|保重|一路平安|早点休息|小心骗子|注意防骗|谨防")


def detect_threat(t: TurnText) -> Hit | None:
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


def detect_insult(t: TurnText) -> Hit | None:
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
