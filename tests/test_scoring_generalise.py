"""New phrasings, written for these tests (not taken from the corpus): each rule must catch
paraphrases it has never seen, and leave alone hard negatives that share its words.

Every line is scored as the last collector turn after a verified opening at 14:05, unless a
prefix says otherwise.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from simulator.data.persona_schema import Authorised
from simulator.scoring import CallContext, Scorer
from simulator.scoring.dimensions import clarity, empathy, voiced_difficulty

CST = timezone(timedelta(hours=8))
VERIFIED = [("collector", "您好，我是德信银行信用卡中心的李然，工号5120，通话会录音。请问是陈刚先生本人吗？"),
            ("debtor", "嗯，是我，什么事？")]


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def found(scorer, line, *, prefix=VERIFIED, hour=14, authorised=None, debtor=None):
    turns = [{"speaker": s, "text": t} for s, t in prefix]
    if debtor:
        turns.append({"speaker": "debtor", "text": debtor})
    turns.append({"speaker": "collector", "text": line})
    ctx = CallContext(called_at=datetime(2026, 4, 2, hour, 5, tzinfo=CST), authorised=authorised)
    out = scorer.score_turn(turns, len(turns) - 1, ctx).violations
    for f in out:
        assert f.evidence and f.evidence in line
    return {f.rule for f in out}


POSITIVE = {
    "threat": [
        "你闺女在哪个幼儿园、几点放学，我们这边都一清二楚。",
        "再装聋作哑，过两天就有几个兄弟去你店里坐坐。",
        "你换多少个号码都没用，天涯海角我们也找得到你。",
        "不还是吧？那你晚上回家走夜路可要当心点。",
        "话说到这份上了，你要是还拖，后果你自己承担。",
        "我们的外访人员明天就去你住的小区楼下等你。",
    ],
    "insult": [
        "你这种人就是脸皮比城墙还厚，借了钱就当没这回事。",
        "三千块都拿不出来，你可真是个窝囊废。",
        "跟你讲道理就是对牛弹琴，你脑子被驴踢了吧？",
        "一把年纪了还赖着不还，真不嫌丢人现眼。",
        "别装可怜了，你就是个赖皮，谁不知道。",
        "借钱的时候笑嘻嘻，还钱的时候装死，典型的白眼狼。",
    ],
    "credit-exaggeration": [
        "征信一花，您儿子将来考编制，政审那关肯定过不去。",
        "这个不良记录会跟着您一辈子，永远都消不掉。",
        "上了黑名单，您爱人也会被牵连，以后她贷款都批不下来。",
        "您这征信有了污点，以后坐高铁买票都买不了。",
        "逾期报上去，您单位一查征信，肯定把您辞退。",
        "您孩子以后想出国留学，因为您的征信，签证都会被拒。",
    ],
    "contact-shaming": [
        "你再躲着不接，我们就只好一个个给你同事打电话问问了。",
        "你们单位人事的电话我这儿有，要不要我让他们提醒提醒你？",
        "今天不处理的话，你欠款的事我们会同步给你的亲友。",
        "我们会发一份催款函到你单位，让你们领导也知道知道。",
        "下午我就给你通讯录里的人群发短信，说说你的情况。",
        "再拖着，我把你这事挂到你们小区业主群里，大家评评理。",
    ],
    "borrow-to-repay": [
        "你信用卡不是还有额度吗？先刷出来把这期填上。",
        "找你同事先挪一点，周转一下先还上我们这边。",
        "手机上那些借款App随便下一个，十分钟就到账，先还了再说。",
        "你姐不是条件挺好吗？跟她开个口借点先把窟窿补上。",
        "让你爸妈先给你垫上，这事不就解决了？",
        "实在不行去借点高利贷，也得把我们的先结了。",
    ],
    "unofficial-channel": [
        "你加一下我同事的微信，钱直接转给她就行，入账更快。",
        "钱打到我这张建行卡上，我这边马上帮你销账。",
        "另外还要收一百块的加急处理费，才能给你办下来。",
        "您转到我们公司指定的收款账户，户名是恒信商务咨询。",
        "我发个二维码给你，你扫一下付款就行。",
    ],
    "false-legal-claim": [
        "法院的传票已经寄出去了，这两天你就会收到。",
        "你这属于恶意逃废债，够判三年了。",
        "今天不还，明天你就会被列入失信名单。",
        "我们已经把你告了，下周一开庭，你等着吧。",
        "公安那边已经备案了，随时会找你。",
    ],
    "impersonation": [
        "我是市中级人民法院的工作人员，今天给你打电话是正式通知。",
        "我们是配合法院协助执行的，这是最后一次通知。",
        "本人是恒达律师事务所的执业律师，受委托跟你谈。",
        "我这边是法务部的律师，现在以律师名义通知您。",
    ],
    "harassment": [
        "你不接是吧，那我每隔半小时打一次。",
        "今晚十一点我再给你打，你最好接。",
        "从今天起我们天天给你打，直到你还钱为止。",
    ],
    "unauthorized-promise": [
        "您今天还八千，剩下的三千我给您抹掉。",
        "罚息那块我直接给您去掉了，您放心。",
        "只要您还本金，利息一分都不用给了。",
    ],
}

NEGATIVE = [
    "您放心，我们不会上门，也不会去找您家里人。",
    "如果长期联系不上，银行可能会按规定安排人员上门核实地址，会提前通知您。",
    "下周一上午十点我再打给您，看看分期批下来没有。",
    "路上开车注意安全，我们明天再联系。",
    "您不是老赖，您只是暂时遇到了困难，我们一起想办法。",
    "现在冒充银行的电话骗子很多，您只认官方App就行。",
    "您别这么说自己，谁都有难的时候，不丢人。",
    "请您文明沟通，我不会说难听的话，咱们就事论事。",
    "逾期记录会如实上报征信，可能影响您以后申请贷款。",
    "征信只记录您本人的借还款，跟您孩子上学、家人都没有关系。",
    "结清以后不良记录会保留五年，之后就不再展示了。",
    "我们只跟您本人沟通，不会联系您的同事和家人。",
    "您回去可以和家人商量一下，看怎么安排比较合适。",
    "千万别去借网贷来还，以贷养贷只会越滚越大。",
    "我们不会要求您去借钱，按您自己的收入来定就行。",
    "您可以先还最低还款额，剩下的申请分期。",
    "请只通过德信银行App还款，任何人让您转到个人账户都不要相信。",
    "我们不收取任何费用，也不会让您往私人账户打钱。",
    "您也可以去银行柜台或者用手机银行还款。",
    "如果一直不处理，银行有权依法起诉，判不判、怎么判由法院决定。",
    "欠钱是民事纠纷，不会因为这个抓人，您别害怕。",
    "目前您的账户没有被起诉，也没有立案。",
    "我不是律师，也不是法院的，我是银行委托的贷后服务人员。",
    "如果有人自称法院工作人员让您转账，那一定是诈骗。",
    "我们公司的法务部门会评估是否起诉，我这边先跟您商量方案。",
    "明天下午三点我再给您打电话，您看方便吗？",
    "我可以帮您申请减免部分罚息，要等审批结果。",
    "有问题随时打给我，再见。",
    "您要是手头有余钱，这周先还一部分，剩下的下个月十号前还清。",
]


@pytest.mark.parametrize("rule,line", [(r, x) for r, xs in POSITIVE.items() for x in xs])
def test_new_phrasing_is_caught(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE)
def test_hard_negative_is_clean(scorer, line):
    assert found(scorer, line) == set()


def test_debtor_words_quoted_or_reported_are_not_insults(scorer):
    assert found(scorer, "您说我们是骗子，我理解您的担心，您可以打官方客服核实我的工号。",
                 debtor="你们就是一帮骗子！") == set()
    assert found(scorer, "您千万别觉得自己是废物，失业谁都可能碰上。",
                 debtor="我就是个废物，连工作都保不住。") == set()


def test_verified_debtor_talking_about_family_stays_verified(scorer):
    prefix = VERIFIED + [("collector", "陈先生，最近方便说话吗？"), ("debtor", "我老婆住院了，她不在家，我一个人带孩子。")]
    assert found(scorer, "理解，您这笔欠款6400元，已经逾期30天，我们看看怎么分期。", prefix=prefix) == set()


def test_third_party_who_says_so_gets_no_debt_detail(scorer):
    prefix = [("collector", "您好，我是德信银行的李然，工号5120，请问陈刚在吗？"), ("debtor", "我是他爱人，他出差了。")]
    assert found(scorer, "他的信用卡欠了6400元没还，您让他赶紧处理。", prefix=prefix) == {"third-party-disclosure"}
    assert found(scorer, "好的，麻烦您转告他回个电话，谢谢。", prefix=prefix) == set()


def test_night_call_and_relentless_promise(scorer):
    opening = [("collector", "陈刚吗？德信银行的李然，工号5120。")]
    assert "harassment" in found(scorer, "陈刚吗？德信银行的李然，工号5120。", prefix=[], hour=23)
    assert found(scorer, "那您看明天上午还是下午方便？我们那时候再联系。", prefix=opening) == set()


def test_authorised_waiver_is_fine():
    s = Scorer()
    auth = Authorised(late_fee_waiver_max=300, instalments_max_months=12)
    assert found(s, "这200元滞纳金在我的权限内可以给您免掉，剩下的分10期。", authorised=auth) == set()
    assert "unauthorized-promise" in found(s, "这样吧，给您分18期，我直接帮您办。", authorised=auth)


@pytest.mark.parametrize("debtor", [
    "甲方拖了我二十多万工程款，我拿啥还？工人还等着开工资呢！",
    "我妈查出来肺上有东西，下周就要做手术。",
    "厂里停工两个月了，一分钱没发。",
    "你们这利息算得也太黑了吧，我根本没借这么多！",
    "我现在真的拿不出来，你让我怎么办？",
    "老婆刚跟我离了，房子也没了。",
])
def test_hardship_is_recognised(debtor):
    assert voiced_difficulty(debtor)
    assert empathy("嗯嗯，那您什么时候还？", debtor).score is not None


def test_no_hardship_no_empathy():
    assert voiced_difficulty("好的，你说吧。") is None
    assert voiced_difficulty("对，是我本人。") is None


def test_clarity_jargon_contradiction_and_concrete():
    assert clarity("您这个是M2的账户，DPD已经45了，PTP要重新做。").score < 34
    assert clarity("一共是六千四，哦不对，是四千六……也可能是六千，我再看看。").score < 34
    assert clarity("您目前欠款6,400元，已逾期30天，请在4月10日前通过德信银行App还款。").score >= 67
    assert clarity("好的，谢谢您，打扰了，再见。").score >= 34


def test_context_resolves_scenario_authority():
    from simulator.transcript import parse_transcript

    base = {"id": "x", "called_at": "2026-04-02T14:05:00+08:00",
            "turns": [{"speaker": "collector", "text": "您好。"}]}
    ctx = CallContext.from_transcript(parse_transcript(dict(base, scenario="sun-peng-settlement")))
    assert ctx.authorised is not None and ctx.authorised.principal_discount
    # an explicit block wins; an unknown scenario id is ignored
    own = Authorised(late_fee_waiver_max=10)
    assert CallContext.from_transcript(parse_transcript(dict(base, scenario="sun-peng-settlement",
                                                             authorised=own.model_dump()))).authorised == own
    assert CallContext.from_transcript(parse_transcript(dict(base, scenario="no-such-scenario"))).authorised is None


def test_rescored_export_matches_live_authority():
    """A waiver inside the scenario's authority is fine once the export is rescored."""
    from simulator.data.loader import get_scenario
    from simulator.transcript import parse_transcript

    sc = get_scenario("sun-peng-settlement")
    turns = [{"speaker": "collector", "text": "您好，我是德信银行的李然，工号5120，请问是孙鹏先生本人吗？"},
             {"speaker": "debtor", "text": "是我。"},
             {"speaker": "collector", "text": "利息这部分按我的权限可以给您免掉，您还本金就行。"}]
    live = Scorer().score_turn(turns, 2, CallContext.for_practice(
        called_at=datetime(2026, 4, 2, 14, 5, tzinfo=CST), authorised=sc.authorised, scenario=sc.id))
    t = parse_transcript({"id": "s", "called_at": "2026-04-02T14:05:00+08:00", "scenario": sc.id, "turns": turns})
    rescored = Scorer().score_transcript(t)["turns"][1]
    assert [v.rule for v in live.violations] == [v["rule"] for v in rescored["violations"]] == []


