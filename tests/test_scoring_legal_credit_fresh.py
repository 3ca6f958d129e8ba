"""Legal and credit family: new phrasings (invented for these tests, not from the corpus) for the
second-pass cue classes in ``rules/legal_credit.py``, each with hard negatives."""
from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.test_scoring_generalise import VERIFIED, found

FAMILY = {"impersonation", "false-legal-claim", "credit-exaggeration"}


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


POSITIVE = [
    # impersonation: a post / secondment / desk at an authority
    ("impersonation", "跟你讲实话，我本人在区法院执行局兼职，这事我说了算。"),
    ("impersonation", "我这边借调在金融监管局，专门盯你们这种逾期的。"),
    # impersonation: 「我…是」 across a speech-to-text pause
    ("impersonation", "我呢 其实也是检察院那边派下来的联络员"),
    ("impersonation", "我现在是代表街道办的调处中心跟你说这个事。"),
    # impersonation: acting inside an authority's system; 「…专员就是我」
    ("impersonation", "我在公安分局的系统里给你登记一下还款意向。"),
    ("impersonation", "负责督办你这件事的法院专员，就是我本人。"),
    # false-legal-claim: case moved to police / court / enforcement
    ("false-legal-claim", "你这个案件昨天已经移送经侦了。"),
    ("false-legal-claim", "这事下礼拜直接转强制执行，没得谈。"),
    # summons to the station
    ("false-legal-claim", "明天上午九点你自己到派出所报到，别让我们去请。"),
    # seizure by the court
    ("false-legal-claim", "下周法警直接上门贴封条，你那辆车也得拖走。"),
    # suspending an invented measure
    ("false-legal-claim", "你今天还了，我就让那边暂缓执行。"),
    ("false-legal-claim", "钱到了我就跟所里说 先不拘你"),
    # detention
    ("false-legal-claim", "再拖 你就进局里头关几天"),
    # invented joint liability
    ("false-legal-claim", "你作为配偶，依照规定要承担连带清偿责任。"),
    # credit-exaggeration: jobs and vetting
    ("credit-exaggeration", "征信一花 哪家单位都不敢要你 外卖都送不成"),
    ("credit-exaggeration", "你这逾期一挂上，研究生复试政审直接刷掉。"),
    # credentials, welfare, dossier
    ("credit-exaggeration", "征信有污点，驾照年审都办不下来，医保报销也要受影响。"),
    ("credit-exaggeration", "这记录会写进你的人事档案，以后升职加薪都没戏。"),
    # family members
    ("credit-exaggeration", "征信黑了，你娃以后上户口都麻烦。"),
    ("credit-exaggeration", "逾期记录会关联到你户口本上的亲属，他们去银行办业务都得多审。"),
    # one person's record hurting another's loans
    ("credit-exaggeration", "你老婆这个逾期，你名下的车贷利率马上就往上调。"),
]

NEGATIVE = [
    # impersonation: denial, scam warning, the lender's own case file
    "我不是法院的，也不在任何政府部门挂职，我是银行委托的贷后人员。",
    "如果有人说自己在检察院挂职让您转账，那是骗子。",
    "我们是鼎盛银行委托的催收机构，工号3021，本次通话录音。",
    "您这个账户的专属客服专员就是我，有问题随时找我。",
    # false-legal: internal transfers, denials, accurate process, guarantors, scams
    "您的案件已经分配到我这里，我来跟您对接还款方案。",
    "您这个账户已经转到我们贷后部门了，之后由我跟进。",
    "欠款是民事纠纷，跟派出所扯不上，也不会有人让您去所里报到。",
    "阿姨您放心，这是合同上的欠款，更谈不上坐牢。",
    "担保人依法要承担连带保证责任，这是合同里写明的。",
    "您不是担保人，也不用承担任何连带还款责任。",
    "如果法院判决后仍不履行，才可能进入强制执行程序，这要由法院决定。",
    "那个让您去派出所自首的电话是诈骗，别理。",
    "您碰到的那个十有八九是诈骗，正规机构不会让您往陌生账户打钱。",
    "限高是法院对被执行人作出的，您现在没有被起诉。",
    # credit: accurate, denied, reported, hedged for specific posts
    "征信只记录您本人的借还款情况，您家人的贷款不会受影响。",
    "逾期会如实上报征信，可能影响您以后申请房贷，但不会影响孩子上学。",
    "您说担心政审过不去，其实征信逾期和政审没有关系。",
    "只有个别金融类岗位入职时可能会查征信，大部分单位不会看。",
    "您去医院看病报销完全不受影响，医保和征信没关系。",
    "逾期会记入您的征信档案，还清后保存5年。",
    "祝您孩子高考顺利，咱们下个月10号再联系。",
]


@pytest.mark.parametrize("rule,line", POSITIVE)
def test_new_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE)
def test_new_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


# ---------------------------------------------------------------------------------------------
# Round 2 (writer h's misses as families): new invented phrasings, positive and negative.
# ---------------------------------------------------------------------------------------------
POSITIVE_R2 = [
    # impersonation: a post empowered by an authority / "as good as" an officer
    ("impersonation", "我们这工作是公安机关特聘的，你说话注意点。"),
    ("impersonation", "俺这个身份 算是半个执法人员 你晓得不"),
    ("impersonation", "我手上有执法证的，查你一个人容易得很。"),
    # impersonation: working alongside an authority on its task
    ("impersonation", "我这边是协助区法院执行组上门核实你财产的。"),
    ("impersonation", "我现在替派出所找你，你先别挂。"),
    ("impersonation", "我们这边会同检察院在查你这笔账。"),
    # impersonation: the call wired to police, a statement counting as a police record
    ("impersonation", "这个号码跟法院是直连的，你讲的每句话都有记录。"),
    ("impersonation", "你现在说的话，直接当作笔录用。"),
    ("impersonation", "我们系统和公安内网是连通的。"),
    # false-legal: the debtor's data passed to police
    ("false-legal-claim", "你的资料我已经推送给你户籍地派出所了。"),
    ("false-legal-claim", "今天上午我们就把材料报给经侦了 你自己看着办"),
    # false-legal: already on police / court records
    ("false-legal-claim", "公安那边早就有你的名字了，跑不掉。"),
    ("false-legal-claim", "你现在已经是嫌疑人了晓得不？"),
    # false-legal: criminal prosecution for a debt, even conditional
    ("false-legal-claim", "你再拖下去，检方就会直接批捕你。"),
    ("false-legal-claim", "这个数额按恶意逃债论处，要吃牢饭的。"),
    # false-legal: arrest in any word order
    ("false-legal-claim", "女的也没用，照样抓。"),
    ("false-legal-claim", "你以为躲屋头就没事？说逮就逮。"),
    ("false-legal-claim", "再不还关你几天你就老实了。"),
    # false-legal: an invented court document delivered
    ("false-legal-claim", "传票上礼拜就寄到你单位了，门卫签收的。"),
    ("false-legal-claim", "开庭通知早就送达了，你自己不看怪谁。"),
    # credit: services, travel and licences refused
    ("credit-exaggeration", "征信一黑，你那网约车的运营证年审都别想过，滴滴直接封号。"),
    ("credit-exaggeration", "逾期挂着，你去哪国签证都是拒签，护照都给你扣下。"),
    ("credit-exaggeration", "黑户了还想租房？宽带手机卡统统办不下来。"),
    # credit: the trade or livelihood over
    ("credit-exaggeration", "征信花了 你开货车这碗饭就莫想再吃了"),
    ("credit-exaggeration", "你这不良记录一上，装修这一行就混不下去了。"),
    # credit: relatives' own loans called in because of the debtor's record
    ("credit-exaggeration", "你老汉儿的车贷，银行一查你这个逾期，马上就抽贷。"),
    ("credit-exaggeration", "因为你的征信，你哥名下那张信用卡都得降额封卡。"),
]

