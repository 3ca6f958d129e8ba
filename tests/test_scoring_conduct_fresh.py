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
    bare = call(*base, ("c", "好，那就这样，再见。"))  # round 3: a plain 「再见」 needs a summary in the same turn
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


# --- round 2 (writers i–l) ----------------------------------------------------------------------
OPEN2 = ("c", "您好，我是禾丰消费金融客户服务中心的邵琳，工号HF-231，请问是龚建国先生本人吗？")
FACTS = ("c", "龚先生，本次通话录音。您的借款欠款5,200元，逾期27天。")


def test_implied_debt_before_verification_makes_identity_verification_missing():
    turns = call(("c", "喂，我是禾丰消费金融贷后催收岗的邵琳，工号HF2231，您那笔账拖了快两个月了，请问是龚建国本人吗？"),
                 ("d", "是我。"), FACTS)
    assert "identity-verification" in missing(turns, CTX, R)
    clean = call(OPEN2, ("d", "对，我是龚建国。"), FACTS)
    assert "identity-verification" not in missing(clean, CTX, R)  # 「HF-231」 is a staff number, not an amount


def test_goodwill_or_cantonese_thanks_is_a_courteous_close():
    for close in ("确认：5月8号前在禾丰App还5,200元。多谢龚生，拜拜。",
                  "确认：5月8号前在禾丰App还5,200元。送货路上别太赶，再见。",
                  "确认：5月8号前在禾丰App还5,200元。祝店里生意兴隆，再见。"):
        turns = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("d", "5月8号我还5,200。"), ("c", close))
        assert "courteous-close" not in missing(turns, CTX, R), close
    bare = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("d", "5月8号我还5,200。"), ("c", "好，5月8号App还5,200元，记得还。拜拜。"))
    assert "courteous-close" in missing(bare, CTX, R)


def test_plan_paid_to_a_personal_card_or_sent_over_is_no_plan():
    for off in ("您这周五前先转2,000元过来，我帮您入账，剩下的以后再说。",
                "这周五前还2,000元，打到我同事的卡上就行，他在银行有熟人。"):
        turns = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", off), ("d", "我想想。"), ("c", "好，打扰了，再见。"))
        assert "repayment-plan" in missing(turns, CTX, R), off


def test_official_plan_with_a_negated_personal_transfer_counts():
    turns = call(OPEN2, ("d", "对，我是龚建国。"), FACTS,
                 ("c", "这2,000元等您工资到账后在禾丰App还就行，千万不要转给任何个人。剩下的我们再约。"),
                 ("d", "行。"), ("c", "好，那就这样，谢谢您，再见。"))
    assert "repayment-plan" not in missing(turns, CTX, R)
    words = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "那你明天在禾丰App先还八百，剩下的下个月。"),
                 ("d", "好，明天还八百。"), ("c", "确认：明天在禾丰App还八百。谢谢，再见。"))
    assert "repayment-plan" not in missing(words, CTX, R)


def test_each_month_question_is_not_an_instalment_option():
    turns = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "那您每个月能拿出多少，先在禾丰App上还着？"),
                 ("d", "我再看看。"), ("c", "好，谢谢您，再见。"))
    assert "repayment-plan" in missing(turns, CTX, R)


def test_promise_detection_reads_sentences_and_bare_yes():
    asked = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "今天能还三千吗？"),
                 ("d", "你能保证不再打？那我今晚还三千。"), ("c", "好，谢谢，再见。"))
    assert "promise-confirmation" in missing(asked, CTX, R)
    yes = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "那就6月3号前在禾丰App先还1,500元。"),
               ("d", "……行吧。"), ("c", "那就这样，谢谢，再见。"))
    assert "promise-confirmation" in missing(yes, CTX, R)
    confirmed = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "确认一下：6月3号前在禾丰App还1,500元。"),
                     ("d", "好。"), ("c", "谢谢您，再见。"))
    assert "promise-confirmation" not in missing(confirmed, CTX, R)


def test_not_a_promise_still_callback_or_fee():
    still = call(OPEN2, ("d", "是我，都十点了，我明天还上班！"), FACTS, ("c", "好的，那明天上午我再联系您，方便吗？"),
                 ("d", "明天下午吧。"), ("c", "好，明天下午再给您打，打扰了，再见。"))
    assert applies(still) >= {"identity-verification"} and "promise-confirmation" not in applies(still)
    fee = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("c", "加急审核要先交300块服务费。"),
               ("d", "300……行吧，我今天转。"), ("c", "好。"))
    assert "promise-confirmation" not in applies(fee)


