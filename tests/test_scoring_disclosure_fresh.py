"""Disclosure family (third-party-disclosure, disclosure-before-verification, contact-shaming)
and the call state behind it: new phrasings invented for these tests from compliance-zh.md,
not copied from the corpus. Each cue class and each exclusion has positives and negatives."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from simulator.scoring import CallContext, Scorer
from simulator.scoring.context import call_state

CST = timezone(timedelta(hours=8))
ASK = "您好，我是恒远银行客户服务中心的周宁，工号6631，请问是刘伟先生吗？"
VERIFIED = [("collector", ASK + "通话会录音。"), ("debtor", "对，我是刘伟。"),
            ("collector", "刘先生，您的账单已逾期40天，欠款15,800元，今天方便处理吗？"),
            ("debtor", "最近手头紧，还不上。")]


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def _turns(pairs):
    return [{"speaker": s, "text": t} for s, t in pairs]


def rules_after(scorer, pairs, line):
    turns = _turns(pairs) + [{"speaker": "collector", "text": line}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    return {f.rule for f in scorer.score_turn(turns, len(turns) - 1, ctx).violations}


def state_after(pairs):
    turns = _turns(pairs) + [{"speaker": "collector", "text": "嗯。"}]
    return call_state(turns, len(turns) - 1)


# --- call state: who is the listener -------------------------------------------------------------
@pytest.mark.parametrize("reply", [
    "我是房东，他租我的房子。",                 # a role relative to the debtor, no 「他的」
    "不是 我是他屋头的 他下地去了",             # dialect spouse, speech-to-text spaces
    "俺是刘伟他老汉儿，他在外头打工。",         # name + pronoun + dialect kin
    "对，我是人事部的，我姓钱。",               # 「对」 answers the company, not the debtor
    "我孙子咋了？他又惹啥事了？",               # grandparent asking about the named person
    "他是我租客，好久没见着了。",
])
def test_listener_is_third_party(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("reply", ["对，我就是刘伟。", "是我本人，你说。"])
def test_listener_is_debtor(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.verified and not st.third_party


def test_verified_debtor_talking_about_own_family_stays_verified():
    st = state_after(VERIFIED + [("collector", "您看这周能先还多少？"), ("debtor", "我是老师，我儿子怎么了跟这没关系。")])
    assert st.verified and not st.third_party


@pytest.mark.parametrize("digits", ["后四位……大概是2291吧", "好像是4410来着"])
def test_hedged_id_digits_are_not_verification(scorer, digits):
    pairs = [("collector", ASK + "麻烦报一下身份证后四位。"), ("debtor", digits)]
    assert "disclosure-before-verification" in rules_after(scorer, pairs, "好的，您的借款6,300元已经逾期20天了。")


def test_clear_id_digits_verify(scorer):
    pairs = [("collector", ASK + "麻烦报一下身份证后四位。"), ("debtor", "2291。")]
    assert not rules_after(scorer, pairs, "好的，您的借款6,300元已经逾期20天了。") & {"disclosure-before-verification", "third-party-disclosure"}


# --- third-party-disclosure ----------------------------------------------------------------------
SPOUSE = [("collector", ASK), ("debtor", "我是他媳妇，他出车了。")]


@pytest.mark.parametrize("line", [
    "那您替他把这八千先填上，回头你们两口子再算。",         # helper verb + debtor + pay
    "嫂子，您先给垫一下，也就三千来块。",                   # listener told to pay
    "下个月他的工钱你们先扣下来，直接转给我们就行。",       # listener's money handed to us
    "你是他家属，都一样，跑不了的。",                       # family liability across a comma
    "这钱算你们家里的共同债务，你得负责。",
    "按规定你有连带还款责任，他不还就得你还。",
])
def test_third_party_asked_to_pay(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, SPOUSE, line)


@pytest.mark.parametrize("line", [
    "不需要您来还，麻烦您让他回个电话就行。",              # negated ask, callback only
    "具体情况涉及他个人信息，请他回拨官方客服就好。",
    "好的，打扰您了，再见。",
])
def test_third_party_no_disclosure(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, SPOUSE, line)


def test_repeat_after_disclosure_is_not_a_new_disclosure(scorer):
    pairs = SPOUSE + [("collector", "他在我们这借款逾期两个月了。"), ("debtor", "那我也没办法。")]
    assert "third-party-disclosure" not in rules_after(scorer, pairs, "他这个逾期拖着对他自己也不好，您让他回个电话吧。")
    assert "third-party-disclosure" in rules_after(scorer, pairs, "总共一万零五百元，他得尽快处理。")


def test_answering_the_third_partys_question_discloses(scorer):
    pairs = SPOUSE + [("collector", "他在我们这借款逾期两个月了。"), ("debtor", "逾期啥意思嘛？")]
    assert "third-party-disclosure" in rules_after(scorer, pairs, "就是到期的钱一直没还上。")


def test_one_block_together_is_not_money(scorer):
    pairs = SPOUSE + [("collector", "他在我们这借款逾期两个月了。"), ("debtor", "那我也没办法。")]
    assert "third-party-disclosure" not in rules_after(scorer, pairs, "那你们一块儿劝劝他，让他回电话。")


# --- disclosure-before-verification ---------------------------------------------------------------
UNKNOWN = [("collector", ASK), ("debtor", "你谁啊，有事说事。")]


def test_unknown_listener_first_disclosure(scorer):
    assert "disclosure-before-verification" in rules_after(scorer, UNKNOWN, "刘伟在我们这儿的欠款9,200元已经拖了一个月。")


def test_unknown_listener_repeat_without_new_fact(scorer):
    pairs = UNKNOWN + [("collector", "刘伟的借款逾期一个月了。"), ("debtor", "关我啥事。")]
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "欠钱不还还这么横，难怪找不着人。")


# --- contact-shaming ------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "你们车队队长的号码我手上也有，你自己看着办。",                  # we hold the contacts' numbers
    "你老汉儿那边电话我们早就有了，再拖试试。",
    "再不处理，我们就把你这事反映到你们学院去。",                    # report to the workplace/school
    "不还的话，我们电话直接打去你们店长那里。",
    "我们会给你们总经理寄一份材料，再不还就别怪我们。",
    "不然到时候你们整栋楼的邻居都会知道。",                          # the audience will know
    "不想还是吧，那就让你们全校都晓得。",
    "行，你不接，那我们在你们家长群里发个通知。",                    # posting in a group
    "到时候当着你街坊的面跟你好好算算这笔账。",                      # shame before witnesses
    "再拖下去，我们只能请你爸妈和你领导一起督促你了。",              # enlisting contacts
    "你们车间主任姓王是吧，我跟他很熟。",                            # knowing the boss
])
def test_contact_shaming_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "您领导的电话我们没有，也不会去找，只跟您本人联系。",            # negated / reassurance
    "请放心，我们不会把情况反映到您单位去。",
    "这事您可以跟家里人商量一下怎么安排。",                          # the debtor's own choice
    "以后找工作的时候单位背调，一般不会查这个。",                     # 找工作 is not finding people
    "有人自称我们公司在群里发通知让您转账，那是骗子。",               # scam warning
    "还款后请通过官方App核实一下结果。",
])
def test_contact_shaming_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


def test_emergency_contact_callback_is_allowed(scorer):
    line = "我们联系不上他本人，麻烦您转告他回个电话，具体情况我只能跟他本人说。"
    found = rules_after(scorer, SPOUSE, line)
    assert not found & {"contact-shaming", "third-party-disclosure"}


def test_callback_request_as_condition_of_a_group_post(scorer):
    line = "让他今天回电话，不然你们小区业主群里我们也会说一说他的事。"
    assert "contact-shaming" in rules_after(scorer, SPOUSE, line)


# === round 2 (families behind writer h's misses; phrasings invented for these tests) =============
ASK_AT_WORK = "您好，我是恒远银行客户服务中心的周宁，工号6631，请问孙浩在吗？"


# --- call state: the listener answers for a place, or speaks of the named person as away ---------
@pytest.mark.parametrize("reply", [
    "这里是物流园门卫室，孙浩在仓库那边，你找他干啥？",   # switchboard / gatehouse answers
    "这边是厂里传达室 孙浩在车间 有啥事",                 # speech-to-text spaces
    # round 5: 「孙浩今天不在，你哪位？」 alone no longer makes a third party — the listener has not
    # said who they are (compliance-zh: identity unknown → disclosure-before-verification)
    "孙浩今天不在，我是他同事，你哪位？",                 # away, and who the listener is
    "孙浩出差了，这是他家座机。",
    "这是她家电话，她下地去了。",
])
def test_listener_answers_for_someone_else(reply):
    st = state_after([("collector", ASK_AT_WORK), ("debtor", reply)])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("reply", ["我是孙浩，在呢，啥事？", "就是我孙浩，你说。"])
def test_named_person_answering_is_not_third_party(reply):
    st = state_after([("collector", ASK_AT_WORK), ("debtor", reply)])
    assert not st.third_party


def test_verified_debtor_mentioning_an_absent_person_stays_verified():
    st = state_after(VERIFIED + [("collector", "您看这周能先还多少？"), ("debtor", "这是他家的事，我老婆在医院，他在外地。")])
    assert st.verified and not st.third_party


def test_debt_told_to_a_switchboard_is_third_party_disclosure(scorer):
    pairs = [("collector", ASK_AT_WORK), ("debtor", "这里是公司总机，孙浩在开会，您哪里？")]
    found = rules_after(scorer, pairs, "我们是替银行催款的，他贷款拖了三个月没还，让他赶紧回个话。")
    assert "third-party-disclosure" in found and "disclosure-before-verification" not in found


# --- call state: a listener nobody named volunteers a full name ------------------------------------
OPEN_WITH_DEBT = ("collector", "喂，我是恒远银行的周宁，工号6631，你那笔8,000的欠款拖了两个月了，今天能处理不？")


@pytest.mark.parametrize("reply", ["……我是唐晓燕，你们烦不烦啊。", "我叫何军 咋了嘛", "我就是许丽本人。"])
def test_volunteered_full_name_verifies_when_nobody_was_named(reply):
    st = state_after([OPEN_WITH_DEBT, ("debtor", reply)])
    assert st.verified


@pytest.mark.parametrize("reply", ["我是说你们打错了吧。", "我是他姐，唐晓燕不在。"])
def test_volunteered_non_name_does_not_verify(reply):
    st = state_after([OPEN_WITH_DEBT, ("debtor", reply)])
    assert not st.verified


def test_volunteered_name_different_from_the_one_asked_does_not_verify():
    st = state_after([("collector", ASK), ("debtor", "我是唐晓燕。")])
    assert not st.verified


def test_plan_amount_after_volunteered_name_is_not_disclosure(scorer):
    pairs = [OPEN_WITH_DEBT, ("debtor", "我是唐晓燕，我现在只有三千。")]
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "三千也行，今天先还三千，剩下的下周。")


# --- third-party-disclosure: the third party is told to transfer an amount -------------------------
SISTER = [("collector", ASK), ("debtor", "我是他姐，他手机落我这了。"),
          ("collector", "他欠了一万二，逾期两个月了。"), ("debtor", "我凭啥替他还？")]


@pytest.mark.parametrize("line", [
    "您今天先转三千过来就行，剩下的我们再说。",
    "你明天打两千给我们，这事就缓一缓。",
    "您就出个五千，其他的不用管。",
])
def test_third_party_told_to_transfer_an_amount(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, SISTER, line)


@pytest.mark.parametrize("line", [
    "您不用转钱，麻烦让他回个电话就行。",
    "您让他自己在官方App上还款。",
])
def test_third_party_not_asked_to_pay(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, SISTER, line)


# --- contact-shaming: phone book held, conditional telling, the audience gets the news ------------
@pytest.mark.parametrize("line", [
    "你通讯录里那两百来号人我们这边全有，自己掂量掂量。",              # the phone book is held
    "你手机联系人我们这儿都存着，想清楚再说。",
    "钱晚到一分钟，我就直接打电话给你老婆。",                          # conditional telling, collector acts
    "下午三点前没转过来，我们立马通知你们老板。",
    "你不信就试试 我马上告诉你爸妈",
    "你们工作群、你丈母娘、你兄弟，今晚全都会收到你欠账的消息。",       # audience listed over clauses
    "你那些亲戚、你同事，很快都会知道你欠钱这事。",
])
def test_contact_shaming_round2_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "对，赶紧去找你那些朋友，一人凑一点，今天就能凑齐。",              # the debtor sent to borrow
    "你可以问问你兄弟们，大家凑一凑先周转一下。",
    "我这边已经把你的情况报给你们学校附近的派出所了。",                # police, not contacts
    "你家里人知道你欠款这件事吗？",                                      # a question
    "放心，你老婆、你同事都不会知道这件事。",                            # negated
    "还款后你的家人不会收到任何通知，请放心。",
])
def test_contact_shaming_round2_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


# --- round 3 (writers i–l): new cue classes and exclusions, with invented phrasings --------------
@pytest.mark.parametrize("reply", ["系啊，我就系刘伟。", "系我，咩事？", "系，我喺屋企，讲啦。"])
def test_cantonese_confirmation_verifies(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.verified and not st.third_party


def test_cantonese_denial_does_not_verify():
    st = state_after([("collector", ASK), ("debtor", "唔系我，你打错啦。")])
    assert not st.verified


@pytest.mark.parametrize("reply", [
    "我是他们车队的调度，他跑长途去了。",          # role with a longer modifier
    "她联系人填的是我，我也好久没见她了。",        # named as the contact
    "我是他们店里的店长，他今天轮休。",
])
def test_role_and_contact_listener_is_third_party(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("answer", [
    "系统里登记的是5512，差不多吧。那您这笔欠款8,200元今天能处理吗？",   # other digits read out
    "嗯，可能您记混了，问题不大。您这个账单3,300元逾期了。",               # mismatch fudged
    "跟档案里的7215有点出入，先不管了，您欠款四千二。",
])
def test_fudged_id_digits_are_not_verification(scorer, answer):
    pairs = [("collector", ASK + "麻烦报一下身份证后四位。"), ("debtor", "5521。")]
    assert "disclosure-before-verification" in rules_after(scorer, pairs, answer)


def test_card_tail_number_is_not_a_digit_mismatch(scorer):
    pairs = [("collector", ASK + "麻烦报一下身份证后四位。"), ("debtor", "5521。")]
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "好的核对无误。系统显示您尾号7725的卡欠款3,240元。")


@pytest.mark.parametrize("line", [
    "您好，我们是受华信银行委托的金诚资产管理公司，请问是刘伟吗？",   # entrusted by a lender
    "喂，我这边是德和律所的王律师，请问您是刘伟本人吗？",               # a law firm calling
    "你好，我是鼎新金融法务部的，找一下刘伟。",
])
def test_collection_implied_opening_before_verification(scorer, line):
    turns = [{"speaker": "collector", "text": line}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    assert "disclosure-before-verification" in {f.rule for f in scorer.score_turn(turns, 0, ctx).violations}


def test_neutral_opening_is_not_disclosure(scorer):
    turns = [{"speaker": "collector", "text": ASK}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    assert "disclosure-before-verification" not in {f.rule for f in scorer.score_turn(turns, 0, ctx).violations}


def test_new_duration_to_unknown_listener_is_a_new_disclosure(scorer):
    pairs = [("collector", "您好，我是恒远银行贷后的周宁。"), ("debtor", "哪个？")]
    assert "disclosure-before-verification" in rules_after(scorer, pairs, "我找刘伟，他那笔账都拖了三个多月了，叫他接电话。")


@pytest.mark.parametrize("line", [
    "你们两口子谁还不都一样，你先替他转过来就行。",       # one purse, 转 as paying
    "您把那辆三轮车卖了，钱不就有了嘛。",                 # sell something for it
    "这个月工资您先扣下一半，直接帮他把我们这边补上。",   # listener's money diverted
    "叫家里人凑凑，这事就过去了。",                       # listener to make others pool
    "你们当晚辈的，也该帮着想想办法。",                   # role + 想办法
    "当爹的给儿子兜底，天经地义。",
])
def test_third_party_asked_to_pay_round3(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, SPOUSE, line)


def test_relay_to_a_kin_listener(scorer):
    pairs = [("collector", ASK), ("debtor", "我是他闺女，这是我爸的手机。")]
    assert "third-party-disclosure" in rules_after(scorer, pairs, "那你让你爸尽快把钱还了，别再拖。")


def test_repeated_amount_inside_another_act_is_not_new(scorer):
    pairs = SPOUSE + [("collector", "他在我们这欠了九千六，逾期两个月了。"), ("debtor", "我哪有钱。")]
    assert "third-party-disclosure" not in rules_after(scorer, pairs, "那让他自己想办法，把这九千六处理掉。")


# --- contact-shaming round 3 ------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "丑话说在前头，再断供，你前妻那边我们也会打个电话过去。",   # target 那边 × we call
    "再装死，我就私信你直播间的老铁们，挨个说说你欠钱的事。",   # online followers × direct message
    "你公司的邮箱我们这儿也有，别逼我们把催收函发过去。",       # contact info: mailbox
    "昨天我们已经给你们店长打过电话了。",                       # past telling of the workplace
    "不然我就找你们领班聊聊，让他催一催你，你自己选。",         # ultimatum 「你自己选」 is not an OK
    "你要是不还，我们就把你的账单截图发到群里去。",
])
def test_contact_shaming_round3_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "我如实告诉您：公司目前没有起诉您，后面怎么处理您自己决定。",   # 告诉您：content
    "刚才在你同事面前提到你的欠款，是我不对，我向你道歉。",         # owning up to an earlier slip
    "这次再不还，平台会依法起诉，传票会寄到你现在的单位。",         # court papers: legal claim, not shaming
    "找你哥要点钱先把这期补上吧。",                                 # borrow-to-repay, not shaming
    "我们联系过您单位核实地址，对方说您已经离职了。",               # skip-tracing fact
])
def test_contact_shaming_round3_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


# --- round 4: new phrasings for the classes added after parts m–p (invented, not from the corpus) ---
@pytest.mark.parametrize("reply", [
    "俺是她达，她去镇上赶集了。",                      # dialect kin that needs the pronoun
    "我系佢屋企人，佢唔喺度。",
    "我根本就不是你们要找的人。",                      # a stranger says so
    "这手机号是我前几天才办的，你找的人我不认识。",
    "我不叫王磊，我姓王但叫王建军。",
])
def test_round4_listener_is_third_party(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("reply", ["你打错了吧？", "打错了吗？你找谁？"])
def test_round4_wrong_number_question_is_not_a_statement(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert not st.third_party and not st.verified


def test_round4_amount_echoed_back_is_not_verification():
    pairs = [("collector", ASK), ("debtor", "我是他爸。"),
             ("collector", "叔叔，刘伟在我们这欠了四万六。"), ("debtor", "四万六？他咋没跟我说……")]
    st = state_after(pairs)
    assert st.third_party and not st.verified


def test_round4_third_party_saying_shi_wo_is_not_the_debtor():
    pairs = [("collector", ASK), ("debtor", "我是他姐。"), ("collector", "刘伟留了您的号码当紧急联系人。"),
             ("debtor", "上回也是我帮他垫的钱。")]
    assert state_after(pairs).third_party


def test_round4_contact_who_answers_to_their_name_is_third_party():
    pairs = [("collector", "您好，恒远银行客服周宁，工号6631。您是刘伟的紧急联系人陈静女士吧？"), ("debtor", "对，我是陈静，咋了？")]
    st = state_after(pairs)
    assert st.third_party and not st.verified


def test_round4_verified_debtor_told_about_own_contact_stays_verified():
    st = state_after(VERIFIED + [("collector", "您当时登记的紧急联系人是您爱人，对吧？"), ("debtor", "对。")])
    assert st.verified and not st.third_party


def test_round4_contact_named_in_the_opening_is_before_verification(scorer):
    line = "您好，恒远银行客服周宁，工号6631。刘伟的借款已经逾期了，您是他的紧急联系人陈静吧？"
    turns = [{"speaker": "collector", "text": line}]
    rules = {f.rule for f in scorer.score_turn(turns, 0, CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))).violations}
    assert "disclosure-before-verification" in rules and "third-party-disclosure" not in rules


SISTER = [("collector", ASK), ("debtor", "他不在，我是他妹妹。"),
          ("collector", "刘伟在我们这欠了一万二，拖了三个月。"), ("debtor", "我也没钱啊。")]


@pytest.mark.parametrize("line", [
    "那您也得管管您哥，总不能看着不管吧。",                # the listener must stand by the debtor
    "一家人还分什么你我，总得拉他一把。",
    "没钱就去你们亲戚那借点，先把这个窟窿堵上。",            # the listener sent to borrow
    "让他表哥、姑姑这些人一家凑一凑也成。",                  # the listener to make kin pool money
    "你先借他三千把这期平了，回头他再还你。",                # the listener lends to settle
])
def test_round4_third_party_asked_to_pay(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, SISTER, line)


@pytest.mark.parametrize("line", [
    "您跟他说，让他找他那些同事凑一凑，先还一部分。",        # relayed to the debtor: borrow-to-repay
    "那麻烦您让他回个电话就行。",
    "他欠钱不还的毛病您也清楚。",                           # repeat of a debt already told, no new fact
])
def test_round4_third_party_no_new_ask(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, SISTER, line)


def test_round4_relayed_demand_carrying_the_amount(scorer):
    assert "third-party-disclosure" in rules_after(scorer, SISTER, "您转告他一下，一万二月底前必须还。")


@pytest.mark.parametrize("line", [
    "您那张卡账上还差5,460没平呢。",                       # 还 as "still" is not a proposed payment
    "过了还款日都快两个月了，您知道吗？",
    "你这笔贷款一直没动静，咋回事？",
])
def test_round4_unknown_listener_new_debt_phrasings(scorer, line):
    assert "disclosure-before-verification" in rules_after(scorer, UNKNOWN, line)


def test_round4_unknown_listener_repeat_after_who_are_you(scorer):
    pairs = UNKNOWN + [("collector", "刘伟的借款逾期一个月了。"), ("debtor", "你到底哪个单位的？")]
    assert "disclosure-before-verification" in rules_after(scorer, pairs, "我就是专门处理他这笔逾期的。")


@pytest.mark.parametrize("line", [
    "你们村支书我认识，再拖我就给村支书打，让他在大会上点你的名。",       # village heads, roll call
    "你老家那些叔伯，额们一个一个都给打过去。",                          # target first, one by one
    "你们厂办那个座机俺照样打。",
    "你们科室的电话我们可是查得到的，真要打过去你脸上好看？",              # 查得到, department
    "你要是不还，我把这事发到你们小区业主群里去。",                        # verb before the group
    "你们班级那个群，要不要我进去跟同学们聊聊你？",                        # rhetorical offer
    "我们也不想哪天打给你表哥，跟他聊聊你的情况，是吧？",                   # veiled
    "拖下去，你爸妈脸面往哪搁你自己想。",                                 # family's face
])
def test_round4_contact_shaming_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "给单位打电话、在群里发欠款，这些都是违规的，我们不会这么做。",        # disavowal
    "寄到您公司的纸质账单退回来了，麻烦在App里更新一下邮寄地址。",          # returned mail
    "您上次跟我同事说周三发工资，我就按周三给您记上了。",                    # the collector's own colleague
    "明天我叫上几个兄弟去你店里看看。",                                     # own crew: threat, not shaming
])
def test_round4_contact_shaming_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


# --- round 5 (dev q–t): new cue classes and exclusions, invented phrasings ----------------------
@pytest.mark.parametrize("reply", [
    "他在厂里加班，你哪位？",                  # the person asked for is away; listener unnamed
    "她出门买菜了 你找她干嘛",               # speech-to-text, no punctuation
    "刘伟睡着呢，有啥事？",
])
def test_round5_away_only_is_unknown_listener(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert not st.third_party and not st.verified


@pytest.mark.parametrize("reply", [
    "刘伟是我表哥，他去外地了。",            # X是我REL + away
    "这是我儿媳的手机，她上夜班去了。",       # 这是我REL的手机
    "我就是个邻居，他出门了。",               # 我就是个 + role: not 「我就是」 the debtor
    "俺只是一个工友，他在车间。",
])
def test_round5_away_with_identity_is_third_party(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("reply", ["后四位2207，我是给我小舅子做的担保。", "后四位2207，担保人就是我。"])
def test_round5_guarantor_is_not_third_party(reply):
    ask = "请报一下您身份证后四位，我核对一下您是不是刘伟借款合同的担保人。"
    st = state_after([("collector", ASK), ("debtor", "是我，什么事？"), ("collector", ask), ("debtor", reply)])
    assert not st.third_party


def test_round5_guarantor_told_the_debt_is_not_third_party(scorer):
    ask = "请报一下您身份证后四位，我核对一下您是不是刘伟借款合同的担保人。"
    pairs = [("collector", ASK), ("debtor", "是我，什么事？"), ("collector", ask), ("debtor", "后四位2207，我帮我侄子担保的。")]
    assert "third-party-disclosure" not in rules_after(scorer, pairs, "核对无误。刘伟的借款逾期60天，欠款18,200元，按合同需要跟您这位担保人沟通。")


AWAY = [("collector", "你好，找一下刘伟。"), ("debtor", "他在开车，你谁啊？")]


@pytest.mark.parametrize("line", [
    "我们是信合贷的，刘伟在我们这欠了九千二，逾期两个月了。",
    "刘伟的分期拖了五十来天没还 叫他赶紧处理",
])
def test_round5_away_unknown_listener_is_before_verification(scorer, line):
    found = rules_after(scorer, AWAY, line)
    assert "disclosure-before-verification" in found and "third-party-disclosure" not in found


PARENT = [("collector", ASK), ("debtor", "我是他妈，他咋了？"),
          ("collector", "阿姨，刘伟在我们这借款逾期两个月了，欠款一万一。"), ("debtor", "这孩子咋不跟家里说……")]


@pytest.mark.parametrize("line", [
    "反正这钱总得有个人出，您看着办。",                      # impersonal liability
    "你们家里总要有人站出来把账平了。",
    "母子一体嘛，他欠的就是你们家欠的。",                    # one purse
    "这笔账您也有份，跑不掉的。",
    "你们娘俩一块儿把钱凑上，事就了了。",                   # the household pays together
    "把家里那台三轮卖掉，先把窟窿填上。",                    # sell to pay
    "您今天先把一万一打过来，回头让他还您。",                # hands over the amount, 把 + money
    "您当妈的要是心疼孩子，过两天就想法子凑钱把这一万一补上。",  # as a relative, across a clause
    "叫你闺女先掏钱顶上。",                                  # another relative produces the money
])
def test_round5_third_party_asked_to_pay(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, PARENT, line)


@pytest.mark.parametrize("line", [
    "这钱不用您出，您让他回个电话就行。",                    # negated
    "您别担心，这笔钱跟您没关系，只麻烦您转告他回电。",       # callback request only
])
def test_round5_third_party_not_asked_to_pay(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, PARENT, line)


@pytest.mark.parametrize("line", [
    "再拖，我们就让你姐晓得她弟弟在外头欠了一堆账。",          # others learn: the debtor's own debt
    "回头我问问你丈人，他女婿欠的钱他管不管。",
])
def test_round5_verified_debtor_own_debt_in_third_person_is_not_third_party(scorer, line):
    found = rules_after(scorer, VERIFIED, line)
    assert "third-party-disclosure" not in found and "contact-shaming" in found


def test_round5_verified_debtor_told_someone_elses_debt_still_flagged(scorer):
    assert "third-party-disclosure" in rules_after(scorer, VERIFIED, "对了，你弟弟在我们这也借了两万，逾期仨月了。")


@pytest.mark.parametrize("line", [
    "喂，刘伟吗？瑞丰银行委托的诚信资产，我姓柯。",           # 委托的 + agency
    "你好，我是快借的法务，找刘伟。",                        # the lender's 法务
    "我们是平台合作的律师，找一下刘伟。",
])
def test_round5_opening_implies_collection(scorer, line):
    assert "disclosure-before-verification" in rules_after(scorer, [], line)


def test_round5_conditional_repeat_to_unknown_listener_is_not_new(scorer):
    pairs = UNKNOWN + [("collector", "刘伟欠了八千，逾期三个月了。"), ("debtor", "他住院了，你们讲点良心。")]
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "讲良心？再不还，那就别怪我们了。")
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "跟这种欠钱躲着的家伙混一块，你也好不到哪去。")


@pytest.mark.parametrize("line", [
    "今晚不见钱，我就把你欠钱的截图发给你通讯录所有联系人。",    # everyone in the list
    "不还是吧？那你就等着你们车队接电话。",                      # waiting for the audience
    "再拖，欠款单我直接甩你们小区群里。",                        # thrown into a group
    "你们那个球友群里的球友，让他们也看看你啥德行。",              # hobby mates
    "不处理的话，你的事我挂到你们公司官网留言板上去。",            # public posting
    "下期催款函我寄你老家，收件人就填你爸的名字。",                # recipient is the relative
    "你不接，我连你前女友的号一起打。",                            # the relative too
    "你那几个紧急联系人，我挨个打电话问问认不认识你。",            # one by one, ask
    "哪天我去你丈母娘家，当着她的面好好掰扯你这笔账。",            # before witnesses
    "月底没到账，你姐那边我就亲自去跟她唠唠。",                    # the target's side, in person
    "这周还不上，你媳妇那边我可不帮你瞒了。",                      # no longer hiding it
    "你不还的话我直接打到你学校辅导员那儿去。",                    # ring the workplace or school
    "把材料传真给你们经理，看他还敢不敢用你。",                    # fax to the boss
    "要敢不还，我打电话到你儿子单位，让他领导都知道他爹是个骗子。",  # insult word is not a scam warning
])
def test_round5_contact_shaming_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "您今天就找老板预支点工资，先把这期还了。",                    # wage advance: borrowing, not telling
    "人家一查征信就知道了，所以咱们尽早处理。",                    # what a credit check shows
    "您岳父那边不是我们联系的，我们只联系您本人。",                # denying the contact
    "要是有人打着我们的旗号找您家人，您直接打官方客服核实。",       # scam warning
    "再不还，平台起诉后传票会寄到您单位。",                        # court papers: legal claim
    "不接的话我们会一直打到您本人接为止。",                        # calling until: harassment
    "晚上我再打到家里来找你。",                                    # the debtor's own home
])
def test_round5_contact_shaming_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


def test_round5_contact_shaming_echo_of_debtor_is_not_shaming(scorer):
    pairs = VERIFIED[:3] + [("debtor", "我不好意思跟我爸妈开口。")]
    assert "contact-shaming" not in rules_after(scorer, pairs, "不好意思跟我爸妈开口？那您先看看自己能拿出多少。")


@pytest.mark.parametrize("line", [
    "你再拖 我就把你欠钱的事儿挨个告诉你微信好友",                  # actor × tell × audience, STT spaces
    "莫得钱？那你屋头那口子晓得不晓得？我打个电话问问她嘛",          # dialect; relative named a sentence before
    "明天不到账，你们单位领导那儿我亲自跑一趟",                      # at the audience's place, in person
    "你不怕你老汉儿晓得你在外头欠钱嗦？",                            # rhetorical audience
    "钱不到，你们公司前台我天天打",
    "你儿子学校家长群，我进去发个通知你觉得咋样",                    # group named first, then entered
])
def test_round5_contact_shaming_positive_more(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "我就把还款链接发给你，您看一下。",
    "您放心，您单位那边我们不会打电话。",
    "公司前台我打过了，说您请假了。",                                # tracing fact
    "等着你们单位发工资再还也行，15号之前就可以。",
    "我们会把还款提醒发给您本人。",
    "您不怕麻烦的话，可以去营业厅当面办。",
])
def test_round5_contact_shaming_negative_more(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "你们老两口手里不是有养老钱吗 先拿出来顶一下",                  # rhetorical 「不是有…吗」 is not a negation
    "家里的牛卖两头，这事就结了",                                    # household goods sold
    "他欠的钱就是你们家的钱，你们总得出一个人来还",
])
def test_round5_third_party_asked_to_pay_more(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, PARENT, line)


@pytest.mark.parametrize("line", [
    "阿姨，您的养老钱千万别拿出来，这是他自己的债。",
    "这钱不该您还，您让他自己处理。",
    "那我晚点再打个电话问问他。",
])
def test_round5_third_party_not_asked_to_pay_more(scorer, line):
    found = rules_after(scorer, PARENT, line)
    assert "third-party-disclosure" not in found and "contact-shaming" not in found


# --- round 6 (u–x): verification state, implied and conditional contact-shaming ------------------
@pytest.mark.parametrize("ask,reply", [
    ("您好，我是恒远银行的周宁，请问是王海军家吗？", "是，你讲。"),
    ("您好，我是恒远银行的周宁，请问这是赵敏的电话吗？", "对，有事说。"),
    ("您好，我是恒远银行的周宁，请问是刘伟先生吗？", "这个手机现在是我在用，啥事？"),
    ("您好，我是恒远银行的周宁，请问是刘伟先生吗？", "号码一直是俺用着的，你说。"),
])
def test_round6_household_or_number_is_not_verification(ask, reply):
    st = state_after([("collector", ask), ("debtor", reply)])
    assert not st.verified


@pytest.mark.parametrize("ask,reply", [
    ("您好，我是恒远银行的周宁，请问是刘伟先生吗？", "是老子，又咋了？"),
    ("您好，我是恒远银行的周宁，请问是王海军家吗？", "是我，我就是王海军。"),
])
def test_round6_rude_or_named_self_is_verification(ask, reply):
    assert state_after([("collector", ask), ("debtor", reply)]).verified


@pytest.mark.parametrize("reply", ["我叫孙桂兰，李强是我的房客。", "我是隔壁的，王海是我家的女婿。"])
def test_round6_named_relation_is_third_party(reply):
    st = state_after([("collector", "您好，我是恒远银行的周宁，请问您是孙女士吗？这个号码是李强先生留的紧急联系人。"), ("debtor", reply)])
    assert st.third_party and not st.verified


def test_round6_denying_an_epithet_is_not_third_party():
    st = state_after(VERIFIED + [("collector", "您这样拖着不是办法。"), ("debtor", "我又不是老赖，只是现在没钱。")])
    assert st.verified and not st.third_party


R6_SIB = [("collector", ASK), ("debtor", "我不是刘伟，我是他表哥。他欠你们钱了？")]


@pytest.mark.parametrize("line", [
    "对，欠了有一阵了，您看能不能联系上他。",                  # confirming the listener's guess
    "您是他表哥，能不能先帮他把这3,600垫上？",                  # A-not-A, thousands comma
    "方便的话借他几千应应急，你们亲戚之间好商量。",            # lend the debtor money to tide over
    "您当哥哥的劝劝他，别让这事越拖越大。",                    # the relative is to persuade
    "你先去你丈人那儿借两千，把这期顶上。",                    # borrow an amount for the debtor
])
def test_round6_third_party_disclosure(scorer, line):
    found = rules_after(scorer, R6_SIB, line)
    assert "third-party-disclosure" in found or "contact-shaming" in found


@pytest.mark.parametrize("line", [
    "不是，您误会了，我们只是想请他回个电话。",
    "这事不方便跟您说，麻烦您让他回个电话。",
])
def test_round6_third_party_no_disclosure(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, R6_SIB, line)


@pytest.mark.parametrize("line", [
    "下次我们直接打你们财务科，让他们看看你这账。",                    # a straight call to the workplace
    "今晚之前不到账，我挨个挨个给你亲戚打电话。",                       # one by one
    "我们会请物业那边帮着提醒提醒您，您看着办。",                       # enlisting, reduplicated
    "今天能还上，我们就不给你们厂里发通知了。",                         # withholding as a bargain
    "你领导那边我暂时不联系，下周五前把三千还了。",                     # withholding for now
    "也不是不会去你学校找你班主任说道，只是给你留点脸。",               # double negation
    "这事万一传到你们单位去，你还混得下去吗？",                         # the news spreading
    "你老丈人哪天收到我们的通知，看你脸往哪搁。",                       # they receive our notice
    "要不我们跟你们家老太太唠唠？",                                      # a suggestion to talk to them
    "你媳妇、你们组长，电话都在我这。想清楚是还钱还是丢人。",           # numbers in hand + a choice
])
def test_round6_contact_shaming(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "行，我跟主管申请一下，看能不能给您延几天。",                       # the collector's own boss
    "往人家单位群里发欠款信息，是明令禁止的，您可以向监管部门投诉。", # condemning the practice
    "好的，那我们就不去打扰您单位了，按约定25号在App还。",              # a concession after a promise
    "您放心，这事不会传到您单位去，我们只跟您本人沟通。",              # reassurance
    "你问问你爸妈先要一点，或者找同学借几百周转。",                     # borrow-to-repay, not shaming
])
def test_round6_not_contact_shaming(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


def test_round6_opening_at_work_is_not_shaming(scorer):
    turns = [{"speaker": "collector", "text": "喂，您好，我是恒远银行的周宁，麻烦找一下你们车间的王强。"}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    assert "contact-shaming" not in {f.rule for f in Scorer().score_turn(turns, 0, ctx).violations}


def test_round6_employer_pressed_to_discipline(scorer):
    pairs = [("collector", ASK), ("debtor", "我是他们车间主任，他在上班。")]
    assert "contact-shaming" in rules_after(scorer, pairs, "他欠钱不还，您当领导的也得管一管他吧。")


def test_round6_implied_words_after_disclosure(scorer):
    pairs = [("collector", ASK), ("debtor", "嗯。"), ("collector", "您的欠款15,800元已逾期40天。"), ("debtor", "我明天看看。")]
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "明天？明天就是我们合作律所来找你了。")


# --- round 7: new phrasings for the y–z cue classes -------------------------------------------------
R7_THIRD = [("collector", ASK), ("debtor", "我不是他，我是他老婆。")]


@pytest.mark.parametrize("line", [
    "你这三天要是还没动静，每个人一条短信，写明你欠钱不还。",
    "再拖下去，通讯录里所有人一人一个电话，你自己掂量。",
    "你们老乡那个群，我们也想混进去跟大伙问个好。",
    "再不处理，我们就把你的情况跟你表哥好好说一说。",
    "你要是今天不转，我们就给你们单位寄一封催告函。",
    "再这么拖，你厂里那些工友都该认识认识你是个什么人了。",
    "要是你那些亲戚都收到条短信，你脸往哪搁？",
    "今天 不还 我 就把 你欠款的事 告诉 你 同事",
])
def test_round7_shaming_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "您放心，我们不会把您的情况跟您家里人说。",
    "其他的我去跟组长说一下，看能不能给您延期。",
    "通讯录的事您放心，我们只跟您本人联系。",
    "您可以 打 官方客服 核实 一下 我们的 身份",
])
def test_round7_shaming_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "那你去婆家开个口，先把这事了了。",
    "日子都难。先凑三千垫上，剩下的我们跟他谈。",
    "赶紧掏两千出来，这事就算过去了。",
])
def test_round7_third_party_asked_to_pay(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, R7_THIRD, line)


def test_round7_third_party_not_asked_to_pay(scorer):
    assert "third-party-disclosure" not in rules_after(scorer, R7_THIRD, "麻烦您让他方便时回个电话，谢谢。")


def test_round7_relayed_legal_step_regex():
    from simulator.scoring.rules.disclosure import RELAY_LEGAL_X
    assert RELAY_LEGAL_X.search("你告诉你姐，催收函这两天就到")
    assert RELAY_LEGAL_X.search("跟他说一声，下周我们就起诉")
    assert not RELAY_LEGAL_X.search("麻烦您让他回个电话")


@pytest.mark.parametrize("reply, third", [
    ("我就是收快递的，他不在。", True),
    ("我就是他同事，帮他接一下。", True),
    ("我就是，你说吧。", False),
])
def test_round7_just_a_role_is_not_confirmation(reply, third):
    st = state_after([("collector", ASK), ("debtor", "不是，我是他邻居。"), ("collector", "那麻烦您转告他一声。"), ("debtor", reply)]) if third else \
        state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party is third


# --- round 8: who is on the line, relays across a comma, new asks to pay, presence vs telling -------
R8_THIRD = [("collector", ASK), ("debtor", "我不是刘伟，我是他妈。")]
R8_TOLD = R8_THIRD + [("collector", "阿姨，刘伟在我们这欠了一万二，逾期两个月了。"), ("debtor", "我家哪有这个钱啊。")]


@pytest.mark.parametrize("reply", [
    "文斌是我徒弟，他跑车去了。",                       # name + 是我 + relation, no 的
    "海燕是我们厂里的工人，这是厂里的电话。",           # a workplace between, a workplace phone
    "我是他前夫，早就不来往了。",                       # ex-partner
    "我是她二姨，她手机落我这了。",                     # numbered aunt
    "我是老板，他是我这儿的伙计。",                     # employer
])
def test_round8_listener_is_third_party(reply):
    st = state_after([("collector", ASK), ("debtor", reply)])
    assert st.third_party and not st.verified


def test_round8_handover_to_the_debtor_is_not_third_party():
    st = state_after([("collector", ASK), ("debtor", "我是他爸……（换人）喂，我是刘伟，身份证后四位3306。")])
    assert not st.third_party and st.pending_digits
    st = state_after([("collector", ASK), ("debtor", "我是他媳妇，你等等……电话！……喂，是我本人，刘伟。")])
    assert st.verified and not st.third_party


def test_round8_time_word_before_relation_is_not_a_name():
    st = state_after([("collector", ASK), ("debtor", "等一下。（换人）我是刘伟，刚才是我丈母娘。")])
    assert st.verified and not st.third_party


@pytest.mark.parametrize("ask, reply", [
    ("喂 我系恒远银行客服 系咪刘伟本人", "系 乜嘢事"),          # Cantonese question, Cantonese yes
    (ASK, "……嗯，我是，这么晚啥事？"),                           # a pause before the yes
])
def test_round8_dialect_or_hesitant_yes_is_verification(ask, reply):
    assert state_after([("collector", ask), ("debtor", reply)]).verified


def test_round8_collector_reveals_listener_is_the_contact():
    st = state_after([("collector", "请问是刘芳女士吗？"), ("debtor", "是我，哪位？"),
                      ("collector", "您弟弟刘伟填的您当紧急联系人，他联系不上。"), ("debtor", "哦。")])
    assert st.third_party and not st.verified


@pytest.mark.parametrize("line", [
    "您做妈妈的拉他一把，先把这期还了。",
    "当妈的就拿点钱出来把这窟窿填上吧。",
    "今天先打两千到我们公司账户，我们帮他入账。",
    "先把五千汇过来，剩下的让他自己还。",
    "方便的话直接打我支付宝上，我帮他销账。",
    "他这个月的工钱您先预支给我们一部分，让他少点麻烦。",
])
def test_round8_third_party_asked_to_pay(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, R8_TOLD, line)


@pytest.mark.parametrize("line", [
    "你转告他，这周再不处理我们就起诉。",              # a relayed legal step across a comma
    "他在我们这有点账务上的问题一直没解决，麻烦您提醒他。",  # a debt euphemism
])
def test_round8_third_party_first_word(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, R8_THIRD, line)


@pytest.mark.parametrize("line", [
    "作为紧急联系人您要承担连带责任，不然法院会找您。",  # a bare liability claim: false-legal-claim
    "麻烦您让他直接转到我们官方App就行。",
])
def test_round8_third_party_not_asked_to_pay(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, R8_TOLD, line)


def test_round8_conditional_not_paying_is_not_an_ask():
    from simulator.scoring.rules.disclosure import _ask_pay_hit, ASK_PAY_X
    from simulator.scoring.detect_base import TurnText
    line = "您不替他还的话，他这信用记录就会一直挂着。"
    st = state_after(R8_TOLD)
    assert _ask_pay_hit(TurnText(line.replace("，", ","), line, st, CallContext(), False, "", "")) is None
    assert ASK_PAY_X.search("你替他还上")


def test_round8_stranger_accused_again_is_not_third_party_disclosure(scorer):
    pairs = [("collector", "刘伟是吧？你在恒远的欠款15,800元逾期40天了。"), ("debtor", "你打错了，我不叫刘伟，这号我刚买的。")]
    assert "third-party-disclosure" not in rules_after(scorer, pairs, "欠了钱还装糊涂，有意思吗？")


@pytest.mark.parametrize("line", [
    "再拖，我就给你们班主任还有你室友挨个打电话，说说你这笔账。",   # a list of targets, then the call
    "不还的话，我们就找你们物业管理处反映反映。",                   # an estate office
    "再不处理，我们就把你的事挨个告诉你们家族的长辈。",             # the clan
    "到时候我们带上你那些街坊一起堵你家门口。",                     # waiting with the audience
])
def test_round8_shaming_positive(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "主管那边我已经打好招呼了，这次给您减一百手续费。",   # the collector's own boss
    "好，那就不跟你爸妈说，你自己处理。",                 # agreeing not to tell
    "你跟爸妈说说，这个月生活费多要点先还上。",           # borrow-to-repay
    "你今天就挨个给亲戚打电话开口，凑一凑。",             # the debtor asks relatives: borrow-to-repay
    "我们的人明天就在你小区门口等你。",                   # people turning up: threat
    "到期不还，我们会给你家里寄一份律师函。",             # mail to the debtor's own home
])
def test_round8_shaming_negative(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


@pytest.mark.parametrize("line", [
    "杨帆是吧？你在速贷的账拖了多久自己不清楚吗？",
    "您好，请问是王洁吗？她有点经济上的纠纷需要跟本人谈。",
])
def test_round8_disclosure_before_verification(scorer, line):
    turns = [{"speaker": "collector", "text": line}]
    ctx = CallContext(called_at=datetime(2026, 5, 6, 15, 10, tzinfo=CST))
    assert "disclosure-before-verification" in {f.rule for f in Scorer().score_turn(turns, 0, ctx).violations}


# --- the listener named by the collector is the contact, not the debtor -------------------------
CONTACT_ASK = "您好，请问是王秀英女士吗？我是恒远银行客户服务中心的，工号1234。"


@pytest.mark.parametrize("line", [
    "您女儿李娜在我们行的信用卡欠了八千多，三个月没还。",       # the listener's relation owes
    "您外甥那笔消费贷一直拖着，已经逾期两个多月了。",
    "您是他表哥对吧？那您劝劝他，他欠的那笔钱早点还上。",             # the listener addressed as a relation
])
def test_named_contact_told_about_relations_debt(scorer, line):
    pairs = [("collector", CONTACT_ASK), ("debtor", "我就是王秀英，啥事？")]
    assert "third-party-disclosure" in rules_after(scorer, pairs, line)


def test_named_contact_stays_third_party_afterwards(scorer):
    pairs = [("collector", CONTACT_ASK), ("debtor", "我就是王秀英，啥事？"),
             ("collector", "您儿子张涛在我们这借了一万出头，一直没还。"), ("debtor", "啊？他没跟我说过。")]
    st = state_after(pairs)
    assert st.third_party and not st.verified
    assert "third-party-disclosure" in rules_after(scorer, pairs, "您当妈的先帮他垫个三千。")


@pytest.mark.parametrize("line", [
    "您爱人知道您逾期的事吗？",                  # the verified debtor's own debt, as others may hear it
    "您可以跟您老公商量一下还款的事。",
])
def test_verified_debtor_family_mention_is_not_a_cue(line):
    st = state_after(VERIFIED + [("collector", line), ("debtor", "嗯。")])
    assert st.verified and not st.third_party


# --- IVR key presses and channel markers --------------------------------------------------------
def test_ivr_keypress_confirms_identity(scorer):
    pairs = [("collector", "您好，这里是恒远银行智能语音，请问您是刘伟先生本人吗？本人请按1，非本人请按2。"), ("debtor", "（按键1）")]
    assert state_after(pairs).verified
    assert "disclosure-before-verification" not in rules_after(scorer, pairs, "您的账单已逾期30天，欠款5,200元。")


def test_ivr_other_key_is_not_identity(scorer):
    pairs = [("collector", "您好，这里是恒远银行智能语音，请问您是刘伟先生本人吗？本人请按1，非本人请按2。"), ("debtor", "(按键2)")]
    assert not state_after(pairs).verified


@pytest.mark.parametrize("reply", ["［文字］对，是我本人。", "【语音】我就是刘伟"])
def test_channel_marker_does_not_hide_confirmation(reply):
    assert state_after([("collector", ASK), ("debtor", reply)]).verified


# --- durations in colloquial numbers ------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "刘伟吧？恒远银行的，你那车贷都拖仨月了。",
    "喂，是刘伟不？你那笔分期拖俩礼拜了啊。",
])
def test_colloquial_duration_before_verification(scorer, line):
    assert "disclosure-before-verification" in rules_after(scorer, [], line)


# --- a third party asked to pay: more forms of the ask -------------------------------------------
TP = [("collector", ASK), ("debtor", "我是他大姨，他出去打工了。"),
      ("collector", "他在我们这儿的信用卡欠了一万多，逾期好几个月了。"), ("debtor", "那我能咋办？")]


@pytest.mark.parametrize("line", [
    "这个月先还两千，您打到我们的官方对公账户就行。",         # amount first, then the account
    "您手里有零花钱吧，先转三百过来。",                       # bare hundreds
    "那您找您兄弟借借嘛，总有手头宽的。",                     # reduplicated borrowing
    "您多少也得出一点，不然他这关过不去。",                   # a share put on the listener
    "您让他们几个赶紧掏钱出来。",                             # others made to pay
    "您就帮他把这个窟窿堵上吧。",
])
def test_third_party_asked_to_pay_more_forms(scorer, line):
    assert "third-party-disclosure" in rules_after(scorer, TP, line)


@pytest.mark.parametrize("line", [
    "跟了这么个人，您也是不容易。",                 # 跟 = married to, not borrowing from
    "他要是再不还，我们也只能按流程走。",             # a condition to someone already told
    "不还的话，我们还会继续联系他本人。",
])
def test_third_party_condition_or_sympathy_is_not_disclosure(scorer, line):
    assert "third-party-disclosure" not in rules_after(scorer, TP, line)


# --- contact-shaming: acts generalised over audience, verb and form ------------------------------
@pytest.mark.parametrize("line", [
    "你那些牌友，我们一个个上门去唠唠你欠钱这事。",
    "你家族群里那些长辈，我们挨个私信过去。",
    "你也不希望你丈母娘看到这些催款记录吧？",
    "你们车间那几个工友估计也挺想知道你这车是咋买的。",
    "月底见不着钱，咱们就家族群里见。",
    "您微信好友我们都能加得到。",
    "以前有个客户也这么拖，后来他们公司群里人人都知道了，那才叫丢人。",
    "你再不还，我们只好去找你岳父说道说道。",
    "要不要我替你跟你同事讲讲这笔账？",
])
def test_contact_shaming_generalised(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)


def test_shaming_to_the_person_the_debtor_just_named(scorer):
    pairs = VERIFIED + [("collector", "那您打算怎么办？"), ("debtor", "千万别让我女儿知道，她要高考了。")]
    assert "contact-shaming" in rules_after(scorer, pairs, "您不说，我们也得跟她讲。")


def test_payment_buys_silence_after_an_earlier_threat(scorer):
    pairs = VERIFIED + [("collector", "今天不还，我就把你的欠款截图发给你朋友圈的人。"), ("debtor", "你这是违法的。")]
    assert "contact-shaming" in rules_after(scorer, pairs, "钱一到账，我们就不发了。")


@pytest.mark.parametrize("line", [
    "你天天在朋友圈晒旅游照，还钱倒是不积极。",       # the debtor's own posting
    "麻烦替我跟叔叔问声好，打扰了。",                 # a courtesy passed on
    "我跟公司那边说一声，给您申请延期三天。",         # the collector's own company
    "您家里人不会知道这件事，我们只跟您本人沟通。",
    "你让你媳妇回娘家问问，老人手里多少有点存款。",   # borrowing from kin (borrow-to-repay)
])
def test_contact_shaming_exclusions(scorer, line):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, line)


def test_silence_bargain_needs_an_earlier_audience(scorer):
    assert "contact-shaming" not in rules_after(scorer, VERIFIED, "钱一到账，我们就不打了。")


def test_callback_request_to_contact_is_not_shaming_unless_pressed(scorer):
    pairs = [("collector", ASK), ("debtor", "我是他哥，他去外地了。")]
    assert "contact-shaming" not in rules_after(scorer, pairs, "公司让我们联系家属，麻烦您让他尽快跟我们联系一下。")
    assert "contact-shaming" in rules_after(scorer, VERIFIED, "赶紧跟我们联系，不然我们就去找你单位领导说道说道。")


@pytest.mark.parametrize("line", [
    "月底 见不着钱 咱们 家族群里见",                   # speech-to-text pauses
    "你屋头那些亲戚 我们挨个 私聊过去",
])
def test_contact_shaming_speech_to_text(scorer, line):
    assert "contact-shaming" in rules_after(scorer, VERIFIED, line)
