"""Legal and credit claims: `impersonation` (claiming to be police, court, lawyer, regulator), `false-legal-claim` (invented arrest, case, enforcement) and `credit-exaggeration` (invented effects of a credit record).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..detect_base import WARNING, TurnText
from ..text import NEGATORS, NOT_NEGATING, Hit, clause_spans, denied_after, negated, sentence_of


def detect_impersonation(t: TurnText) -> Hit | None:
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


def detect_false_legal(t: TurnText) -> Hit | None:
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


def detect_credit(t: TurnText) -> Hit | None:
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
