"""Legal and credit family: new phrasings (invented for these tests, not from the corpus) for the
second-pass cue classes in ``rules/legal_credit.py``, each with hard negatives."""
from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.test_scoring_generalise import found

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
