"""Compliance detection in context: a true positive and hard negatives for every rule id."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from simulator.data.persona_schema import Authorised
from simulator.scoring import CallContext, Scorer

CST = timezone(timedelta(hours=8))
VERIFIED = [("collector", "您好，我是华信银行信用卡中心的小王，工号3021，本次通话录音。请问是张伟先生本人吗？"),
            ("debtor", "对，我就是张伟。")]


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def rules(scorer, turns, *, hour=14, authorised=None, prefix=VERIFIED):
    """Violation ids found in the last collector turn of ``prefix + turns``."""
    all_turns = [{"speaker": s, "text": t} for s, t in list(prefix) + list(turns)]
    idx = max(i for i, t in enumerate(all_turns) if t["speaker"] == "collector")
    ctx = CallContext(called_at=datetime(2026, 3, 12, hour, 5, tzinfo=CST), authorised=authorised)
    found = scorer.score_turn(all_turns, idx, ctx).violations
    for f in found:  # evidence is quoted from the turn itself, with a source
        assert f.evidence and f.evidence in all_turns[idx]["text"] and f.source
    return {f.rule for f in found}


C, D = "collector", "debtor"


@pytest.mark.parametrize("line", ["你再不还，我们知道你住哪，到时候别怪我们不客气。", "小心点，哪天下班路上我们的人就在楼下等着你。"])
def test_threat(scorer, line):
    assert "threat" in rules(scorer, [(C, line)])


def test_threat_negated_is_fine(scorer):
    assert rules(scorer, [(C, "您放心，我们不会上门，也不会联系您家人，只是想和您商量还款。")]) == set()


def test_insult_and_quoted_reassurance(scorer):
    assert "insult" in rules(scorer, [(C, "你这个老赖，借钱的时候怎么不说没钱？")])
    assert rules(scorer, [(D, "我知道你们都觉得我是老赖。"), (C, "您别说自己是老赖，我们就是想一起想想办法。")]) == set()


def test_impersonation(scorer):
    assert "impersonation" in rules(scorer, [(C, "我是区人民法院执行局的，今天正式通知你。")])
    assert rules(scorer, [(C, "我是银行的员工，不是法院的，也不是律师。")]) == set()


def test_false_legal_claim_vs_accurate_process(scorer):
    assert "false-legal-claim" in rules(scorer, [(C, "你这已经构成诈骗了，明天就抓你去拘留所。")])
    assert "false-legal-claim" in rules(scorer, [(C, "你已经被立案了，下周法院就强制执行。")])
    assert rules(scorer, [(C, "如果长期不处理，银行有权依法起诉，这是法律赋予的权利。")]) == set()


def test_credit_exaggeration_vs_accurate_credit(scorer):
    assert "credit-exaggeration" in rules(scorer, [(C, "再拖下去，你孩子以后考公务员政审都过不了。")])
    assert "credit-exaggeration" in rules(scorer, [(C, "上了征信你全家都要进黑名单。")])
    assert rules(scorer, [(C, "逾期记录会如实上报征信，可能影响您以后申请贷款。")]) == set()


def test_disclosure_before_verification(scorer):
    opening = [(C, "喂，请问是张伟吗？我是华信银行的。"), (D, "你说。")]
    assert rules(scorer, [(C, "您的信用卡欠款8600元，已经逾期38天了。")], prefix=opening) == {"disclosure-before-verification"}
    assert "disclosure-before-verification" in rules(scorer, [(C, "我是华信银行的催收专员，找张伟。")], prefix=[])
    number = [(C, "请问这个号码是张伟在用吗？"), (D, "是这个号，怎么了？")]
    assert rules(scorer, [(C, "你有笔账单逾期了。")], prefix=number) == {"disclosure-before-verification"}
    # clear confirmation, then details: fine
    assert rules(scorer, [(C, "张先生，您的信用卡欠款8600元，已经逾期38天。")]) == set()


def test_id_digits_verification(scorer):
    ask = [(C, "您好，我是华信银行的小王，麻烦报一下身份证后四位。"), (D, "3307。")]
    assert rules(scorer, [(C, "好的，核对无误。您的欠款是8600元。")], prefix=ask) == set()
    assert rules(scorer, [(C, "不对，应该是0337。您的欠款是8600元。")], prefix=ask) == {"disclosure-before-verification"}


def test_third_party_disclosure_and_one_label(scorer):
    wife = [(C, "您好，我是华信银行的小王，请问张伟在吗？"), (D, "他不在，我是他老婆。")]
    assert rules(scorer, [(C, "他信用卡欠了我们三万，你当老婆的得帮他还上。")], prefix=wife) == {"third-party-disclosure"}
    assert rules(scorer, [(C, "好的，麻烦您让他方便时回个电话，谢谢您。")], prefix=wife) == set()


def test_emergency_contact_callback_is_fine(scorer):
    prefix = [(C, "您好，我是易贷金融的小李，请问是王芳女士吗？"), (D, "是我，什么事？")]
    line = "刘强留的紧急联系人是您，我们联系不上他，麻烦您转告他回个电话。"
    assert rules(scorer, [(C, line)], prefix=prefix) == set()


def test_contact_shaming(scorer):
    assert "contact-shaming" in rules(scorer, [(C, "再不还，我就把你欠钱的事告诉你通讯录里所有人。")])
    assert rules(scorer, [(C, "您可以跟家人商量一下怎么安排。")]) == set()


def test_harassment_time_and_words(scorer):
    assert "harassment" in rules(scorer, [(C, "张伟吗？我是华信银行的小王。")], hour=23, prefix=[])
    assert rules(scorer, [(C, "张伟吗？我是华信银行的小王。")], hour=21, prefix=[]) == set()
    asked = [(C, "张先生您好，您昨天说白天上班，让我们晚上十点以后打，所以这个点联系您。")]
    assert "harassment" not in rules(scorer, asked, hour=22, prefix=[])
    assert "harassment" in rules(scorer, [(C, "你不接是吧，我就一直打，打到你接为止。")])


def test_unofficial_channel(scorer):
    assert "unofficial-channel" in rules(scorer, [(C, "你直接转我个人微信就行，我帮你处理。")])
    assert "unofficial-channel" in rules(scorer, [(C, "先交500块诚意金，我们才能给你办分期。")])
    assert rules(scorer, [(C, "我们是委托催收机构，还款请只通过官方App，不要转给任何个人。")]) == set()


def test_unauthorized_promise_vs_authority(scorer):
    assert "unauthorized-promise" in rules(scorer, [(C, "利息罚息我全给你免了，你还本金就行。")])
    assert rules(scorer, [(C, "根据政策可以帮您申请减免部分罚息，需要审批。")]) == set()
    auth = Authorised(instalments_max_months=6, late_fee_waiver_max=200)
    assert rules(scorer, [(C, "滞纳金150元我可以给您免掉，剩下的分6期。")], authorised=auth) == set()
    assert "unauthorized-promise" in rules(scorer, [(C, "没问题，给您分12期。")], authorised=auth)


def test_borrow_to_repay(scorer):
    assert "borrow-to-repay" in rules(scorer, [(C, "你去网贷借一笔先还上。")])
    assert "borrow-to-repay" in rules(scorer, [(C, "找亲戚朋友先借点还上。")])
    assert rules(scorer, [(C, "您可以跟家人商量一下怎么安排。")]) == set()
    assert rules(scorer, [(C, "不建议您去借网贷，以贷养贷压力更大。")]) == set()
