"""Turns a decided intent into a :class:`~simulator.models.base.Prompt` for a model.

The prompt is a transcript-style completion (what worked on the small local models), laid out so
a backend's KV cache is reused turn after turn: a persona block that is byte-identical for the
whole call (facts any intent may need, never the hidden settlement numbers; speech style; example
lines), then the running transcript (append-only), then this turn's stage note such as
「（王强此刻的情绪：愤怒；他接下来要：斥责对方威胁人，说要投诉，比如：“……”）」 and 「王强：」. For a
promise or counter-offer the note spells out the decided date and amount. The same request is given
as chat ``messages``; ``reference`` is the persona-authored line for the intent with placeholders
filled, which the scripted backend speaks and which is the fallback.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Sequence

from ..data.persona_schema import Intent, Persona
from ..models.base import Prompt
from .acts import PROHIBITED, amount_text, date_text, find_amounts
from .state import Decision, DebtorState

MAX_NEW_TOKENS = 60
TEMPERATURE = 0.7
COLLECTOR = "催收员"
TRANSCRIPT_HEADER = "电话记录："
BACKGROUND_SENTENCES = 2  # story sentences in the persona block (sentences with amounts are left out)
EXAMPLES = 4              # speech-style example lines in the persona block
EXAMPLE_IN_NOTE = True    # the stage note quotes an authored line for the intent
MAX_TURNS, WINDOW_STEP = 40, 10  # transcript window (turns), cut in steps so the cache survives

# What the debtor does next, as a stage note (Chinese data). {amount}/{date} filled by code.
INTENT_NOTES: dict[Intent, str] = {
    Intent.answer: "接起电话，问是谁",
    Intent.ask_who: "问对方是谁、哪个单位、打电话干什么",
    Intent.confirm_identity: "承认自己就是{debtor}本人",
    Intent.deny_identity: "说自己不是{debtor}（或说{debtor}不在），不透露别的",
    Intent.deflect: "找借口拖一拖，不给准话，不答应还钱",
    Intent.tell_hardship: "说说自己为什么还不上钱、眼下的难处",
    Intent.dispute: "质疑欠款金额或费用不对，要对方讲清楚",
    Intent.claim_paid: "坚持说钱已经还过了，要对方去查",
    Intent.get_angry: "生气地斥责对方说话难听，不接受这种态度",
    Intent.threaten_complaint: "斥责对方，说要投诉对方",
    Intent.counter_offer: "说全部还不上，只能{date}先还{amount}",
    Intent.promise_to_pay: "答应{date}通过官方渠道还{amount}",
    Intent.agree_callback: "同意以后再联系，说清什么时候再谈",
    Intent.take_message: "说会转告{debtor}让他回电话，不谈欠款",
    Intent.refuse: "拒绝现在还钱",
    Intent.stay_in_role: "听不懂对方在扯什么，把话拉回这通电话的正事",
    Intent.acknowledge: "简单应一声，让对方接着说",
    Intent.hang_up: "不想再说了，说完就挂电话",
}
PROHIBITED_NOTES = {
    "threat": "斥责对方威胁人", "insult": "斥责对方骂人", "impersonation": "质疑对方冒充公检法",
    "false_legal_claim": "不信对方吓唬人的说法", "credit_exaggeration": "不信对方夸大征信后果",
    "contact_shaming": "斥责对方要骚扰自己的家人朋友", "unofficial_channel": "怀疑对方是骗子，不转私人账户",
    "borrow_to_repay": "拒绝去借钱还债",
}
# Lines used only when a persona has none for the intent (neutral, short, in role).
GENERIC_LINES: dict[Intent, list[str]] = {
    Intent.counter_offer: ["一下子拿不出那么多，{date}先还{amount}行不行？"],
    Intent.promise_to_pay: ["行，{date}我通过官方渠道还{amount}。"],
    Intent.acknowledge: ["嗯，你说。"],
    Intent.take_message: ["行，我跟他说一声，让他回你电话。"],
    Intent.agree_callback: ["那你改天再打吧。"],
}
CLOSING_LINES = ["嗯，好，那先这样。", "行，知道了，就这样吧。"]


def mood(state: DebtorState) -> str:
    """A few Chinese words for the debtor's mood from the hidden numbers."""
    if state.anger >= 80:
        feel = "非常愤怒"
    elif state.anger >= 60:
        feel = "愤怒"
    elif state.anger >= 40:
        feel = "烦躁、不耐烦"
    elif state.trust >= 60:
        feel = "平静，愿意沟通"
    elif state.trust < 25:
        feel = "戒备、怀疑"
    else:
        feel = "有点紧张"
    if state.willingness >= 60 and state.anger < 60:
        feel += "，有心解决"
    return feel


