"""Required conduct on new phrasings: when each id applies, and when it is done (LABELLING.md §4)."""
from __future__ import annotations

import time

from simulator.data.rubric_schema import load_rubric
from simulator.scoring import CallContext
from simulator.scoring.conduct import conduct_findings, missing

R = load_rubric()
CTX = CallContext()


def call(*pairs):
    return [{"speaker": "collector" if s == "c" else "debtor", "text": t} for s, t in pairs]


def applies(turns):
    return {k for k, v in conduct_findings(turns, CTX, R).items() if v is not None}


OPEN = ("c", "您好，我是禾丰消费金融客户服务中心的邵琳，工号HF2231，本次通话全程录音。请问是龚建国先生本人吗？")


# --- when an id applies ---------------------------------------------------------------------
def test_contact_who_confirms_own_name_is_still_a_third_party():
    tp = call(("c", "您好，我是禾丰消费金融客户服务中心的邵琳，工号HF2231。请问是罗秀芬女士吗？"),
              ("d", "是我，怎么了？"),
              ("c", "龚建国先生留了您的电话作为联系人，我们联系不上他，麻烦您转告他回个电话。谢谢您，打扰了，再见。"))
    assert applies(tp) == {"self-identification", "courteous-close"}
    assert missing(tp, CTX, R) == []


def test_wrong_number_and_refusal_expect_only_self_id_and_close():
    wrong = call(OPEN, ("d", "你打错了，我不叫龚建国，这号我上周刚办的。"), ("c", "不好意思打扰了。"))
    assert applies(wrong) == {"self-identification", "courteous-close"}
    refuse = call(OPEN, ("d", "你管我是谁，有事直接说。"),
                  ("c", "这事要先确认是本人才能说，您可以打官方客服核实我的工号。感谢理解，再见。"))
    assert applies(refuse) == {"self-identification", "courteous-close"}


def test_third_party_saying_wo_jiu_shi_ge_is_not_verified():
    tp = call(OPEN, ("d", "我是他表姐，我就是个帮忙接电话的。"),
              ("c", "好的，麻烦您让他回个电话，谢谢您，再见。"))
    assert applies(tp) == {"self-identification", "courteous-close"}


def test_unverified_debtor_expects_verification_but_not_facts_or_plan():
    un = call(("c", "喂，禾丰消费金融的邵琳，工号HF2231，找一下龚建国。"), ("d", "嗯。"),
              ("c", "你那笔借款拖了好久了，今天给个说法。"), ("d", "没钱。"), ("c", "那下午再说。"))
    found = conduct_findings(un, CTX, R)
    assert found["identity-verification"] is False and found["recording-notice"] is False
    assert found["debt-facts"] is None and found["repayment-plan"] is None


def test_call_deferred_at_once_does_not_expect_a_plan():
    late = call(OPEN, ("d", "是我。我在开车，不方便，晚上八点以后再打给我吧。"),
                ("c", "好的，那今晚八点以后再联系您，路上注意安全，再见。"))
    found = conduct_findings(late, CTX, R)
    assert found["repayment-plan"] is None and found["debt-facts"] is None
    assert found["courteous-close"] is True


# --- when it is done ---------------------------------------------------------------------------
def test_self_identification_needs_own_name_not_the_debtors():
    assert "self-identification" in missing(call(("c", "喂，我是禾丰消费金融的，找一下你们车间的龚建国。"),
                                                 ("d", "他在干活。"), ("c", "让他回电话。")), CTX, R)
    ok = call(("c", "您好，禾丰消费金融，我是客服邵琳，请问是龚建国先生本人吗？"), ("d", "对，我就是。"),
              ("c", "好的，谢谢您，再见。"))
    assert conduct_findings(ok, CTX, R)["self-identification"] is True


def test_authority_opening_is_not_self_identification():
    fake = call(("c", "我是东湖区人民法院执行局的，姓简，受禾丰消费金融委托联系你。"), ("d", "我是龚建国。"),
                ("c", "行。"))
    assert "self-identification" in missing(fake, CTX, R)


def test_debt_facts_need_exact_days_after_verification():
    base = [OPEN, ("d", "对，我就是龚建国。")]
    vague = call(*base, ("c", "您这笔欠款5,430元，逾期快两个月了。"))
    exact = call(*base, ("c", "您这笔欠款5430，过了还款日47天。"))
    muddled = call(*base, ("c", "您欠款五千四，哦不对，五千三还是五千五来着，逾期47天。"))
    assert conduct_findings(vague, CTX, R)["debt-facts"] is False
    assert conduct_findings(exact, CTX, R)["debt-facts"] is True
    assert conduct_findings(muddled, CTX, R)["debt-facts"] is False
    early = call(("c", "禾丰消费金融的邵琳，工号HF2231，你那笔5,430元逾期47天了。"), ("d", "你说。"),
                 ("c", "请问是龚建国本人吗？"), ("d", "对，我就是龚建国。"), ("c", "那您看怎么安排？"))
    found = conduct_findings(early, CTX, R)
    assert found["debt-facts"] is False and found["identity-verification"] is False