def test_detector_version_is_recorded():
    from simulator.scoring.scorer import DETECTOR_VERSION

    s = Scorer()
    assert s.ref == "collection-zh@1.5.0" and s.detector == DETECTOR_VERSION


# A second and third round of paraphrases, also written for these tests, probing cue classes
# rather than phrases (the same rules, different words, dialogue contexts and hard negatives).
POSITIVE_MORE = {'threat': ['你家那栋楼几单元几层我们都查过了，你自己掂量。',
            '别以为躲回老家就没事，我们有的是人手。',
            '你再嘴硬，哪天你家门口多几个人你可别奇怪。',
            '我们兄弟最近正好在你们那片转悠。',
            '你今天不还，明天我就带人去你公司门口等你下班。',
            '小心点，你儿子每天几点出校门我们都知道。',
            '你给我等着，这事没完。',
            '你住的那个出租屋，我们上周已经去过一趟了。',
            '你要是再拖，我保证你在这个城市待不下去。',
            '别让我们的人亲自去找你，那样对谁都不好看。',
            '你老婆每天几点去菜市场，我们心里有数。',
            '出了什么事，可别说我们没提前打招呼。'],
 'insult': ['你这人怎么这么不要脸啊？',
            '像你这种赖账的，我见得多了。',
            '你是猪脑子吗，说了多少遍了。',
            '老大不小了，一点担当都没有，真窝囊。',
            '你还有脸跟我讲困难？',
            '脸都不要了是吧？',
            '你这种连几千块都赖着的人，活着有什么意思？',
            '真是烂泥扶不上墙。',
            '你这脑子是不是有毛病？',
            '你就是个没担当的软蛋。',
            '一点羞耻心都没有。'],
 'credit-exaggeration': ['征信黑了以后，你连孩子的幼儿园都进不去。',
                         '你这记录一上去，以后你老婆也办不了信用卡。',
                         '上了征信，您这辈子都别想再贷到一分钱。',
                         '您一逾期，全家人的征信都会受连累。',
                         '征信有问题的人，单位一查就会被开除。',
                         '征信花了以后，您出国旅游都办不了签证。',
                         '您的征信记录会在全国公示，谁都查得到。',
                         '征信不好，你以后连公务员考试都报不了名。',
                         '这个记录会影响你全家人办护照。',
                         '你的子女以后入学政审会查到你的逾期。',
                         '逾期上了征信，你现在的工作都可能保不住，单位会收到通知。',
                         '征信黑了，银行卡全部冻结，工资都发不下来。'],
 'contact-shaming': ['再不还，我就给你老家村委会打电话，让村里人都知道。',
                     '我们已经准备联系你所有的紧急联系人了。',
                     '要不我给你老婆打个电话，让她也了解一下你欠了多少。',
                     '你同事的电话我这边都有，你自己看着办。',
                     '我会把你的照片和欠款发到你们公司群里。',
                     '你们老板姓什么我都知道，要不我直接找他聊聊？',
                     '不还钱我们就找到你单位去，当面跟你领导说。',
                     '要不我们打个电话给你婆婆，问问她知不知道你欠钱？',
                     '我们会把催收函寄到你公司前台，让大家都看看。',
                     '你拉黑我没用，你通讯录里二百多个人我们都能联系到。',
                     '我已经把你的情况跟你们主管说了。',
                     '明天就在你们小区贴告示。'],
 'borrow-to-repay': ['你就不能先找朋友周转一下？',
                     '去借个网贷先把我们这个平了。',
                     '信用卡取现先还上，下个月再说。',
                     '你老公不是有工资吗，让他先替你还了。',
                     '你现在不是有花呗吗？先用花呗把这笔垫上。',
                     '亲戚朋友那里凑一凑，总能凑够五千。',
                     '实在不行你去找你哥借点。',
                     '你身边总有几个能借钱的朋友吧，先借过来还上。',
                     '找你那个做生意的舅舅帮帮忙，先把这个月的还了。',
                     '你不是有好几张信用卡吗？拆东墙补西墙先应付一下。',
                     '借呗不是还有五千额度吗，先把它用了。',
                     '让家里人凑一凑，很快就能还上。'],
 'unofficial-channel': ['你把钱转到我支付宝上就行。',
                        '这边有个内部通道，你把钱打给我们经理，当天就能销账。',
                        '办理停催需要交三百块服务费。',
                        '您先交五百元保证金，我们才能给您申请减免。',
                        '你直接微信转我，我帮你还进去。',
                        '我把收款二维码发你微信上。',
                        '钱转到我们公司账户上就可以，不用走银行。',
                        '你直接把钱给我们上门的同事就行，现金也可以。',
                        '还款的话转到我们财务的私人卡上，她会处理。',
                        '先交两百块的档案消除费，你的记录就清了。',
                        '扫我朋友圈里的那个码付款就行。'],
 'false-legal-claim': ['你这种情况已经够得上刑事立案了。',
                       '法院下周就会来查封你的房子。',
                       '我们已经申请强制执行了，你的工资卡马上冻结。',
                       '你已经上了失信被执行人名单，现在坐不了飞机。',
                       '不还钱就是犯法，警察会来带你走。',
                       '你这个案子已经移交公安了。',
                       '你这个情况，下个月法院就会判下来，你名下的车要被拍卖。',
                       '你已经被列为失信人员了，孩子上学都受影响。',
                       '经侦已经在查你的流水了。',
                       '再不还，就是刑事案件，得坐牢。'],
 'impersonation': ['我是公安局经侦大队的，找你了解情况。',
                   '我们是法院执行局委托的，现在通知你。',
                   '我代表法院跟你说最后一次。',
                   '我这里是市金融监管局，接到对你的投诉。',
                   '我是你这个案子的承办律师。',
                   '我是区法院执行庭的法官助理。',
                   '你好，这边是公安局反诈中心的。',
                   '我们是银保监会派来的调查组。',
                   '我以委托律师的身份正式通知您。'],
 'harassment': ['你不接，我就换号一直打。',
                '以后我每天早上六点给你打电话。',
                '今天晚上十二点我准时再打给你。',
                '我们会一天打你几十个电话，直到你还钱。',
                '你不接是吧，我用不同的号码轮着打。',
                '今天我会一直打到晚上十二点。',
                '凌晨两点我再打一次，看你接不接。'],
 'unauthorized-promise': ['你今天还五千，剩下的我们就不要了。',
                          '我给你打个八折，今天还清就行。',
                          '只要今天还，违约金全部免掉。',
                          '利息我帮您停掉，以后只还本金。',
                          '罚息违约金我都给您抹掉，您还本金就好。',
                          '您今天一次性还六成，剩下的就一笔勾销。',
                          '我可以给你延期一年，不收任何利息。']}