def test_fee_beside_the_promise_is_not_its_confirmation():
    turns = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("d", "好吧，那我这周五转。"),
                 ("c", "好，周五转过来，另外加200块加急费，一起转。拜拜。"))
    assert "promise-confirmation" in missing(turns, CTX, R)
    sep = call(OPEN2, ("d", "对，我是龚建国。"), FACTS, ("d", "这周五我还6,200。"),
               ("c", "确认：这周五在禾丰App还6,200元。另外您转200块手续费到我们账户。再见。"))
    assert "promise-confirmation" not in missing(sep, CTX, R)


# --- round 3 (writers m–t) ----------------------------------------------------------------------
VERIFIED = [OPEN2, ("d", "是我，龚建国。"), FACTS]


def test_plain_goodbye_after_a_summary_in_the_same_turn_is_a_courteous_close():
    for close in ("好，周四两千五，禾丰App上还，别忘了，再见。",
                  "行，等您想好了给我回个电话，我叫邵琳。再见。",
                  "好的，这个号码我们备注一下，以后不会再打扰，再见。"):
        turns = call(*VERIFIED, ("d", "我再想想。"), ("c", close))
        assert conduct_findings(turns, CTX, R)["courteous-close"] is True, close
    for close in ("好，那就先这样，再见。", "好嘞，周四两千五，拜拜。"):
        turns = call(*VERIFIED, ("d", "我再想想。"), ("c", close))
        assert conduct_findings(turns, CTX, R)["courteous-close"] is False, close


def test_thanks_after_an_open_request_is_no_summary():
    turns = call(*VERIFIED, ("c", "您要是认识他，就让他主动联系我们。"), ("d", "不认识。"), ("c", "好的，打扰了。"))
    assert conduct_findings(turns, CTX, R)["courteous-close"] is False


def test_collector_saying_back_the_debtors_offer_with_a_date_confirms_it():
    offer = call(*VERIFIED, ("d", "这礼拜最多拿得出一千八。"),
                 ("c", "一千八也行，周五下午五点前在禾丰App还1,800元。"), ("d", "行。"),
                 ("c", "好的，有问题随时打官方客服，再见。"))
    assert conduct_findings(offer, CTX, R)["promise-confirmation"] is True
    demand = call(*VERIFIED, ("d", "我真的没钱。"),
                  ("c", "三百哪够？周五前先在禾丰App还三百，剩下的1,200元月底前还清。"), ("d", "……好。"),
                  ("c", "就这样。"))
    assert conduct_findings(demand, CTX, R)["promise-confirmation"] is False


def test_figure_right_after_a_date_is_an_amount():
    turns = call(*VERIFIED, ("d", "我25号还860。"), ("c", "25号860，禾丰App还，记住了。"))
    assert conduct_findings(turns, CTX, R)["promise-confirmation"] is True
    weekday = call(*VERIFIED, ("d", "那我周日先还六百。"), ("c", "周日六百，在禾丰App还。"))
    assert conduct_findings(weekday, CTX, R)["promise-confirmation"] is True


def test_amount_plus_a_fee_is_still_the_amount_repeated():
    turns = call(*VERIFIED, ("d", "行，七月八号第一期。"),
                 ("c", "确认：分6期，第一期7月8号，约920元另加手续费，在禾丰App还。"))
    assert conduct_findings(turns, CTX, R)["promise-confirmation"] is True


def test_disputes_offers_and_call_times_are_no_promise():
    for debtor in ("我借的才八千！这个数我不认。", "那我先还八百行不行。", "你别半夜打，我明天一早要上工。",
                   "我打12378问问再说。", "这个月交完房租就剩一千出头。"):
        turns = call(*VERIFIED, ("c", "那您今天能还多少？"), ("d", debtor), ("c", "好的。"))
        assert conduct_findings(turns, CTX, R)["promise-confirmation"] is None, debtor


def test_hardship_before_a_promise_and_still_before_pay_keep_the_promise():
    for debtor in ("我说了这礼拜手头紧，下周三发工资再还。", "那我还是等App修好了再还吧，后天。"):
        turns = call(*VERIFIED, ("c", "那您打算怎么安排？"), ("d", debtor), ("c", "好的。"))
        assert conduct_findings(turns, CTX, R)["promise-confirmation"] is False, debtor  # applies, not repeated