def test_repayment_plan_needs_concrete_option_and_official_channel():
    base = [OPEN, ("d", "对，我就是龚建国。"), ("c", "您欠款5,430元，逾期47天。")]
    good = call(*base, ("d", "手头紧。"), ("c", "您看这周六先还1000元，在禾丰App里还，剩下的申请分期。"))
    wechat = call(*base, ("d", "手头紧。"), ("c", "您先还1000元，加我微信转给我，比App快。"))
    vague = call(*base, ("d", "手头紧。"), ("c", "那您在App里能还多少还多少吧。"))
    own_company = call(*base, ("d", "手头紧。"), ("c", "您今天先还1000元，打到我们鑫诚公司的对公账户上。"))
    assert conduct_findings(good, CTX, R)["repayment-plan"] is True
    assert conduct_findings(wechat, CTX, R)["repayment-plan"] is False
    assert conduct_findings(vague, CTX, R)["repayment-plan"] is False
    assert conduct_findings(own_company, CTX, R)["repayment-plan"] is False
    card = call(*base, ("d", "手头紧。"), ("c", "行，6月8号2,000元，往您尾号5521的卡里存就行。"))
    assert conduct_findings(card, CTX, R)["repayment-plan"] is True


def test_promise_detected_without_verification_and_date_only_promises():
    un = call(("c", "禾丰消费金融邵琳，工号HF2231，龚建国是吧？"), ("d", "号码是这个。"),
              ("c", "您这笔什么时候能还？"), ("d", "礼拜四吧。"), ("c", "行，礼拜四，别忘了。"))
    assert conduct_findings(un, CTX, R)["promise-confirmation"] is False
    base = [OPEN, ("d", "对，我就是龚建国。"), ("c", "您欠款5,430元，逾期47天。")]
    past = call(*base, ("d", "我上周就转了两千过去了。"), ("c", "我查一下。"))
    callback = call(*base, ("d", "明天下午吧，三点以后再打给我。"), ("c", "好的。"))
    income = call(*base, ("d", "我一个月最多还一千五。"), ("c", "好的。"))
    for t in (past, callback, income):
        assert conduct_findings(t, CTX, R)["promise-confirmation"] is None


def test_promise_confirmation_needs_amount_and_date_after_the_promise():
    base = [OPEN, ("d", "对，我就是龚建国。"), ("c", "您欠款5,430元，逾期47天。")]
    ok = call(*base, ("d", "我周五下午还两千。"), ("c", "确认：周五下午通过禾丰App还2,000元。谢谢您，再见。"))
    about = call(*base, ("d", "可以，每月25号还。"), ("c", "好，从6月25号起每月在App还约1,090元，共5期。您保重，再见。"))
    date_only = call(*base, ("d", "行，我月底还。"), ("c", "好的，月底记得还，拜拜。"))
    vague = call(*base, ("d", "好，那我下个月开始还。"), ("c", "行，下个月开始每月六百多。"))
    assert conduct_findings(ok, CTX, R)["promise-confirmation"] is True
    assert conduct_findings(about, CTX, R)["promise-confirmation"] is True
    assert conduct_findings(date_only, CTX, R)["promise-confirmation"] is False
    assert conduct_findings(vague, CTX, R)["promise-confirmation"] is False


def test_courteous_close_needs_courtesy_and_summary():
    base = [OPEN, ("d", "对，我就是龚建国。")]
    bare = call(*base, ("c", "好，周三，3000，App里还。再见。"))
    polite = call(*base, ("c", "确认：周三在禾丰App还3,000元。有问题随时打官方客服，再见。"))
    thanks_only = call(*base, ("c", "好的，不好意思打扰了。"))
    thanks_then_more = call(*base, ("c", "谢谢。另外提醒您，再不还我们就天天打。"))
    assert conduct_findings(bare, CTX, R)["courteous-close"] is False
    assert conduct_findings(polite, CTX, R)["courteous-close"] is True
    assert conduct_findings(thanks_only, CTX, R)["courteous-close"] is False
    assert conduct_findings(thanks_then_more, CTX, R)["courteous-close"] is False


def test_scoring_a_call_stays_fast():
    long_call = call(OPEN, ("d", "对，我就是龚建国。"), *[("c", "您欠款5,430元，逾期47天，这周六先还1000元，在App里还。"),
                                                     ("d", "行，周六还一千。")] * 15,
                     ("c", "确认：周六在App还1,000元。谢谢您，再见。"))
    start = time.perf_counter()
    missing(long_call, CTX, R)
    assert time.perf_counter() - start < 0.5