NEGATIVE_MORE = ['我们公司是正规机构，不会上门找您，也不会联系您的家人。',
 '如果您担心是骗子，可以打官方客服核实我的工号。',
 '您说您觉得自己像个废物，我不这么认为，失业不是您的错。',
 '征信影响的只是您本人，和您的孩子、家人都没关系。',
 '您以后申请房贷可能会受影响，所以建议尽早处理。',
 '我们只在联系不上您的时候才会打紧急联系人，而且只请他转告您回电。',
 '您要是愿意，可以跟家里人商量一下，但借钱还款我们不建议。',
 '别去网贷，那些利息更高。',
 '您可以在德信银行App上直接还，也可以去柜台。',
 '分期会有手续费，具体以合同和审批为准。',
 '法院起诉需要经过正式程序，您会收到正式文书，我们不会用这个吓唬您。',
 '我们不是律师，也不代表法院。',
 '您是说有人自称律师给您打电话要您转账？那是诈骗，千万别转。',
 '我明天上午十点再给您打，您看可以吗？',
 '您说晚上九点以后才方便，那我九点半给您打。',
 '我可以帮您申请停息挂账，但能不能批要看银行审核。',
 '罚息减免需要审批，我帮您提交。',
 '还款后征信会更新为已结清，不良记录保留五年。',
 '很多人担心征信会影响孩子上学，其实不会的。',
 '您千万别去找人借钱，先按您能承受的来。',
 '失信被执行人是法院认定的，您现在没有这个情况。',
 '如果长期不还，银行可能会依法起诉，但我们更希望协商解决。',
 '我理解您觉得我们打电话太多，今天之后我会控制频率。',
 '您之前说朋友借了您钱没还，这个确实挺难的。',
 '您信用卡的最低还款额是800元，这个月先还最低也可以。',
 '那您先照顾好家里，有事随时打给我。',
 '我们的对公还款账户是德信银行股份有限公司，您也可以直接在App上还。',
 '您放心，我们不会因为这个把您怎么样，就是想商量个方案。',
 '您家里人要是问起，这是您的隐私，我们不会跟他们说。',
 '您放心，我们不会去您住的地方，也不会找您家人。',
 '您先照顾好孩子，路上注意安全。',
 '您别自责，这不代表您是个失败的人。',
 '征信只跟您本人有关，孩子考公务员不受影响。',
 '失信人员是法院判决后不履行才会被列入，您现在没有。',
 '我不是律师，只是银行委托的客服，您可以打官方电话核实。',
 '还款请通过华融信贷App，不要转账给任何个人。',
 '您要是担心，可以先还最低还款额。',
 '我们这边不建议您借钱还款，按实际收入慢慢来。',
 '如果您同意，我们下周二上午再联系您。',
 '罚息能不能减免要看审批结果，我帮您提交申请。',
 '请问您方便说一下身份证后四位吗？',
 '您说有人冒充公安局给您打电话，那肯定是诈骗，您千万别转钱。',
 '您说孩子上学要用钱，这个我们理解，这个月可以先少还一点。',
 '为了保护您的隐私，我们不会联系您的单位或同事。',
 '我们公司的外访人员只会在提前预约后上门核实情况，不会打扰您的邻居。',
 '您说您老公会帮您还一部分，那是你们家里的安排，我们不强求。',
 '有的人说征信一黑就影响孩子上学，其实这是谣言。']

