"""Checks a model reply before the trainee sees it.

``check_reply(text, persona, decision, history)`` returns the names of failed checks (empty =
OK). ``check_partial(text, persona)`` is the subset that is safe on a half-streamed reply, so
text is released only while it passes. ``clean_reply`` does the harmless tidying first
(whitespace, quotes, the debtor's own name label, text after a stop sequence).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Sequence

from ..data.persona_schema import Intent, Persona
from .acts import find_amounts, find_dates
from .state import Decision

MIN_CHARS, MAX_CHARS = 2, 60

# The debtor talking like the bank / the collector.
ROLE_SLIP = [r"我们银行", r"我行", r"本行", r"本公司", r"(?:您|你)(?:的)?欠款", r"(?:欠款|账单|借款)(?:已经)?(?:全部)?结清", r"(?:您|你)的账单", r"(?:您|你)已(?:经)?逾期", r"(?:您|你)的逾期",
             r"请(?:您|你)?尽快(?:还款|还清|处理)", r"请(?:您|你)按时还款", r"我是[^，。！？]{0,8}(?:催收|客服|专员|工作人员)",
             r"(?:核实|确认)(?:一下)?(?:您|你)的身份", r"请问(?:您|你)是[^，。！？]{0,5}(?:本人|吗)", r"我是[^，。！？]{0,6}本人吗", r"(?:你|您)欠(?:我|我们|[^，。！？]{0,10}的(?:钱|款))", r"(?:我|俺)(?:就)?是[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐)", r"我的工号", r"工号(?:是)?\d", r"为(?:您|你)服务",
             r"还款提醒", r"(?:我们|我们这边)(?:会|将)(?:上报|起诉|委外)", r"(?:您|你)(?:需要|必须|应该)(?:尽快)?还"]
LABEL_WORDS = r"(?:催收员|催收|客服|坐席|银行|用户|助手|欠款人|债务人|借款人|debtor|collector|user|assistant|AI)"
LEAK = [r"情绪[：:]", r"接下来要", r"此刻的", r"电话记录", r"文字记录", r"说话的特点", r"平时说话的样子", r"请写出", r"只写",
        r"不超过\d+个字", r"口吻", r"比如[：:]", r"对方说欠款", r"(?:system|assistant|user|prompt|intent|persona|instruction)", r"[{}]", r"\b(?:amount|date)\b",
        r"[（(][^）)]{0,20}(?:情绪|接下来|叹气|笑|停顿|沉默|语气|小声|大声|生气|愤怒)[^）)]{0,10}[）)]?", r"^[（(]", r"[【\[]"]
AI_STRICT = [r"(?:我|本人)(?:只)?是(?:一个|一名|个)?(?:AI|ai|人工智能|语言模型|大模型|模型|机器人|虚拟|程序|助手|智能)",
             r"作为(?:一个|一名)?(?:AI|ai|人工智能|语言模型|助手|模型)", r"(?:模拟|训练|陪练|演练|测试)(?:场景|对话|系统|程序|环境)?",
             r"语言模型", r"大模型", r"人工智能助手", r"Qwen|qwen|通义|千问|ChatGPT|GPT|OpenAI|Anthropic|Claude",
             r"扮演", r"角色", r"提示词", r"指令", r"人设", r"(?i:\bas an ai\b|language model|i am an ai|i'm an ai)"]
AI_LOOSE = [r"AI|\bai\b|人工智能|机器人|模型|系统提示"]
NEGATED_AI = re.compile(r"(?:不是|才不是|哪是|又不是|什么|啥)[^，。！？]{0,3}$")
ENGLISH_OK = {"app", "ok", "atm", "vip", "pos", "bug", "id", "qq"}
CONTRADICTIONS: dict[Intent, list[str]] = {
    Intent.confirm_identity: [r"打错", r"不是我", r"没这(?:个)?人", r"不认识"],
    Intent.deny_identity: [r"^(?:对|是)(?:的|，|。)?(?:我就是|是我)", r"我就是"],
    Intent.refuse: [r"(?:一定|马上|保证)还"],
    Intent.hang_up: [],
}
# What a reply for the intent must show (a name counts for confirm_identity).
REQUIRED: dict[Intent, str] = {
    Intent.confirm_identity: r"是|对|嗯|系|没错|就是|俺|{name}",
    Intent.take_message: r"转告|告诉|说一声|回电|回个电|回过去|回你|回您|让他|让她|叫他|叫她|跟他说|跟她说|带话|传话|转达|捎|留个|留言|记下|记一下|贴个条",
}
REPETITIVE = re.compile(r"(.{1,4}?)[，,、…\s]*(?:\1[，,、…\s]*){3,}")
COMMIT = re.compile(r"(?:先|能|可以|会|一定|保证|准|就)还(?:上|你|您)?[^，。！？]{0,3}(?:\d|[一二两三四五六七八九十百千万]{2,})")


_BRACKETS = re.compile(r"[（(【\[]([^（()）【】\[\]]*)[）)】\]]")
_OPEN_TAIL = re.compile(r"[（(【\[][^）)】\]]*$")
_DATE_ONLY = re.compile(r"^\s*\d{1,2}月\d{1,2}[日号]?\s*$")
_END = "。！？!?…~～"


def _strip_directions(text: str) -> str:
    """Remove bracketed stage directions 「（叹气）」「（情绪：有点慌）」; a bracketed date such as
    「下周五（3月21日）」 stays. An unclosed bracket at the end (still streaming) is held back."""
    text = _BRACKETS.sub(lambda m: m.group(0) if _DATE_ONLY.match(m.group(1)) else "", text)
    return _OPEN_TAIL.sub("", text)


def _trim_fragment(text: str) -> str:
    """A reply cut off by the token limit ends mid-sentence: keep it up to its last full sentence."""
    if len(text) < 25 or text[-1] in _END + "，,、；;":
        return text
    cut = max(text.rfind(ch) for ch in _END)
    return text[: cut + 1] if cut >= 6 else text


def clean_reply(text: str, persona: Persona, stop: Sequence[str] = ("\n",), *, final: bool = False) -> str:
    """Harmless tidying: cut at a stop sequence, strip spaces/quotes, bracketed stage directions and
    a leading own-name label; with ``final`` also a trailing fragment after the last full sentence.
    Nothing that could hide a slip is removed: labels of other speakers, leaked instruction words
    outside brackets, role slips and AI mentions all stay for the check to catch."""
    text = text or ""
    for s in stop:
        if s and s in text and not (s == f"{persona.identity.name}：" and text.startswith(s)):
            text = text.split(s, 1)[0] if not text.startswith(s) else text
    text = text.strip()
    for label in (f"{persona.identity.name}：", f"{persona.identity.name}:"):
        if text.startswith(label):
            text = text[len(label):].strip()
    for s in stop:  # a stop after the label was removed
        if s and s in text:
            text = text.split(s, 1)[0].strip()
    text = _strip_directions(text).strip()
    for label in (f"{persona.identity.name}：", f"{persona.identity.name}:"):  # 「王强（生气）：」
        if text.startswith(label):
            text = text[len(label):].strip()
    pairs = {"“": "”", "「": "」", '"': '"', "『": "』"}
    if len(text) >= 2 and text[0] in pairs and text[-1] == pairs[text[0]]:
        text = text[1:-1].strip()
    elif text[:1] in pairs and pairs[text[:1]] not in text:  # an opening quote never closed
        text = text[1:].strip()
    if final:
        text = _trim_fragment(text)
    return text


def _turns(history: Sequence) -> list[tuple[str, str]]:
    from .wording import _turns as turns
    return turns(history)


def _any(patterns: Sequence[str], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def _ai_mention(text: str, allow_loose: bool) -> bool:
    for p in AI_STRICT:
        for m in re.finditer(p, text):
            if not NEGATED_AI.search(text[max(0, m.start() - 6): m.start()]):
                return True
    if not allow_loose:
        for p in AI_LOOSE:
            if re.search(p, text):
                return True
    return False


def _english(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in ENGLISH_OK]
    letters = sum(len(w) for w in words)
    return len(words) >= 2 or letters > 6


def check_partial(text: str, persona: Persona) -> list[str]:
    """Checks that hold for any prefix of a good reply (streaming-safe)."""
    failed = []
    name = re.escape(persona.identity.name)
    if re.search(rf"{LABEL_WORDS}\s*[：:]|{name}\s*[：:]|^\s*[\u4e00-\u9fff]{{2,4}}[：:]", text):
        failed.append("speaker_label")
    if _any(LEAK, text):
        failed.append("leaked_instructions")
    if _ai_mention(text, allow_loose=True):
        failed.append("mentions_ai")
    if _any(ROLE_SLIP, text):
        failed.append("role_slip")
    if _english(text):
        failed.append("not_chinese")
    if len(text.strip()) > MAX_CHARS:
        failed.append("too_long")
    return failed


def _similar(a: str, b: str) -> float:
    """Character-bigram Jaccard similarity."""
    def grams(s: str) -> set[str]:
        s = re.sub(r"[\s，。！？、,.!?~…]", "", s)
        return {s[i : i + 2] for i in range(len(s) - 1)} or {s}
    ga, gb = grams(a), grams(b)
    return len(ga & gb) / max(1, len(ga | gb))


def _parrots(text: str, collector: str, persona: Persona, share: float) -> bool:
    """The reply repeats the collector's line (names left out: 「对，我是黄军」 is no parroting)."""
    names = {persona.identity.name, persona.debt.debtor_name}
    for n in names:
        text, collector = text.replace(n, ""), collector.replace(n, "")
    if len(re.sub(r"[\s，。！？、,.!?~…：:]", "", text)) < 3:
        return False
    return text in collector or _similar(text, collector) >= 0.6 or _covered(text, collector) >= share