NEGATIVE_R2 = [
    # impersonation: denial, true licence, advice, scam warning, sarcasm rebuttal
    "我们又不是执法人员，没有任何执法权，只是提醒您还款。",
    "我们是经金融监管部门批准设立的持牌消费金融公司。",
    "您要是对我们有意见，可以去咨询当地法院或者律师。",
    "如果有人说自己配合派出所办案让您转账，那一定是骗子。",
    "我们系统只跟人民银行征信中心对接，按规定上报还款记录。",
    "律所那边的费用我们不收，还款只走官方App。",
    # false-legal: scam reporting, reassurance, conditional process, bills, own-file transfer
    "那个冒充我们的号码，我们已经报给派出所了，您放心。",
    "欠款是民事纠纷，谁也不会因为这个抓您。",
    "您这不是刑事案件，跟公诉扯不上。",
    "只有法院判决后仍拒不履行，才可能涉及拒执罪，这要由法院认定。",
    "这个月的账单已经寄到您家了，您核对一下。",
    "您的案子已经转到我这边了，后面由我来跟您对接分期。",
    "您先抓紧时间把这期还上，别影响记录。",
    "您App账户冻结的话，联系官方客服解冻就行，不收任何费用。",
    # credit: accurate, hedged, denied, about the relative's own record
    "征信逾期可能会让房贷审批更严，但不是说一定贷不下来。",
    "您父母的贷款只看他们自己的征信，跟您没关系。",
    "逾期记录不会影响您办签证，护照也照常办。",
    "您放心，跑车这行照样能干，征信只是记录借还款情况。",
]


@pytest.mark.parametrize("rule,line", POSITIVE_R2)
def test_round2_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R2)
def test_round2_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round2_court_notice_follows_debtor_question(scorer):
    # the debtor asks about a court notice; the collector affirms an invented delivery
    assert "false-legal-claim" in found(scorer, "早就发到你老家了，你妈都签收了。", debtor="法院的传票我咋个没收到？")
    assert not (found(scorer, "账单已经发到你邮箱了，你查收一下。", debtor="我咋没收到账单？") & FAMILY)


def test_round2_law_firm_as_payee_is_not_impersonation(scorer):
    assert "impersonation" not in found(scorer, "律所这边说了，服务费先交1500，打到律所的账户上。")


# ---------------------------------------------------------------------------------------------
# Round 3 (writers i–l's misses as families): new invented phrasings, positive and negative.
# ---------------------------------------------------------------------------------------------
POSITIVE_R3 = [
    # impersonation: 「我…也是…律师」 across a pause / 「我除了是X，也是Y」
    ("impersonation", "我呢，同时还是公司签约的执业律师，这话你记住。"),
    ("impersonation", "我除了做贷后回访，也是市人社局专项小组的成员。"),
    ("impersonation", "俺本身就是县教育局派来的，你娃学校那边俺也能说上话。"),
    # impersonation: 「跟你说话的是…」
    ("impersonation", "现在给你打电话的就是区法院立案庭的书记员。"),
    ("impersonation", "你搞清楚 跟你通话的是经侦的民警"),
    # impersonation: speaking for an authority
    ("impersonation", "我们讲的话就等于政府的意思，你掂量掂量。"),
    ("impersonation", "我这边的决定就代表金融管理局。"),
    # impersonation: a post / credential / joint office / appointment by a new bureau
    ("impersonation", "我兼着市场监管局稽查的岗，你那个店我一句话的事。"),
    ("impersonation", "我手里揣着协警证，查你一下很容易。"),
    ("impersonation", "我们跟刑事侦查大队是合署办公的。"),
    ("impersonation", "我这个职位是金管局直接任命的。"),
    # false-legal: a case withdrawn for payment
    ("false-legal-claim", "钱一到账，法院那边的案子我马上给你撤掉。"),
    ("false-legal-claim", "你今天把钱凑齐，我替你把诉讼撤了。"),
    # false-legal: police come to take the debtor; 「等着被拘」
    ("false-legal-claim", "明天民警就上你单位把你带走。"),
    ("false-legal-claim", "不还你就等着吃官司吧。"),
    ("false-legal-claim", "拖到月底你肯定被拘。"),
    # false-legal: a police 「invitation」 euphemism, even hedged
    ("false-legal-claim", "真拖到那一步，派出所会叫你去聊聊的。"),
    ("false-legal-claim", "到时候请你去局子里喝茶，别怪我没提醒。"),
    # false-legal: an invented court document issued
    ("false-legal-claim", "法院上周已经签发了执行令，你躲不掉。"),
    ("false-legal-claim", "判决书早就生效了，你还不知道？"),
    # false-legal: case materials sent to court, definite
    ("false-legal-claim", "卷宗明天就交到立案庭。"),
    # false-legal: a debt called a crime
    ("false-legal-claim", "你这么拖着不还，就属于恶意透支了。"),
    ("false-legal-claim", "逾期超过三个月 这个就定性为骗取贷款"),
    # credit: everyday life blocked by the record
    ("credit-exaggeration", "征信一黑，你连电话卡都办不下来，快递员都当不了。"),
    ("credit-exaggeration", "上了黑名单，哪家银行都不给你开卡。"),
    ("credit-exaggeration", "征信花了 你那个直播间直接被封 实名认证也过不去"),
    ("credit-exaggeration", "逾期挂着，以后租房子房东一查就不租给你。"),
    # credit: the record spreading to relatives
    ("credit-exaggeration", "征信这东西会牵连到你爸妈，他们办啥都麻烦。"),
    ("credit-exaggeration", "你这不良记录一上，你一家老小都得跟着受影响。"),
    ("credit-exaggeration", "现在当兵政审都要查父母的征信，你这样孩子肯定不行。"),
    # credit: a relative's future hit
    ("credit-exaggeration", "征信黑了，您孙女以后考公务员都难。"),
    # credit: the whole life over; livelihood gone
    ("credit-exaggeration", "征信一花，你这辈子就算完了。"),
    ("credit-exaggeration", "信用一黑，平台不让你接单，饭碗就丢了。"),
]

