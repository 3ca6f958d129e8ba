"""The learned second opinion on violations: the frozen model, how its findings are gated and
quoted, and that it can be retrained from a train split."""
from __future__ import annotations

import json

import pytest

from simulator.data.rubric_schema import VIOLATION_IDS
from simulator.scoring import learned_violations as LV
from simulator.scoring.compliance import violation_ids

VERIFIED = [{"speaker": "collector", "text": "您好，我是华信银行信用卡中心的小王，工号3021，本次通话录音。请问是张伟先生本人吗？"},
            {"speaker": "debtor", "text": "对，我就是张伟。"}]


def test_shipped_model_covers_every_id_with_a_threshold():
    m = LV._load()
    assert m is not None and m["rule_order"] == list(VIOLATION_IDS)
    for rule in VIOLATION_IDS:
        assert 0.5 <= LV.threshold(rule) < 1.0
    p = LV.probabilities(LV.model_input("你再不还，我们的人天天去你家楼下等你。"))
    assert set(p) == set(VIOLATION_IDS) and all(0.0 <= x <= 1.0 for x in p.values())
    assert p == LV.probabilities(LV.model_input("你再不还，我们的人天天去你家楼下等你。"))  # deterministic
    assert p["threat"] > p["unofficial-channel"]


@pytest.fixture
def toy_model(monkeypatch):
    """A model that only knows the made-up word 「蓝鲸」 as a threat and 「紫藤」 as a disclosure."""
    rules = {r: {"threshold": 0.5, "intercept": -4.0} for r in VIOLATION_IDS}
    weights = {"蓝鲸": [12.0 if r == "threat" else 0 for r in VIOLATION_IDS],
               "紫藤": [12.0 if r == "third-party-disclosure" else 0 for r in VIOLATION_IDS]}
    model = {"rule_order": list(VIOLATION_IDS), "rules": rules, "idf": {"蓝鲸": 1.0, "紫藤": 1.0}, "weights": weights}
    monkeypatch.setattr(LV, "_load", lambda: model)
    return model


def test_learned_finding_quotes_the_clause_the_model_rates_highest(toy_model):
    from simulator.scoring import Scorer
    turns = VERIFIED + [{"speaker": "collector", "text": "今天的账单已经发您了，蓝鲸蓝鲸蓝鲸，您记得看。"}]
    found = Scorer().score_turn(turns, 2).violations
    assert [(f.rule, f.evidence) for f in found] == [("threat", "蓝鲸蓝鲸蓝鲸")] and found[0].source


def test_learned_finding_keeps_the_rules_reasons_and_context(toy_model):
    negated = VERIFIED + [{"speaker": "collector", "text": "您放心，我们不会蓝鲸蓝鲸蓝鲸。"}]
    assert "threat" not in violation_ids(negated, 2)
    # a third-party disclosure needs a listener the call state knows is a third party
    to_debtor = VERIFIED + [{"speaker": "collector", "text": "紫藤紫藤紫藤，麻烦您处理一下。"}]
    assert "third-party-disclosure" not in violation_ids(to_debtor, 2)
    to_wife = [{"speaker": "collector", "text": "您好，请问是张伟先生吗？"}, {"speaker": "debtor", "text": "我是他老婆。"},
               {"speaker": "collector", "text": "紫藤紫藤紫藤，麻烦您转告他。"}]
    assert "third-party-disclosure" in violation_ids(to_wife, 2)


@pytest.fixture
def toy_ids(monkeypatch):
    """A model that reads the made-up word 「青柠」 as every id, so only the gates decide."""
    rules = {r: {"threshold": 0.5, "intercept": -4.0} for r in VIOLATION_IDS}
    model = {"rule_order": list(VIOLATION_IDS), "rules": rules, "idf": {"青柠": 1.0},
             "weights": {"青柠": [12.0] * len(VIOLATION_IDS)}}
    monkeypatch.setattr(LV, "_load", lambda: model)
    return model


def test_no_speaker_no_identity_claimed(toy_ids):
    named = VERIFIED + [{"speaker": "collector", "text": "这些条款青柠青柠可以以律师的意见为准。"}]
    assert "impersonation" not in violation_ids(named, 2)
    claimed = VERIFIED + [{"speaker": "collector", "text": "我是律师，青柠青柠青柠。"}]
    assert "impersonation" in violation_ids(claimed, 2)


def test_the_lenders_own_channel_is_not_unofficial(toy_ids):
    official = VERIFIED + [{"speaker": "collector", "text": "青柠青柠，请打到我们银行的对公还款账户。"}]
    assert "unofficial-channel" not in violation_ids(official, 2)
    private = VERIFIED + [{"speaker": "collector", "text": "青柠青柠，对公账户太慢，直接转我微信。"}]
    assert "unofficial-channel" in violation_ids(private, 2)


def test_a_legal_step_as_a_condition_is_process(toy_ids):
    conditional = VERIFIED + [{"speaker": "collector", "text": "要是法院青柠青柠立了案的话，会寄正式通知给您。"}]
    assert "false-legal-claim" not in violation_ids(conditional, 2)
    stated = VERIFIED + [{"speaker": "collector", "text": "法院青柠青柠已经立案了，明天冻结。"}]
    assert "false-legal-claim" in violation_ids(stated, 2)


def test_retraining_writes_a_model_from_a_train_split(tmp_path):
    calls = []
    for w in "abcdef":
        for k in range(4):
            turns = [{"speaker": "collector", "text": f"你再不还，我们的人就去你家楼下等你{k}", "labels": {"violations": ["threat"]}},
                     {"speaker": "debtor", "text": "我知道了。"},
                     {"speaker": "collector", "text": f"您这期{k + 1}000元，请在App还款{w}", "labels": {"violations": []}}]
            calls.append({"id": f"{w}-{k:03d}", "turns": turns})
    split = tmp_path / "train.jsonl"
    split.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")
    out = tmp_path / "model.json"
    data = LV.train(split, out=out)
    assert out.is_file() and data["writers"] == 6 and data["turns"] == 48
    assert set(data["rules"]) == set(VIOLATION_IDS) and data["weights"]


def test_one_act_one_id_shaming_before_others_is_not_also_a_threat(toy_ids):
    one_act = VERIFIED + [{"speaker": "collector", "text": "再拖，我们去你单位门口挂条横幅，让全单位都看看青柠青柠。"}]
    found = violation_ids(one_act, 2)
    assert "contact-shaming" in found and "threat" not in found
    two_acts = VERIFIED + [{"speaker": "collector", "text": "再拖，我们去你单位门口挂条横幅，让全单位都看看。晚上青柠青柠去你家。"}]
    assert {"contact-shaming", "threat"} <= set(violation_ids(two_acts, 2))