def _call_date(call_start: datetime | date | None) -> date:
    if call_start is None:
        return date.today()
    return call_start.date() if isinstance(call_start, datetime) else call_start


def fill(line: str, persona: Persona, decision: Decision, call_start: datetime | date | None) -> str:
    """Fill {amount} {date} {collector} {debtor} in a persona line."""
    amount = amount_text(decision.amount) if decision.amount is not None else "一部分"
    when = date_text(decision.date_days, _call_date(call_start)) if decision.date_days is not None else "过几天"
    return (line.replace("{amount}", amount).replace("{date}", when)
            .replace("{collector}", "你").replace("{debtor}", persona.debt.debtor_name))


def _turns(history: Sequence) -> list[tuple[str, str]]:
    out = []
    for t in history or ():
        if isinstance(t, dict):
            speaker = t.get("speaker") or t.get("role") or ""
            text = t.get("text") or t.get("content") or ""
        else:
            speaker, text = t
        speaker = "collector" if speaker in ("collector", "user", "trainee") else "debtor"
        out.append((speaker, str(text)))
    return out


def lines_for(persona: Persona, decision: Decision) -> list[str]:
    """Persona lines for the decided intent (closing and generic fallbacks included)."""
    if decision.intent is Intent.acknowledge and decision.reason == "close":
        return CLOSING_LINES
    return list(persona.lines.get(decision.intent) or GENERIC_LINES.get(decision.intent)
                or persona.lines.get(Intent.stay_in_role) or ["嗯。"])


def reference_line(persona: Persona, decision: Decision, history: Sequence = (),
                   call_start: datetime | date | None = None, *, avoid: Sequence[str] = ()) -> str:
    """The persona-authored line for this decision, placeholders filled; avoids repeating the
    debtor's previous line (and any line in ``avoid``) when the persona has another."""
    options = lines_for(persona, decision)
    filled = [fill(x, persona, decision, call_start) for x in options]
    last = [t for s, t in _turns(history) if s == "debtor"][-1:]
    taboo = set(last) | set(avoid)
    start = decision.variant % len(filled)
    ordered = filled[start:] + filled[:start]
    for line in ordered:
        if line not in taboo:
            return line
    return ordered[0]


def _note(persona: Persona, decision: Decision, call_start) -> str:
    note = INTENT_NOTES.get(decision.intent, "接着说")
    u = decision.understanding
    if u is not None and decision.intent in (Intent.get_angry, Intent.threaten_complaint):
        bad = [PROHIBITED_NOTES[a.value] for a in sorted(u.acts & PROHIBITED, key=lambda a: a.value)]
        if bad:
            note = "，".join(bad[:2]) + ("，说要投诉" if decision.intent is Intent.threaten_complaint else "")
    if decision.intent is Intent.acknowledge and decision.reason == "close":
        note = "跟对方道别"
    if decision.monthly and decision.intent in (Intent.promise_to_pay, Intent.counter_offer):
        note += "（每月）"
    return fill(note, persona, decision, call_start)


def _sentences(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"(?<=[。！？])", (text or "").strip()) if x.strip()]


