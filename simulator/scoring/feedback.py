"""Feedback text and a concrete better line, fitted to what the debtor just said.

Templates come from the rubric (``dimensions.*.better`` and ``violations.*.better``); the
slots are filled from the call: the debtor's stated hardship (``{echo}``), an amount the
debtor offered or the debt amount said in the call (``{plan}``, ``{amount_phrase}``).
"""
from __future__ import annotations

import re
from typing import Any

from simulator.data.rubric_schema import Rubric

from . import lexicon as L
from .dimensions import DIFFICULTY, DimScore
from .text import amounts, clauses, cn_to_int


def _echo(last_debtor: str) -> str:
    for clause in clauses(last_debtor):
        if DIFFICULTY.search(clause):
            clause = re.sub(r"^(?:我|哎|唉|嗯|啊|哦|那个)+", "", clause).strip()
            clause = clause.replace("我", "您")
            return f"您说{clause}，"
    return ""


def slots(last_debtor: str, call_text: str) -> dict[str, str]:
    """Fill-ins for better-line templates from the debtor's words and the call so far."""
    offered = amounts(last_debtor) or [n for n in (cn_to_int(x) for x in re.findall(
        r"(?:还|付|拿出|凑|转|交)(?:个|上)?(\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百千万]{1,6})", last_debtor)) if n and n >= 50]
    owed = [a for a in amounts(call_text) if a >= 1000]
    if offered:
        plan = f"先按您说的还{offered[0]}元，剩下的分几期慢慢还"
    elif owed:
        plan = f"这{max(owed)}元可以先还一部分，剩下的分几期"
    else:
        plan = "先还一部分，剩下的分几期"
    days = L.DAYS_OVERDUE.search(call_text)
    return {
        "echo": _echo(last_debtor),
        "echo_or_default": _echo(last_debtor) or "我理解您的情况，",
        "plan": plan,
        "amount": str(max(owed)) if owed else "X",
        "amount_phrase": f"这笔欠款一共{max(owed)}元" if owed else "您目前需要还款的金额是X元",
        "date_phrase": "本月25号",
        "days": re.sub(r"\D", "", days.group(0)) or "X" if days else "X",
        "product": "借款",
    }


def better_line(rubric: Rubric, violations: list[Any], dims: dict[str, DimScore], last_debtor: str, call_text: str) -> str:
    """One better way to say the turn ('' when the turn does not fall short)."""
    if violations:
        return rubric.violations[violations[0].rule].better.strip("「」")
    short = [(d.score, name, d.shortfall) for name, d in dims.items() if d.score is not None and d.score < 67 and d.shortfall]
    if not short:
        return ""
    order = {"empathy": 0, "negotiation": 1, "clarity": 2}  # what the debtor just said matters most
    _, name, key = min(short, key=lambda x: (order.get(x[1], 3), x[0]))
    templates = rubric.dimensions[name].better
    template = templates.get(key) or templates.get("default") or next(iter(templates.values()), "")
    return template.format_map(_Default(slots(last_debtor, call_text)))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""


def feedback_text(rubric: Rubric, violations: list[Any], dims: dict[str, DimScore]) -> str:
    """A short Chinese summary: violations first, then the weakest applicable dimension."""
    parts = []
    for v in violations:
        spec = rubric.violations[v.rule]
        parts.append(f"违规【{spec.name_zh}】：「{v.evidence}」——{spec.description}。")
    graded = [(d.score, n, d.reason) for n, d in dims.items() if d.score is not None]
    weak = sorted(x for x in graded if x[0] < 67)
    for score, name, reason in weak[:2]:
        parts.append(f"{rubric.dimensions[name].name_zh}：{reason}")
    if not parts:
        good = [f"{rubric.dimensions[n].name_zh}{s}分" for s, n, _ in graded]
        parts.append("这一句没有问题" + (f"（{'、'.join(good)}）" if good else "") + "。")
    return "".join(parts)