def _covered(text: str, other: str) -> float:
    """Share of the reply's character bigrams that also occur in ``other`` (parroting)."""
    t = re.sub(r"[\s，。！？、,.!?~…：:]", "", text)
    grams = [t[i : i + 2] for i in range(len(t) - 1)]
    return sum(g in other for g in grams) / len(grams) if len(grams) >= 4 else 0.0


def _known_amounts(persona: Persona, decision: Decision, turns: list[tuple[str, str]]) -> set[int]:
    d = persona.debt
    known = {d.amount_due, d.late_fees, d.amount_due + d.late_fees, d.amount_due - d.late_fees}
    if d.minimum_due:
        known.add(d.minimum_due)
    if decision.amount is not None:  # the decided amount, and what is left after it
        known.update({decision.amount, d.amount_due - decision.amount, d.amount_due + d.late_fees - decision.amount})
    for _, text in turns:
        known.update(find_amounts(text))
    for line in persona.lines.get(decision.intent, []) + persona.speech_style.examples:
        known.update(find_amounts(line))  # numbers the author wrote into the persona's own lines
    return known


def _earlier_lines_for_other_intents(history: Sequence, intent: Intent) -> list[str]:
    """Debtor lines said earlier for another intent (history entries that record their intent):
    saying one of those again (e.g. the greeting mid-call) is a slip; the same intent again may repeat."""
    out = []
    for t in history or ():
        if isinstance(t, dict) and t.get("speaker") == "debtor" and t.get("intent") and t["intent"] != intent.value:
            out.append(str(t.get("text") or ""))
    return out