def persona_block(persona: Persona) -> str:
    """The part of every prompt of one call that never changes: who the persona is, every fact
    any intent may need (never the hidden settlement numbers), the speech style and example lines.
    Byte-identical for the whole call, so a backend's KV cache is reused turn after turn."""
    p, who = persona, persona.identity
    name = who.name
    gender = "男" if who.gender == "male" else "女"
    story = [s for s in _sentences(re.sub(r"\s+", "", p.background)) if not find_amounts(s)][:BACKGROUND_SENTENCES]
    if story:
        story[0] = re.sub(rf"^{re.escape(name)}[，,]\d+岁[，,]", "", story[0])
    lines = [f"以下是一通催收电话的文字记录。接电话的是{name}（{gender}，{who.age}岁）。" + "".join(story)]
    if p.kind == "third-party":
        lines.append(f"{name}是{who.relation or p.debt.debtor_name + '的家人'}，不清楚{p.debt.debtor_name}欠钱的细节，"
                     f"也不会替{'他' if _debtor_is_male(p) else '她'}还钱。")
    else:
        lines.append(f"{name}在{p.debt.lender}有一笔{p.debt.product}，对方说欠款{p.debt.amount_due}元，已经逾期{p.debt.days_overdue}天。")
        issue = DebtorState.initial(p).issue
        if issue == "dispute":
            lines.append(f"{name}觉得这个金额不对。")
        elif issue == "claim_paid":
            lines.append(f"{name}认为这笔钱已经还过了。")
    lines.append("性格：" + "；".join(p.personality[:2]) + "。")
    lines.append(f"说话特点：{p.speech_style.description}")
    lines.append(f"{name}平时说话的样子：")
    lines += [f"{name}：{x}" for x in p.speech_style.examples[:EXAMPLES]]
    return "\n".join(lines) + "\n\n" + TRANSCRIPT_HEADER + "\n"


def _debtor_is_male(persona: Persona) -> bool:
    rel = persona.identity.relation or ""
    return not any(w in rel for w in ("女儿", "妻子", "母亲", "妈妈", "姐姐", "妹妹", "老婆", "儿媳"))