def test_recording_in_other_words_and_third_person_listener():
    rec = call(("c", "您好，禾丰消费金融的邵琳，工号HF2231，请问是龚建国本人吗？"), ("d", "是我。"),
               ("c", "龚先生，咱们这通话录着音呢。您欠款5,200元，逾期27天。"))
    assert conduct_findings(rec, CTX, R)["recording-notice"] is True
    other = call(("c", "喂，龚建国家吗？禾丰消费金融的邵琳，工号HF2231。"), ("d", "你说。"),
                 ("c", "他在我们这的账一直没处理。"), ("d", "他住院了，下不了床。"), ("c", "好的，打扰了。"))
    assert applies(other) == {"self-identification", "courteous-close"}


def test_plan_left_to_the_next_call_is_not_expected():
    turns = call(*VERIFIED, ("d", "我上周已经还过了，你们查查。"),
                 ("c", "好的，我们先等核查结果，5月30号前我回电话告知您。谢谢您，再见。"))
    assert conduct_findings(turns, CTX, R)["repayment-plan"] is None
    turns = call(*VERIFIED, ("d", "厂里没发工资。"),
                 ("c", "那周三我再打给您，到时候再定具体金额。谢谢您，再见。"))
    assert conduct_findings(turns, CTX, R)["repayment-plan"] is None


# --- round 8: new writers (online-lending slang, long role-play, who is on the line, terse
# jargon, dialect speech-to-text); all phrasings below are invented ---------------------------
OPEN8 = ("c", "您好，我是恒裕消费金融客户服务中心的乔楠，工号HY6120，请问是邝志诚先生本人吗？")
YES8 = ("d", "对，我是邝志诚。")


def test_listener_who_refuses_the_check_or_denies_the_name_is_never_the_debtor():
    refuse = call(OPEN8, ("d", "你先说什么事。"), ("c", "得先核对身份证后四位。"), ("d", "我不报，你爱说不说。"),
                  ("c", "那您可以打恒裕官方客服核实我的工号，打扰了，再见。"))
    assert applies(refuse) == {"self-identification", "courteous-close"}
    deny = call(OPEN8, ("d", "是这个号，咋了。"), ("c", "你那笔借款一万二，逾期五十天了。"),
                ("d", "我可没说我是邝志诚啊。"), ("c", "行。"))
    assert applies(deny) == {"self-identification", "courteous-close"}


def test_contact_named_by_the_debtor_who_confirms_own_name_is_a_third_party():
    tp = call(("c", "您好，恒裕消费金融的乔楠，工号HY6120，请问是邝美华女士吗？"), ("d", "是我，有事吗？"),
              ("c", "您表弟邝志诚写了您做紧急联系人，他欠我们八千六，您先帮他垫上。"), ("d", "关我什么事。"), ("c", "那算了。"))
    assert applies(tp) == {"self-identification", "courteous-close"}


def test_days_overdue_vague_inside_a_number_jargon_and_cantonese_days():
    def facts(text):
        return conduct_findings(call(OPEN8, YES8, ("c", text)), CTX, R)["debt-facts"]
    assert facts("您这笔3,600元，逾期都快一百二十天了。") is False  # 「快」 before the whole number
    assert facts("你呢笔欠款三千六，逾期八十五日。") is True
    assert facts("您还欠3,600，都85天了。") is True
    assert facts("总欠3,600，账龄85天，MP一直没还。") is False


def test_recording_notice_misheard_by_speech_to_text():
    t = call(OPEN8, ("d", "是我噻"), ("c", "邝先生 本次通话全程鹿音哈 你那笔欠款三千六 逾期八十五天了"))
    assert conduct_findings(t, CTX, R)["recording-notice"] is True


def test_close_summary_needs_a_real_next_step():
    bare = call(OPEN8, ("d", "我是他房东，他搬走了。"),
                ("c", "那你回头见着他让他还钱，不说了，再见。"))
    assert "courteous-close" in missing(bare, CTX, R)
    wrong = call(OPEN8, ("d", "打错了，这号我刚办的。"),
                 ("c", "不好意思打扰了，我们会把这个号码从名单里移除，再见。"))
    assert missing(wrong, CTX, R) == []


