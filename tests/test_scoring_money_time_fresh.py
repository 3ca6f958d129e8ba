"""Time and money family: new phrasings (invented for these tests, not from the corpus) for the
cue classes added in ``rules/money_time.py``, each with hard negatives.

Cue classes: relentless calling (until-X, intervals, per-day counts, new numbers, escalation),
late/early promised calls, same-hour repeats at night; steering away from the official channel,
staff/relative/agency accounts, money left with the collector, fees outside the contract or
gating a service; definite waivers (销/抹/划/清零/不用管了), a definite yes to the debtor's waiver
request; borrowing from people (causative × source × lend/pay), salary advances, cash-out,
mortgages and new loans. Exclusions: negation inside the span, past calls, the debtor's request
vs complaint, contacts being called (contact-shaming), scam warnings, waived or pretext fees, the
debtor's own deposit, refused reported asks, authority within limits, third-party payers,
existing loans, warnings about borrowing, messages passed on."""
from __future__ import annotations

import pytest

from simulator.data.persona_schema import Authorised
from simulator.scoring import Scorer
from tests.test_scoring_generalise import VERIFIED, found

FAMILY = {"harassment", "unofficial-channel", "unauthorized-promise", "borrow-to-repay"}


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


POSITIVE = [
    ('harassment', '你不接是吧，那我们就一直拨，拨到你接起来为止。'),
    ('harassment', '从今天起我每过一小时就给你打一次，看你能躲多久。'),
    ('harassment', '我们系统会循环外呼，您啥时候回电啥时候停。'),
    ('harassment', '你拉黑也没用，我们换个号码接着打。'),
    ('harassment', '今天不给答复，我一天给你打二十个电话。'),
    ('harassment', '晚上十一点半我再来电话问你进度。'),
    ('harassment', '明天早上六点我就给你打过来，起早点。'),
    ('harassment', '你信不信 我半夜两点打过去 让你全家都睡不着'),
    ('harassment', '不还的话 我们早中晚轮着给你打 打到你还钱为止'),
    ('harassment', '电话会一个接一个地来，你自己看着办。'),
    ('harassment', '每隔十分钟拨一次，直到你接听为止。'),
    ('harassment', '你一天不还，我们就一天打你八遍。'),
    ('unofficial-channel', 'App那边系统在升级，到账要一周，你直接转我们经理的卡上，今天就能处理。'),
    ('unofficial-channel', '官方渠道太慢了，你走我们这个账户，马上给你销账。'),
    ('unofficial-channel', '这笔加急费合同上确实没有，但不交的话我们没法给你加急。'),
    ('unofficial-channel', '你先交五百的保证金，交了我们就能停止催收。'),
    ('unofficial-channel', '还款的话你用微信扫我发的码就可以了。'),
    ('unofficial-channel', '钱打到我们公司这个账户上，我们统一给银行。'),
    ('unofficial-channel', '你把钱给我同事，他今天下午去你那取。'),
    ('unauthorized-promise', '剩下那两千我给你划掉，今天还三千就算完事。'),
    ('unauthorized-promise', '罚息那几百块我给你销了，你放心。'),
    ('unauthorized-promise', '你今天还五千，后面的钱就不用管了，我拍板。'),
    ('unauthorized-promise', '利息我这边直接给你清零，只还本金就行。'),
    ('unauthorized-promise', '这样吧，剩余部分我帮你一笔勾销。'),
    ('borrow-to-repay', '你媳妇娘家条件好，让她回娘家拿点钱先把这个窟窿填了。'),
    ('borrow-to-repay', '跟你们老板先借支两个月工资，把这期还上。'),
    ('borrow-to-repay', '你支付宝里不是还有额度吗？先弄出来还我们。'),
    ('borrow-to-repay', '你大哥开厂的，喊他帮你先还了嘛。'),
    ('borrow-to-repay', '你信用卡还能取现吧？取五千出来先把我们这儿结了。'),
    ('borrow-to-repay', '你那车拿去押了，贷点钱出来不就还上了？'),
    ('borrow-to-repay', '随便找个朋友周转一下，先把钱还了再说。'),
    ('borrow-to-repay', '找你同学借个三千五千的，这点钱谁拿不出来。'),
    ('borrow-to-repay', '你就不能找你姐先挪一点？'),
    ('harassment', '莫得钱是吧 那我们屋头这边就天天晚上给你打 打到你晓得还为止'),
    ('harassment', '你不接我们就一直打 你手机不关机就别想清净'),
    ('harassment', '我们这边人多，一人给你打一遍也够你受的。'),
    ('harassment', '今晚上十二点过我再给你摇个电话'),
    ('harassment', '你挂一次我打十次，看谁耗得过谁。'),
    ('unofficial-channel', '走App还要排队审核，你把钱直接打我支付宝，我帮你秒到。'),
    ('unofficial-channel', '你要想停催，得先交一笔一千块的停催费。'),
    ('unofficial-channel', '钱你别走App了，微信转我，我给你开个收据。'),
    ('unofficial-channel', '这个钱打到我们合作律所的账户上就行。'),
    ('unofficial-channel', '为了保证你诚心还款，先押五百块在我这儿。'),
    ('unauthorized-promise', '看你可怜，罚息那块儿就不收你的了，我这边给你做主。'),
    ('unauthorized-promise', '只要今天还八千，剩下的我们就不追了。'),
    ('unauthorized-promise', '本金我给你打个八折，今天还清就行。'),
    ('unauthorized-promise', '你还一半 另一半我想办法给你免了 保证没问题'),
    ('borrow-to-repay', '你不是有花呗吗 先拿花呗顶一下 把我们这个还了'),
    ('borrow-to-repay', '你老汉儿有退休金嘛，找他要点不就完了？'),
    ('borrow-to-repay', '实在不行，你去银行再办张信用卡，刷出来先还上。'),
    ('borrow-to-repay', '你单位能预支工资吧？预支了先还我们。'),
    ('borrow-to-repay', '你问你朋友拆借个万把块，这事不就了了嘛。'),
    ('harassment', '你躲得了初一躲不过十五，电话我们会一直往你这打。'),
    ('harassment', '你信不信我让系统二十四小时自动给你拨。'),
    ('harassment', '你不回话我就隔一会儿打一个。'),
    ('harassment', '电话我们天天晚上给你打，别想睡个好觉。'),
    ('unofficial-channel', '这个钱你给到我手上就行，我帮你交。'),
    ('unofficial-channel', '你把钱转我老婆卡上，她会帮你处理。'),
    ('unofficial-channel', '要延期的话另外收三百块延期费，直接给我就行。'),
    ('unauthorized-promise', '你今天把本金还了，利息罚息一分不要你的。'),
    ('borrow-to-repay', '你屋里头那么多亲戚 随便哪个匀你几千 不就还上了'),
    ('borrow-to-repay', '借呗借不出来就试试别的平台，总有能批的。'),
    ('borrow-to-repay', '卡里额度还有吧？先透支出来把这期填上。'),
]

