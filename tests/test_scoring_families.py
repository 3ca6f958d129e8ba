"""Detector 2.1: families of ways each weak rule is broken, written for these tests from the
rules in compliance-zh.md (not copied from the corpus), with hard negatives that share words.

threat      — implied harm; veiled menace; surveillance of the debtor or family; visits to confront
insult      — demeaning rhetorical questions; worthlessness; dialect/slang; shaming the person
contact-shaming — audience will know; publishing; calling contacts; soft pressure after refusal
unauthorized-promise — a fee not charged; an amount taken off; a short settlement; extra time
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from simulator.scoring import CallContext, Scorer

CST = timezone(timedelta(hours=8))
OPENING = [("collector", "您好，我是恒远银行信用卡中心的周宁，工号6631，通话会录音。请问是刘伟先生本人吗？"),
           ("debtor", "对，我是刘伟。"),
           ("collector", "刘先生，您的账单已逾期40天，欠款15,800元，今天方便处理吗？"),
           ("debtor", "最近手头紧，还不上。")]


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def rules(scorer, line):
    turns = [{"speaker": s, "text": t} for s, t in OPENING] + [{"speaker": "collector", "text": line}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    out = scorer.score_turn(turns, len(turns) - 1, ctx).violations
    for f in out:
        assert f.evidence and f.evidence in line
    return {f.rule for f in out}


POSITIVE = {
    "threat": [
        "真出了事，到时候可别怪我们没打招呼。",            # implied harm
        "晚上一个人回家，可得当心着点。",
        "你那家水果店生意不错，别哪天就开不下去了。",
        "别逼我们换个手段来解决这件事。",                  # veiled
        "我们办法多的是，有的是法子让你掏钱。",
        "你自己看着办吧。",
        "你闺女就在东风路那个幼儿园，对吧？",              # surveillance
        "你家门牌号我这边都记着呢。",
        "我们的人这两天就在你单位楼下转转。",              # visits to confront
        "明天我带几个同事去你店里坐坐。",
    ],
    "insult": [
        "你到底还是不是人？",                              # rhetorical demeaning
        "欠钱不还，你还有没有一点廉耻？",
        "你是不是没长耳朵，说几遍了？",
        "这点钱都拿不出，活着干嘛呢。",                    # worthlessness
        "你这种人就不配借钱。",
        "你个瓜娃子，装什么糊涂。",                        # dialect / slang
        "真是个二百五，跟你说不通。",
        "躲来躲去，跟个缩头乌龟一样。",
        "你爹妈的脸都被你丢光了。",                        # shaming the person
        "没见过这么厚颜无耻的人。",
    ],
    "contact-shaming": [
        "再不处理，你们全公司都会知道这件事。",            # audience will know
        "你不怕你丈母娘知道你欠钱吗？",
        "我们会把你的照片和欠款贴到小区公告栏上。",        # publish
        "我们准备在你们家族群里发个通知。",
        "你们车间主任的电话我们已经拿到了。",              # contacts
        "下一步就挨个联系你手机里存的号码。",
        "既然您拒绝还款，我们只能依法联系您的紧急联系人了。",  # soft pressure after refusal
        "你老家那边，我们也会去跟你爸妈聊聊。",
        "拖下去，让你在亲戚面前抬不起头。",
    ],
    "unauthorized-promise": [
        "滞纳金就不跟你算了。",                            # fee not charged
        "今天转账的话，也不收你罚息。",
        "我直接给你办免息分期。",
        "我做主给你减三千。",                              # amount taken off
        "零头就不要了。",
        "你还八千，这笔账就算清了。",                      # short settlement
        "我给你再宽限两个月。",                            # extra time
        "罚息和滞纳金我给你全部清零。",
    ],
}

NEGATIVE = {
    "threat": [
        "我们不会上门，也不会去您单位。",
        "如果长期联系不上，按规定可能会发函到您预留的地址，会提前通知。",
        "最近冒充客服的骗子多，您当心点，别给陌生人转账。",
        "天黑路滑，您开车慢点，再见。",
        "您孩子几点放学？我们尽量避开那个时间联系您。",
        "还款时间您看着安排，定了告诉我就行。",
        "逾期会如实上报征信，罚息也会继续计算，这是实际后果。",
        "您说有人去您家闹？那不是我们的人，您可以报警。",
    ],
    "insult": [
        "您别说自己没用，谁都有难处。",
        "这二百五十元是分期手续费，合同里写着。",
        "您担心被人叫老赖，放心，我们不会这样称呼客户。",
        "请您文明沟通，我们好好商量。",
        "这个App有什么用？可以查账单、还款和申请分期。",
        "外面冒充我们的骗子很多，您留个心眼。",
    ],
    "contact-shaming": [
        "我们不会联系您的家人和单位，请放心。",
        "您可以跟家里人商量一下，明天给我回个话。",
        "您的信息我们会保密，您单位和家里人都不会知道。",
        "如果以后实在联系不上您，按规定可能会请紧急联系人转告您回电，不会说欠款的事。",
        "您说单位效益不好，那还款日就定在发工资以后。",
    ],
    "unauthorized-promise": [
        "可以帮您申请减免部分罚息，需要审批，结果不保证。",
        "我没有权限免利息，这个得跟您说实话。",
        "一次性结清的话总共是15,800元。",
        "罚息是合同约定的，不会因为分期就不算。",
        "信用卡本身有最长五十天的免息期，按时还就不计息。",
        "为了减轻您的压力，可以申请分期，以审批为准。",
    ],
}


@pytest.mark.parametrize("rule,line", [(r, x) for r, xs in POSITIVE.items() for x in xs])
def test_family_positive(scorer, rule, line):
    assert rule in rules(scorer, line)


@pytest.mark.parametrize("rule,line", [(r, x) for r, xs in NEGATIVE.items() for x in xs])
def test_family_hard_negative(scorer, rule, line):
    assert rule not in rules(scorer, line)


def test_volunteered_id_tail_counts_as_verification(scorer):
    turns = [{"speaker": "collector", "text": "您好，我是恒远银行的周宁，工号6631。请问是刘伟先生吗？"},
             {"speaker": "debtor", "text": "我是刘伟，身份证尾号是4417。"},
             {"speaker": "collector", "text": "好的刘先生，您的账单逾期40天，欠款15,800元。"}]
    out = scorer.score_turn(turns, 2, CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST)))
    assert "disclosure-before-verification" not in {f.rule for f in out.violations}