def check_reply(text: str, persona: Persona, decision: Decision, history: Sequence = (),
                call_start: datetime | date | None = None) -> list[str]:
    """Names of failed checks for a complete reply (empty list = OK to show)."""
    text = (text or "").strip()
    failed = [f for f in check_partial(text, persona) if f != "mentions_ai"]
    if _ai_mention(text, allow_loose=decision.intent is Intent.stay_in_role):
        failed.append("mentions_ai")
    if len(text) < MIN_CHARS:
        failed.append("too_short")
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    meaningful = cjk + sum(ch.isascii() and ch.isalpha() for ch in text)
    if meaningful and cjk / meaningful < 0.6 and "not_chinese" not in failed:
        failed.append("not_chinese")
    turns = _turns(history)
    last_collector = next((t for s, t in reversed(turns) if s == "collector"), "")
    last_debtor = next((t for s, t in reversed(turns) if s == "debtor"), "")
    if last_collector and len(text) >= 4 and _parrots(text, last_collector, persona, 0.65):
        failed.append("repeats_collector")
    elif len(text) >= 8 and any(_parrots(text, t, persona, 0.8) for s, t in turns if s == "collector"):
        failed.append("repeats_collector")  # an earlier collector line, nearly word for word
    if len(text) >= 4 and (
            (last_debtor and _similar(text, last_debtor) >= 0.8)
            or any(_similar(text, t) >= 0.8 for t in _earlier_lines_for_other_intents(history, decision.intent))):
        failed.append("echoes_previous")  # the previous line again, or an earlier line said for something else
    # amounts
    amounts = find_amounts(text)
    debt_total = persona.debt.amount_due + persona.debt.late_fees
    if any(a > debt_total for a in amounts):
        failed.append("amount_too_high")
    if set(amounts) - _known_amounts(persona, decision, turns):
        failed.append("amount_unknown")
    if decision.intent in (Intent.promise_to_pay, Intent.counter_offer) and decision.amount is not None:
        if decision.amount not in amounts:
            failed.append("amount_missing")
    elif decision.intent not in (Intent.dispute, Intent.claim_paid, Intent.tell_hardship) and COMMIT.search(text):
        failed.append("wrong_intent")
    # dates
    if decision.date_days is not None and decision.intent in (Intent.promise_to_pay, Intent.counter_offer):
        today = (call_start.date() if isinstance(call_start, datetime) else call_start) or date.today()
        said = [d for d, _ in find_dates(text, today, soft=False)]
        if said and all(abs(d - decision.date_days) > 1 for d in said):
            failed.append("date_mismatch")
        if any(d < persona.settlement.earliest_days for d in said):
            failed.append("date_too_early")
    need = REQUIRED.get(decision.intent)
    if need and not re.search(need.replace("{name}", re.escape(persona.identity.name)), text):
        failed.append("wrong_intent")
    if REPETITIVE.search(text):
        failed.append("repetitive")
    if _any(CONTRADICTIONS.get(decision.intent, []), text):
        failed.append("wrong_intent")
    return sorted(set(failed))