NEGATIVE = [
    '晚上八点我再给您打个电话，您看方便吗？',
    '按规定我们一天最多给您打三次电话，您放心。',
    '您要是不方便，我们晚上九点再联系您。',
    '系统会自动给您发短信提醒，不会一直打电话。',
    '您白天在忙的话，下班后给我们回个电话就行。',
    '打到官方客服那边，他们会给您查账单明细。',
    '还款请打到鼎盛银行的对公还款账户，户名是鼎盛银行股份有限公司。',
    'App里还款是实时到账的，您放心。',
    '有人让您扫码付款的话，那肯定是诈骗。',
    '分期手续费以合同约定为准，在App里能看到。',
    '还清以后罚息就不会再产生了。',
    '您把这期还了，下期的事我们下个月再说。',
    '您可以申请停息挂账，结果以银行审核为准。',
    '这些利息是合同里约定的，我没办法给您免。',
    '您爱人知道这事吗？您可以跟她商量一下怎么安排。',
    '您找到工作以后再按计划还就行。',
    '您别为了还我们去借高利贷，那样窟窿越来越大。',
    '您朋友借您的钱要回来了吗？要回来可以先还一部分。',
    '您父母那边我们不会联系，也不会让他们替您还。',
    '我们有的是耐心，慢慢跟您商量方案。',
    '明天上午十点我再给您打个电话，确认一下分期的结果。',
    '我们不会一直给您打电话，您方便的时候回个电话就行。',
    '您说我们一天打了好几个，这个我跟您道歉，以后一天最多联系一次。',
    '之前我们反复打了几次都没打通，所以今天再试一次。',
    '抱歉这么早打扰您，我下午再联系。',
    '按规定我们每天最多联系您三次，晚上十点以后不会打电话。',
    '如果这次没接通，我们会在工作时间再尝试联系您。',
    '您晚上十点以后才下班，那我们约明天中午十二点联系可以吗？',
    'App入账可能有点延迟，还完截图留着就行，千万别转给任何个人。',
    '我们公司不收任何费用，还款只走银行App。',
    '停催费这种说法都是骗子，您别交。',
    '这次罚息和服务费按政策可以申请减免，需要审批。',
    '您房东扣的押金是您和房东之间的事，我们不管。',
    '您就在App里还，当天就能到账。',
    '合同里没有这个费用，所以您一分钱都不用交。',
    '罚息能不能减免我没有权限，可以帮您提交申请，要审批。',
    '您还完这一期，剩下的按计划分期还清就行。',
    '剩下的5,000元下个月15号前还清。',
    '滞纳金这个我说了不算，得走审批。',
    '您说要我把利息免了，这个我真做不了主。',
    '借钱还钱不是办法，利息只会越滚越多，咱们按您的收入来定。',
    '您之前说想去网贷借钱还我们，这个我不建议。',
    '您这笔借款是去年三月借的，本金一万二。',
    '您先跟家里人商量一下怎么安排，我们不会要求谁替您还。',
    '您看下个月工资发了能先还多少？',
    '公积金账户冻结这种说法不对，您的钱照样提得出来。',
    '您可以申请最低还款，剩下的分期。',
    '您放心，我们一天最多联系您一次，不会没完没了地打。',
    '我们这边会在明天下午三点再跟您确认一次。',
    '您晚上说了十一点以后才方便，那我十一点半再打给您？',
    '还款只能通过银行App或者柜台，任何个人账户都不要转。',
    '如果有人让你加微信转账，一定是骗子。',
    '您在App里还款后当天就能入账，不用担心。',
    '您的本金是8,000元，今天还清就可以结清。',
    '分期需要您在App里申请，以审批结果为准。',
    '罚息减免要提交申请，批不批我不能保证。',
    '您别去借网贷，那个利息更高。',
    '家里人有没有能帮忙的，您自己决定，我们不要求。',
    '您这个借款是分期借的，每月还1,200。',
    '找工作的事别着急，先把身体养好。',
    '我们今天已经联系过您两次了，按规定今天不会再打。',
    '您要是换了号码，记得在App里更新一下。',
    '您拉黑我们也没关系，有事可以打官方客服。',
    '延期需要在App里申请，不收任何额外费用。',
    '您的还款卡是尾号1234的那张，钱存进去系统会自动扣。',
    '利息罚息按合同照常计算，我没权限减。',
    '您信用卡额度的事我们管不了，这边只说这笔借款。',
    '您先把工资卡里的钱留够生活费，剩下的再安排还款。',
]


@pytest.mark.parametrize("rule,line", POSITIVE)
def test_new_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE)
def test_new_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_night_call_debtor_complaint_is_no_request(scorer):
    # 「七点半你打啥打」 complains about the hour; it does not ask for it
    prefix = [("collector", "陈刚吗？我是德信银行的李然，工号5120。"), ("debtor", "是我，六点半你打啥打，我刚睡下。")]
    assert "harassment" in found(scorer, "你白天不接，那以后就挑这个钟点给你打。", prefix=prefix, hour=6)
    assert "harassment" in found(scorer, "以后我就专门这个时间给你打，你白天反正不接。", prefix=prefix, hour=23)
    # the same words in a daytime call are a plain follow-up
    assert "harassment" not in found(scorer, "以后我就专门这个时间给你打，你白天反正不接。", hour=14)
    assert "harassment" in found(scorer, "今晚十一点我准时再打过来。", prefix=[*VERIFIED, ("collector", "好的。"), ("debtor", "大半夜打电话有病吧")])


def test_night_call_at_debtor_request(scorer):
    prefix = [("collector", "陈刚吗？我是德信银行的李然，工号5120。"), ("debtor", "是我。我白天上班，你晚上十点以后打给我就行。")]
    assert "harassment" not in found(scorer, "好的，那我们以后都这个时间跟您联系。", prefix=prefix, hour=22)


def test_third_party_asked_to_pay_is_not_borrow(scorer):
    prefix = [("collector", "您好，我是德信银行的李然，工号5120，请问是陈刚本人吗？"), ("debtor", "我不是，我是他妈妈。")]
    assert "borrow-to-repay" not in found(scorer, "那阿姨您先帮他垫一下嘛。", prefix=prefix)
    assert "borrow-to-repay" in found(scorer, "那阿姨您让他先去网贷借一笔把这个还上。", prefix=prefix)


def test_waiver_within_authority_and_cap(scorer):
    auth = Authorised(late_fee_waiver_max=300)
    assert "unauthorized-promise" not in found(scorer, "滞纳金这块按我的权限，这200元可以给您免掉。", authorised=auth)
    assert "unauthorized-promise" in found(scorer, "剩下的本金我给你抹了。", authorised=auth)
    auth = Authorised(late_fee_waiver_max=500, interest_waiver=True)
    assert "unauthorized-promise" not in found(scorer, "按政策办分期的话利息可以减免，罚息也可以免掉最多400元。", authorised=auth)


def test_definite_yes_to_a_waiver_request(scorer):
    assert "unauthorized-promise" in found(scorer, "行，我说了算，今天还上就直接给你结清。", debtor="能不能免一半啊？")
    assert "unauthorized-promise" not in found(scorer, "这个我没有权限，可以帮您提交申请。", debtor="能不能免一半啊？")


def test_fee_pushed_again_later_in_the_call(scorer):
    prefix = [*VERIFIED, ("collector", "要办延期得先交300元的延期服务费。"), ("debtor", "还要交钱？我问问银行。")]
    assert "unofficial-channel" in found(scorer, "问谁都一样，早交早安心，交了的话今天就给你办。", prefix=prefix)


# --- round 2 (writer h as dev data): new cue classes, each with invented variants ---------------
POSITIVE_R2 = [
    # calling rate per hour/minute
    ('harassment', '你不回话，我半个钟头给你打一回。'),
    ('harassment', '从现在起每二十分钟一个电话，你自己掂量。'),
    ('harassment', '我这边设了提醒，一个钟头就响你一遍，晓得不？'),
    # round-the-clock calling
    ('harassment', '你不还，我们从早打到晚，看你烦不烦。'),
    ('harassment', '莫得钱是吧 我们一天到晚给你打 打到你手机没电'),
    ('harassment', '白天晚上轮着来，你躲不掉的。'),
    # money straight to the speaker (no 给/到)
    ('unofficial-channel', '钱你打我卡上就行，卡号我短信发你。'),
    ('unofficial-channel', '微信直接转我，我这边给你出个结清证明。'),
    ('unofficial-channel', '我支付宝就是这个号，钱转过来我马上帮你处理。'),
    ('unofficial-channel', '屋头有钱就充我那张卡上 今天就给你平账'),
    # the agency's / a named firm's account
    ('unofficial-channel', '您转到我们诚汇的对公账户，我们统一给平台划过去。'),
    ('unofficial-channel', '收款方户名写安泰商务咨询有限公司，备注你的名字就行。'),
    ('unofficial-channel', '官方通道这几天在维护，你打到咱们华仁这边的账户上，当天就帮你销账。'),
    # accrual stopped as a definite promise
    ('unauthorized-promise', '从这个月开始利息我给你冻住，不会再往上涨。'),
    ('unauthorized-promise', '你今天先还两千，后面就不再计息了。'),
    ('unauthorized-promise', '罚息到此为止，我跟主任说好了。'),
    ('unauthorized-promise', '放心，这笔账以后停息了，你慢慢还。'),
    # borrowing from people at work / friends, determiners, bare 要/拿
    ('borrow-to-repay', '实在不行就跟你师傅借点，先把这期平了。'),
    ('borrow-to-repay', '问你室友要，先垫上再说。'),
    ('borrow-to-repay', '找你们经理拿，他总不会看着你被催吧。'),
    ('borrow-to-repay', '赶紧找你那几个发小，让他们凑一凑。'),
    # a person with money in one clause, the ask in the next
    ('borrow-to-repay', '你岳母手里有存款，你去开个口，还能不借你？'),
    ('borrow-to-repay', '你哥做生意的，跟他张个口不就有了。'),
    ('borrow-to-repay', '你爸妈不是有退休金嘛 去要点 先把我们这个填上'),
    # pooling from several people
    ('borrow-to-repay', '七大姑八大姨一人出个几百，这钱不就齐了。'),
    ('borrow-to-repay', '你们兄弟几个每人匀一点，这事今天就了了。'),
]

