"""The learned nudges of the graded dimensions: the shipped models, how a nudge is bounded by
what the rules decided, how it is explained, and that each model retrains from a train split."""
from __future__ import annotations

import json

import pytest

from simulator.scoring import Scorer, learned
from simulator.scoring.dimensions import DimScore
from simulator.scoring.scorer import _nudged

VERIFIED = [{"speaker": "collector", "text": "您好，我是华信银行信用卡中心的小王，工号3021，本次通话录音。请问是张伟先生本人吗？"},
            {"speaker": "debtor", "text": "对，我就是张伟。"}]


@pytest.mark.parametrize("dimension", learned.DIMENSIONS)
def test_shipped_models_predict_on_the_label_scale(dimension):
    m = learned._load(dimension)
    assert m is not None and m["dimension"] == dimension and len(m["coef"]) == len(m["vocab"])
    p = learned.predict("您这期4,500元，这周五前在App上先还2,000，剩下的月底前还清，您看可以吗？", dimension)
    assert -1.0 < p < 3.0
    assert p == learned.predict("您这期4,500元，这周五前在App上先还2,000，剩下的月底前还清，您看可以吗？", dimension)


def test_shipped_models_rank_a_good_turn_above_a_poor_one():
    good_neg = "您每个月大概能拿出多少？这期3,000元，可以先还1,500，剩下的下月10号前还清，您看哪个方案合适？"
    assert learned.predict(good_neg, "negotiation") > learned.predict("那你看着还吧。", "negotiation")
    kind = "孩子住院您一个人跑前跑后，真的不容易。我们一起想想办法，这期先缓一缓，下周再定还款日，好吗？"
    assert learned.predict(kind, "empathy") > learned.predict("住院关我们什么事？赶紧还钱。", "empathy")


@pytest.fixture
def model_says(monkeypatch):
    """Make every model predict a fixed label."""
    def set_to(label: float) -> None:
        monkeypatch.setattr(learned, "predict", lambda text, dimension="clarity": label)
    return set_to


def test_a_band_the_rules_decided_stays_whatever_the_model_says(model_says):
    rubric = Scorer().rubric
    model_says(2.0)
    hostile = DimScore(12, "对方说到困难，本句却用施压的说法回应。", "default", decided=True)
    d = _nudged("empathy", hostile, "住院？那是你的事，明天我们上门。", rubric)
    assert rubric.to_label(d.score) == 0 and d.reason == hostile.reason and d.decided
    free = DimScore(12, "对方说到困难，本句没有回应对方的处境或情绪。", "default")
    assert rubric.to_label(_nudged("empathy", free, "……", rubric).score) > 0


def test_a_nudge_across_a_band_says_so_and_offers_a_better_line(model_says):
    rubric = Scorer().rubric
    model_says(0.0)
    clear = DimScore(90, "表达完整清楚，有具体金额或日期。")
    d = _nudged("clarity", clear, "您这期4,500元，周五前在App还。", rubric)
    assert d.score < 67 and "调低" in d.reason and str(d.score) in d.reason
    assert d.shortfall == "vague"  # so the trainee still gets a better line
    model_says(2.0)
    d = _nudged("negotiation", DimScore(50, "提到了还款，但没有方案。", "vague"), "那您看什么时候能还？", rubric)
    assert d.score >= 67 and "调高" in d.reason and d.shortfall is None


def test_a_false_identity_stays_capped_for_clarity(model_says):
    rubric = Scorer().rubric
    model_says(2.0)
    d = _nudged("clarity", DimScore(50, "内容不实。", "vague"), "我是法院的，你欠款5,000元。", rubric, ["impersonation"])
    assert d.score <= 55


def test_no_model_leaves_the_rules_score(monkeypatch):
    monkeypatch.setattr(learned, "model_path", lambda dimension: learned.HERE / "no-such-model.json")
    learned._load.cache_clear()
    try:
        assert learned.predict("随便说一句。", "empathy") is None
        assert learned.blend(42, "随便说一句。", "empathy") == 42
    finally:
        learned._load.cache_clear()


