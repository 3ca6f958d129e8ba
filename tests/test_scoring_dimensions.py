"""Graded dimensions: applicability (null rules), direction of scores, reasons, better lines."""
from __future__ import annotations

from simulator.scoring import CallContext, Scorer

S = Scorer()
OPEN = [{"speaker": "collector", "text": "您好，我是华信银行的小王，工号3021，请问是张伟先生本人吗？"},
        {"speaker": "debtor", "text": "对，我就是张伟。"},
        {"speaker": "collector", "text": "张先生，您的信用卡欠款8600元，已经逾期38天。"}]


def turn(debtor: str, collector: str):
    turns = OPEN + [{"speaker": "debtor", "text": debtor}, {"speaker": "collector", "text": collector}]
    return S.score_turn(turns, len(turns) - 1, CallContext())


def test_empathy_null_without_difficulty_and_graded_with_it():
    assert turn("好的，你说。", "您看这周五之前能先还500元吗？").scores["empathy"] is None
    cold = turn("我上个月被裁员了，孩子还在住院。", "那是你的事，今天必须还。")
    warm = turn("我上个月被裁员了，孩子还在住院。",
                "被裁员又赶上孩子住院，真的太难了，我能理解您现在的压力。我们一起想想办法，先看看每月能还多少，好吗？")
    assert cold.scores["empathy"] < 34 <= 67 <= warm.scores["empathy"]
    assert "被裁员" in cold.better or "孩子" in cold.better  # better line reuses the stated hardship


def test_negotiation_null_when_not_about_repayment():
    assert turn("你是哪里？", "我是华信银行信用卡中心的，工号3021。").scores["negotiation"] is None


def test_negotiation_scale():
    pressure = turn("我没钱。", "没钱也得还，今天必须全部还清，否则后果自负。")
    vague = turn("我想想。", "那您尽快还款吧。")
    good = turn("我一个月就三千多工资。",
                "明白。您每个月大概能拿出多少？比如先还500元，剩下的分6期，每期约1350元。您看15号前能先还第一笔吗？")
    assert pressure.scores["negotiation"] < vague.scores["negotiation"] < good.scores["negotiation"]
    assert S.rubric.to_label(good.scores["negotiation"]) == 2 and S.rubric.to_label(pressure.scores["negotiation"]) == 0
    assert pressure.better and "500" not in pressure.reasons["negotiation"]


def test_clarity_jargon_and_concrete():
    jargon = turn("嗯。", "您这个账户已经M2了，CO之前要处理。")
    clear = turn("多少钱？", "您目前需要还款8600元，请在3月20日前通过官方App还款。")
    assert jargon.scores["clarity"] < 34 and clear.scores["clarity"] >= 67
    assert "M2" in jargon.reasons["clarity"]


def test_better_line_uses_debtor_amount():
    t = turn("我只能先还五百。", "那不行。")
    assert t.better and "500" in t.better