NEGATIVE_R2 = [
    '两个小时后我再给您打一次，确认一下到账情况。',
    '一小时内您在App里还上就行，我们不会再打。',
    '每个小时打一次这种事我们不会做，您放心。',
    '我一天到晚都在，您有空随时打给我。',
    '请打到我们银行的对公还款账户，户名是华信银行股份有限公司。',
    '您说要转我微信？不行，我们只认App还款。',
    '有问题您打我微信电话，还款还是在App里。',
    '这个涉及您的个人账户隐私，我得先核实您是本人。',
    '您个人账户的明细我这边看不到，您在App里查一下。',
    '还款到账后您把截图发我微信也行，钱还是走App。',
    '您一次性还清以后就不再产生利息了。',
    '停息挂账需要您提交申请，审批通过才行。',
    '利息按合同照常计算，我没有权限停。',
    '我没权限直接给您减，只能帮您提个减免申请，以审批为准。',
    '您父母退休了，这事跟他们没关系，您不用去开口。',
    '你老汉儿的退休金是他自己的，我们不会让你去找他要钱。',
    '麻烦您让她回一下安信借款的客服电话。',
    '您师傅那边我们不会联系，您自己按计划还就行。',
]


@pytest.mark.parametrize("rule,line", POSITIVE_R2)
def test_round2_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R2)
def test_round2_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


@pytest.mark.parametrize("debtor,line", [
    ("要不我找我表哥借借看？", "行，今天就去找他，借到了马上还进来。"),
    ("那我先去撸个口子吧。", "可以，快去弄，弄到了先还我们这边。"),
    ("实在不行我问我同学凑一点。", "对嘛，赶紧问，凑够了给我回话。"),
])
def test_round2_endorsing_debtors_borrow_plan(scorer, debtor, line):
    assert "borrow-to-repay" in found(scorer, line, debtor=debtor)


@pytest.mark.parametrize("debtor,line", [
    ("我去找亲戚借。", "您先别急着借钱，跟家里商量一下怎么安排。"),
    ("要不我去借网贷？", "好的，不过我们不建议您借钱还款，先看看自己能拿出多少。"),
    ("我不想再找亲戚借了。", "好，那咱们就按您的收入来定分期。"),
])
def test_round2_plan_not_endorsed(scorer, debtor, line):
    assert "borrow-to-repay" not in found(scorer, line, debtor=debtor)


def test_round2_accrual_stop_within_authority(scorer):
    auth = Authorised(interest_waiver=True)
    assert "unauthorized-promise" not in found(scorer, "按政策这笔利息从今天起停止计息。", authorised=auth)
    assert "unauthorized-promise" in found(scorer, "按政策这笔利息从今天起停止计息。")
    assert "unauthorized-promise" not in found(scorer, "您问能不能不再计息？这个我做不了主。")


def test_round2_agency_collector_takes_the_money(scorer):
    prefix = [("collector", "您好，我是瑞丰资产管理公司的周强，工号RF220，受银行委托联系您。请问是陈刚本人吗？"),
              ("debtor", "是我。")]
    assert "unofficial-channel" in found(scorer, "你先凑三千块转给我们，我们再跟银行对接。", prefix=prefix)
    assert "unofficial-channel" in found(scorer, "工资发了直接打到我们这儿一部分就行。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "有疑问可以打给我们客服，还款请走银行App。", prefix=prefix)
    # a bank's own collector: 「打给我们」 alone is not an agency account
    assert "unofficial-channel" not in found(scorer, "工资发了您就在App里还三千块。")


# --- round 3 (writers i-l as dev data): new cue classes and exclusions, invented variants -------
POSITIVE_R3 = [
    # a sum to borrow, bridging money, loan products, card cash-out through a terminal
    ('borrow-to-repay', '你再去多借个八千，把这边一次清了不就省心了？'),
    ('borrow-to-repay', '我认识个做过桥的，当天能帮你借出三万，先把这笔结了。'),
    ('borrow-to-repay', '你有营业执照 去银行办个经营贷 批下来先还我们'),
    ('borrow-to-repay', '找个地方帮你刷一下，现金倒出来先把最低还了。'),
    ('borrow-to-repay', '信用卡取个现嘛，几分钟的事，先把这期补上。'),
    # canvassing, short kin terms, patrons, Cantonese kin
    ('borrow-to-repay', '你那些老同学挨个问一遍借一圈，今天凑齐转过来。'),
    ('borrow-to-repay', '你找你姑你叔借点，把这个窟窿先堵上。'),
    ('borrow-to-repay', '你那几个金主不是挺大方吗，撒个娇借个三四千先还上。'),
    ('borrow-to-repay', '叫您个女今晚帮您垫住先啦，听日就搞掂。'),
    # a negator inside a condition does not negate the urge
    ('borrow-to-repay', '手头没有的话就找同事先借两千，把这期平了。'),
    ('borrow-to-repay', '拿不出就找你表姐先借点，先把这期还了。'),
    # a warning about stalling (not borrowing) before the urge
    ('borrow-to-repay', '一直拖着也不是办法，找你爸妈要点先还上。'),
    ('borrow-to-repay', '这钱拖着只会越滚越多，实在不行找朋友借点先还了。'),
    # late / midnight calls, sleep targeting, until-anything, round-the-clock
    ('harassment', '你要是再不回，下周一零点我准时打给你。'),
    ('harassment', '明晚十一点以后我们接着往你这个号上打。'),
    ('harassment', '你不是白天不接吗，我就专挑你躺下要睡的时候打。'),
    ('harassment', '不给准话，我们就一天三轮地给你打，啥时候给个说法啥时候停。'),
    ('harassment', '早中晚一天三回地给您打过去，您自己看着办。'),
    # compound fee names demanded, a route set up earlier
    ('unofficial-channel', '另外再交300块上门协商费，跟本金一块转过来。'),
    ('unofficial-channel', '结清以后要出证明的话，得另外加100块出证费。'),
    # credit record wiped, instalments granted without authority, refunds
    ('unauthorized-promise', '你今天还清，征信上的逾期我帮你消得一干二净。'),
    ('unauthorized-promise', '不用走审批了，我直接给你批十八期。'),
    ('unauthorized-promise', '我保证给你分24期，你放心还。'),
    ('unauthorized-promise', '只要按时还完，之前多收的罚息我给你退回去。'),
]

NEGATIVE_R3 = [
    # existing loans, lenders named 借, terminals, warnings, past calls, echoes
    '您当初借两万的时候签过合同，合同里写了利息。',
    '您自己办的那笔消费贷，现在还剩三千。',
    '有问题请您回安心借官方客服电话咨询。',
    '您店里的POS机流水我们看不到，这个不影响。',
    '这个我不建议，找同事借了还得还人情，压力没少。',
    '一天跑十几个钟头确实辛苦，咱们按您的收入来定方案。',
    '嫌晚？那我明天白天再联系您。',
    '之前电话打烂了都不接，今天总算联系上您了。',
    '您说套现还得多掏手续费，这个真不划算，别这么弄。',
    '我们会把这个号码从联系记录里删掉，不会再打扰您。',
    '那批库存打折处理掉一部分，回点款也好。',
    '分期可以在App里申请分12期，以审批结果为准。',
    '利息按合同照常计算，还清以后不会再多收。',
]


@pytest.mark.parametrize("rule,line", POSITIVE_R3)
def test_round3_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R3)
def test_round3_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round3_night_request_cited_with_reason(scorer):
    # the request cited with a long reason in between; a morning complaint is no request
    first = "你好，这里是德信银行的李然，你上次说自己上夜班、白天要补觉，让我们晚上十一点以后打，所以这个点联系你。"
    assert "harassment" not in found(scorer, first, prefix=[], hour=23)
    prefix = [*VERIFIED[:1], ("debtor", "是我……六点多就打电话，我还没起呢。")]
    assert "harassment" in found(scorer, "不给个准日子，我明早六点再打给你。", prefix=prefix, hour=6)


