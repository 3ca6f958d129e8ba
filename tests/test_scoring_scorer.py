"""Output format of ``score_transcript``, session figures, reproducibility and speed."""
from __future__ import annotations

import json
import time

from simulator.scoring import CallContext, Scorer
from simulator.transcript import parse_transcript

T = parse_transcript({
    "id": "demo", "called_at": "2026-03-12T14:05:00+08:00",
    "turns": [
        {"speaker": "debtor", "text": "喂？"},
        {"speaker": "collector", "text": "您好，我是华信银行的小王，工号3021，请问是张伟先生本人吗？"},
        {"speaker": "debtor", "text": "对，我就是张伟。"},
        {"speaker": "collector", "text": "你这个老赖，欠款8600元逾期38天了，不还明天就抓你。"},
        {"speaker": "debtor", "text": "我失业了，真没办法。"},
        {"speaker": "collector", "text": "理解您的难处，可以先还500元，剩下分6期，通过官方App还款。再见。"},
    ]})


def test_exact_output_shape():
    r = Scorer().score_transcript(T)
    assert set(r) == {"id", "rubric", "turns", "session"} and r["rubric"] == "collection-zh@1.5.0"
    assert [t["index"] for t in r["turns"]] == [1, 3, 5]  # positions in the input's turns
    for t in r["turns"]:
        assert set(t) == {"index", "scores", "violations", "feedback", "reasons", "better"}
        assert set(t["scores"]) == {"empathy", "clarity", "negotiation", "compliance"}
        assert all(v is None or 0 <= v <= 100 for v in t["scores"].values())
        for v in t["violations"]:
            assert set(v) == {"rule", "evidence", "source"}
    s = r["session"]
    assert set(s) == {"scores", "overall", "violations", "missing", "passed"}
    assert {v["rule"] for v in r["turns"][1]["violations"]} == {"insult", "false-legal-claim"}
    assert r["turns"][1]["scores"]["compliance"] == 0 and r["turns"][1]["better"]
    assert s["passed"] is False and {v["rule"] for v in s["violations"]} == {"insult", "false-legal-claim"}
    assert "recording-notice" in s["missing"]
    json.dumps(r, ensure_ascii=False)  # serialisable


def test_reproducible():
    a = Scorer().score_transcript(T)
    b = Scorer("collection-zh").score_transcript(parse_transcript(json.loads(T.model_dump_json())))
    assert a == b


def test_engine_context_and_turn_api():
    from simulator.data.persona_schema import Authorised, Scenario

    sc = Scenario(id="s", title="t", persona="p", difficulty="easy", brief="b", objectives=["debt-facts"],
                  authorised=Authorised(late_fee_waiver_max=100), call_time="23:10")
    ctx = CallContext.from_scenario(sc)
    assert ctx.night and ctx.authorised.late_fee_waiver_max == 100
    turns = [{"speaker": "collector", "text": "您好，请问是张伟先生吗？"}]
    ts = Scorer().score_turn(turns, 0, ctx)
    assert [v.rule for v in ts.violations] == ["harassment"] and ts.to_dict()["index"] == 0


def test_turn_latency_budget():
    s = Scorer()
    ctx = CallContext.from_transcript(T)
    times = []
    for _ in range(30):
        for i in (1, 3, 5):
            t0 = time.perf_counter()
            s.score_turn(T.turns, i, ctx)
            times.append(time.perf_counter() - t0)
    times.sort()
    assert times[int(0.95 * len(times))] < 0.030
