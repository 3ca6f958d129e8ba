"""UI strings: Chinese first, English as the second language."""
from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "title": {"zh": "电催陪练", "en": "Collection Call Coach"},
    "subtitle": {"zh": "选择一个场景，和模拟债务人练习一通电话。每一句都会从共情、清晰、谈判、合规四个方面打分并给出更好的说法。",
                 "en": "Pick a scenario and practise a call with a simulated debtor. Every line is scored on empathy, "
                       "clarity, negotiation and compliance, with a better way to say it."},
    "scenario": {"zh": "练习场景", "en": "Scenario"},
    "start": {"zh": "开始通话", "en": "Start call"},
    "send": {"zh": "发送", "en": "Send"},
    "end": {"zh": "结束通话", "en": "End call"},
    "message": {"zh": "你说：", "en": "You say:"},
    "placeholder": {"zh": "输入你要对债务人说的话，回车发送", "en": "Type what you say to the debtor; Enter sends"},
    "chat": {"zh": "通话", "en": "Call"},
    "feedback": {"zh": "本句评分与建议", "en": "Score and feedback for this turn"},
    "summary": {"zh": "通话总结", "en": "Call summary"},
    "model": {"zh": "当前模型", "en": "Model in use"},
    "language": {"zh": "界面语言 / Language", "en": "界面语言 / Language"},
    "brief": {"zh": "场景说明", "en": "Brief"},
    "no_call": {"zh": "请先选择场景并点击“开始通话”。", "en": "Choose a scenario and press “Start call” first."},
    "empathy": {"zh": "共情", "en": "Empathy"},
    "clarity": {"zh": "清晰", "en": "Clarity"},
    "negotiation": {"zh": "谈判", "en": "Negotiation"},
    "compliance": {"zh": "合规", "en": "Compliance"},
    "na": {"zh": "不适用", "en": "n/a"},
    "violations": {"zh": "违规", "en": "Violations"},
    "better": {"zh": "更好的说法", "en": "A better way to say it"},
    "missing": {"zh": "缺少的必要环节", "en": "Required conduct missing"},
    "overall": {"zh": "总分", "en": "Overall"},
    "passed": {"zh": "合规通过", "en": "Compliance passed"},
    "failed": {"zh": "合规未通过", "en": "Compliance failed"},
    "outcome": {"zh": "通话结果", "en": "Outcome"},
    "hung_up": {"zh": "对方已挂断电话。", "en": "The debtor hung up."},
    "fallback_note": {"zh": "（模型回复未通过检查，已替换为预设台词）", "en": "(the model's reply failed a check and was replaced)"},
    "model_problem": {"zh": "⚠️ 所选模型无法加载，当前使用脚本化后端：", "en": "⚠️ The chosen model could not be loaded; using the scripted backend: "},
}

OUTCOMES: dict[str, dict[str, str]] = {
    "promise": {"zh": "承诺还款", "en": "Promise to pay"},
    "partial-promise": {"zh": "部分还款承诺", "en": "Partial promise"},
    "callback": {"zh": "约定回电", "en": "Callback agreed"},
    "refusal": {"zh": "拒绝还款", "en": "Refusal"},
    "hang-up": {"zh": "对方挂断", "en": "Hung up"},
    "message-left": {"zh": "已请第三方转告回电", "en": "Message left with a third party"},
    "none": {"zh": "未达成结果", "en": "No outcome"},
}


def t(key: str, lang: str = "zh") -> str:
    entry = STRINGS[key]
    return entry.get(lang) or entry["zh"]


def outcome_label(kind: str, lang: str = "zh") -> str:
    entry = OUTCOMES.get(kind, {"zh": kind, "en": kind})
    return entry.get(lang) or entry["zh"]