def test_complaint_about_call_count_is_no_promise():
    t = call(OPEN8, ("d", "是我，你们今天都打四回了，我上着班呢。"),
             ("c", "抱歉，今天不再打了，本次通话有录音，周日上午十点我再联系您，再见。"))
    assert conduct_findings(t, CTX, R)["promise-confirmation"] is None


def test_fee_or_off_channel_account_is_no_repayment_plan():
    base = [OPEN8, YES8, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。")]
    for text in ("你得先交八百的律师服务费，打到我们律所的账户上。",
                 "明天还可以，但现在得先交三百块的展期手续费，转到我同事的建设银行卡上。",
                 "今天先还一千，转到我短信发你的这个账户上就行。"):
        t = call(*base, ("d", "那咋办。"), ("c", text))
        assert conduct_findings(t, CTX, R)["repayment-plan"] is False, text


def test_app_named_as_the_lender_or_for_a_statement_is_no_channel():
    t = call(OPEN8, YES8, ("c", "本次通话全程录音。您在恒裕App的借款应还3,600元，逾期85天，可以在App里申请账单明细核对。"),
             ("d", "没钱。"), ("c", "那这周六先还1,000元，剩下的分3期，您看行吗？"))
    assert conduct_findings(t, CTX, R)["repayment-plan"] is False


def test_official_way_agreed_with_the_plan_itself_counts():
    t = call(OPEN8, YES8, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。"), ("d", "我还是在App里弄吧。"),
             ("c", "行，App也行，6月5号前1,200，剩下2,400下月20号前。"))
    assert conduct_findings(t, CTX, R)["repayment-plan"] is True


def test_vague_ask_for_money_then_debtor_puts_it_off_still_expects_a_plan():
    t = call(OPEN8, ("d", "是我，这都几点了，有事明天说。"),
             ("c", "就两分钟，本次通话全程录音，您那笔3,600元逾期85天了，明天能先还点不？"),
             ("d", "手头紧，明天再说吧，挂了。"))
    assert conduct_findings(t, CTX, R)["repayment-plan"] is False


def test_taking_the_plan_or_asking_how_to_pay_is_a_promise():
    base = [OPEN8, YES8, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。")]
    takes = call(*base, ("c", "可以帮您申请分6期，每期六百出头，您看呢？"), ("d", "那就按分期来吧。"),
                 ("c", "好的，我提交申请，结果短信通知您，谢谢，再见。"))
    assert conduct_findings(takes, CTX, R)["promise-confirmation"] is False  # applies, amount and date not repeated
    how = call(*base, ("c", "这个月先还800元，下个月再还800元，您看能不能行？"), ("d", "八百……行吧，那我咋还？"),
               ("c", "在恒裕App里还就行。"))
    assert conduct_findings(how, CTX, R)["promise-confirmation"] is False


def test_debtor_posing_as_a_relative_then_owning_the_name():
    t = call(OPEN8, ("d", "志诚不在家，我是他叔。"),
             ("c", "他在我们这欠了一万二，逾期五十天了，您让他赶紧还。"),
             ("d", "……算了，我就是志诚，别往我家里打了。"),
             ("c", "好，本次通话全程录音，今天先在恒裕App里还2,000元，剩下的分5期，您看行吗？"))
    found = conduct_findings(t, CTX, R)
    assert found["identity-verification"] is False  # the debt was told before he owned the name
    assert found["recording-notice"] is True and found["debt-facts"] is False and found["repayment-plan"] is True


def test_listener_who_only_distrusts_the_caller_or_says_no_is_not_the_debtor():
    doubt = call(("c", "喂，是邝志诚吗？恒裕消费金融的乔楠，工号HY6120。"), ("d", "你说。"),
                 ("c", "你那笔借款九千二，拖了六十天了。"), ("d", "你们到底是谁？是不是骗子？"), ("c", "随便你。"))
    assert applies(doubt) == {"self-identification", "courteous-close"}
    no = call(OPEN8, ("d", "不是，你找谁？"), ("c", "不好意思，打扰了，这个号码我们标记一下不再联系，再见。"))
    assert applies(no) == {"self-identification", "courteous-close"}
    engaged = call(("c", "喂，恒裕消费金融的，找一下邝志诚。"), ("d", "嗯。"), ("c", "你那笔借款拖了六十天了。"),
                   ("d", "你谁啊？凶什么。"), ("c", "恒裕的。今天能还吗？"), ("d", "没钱。"), ("c", "那明天再打。"))
    assert conduct_findings(engaged, CTX, R)["identity-verification"] is False  # acts as the debtor


def test_plan_with_an_example_figure_and_a_refusal_of_other_accounts():
    base = [OPEN8, YES8, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。")]
    example = call(*base, ("d", "不想还。"), ("c", "能不能先还一部分，比如这周五先还一千，剩下的再商量分期？还款就走恒裕App。"))
    assert conduct_findings(example, CTX, R)["repayment-plan"] is True
    refuse_other = call(*base, ("d", "每月五百行吗。"),
                        ("c", "可以申请分8期，每期约450元。每月通过恒裕App还款就行，不用往别的账户转。"))
    assert conduct_findings(refuse_other, CTX, R)["repayment-plan"] is True


def test_talk_about_the_plan_or_a_set_next_call_is_not_a_plan():
    base = [OPEN8, YES8]
    talk = call(*base, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。今天想跟您确认还款安排，还款只认恒裕App。"),
                ("d", "我再想想。"), ("c", "好的。"))
    assert conduct_findings(talk, CTX, R)["repayment-plan"] is False
    later = call(*base, ("c", "本次通话全程录音。您欠款3,600元，逾期85天。"), ("d", "我在开会。"),
                 ("c", "好的，那周四下午三点再具体聊还款安排，谢谢您，再见。"))
    assert conduct_findings(later, CTX, R)["repayment-plan"] is None


# --- round 9: new writers (legal/credit pairs, rights-aware debtors, instalments, family, IVR) ---------
OPEN9 = ("c", "您好，我是青穗消费金融客户服务中心的卓然，工号QS4417，本次通话全程录音。请问是柴文静女士本人吗？")
YES9 = ("d", "是我。")
FACTS9 = ("c", "柴女士，您的借款欠款5,260元，逾期44天。")


def test_name_asked_with_a_question_or_an_authority_is_no_self_introduction():
    asked = call(("c", "喂，柴文静吗？我们是青穗分期委托的机构。"), ("d", "你说。"), ("c", "那先这样。"))
    assert conduct_findings(asked, CTX, R)["self-identification"] is False
    court = call(("c", "喂，是柴文静本人吗？"), ("d", "是我，哪位？"),
                 ("c", "我姓焦，区法院执行这一块由我负责，你那笔网贷的案子在我手上。"), ("d", "啊？"), ("c", "那先这样。"))
    assert conduct_findings(court, CTX, R)["self-identification"] is False


def test_listener_owning_the_debtors_name_after_a_relay_is_the_debtor():
    turns = call(("c", "您好，青穗消费金融客服中心的卓然，工号QS4417，本次通话录音。这是柴文静的手机吗？"),
                 ("d", "是这个号，什么事？"),
                 ("c", "柴文静在我们这借的2,400元已经逾期21天，麻烦您转告她尽快处理。"),
                 ("d", "我就是柴文静，你们直接跟我说。"),
                 ("c", "好的柴女士，那明天下午三点我再打给您细说，打扰了，再见。"))
    found = conduct_findings(turns, CTX, R)
    assert found["identity-verification"] is False  # the amount went to an unknown listener first
    assert found["debt-facts"] is False  # and was not stated again after she owned the name


def test_the_debt_of_the_listeners_relative_makes_a_third_party_call():
    turns = call(("c", "您好，请问是邵文斌先生吗？我是青穗消费金融的卓然，工号QS4417。"), ("d", "我是邵文斌，什么事？"),
                 ("c", "您哥哥邵文杰在青穗的借款已经逾期三个多月了，一直联系不上。"), ("d", "我们好几年不来往了。"),
                 ("c", "好的，这个情况我们备注一下，谢谢您，再见。"))
    assert applies(turns) == {"self-identification", "courteous-close"}


def test_collector_recounting_an_earlier_relay_to_the_debtor_is_not_a_relay_call():
    turns = call(OPEN9, YES9, FACTS9, ("d", "你们是不是打给我妹妹了？"),
                 ("c", "那次是联系不上您，只请她转告您回电，没说别的。您看4月30号前在青穗App先还2,000元可以吗？"),
                 ("d", "行，30号还两千。"), ("c", "好的，确认：4月30号前在青穗App还2,000元。谢谢您，再见。"))
    assert missing(turns, CTX, R) == []


def test_overdue_implied_in_slang_before_verification_fails_verification():
    turns = call(("c", "柴文静吧？青穗消费金融客服中心，工号QS4417，我姓卓，你那笔分期都拖仨月了。是你本人吧？"),
                 YES9, ("c", "通话录音。欠5,260元，逾期92天。"))
    assert conduct_findings(turns, CTX, R)["identity-verification"] is False


def test_medium_tags_and_menu_key_presses_read_as_what_they_say():
    chat = call(("c", "［微信语音］您好，我是青穗消费金融客服中心的卓然，工号QS4417，本次沟通全程录音。您是柴文静本人吗？"),
                ("d", "［文字］我是。"), FACTS9)
    assert conduct_findings(chat, CTX, R)["identity-verification"] is True
    ivr = call(("c", "这里是青穗消费金融智能语音，工号V1020，本次通话录音。请问您是柴文静女士本人吗？本人请按1，非本人请按2。"),
               ("d", "（按键1）"), ("c", "您的借款欠款5,260元，请于今日内通过青穗App还款5,260元。"), ("d", "行吧，我晚上还。"),
               ("c", "感谢您的接听。"))
    found = conduct_findings(ivr, CTX, R)
    assert found["identity-verification"] is True and found["debt-facts"] is False  # no days overdue
    assert found["courteous-close"] is False  # thanks for answering sums nothing up


def test_calling_back_checking_or_applying_is_no_promise():
    for reply in ("行行行，明天中午我打给你们。", "那你下午四点以后再打，我先问清楚。", "分期的事我下周自己打官方客服谈。",
                  "那我今天去App上申请。"):
        turns = call(OPEN9, YES9, FACTS9, ("d", reply), ("c", "好的，谢谢您，再见。"))
        assert conduct_findings(turns, CTX, R)["promise-confirmation"] is None, reply


def test_a_counter_offer_or_a_next_call_date_repeats_no_promise_back():
    counter = call(OPEN9, YES9, FACTS9, ("d", "我月底能还一千。"),
                   ("c", "一千不够，起码三千，30号之前在青穗App还。"), ("d", "三千没有。"), ("c", "那30号我再打。"))
    assert conduct_findings(counter, CTX, R)["promise-confirmation"] is False
    undated = call(OPEN9, YES9, FACTS9, ("d", "年终奖下来就还两千，日子说不准。"),
                   ("c", "好的，年终奖到账后在青穗App还2,000元，下周五上午我再跟您确认进度。谢谢您，再见。"))
    assert conduct_findings(undated, CTX, R)["promise-confirmation"] is False


def test_fees_waivers_and_an_app_said_to_be_down_are_no_plan():
    fee = call(OPEN9, YES9, FACTS9, ("d", "怎么还？"),
               ("c", "App还款通道正在维护，请转到合作代收账户，另需支付通道服务费20元。"), ("d", "哦。"), ("c", "好的，谢谢，再见。"))
    assert conduct_findings(fee, CTX, R)["repayment-plan"] is False
    waiver = call(OPEN9, YES9, FACTS9, ("d", "我要申请分期。"),
                  ("c", "分期请在青穗App里提交，滞纳金150元减免我今天帮您登记。谢谢您，再见。"))
    assert conduct_findings(waiver, CTX, R)["repayment-plan"] is False
    deposit = call(OPEN9, YES9, FACTS9, ("d", "能快点批吗？"),
                   ("c", "您先交2,000元的方案保证金，打到我们公司对公户，批得快。"), ("d", "算了。"), ("c", "好的，谢谢，再见。"))
    assert conduct_findings(deposit, CTX, R)["repayment-plan"] is False


def test_verified_debtor_speaking_of_family_is_still_the_debtor():
    turns = call(OPEN9, YES9, FACTS9, ("d", "要不让我老婆先帮我还一部分？"),
                 ("c", "家里怎么安排您自己定，我们不要求谁替您还。您看5月10号前在青穗App先还1,500元行吗？"),
                 ("d", "行，10号还一千五。"), ("c", "好的，确认：5月10号前在青穗App还1,500元。谢谢您，再见。"))
    assert missing(turns, CTX, R) == []
