"""Required conduct over a call: what applies depends on the call; ``missing`` lists the rest."""
from __future__ import annotations

from simulator.data.rubric_schema import load_rubric
from simulator.scoring import CallContext
from simulator.scoring.conduct import conduct_findings, missing

R = load_rubric()


def call(*pairs):
    return [{"speaker": s, "text": t} for s, t in pairs]


GOOD = call(
    ("collector", "您好，我是华信银行信用卡中心的小王，工号3021，本次通话会录音。请问是张伟先生本人吗？"),
    ("debtor", "对，我就是张伟。"),
    ("collector", "张先生，您的信用卡欠款8600元，已经逾期38天。"),
    ("debtor", "最近手头紧。"),
    ("collector", "理解。可以先还500元，剩下的分6期，每期约1350元，通过官方App还款就行。"),
    ("debtor", "那我15号先还500。"),
    ("collector", "好的，跟您确认一下：15号通过官方App还500元。感谢您的配合，再见。"),
)


def test_complete_call_misses_nothing():
    assert missing(GOOD, CallContext(), R) == []


def test_each_omission_is_reported():
    no_record = [dict(t, text=t["text"].replace("本次通话会录音。", "")) for t in GOOD]
    assert missing(no_record, CallContext(), R) == ["recording-notice"]
    no_confirm = GOOD[:-1] + call(("collector", "好的，谢谢您，再见。"))
    assert missing(no_confirm, CallContext(), R) == ["promise-confirmation"]
    no_close = GOOD[:-1] + call(("collector", "好的，跟您确认一下：15号通过官方App还500元。"))
    assert missing(no_close, CallContext(), R) == ["courteous-close"]


def test_promise_confirmation_only_when_promised():
    without_promise = GOOD[:4] + call(("collector", "可以先还500元，剩下的分6期，通过官方App还款。感谢您，再见。"))
    assert conduct_findings(without_promise, CallContext(), R)["promise-confirmation"] is None


def test_third_party_call_expects_only_self_id_and_close():
    tp = call(("collector", "您好，我是华信银行的小王，工号3021，请问张伟在吗？"), ("debtor", "他不在，我是他老婆。"),
              ("collector", "好的，麻烦您让他回个电话，谢谢您，再见。"))
    found = conduct_findings(tp, CallContext(), R)
    assert {k for k, v in found.items() if v is not None} == {"self-identification", "courteous-close"}
    assert missing(tp, CallContext(), R) == []


def test_unverified_listener_means_no_verification():
    un = call(("collector", "喂，张伟是吧？"), ("debtor", "你说。"), ("collector", "行，那先这样。"))
    m = missing(un, CallContext(), R)
    assert "identity-verification" in m and "self-identification" in m and "debt-facts" not in m