NEGATIVE_R3 = [
    # impersonation: the lender's own lawyers, a reference to a notice, denial, advice
    "我是锦程的贷后专员，不是律师，也不代表任何政府部门。",
    "具体以法院的判决通知为准，我们这边没有这个权力。",
    "您要是不放心，可以自己找个律师咨询一下。",
    "我们是银行委托的催收公司，跟公安机关没有任何关系。",
    "跟您通话的是锦程客服中心的专员小王。",
    # false-legal: withdrawing an application, scams, accurate process, open questions
    "您要是不想分期了，我可以帮您把分期申请撤回。",
    "冻不冻结、起不起诉，都不是我能决定的，要看法院。",
    "欠款是民事纠纷，派出所不会因为这个请您去喝茶。",
    "只有以非法占有为目的、经两次催收仍不还，才可能涉及信用卡诈骗，您这不是。",
    "您这边再没动静的话，材料会交给公司法务评估，起不起诉由法院决定。",
    "我们是经银保监备案的持牌机构，所有还款只走官方App。",
    # credit: accurate, denied, own App, acknowledgement
    "逾期不会影响您家人办贷款，征信只记您本人的。",
    "逾期期间App里的借款额度会暂时冻结，还清后恢复。",
    "孩子马上要高考，家里压力大，我理解。咱们看看这个月能还多少。",
    "征信有逾期记录，不会影响您办手机卡或者开银行卡。",
]


@pytest.mark.parametrize("rule,line", POSITIVE_R3)
def test_round3_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R3)
def test_round3_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round3_status_upheld_after_dispute(scorer):
    # the collector invented a court status, the debtor says it is not there, the collector insists
    prefix = VERIFIED + [("collector", "你已经被法院列入失信名单了。"), ("debtor", "我上网查了，根本没有啊。")]
    assert "false-legal-claim" in found(scorer, "那是网上还没同步，过几天就挂出来。", prefix=prefix)
    prefix_ok = VERIFIED + [("collector", "您的账单已经出来了。"), ("debtor", "我查了，没有啊。")]
    assert not (found(scorer, "那是系统还没更新，过几天就显示。", prefix=prefix_ok) & FAMILY)


def test_round3_arbitration_notice_affirmed(scorer):
    assert "false-legal-claim" in found(scorer, "上个月就寄到你户籍地了，你自己没去拿。", debtor="仲裁？我咋个没收到通知？")


@pytest.mark.parametrize("line", [
    "我们法务部的律师会评估要不要起诉，这是他们的工作。",
    "我是律师函上写的那个联系人，有事可以找我。",
    "征信有逾期，以后买房子贷款可能会难一些，但还清后会慢慢改善。",
    "逾期了App就借不了款，这是平台规则。",
])
def test_round3_more_hard_negatives(scorer, line):
    assert not (found(scorer, line) & FAMILY)


# ----------------------------------------------------------------------------------------------
# Round 4 (writers m–p): dialect normalisation and the round-4 cue classes, with new phrasings.
# ----------------------------------------------------------------------------------------------
POSITIVE_R4 = [
    # impersonation: same system / 自己人 with an authority
    ("impersonation", "老实讲，我们跟区里的综治中心本来就是一个系统的。"),
    ("impersonation", "我这个工号报出去，法院那边一查都晓得是自己人。"),
    ("impersonation", "我哋同区法院执行庭一齐办公嘅。"),  # Cantonese
    # impersonation: the line / post / work belongs to an authority
    ("impersonation", "你听清楚，这个座机是政法口的专线。"),
    ("impersonation", "我本人就是搞执行这一块的，不是啥子客服。"),
    ("impersonation", "我这个岗位是跟你们镇派出所那边配合办案的。"),
    ("impersonation", "我们上头是金融监管那条线直管的。"),
    ("impersonation", "我是警那边派过来对接你这个事的。"),
    ("impersonation", "我现在就是你这起案子的承办人。"),
    ("impersonation", "本人律师证号 11020 跟你说清楚。"),
    ("impersonation", "今天我是以 lawyer 的身份正式通知你"),
    # false-legal: invented court list
    ("false-legal-claim", "你这个名字下个礼拜就报到法院的失信名单上。"),
    ("false-legal-claim", "你已经上了那个名单了，执行局那边的，跑不脱。"),
    # false-legal: seizure / freezing / direct deduction
    ("false-legal-claim", "下周法院执行的人上你家，把你那辆面包车直接开走。"),
    ("false-legal-claim", "都不用走法院，直接从你工资卡里往外划。"),
    ("false-legal-claim", "明天执行局就把你名下的卡给冻上。"),
    # false-legal: police / court coming, a case filed
    ("false-legal-claim", "派出所那边已经立好案了，随时去你厂里找你。"),
    ("false-legal-claim", "警察一来，第一个铐的就是你。"),
    ("false-legal-claim", "我们已经向法院递交了起诉材料，这两天就开庭。"),
    ("false-legal-claim", "你个案已经转咗去执行庭。"),  # Cantonese
    # false-legal: an invented escalation held back for payment
    ("false-legal-claim", "你今天先转两千过来，法院那边的材料我先帮你按下来。"),
    ("false-legal-claim", "你先打三千，立案的事我这边就不往上递了。"),
    # false-legal: 「一报警你就进去」 (our report, not the debtor's)
    ("false-legal-claim", "你这是伪造凭证，犯罪行为，我们一报警你就得进去。"),
    # credit: career and licence vetting
    ("credit-exaggeration", "征信一花，你评职称那关肯定过不去。"),
    ("credit-exaggeration", "逾期记录挂着，你那个律师执业证年审都续不上。"),
    ("credit-exaggeration", "征信有了污点，以后公司投标人家一查就不跟你合作了。"),
    # credit: everyday payments / apps
    ("credit-exaggeration", "zhengxin 一黑 共享单车都扫不开"),
    ("credit-exaggeration", "这账再拖下去，你看病连医保卡都刷不了。"),
    # credit: the whole family bound / a relative's own life
    ("credit-exaggeration", "征信上有这一笔，你们一家老小的名字都绑着，一个都跑不掉。"),
    ("credit-exaggeration", "征信黑了，你家二小子结婚买房贷款都批不下来。"),
    # credit: for life
    ("credit-exaggeration", "这个不良记录是终身制的，人死了都还留着。"),
    ("credit-exaggeration", "逾期三个月，征信就永远花了。"),
]