def _window(turns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """All turns while the call is short; past MAX_TURNS drop the oldest in blocks of WINDOW_STEP
    so the transcript stays append-only (and cached) between the rare cuts."""
    if len(turns) <= MAX_TURNS:
        return turns
    cut = ((len(turns) - MAX_TURNS) // WINDOW_STEP + 1) * WINDOW_STEP
    return turns[cut:]


def transcript_text(persona: Persona, history: Sequence) -> str:
    """The running transcript, one line per turn; earlier lines never change."""
    name = persona.identity.name
    return "".join(f"{COLLECTOR if s == 'collector' else name}：{_one_line(t)}\n" for s, t in _window(_turns(history)))


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text.strip())


def example_line(persona: Persona, decision: Decision, history: Sequence = (), call_start=None) -> str:
    """An authored line for this intent to show the model in the stage note: another one than the
    fallback (``reference_line``) when the persona has two, so the model's wording adds variety."""
    reference = reference_line(persona, decision, history, call_start)
    options = [fill(x, persona, decision, call_start) for x in lines_for(persona, decision)]
    last = [t for s, t in _turns(history) if s == "debtor"][-1:]
    others = [x for x in options if x != reference and x not in last]  # never the line just said
    return others[decision.variant % len(others)] if others else reference


def opener(persona: Persona, decision: Decision, history: Sequence = (), call_start=None, *, retry: bool = False) -> str:
    """The start of an authored line, to begin the debtor's line for the model when he commits to an
    amount (so the date/amount come out as decided) and on a retry: its first clause, or for a
    promise/counter-offer everything up to the decided date if the line has it. The first try
    follows the example line of the stage note; a retry follows the other authored line (the
    fallback), so it does not repeat what just failed."""
    line = (reference_line if retry else example_line)(persona, decision, history, call_start)
    if decision.intent in (Intent.promise_to_pay, Intent.counter_offer) and decision.date_days is not None:
        when = date_text(decision.date_days, _call_date(call_start))
        if when in line and line.index(when) <= 12:
            return line[: line.index(when) + len(when)]
    m = re.match(r"[^，。！？,!?]{1,8}[，,]", line)
    return m.group(0) if m else ""


def stage_note(persona: Persona, decision: Decision, call_start=None, history: Sequence = ()) -> str:
    """「（王强此刻的情绪：愤怒；他接下来要：斥责对方威胁人，说要投诉，比如：“……”）」 for this turn:
    the mood, what he says next (amount and date spelled out when he commits to them) and an
    example of such a line in his own voice."""
    name = persona.identity.name
    pronoun = "他" if persona.identity.gender == "male" else "她"
    example = example_line(persona, decision, history, call_start) if EXAMPLE_IN_NOTE else ""
    tail = f"，比如：“{example}”" if example else ""
    return f"（{name}此刻的情绪：{mood(decision.state_after)}；{pronoun}接下来要：{_note(persona, decision, call_start)}{tail}）"


def build_prompt(persona: Persona, decision: Decision, history: Sequence = (),
                 call_start: datetime | date | None = None, *, temperature: float = TEMPERATURE,
                 avoid: Sequence[str] = ()) -> Prompt:
    """The prompt that asks a model to word ``decision`` as the persona's next spoken line.

    Layout (completion text): persona block (identical for the whole call) + transcript
    (append-only) + this turn's stage note + 「王强：」. Only the last two change per turn."""
    name = persona.identity.name
    block, transcript = persona_block(persona), transcript_text(persona, history)
    stage = stage_note(persona, decision, call_start, history)
    text = block + transcript + stage + "\n" + f"{name}："
    system = (f"你在写一通电话里{name}说的下一句话。只写{name}说出口的一句中文口语，不超过40个字，"
              f"用{name}自己的口吻；不加名字、引号、括号或说明。")
    user = block + transcript + f"\n{stage}\n请写出{name}接下来说的一句话。"
    return Prompt(
        text=text,
        messages=({"role": "system", "content": system}, {"role": "user", "content": user}),
        reference=reference_line(persona, decision, history, call_start, avoid=avoid),
        stop=("\n", f"{COLLECTOR}：", f"{COLLECTOR}:", f"{name}：", f"{name}:"),
        max_new_tokens=MAX_NEW_TOKENS,
        temperature=temperature,
    )


def prefill_text(persona: Persona, history: Sequence = ()) -> str:
    """What a backend can evaluate ahead of the first turn: the persona block and the call so far."""
    return persona_block(persona) + transcript_text(persona, history)


SAMPLE_CALL_START = datetime(2025, 3, 13, 14, 0)


def sample_prompts(n: int = 20) -> list[Prompt]:
    """A fixed, deterministic set of ≥ ``n`` real debtor prompts from the persona files: the
    skilled and the pushy scripted collectors play a few turns against each persona."""
    from ..models.scripted import ScriptedModel
    from . import DebtorSimulator
    from .collectors import pushy, skilled

    personas = _load_personas()
    per_call: list[list[Prompt]] = []
    for persona in personas:
        for collector in (skilled, pushy):
            model = ScriptedModel()
            sim = DebtorSimulator(persona, None, model, seed=7, call_start=SAMPLE_CALL_START)
            sim.opening()
            for line in collector.lines_for(persona, None)[:6]:
                if sim.ended:
                    break
                for _ in sim.speak(sim.observe(line)):
                    pass
            per_call.append(list(model.prompts))
    out: list[Prompt] = []
    depth = 0
    while len(out) < n and any(depth < len(c) for c in per_call):
        out.extend(c[depth] for c in per_call if depth < len(c))
        depth += 1
    return out[: max(n, 0)] if len(out) >= n else out


def _load_personas() -> list[Persona]:
    """Every persona in the library, in id order (the loader validates and caches them)."""
    from ..data.loader import load_personas

    return [p for _, p in sorted(load_personas().items())]