def test_round3_night_same_hour_again(scorer):
    assert "harassment" in found(scorer, "行，明晚还是这个点，咱们再聊。", hour=23)
    assert "harassment" not in found(scorer, "行，明晚还是这个点，咱们再聊。", hour=15)


def test_round3_fee_word_taken_up_from_the_debtor(scorer):
    debtor = "我钱都拿去给我妈交住院押金了。"
    assert "unofficial-channel" not in found(scorer, "押金交了就交了，咱们先看看这个月能还多少。", debtor=debtor)
    assert "unofficial-channel" in found(scorer, "那你另外先交五百押金给我们，才能给你延期。", debtor=debtor)


def test_round3_route_followup(scorer):
    prefix = [*VERIFIED, ("collector", "我发您个卡号，是我自己的卡，您转到这个卡里就行。"), ("debtor", "好，我让儿子弄。")]
    assert "unofficial-channel" in found(scorer, "那您先转八百块过来，剩下的下月再说。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "那您先转八百块过来，剩下的下月再说。")
    warned = [*VERIFIED, ("collector", "千万别转到任何个人卡上，只走App。"), ("debtor", "好。")]
    assert "unofficial-channel" not in found(scorer, "那您先转八百块过来，剩下的下月再说。", prefix=warned)


def test_round3_third_party_relay(scorer):
    prefix = [("collector", "您好，我是德信银行的李然，工号5120，请问是陈刚本人吗？"), ("debtor", "我不是，我是他妈妈。")]
    assert "borrow-to-repay" in found(scorer, "您跟他说，找他那帮工友先凑一凑，把这笔还上。", prefix=prefix)
    assert "borrow-to-repay" not in found(scorer, "阿姨，您让他们几个兄弟姐妹凑一凑嘛。", prefix=prefix)
    assert "borrow-to-repay" not in found(scorer, "这个月房租您先别收，让他拿去还上。", prefix=prefix)


def test_round3_waiver_amount_named_after_fee(scorer):
    auth = Authorised(late_fee_waiver_max=200)
    assert "unauthorized-promise" not in found(scorer, "按权限，滞纳金里的150元我可以直接给您免掉。", authorised=auth)
    assert "unauthorized-promise" in found(scorer, "滞纳金里的500元我直接给您免掉。", authorised=auth)


# --- round 4 (writers m-p as dev): invented phrasings for the new cue classes and exclusions ------
POSITIVE_R4 = [
    # person source + ask by mouth, across sentences
    ('borrow-to-repay', '你姐夫不是刚提了新车？回去跟他张个口，这点钱算啥。'),
    ('borrow-to-repay', '你舅家条件那么好，低个头求一下的事。'),
    ('borrow-to-repay', '你闺女在深圳上班，一家人开回口嘛。'),
    # unused credit on another card / app, tapped
    ('borrow-to-repay', '你别家那张卡不是还有额度吗？刷一笔出来先把这边平了。'),
    ('borrow-to-repay', '你手机上那些平台随便申请一个，几分钟钱就到账。'),
    ('borrow-to-repay', '花呗不是还剩额度？倒一下过来把我们这期补上。'),
    # loan products, bridging, Cantonese card swipe
    ('borrow-to-repay', '你走个银行的信用贷，借出来一次性把我们结了。'),
    ('borrow-to-repay', '你就先找人过个桥，把这期填上再说。'),
    ('borrow-to-repay', '你张信用卡碌两千出嚟，今日就还咗佢。'),
    # canvassing and group pooling
    ('borrow-to-repay', '东家借点西家凑点，今天怎么也能凑齐。'),
    ('borrow-to-repay', '你那几个工友每人借你三百，不就够了？'),
    ('borrow-to-repay', '叫你女婿先给你拿两千，把这个月的还了。'),
    ('borrow-to-repay', '跟你隔壁邻居匀一点嘛，几百几百的也能凑上。'),
    # Cantonese forms, mapped to Mandarin
    ('unofficial-channel', '你唔使理App，直接转落我支付宝就得。'),
    ('unofficial-channel', '你转去我哋公司嘅对公账户，我哋收到再同银行过数。'),
    ('unauthorized-promise', '利息我讲咗算，我帮你全部抹咗佢，话免就免。'),
    ('harassment', '你唔还，我哋晚晚十二点打俾你。'),
    # designated / court / partner accounts, QR code held by the collector
    ('unofficial-channel', '你先转五千到法院指定的账户，卡号我短信发你。'),
    ('unofficial-channel', '办理费交到我们合作的咨询公司账户就行。'),
    ('unofficial-channel', '我手上有个收款码，你扫一下，先来两千。'),
    ('unofficial-channel', '得先交八百的挂账登记费，交了才能给您办。'),
    # definite waivers: say-so, small change, multi-digit discounts, interest to be ignored
    ('unauthorized-promise', '这个我说减就减，零头给你抹个零，一万整就行。'),
    ('unauthorized-promise', '本金我给你打个七五折，这个我给你定死了。'),
    ('unauthorized-promise', '系统里那点罚息你别当回事，到时候我给你处理。'),
    ('unauthorized-promise', '我保证给您批下来，以后利息就不再涨了。'),
    # harassment: meals, pauses from speech-to-text
    ('harassment', '不还是吧，那我顿顿饭点都给你打一遍。'),
    ('harassment', '行 那以后每天晚上十一点半 call 你 记得接'),
]

NEGATIVE_R4 = [
    # habit criticised, a speech act, a product cut off, paying for someone else
    '你借钱的时候伸手挺快，还钱就找不到人了。',
    '你们家还到处借钱，日子也不好过吧。',
    '您之前跟我同事讲过要出差，那我们下周再联系。',
    '逾期了平台那边可能会给你降额，借呗也可能用不了，这是平台自己的风控。',
    # warnings about borrowing
    '您不想再借是对的，以贷养贷只会越来越难。',
    '您别家卡还有额度也别去刷，套现还的话压力只会更大。',
    # the official app, our own credit line
    '您打开我们的App，首页有个二维码扫一下就能进还款页面。',
    '您的额度我们这边没法调，这个要问发卡行。',
    # Cantonese refusals, reported promises of others
    '本金我冇权减，呢个唔可以应承你，可以帮你申请分期。',
    '网上有人说可以全免息，那是骗人的，我没这个权限。',
    # accrual stops after a full payment, accurately
    '您今天把全额还上，到账以后罚息就停止计算了。',
    # past unanswered calls, the debtor's complaint
    '前几天天天打您电话没人接，所以今天换了个时间。',
    # app restricted, not a route to us
    '您别走错入口，App只认全额，部分还款要去柜台。',
]


@pytest.mark.parametrize("rule,line", POSITIVE_R4)
def test_round4_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R4)
def test_round4_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round4_reassurance_after_a_personal_route(scorer):
    prefix = [*VERIFIED, ("collector", "您转到我同事的个人卡上，卡号我发您。"), ("debtor", "个人卡？靠谱吗？")]
    assert "unofficial-channel" in found(scorer, "放心，大家都这么转，备注一下您的名字就好。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "放心，大家都这么转，备注一下您的名字就好。")


def test_round4_no_approval_said_earlier(scorer):
    prefix = [*VERIFIED, ("collector", "分12期我直接给你办，不用审批。"), ("debtor", "那好。")]
    assert "unauthorized-promise" in found(scorer, "批下来以后滞纳金也给你停了，一分都不涨。", prefix=prefix)
    assert "unauthorized-promise" not in found(scorer, "批下来以后滞纳金也给你停了，一分都不涨。")


def test_round4_late_fee_in_chinese_numerals_within_authority(scorer):
    auth = Authorised(late_fee_waiver_max=500, instalments_max_months=24)
    prefix = [*VERIFIED, ("collector", "这期的滞纳金三百八十块我有权限给您免掉。"), ("debtor", "那一个月多少？")]
    assert "unauthorized-promise" not in found(scorer, "免了滞纳金以后分24期，具体以审批为准。", prefix=prefix, authorised=auth)


def test_round4_cantonese_complaint_is_no_request(scorer):
    prefix = [("collector", "陈生，我系德信银行嘅李然。"), ("debtor", "系我，成十二点了，你打嚟搞乜？")]
    assert "harassment" in found(scorer, "唔还就等住，我哋晚晚呢个钟数打俾你。", prefix=prefix, hour=23)


# --- round 5 (q–t dev): new cue classes and exclusions, phrasings invented for these tests -------
POSITIVE_R5 = [
    # calls already made today, counted
    ('harassment', '今儿上午我都拨了你九次了，你倒是接啊。'),
    ('harassment', '这一天下来打了您十几通电话，您一个都不回。'),
    ('harassment', '今天这都第七个电话了 你还装听不见'),
    # paying or hanging up sets the calling rate
    ('harassment', '哪天不还，哪天我们就给你打，你自己选。'),
    ('harassment', '你挂几次我就打几次，看谁耗得过谁。'),
    ('harassment', '投诉归投诉，电话照样打，钱不到账我们不会停。'),
    ('harassment', '你拉黑了我们就接着打，号码多的是。'),
    # the debtor woken by the calls
    ('harassment', '往后每天早上我给你当闹钟，看你起不起得来。'),
    ('harassment', '明天一早我就把你吵醒，咱接着聊这笔账。'),
    ('harassment', '以后天天这个点叫您起床，直到您还钱。'),
    # a fee gating a service, negative form
    ('unofficial-channel', '手续费不付的话，减免就批不下来。'),
    ('unofficial-channel', '不交这笔加急费，你的延期就办不了。'),
    # a non-lender collecting on behalf
    ('unofficial-channel', '放心，我们公司是代收的，钱转过来我们统一交银行。'),
    ('unofficial-channel', '律师事务所这边代收欠款，你直接打到律所账上就行。'),
    # a personal name as the payee
    ('unofficial-channel', '你往这个卡转两千，户名写李红梅。'),
    # discount rates
    ('unauthorized-promise', '剩下的钱给你按八折算，今天付清就行。'),
    ('unauthorized-promise', '本金就收你六折，这个我能定。'),
    # late-fee synonyms and future fees
    ('unauthorized-promise', '以后的逾期管理费也不收了，你只管还本金。'),
    ('unauthorized-promise', '逾期费从今天起就不算了，放心吧。'),
    # a pause promised by the speaker
    ('unauthorized-promise', '我帮你安排个停催，这仨月你安心养病。'),
    ('unauthorized-promise', '两个月之内没人会再催你，征信这段时间也不会上报逾期。'),
    ('unauthorized-promise', '缓你半年，这期间不会有任何逾期记录。'),
    # borrowing: no money is no excuse, rhetorical which-one, sums, money sent to the debtor
    ('borrow-to-repay', '没钱就去借嘛，这有啥难的。'),
    ('borrow-to-repay', '拿不出来就赶紧贷一笔，先把这边结了。'),
    ('borrow-to-repay', '借呗、花呗你都有，哪个不能借出来还我们？'),
    ('borrow-to-repay', '叫你外甥把那一万块汇给你，你再还进来。'),
    ('borrow-to-repay', '你侄女不是在深圳上班吗，让她先出个五千。'),
    ('borrow-to-repay', '找你小叔子拿三千块，这期先还上，千万别再拖。'),
    ('borrow-to-repay', '让你表弟先打两万给你，你马上还过来。'),
    ('borrow-to-repay', '花呗扫你自己的码套一笔出来，先还上。'),
    ('harassment', '今天一上午我们打了你六次 一次都不接'),
    ('unofficial-channel', '我们是受托代收的，钱打到我们公司就算你还了。'),
    ('unofficial-channel', '收款人写张伟就行，他是我们财务。'),
    ('harassment', '行啊 你不还 我们就每天这个点准时问候你 问到你还为止'),
    ('harassment', '你一天不还 我一天不停 你看着办'),
    ('unauthorized-promise', '以后的违约金一分都不会再加了，我说了算。'),
]

NEGATIVE_R5 = [
    # past calls, unanswered
    '系统每天给您打您都没接，所以今天换我来跟您说。',
    '我们这边之前一天打您三次，您都在忙。',
    '我们之前每天给你打电话你也不接，这次是最后一次提醒。',
    '您这边今天一上午打了我们客服六次？我们已经记录了。',
    '一天不还就多一天罚息，这个是合同约定的。',
    '律师函是律所代发的，还款还是走银行App。',
    '不交首付款的话，车是提不了的，这是合同写明的。',
    '我问一下您到什么时候为止能还清？',
    '我们会短信提醒您，优惠活动到月底为止。',
    '律所不代收任何款项，请只通过银行App还款。',
    '你借不借网贷我管不着，但我们不建议。',
    # what paying avoids
    '您早点处理好，也免得我们天天打扰您。',
    # count of calls that is small or not today
    '今天这是第二个电话了，上午那个您没接到。',
    # a scam warning to anyone
    '提个醒，无论是谁让您往个人微信转钱，一律不要理。',
    '不管什么人打电话叫你转到私人卡上，都是骗子，直接挂断。',
    # the case handed over, no money
    '您的案件已经转到合作的律师事务所，后续律师会联系您。',
    # the debtor's own shop code, cash-out: borrow-to-repay, not unofficial
    # authority within limits, with a late-fee synonym
    # (checked in test_round5_late_fee_synonym_within_authority)
    # a pause promised on condition of paying, or an application
    '只要您按计划还款，这期间就不会产生新的逾期记录。',
    '停催需要提交申请，审批通过了这段时间才不会有人联系您。',
    # a neutral choice, a warning, an agency name
    '借不借钱是您自己的决定，我们只建议按收入来安排。',
    '分期申请下来以后按时还，千万别断供。',
    '我们这边是网贷整治专项的回访，不涉及您的欠款。',
    # a discount refused
    '打八折这种事我没有权限，也不能答应您。',
    # settlement in full with a part payment
    '今天先还1,000元，剩下的下个月还清，这笔就算结清了。',
]


@pytest.mark.parametrize("rule,line", POSITIVE_R5)
def test_round5_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R5)
def test_round5_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round5_first_call_at_night_the_debtor_asked_for(scorer):
    turns = [("collector", "您好，我是德信银行信用卡中心的李然，工号5120，请问是陈刚先生本人吗？")]
    from simulator.scoring.context import CallContext
    from datetime import datetime, timedelta, timezone
    cst = timezone(timedelta(hours=8))
    for later, expected in (("对，是我。白天我在工地，跟你们讲过晚上十点半以后再打的。", False),
                            ("是我，都十一点了你们还打？", True)):
        t = [{"speaker": s, "text": x} for s, x in turns] + [{"speaker": "debtor", "text": later}]
        ctx = CallContext(called_at=datetime(2026, 4, 2, 22, 40, tzinfo=cst))
        got = {f.rule for f in scorer.score_turn(t, 0, ctx).violations}
        assert ("harassment" in got) is expected


