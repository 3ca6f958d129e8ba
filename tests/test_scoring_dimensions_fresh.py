"""Graded dimensions on phrasings like the fresh writers' (parts E–H); every phrase here is invented."""
from simulator.scoring.dimensions import about_repayment, clarity, empathy, voiced_difficulty


def test_difficulty_in_plain_words_opens_empathy():
    for said in ("这阵子外卖单子少，一天挣不到两百。", "我怕你们打到我单位去。", "你们还有完没完？",
                 "你说话放尊重点！", "工地的钱还没结，我真顾不过来。", "App一直登不上，我也没办法。"):
        assert voiced_difficulty(said), said


def test_plain_how_to_pay_is_not_a_difficulty():
    assert voiced_difficulty("太好了！那我怎么还？") is None
    assert voiced_difficulty("怎么还得起啊，我一个月才两千。")


def test_acknowledged_then_misled_is_brief_acknowledgement():
    d = empathy("理解您最近难，这样，您先交300元加急费，我帮您延一个月。", "我下个月才发工资，能不能缓缓？",
                ["unofficial-channel"])
    assert 34 <= d.score < 67
    d = empathy("理解，可你再拖我们就去你店门口等你。", "我下个月才发工资，能不能缓缓？", ["threat"])
    assert d.score < 34


def test_spoken_asks_and_confirmations_are_about_repayment():
    before = "您在锦程的借款6,300元，已经逾期40天。"
    assert about_repayment("那您看今天这个咋安排？", "嗯，是我。", before)
    assert about_repayment("好的，确认一下：5月8号在官方App还2,000元。", "行吧。", before)
    assert about_repayment("钱呢？昨天说好的今天还。", "我是。", before)


def test_everyday_words_are_not_jargon():
    assert clarity("延期要先交一笔展期管理费500元。").shortfall != "jargon"
    assert clarity("交了停催费就不会再有电话了。").shortfall != "jargon"
    assert clarity("您这笔是M2，LPF另算。").shortfall == "jargon"
    assert clarity("您的 case 已经到我们这边了。").shortfall == "jargon"


def test_stumbling_over_a_figure_is_not_clear():
    assert clarity("您欠款四千二，不对，四千六，逾期十来天吧，今天能处理吗？").score < 67
    assert clarity("本金是五千三还是三千五来着，反正您先还一部分。").score < 67


def test_a_self_correction_however_it_continues_is_not_clear():
    # the guide: a self-correction is 1, a correction amid other uncertainty is 0
    once = clarity("老人家，您前年替……不对，您自己申请的那笔分期，还欠4,150元。")
    assert 34 <= once.score < 67 and once.shortfall == "vague"
    muddled = clarity("嗯，就是……逾期十九天，不对，今天算二十天了，应还一千八或者说一千七加一百多，总之一千八左右。")
    assert muddled.score < once.score


def test_saying_an_amount_is_wrong_is_not_a_stumble():
    assert clarity("您觉得金额不对，我理解，明细在App账单里，本金6,000元，利息420元。").score >= 67
    assert clarity("上次那位同事那样说是不对的，我向您道歉。还款请走官方App。").score >= 67


def test_correcting_an_earlier_turn_or_a_rhetorical_question_is_not_a_stumble():
    assert clarity("我更正一下：刚才说能分24期是我说错了，最多12期，以审批为准，您在官方App申请就行。").score >= 67
    assert "说法" not in clarity("我说错了吗？您这笔3,200元已经逾期50天了。").reason


# round 2 (writers I–L): clarity follows the reference scale, not politeness; invented phrasings

def test_short_identity_check_is_clear_not_terse():
    for said in ("抱歉打扰，请问您是许文静本人吗？", "请问你是邵海涛本人吗？", "您是不是龚丽本人？"):
        assert clarity(said).score >= 67, said
    assert clarity("嗯，行。").score < 67  # a bare acknowledgement stays incomplete


def test_politeness_alone_does_not_change_clarity():
    polite = clarity("您这期2,400元，4月20号前在官方App还上就可以。").score
    plain = clarity("你这期2,400元，4月20号前在官方App还上就可以。").score
    assert abs(polite - plain) <= 5
    assert plain >= 67


def test_hedged_figure_and_halting_start_lower_clarity():
    assert clarity("系统里是三千二……差不多吧，您今天先处理一下。").score < 67
    assert clarity("……那行吧，您这周在App上还1,500元。").score < clarity("那行，您这周在App上还1,500元。").score


def test_false_fact_lowers_clarity_more_than_another_slip():
    from simulator.data.rubric_schema import load_rubric
    penalties = {k: v.clarity_penalty for k, v in load_rubric().violations.items()}
    text = "您这笔5,600元再拖一周，就会直接移送法院强制执行，名下车子马上查封。"
    false_claim = clarity(text, ["false-legal-claim"], penalties)
    other = clarity(text, ["harassment"], penalties).score
    assert false_claim.score < other < clarity(text).score
    assert "事实不符" in false_claim.reason


# round 3 (writers m–t): invented phrasings only


def test_round3_defiance_hardship_and_odd_hours_open_empathy():
    for said in ("你敢去我单位试试，我马上报警。", "我妈刚走，后事还没办完。", "我一周要去透析两回。",
                 "上个月住了十来天院，刚出来。", "这才几点啊，天都没亮。", "你嘴巴放干净点",
                 "我这把年纪了还欠钱，丢人。", "你们这是拿我女儿说事。", "我心里慌得不行。"):
        assert voiced_difficulty(said), said


def test_round3_exclamation_voices_emotion_unless_it_is_a_promise():
    assert voiced_difficulty("我在开会！")
    assert voiced_difficulty("你们这样打下去谁受得了！")
    for said in ("别去！我周五先还五百。", "15号！", "太好了！", "老王，接电话！"):
        assert voiced_difficulty(said) is None, said


def test_round3_words_that_only_look_like_trouble():
    for said in ("这么麻烦啊，那我自己去App看。", "我不认识这个人，你打错了。", "我还没结婚，哪来的老公。"):
        assert voiced_difficulty(said) is None, said


def test_round3_improper_payment_path_is_negotiation_band_one():
    from simulator.scoring.dimensions import negotiation
    before = "您在恒信的借款4,200元，已经逾期30天。"
    for text, rule in (("你表哥不是开厂的吗，让他先替你垫上。", "third-party-disclosure"),
                       ("你去别的平台套一笔出来，先把我们这个平了。", "borrow-to-repay"),
                       ("别走App了，直接转我个人微信，我收到就给你销账。", "unofficial-channel")):
        d = negotiation(text, "我现在手上真没有。", before, [rule])
        assert d.score is not None and 34 <= d.score < 67, (text, d)
        assert "不合规" in d.reason
    # the same words with no debt in the call so far do not open negotiation
    assert negotiation("你表哥不是开厂的吗？", "嗯。", "", ["third-party-disclosure"]).score is None