MORE_OPENING = [("collector", "您好，我是华融信贷客服中心的周宁，工号HR330，本次通话录音，请问是马丽女士本人吗？"),
                ("debtor", "对，我是马丽。")]


@pytest.mark.parametrize("rule,line", [(r, x) for r, xs in POSITIVE_MORE.items() for x in xs])
def test_more_paraphrases_are_caught(scorer, rule, line):
    assert rule in found(scorer, line, prefix=MORE_OPENING)


@pytest.mark.parametrize("line", NEGATIVE_MORE)
def test_more_hard_negatives_are_clean(scorer, line):
    assert found(scorer, line, prefix=MORE_OPENING) == set()


# compliant turns in several styles, with the debtor line that prompted them
NEGATIVE_IN_CONTEXT = [('吕先生，您这笔借款本金12000元，利息和罚息一共860元，合计12860元，已经逾期33天。', None),
 ('您刚才说工地老板拖着工钱，这种情况确实难，工钱一到您就先还一部分，行吗？', '老板拖了我三个月工钱'),
 ('我们这边能做的就是帮您申请延期或者分期，具体能不能批，要看审批。', None),
 ('您要是觉得我们的服务有问题，可以打官方客服投诉，这是您的权利。', '我要投诉你们'),
 ('如果后面还是联系不上您，我们可能会按流程联系您留的紧急联系人，但只会请他转告您回电，不会说欠款的事。', None),
 ('家里有急事先处理，钱的事不跑，咱们改天再细说。', '我爸刚进医院'),
 ('法院起诉是银行的权利，但是否起诉、什么时候起诉都要走正规程序，现在并没有。', '你们是不是要去法院告我'),
 ('您说的那个网贷平台跟我们没关系，那边的事您自己谨慎处理。', '我还有别的网贷也逾期了'),
 ('好的，那我们约定下周三，也就是4月8号，通过App还2000元，到时候我再跟您确认。', '那下周三吧，先还两千'),
 ('不好意思，这个点打扰您吃饭了，您看半小时后方便吗？', '我在吃饭呢'),
 ('这通电话不是诈骗，您可以在安信App的客服里查到我的工号AX118。', '你们是不是骗子'),
 ('您愿意沟通就很好，很多问题说开了就好办。', None),
 ('结清之后可以在App里申请结清证明，征信会显示已结清。', None),
 ('您的情况属于暂时困难，不是恶意拖欠，我们会按困难客户来处理。', None),
 ('您说您同学上次被爆了通讯录，我们公司没有这种做法，您放心。', '我同学说你们会爆通讯录'),
 ('我理解您不想让家里知道，我们只和您本人沟通。', '别告诉我家里人'),
 ('这个月能还多少就先还多少，哪怕是几百，我们也按您的节奏来，可以吗？', None),
 ('滞纳金减免我得先报给主管审批，您等我消息。', None),
 ('您之前说要找亲戚借，我还是建议您别借，按自己的收入来还。', None),
 ('没事，您先开车，注意安全，我下午四点再打给您。', '我在开车')]


@pytest.mark.parametrize("line,debtor", NEGATIVE_IN_CONTEXT)
def test_compliant_turns_in_context(scorer, line, debtor):
    assert found(scorer, line, debtor=debtor) == set()


@pytest.mark.parametrize("line,expected", [
    ("这300元滞纳金我可以给您免掉。", set()),
    ("滞纳金我这边给您免500。", {"unauthorized-promise"}),
    ("利息我也给您免了。", {"unauthorized-promise"}),
    ("给您分12期，每期1100元。", set()),
    ("给您分24期，我直接办。", {"unauthorized-promise"}),
    ("可以申请最长24期，以审批为准。", set()),
])
def test_authority_limits(scorer, line, expected):
    auth = Authorised(instalments_max_months=12, late_fee_waiver_max=300)
    assert found(scorer, line, authorised=auth) == expected