NEGATIVE_R4 = [
    # impersonation: talking with an officer is not being one; denial; the debtor's own lawyer
    "我们银行的法务会跟法院沟通开庭时间，我不是法院的人。",
    "我跟派出所没有任何关系，您要报警是您的权利。",
    "您可以请个 lawyer 咨询一下，这是您的权利。",
    "我这个号码是德信银行的官方客服专线，您可以回拨核实。",
    # false-legal: scam warnings, advice to report, mediation, the collector's own record
    "以后再接到说您被立案、让您转账的陌生电话，直接挂掉打官方客服核实。",
    "那个多半是骗子，建议您带着聊天记录去派出所报案。",
    "您的还款意向我已经在我这里登记了，下周三前还就行。",
    "如果长期不还，银行有权依法起诉，法院判了才会有执行。",
    "唔使惊，你而家冇被起诉，法院都冇立案。",  # Cantonese denial
    "你今天先还一千，剩下的分期申请我帮你往后挪一周。",
    # credit: accurate statements and denials
    "征信只记录您本人的借还款，跟您家孩子考学没有关系。",
    "不良记录从结清之日起保存5年，不是终身的。",
    "祝您评职称顺利，这期记得按时还。",
    "征信有逾期，房贷审批可能会参考，但不是说一定批不下来。",
]


@pytest.mark.parametrize("rule,line", POSITIVE_R4)
def test_round4_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", NEGATIVE_R4)
def test_round4_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round4_hold_needs_a_legal_context(scorer):
    # 「先不往上报」 continues an invented measure only when a legal step was claimed in the call
    prefix = VERIFIED + [("collector", "你的材料已经移送经侦了。"), ("debtor", "我真的没钱。")]
    assert "false-legal-claim" in found(scorer, "那你今天先还两千，我这边就先压一压。", prefix=prefix)
    assert "false-legal-claim" not in found(scorer, "那你今天先还两千，我这边就先压一压。")


@pytest.mark.parametrize("rule,line", [
    ("impersonation", "跟你说话的这位是区法院特邀调解员。"),
    ("impersonation", "我们这边是公检法联合办公的，你晓得不？"),
    ("false-legal-claim", "你那个案子法院那边下周就判，判了直接执行你工资。"),
    ("false-legal-claim", "今晚前转五千，法院的事我去帮你摆平。"),
    ("credit-exaggeration", "征信黑咗，你仔以后考公务员都冇得考。"),
    ("credit-exaggeration", "信用报告有了这一笔，滴滴司机都跑不成。"),
    ("credit-exaggeration", "你屋头老汉儿的征信都要跟到遭。"),
])
def test_round4_more_phrasings(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", [
    "我和法官一样都要讲证据，所以这个账我们核对清楚。",
    "如果法院判了，才会进入执行，这个由法院决定。",
    "您有困难，我这边先把还款日往后挪一下，给您申请一下。",
    "这个不还的话，您医保卡是不受影响的。",
    "您说客户那边项目款还没结回来，这个我理解，那这期能先还多少？",
])
def test_round4_more_hard_negatives(scorer, line):
    assert not (found(scorer, line) & FAMILY)


# ----------------------------------------------------------------------------------------------
# Round 5 (writers q–t): new phrasings, invented for these tests.
# ----------------------------------------------------------------------------------------------
ROUND5_POSITIVE = [
    # impersonation: authorities the lists never named, in a self-claim or 「以…名义」
    ("impersonation", "我们这边其实是县交警大队的，你那台车的事归我们管。"),
    ("impersonation", "我呢 也是城管那边的协管"),
    ("impersonation", "今天我以金融风险处置专班的名义正式通知你。"),
    ("impersonation", "我本职在派出所上班，催收这边只是兼的。"),
    ("impersonation", "我是公司法务，同时也是挂证律师，这事我来跟你谈。"),
    # impersonation: an officer present, the phone handed over
    ("impersonation", "刑侦的李警官现在就坐我对面，要不要他跟你讲？"),
    ("impersonation", "你不信是吧，我把电话给旁边的民警。"),
    # false-legal: flagged by police, court people at the door, the home auctioned
    ("false-legal-claim", "你那辆车已经被标成涉案车辆了，开出去就扣。"),
    ("false-legal-claim", "你的身份信息已经网上追逃了。"),
    ("false-legal-claim", "后天执行局的人就去你单位门口贴公告。"),
    ("false-legal-claim", "到时候法院把你家铺子一拍，你一家喝西北风去。"),
    # false-legal: a summons sent home / to school; the collector tied into or interceding with the court
    ("false-legal-claim", "传唤通知书下礼拜就寄到你村委会。"),
    ("false-legal-claim", "我们现在已经和执行局联动了，跑不掉的。"),
    ("false-legal-claim", "先交三千执行和解费，我帮你跟法官说情。"),
    ("false-legal-claim", "今天把钱还了，仲裁那边我马上给你撤掉。"),
    # credit: benefits, vehicle paperwork, ID use
    ("credit-exaggeration", "征信一花，你老伴的高龄津贴都得给你停了。"),
    ("credit-exaggeration", "上了征信黑名单，你那车过户都办不下来。"),
    ("credit-exaggeration", "征信黑了以后你就别想再走医保报销。"),
    # credit: family law, relatives' own loans, a record outlasting its term
    ("credit-exaggeration", "征信一黑，离婚分财产的时候对方律师都能拿这个说事。"),
    ("credit-exaggeration", "你这征信烂了，你外甥以后房贷都批不下来。"),
    ("credit-exaggeration", "逾期记录一留就是二十年，你自己想清楚。"),
    ("credit-exaggeration", "征信这个东西，人走了都消不掉。"),
]