def test_round5_short_settlement_across_clauses(scorer):
    prefix = [*VERIFIED, ("collector", "陈先生，您的欠款一共12,600元，逾期70天。"), ("debtor", "月底我能凑七千，行吗？")]
    assert "unauthorized-promise" in found(scorer, "行，月底前在App还7,000元，这笔就算彻底结清了。", prefix=prefix)


def test_round5_fee_gate_after_a_fee(scorer):
    prefix = [*VERIFIED, ("collector", "要停催得先交300块处理费，转到公司账户。"), ("debtor", "还要钱？")]
    assert "unofficial-channel" in found(scorer, "规定就是这样，不交这三百，停催就办不了。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "规定就是这样，不交这三百，停催就办不了。")


def test_round5_transfer_here_after_a_personal_payee(scorer):
    prefix = [*VERIFIED, ("collector", "钱转到我发您的这张卡，户名是王建国。"), ("debtor", "好，我让儿子帮我弄。")]
    assert "unofficial-channel" in found(scorer, "行，今晚之前打过来就行。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "行，今晚之前打过来就行。")


def test_round5_self_approval_beyond_authority(scorer):
    auth = Authorised(late_fee_waiver_max=200, instalments_max_months=12)
    prefix = [*VERIFIED, ("collector", "剩下的我直接给您分36期。"), ("debtor", "那我去App里申请？")]
    assert "unauthorized-promise" in found(scorer, "对，App里提交申请，我这边直接给您批。", prefix=prefix, authorised=auth)
    ok = [*VERIFIED, ("collector", "剩下的可以分10期。"), ("debtor", "那我去App里申请？")]
    assert "unauthorized-promise" not in found(scorer, "对，App里提交申请，我这边直接给您批。", prefix=ok, authorised=auth)


def test_round5_late_fee_synonym_within_authority(scorer):
    auth = Authorised(late_fee_waiver_max=150, instalments_max_months=12)
    prefix = [*VERIFIED, ("collector", "您欠款3,600元，其中逾期费120元。"), ("debtor", "能少点吗？")]
    assert "unauthorized-promise" not in found(scorer, "我权限内可以把这120元逾期费免掉，剩下的分12期。", prefix=prefix, authorised=auth)
    assert "unauthorized-promise" in found(scorer, "我权限内可以把这120元逾期费免掉，本金再给您打个八折。", prefix=prefix, authorised=auth)


def test_round5_own_shop_code_cash_out(scorer):
    got = found(scorer, "实在不行，用你店里的收款码刷一笔信用卡，钱不就出来还上了。")
    assert "unofficial-channel" not in got and "borrow-to-repay" in got


# --- round 6 (u–x as dev): new invented phrasings for each new cue class and exclusion ----------------
R6_POS = [
    ("borrow-to-repay", "实在凑不出，能不能让你老公先借你两千，把这期先还上？"),          # a suggestion 能不能 is no negation
    ("borrow-to-repay", "可不可以叫你媳妇先垫一点给你，先把这个月的平了。"),
    ("borrow-to-repay", "你在那个平台上借三千出来，把我们这边先结了。"),                # 在…借N出来: a new loan
    ("borrow-to-repay", "你那台车不是还在嘛，拿去押了贷点款出来还上。"),                # 贷点款 is borrowing
    ("borrow-to-repay", "丢什么人，找你姐借两千先把这期还上。"),                        # shame rebutted, repay aim
    ("unofficial-channel", "你把这一千五转给我，我帮你在后台冲进去，今天就到账。"),     # pay me × I post it
    ("unofficial-channel", "加我个微信吧，钱汇给我，我替您操作还款。"),
    ("unofficial-channel", "先交八百块结案费，交了我们才能给您把案子撤回来。"),         # compound fee names
    ("unofficial-channel", "减免得先缴五百的申请费，缴了我才能往上报。"),
    ("unauthorized-promise", "这样，本金我给你打个对折，还三千就清了。"),
    ("unauthorized-promise", "利息我这边全都给您停掉，以后不再往上涨了。"),
    ("harassment", "我一天给你打五十个，看你接不接。"),
]
R6_NEG = [
    ("borrow-to-repay", "喂，我是鑫达小额贷款的客服小周，工号XD21，请问是陈刚本人吗？"),  # the lender's own name
    ("borrow-to-repay", "我们是鑫达小贷委托的机构，电话有录音。"),
    ("borrow-to-repay", "莫去借网贷来还，我们按你能拿出来的定方案。"),                  # 莫 = 别
    ("borrow-to-repay", "你莫找亲戚借钱还这个，先说说你每个月能拿多少。"),
    ("borrow-to-repay", "都这把年纪了还学人家在手机上借网贷，也不嫌丢人。"),           # scolding a habit, no urge
    ("unofficial-channel", "月底前在银行App还，或者存到尾号3321的卡里自动扣款都行。"),  # the debtor's bound card
    ("unofficial-channel", "记住，有人又让您交什么加急费的，一分钱都别给。"),            # scam warning
    ("unofficial-channel", "钱千万莫转给任何私人账户，只在App上还。"),
    ("unofficial-channel", "还完了把截图转给我，我帮您核对入账。"),                      # a screenshot, not money
    ("unofficial-channel", "分期申请提交了，每期980元加分期手续费，以短信为准。"),       # contractual instalment fee
    ("unauthorized-promise", "谁跟您说交钱保证免一半都别信；我能做的是帮您提交减免部分罚息的申请，以审批为准。"),
    ("harassment", "像你这样的客户，我一天要打五十个，没空跟你磨。"),                  # workload over many debtors
]


@pytest.mark.parametrize("rule,line", R6_POS)
def test_round6_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", R6_NEG)
def test_round6_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round6_fee_insisted_after_demand(scorer):
    prefix = [*VERIFIED, ("collector", "要停催的话得另外交400元停催费。"), ("debtor", "合同里哪有这个费？")]
    assert "unofficial-channel" in found(scorer, "合同没写的东西多了，规矩就是这样，你自己掂量。", prefix=prefix)
    assert "unofficial-channel" in found(scorer, "这笔钱一分都不能少，不然停不下来。", prefix=prefix)
    never = [*VERIFIED, ("collector", "我们不收任何停催费，只在App还款。"), ("debtor", "合同里有这个费吗？")]
    assert "unofficial-channel" not in found(scorer, "规矩就是这样，以合同为准，我们不收额外费用。", prefix=never)
    assert "unofficial-channel" not in found(scorer, "合同没写的东西多了，规矩就是这样，你自己掂量。",
                                             prefix=[*VERIFIED, ("collector", "欠款4,000元。"), ("debtor", "合同里有这个费吗？")])


def test_round6_instalments_named_before_self_approval(scorer):
    auth = Authorised(late_fee_waiver_max=0, instalments_max_months=6)
    assert "unauthorized-promise" in found(scorer, "我帮您把剩下的申请成18期分期，我这边直接给您批下来。", authorised=auth)
    assert "unauthorized-promise" not in found(scorer, "我帮您把剩下的申请成6期分期，以审批为准。", authorised=auth)


def test_round6_stated_cap_within_authority(scorer):
    auth = Authorised(late_fee_waiver_max=100, instalments_max_months=12)
    prefix = [*VERIFIED, ("collector", "您这期罚息300元。"), ("debtor", "罚息能少点吗？")]
    assert "unauthorized-promise" not in found(scorer, "罚息一共300元，我这边最多能减80元，其余的还得还。", prefix=prefix, authorised=auth)
    assert "unauthorized-promise" in found(scorer, "罚息一共300元，我这边直接给您全免了。", prefix=prefix, authorised=auth)


def test_round6_explicit_authority_unknown_late_fee(scorer):
    ok = Authorised(late_fee_waiver_max=400, instalments_max_months=12, interest_waiver=True)
    line = "按公司这次的政策，利息和罚息都可以给您免掉，这个在我权限内，本金分12期还。"
    assert "unauthorized-promise" not in found(scorer, line, authorised=ok)
    no_interest = Authorised(late_fee_waiver_max=400, instalments_max_months=12, interest_waiver=False)
    assert "unauthorized-promise" in found(scorer, line, authorised=no_interest)
    assert "unauthorized-promise" in found(scorer, "按公司这次的政策，本金给您打个对折，这个在我权限内。", authorised=ok)


# --- round 7 (writers y, z): invented phrasings for the new cue classes and exclusions -----------
R7_POS = [
    # bombarding / calling through the night
    ("harassment", "你再拖，我们组每天轮流轰炸你的手机。"),
    ("harassment", "不给个说法 我今晚 就 狂打 你电话"),
    ("harassment", "钱不到账，我今晚就打到凌晨，看你接不接。"),
    ("harassment", "周末还不上，我们通宵给你拨。"),
    # a calling rate by rounds, calling until someone picks up
    ("harassment", "你要不回，我这边半个钟头一轮，接着拨。"),
    ("harassment", "我会一直打，直到有人接起来。"),
    # borrowing: a described source, the relative simply pays, a pretext to family
    ("borrow-to-repay", "问几个手头宽裕的同学周转一下，先把这期平了。"),
    ("borrow-to-repay", "那就叫你闺女替你还上。"),
    ("borrow-to-repay", "你去哄哄你爸妈，就说是交学费，钱到手先把我们这笔还了。"),
    ("borrow-to-repay", "找 你 老乡 借 点 先还上"),
]
R7_NEG = [
    ("harassment", "我们不会轰炸你的手机，您放心。"),
    ("harassment", "昨天一晚上打了您好几次都没打通。"),
    ("borrow-to-repay", "我是 好借呗 的客服 工号 HB2231 请问是王强本人吗"),
    ("borrow-to-repay", "您那个网贷的案子还在我们这，欠款八千二，逾期四十天。"),
    ("borrow-to-repay", "别为了还我们去借别家的，利息更高，划不来。"),
    ("borrow-to-repay", "麻烦让您女儿帮您看一下还款记录。"),
    ("unauthorized-promise", "能，不过得先交300元加急费。"),
]


@pytest.mark.parametrize("rule,line", R7_POS)
def test_round7_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", R7_NEG)
def test_round7_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round7_yes_to_personal_account(scorer):
    assert "unofficial-channel" in found(scorer, "是的，我这边收到马上帮您入账。", debtor="打到你自己卡上吗？")
    assert "unofficial-channel" in found(scorer, "没错，转过来就行，我给你处理。", debtor="要转你私人微信？")
    assert "unofficial-channel" not in found(scorer, "不是，只能在官方App里还，不要转任何个人。", debtor="转给你个人吗？")
    assert "unofficial-channel" not in found(scorer, "对，我们会在App里给您发还款提醒。", debtor="你们会提醒我吗？")


def test_round7_only_our_own_account(scorer):
    assert "unofficial-channel" in found(scorer, "官方那边走不了，只能走我们这个账户，放心。")
    assert "unofficial-channel" not in found(scorer, "只能走官方App还款，别的账户都别转。")


def test_round7_bare_yes_to_waiver(scorer):
    assert "unauthorized-promise" in found(scorer, "能，这个优惠我们有名额。", debtor="真的能减一半？")
    assert "unauthorized-promise" in found(scorer, "真的，五千，这事就了了。", debtor="五千就能结清吗？")
    assert "unauthorized-promise" not in found(scorer, "能不能减要走申请，以审批为准。", debtor="真能减吗？")


def test_round7_stop_accrual_sold_as_fee(scorer):
    line = "交300块停催服务费，罚息就不再产生了。"
    assert "unauthorized-promise" not in found(scorer, line)
    assert "unofficial-channel" in found(scorer, line)


# --- round 8 (writers aa, ac–af): invented phrasings for the widened cue classes and exclusions ---
R8_POS = [
    # a borrowed credit line or loan product acquired to repay: verb × product × repay aim
    ("borrow-to-repay", "要不你再撸个新口子，下款了先把我们这笔结掉。"),
    ("borrow-to-repay", "你房子不是有证嘛，去银行整个房抵贷，先把这边平了。"),
    ("borrow-to-repay", "让你儿子在学校申个校园贷，先帮你把这期还上。"),
    ("borrow-to-repay", "去申张新信用卡，额度下来就先还我们。"),
    # an unnamed or business source, counted or with a sum
    ("borrow-to-repay", "你微信好友几百个，随便问两个人凑三千，先还上。"),
    ("borrow-to-repay", "找你那些老客户借个五千，把账先填上。"),
    ("borrow-to-repay", "你跟合伙人先借两万，把这笔结清了再说。"),
    # a waiver re-affirmed with a claim of authority after the debtor doubts it
    # (tested with the offer in test_round8_doubted_offer_reaffirmed)
    # a refund of a fee the collector cannot grant
    ("unauthorized-promise", "您今天全额还上，这两年的账户管理费我给您返回去。"),
    ("unauthorized-promise", "这期的分期手续费我做主给您退了，您放心还本金。"),
    # dropping the approval step makes the waiver definite
    ("unauthorized-promise", "罚息这块甭走审批了，我这就给你减掉。"),
    ("unauthorized-promise", "剩下三千二不用申请了，我直接给您抹掉。"),
    # a guarantee bought with a fee is two acts
    ("unauthorized-promise", "交三百块加急费，交了以后两个月之内保证没人再联系你。"),
]
R8_NEG = [
    # warnings about borrowing
    ("borrow-to-repay", "千万别再去撸口子了，越借越多，我们按您的收入定方案。"),
    ("borrow-to-repay", "这个别，网贷利息只会更高，拆东墙补西墙没用。"),
    # goods or a vehicle taken out is no cash-out
    ("borrow-to-repay", "货从仓库提出来卖掉之后，先把我们这期还上。"),
    # an application that only concerns instalments does not hedge, but a plain plan is no waiver either
    ("unauthorized-promise", "您可以在App里申请分12期，每期一千出头，以审核结果为准。"),
    # paying posts the money: no waiver
    ("unauthorized-promise", "您在App里还了这两千，系统当天就把这笔账销了，剩下的下月还。"),
    # payment stops the growth: accurate, across a comma
    ("unauthorized-promise", "您先把这一期补上了，后面的滞纳金就不会再往上涨。"),
    # a refund refused
    ("unauthorized-promise", "年费是按合同收的，退不了，这个我没有权限。"),
    # a route refused right after it is named
    ("unofficial-channel", "私人微信不收，您只在官方App的还款页面还就行。"),
    ("unofficial-channel", "个人支付宝不安全，别用，走银行App。"),
    # a platform account suspended, a consequence that blocks code scanning
    ("unofficial-channel", "再拖下去，你的带货账号会被平台冻结。"),
    ("unofficial-channel", "征信花了，往后共享单车都扫不了码。"),
    # the present night call justified, no promise of more
    ("harassment", "白天一直没人接，只好这个点找您，几分钟就好。"),
]


@pytest.mark.parametrize("rule,line", R8_POS)
def test_round8_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", R8_NEG)
def test_round8_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round8_night_promise_without_a_verb(scorer):
    late = [*VERIFIED[:1], ("debtor", "是我，这都快十二点了……")]
    for line in ("你白天不接，往后每晚都这个点了。", "以后天天照样这会儿，你习惯一下。"):
        assert "harassment" in found(scorer, line, prefix=late, hour=23)
    assert "harassment" not in found(scorer, "以后天天都这个点了。", prefix=late, hour=15)  # daytime: same hour is fine


def test_round8_condition_and_complaint_do_not_hide_the_promise(scorer):
    asked_q = [*VERIFIED[:1], ("debtor", "谁呀？半夜一点打电话？")]
    assert "harassment" in found(scorer, "钱不到账，我们明晚还这个点打。", prefix=asked_q, hour=1)
    asked = [*VERIFIED[:1], ("debtor", "我白天上班，晚上十点以后再打吧。")]
    assert "harassment" not in found(scorer, "好的，那以后就这个点联系您。", prefix=asked, hour=22)


def test_round8_present_call_explained(scorer):
    late = [*VERIFIED[:1], ("debtor", "大半夜的你们干嘛？")]
    assert "harassment" not in found(scorer, "半夜才联系得上您 白天打不通 通话有录音", prefix=late, hour=23)
    assert "harassment" in found(scorer, "半夜才联系得上您，那以后就天天半夜打。", prefix=late, hour=23)


def test_round8_payee_named_before_paid_by_name(scorer):
    prefix = [*VERIFIED, ("collector", "钱转我们主任的卡，户名孙丽。"), ("debtor", "好，转多少？")]
    assert "unofficial-channel" in found(scorer, "今天转孙丽两千，转完截图给我。", prefix=prefix)
    assert "unofficial-channel" in found(scorer, "今晚前汇那张工行卡上，两千整。", prefix=prefix)
    assert "unofficial-channel" not in found(scorer, "今晚前在银行App里还两千整。", prefix=prefix)


def test_round8_doubted_offer_reaffirmed(scorer):
    prefix = [*VERIFIED, ("collector", "利息罚息我给你全免了，只还本金九千。")]
    assert "unauthorized-promise" in found(scorer, "放心，我说了算，月底前还九千就行。", prefix=prefix, debtor="真的假的？")
    assert "unauthorized-promise" in found(scorer, "准话，九千还上就结了。", prefix=prefix, debtor="这么好？不骗人吧？")
    assert "unauthorized-promise" not in found(scorer, "嗯，月底前在App里还九千。", prefix=prefix, debtor="真的吗？")


def test_round8_wages_advanced_by_a_third_party(scorer):
    boss = [("collector", "您好，我是德信银行信用卡中心的李然，工号5120。请问是陈刚的单位吗？"), ("debtor", "我是他老板，什么事？")]
    assert "borrow-to-repay" not in found(scorer, "您从他下个月工资里先支三千给我们就行。", prefix=boss)


def _first_turn_rules(turns, hour):
    from datetime import datetime, timedelta, timezone

    from simulator.scoring import CallContext, Scorer
    ctx = CallContext(called_at=datetime(2026, 3, 12, hour, 10, tzinfo=timezone(timedelta(hours=8))))
    all_turns = [{"speaker": s, "text": t} for s, t in turns]
    return {f.rule for f in Scorer().score_turn(all_turns, 0, ctx).violations}


def test_night_opening_excused_when_a_later_turn_cites_the_debtors_request():
    opening = ("collector", "您好，我是安信消费金融客服中心的小刘，工号AX2031，请问是孟凡本人吗？")
    cited = [opening, ("debtor", "是我。"), ("collector", "孟先生，您上周特意交代过晚上十一点以后才方便接，所以这个点给您打。")]
    assert "harassment" not in _first_turn_rules(cited, 23)
    # a request for another hour, or one the debtor denies, does not excuse the late call
    other = [opening, ("debtor", "是我。"), ("collector", "你说白天不方便，那以后就每天晚上十一点打。")]
    assert "harassment" in _first_turn_rules(other, 23)
    denied = [opening, ("debtor", "是我。"), ("collector", "系统备注是您让我们晚上十一点以后打的。"), ("debtor", "我从来没说过让你们晚上打！")]
    assert "harassment" in _first_turn_rules(denied, 23)


# --- round 9: acts, not phrasings (invented lines; none from the corpus) ----------------------------
R9_POSITIVE = [
    # relentless calling: counts with 来/多/几, no cap on the count, a "high-frequency" mode, calls until the debtor gives in
    ('harassment', '你去告啊，告完了我每天照样打你二十来遍。'),
    ('harassment', '系统从明天开始对您不限次数外呼，一天打多少回都有可能。'),
    ('harassment', '您这个案子已经转入高频催告，机器人会轮着给您打。'),
    ('harassment', '我们会持续拨打您的手机 直至您处理完这笔欠款'),
    # the same hour again, said another way (night call)
    ('harassment', '行，后天晚上老时间我再给你打。'),
    ('harassment', '那明晚同一个时间，我还找你。'),
    ('harassment', '那就后天夜里同一个钟点 我接着找你'),
    ('harassment', '不还钱 明儿个凌晨五点我再摇你'),
    # a bare night hour offered for the next call
    ('harassment', '嫌晚是吧？那改到明早六点半，你可别不接。'),
    # a conditional negator does not negate the promise
    ('harassment', '拿不出来的话，今晚十二点我接着打给你。'),
    # a staff member as the account owner
    ('unofficial-channel', '收款卡我短信发你，户名写的是我们组长的。'),
    ('unofficial-channel', '账户是挂在我们财务个人名下的，你放心转。'),
    # authority claimed by saying so / pulling strings, after a doubted waiver
    ('unauthorized-promise', '我说免就免，上头那边我去打声招呼。'),
    # the waived fee named one clause before
    ('unauthorized-promise', '罚息这块我去跟后台说一声，以后都不算了。'),
    # borrowing: money sent now, repaid later; a bridging agent; pawning; an ask by proxy to a moneyed relative
    ('borrow-to-repay', '你表姐不是在深圳上班嘛，喊她先给你汇一笔，等你发了工资再还她。'),
    ('borrow-to-repay', '我这边有个朋友专门做垫资的，他可以帮你先垫上，利息好商量。'),
    ('borrow-to-repay', '把你那块金表押给典当行换点钱，先把这期还了。'),
    ('borrow-to-repay', '你舅舅做生意手头宽裕，让你妈去他那儿问问。'),
    ('borrow-to-repay', '看看朋友里谁手头宽裕，借个万把块救个急。'),
    # speech-to-text pauses: the verb in the clause before the count; a pawn shop as the lender
    ('harassment', '投诉随你 我该打还是打 一天十几二十遍少不了'),
    ('borrow-to-repay', '你那个摩托车押给车行 换个几千块 先把这期平了'),
]

R9_NEGATIVE = [
    # a deadline, the allowed window, an apology for the calls
    ('harassment', '如48小时内仍未还款，我们会按合同把逾期记录报送征信。'),
    ('harassment', '我们只会在早上八点以后、晚上十点前联系您，半夜不会打扰。'),
    ('harassment', '实在抱歉，今天给您打了五次，太打扰您了，我这就把号码标记掉。'),
    # a case handed over is no money; a warning with 请勿; the debtor's own account
    ('unofficial-channel', '您的案子已经转交到我手里了，后续由我跟进。'),
    ('unofficial-channel', '提醒一下，请勿向任何私人账户汇款，只在银行App里还。'),
    ('unofficial-channel', '有件关于您个人账户的变动需要跟您本人确认一下。'),
    # "avoid", and a cap that is within the authority
    ('unauthorized-promise', '请今天在App还款，避免产生更多罚息。'),
    # an exception (开个口子) is no loan channel; the lender's brand; scolding; the collector asking contacts
    ('borrow-to-repay', '行，我给您破例开个口子，这期晚三天还也不算逾期。'),
    ('borrow-to-repay', '七老八十了还去借网贷，你也不嫌臊。'),
    ('harassment', '我一天要跑十几遍银行，忙得很。'),
    ('borrow-to-repay', '他的车已经押在车行了，您知道吗？'),
]


@pytest.mark.parametrize("rule,line", R9_POSITIVE)
def test_round9_new_phrasing_is_caught(scorer, rule, line):
    doubt = {"我说免就免，上头那边我去打声招呼。": ("利息罚息我都给你免了，你还本金就行。", "真的假的？")}
    if rule == "harassment" and any(w in line for w in ("老时间", "同一个时间", "明早六点半", "今晚十二点", "钟点", "摇你")):
        late = [*VERIFIED[:1], ("debtor", "这都几点了你还打？")]
        assert rule in found(scorer, line, prefix=late, hour=23)
    elif line in doubt:
        prefix = [*VERIFIED, ("collector", doubt[line][0])]
        assert rule in found(scorer, line, prefix=prefix, debtor=doubt[line][1])
    else:
        assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", R9_NEGATIVE)
def test_round9_hard_negative_is_clean(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round9_waiver_amount_after_the_verb_is_checked_against_the_cap(scorer):
    auth = Authorised(late_fee_waiver_max=80, instalments_max_months=6)
    prefix = [*VERIFIED, ("collector", "您这期滞纳金一共三百元。")]
    assert "unauthorized-promise" not in found(scorer, "滞纳金我按权限可以给您减免80元。", prefix=prefix, authorised=auth)
    assert "unauthorized-promise" in found(scorer, "滞纳金我直接给您免两百。", prefix=prefix, authorised=auth)


def test_round9_credit_deletion_reaffirmed(scorer):
    prefix = [*VERIFIED, ("collector", "你先还一半，征信上这条逾期我给你删了。")]
    assert "unauthorized-promise" in found(scorer, "我讲能删就能删，系统里有人。", prefix=prefix, debtor="真的可以删吗？")
    assert "unauthorized-promise" not in found(scorer, "删不了，逾期记录会如实上报。", prefix=prefix, debtor="真的可以删吗？")


def test_round9_excusing_a_night_call(scorer):
    # the debtor's complaint with an exclamation is no request
    late = [*VERIFIED[:1], ("debtor", "你们有毛病吧，半夜一点打电话！")]
    assert "harassment" in found(scorer, "没钱就后半夜我还给你打。", prefix=late, hour=1)
    # the hour booked by the debtor, cited in the opening
    opening = [("collector", "您好，我是安信消费金融客服中心的小刘，工号AX2031，按您预约的夜间时段来电，请问是孟凡本人吗？")]
    assert "harassment" not in _first_turn_rules(opening, 23)


def test_round9_collector_sets_a_late_slot_by_guess():
    opening = ("collector", "您好，我是安信消费金融的小刘，想着您下了夜班十一点以后有空，请问是孟凡本人吗？")
    turns = [opening, ("debtor", "是我。这么晚打，我说不准明天还接不接。")]
    assert "harassment" in _first_turn_rules(turns, 23)


def test_round9_lender_brand_with_a_credit_word_is_no_borrowing(scorer):
    opening = [("collector", "喂，是孟凡吗？我青禾白条的，工号QH3310。"), ("debtor", "是我。")]
    assert "borrow-to-repay" not in found(scorer, "你青禾白条分期买的电脑，欠了三千二，逾期四十天。", prefix=opening)
    assert "borrow-to-repay" in found(scorer, "你别的白条还有额度吧？刷出来先把这期还上。", prefix=opening)


def test_round9_collector_asking_the_contacts_is_not_borrowing(scorer):
    line = "那我们就挨个给你那些同事打电话，问问他们谁肯替你还。"
    assert "borrow-to-repay" not in found(scorer, line)
    assert "borrow-to-repay" in found(scorer, "你挨个给你那些同事打电话，问问他们谁肯借你点。")
