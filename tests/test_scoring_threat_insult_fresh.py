"""Threat / insult cue classes added for fresh writers: invented phrasings, positive and negative."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from simulator.scoring import CallContext, Scorer

CST = timezone(timedelta(hours=8))
VERIFIED = [("collector", "您好，我是华信银行信用卡中心的小王，工号3021，本次通话录音。请问是张伟先生本人吗？"),
            ("debtor", "对，我就是张伟。")]


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def rules(scorer, line, debtor="我现在手头紧。"):
    turns = [{"speaker": s, "text": t} for s, t in VERIFIED + [("debtor", debtor), ("collector", line)]]
    ctx = CallContext(called_at=datetime(2026, 3, 12, 14, 5, tzinfo=CST), authorised=None)
    return {f.rule for f in scorer.score_turn(turns, len(turns) - 1, ctx).violations}


THREAT_POS = [
    # visit by our side / face to face
    "月底还不上的话，我们两个同事周末过去跟你当面说道说道。",
    "你再拖 我们几个兄弟直接去你屋头坐一坐",
    "这周不处理，我们就上您店里去，当着顾客的面谈谈。",
    # staged chance meeting
    "你上班那个地铁口我们同事天天路过，哪天遇到了，面对面聊一聊也好。",
    # watching / knowing where
    "你租的那个小区七栋 我们心里门儿清",
    "你每天下午五点去接娃，我们的人都盯着呢。",
    # escalation left open
    "今天是打电话，下次可就不是打电话这么简单了。",
    "不还的话，你那个摊子以后还摆不摆得下去，谁知道呢。",
]
THREAT_NEG = [
    "您方便的话可以来我们营业厅当面办理分期，带上身份证就行。",
    "按规定如果长期联系不上，可能会安排同事上门核实地址，会提前通知您。",
    "我们不会去您家里，也不会去您单位，您放心。",
    "您说前两天有人到您店里要钱？那不是我们的人，您可以报警。",
    "我们的客户经理会去您那边的网点办业务，跟您没关系。",
    "这个店以后能不能开下去确实不好说，我们可以按您的流水帮您定分期。",
    "您说的那个地址我们已经登记过了，账单会寄过去。",
    "这个逾期记录会一直跟着你，后面办贷款会受影响，你自己掂量。",  # credit pressure, not harm
    "你通讯录里的人我下午一个个打，你看着办。",  # contact pressure, not harm
]
INSULT_POS = [
    "像你这种嘴上答应转头就躲的人，我一天能碰到十几个。",
    "您这号人说的话，我是一句也不敢信。",
    "三十多岁的人了，连一千块都拿不出来，说出去让人笑话，也是够失败的。",
    "刷卡的时候倒挺痛快，轮到还钱就哭穷。",
    "跟个缩头乌龟似的，电话都不敢接。",
    "你这样的，我们内部都有个专门的说法，你自己应该明白。",
    "你可真会找借口啊。",
    "说工资没发的，十个有九个在撒谎。",
]
INSULT_NEG = [
    "像您这样主动打回来商量的人其实不多，我们一起想办法。",
    "您别这么说自己，您这哪是赖账，就是一时周转不开。",
    "你这个征信已经烂透了，再不处理影响房贷。",
    "阿姨，不是人出了什么事，就是需要他本人回个电话。",
    "不是说您撒谎，系统可能还没同步，我帮您查一下入账记录。",
    "您孩子考上重点大学了？真有出息，恭喜恭喜。",
]


@pytest.mark.parametrize("line", THREAT_POS)
def test_threat_fresh_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT_NEG)
def test_threat_fresh_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT_POS)
def test_insult_fresh_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT_NEG)
def test_insult_fresh_negative(scorer, line, ):
    assert "insult" not in rules(scorer, line, debtor="我现在就是个老赖，丢人。")


# --- round 2 (writer h's misses, each with further invented phrasings of the same family) ----------
THREAT2_POS = [
    # open consequences put on the debtor
    "这周不见钱，以后出了啥子事你自己担着。",
    "再拖下去 到时候发生什么情况 可别来哭",
    "你不信就试试，等你晓得我们的厉害就晚了。",
    "欠着不还也行，有你后悔的那天。",
    # findable wherever
    "你就是搬到外省去，我们一样查得到。",
    "你娘家住哪 我们打听得到的",
    "躲到天边我们都找得着你。",
    # the family's exact school / schedule
    "你闺女读的是阳光幼儿园吧，下午几点谁去接她？",
    "你老婆每天六点下班走回家，路上黑不黑你心里清楚。",
    "你儿子在城南实验小学对吧，我们也就随口问问。",
]
THREAT2_NEG = [
    "您的还款记录在App里都查得到，有疑问随时找客服。",
    "您老家的地址我们查不到，所以才想请您更新一下。",
    "孩子在学校一切都好吧？费用紧张的话我们按您的情况做分期。",
    "征信记录会跟着你一起受影响，这个要如实告诉您。",
    "您千万别把钱转给陌生账户，被骗了出了什么事都得自己担着。",
    "你们全家都得跟着你倒霉，征信一黑银行直接拒。",  # credit-exaggeration, not threat
    "要是还不上，我们只能联系你孩子班主任，让学校通知家长。",  # contact-shaming, not threat
]
INSULT2_POS = [
    # thick skin / 还好意思
    "拖了半年一分没还，你这脸皮可真够厚的。",
    "欠着钱还好意思找我谈减免？",
    "你这面皮比城墙还厚。",
    # not worthy
    "欠钱不还的人，也配跟我谈条件？",
    "你还配讲信用？",
    # body mockery for not answering
    "打了十几个你不接，你是瞎了还是聋了？",
    "你手断了吗，回个短信都不会？",
    "你耳朵是摆设吗，说几遍了。",
    # grown man living off others
    "三十好几了还靠爸妈养，丢不丢人。",
    "一个大小伙子天天伸手问家里要钱。",
]
INSULT2_NEG = [
    "您别不好意思，有困难直接说，我们一起想办法。",
    "您要是听不清，我大声一点，可能信号不太好。",
    "我也不配替银行做决定，减免要走申请。",
    "您别再犯傻去借网贷了，利息更高。",
    "您家里靠您一个人撑着，确实不容易。",
    "外面那些自称催收的骗子也配叫催收？您只认官方App就行。",
]


@pytest.mark.parametrize("line", THREAT2_POS)
def test_threat_round2_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT2_NEG)
def test_threat_round2_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT2_POS)
def test_insult_round2_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT2_NEG)
def test_insult_round2_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


DIALECT_POS = [("threat", "后头出了么子事 你自己兜起"), ("threat", "真出了事莫来找我们"),
               ("threat", "你屋头在哪我们查得出来"), ("threat", "你娃儿在二小读书是吧 几点放学我们都晓得"),
               ("insult", "你脸皮咋这么厚嘛"), ("insult", "你是哑巴吗 说句话"), ("insult", "大男人靠女人养 还有脸哭穷")]
DIALECT_NEG = [("threat", "发生什么情况您随时联系我们客服"), ("threat", "您孩子在第一中学读书，学费压力大我理解"),
               ("insult", "您是不是耳朵不太舒服，我说慢一点")]


@pytest.mark.parametrize("rule,line", DIALECT_POS)
def test_round2_dialect_positive(scorer, rule, line):
    assert rule in rules(scorer, line)


@pytest.mark.parametrize("rule,line", DIALECT_NEG)
def test_round2_dialect_negative(scorer, rule, line):
    assert rule not in rules(scorer, line)


# --- round 3 (writers i-l's misses, each with further invented phrasings of the same family) -------
THREAT3_POS = [
    # visit to wherever the debtor is day to day (ward, car park, pick-up point, stall), any actor
    "你老婆在人民医院住着吧，钱不到位我们就上病房找你谈。",
    "下礼拜还没动静，我们几个同事去你那个摊位站一站，帮你招呼招呼客。",
    "你那个快递站点我知道在哪，哪天我们的人就在分拣口等你。",
    "拖到月底的话，会不会有人去你家门口当面聊，我可就管不着了。",
    "我哋同事成日经过你间铺，得闲入去同你倾下。",
    # taking property by force
    "再不还，兄弟们直接去你店里把货搬走。",
    "你那台电动车停楼下是吧，人坐在上面也照样拉走。",
    # we have been round the neighbourhood
    "你们小区门卫、隔壁那家我们都打过招呼了。",
    # the exact spot on file, used as pressure
    "你住的几号楼几单元我们系统里都记着，到时候别说没提醒你。",
    # 「可不会让事情拖到…那一步」 is not a denial
    "换我是你，可不会让事情拖到我们的人去你单位门口等你的那一步。",
]
THREAT3_NEG = [
    "我们不会去你单位找你，也不会去你家。",
    "再拖的话我们会发函到你们学校，请辅导员通知你回电。",  # contact-shaming, not threat
    "你姐姐那边我们也会打个电话过去问问。",  # contact-shaming, not threat
    "不还的话法院会派人上门贴封条。",  # false-legal-claim, not threat
    "这事已经报到派出所了，人家随时会找你问话，你自己掂量。",  # false-legal-claim, not threat
    "今天下午五点前在App上还清2,000元，还不上后果自负。",  # a bare tail after a payment instruction
    "车贷逾期的话，银行会按合同约定依法申请收回车辆，我们不会自己把车拖走。",
    "您登记的地址是3号楼2单元，系统里写着，账单会寄到这里，对吗？",
    "楼下物业那边我们没联系过，您放心。",
]
INSULT3_POS = [
    # borrow-time vs repay-time
    "拿钱的时候嘴甜得很，轮到还就玩失踪。",
    "刷卡时爽快得很，一到还款就哭穷。",
    # accused of faking, with a judgement around it
    "你们这帮人个个都会装穷。",
    "住着大房子还装可怜，我看就是不想还。",
    # compared to a low creature or type
    "催了八回你还跟泥鳅似的到处躲。",
    "别跟个滚刀肉一样油盐不进。",
    "你跑得比兔子还快，电话一响就挂。",
    # group generalisation / type with trait / headless 的
    "你们这些小年轻一个个都是巨婴。",
    "像你这种光说不做、一拖再拖的，我们见多了。",
    "也就你这种过一天算一天的人才会不当回事。",
    # mocking poverty, brains, pretensions
    "几百块都拖，穷到这个地步了？",
    "你脑子里装的是啥啊，借那么多去打游戏。",
    "一个小网红还讲什么面子。",
    "你说你也是，欠着钱还天天旅游，脑子咋想的？",
    # doubting hardship, lumping
    "真难假难的谁知道，一说困难就没钱的我一个月能接几十个。",
    # your words are worthless, character judgement, predicate 骗子
    "你说的话跟放屁一样。",
    "你这副德行，难怪混成这样。",
    "养出这么个不争气的东西，您脸上也没光吧。",
    "说白了就是个赖账的骗子，您还替他说话。",
]
INSULT3_NEG = [
    "白天打你你不接，晚上总算通了，咱们说正事。",
    "你要是再装傻，我们只能按流程走。",  # conditional, the act, not name-calling
    "您这种情况我们见过不少，可以申请分期。",
    "您这种借了钱暂时联系不上的情况，按规定会转人工核实。",
    "凡是让您往个人卡转钱的都是骗子，千万别转。",
    "您说的话我都记下了，会如实反馈。",
    "她家里人脸上也挂不住，所以还是请他本人处理。",
    "借的时候说好分十二期，还的时候也按这个来。",
    "真有困难的话我们能申请延期，您看需要吗？",
]


@pytest.mark.parametrize("line", THREAT3_POS)
def test_threat_round3_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT3_NEG)
def test_threat_round3_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT3_POS)
def test_insult_round3_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT3_NEG)
def test_insult_round3_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


# --- round 4 (writers m-p's misses, each with further invented phrasings of the same family) -------
THREAT4_POS = [
    # darkness on the debtor's way + "be careful"
    "你上班那条巷子晚上没什么人吧，一个人走可要留点神。",
    "你们村口那段路没路灯，骑车回去悠着点。",
    # harm or "watch your step" + "don't say you weren't warned"
    "哪天磕了碰了，可别怪我没提前告诉你。",
    "晚上下班路上多看着点，别到时候说没人提醒过你。",
    # our people keep watch near the debtor
    "我们两个同事这几天一直在你店门口附近转，你几点开门都记着呢。",
    "盯着你每天几点收摊，我们有的是耐心。",
    # people at the door
    "过两天你开门就能看到楼下多了几个生面孔。",
    "好几个兄弟站在你店门口等着，你自己看着办。",
    # a meeting named at the debtor's place; a dated visit to the door
    "周六咱们你单位楼下见。",
    "您别这个态度，我们周五下午准时到您家门口。",
    # false concern for property
    "你那辆电动车停小区门口的吧，车座最近还好吧？",
    "你店那块招牌挺新的，晚上还安全吧？",
    # days will not stay peaceful; "not that we couldn't find out"; we know where
    "钱不到位的话，你家里以后别想太平。",
    "你闺女在哪个学校我们也不是打听不到。",
    "你铺子开在菜市场哪个口我们都知道。",
    # dialect spelt in Mandarin before matching
    "佢间铺喺边我哋清清楚楚。",
    "额们的人明天就去你那修车铺门口蹲着。",
    "道上的朋友我也认识几个，你自己掂量。",
]
THREAT4_NEG = [
    "您回家路上慢点，天黑了注意安全，谢谢您今天配合。",
    "晚上没什么人的时候，您也可以在App上自助还款。",
    "我们不会天天去你楼下守着，您放心。",
    "我们营业厅门口见也行，您带上身份证。",
    "您车最近还好吧？上次您说跑车辛苦。",
    "您家住址我们这边清楚，账单会按这个地址寄。",
    "您家里的困难我们都知道，所以才给您申请分期。",
    "逾期会如实上报征信，到时候别说没人提醒你。",  # credit pressure, not harm
    "明天执行的人会去你单位贴封条，别说我没提醒你。",  # false-legal-claim, not threat
    "您小心一点是对的，外面冒充的多，可以打官方客服核实我工号。",
    "两万三你跑不了的，早晚得还。",  # the debt is what cannot be escaped
    "'找人收拾你'这种话术都是违规的，我们绝对不会说。",  # a mention of the wording
    "车开到半道上抛锚了是吧，那确实倒霉，我们可以申请延期。",
    "我一天给你打三十个，你别想消停。",  # relentless calling: harassment, not threat
    "真要长期联系不上，按规定可能会有人上门核实，会提前通知，不会堵您。",
]
INSULT4_POS = [
    "你这个人怎么这么下作，借钱的时候说得好好的。",
    "你这人真够缺德的，拖了半年一声不吭。",
    "你算个什么玩意儿，也敢跟我讲条件。",
    "四十来岁的人了，一个月连五百都还不上，丢人不丢人？",
    "您一个当老板的，连两千块的账都理不清？",
    "你就不怕你那些学生知道了笑话你？",
    "这点小钱都拖着，说出来真让人笑掉大牙。",
    "怪不得日子过成这个样子。",
    "你脑袋里灌的都是水吧，合同都不看。",
    "您这智商真是让人着急。",
    "撒谎眼都不眨，脸也不红。",
    "你这人跟个闷葫芦似的，问三句答不出一句。",
    "你属乌龟的吧，一催就缩回去。",
    "编故事糊弄人的老赖我们见多了，你别来这一套。",
    "你这种人就是 pian zi 一个。",
    "你嘅脑壳装的都是浆糊咩？",
]
INSULT4_NEG = [
    "您这个人真是太实在了，还主动打回来。",
    "您不用觉得丢人，生病谁也没办法。",
    "三十多岁连工作都丢了，确实不容易，我们一起想办法。",
    "您一个人带两个孩子，连房租都快交不上，我理解。",
    "您担心被亲戚笑话，我们不会联系他们的。",
    "连这点手续费都不用交，您直接在App上操作就行。",
    "外面冒充我们的骗子我们见多了，您只认官方App。",
    "您别这么说自己没出息，谁都有难的时候。",
    "我们不会说您是 laolai，您放心。",
    "谁要是让您先交什么加急费，那就是骗子。",
    "一千？打发要饭的呢，这个数不够一期的。",  # about the offer, not the person
    "你通讯录我们都有，挨个打一遍，看你丢不丢人。",  # contact-shaming pressure
]


@pytest.mark.parametrize("line", THREAT4_POS)
def test_threat_round4_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT4_NEG)
def test_threat_round4_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT4_POS)
def test_insult_round4_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT4_NEG)
def test_insult_round4_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


# --- round 5: routine recited, someone waiting, "some day", dares, harm unnoticed, passed by,
#     "pay and we won't come"; labels, mocking hardship, sarcasm, role shame -----------------------
THREAT5_POS = [
    # routine recited / tracked
    "您每周三晚上九点从健身房出来，走的后门，是吧？",
    "你闺女天天下午四点半在幼儿园门口等你接 我们同事都瞧见了",
    "你那电动车的定位我们随时看得到，别以为换个地方停就没事。",
    "我们的人一直跟着你呢，你心里有数就行。",
    # someone waiting / intercepting
    "哪天你下班到小区门口，有几个人在那候着你，可别慌。",
    "你那货车哪天在高速口被我们兄弟拦下来，也怨不得谁。",
    # some day + not warned
    "说不定哪天我们的人就到你摊子上坐坐，到时候别说我没事先打招呼。",
    "迟早有你好看的那天，别怪我们没提醒过你。",
    # dares / body left open
    "有种你以后都别下楼。",
    "这钱再不还，你那条腿保不保得住我可不敢打包票。",
    "车我们收了，人就不见得还好好的了。",
    # harm unnoticed
    "您那房子在村头最边上，晚上摔一跤都没人晓得。",
    "一个人住顶楼，哪天出个意外谁都不知道。",
    # where known / passed by
    "你那车平时停在哪儿，我们早就一清二楚。",
    "你家那个修车铺我们兄弟都转过好几趟了，门口那棵树挺显眼。",
    # pay and we won't come
    "今天钱到账，我们也就不用跑去你单位找你了。",
    "把这期还上，我们就不上你家打扰你老人家了。",
    # dialect / speech-to-text / consequences unsaid
    "你老汉儿天天早上六点去公园打太极 我们晓得得很",
    "你那辆车开到哪我们都盯着的",
    "哪个晚上你回屋头 楼下有人等到你 莫怪我没提前讲",
    "出啥子事都莫得人晓得哦",
    "你那个档口我们同事去过好几回了 招牌是红的嘛",
    "明天不到账，后果你自己心里有数。",
]
THREAT5_NEG = [
    "您每天早上八点到九点之间方便接电话是吧？我们就在这个时间联系您。",
    "按合同约定，车上装的GPS定位我们只在逾期处置时依法使用。",
    "营业厅有工作人员等着您，您过去直接办理就行。",
    "下个月征信就上报了，到时候别说我没提醒您。",
    "您一个人住，出点啥事没人知道，建议在社区留个紧急联系人。",
    "手机丢了跟欠款还在不在是两回事，这期还是要还。",
    "我们不会去您单位找您，您放心。",
    "这种人你们得小心点，哪天他把店里的钱也卷走了。",
    "你朋友的店我们查得到，到时候直接打电话过去问问他认不认识你。",
    "等上了失信名单，你就知道厉害了，高铁都坐不了。",
    "今天之内在App还清2,380元，你自己看着办。",
    "你爸那边我回头亲自去跟他聊聊，看他怎么说。",
    "要是有人冒充我们说在门口等着您，您直接报警。",
    "有人在楼下等着您？那不是我们的人，您可以报警。",
    "您一个人在家，万一出啥事没人知道，最好让子女常打电话。",
    "您每天几点方便接电话？我们避开您休息时间。",
    "您知道逾期的后果吗？会影响征信。",
]
INSULT5_POS = [
    # labels
    "你这种人就是个甩不掉的累赘，谁摊上谁倒霉。",
    "让你们村都知道你是个骗钱的。",
    "你老公就是个填不满的坑，您还护着他？",
    "这个赖账的主儿，我们早就看透了。",
    "老东西，还想拖到什么时候？",
    # mocking hardship
    "别拿你妈住院当幌子，这招我听腻了。",
    "装啥可怜，钱都花哪去了自己清楚。",
    "瞎了眼睛嘴又没瞎，说句准话能死？",
    "耳朵不好使，借钱的时候倒挺机灵。",
    "你们这帮病号一个比一个能装。",
    # sarcasm
    "一千块拖三个月，也真是够小气的。",
    "您这脑子可真够呛，合同都看不明白。",
    # role shame
    "一个当爸的，连孩子学费那点账都搞不明白。",
    "当爹的人了还到处乱借钱，不嫌臊得慌？",
    "活该你混成现在这个样子。",
    "你这样真给你爸妈丢脸。",
    "躲躲闪闪跟个小偷一样。",
    "你就是个白吃白喝的混子",
    "少拿你老伴儿走了当借口",
    "你这个人也是够赖皮的",
    "真给你们老王家丢脸",
    "你们这些老头老太太一个比一个会演",
]
INSULT5_NEG = [
    "利息越滚越多就是个无底洞，所以我建议先把本金还上。",
    "外面那些冒充我们的都是骗钱的，您千万别转账。",
    "您别这么说自己老糊涂，年纪大了记不清很正常。",
    "您腿脚不方便我理解，我们可以帮您在手机上操作。",
    "当妈的人了还要照顾老人孩子，确实不容易。",
    "还了这期就不会给您家里丢人，您放心。",
    "您别拿自己跟别人比，每个人情况不一样。",
    "问问他们认不认识你这种人，看看谁能帮你担保。",
    "您可别说自己是老赖，这跟老赖是两码事。",
    "这笔欠款就是个窟窿，越拖越大。",
    "当妈的人了还一个人扛这么多，真不容易。",
    "您老伴儿刚走，我们理解，节哀。",
]


@pytest.mark.parametrize("line", THREAT5_POS)
def test_threat_round5_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT5_NEG)
def test_threat_round5_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT5_POS)
def test_insult_round5_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT5_NEG)
def test_insult_round5_negative(scorer, line):
    assert "insult" not in rules(scorer, line, debtor="我就是个老赖，老糊涂了。")


# --- round 6 (u-x dev) ---------------------------------------------------------------------------
THREAT6_POS = [
    # harsher people / manners next time
    "你再拖，我们外访组的人可没我这么好说话，到时候你厂门口见。",
    "月底见不到钱，下回就不是发短信这么温和了。",
    "下礼拜还不还？不还的话就不是我一个人过去找你喽。",
    "下次来的就不止我一个人了。",
    "你幺儿放学路上也不太平哦。",
    "你那条小路黑黢黢的 万一哪天出个意外 谁晓得嘛",
    # business disrupted by our people
    "我们派两个兄弟到你铺子门口蹲一下午，看你还开不开店。",
    "兄弟们去你摊子前面站一站，你这买卖还做得下去？",
    # dark way + harm left open
    "你收工那段路没有路灯，哪天摔一跤，谁说得准。",
    "保不齐哪天出点啥子事，那可说不定哦。",
    # a relative's way home, "not safe"
    "钱不还嘛，你闺女下晚自习回家路上也不安生。",
    "欠着不还，你屋头娃儿上学路上可难说得很。",
    # our side has located the place
    "我们外勤已经把你老丈人住的那栋楼都打听清楚了。",
    "外访的同事认得你那间门面，就在夜市最里头。",
    # the exact spot, easy to find
    "您那台面包车天天停在小区北门垃圾站旁边，挺好认的。",
    # routine recited back
    "你每天早上七点从出租屋出门去工地，路线我们都有。",
    "菜市场那个档口，下午三点你收摊，没错吧？",
    # our people pass by the named place
    "你在夜市口卖烧烤那个位置，我们的人前几天都路过了。",
    # going too far does you no good
    "事情真要闹大了，对你可没好处，你想清楚。",
    # catch-up / follow: wherever the debtor moves
    "你换到哪个城市打工，我们都追得上。",
    # a hospital visit as pressure, and a talk "properly"
    "再不还，我们就去你妈住的病房看一下她。",
    "哪天在你公司楼下见到你，我们得好好聊一下。",
]
THREAT6_NEG = [
    # harassment / timing, not a hunt
    "您白天都在上班，所以我们只有晚上才能联系上您。",
    # credit talk about a relative's business
    "逾期上了征信，你爱人那个小店以后申请经营贷可能会受影响。",
    # photos sent to a group: contact-shaming, not a visit
    "不还我们就把你照片发到你们小区业主群里，让邻居都看看。",
    # relentless calling, not harm
    "你拉黑一个我就换个号码打，这事你别想消停。",
    # absent debtor, told to a relative
    "麻烦您转告他，他那笔钱再不处理，后果自负。",
    # accurate process / statements
    "您每天几点方便接电话？比如晚上七点以后，对吧？",
    "我们不会派人去您店里，也不会去您家，您放心。",
    "路上黑，您回家路上注意安全，有困难随时联系我们。",
    "我们营业厅上午九点开门，您到网点办理就行，对吧？",
    # police / court (false-legal-claim, not threat)
    "法院执行的人可没我这么客气，到时候会依法处理。",
    # an accurate next step, not escalation of harm
    "逾期会如实上报征信，下次就不是短信提醒这么简单了，会有电话回访。",
    # sympathy about a business
    "理解您，店里生意不好，这买卖还做不做得下去确实难说，我们一起想个分期方案。",
]
INSULT6_POS = [
    "你这号欠了钱就玩失踪的混子，我见一个烦一个。",
    "您这样拖着不还的，才叫真正的老赖。",
    "你才是骗子，借了钱不认。",
    "四十岁的人了，欠这点钱都不还，你还算不算个爷们？",
    "穷成这样了还讲究，要这个那个。",
    "一个欠钱不还的倒挺会讲道理。",
    "欠钱不还的跟我谈尊严？",
    "你也配？",
    "你是不长眼还是怎么的，短信发了十几条。",
    "一说还钱就装起傻来了。",
    "你这脑子也太笨了，这都看不懂。",
    "吃喝玩乐那么舍得，轮到还钱就哭穷。",
]
INSULT6_NEG = [
    "有人冒充我们，您这种情况遇到的多半是骗子，别转账。",
    "您别说自己是老赖，谁都有难处。",
    "我们不会说您是混子，您愿意沟通就很好。",
    "您脑子这么灵光，这个方案一看就懂。",
    "这事要是传到村里，您脸上也挂不住吧，所以咱们早点处理。",
    "您不是骗子，我知道您是想还的。",
]


@pytest.mark.parametrize("line", THREAT6_POS)
def test_threat_round6_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT6_NEG)
def test_threat_round6_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT6_POS)
def test_insult_round6_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT6_NEG)
def test_insult_round6_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


# --- round 7 -----------------------------------------------------------------------------------
THREAT7_POS = [
    # knowing the place or routine inside out, incl. double negation
    "你每天几点收摊我们心里门儿清，别再拖了。",
    "你住的那个老院子 我们 也不是不认路",
    "您天天在哪个路口拉活，我们的人一清二楚。",
    # some day, "don't say I didn't give you a word"
    "你再犟下去，万一哪天出门磕着碰着，莫说我没打声招呼。",
    "保不齐哪天就出点啥事儿，到时候别怪我没言语一声。",
    # a dark way named, then watch yourself
    "你回家那条巷子没灯，自己当心着点。",
    "夜里 收工 那条小路 偏 您 多长个心眼",
    # our people sat watching near the place
    "兄弟们在你厂门口蹲了一早上，你挺能躲啊。",
    "有人在您家楼下站了半宿，您没看见吗？",
    # people waiting at the door
    "再不还，你单位门口就有几个人候着。",
    "您店门口明天自然有人守着。",
    # stopping the vehicle on the road
    "拖到月底，我们在路口把你的车截住。",
    "别逼我们当街把你拦下来。",
    # turning up where the absent debtor is, to find him
    "让他小心点，他打工那个车间我们随时能过去堵他。",
    # a chance meeting that "won't look good"
    "哪天在你店门口遇上了，场面可就难看了。",
]
THREAT7_NEG = [
    # telling others at a place: contact-shaming
    "不还的话我们就去他公司找他们老板谈谈。",
    "再拖，我们去你单位门口挂条横幅，让全单位都看看。",
    "你闺女学校那边我们也会去反映反映。",
    # official-sounding pressure: impersonation, not threat
    "我这是代表上级部门通知你，你看着办。",
    # goodwill and process
    "晚上下班那段路黑，开车慢点，注意安全，再见。",
    "我们也不是不知道您的难处，先还一部分也行。",
    "您家地址我们一清二楚，账单会寄过去，请核对。",
    "我们不会在您家楼下等您，您放心。",
]
INSULT7_POS = [
    "三十岁的人了借钱不还还躲着，你还有脸问？",
    "借的时候挺痛快，现在躲着不接，您倒好意思的呀！",
    "大学都白上了，这点利息都算不明白。",
    "硕士毕业的人，连三千块都还不上，书念狗肚子里了？",
    "亏你还是个读书人，欠钱装不知道。",
    "跟你家那位说，别再当怂包了，出来面对。",
    "躲着不接电话，就是个胆小鬼。",
]
INSULT7_NEG = [
    "您不是胆小鬼，我知道您是想处理的。",
    "真不好意思，打扰您了。",
    "您别说自己是窝囊废，谁都有难处。",
    "您是大学生，这个分期方案一看就明白。",
    "没关系，谁都有难的时候，您别不好意思。",
]


@pytest.mark.parametrize("line", THREAT7_POS)
def test_threat_round7_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT7_NEG)
def test_threat_round7_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT7_POS)
def test_insult_round7_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT7_NEG)
def test_insult_round7_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


# --- round 8: buddies who know the way, sarcastic visits, standing at the stall, "see what it looks like",
# a dare to keep stalling, people posted nearby, "been round to look", the school run, "don't walk alone" ----
THREAT8_POS = [
    "哥几个认得你那个出租屋的路，改天过去给你捧个场。",
    "你天天晚上在夜市摆摊，我们兄弟熟门熟路的。",
    "再不给个准话，就过去你店门口站一站，让路过的人都瞧瞧。",
    "那你就赖着试试，看看哪天你回到家，门口会是什么样子。",
    "我们在你厂子附近安排了人，哪天下班撞见也别奇怪。",
    "哪天在菜场跟我们同事打个照面，也不稀奇。",
    "你租的那间房，我们的人上礼拜刚去看了一圈。",
    "你老婆每天去的那家超市门口人多眼杂，别让她撞见不该看的。",
    "你儿子天天被送到育英小学，几点进校门我们都有数。",
    "你夜班出来 最好别一个人走",
    "弟兄们早认得你家的路了，周末过去给你送个惊喜。",
    "你每天下午在物流园装车，哥们儿熟门熟路。",
    "月底前没信儿，我们就过去你铺子门口站一整天。",
    "你尽管拖下去试试，瞧瞧哪天你到家，楼下会是个啥样子。",
    "您就接着躲着试试看。",
    "我们在你公司楼下早就安排了人，哪天碰个面别意外。",
    "你那个城中村，二楼靠左那间，兄弟们前两天刚去瞅过。",
    "你闺女天天到附属小学上学，可别让她瞧见不该看的。",
    "你下了夜班，最好莫一个人回家。",
]
THREAT8_NEG = [
    "您换了号码我们也查得到，会按规定时间联系您。",
    "今天必须给个答复，不然这事没完，逾期记录会一直在。",
    "你征信要是花了，考公政审都过不了，你自己掂量掂量。",
    "晚上下班最好别一个人走夜路，注意安全，祝您早日康复。",
    "我们在您小区附近有营业网点，方便的话可以过去办理。",
    "您说有人去您店门口站了一天？那不是我们的人，您可以直接报警。",
    "我们知道您家的路不好走，快递可能会晚。",
    "有困难很正常，遇到了也不奇怪，我们一起想办法。",
    "我们网点同事昨天刚去看过系统，您的款项已到账。",
    "老人家晚上最好别一个人出门，路滑，注意安全。",
    "您换了号码也没关系，我们会按约定时间打给您。",
    "您别意外，我们碰个面是为了核实身份。",
]
INSULT8_POS = [
    "就你这路社会渣滓，还跟我谈尊严？",
    "你个瓜兮兮的 钱都不晓得还",
    "你这个憨货，说了八遍还听不明白。",
    "哈麻批，赶紧还钱。",
    "三十好几的人了，一千块都拿不出来，说出去都丢人。",
    "四十多岁的人了，还靠丈母娘接济过日子。",
    "一把年纪了还这么不靠谱。",
    "说白了你就是在家混日子。",
    "我真替你爸妈寒心。",
    "你个憨憨 欠钱还有理了",
    "你这个老东西，活这么大岁数还赖账。",
    "五十多岁的人了，八千块都还不起，说出去也丢人。",
    "二十好几的人了，还伸手问爹妈要钱。",
    "我都替你老婆孩子臊得慌。",
    "就你这种社会败类，还好意思讲条件。",
]
INSULT8_NEG = [
    "您欠的滞纳金二百五，本金三千。",
    "这二百五的手续费可以给您减免。",
    "工号SB2231为您服务，请问是李强本人吗？",
    "三十好几的人了，上有老下有小，压力大我理解。",
    "您这么大岁数了还这么操心孩子，真不容易。",
    "要是说出去丢人，咱就私下把它处理掉。",
    "您这个人憨厚，我们也不想为难您。",
    "您不是渣渣，谁都会遇到难处。",
    "您这么大岁数了还在打工，真不容易。",
    "您这二百五十块的服务费是合同里的。",
    "年轻人遇到点坎很正常，您别说自己是废物。",
]


@pytest.mark.parametrize("line", THREAT8_POS)
def test_threat_round8_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT8_NEG)
def test_threat_round8_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT8_POS)
def test_insult_round8_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT8_NEG)
def test_insult_round8_negative(scorer, line):
    assert "insult" not in rules(scorer, line)


# --- round 9: the act (our people x wait / sit / stand x the debtor's place), not the words -------
THREAT9_POS = [
    # our side moves to the place and waits for the person
    "你再躲，我们的人就去你上班的车间门口等你。",
    "兄弟们下礼拜就到你那个出租屋楼下蹲着，天天守着你。",
    "我们外勤的同事 过两天就到你屋头楼下坐着 天天候着你",
    # presence at the place: sitting, standing, queuing
    "不处理的话，外访的同事就到你店门口坐着，一坐一下午。",
    "我就在你们小区门口站着，又不犯法，你总得出门吧。",
    "我们外勤的同事天天在你楼道口守着。",
    # our people near, regularly at, or able to reach the place
    "我们有人就住你隔壁那条街，离你那儿就几步路。",
    "你家楼下那个早餐店，我们外勤常去那儿吃早饭。",
    "你那个铺子 我们的人随时都到得了",
    "我们同事路过你那个档口不止一次了。",
    # actor-first knowledge of the routine; "look behind you"
    "我们的人对你几点上班、几点回家都一清二楚。",
    "我们的人 对你每天几点出门 几点回家 都门儿清 出门多看看身后",
    "你每天下班都走那条小路回家，路上多看看身后。",
    "这几天出门注意点身后有没有人。",
    # consequences left open
    "下回你就知道了。",
    "行，你不还，那就等着看过两天会出什么事。",
    # the visit made conditional on payment
    "要是不想我们的人上门，今天就把钱还了。",
    "今天把钱还清，上门的安排就可以取消。",
    # no peace at the place
    "你不还钱，你那个店也别想安生。",
    "你别再拖了，你那个小区的楼也休想清净。",
]
THREAT9_NEG = [
    "我打过来就是想看看您那边是什么情况。",  # a phone call, not a visit
    "您可以来我们营业厅，柜台的同事会在那儿等您办理。",
    "我们在线上等您的回复，您考虑好了回个电话。",
    "到时候您就知道分期方案批没批了，短信会通知。",
    "今天把钱转到App里，我等你消息。",
    "您放心，我们不会去您家楼下等您，也不会上门。",
    "我们同事去过您那个小区不止一次，都是送材料，跟您没关系。",
    "开车回家路上注意安全，看看后视镜和身后的车。",
    "您每天下班骑车回家，路上注意安全，辛苦了。",
    "您说有人在您店门口守着？那不是我们的人，您可以报警。",
    "我们的外访同事按规定可能会上门核实地址，会提前通知您。",
    "我们离您那儿不远，您可以直接来网点办理。",
    "我今天就盯上你了，打到你接为止。",  # relentless calling: harassment
    "你那几个同事，我们挨个去说道说道你欠钱的事。",  # telling others: contact-shaming
]
# (debtor line, collector line): 「您可以报警」 said back to a debtor who threatens to call the police
THREAT9_CTX_POS = [
    ("你们敢来，我就报警。", "您可以报警。另外我们的人对您几点出门、几点回家都很清楚，出门自己多留个心眼。"),
    ("你吓唬谁呢。", "不是吓唬你，到时候你就晓得了。"),
]
INSULT9_POS = [
    "五十好几的人了，你这张老脸还往哪放？",
    "欠了三个月一分不还，还一点都不脸红。",
    "规定记得倒清楚，欠钱倒是一点都不害臊。",
    "拖账都能拖出一套说法来，您可真是个人才。",
    "一把年纪了还神神叨叨的，难怪日子过成这样。",
    "一个大男人，房租都交不起，混得可真够惨的。",
    "你个四十好几的人了 房租都交不起 混得也太惨了",
    "刚毕业就分期买名牌包，装什么有钱人？",
    "这么爱攀比的小年轻我们见多了。",
    "连个短信都看不明白，脑子是不是让门夹了？",
    "记个日子都记不清楚，你还能干点啥。",
    "借了钱让老人替你还，你说你是不是白眼狼？",
    "一万块拖半年不还，不是老赖是什么？",
    "十几岁的黄毛丫头，借钱倒是挺在行。",
    "你这种屡催不还的人，就是社会的毒瘤。",
    "摊上这号人当女婿，您家也是倒了八辈子霉。",
]
INSULT9_NEG = [
    "您千万别觉得自己是白眼狼，孩子生病谁都没办法。",
    "那个短信就是骗子发的，您别点链接。",
    "您孩子真是个人才，考上了重点大学。",
    "工资拖着不发确实让人着急，我们一起想办法。",
    "少跟我哭穷，今天能还多少？",  # telling the debtor to stop, labelled no insult
    "我算个账都算不明白了，稍等我核一下。",
    "您别急，一把年纪了还要操心孩子的账，真不容易。",
    "您说我们是骗子？我们是正规机构，可以在官网核实。",
    "要是让工友都知道了，看你脸往哪搁。",  # exposure as pressure: contact-shaming
    "装啥糊涂，那三千块再不还就上报了。",
]


@pytest.mark.parametrize("line", THREAT9_POS)
def test_threat_round9_positive(scorer, line):
    assert "threat" in rules(scorer, line)


@pytest.mark.parametrize("line", THREAT9_NEG)
def test_threat_round9_negative(scorer, line):
    assert "threat" not in rules(scorer, line)


@pytest.mark.parametrize("debtor,line", THREAT9_CTX_POS)
def test_threat_round9_context(scorer, debtor, line):
    assert "threat" in rules(scorer, line, debtor)


@pytest.mark.parametrize("line", INSULT9_POS)
def test_insult_round9_positive(scorer, line):
    assert "insult" in rules(scorer, line)


@pytest.mark.parametrize("line", INSULT9_NEG)
def test_insult_round9_negative(scorer, line):
    assert "insult" not in rules(scorer, line)