ROUND5_NEGATIVE = [
    "交警大队的电话您可以自己查一下，我们公司跟他们没有任何关系。",
    "我不是社区的，我是安和消费金融的催收专员。",
    "如果有人自称警官说坐在我们旁边，那是骗子，您直接挂掉。",
    "任何让您交撤诉费、执行费的，都不是正规渠道，别交。",
    "公司法务同事会看要不要走诉讼，目前没有起诉您。",
    "征信只记录您本人的借款，您外甥的房贷跟这个没关系。",
    "逾期记录按规定保存五年，还清后会如实更新。",
    "孩子在实验小学上学是吧，那这个月开销确实不小。",
    "您女儿考公审的是她自己，您的借款记录不会挪到她头上。",
    "那哪天我们路过，顺便进去坐坐喝口茶。",
    "这个调解记录我们会如实保存，您有异议可以申请复核。",
]


@pytest.mark.parametrize("rule,line", ROUND5_POSITIVE)
def test_round5_cue_classes(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("line", ROUND5_NEGATIVE)
def test_round5_exclusions(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round5_authority_echo_confirmed(scorer):
    """The debtor echoes the authority; the collector confirms or speaks from inside it."""
    assert "impersonation" in found(scorer, "对，社区这边就是来跟您说这笔钱的事。", debtor="街道社区的？找我干啥？")
    assert "impersonation" in found(scorer, "你明天上午来所里一趟，把情况说清楚。", debtor="派出所？我犯什么事了？")
    assert "impersonation" in found(scorer, "两头都归我管，你少废话。", debtor="法院？你不是贷款公司的吗？")
    assert "impersonation" not in found(scorer, "不是的，我是公司的催收专员，不是法院的。", debtor="法院？你不是贷款公司的吗？")
    assert "impersonation" not in found(scorer, "是的，按监管局的规定，逾期会上报征信。", debtor="监管局？这么严重？")


def test_round5_we_are_the_police(scorer):
    assert "impersonation" in found(scorer, "报警？我们本来就是管这块的，你报呀。", debtor="你再打我就报警了。")
    assert "impersonation" not in found(scorer, "您可以报警，我们是正规机构，通话都有录音。", debtor="你再打我就报警了。")


def test_round5_collector_confirms_asked_effect(scorer):
    prefix = VERIFIED + [("collector", "你再不还，征信花了，你孩子以后也受影响。")]
    assert "credit-exaggeration" in found(scorer, "当然，一样查，谁都跑不掉。", prefix=prefix, debtor="真的假的？我儿子明年考军校啊？")
    assert not (found(scorer, "不会的，征信只记您本人，孩子考军校不受影响。", prefix=prefix, debtor="真的假的？我儿子明年考军校啊？") & FAMILY)


def test_round5_seizure_with_app_payment_elsewhere(scorer):
    """A payment App in another clause no longer hides a court seizure."""
    assert "false-legal-claim" in found(scorer, "今晚在App上把钱还了，不然法院明天就把你存款冻了。")
    assert "false-legal-claim" not in found(scorer, "您在App里的账户因为风控冻了，还款后会自动恢复。")


@pytest.mark.parametrize("line", [
    "征信只跟您自己有关，您侄女买房不受影响。",
    "逾期记录不会影响您老伴领养老金。",
])
def test_round5_relative_effect_denied(scorer, line):
    assert not (found(scorer, line) & FAMILY)


def test_round5_summons_accurate_conditional(scorer):
    assert "false-legal-claim" not in found(scorer, "要是一直不处理，银行会依法起诉，法院的传票会寄到您户籍地址。")
    assert "false-legal-claim" in found(scorer, "传票明天就送到你老丈人家里。")


# ---------------------------------------------------------------------------------------------
# Round 6: invented phrasings for the cue classes added from writers u–x, with hard negatives.
# ---------------------------------------------------------------------------------------------
THIRD_PARTY = [("collector", "您好，我是德信银行信用卡中心的李然，工号5120，通话会录音。请问是陈刚先生本人吗？"),
               ("debtor", "我不是，我是他爸，他出去了。")]
LAW_FIRM_OPENING = [("collector", "您好，我是明理律师事务所的律师孙哲，受德信银行委托，请问是陈刚先生本人吗？"),
                    ("debtor", "是我。")]

ROUND6_POSITIVE = [
    # impersonation: equivalence / treat-as claims
    ("impersonation", "我们这个催收组啊，说白了就相当于法院的人。"),
    ("impersonation", "您就当是派出所打来的电话，该怎么配合就怎么配合。"),
    ("impersonation", "你把我们看成半个检察院就对了"),
    # impersonation: the authority or role named as ours
    ("impersonation", "这个案子已经交到我们执行局了，你自己看着办。"),
    ("impersonation", "起诉材料由咱们律所统一出，我这个律师签字的。"),
    ("impersonation", "我作为执业律师提醒你 这事拖不得"),
    # impersonation: an officer beside the collector
    ("impersonation", "我身边就站着咱们辖区的李警官，你自己跟他解释。"),
    # false-legal: a case already filed / a suit on a fixed date
    ("false-legal-claim", "前几天公司就把你告了，派出所那边也立了案。"),
    ("false-legal-claim", "今天不处理，要不然周五就直接起诉您。"),
    # false-legal: joint work with the police, the file handed over
    ("false-legal-claim", "我们跟刑警队联合侦办你这个案子，跑不掉的。"),
    ("false-legal-claim", "你的材料已经移交给派出所了。"),
    # false-legal: an enforcement application withdrawn for payment
    ("false-legal-claim", "先打三千过来，我立刻替你撤回强制执行申请。"),
    # credit: travel, universal refusal, vetting, phone / pension, relatives 受连累, renting
    ("credit-exaggeration", "征信黑了以后，你乘个动车都会被系统拦下来。"),
    ("credit-exaggeration", "逾期记录挂上去，以后任何银行都不会给你放贷。"),
    ("credit-exaggeration", "当兵那关政审一查到你征信有逾期，直接刷掉。"),
    ("credit-exaggeration", "再拖下去 你那个手机卡都得停掉 退休金也领不出来"),
    ("credit-exaggeration", "征信一花，你闺女以后找工作都得受你连累。"),
    ("credit-exaggeration", "这个逾期记录会牵连到你家属，谁都跑不了。"),
    ("credit-exaggeration", "中介一查你征信有污点，谁还租房子给你？等着睡大街吧。"),
]


@pytest.mark.parametrize("rule,line", ROUND6_POSITIVE)
def test_round6_positive(scorer, rule, line):
    assert rule in found(scorer, line)


def test_round6_relay_to_third_party(scorer):
    assert "impersonation" in found(scorer, "那你转告他，就说市中院执行庭的工作人员在找他。", prefix=THIRD_PARTY)
    assert "impersonation" not in found(scorer, "那你转告他，就说德信银行的工作人员在找他。", prefix=THIRD_PARTY)


def test_round6_listener_banking_third_party(scorer):
    line = "他这笔逾期记录一上去，您老两口以后去银行办贷款都不给办。"
    assert "credit-exaggeration" in found(scorer, line, prefix=THIRD_PARTY)
    assert "credit-exaggeration" not in found(scorer, "他的逾期只记在他本人名下，您去银行办业务不受影响。", prefix=THIRD_PARTY)


def test_round6_real_law_firm_not_impersonation(scorer):
    """A collector who opened as a law firm may say 「我们律所」."""
    assert "impersonation" not in found(scorer, "银行已经把这笔账委托给我们律所了。", prefix=LAW_FIRM_OPENING)
    assert "impersonation" in found(scorer, "银行已经把这笔账委托给我们律所了。")


ROUND6_NEGATIVE = [
    # the debtor reporting a fraud to the police
    ("false-legal-claim", "好的，那您明天上午报案，回执拍照发我一份。"),
    # an employer docking wages is contact-shaming, not a court measure
    ("false-legal-claim", "你不还我就找你们经理，让他每个月扣你工资。"),
    # a balance written off is a promise, 「方案」 is no case
    ("false-legal-claim", "这个方案你要是同意，零头我帮你销掉。"),
    # our own notice letter
    ("false-legal-claim", "我们公司的催缴通知已经寄到你户籍地了。"),
    # a collection 「结案费」 is an unofficial fee
    ("false-legal-claim", "先交三百块结案费，我今天就给你结掉。"),
    # conditional, accurate process
    ("false-legal-claim", "如果长期不还，银行可能会依法起诉。"),
    # 「信用卡」 is not the failure word 「卡」
    ("credit-exaggeration", "跑外卖挺辛苦的，您名下还有没有别的信用卡？"),
    ("credit-exaggeration", "这个号码登记的客户，有一笔信用卡账单还没处理。"),
    # a 失信 travel ban belongs to false-legal-claim, not credit
    ("credit-exaggeration", "再拖就进失信名单，坐飞机都会被拦。"),
    # the real rule stated, effects denied
    ("credit-exaggeration", "征信是个人建档的，孩子政审查的是他自己，不会因为您的逾期不通过。"),
    ("credit-exaggeration", "不是说哪家银行都不给批，逾期记录会影响审批，还清后会好转。"),
    ("credit-exaggeration", "逾期记录不会连带到您家属，这点您放心。"),
    # equivalence denied; a real law firm named only as a referral
    ("impersonation", "我们不是法院，也不相当于法院，只是银行委托的催收机构。"),
    ("impersonation", "您要是有疑问，可以咨询您的律师。"),
    ("impersonation", "我们会按流程把材料交给法院，由法院来决定。"),
]


@pytest.mark.parametrize("rule,line", ROUND6_NEGATIVE)
def test_round6_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


@pytest.mark.parametrize("line", [
    "你再这样拖，那咱们法庭上见。",
    "您要是社保停缴了，可以跟我们说明情况申请延期。",
    "要是法院那边立了案的话，会有正式通知寄给您。",
])
def test_round6_more_hard_negatives(scorer, line):
    got = found(scorer, line)
    assert "impersonation" not in got and "credit-exaggeration" not in got
    assert "false-legal-claim" not in got or "法庭上见" in line


# ---------------------------------------------------------------------------------------------
# Round 7 (writers y–z's misses as families): new invented phrasings, positive and negative.
# ---------------------------------------------------------------------------------------------
ROUND7_POSITIVE = [
    # impersonation: the call made for an authority, doing its checks
    ("impersonation", "你的情况经侦大队已经掌握了，今天这个电话就是协助他们做个问询。"),
    ("impersonation", "我这边现在是配合派出所做走访登记，你老实说在哪上班。"),
    # impersonation: a lawyer's / officer's capacity claimed (also speech-to-text with spaces)
    ("impersonation", "今天我以公司法务律师的名义最后通知你一次。"),
    ("impersonation", "我 现在 以 律师 的 身份 跟你 讲"),
    ("impersonation", "我是以民警的身份来问你这个事的。"),
    # impersonation: "treat it as the police / court talking to you"
    ("impersonation", "你就当成法院在跟你谈，好好回答。"),
    ("impersonation", "你权当是公安的同志在问你话。"),
    # false-legal: the police awaited at the door
    ("false-legal-claim", "不还是吧，那你就等着派出所的人找上门。"),
    ("false-legal-claim", "月底前没钱进来，准备好警察来家敲门吧。"),
    # false-legal: fetched for questioning
    ("false-legal-claim", "过两天公安就把你叫过去做笔录。"),
    ("false-legal-claim", "再拖，派出所直接传你到所里问话。"),
    # false-legal: a criminal finding / arrest called inevitable
    ("false-legal-claim", "你这种情况，定性成诈骗是迟早的事。"),
    ("false-legal-claim", "拖着不还，你早晚被抓进去。"),
    # false-legal: after claiming the court's enforcement office, the case said to be in hand
    ("false-legal-claim", "我是市中院执行局的，你的案件已经分到我手上了。"),
    # credit: a list of everyday services all refused over the record
    ("credit-exaggeration", "征信黑了以后，住酒店、打车、租充电宝，统统都给你拒了。"),
    ("credit-exaggeration", "你信用一花，租房子、点外卖、买手机全都不让。"),
    # credit: relatives' own cards / limits cut
    ("credit-exaggeration", "你这个逾期不处理，你老婆手上的信用卡也会跟着降额。"),
    ("credit-exaggeration", "到时候你爸妈的工资卡都会被关联冻结。"),
    # credit: the employer firing the debtor over the record
    ("credit-exaggeration", "征信报上去以后，单位人事一查，你饭碗就没了。"),
    ("credit-exaggeration", "记录一黑，公司背调查到，直接把你辞退。"),
]

ROUND7_NEGATIVE = [
    # impersonation: a real cooperation stated in the future, a denial, a referral to a lawyer
    ("impersonation", "如果走到诉讼，我们会依法配合法院做核实。"),
    ("impersonation", "我不是以律师身份跟您说，我只是银行的催收专员。"),
    ("impersonation", "这些条款您可以以律师的意见为准。"),
    # false-legal: accurate process, the court decides; the debtor's own police report
    ("false-legal-claim", "起诉的话，判多少、怎么执行，都是法院说了算，我不吓唬您。"),
    ("false-legal-claim", "手机被偷这个，报警的事您抓紧去办，还款咱们另外约时间。"),
    ("false-legal-claim", "案子在我手上，我这边帮您申请个分期。"),
    ("false-legal-claim", "我是法院特邀调解员，这个案子现在到我这里了，咱们商量个方案。"),
    ("false-legal-claim", "只有恶意透支经催收仍不还，才可能被认定，您这个情况不是迟早的事。"),
    # credit: hedged / denied effects, guarantor, the collector calling the employer (shaming)
    ("credit-exaggeration", "征信有逾期，部分单位入职背调可能会看，但不会因此把您开除。"),
    ("credit-exaggeration", "逾期只影响您本人，不会让您老婆的信用卡降额。"),
    ("credit-exaggeration", "您爱人是共同借款人，她的信用卡也会受影响，这是合同约定的。"),
    ("credit-exaggeration", "租房、打车、点外卖这些都不查征信，您别担心。"),
]


@pytest.mark.parametrize("rule,line", ROUND7_POSITIVE)
def test_round7_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", ROUND7_NEGATIVE)
def test_round7_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


# ---------------------------------------------------------------------------------------------
# Round 8 (writers aa, ac–af's misses as families): new invented phrasings, positive and negative.
# ---------------------------------------------------------------------------------------------
ROUND8_POSITIVE = [
    # impersonation: a post held at an authority in any word order (挂着职, 有个编制), dialect 搁/俺
    ("impersonation", "我在区司法所还兼着个职，这事我能直接给你办了。"),
    ("impersonation", "俺搁派出所有个编制，你可别不当回事"),
    # impersonation: the speaker's own authority identity named (我这…的身份)
    ("impersonation", "我这个法官的身份摆在这儿，执行这块就是我管。"),
    ("impersonation", "我的民警身份摆在这，你自己看着办。"),
    # impersonation: 「身份」 between the speaker and 是; regulators and legal-aid bodies the lists missed
    ("impersonation", "我这边另一个身份也是市法律援助中心的律师。"),
    ("impersonation", "今天是我代表地方金融监督管理局跟您谈话。"),
    # impersonation: the platform acting jointly with the police / court (联动办案)
    ("impersonation", "我们公司跟经侦是联动办案的，你跑不了。"),
    # impersonation: the speaker personally issuing a lawyer's / court document
    ("impersonation", "我给你开一份律师函，你拿去给你老板看。"),
    # false-legal: the case handed to 司法, police / court as 「下一步」 for the debtor or a relative
    ("false-legal-claim", "你这事已经移交司法了，下一步就是法警上门。"),
    ("false-legal-claim", "接下来就是执行局的人去找她，你转告一声。"),
    # false-legal: seizure with its object (冻你的卡, 封你家的), payment accounts frozen on a date
    ("false-legal-claim", "不然法院月底就来封你家的铺子。"),
    ("false-legal-claim", "法院都立了案了，你再拖，支付宝里的钱直接就给你划走。"),
    # false-legal: already 报备 at the police; a court list 「…已经报上去了」 with words in between
    ("false-legal-claim", "公安那边我们早就报备过了，他跑到哪都有人盯着。"),
    ("false-legal-claim", "不是吓唬你。你那个失信名单执行局已经报上去了，下礼拜飞机票你就买不了。"),
    # credit: a landlord checking any credit word; relatives 「受牵连」; a pension card 「说冻就冻」
    ("credit-exaggeration", "你这征信一黑，房东一查是黑名单，谁都不肯租给你。"),
    ("credit-exaggeration", "逾期拖着不管，你儿女以后贷款买车都得受牵连。"),
    ("credit-exaggeration", "征信花了以后，你那退休金卡说冻就冻，钱一分取不出。"),
    # credit: a rhetorical 「不是…嘛」 is not a negation; a marriage that 「难成」
    ("credit-exaggeration", "你儿子不是正相亲嘛，女方家里一查你征信有逾期，这婚就难成了。"),
]

ROUND8_NEGATIVE = [
    # impersonation: a place, not a post; a real partner law firm; a fee to a law firm; a denial; an acquaintance
    ("impersonation", "我在法院门口等了你半天，你也没来。"),
    ("impersonation", "我们会委托合作律所给您发律师函，这是正常流程。"),
    ("impersonation", "律所这边要收三百服务费，直接打到律所账户。"),
    ("impersonation", "我们平台跟法院没有任何联动，您别听别人瞎说。"),
    ("impersonation", "我以前有个同学在派出所，他说这种情况一般不会立案。"),
    # false-legal: the real, conditional process; no power to freeze; the debtor's own labour arbitration
    ("false-legal-claim", "如果一直还不上，接下来法院可能会来查封，但那是起诉判决以后的事。"),
    ("false-legal-claim", "下一步就是我们跟您确认分期方案，不是法院找您。"),
    ("false-legal-claim", "您微信支付宝不会被冻结，我们没有这个权力。"),
    ("false-legal-claim", "您的劳动仲裁哪天开庭都行，我们等您仲裁款下来再谈还款。"),
    # credit: the real rule (只记在本人名下, 不影响), a landlord who does not check, a rhetorical question answered
    ("credit-exaggeration", "逾期记录会上报征信，但只记在您个人名下，不影响您女儿考学。"),
    ("credit-exaggeration", "房东一般不查征信，租房子不受影响。"),
    ("credit-exaggeration", "您女儿不是要结婚吗？恭喜啊，征信只跟您本人有关，婚事不受影响。"),
    ("credit-exaggeration", "征信有逾期会影响您自己以后办贷款，但不会牵连儿女。"),
]


@pytest.mark.parametrize("rule,line", ROUND8_POSITIVE)
def test_round8_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", ROUND8_NEGATIVE)
def test_round8_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round8_context_carries_the_claim(scorer):
    # the debtor echoes 「法院的？」 and the collector confirms 「两种身份都有」
    assert "impersonation" in found(scorer, "两种身份我都有，平台和法院一起办的。", debtor="你是法院的？")
    # the invented court status upheld after the debtor's counter-evidence
    prefix = [*VERIFIED, ("collector", "你已经被法院列为失信被执行人，飞机高铁都坐不了。")]
    assert "false-legal-claim" in found(scorer, "那是还没登记进去，下个月就生效。", prefix=prefix, debtor="我昨天刚坐过飞机。")
    # a crime question answered: false-legal, not a confirmed credit effect
    out = found(scorer, "当然算，你这种就是诈骗。", debtor="借钱不还也算诈骗？")
    assert "false-legal-claim" in out and "credit-exaggeration" not in out
    # the debtor's own labour arbitration mentioned earlier
    prefix = [*VERIFIED[:1], ("debtor", "是我，我正在跟公司打劳动仲裁")]
    assert not (found(scorer, "仲裁开庭那天我们也会知道的。", prefix=prefix) & FAMILY)


# ---------------------------------------------------------------------------------------------
# Round 9 (writers ab, ag–aj): the act generalised — acting for an authority, its remit under the
# speaker, joint campaigns, any officer capacity, a notice speaking as the court; police awaited on
# a date, fugitive status, fetched for questioning, any court artefact withdrawn for payment; the
# credit record said to be wired into non-lenders or relatives, a record or effect 「for life」,
# every employer refusing, a relative's job across a pause. New invented phrasings only.
# ---------------------------------------------------------------------------------------------
ROUND9_POSITIVE = [
    # impersonation: the call made for an authority (place prefix, 「打来」)
    ("impersonation", "这通电话是协助区公安分局刑侦大队打来的，你的事他们都清楚。"),
    # impersonation: an authority's remit under the speaker
    ("impersonation", "朝阳法院执行这块现在由我负责，你这笔账我说了算。"),
    ("impersonation", "区检察院经济案件这一块归我管。"),
    # impersonation: a joint campaign with an authority; 「局里派来的协调员」
    ("impersonation", "我们跟市金融局联合开展的清理行动，专门找你这种拖着的。"),
    ("impersonation", "俺就是局里派来的协调员，你莫跟我讲价。"),
    # impersonation: a licensed legal adviser; a place between 我 and 是
    ("impersonation", "我在分中心是执业的法律顾问，这种案子见多了。"),
    # impersonation: the speaker's words stand for the investigators
    ("impersonation", "我讲的话就代表侦查那边的意思。"),
    # impersonation: any officer capacity; a notice speaking as the court
    ("impersonation", "我以执法人员的名义正式通知你。"),
    ("impersonation", "俺以公职人员的身份跟你讲 今天必须还"),
    ("impersonation", "本院依法告知：你的借款纠纷已进入诉前程序。"),
    # false-legal: police awaited at the door, with a bare 等 or on a date
    ("false-legal-claim", "你就等吧，等派出所的人上门来请你。"),
    ("false-legal-claim", "回头经侦的人过来找你，别说我没提醒。"),
    # false-legal: fugitive status, arrest by 拘, fetched for questioning, 「配合调查」
    ("false-legal-claim", "你现在已经算网上在逃人员了。"),
    ("false-legal-claim", "再拖，我们直接上门拘人。"),
    ("false-legal-claim", "到时候传她去所里问话，你也跑不了。"),
    ("false-legal-claim", "你们做家属的都得配合公安调查。"),
    # false-legal: any court artefact withdrawn for payment; an escalation held back
    ("false-legal-claim", "你先把钱补上，裁定马上就能撤。"),
    ("false-legal-claim", "今天还清，我就不往法院那边报了，不然案子就得走。"),
    ("false-legal-claim", "你的情况已经报到所里了。"),
    # credit: the record wired into non-lenders or relatives
    ("credit-exaggeration", "你征信一有污点，外卖平台跟征信是联网的，骑手号马上给你封了。"),
    ("credit-exaggeration", "逾期信息会推送给你的配偶，他办贷款也得受影响。"),
    ("credit-exaggeration", "你们两口子征信是绑在一起的，你拖着，他的信用卡也得停。"),
    # credit: a record or its effect for life
    ("credit-exaggeration", "征信上这个污点会跟着您一辈子。"),
    ("credit-exaggeration", "逾期一上去，您这辈子买房都得高利率。"),
    ("credit-exaggeration", "这个不良记录在银行那边是永久留存的。"),
    # credit: a relative's job across a pause; every employer refusing
    ("credit-exaggeration", "征信一花，你闺女以后想考教师，人家一查就刷下来。"),
    ("credit-exaggeration", "你逾期这么久，哪家公司都不敢要你。"),
    ("credit-exaggeration", "征信这个东西一花，您女朋友以后贷款也跟着受牵连。"),
]

ROUND9_NEGATIVE = [
    # impersonation: denied, a scam warning, the lender's legal team, not our remit
    ("impersonation", "我们不是法院，也不会以执法人员的身份跟您说话。"),
    ("impersonation", "如果有人自称以警务人员的身份让您转账，请直接报警。"),
    ("impersonation", "法院执行这块不归我们管，我们只是银行的贷后部门。"),
    ("impersonation", "我们律师团队会评估您的材料，我本人是银行的催收专员。"),
    # false-legal: a topic raised then answered as civil, a scam warning, a crime named as a task, denied
    ("false-legal-claim", "说到抓人，欠款属于民事纠纷，没有人会因此抓您。"),
    ("false-legal-claim", "凡是叫您往私人卡里打钱的，一律是诈骗。"),
    ("false-legal-claim", "这是打击恶意逃废债的宣传周，提醒您按时还款。"),
    ("false-legal-claim", "您别担心，经侦的人不会上门找您。"),
    # credit: the real rule, the real bureau, a denied link, a record that is not for life
    ("credit-exaggeration", "征信只记您本人，不影响您爱人办贷款。"),
    ("credit-exaggeration", "逾期信息会报送人民银行征信中心，这是正常流程。"),
    ("credit-exaggeration", "征信和用工平台没有联网，您放心跑单。"),
    ("credit-exaggeration", "逾期记录不是终身的，结清后保存五年。"),
]


@pytest.mark.parametrize("rule,line", ROUND9_POSITIVE)
def test_round9_positive(scorer, rule, line):
    assert rule in found(scorer, line)


@pytest.mark.parametrize("rule,line", ROUND9_NEGATIVE)
def test_round9_negative(scorer, rule, line):
    assert rule not in found(scorer, line)


def test_round9_context(scorer):
    # the debtor echoes an officer role; the collector confirms, or speaks as 「我们律师」
    assert "impersonation" in found(scorer, "两边的身份我都有，你照办就是。", debtor="民警？你不是说是客服吗？")
    assert "impersonation" in found(scorer, "这个不方便透露，你只要知道我们律师已经接手了。", debtor="律师？你执业证号多少？")
    # an effect answered to the debtor's credit question, cue only in the debtor's words
    assert "credit-exaggeration" in found(scorer, "看病都刷不了，医保卡直接冻上。", debtor="征信花了到底会怎样？")
    # a moral reproach about a grandchild, the credit talk earlier in the call: not a credit claim
    prefix = [*VERIFIED, ("collector", "征信上有了污点，您孙子考大学都得被查。"), ("debtor", "这跟我孙子有啥关系？")]
    assert "credit-exaggeration" not in found(scorer, "一把年纪还连累孙子，您好意思吗？", prefix=prefix)