def test_scored_turn_uses_the_nudged_scores():
    turns = VERIFIED + [{"speaker": "collector", "text": "张先生，您这期4,500元已经逾期12天了。"},
                        {"speaker": "debtor", "text": "我最近被裁员了，真的没钱。"},
                        {"speaker": "collector", "text": "被裁员确实太难了，您先别着急。我们一起看看，这期能不能先还500，剩下的等您找到工作再分期？"}]
    ts = Scorer().score_turn(turns, 4)
    assert ts.scores["empathy"] >= 67 and ts.scores["negotiation"] >= 34
    assert ts.reasons["empathy"] and ts.reasons["negotiation"]


@pytest.mark.parametrize("dimension", learned.DIMENSIONS)
def test_retraining_writes_a_model_for_each_dimension(tmp_path, dimension):
    calls = []
    for k in range(6):
        turns = [{"speaker": "debtor", "text": "我最近手头紧。"},
                 {"speaker": "collector", "text": f"理解您，这期先还{k + 1}00元，月底前还清可以吗？",
                  "labels": {"violations": [], "empathy": 2, "clarity": 2, "negotiation": 2}},
                 {"speaker": "debtor", "text": "没钱。"},
                 {"speaker": "collector", "text": f"那你自己看着办{k}",
                  "labels": {"violations": [], "empathy": 0, "clarity": 1, "negotiation": 0}}]
        calls.append({"id": f"x-{k:03d}", "turns": turns})
    split = tmp_path / "train.jsonl"
    split.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    out = tmp_path / f"{dimension}.json"
    data = learned.train(split, out=out, dimension=dimension)
    assert out.is_file() and data["turns"] == 12 and data["dimension"] == dimension and data["vocab"]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match=f"no collector turn has a {dimension} label"):
        learned.train(empty, out=tmp_path / "x.json", dimension=dimension)


def test_an_unknown_dimension_is_named_in_the_error():
    with pytest.raises(ValueError, match="unknown dimension 'politeness'"):
        learned.model_path("politeness")


# ---- whether empathy and negotiation apply (learned_applicability) ----

from simulator.scoring import learned_applicability as LA  # noqa: E402


@pytest.mark.parametrize("dimension", LA.DIMENSIONS)
def test_shipped_applicability_models_follow_the_rules_on_plain_cases(dimension):
    assert LA._load(dimension) is not None
    plain = "您好，我是华信银行信用卡中心的小王，请问是张伟先生本人吗？"
    assert LA.applies(dimension, plain, "", False) is False
    p = LA.probability(dimension, plain, "", False)
    assert 0.0 <= p <= 1.0 and p == LA.probability(dimension, plain, "", False)


def test_applicability_reads_the_debtors_words():
    said = "我上个月刚被裁员，孩子又住院了，真的一分钱都没有。"
    calm = "好的，知道了。"
    turn = "您这期4,500元，什么时候能还上？"
    assert LA.probability("empathy", turn, said, False) > LA.probability("empathy", turn, calm, False)


def test_the_scorer_follows_the_learned_applicability(monkeypatch):
    turns = VERIFIED + [{"speaker": "collector", "text": "张先生，您这期4,500元已经逾期12天了。"},
                        {"speaker": "debtor", "text": "哦。"},
                        {"speaker": "collector", "text": "那您看这周五之前先还2,000可以吗？"}]
    monkeypatch.setattr(LA, "applies", lambda dim, text, last, rules_say: dim != "negotiation")
    ts = Scorer().score_turn(turns, 4)
    assert ts.scores["negotiation"] is None and "不评谈判" in ts.reasons["negotiation"]
    assert ts.scores["empathy"] is not None and ts.reasons["empathy"]  # graded though no difficulty was voiced
    monkeypatch.setattr(LA, "applies", lambda dim, text, last, rules_say: rules_say)
    ts = Scorer().score_turn(turns, 4)
    assert ts.scores["negotiation"] is not None and ts.scores["empathy"] is None


def test_without_an_applicability_model_the_rules_decide(monkeypatch):
    monkeypatch.setattr(LA, "model_path", lambda dimension: learned.HERE / "no-such-model.json")
    LA._load.cache_clear()
    try:
        assert LA.probability("negotiation", "随便说一句。", "", True) is None
        assert LA.applies("negotiation", "随便说一句。", "", True) is True
        assert LA.applies("empathy", "随便说一句。", "", False) is False
    finally:
        LA._load.cache_clear()


def test_an_unknown_applicability_dimension_is_named():
    with pytest.raises(ValueError, match="no applicability model for 'clarity'"):
        LA.model_path("clarity")
