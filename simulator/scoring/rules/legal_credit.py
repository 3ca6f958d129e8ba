"""Legal and credit claims: `impersonation` (claiming to be police, court, lawyer, regulator), `false-legal-claim` (invented arrest, case, enforcement) and `credit-exaggeration` (invented effects of a credit record).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon as L
from ..detect_base import WARNING, TurnText, in_mandarin
from ..text import NEGATORS, NOT_NEGATING, Hit, clause_spans, denied_after, mandarin, negated, sentence_of


def _detect_impersonation_base(t: TurnText) -> Hit | None:
    """The collector claims to be, or act for, police, court, procuratorate, a lawyer, a
    regulator or government — not 「我不是法院的」, not a warning about people who 冒充 them,
    not a mention of the lender's legal team doing its real job."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.IMPERSONATE, L.IMPERSONATION, L.IMPERSONATE4):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()):
                continue
            if re.search(r"不是|并非|冒充|自称|骗子|诈骗|假的|不代表", clause):
                continue
            if re.search(r"冒充|自称|骗子|诈骗|有人|假如|如果有", sentence) and not re.search(r"我[^，。！？!?]{0,4}是", clause):
                continue
            if re.search(r"(?:由|经|找|请|咨询|问问|委托)[^，。！？!?]{0,4}(?:法院|律师|律所)|法院(?:决定|判决|依法|认定)", clause) and not re.search(r"(?:我|本人)(?:就|现在|其实|也)?是|身份|名义|代表", clause):
                continue
            if re.search(r"持牌|批准(?:设立|成立)|牌照|资质|受[^，。！？!?]{0,8}监管|(?:对接|上报|报送|接入)[^，。！？!?]{0,8}征信|征信(?:中心|系统)?[^，。！？!?]{0,4}(?:对接|上报|报送|接入)", clause):
                continue  # a true statement: a licensed, supervised lender that reports to the credit bureau
            if _law_firm_payee(m.group(0), sentence):
                continue  # 「律所这边…钱打到律所账户」: the act is the payment route (unofficial-channel)
            if _BY_REFERENCE.search(clause):
                continue  # 「以法院通知为准」: a reference to a document, not a role
            if re.match(r"[函费]", t.norm[a + m.end():a + m.end() + 1]) and m.group(0).endswith(("律师", "律所")):
                continue  # 「律师函上写的联系人」: a letter or fee, not a role
            if "法务部" in m.group(0) and not re.search(r"(?:我|本人)(?:就|也|其实|同时|现在)?是|身份|名义|代表", clause):
                continue  # 「法务部的律师会评估」: the lender's real legal team doing its job
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# the debtor told to report a scam (「建议您去派出所报案」), unlike 「我们一报警你就进去」
_OUR_REPORT = re.compile(r"(?:我们|我|公司|银行|平台)(?:这边|这里)?(?:一|就|会|马上|直接|去|要|立马)?(?:报警|报案)")
_DEBTOR_REPORTS_RE = re.compile(r"(?:建议|提醒)(?:您|你)[^。！？!?]{0,16}报案|(?:您|你)(?:可以|赶紧|马上|最好|应该|尽快|先)?(?:去|到|带着)[^，,。！？!?]{0,12}报案|报警")


class _DebtorReports:
    @staticmethod
    def search(sentence: str):
        return _DEBTOR_REPORTS_RE.search(_OUR_REPORT.sub("__", sentence))


_DEBTOR_REPORTS = _DebtorReports()


def _detect_false_legal_base(t: TurnText) -> Hit | None:
    """Definite claims of arrest, jail, crime, a filed case or court enforcement — not the
    conditional, accurate 「如果长期不处理，银行有权依法起诉」, not a warning about scams, not
    an invented credit effect (credit-exaggeration)."""
    for pattern in (L.LEGAL_SEVERE, L.LEGAL_SEVERE2, L.LEGAL_DEFINITE):
        for a, b in clause_spans(t.norm):
            clause = t.norm[a:b]
            m = pattern.search(clause)
            if not m or negated(clause, m.start()) or denied_after(clause, m.end()):
                continue
            sentence = sentence_of(t.norm, a + m.start())
            if WARNING.search(sentence) or re.search(r"(?:有人|对方|他们|骗子)(?:自称|说)|冒充|骗子|诈骗(?:电话|短信|分子|团伙|话术)|任何(?:让|要)|不是正规|别交", sentence) or _DEBTOR_REPORTS.search(sentence):
                continue
            if SCAM_X.search(sentence) or LEGAL_DENY.search(clause) or LEGAL_DEFINE.search(clause):
                continue  # a scam warning, 「更谈不上坐牢」, 「限高是法院对被执行人作出的」
            if _a_not_a(t.norm, a + m.start()):
                continue  # 「冻不冻结…得看」: an open question
            if re.search(r"只有[^。！？!?]{0,30}(?:才|先)|(?:你|您)(?:这|的)?(?:情况)?(?:不是|不算|不构成|够不上|谈不上)", sentence):
                continue  # the legal threshold stated accurately, then denied for this debtor
            if m.group(0) == "备案" and (t.norm[a + m.end():a + m.end() + 1] == "的" or re.search(r"(?:监管|银保监|金融|央行|人民银行|工信部|公安)[^，。！？!?]{0,3}$", clause[:m.start()])):
                continue  # 「银保监备案的催收组」: a registration claim, not a filed case
            if _platform_freeze(t, m, sentence):
                continue  # the debtor's App/login account 「冻结」 and an unfreezing fee: not a court measure
            if re.search(r"征信|黑名单|信用记录|不良记录", sentence) and not re.search(r"法院|失信|限高|起诉|判|抓|坐牢|拘留|警察|传票|立案|刑事|犯罪|诈骗", sentence):
                continue  # an invented effect of a credit record is credit-exaggeration
            certain = L.LEGAL_CERTAIN.search(clause) or re.search(r"抓|坐牢|拘留|犯罪|诈骗|撤案|撤诉|刑拘|判", clause)
            if L.LEGAL_ACCURATE.search(_OUR_REPORT.sub("__", sentence)) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|撤案|撤诉|传票|够判|刑事|蹲", clause):
                continue
            if L.LEGAL_ACCURATE.search(clause) and not re.search(r"已经|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|够判", clause):
                continue
            if pattern is L.LEGAL_SEVERE2 and not certain and re.search(r"如果|要是|万一|可能|假如", sentence):
                continue
            if re.search(r"征信", clause) and re.search(r"飞机|高铁", clause) and not re.search(r"失信|限高|限制", clause):
                continue  # invented effect of a credit record: credit-exaggeration
            if re.search(r"(?<![跟和给对向])(?:您|你)(?:问|说|担心|怕|以为|听说)[^。！？!?]{0,12}$", t.norm[max(0, a - 14):a + m.start()]):
                continue  # 「您担心会不会坐牢」 reported, then answered
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _detect_credit_base(t: TurnText) -> Hit | None:
    """Invented effects of a credit record (children's schooling, relatives, jobs, travel,
    "for life") — a credit cue in the sentence, or a claim strong enough on its own; not
    negated or denied (「征信只记您本人的，跟孩子没关系」)."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for m in list(L.CREDIT_EXAGGERATION.finditer(clause)) + list(L.CREDIT_EFFECT.finditer(clause)):
            if re.search(r"[。！？!?]", m.group(0)):
                continue
            if negated(clause, m.start()) or denied_after(clause, m.end()) or denied_after(sentence, sentence.find(clause) + len(clause)):
                continue
            if NEGATORS.search(NOT_NEGATING.sub("__", m.group(0))) or re.search(r"祝|顺利|加油|早日|照顾好", clause):
                continue  # 「征信逾期本身不会限制坐高铁」, 「祝孩子高考顺利」
            strong = L.CREDIT_STRONG.search(m.group(0)) or L.CREDIT_EXAGGERATION.search(m.group(0))
            context = t.call_text[-80:] + t.norm[max(0, a - 60):b]
            cued = L.CREDIT_CUE.search(sentence) or L.CREDIT_CUE.search(context)
            if not strong and not cued:
                continue
            if not cued and not re.search(r"不了|不能|过不|进不|上不|受影响|影响|没法|没资格|拒|卡|查|污点", sentence):
                continue  # 「孩子上学要用钱」: a child's schooling, no claimed effect
            if re.search(r"我[^，。！？!?]{0,3}(?:听明白|听懂|理解|明白|体谅)|不容易|辛苦|难处|压力", sentence) and not re.search(
                    r"不了|不能|过不|进不|上不|受影响|影响|没法|没资格|拒|卡|查|污点|难(?!处)|别想|没戏|刷|毁|黑|花", clause):
                continue  # 「家里孩子又要高考，这个压力我听明白了」: the debtor's situation acknowledged
            if re.search(r"(?:您|你)(?:刚才|之前)?(?:说|提到)", sentence[:max(0, sentence.find(m.group(0)))]) and not cued:
                continue
            if re.search(r"失信被执行|限高|限制高消费|限制消费|法院", sentence) and not re.search(r"征信|黑名单|信用", clause):
                continue  # a court-status claim: false-legal-claim
            if re.search(r"其实不会|不会的|误解|谣传|担心|只(?:记录|影响|记)(?:您|你)?(?:本人|自己)|不会(?:影响|牵连|记到)|与.{0,4}无关|跟.{0,6}没关系|骗子|谣言|误解|不实|夸大|并不会|不存在|是假的", sentence):
                continue
            if re.search(r"如果|可能|也许|有的|一些|部分", clause[:m.start()]) and not re.search(r"一辈子|全家|孩子|子女|政审|考公", m.group(0)):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# ----------------------------------------------------------------------------------------------
# Broader cue classes (second pass, written for writers the lexicon never saw). Each is a
# combination of cue classes within one sentence; speech-to-text pauses arrive as commas, so
# the windows below run over 「，」 but never over 。！？.
# ----------------------------------------------------------------------------------------------
_S = r"[^。！？!?]"  # any character inside the sentence (commas allowed)
_C = r"[^，,。！？!?]"  # inside the clause
AUTH_X = (r"(?:人民法院|法院|法庭|执行局|执行庭|检察院|公安(?:局|机关|分局)?|派出所|经侦(?:大队|支队)?|刑侦|警方|"
          r"街道办?|居委会|司法局|司法所|调解中心|调处中心|调解委员会|诉前调解|仲裁委?|监管局|金融监管(?:局|部门)?|"
          r"监管部门|银保监|金融办|人民银行|央行|政府|纪委|税务局|律师事务所|律所)")
ROLE_X = (r"(?:法官|警官|检察官|律师|书记员|民警|协警|辅警|联络员|调解员|执行员|执行专员|特约执行员|督办员|"
          r"办案人员|专案组|专员|特派员|法警)")
SELF_X = r"(?:我|本人|我本人|我这边|我们这边|咱|俺)"
# 1 the collector's own post, desk or secondment is at an authority (挂职/借调/派驻/工位/兼任)
IMP_POST = re.compile(
    rf"{SELF_X}{_S}{{0,10}}(?:挂职|挂在|挂靠|借调|派驻|兼任|兼职|兼着|任职|坐班|工位|编制|上班|办公)(?:在|到|于)?{_S}{{0,12}}{AUTH_X}"
    rf"|{SELF_X}{_S}{{0,6}}(?:在|搁|挂在|派驻|借调到|派到){_S}{{0,10}}{AUTH_X}{_S}{{0,10}}(?:挂职|上班|任职|坐班|办公|里头|里面|当|兼|借调)"
    rf"|{AUTH_X}{_S}{{0,10}}(?:借调|派驻|派下来|派过来|调过来){_S}{{0,6}}(?:的)?(?:我|专员|人)"
)
# 2 "I am / speak as / represent" an authority or its officer; a filler pause may sit after 我
IMP_ROLE = re.compile(
    rf"{SELF_X}(?:呢|啊|呀|吧|嘛)?[,，]?(?:本身|同时|其实|现在|今天|也|还|就|实际上|正式){{0,3}}(?:是|系|当|担任|作为|代表|以|受){_C}{{0,16}}(?:{AUTH_X}|{ROLE_X}(?:的)?(?:身份|名义))"
    rf"|(?:(?<![可所难足予加用得])以|作为|代表){_S}{{0,14}}{AUTH_X}{_S}{{0,10}}(?:的)?(?:身份|名义|跟|和|向|通知|告知|谈|对接)"
    rf"|{AUTH_X}{_S}{{0,20}}{ROLE_X}[,，]?(?:就是我|是我本人|正是我|就是本人)"
    rf"|(?:跟|和|与){AUTH_X}{_S}{{0,6}}(?:签了?|有)(?:协议|合同){_S}{{0,6}}{ROLE_X}"
)
# 3 acting inside an authority's own system (备注/登记/撤销 in the court's or regulator's records)
IMP_SYSTEM = re.compile(
    rf"{SELF_X}{_S}{{0,8}}(?:在|从|通过|进){AUTH_X}(?:的)?(?:系统|内部|平台|档案|记录|内网)(?:里|上)?{_S}{{0,8}}(?:备注|登记|标记|记|录入|操作|撤|改|查|调)"
)
IMP_X = (IMP_POST, IMP_ROLE, IMP_SYSTEM)
IMP_NOT = re.compile(r"不是|并非|不代表|不属于|冒充|自称|骗子|诈骗|假的|假冒|没有(?:任何)?关系|无关|跟[^，。]{0,8}不沾边")
IMP_REPORTED = re.compile(r"有人|对方|他们|那个人|这种人|别人|骗子|如果有|凡是|任何")

# false-legal: invented case steps, summons, seizure, detention and liability
LEGAL_X = re.compile(
    rf"(?:案子|案件|卷宗|材料){_S}{{0,8}}(?:移交|移送|转交|递交|报送|转到|转给|转入|转执行|转过去|移过去|交到|送到|交给)"
    rf"|(?:移送|转交|送交|报送|移交)(?:给|到)?{_S}{{0,4}}(?:公安|警方|派出所|经侦|检察院|司法(?!所|局|鉴定|考试)|法院)"
    rf"|(?:转|进|进入)(?:入)?(?:强制)?执行(?:程序|阶段)?"
    rf"|(?:到|去|来)(?:派出所|公安局|局里|所里|法院|检察院|经侦(?:大队|支队)?){_S}{{0,4}}(?:一趟|报到|接受|说明情况|配合调查|做笔录|投案|自首|签字)|投案|自首"
    rf"|(?:法院|法警|执行局|警察|公安|派出所){_S}{{0,10}}(?:搬(?:东西|家具|走)|拉走|拖走|贴封条|收走|没收|扣走|开锁)|贴封条"
    rf"|(?:局里|所里|看守所|拘留所|号子)(?:里)?(?:头)?(?:蹲|关|待|坐)"
    rf"|(?:先|暂|暂时|就|可以)不(?:拘|抓|关|立案|移送|执行)(?:你|您)?|暂缓(?:执行|拘|抓|起诉|立案|移送)|中止执行|停止执行|拘(?:你|您)"
    rf"|连带(?:还款|清偿|偿还|赔偿)?(?:责任|义务)"
)
LEGAL_X_HEDGE = re.compile(r"如果|要是|万一|可能|或许|有权|依法|由法院|经法院|法院(?:判决|决定|认定)|起诉后|判决后|担保|保证人|共同借款")
LEGAL_X_CERTAIN = re.compile(r"已经|已|马上|立刻|直接|下周|明天|今天|统一|一律|都会|就得|就能|肯定|一定|必须|按规定|规定|要承担|得承担|就得你还")
# reassurance that denies a legal consequence: 「谈不上」「扯不上」「跟……没关系」
LEGAL_DENY = re.compile(r"谈不上|扯不上|说不上|够不上|沾不上|不沾边|轮不到|犯不上|不至于|不涉及|(?:跟|和|与)[^，。！？!?]{0,6}(?:无关|没关系|没有关系|扯不上|不沾边)")
# a scam warning: someone else's call, an unknown account, "that was fraud"
SCAM_X = re.compile(r"(?:凡是|但凡|只要是|任何)[^。！？!?]{0,20}(?:让|要|叫)(?:您|你)[^。！？!?]{0,20}(?:都是|一律是|就是|肯定是|全是)(?:诈骗|骗子|骗局|骗)|不是我们打的|陌生(?:账户|账号|卡)|往[^，。！？!?]{0,6}(?:账户|卡)[^，。！？!?]{0,4}(?:汇|打|转)|(?:遇到|碰到|接到)[^。！？!?]{0,10}(?:诈骗|骗)|十有八九|骗局|(?:那|这)(?:个|种)?(?:电话|短信|人)[^。！？!?]{0,6}(?:诈骗|骗)")
# an accurate definition of what a court measure is (「限高是法院对被执行人作出的」)
LEGAL_DEFINE = re.compile(r"是(?:由)?法院(?:对|针对)?[^，。！？!?]{0,8}(?:作出|决定|采取|下达|判)的|(?:法院|法官)的事|法官(?:说了算|决定)")

# credit-exaggeration: a credit cue × an invented effect on jobs, credentials, welfare or family
CREDIT_X_CUE = re.compile(r"征信|信用(?:记录|报告)?|逾期|不良|污点|黑名单|记录|一黑|一花|黑了|花了|挂上|挂着|黑户")
CREDIT_X_EFFECT = re.compile(
    # jobs and vetting
    rf"(?:单位|公司|企业|国企|央企|人事|HR|hr|背调|老板|平台|用人单位){_S}{{0,12}}(?:不要|不敢要|不会要|不收|不录|刷掉|刷下来|拒录|拒收|封号|开除|辞退|劝退|一票否决)"
    rf"|(?:哪个|哪家|没有|谁家)(?:单位|公司|企业|老板){_S}{{0,4}}(?:敢|会|愿意)?要(?:你|您)"
    rf"|(?:骑手|司机|外卖|快递|保安|工作|班|教师|老师|公务员)[^，。！？!?]{{0,4}}(?:都|也)?(?:当不成|当不了|干不了|做不了|上不了|干不成)"
    rf"|政审{_S}{{0,6}}(?:过不|通不过|刷|否决|不过|没戏)|一票否决|不(?:予)?录用|(?:考公|考编|公务员|事业编|国企|研究生|考研|留学)[^。！？!?]{{0,8}}(?:别想|没戏|没门|免谈|过不|刷掉|刷下来)"
    # credentials
    rf"|(?:毕业证|学位证|学历|证书|教师资格证?|资格证|执照|驾照|文凭){_S}{{0,8}}(?:拿不到|拿不了|发不了|不给(?:你|您)?发|卡着|扣着|吊销|办不|考不|别想)"
    rf"|(?<!征信)(?<!信用)(?:档案|学籍)(?:里|上)?{_C}{{0,4}}(?:跟着|记|写|留)|(?:跟着|记入|写进|放进|进)(?:你|您)?(?:的)?(?:人事)?(?:档案|学籍)"
    # welfare and everyday life
    rf"|(?:社保|医保|看病|报销|养老金|退休金|低保|公积金|医疗){_S}{{0,8}}(?:受影响|影响|用不了|报不了|停|麻烦|冻结|取不|办不|多审)"
    rf"|(?:和|跟|与){_S}{{0,8}}(?:社保|医保|公安|户籍|学籍|户口){_S}{{0,4}}联网|上户口|办医保"
    # family members and their own loans or banking
    rf"|(?:家人|家庭成员|户口本|二老|老人|老大|老二|老三|孩子|娃|子女|配偶|老公|老婆|爱人|丈夫|妻子|媳妇|男人|你们家|您们家|全家|家里){_C}{{0,14}}(?:关联|标(?:出来|记|注)|多审|批不下来|贷不下来|批不了|贷不了|利率|提前收回|保不住|麻烦|连累|拖累)"
    rf"|(?:关联|绑定|挂钩)(?:到|上)?{_S}{{0,6}}(?:家人|家庭|户口|亲属|父母|子女|配偶)"
)
# whose record and who is hurt differ: 「他的征信一花，您名下的房贷…」「你这征信一花，他名下的车贷…」
_LOAN_EFFECT = (rf"(?:房贷|车贷|贷款|买房|信用卡|存单|养老金|业务|考公|政审|工作){_C}{{0,10}}"
                rf"(?:收回|利率|多审|标出来|批不|贷不|办不|保不住|受影响|上调|往上|过不|刷)")
_OTHER = r"(?:他|她|你爸|你妈|您爸|您妈|儿子|女儿|老公|老婆|爱人|丈夫|妻子|父亲|母亲|爸爸|妈妈|孩子|家人|家里人)"
CREDIT_X_OTHER_OWNS = re.compile(rf"{_OTHER}(?:的|这)?(?:个)?(?:征信|逾期|信用|记录)")
CREDIT_X_YOU_OWN = re.compile(r"(?:你|您)(?:的|这)?(?:个|一|条|笔)?(?:征信|逾期|信用|记录)")
CREDIT_X_YOU_HIT = re.compile(rf"(?:你|您)(?:们)?(?:名下|自己|以后)?(?:的)?{_C}{{0,6}}{_LOAN_EFFECT}")
CREDIT_X_OTHER_HIT = re.compile(rf"{_OTHER}(?:名下|自己|以后)?(?:的)?{_C}{{0,6}}{_LOAN_EFFECT}")
CREDIT_X_OK = re.compile(r"不一定|不是说一定|并不|不会|不存在|只(?:记录|影响|记)(?:您|你)?(?:本人|自己)|误解|谣言|谣传|夸大|骗子|个别|少数|部分(?:单位|岗位)|有的(?:单位|岗位)|金融类|特定岗位")


def _clause_at(t: TurnText, pos: int) -> tuple[int, int]:
    """(start, end) of the clause of ``t.norm`` that contains ``pos``."""
    for a, b in clause_spans(t.norm):
        if a <= pos < b:
            return a, b
    return pos, min(len(t.norm), pos + 1)


def _hit_at(t: TurnText, pos: int) -> Hit:
    a, b = _clause_at(t, pos)
    return Hit(t.orig[a:b].strip(), pos)


def _reported(t: TurnText, pos: int) -> bool:
    """「您问会不会…」「您说…」: the debtor's words reported, then answered."""
    return bool(re.search(r"(?<![跟和给对向])(?:您|你)(?:刚才|之前)?(?:问|说|担心|怕|以为|听说|提到)[^，,。！？!?]{0,12}$", t.norm[max(0, pos - 16):pos]))


def _lead(t: TurnText, pos: int, n: int = 8) -> str:
    """Up to ``n`` characters before ``pos`` within its sentence, with 「不是吓你」「不还」 masked:
    a denial in the previous sentence (「不是吓你。你这个名单…」) does not negate this one."""
    before = re.split(r"[。！？!?]", t.norm[max(0, pos - n):pos])[-1]
    return NOT_NEGATING.sub("__", before)


def _claims_authority(t: TurnText) -> bool:
    return any(p.search(t.norm) for p in IMP_X) or bool(L.IMPERSONATE.search(t.norm) or L.IMPERSONATION.search(t.norm))


def _impersonation_x(t: TurnText) -> Hit | None:
    """Second pass: a post, secondment or desk at an authority, 「我…同时也是…调解员」 across a
    speech pause, acting inside an authority's system, or 「…专员就是我」."""
    for pattern in IMP_X:
        for m in pattern.finditer(t.norm):
            sentence = sentence_of(t.norm, m.start())
            a, _ = _clause_at(t, m.start())
            if IMP_NOT.search(m.group(0)) or IMP_NOT.search(t.norm[max(0, m.start() - 6):m.start()]):
                continue
            if negated(t.norm[a:m.end()], m.start() - a):
                continue
            if re.search(r"冒充|自称|骗子|诈骗|假如|如果|要是|建议|咨询", sentence) and not re.match(SELF_X, m.group(0)):
                continue
            if IMP_REPORTED.search(t.norm[max(0, m.start() - 10):m.start()]):
                continue
            if _BY_REFERENCE.search(sentence):
                continue  # 「以法院通知为准」: a reference to a document, not a role
            return _hit_at(t, m.start())
    return None


def _false_legal_x(t: TurnText) -> Hit | None:
    """Second pass: a case moved to police/court/enforcement, a summons to the station, seizure
    by the court, detention 「局里蹲着」, a suspended invented measure 「先不拘你」「暂缓执行」,
    and invented joint liability 「连带还款责任」 — not hedged, denied or a scam warning."""
    for m in LEGAL_X.finditer(t.norm):
        a, b = _clause_at(t, m.start())
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, m.start())
        if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence):
            continue
        if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()):
            continue
        if LEGAL_X_HEDGE.search(sentence) and not LEGAL_X_CERTAIN.search(sentence):
            continue
        if re.search(r"担保|保证人|共同借款", sentence):
            continue  # a guarantor's joint liability is real
        if re.search(r"调解", t.norm[m.start():b]) and not re.search(r"执行|立案|起诉|判|拘|抓|冻结|查封", t.norm[m.start():b]):
            continue  # 「转入诉前调解」: mediation, not a lawsuit (the role claim is impersonation)
        if re.match(r"案子|案件|卷宗|材料", m.group(0)) and re.search(r"再(?:不|没)|的话|如果|要是", sentence) \
                and not re.search(r"已经|已|下周|明天|今天|马上|立刻|这两天|今晚", clause):
            continue  # 「再没动静，材料就转过去」: a conditional process, not a filed case
        if re.match(r"案子|案件|卷宗|材料", m.group(0)) and (re.match(r"(?:给|到)?(?:律所|律师)", t.norm[m.end():]) or not (
                re.search(r"法院|法庭|执行|检察|公安|派出所|经侦|警|司法|调解|仲裁|监管", sentence) or _claims_authority(t))):
            continue  # 「您的案件转到我们部门」「移交律所」: the collection file, not a court case
        if re.match(r"案子|案件|卷宗|材料", m.group(0)) and re.match(rf"(?:给|到)?{SELF_X}", t.norm[m.end():]) and not re.match(
                rf"(?:给|到)?{SELF_X}{_C}{{0,6}}(?:法院|执行|公安|派出所|经侦|检察)", t.norm[m.end():]) and not re.search(
                r"法院|法庭|执行局|调解|公安|派出所|警|检察|经侦|仲裁", t.norm):
            continue  # 「这个案子已经转到我这边了」: the file moved to the collector (no court / police claimed)
        return _hit_at(t, m.start())
    return None


def _credit_x(t: TurnText) -> Hit | None:
    """Second pass: a credit cue × an invented effect on jobs and vetting, credentials, welfare
    or family members; or one person's record said to hurt another person's loans."""
    cands = [m.span() for m in CREDIT_X_EFFECT.finditer(t.norm)]
    for m in CREDIT_X_YOU_HIT.finditer(t.norm):
        if CREDIT_X_OTHER_OWNS.search(sentence_of(t.norm, m.start())):
            cands.append(m.span())
    for m in CREDIT_X_OTHER_HIT.finditer(t.norm):
        if CREDIT_X_YOU_OWN.search(sentence_of(t.norm, m.start())):
            cands.append(m.span())
    for pos, end in sorted(cands):
        a, b = _clause_at(t, pos)
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, pos)
        s0 = t.norm.find(sentence)
        window = t.norm[max(0, s0 - 30):b]
        if not CREDIT_X_CUE.search(window):
            continue
        if "联网" in t.norm[pos:end] and not CREDIT_X_CUE.search(sentence):
            continue  # 「我们这个电话跟公安联网」: the collector's own line (impersonation), no credit record
        if negated(clause, pos - a) or denied_after(clause, pos - a + 2) or denied_after(t.norm, b):
            continue
        rest = sentence.replace(t.norm[pos:end], "")  # the claim itself may say 「都不会要你」
        if CREDIT_X_OK.search(rest) or re.search(r"祝|顺利|加油|早日|照顾好|担心|谣|误会|误解", clause):
            continue
        if _reported(t, pos) or WARNING.search(sentence):
            continue
        if re.search(r"失信被执行|限高|限制高消费|法院", sentence) and not re.search(r"征信|黑名单|信用", sentence):
            continue  # a court-status claim: false-legal-claim
        return _hit_at(t, pos)
    return None


# ----------------------------------------------------------------------------------------------
# Round 2 cue classes (from writer h's misses, written as families, not sentences).
# ----------------------------------------------------------------------------------------------
AUTH_Y = (rf"(?:{AUTH_X}|执法(?:部门|机关|单位|机构)|司法(?:部门|机关|机构)|国家机关|公安部|最高法|高院|中院|"
          r"送达组|执行组|专案组|网警|经侦|刑警队|警队)")
_REL_DENIED = re.compile(r"[^，。！？!?]{0,6}(?:没有?(?:任何)?(?:关系|关联|瓜葛)|无关|不沾边|扯不上|不搭界)")
_NOT_Y = re.compile(r"不是|并非|不代表|不属于|冒充|自称|骗子|诈骗|假的|假冒|没有(?:任何)?(?:关系|权力|执法权)|无关|哪有|哪是|又不是|怎么可能")

# impersonation ①: the collector's post is empowered / appointed by an authority, or "as good as" an officer
IMP_EMPOWERED = re.compile(
    rf"(?:岗位|身份|职位|工作|编制|证件|工牌|我们|我这边|我这|{SELF_X}){_S}{{0,10}}(?:是|由|经|受|归)?{AUTH_Y}{_S}{{0,6}}"
    rf"(?:授权|授予|委托|指派|委派|派驻|派下来|特聘|聘请|聘用|任命|发证|发的证|直管|管的|下属)"
    rf"|(?:相当于|等于|等同于|算是|就算|视同|跟|和){_C}{{0,2}}(?:半个|一个|半拉|半拉子)?(?:执法人员|执法者|执法的|公职人员|国家工作人员|司法人员|警察|公安|法官|公务员|政府的人|官方的人)"
    rf"(?<!跟法官)(?<!和法官)(?<!跟警察)(?<!和警察)(?<!跟公安)(?<!和公安)"  # 「跟法官沟通」 is "with", not "the same as"
    rf"|(?:跟|和)(?:半个|一个)?(?:法官|警察|公安)(?=一样(?![都也要得讲需])|差不多|没区别|一个样|同级|平级|一回事|是一家)"
    rf"|(?:有|持|拿着|带着)(?:着)?(?:执法权|执法证|警官证|警号|司法权|强制权|办案权|抓人的权)"
)
# impersonation ②: the collector works alongside / on behalf of an authority on its task
IMP_ASSIST = re.compile(
    rf"{SELF_X}{_S}{{0,10}}(?:配合|协助|协同|替|帮|陪同|联合|会同|受){_C}{{0,3}}{AUTH_Y}{_C}{{0,8}}"
    rf"(?:送达|执行|调查|办案|找|查|取证|核实|核查|传唤|传|上门|走访|通知|处理|追|委托)"
)
# impersonation ③: the collector's call / system is wired to police or court, or a statement
# in it "counts as" a police record
IMP_LINKED = re.compile(
    rf"(?:电话|通话|录音|系统|号码|线路|平台|热线|数据|我们|我这边|这边){_C}{{0,6}}{AUTH_Y}{_C}{{0,4}}(?:联网|联通|对接|连着|直连|共享|同步|实时|内网|专线|一体|连通)"
    rf"|(?:说的|讲的|记下来的|记的|录下来的|录的|这段话|这通电话|这个电话|你说的话|你讲的话){_S}{{0,6}}(?:等于|相当于|就是|算|视同|作为|当作|直接当)(?:是)?{_C}{{0,4}}(?:笔录|口供|讯问记录|询问记录|呈堂证供|证词)"
)
IMP_Y = (IMP_EMPOWERED, IMP_ASSIST, IMP_LINKED)


def _law_firm_payee(match: str, sentence: str) -> bool:
    """A law firm named only as the payee or source of a fee: the act is unofficial-channel."""
    return bool(re.search(r"律所|律师事务所", match) and not re.search(r"(?:我|本人)(?:就|其实|现在|也)?是|身份|名义|承办|代理律师|作为", match)
                and re.search(r"费|账户|账号|打到|转到|汇到|付|交", sentence) and not re.search(r"(?:我|本人)(?:就|其实|现在|也)?是[^，。！？!?]{0,8}律师|以律师", sentence))


def _platform_freeze(t: TurnText, m: re.Match[str], sentence: str) -> bool:
    """「账户冻结的话，先交解冻费」: the debtor's own App/login account frozen (raised by the
    debtor, or tied to an unfreezing fee), with no court or police in the sentence."""
    if "冻结" not in m.group(0) or re.search(r"法院|执行|公安|警|检察|司法|保全|查封", sentence):
        return False
    return bool(re.search(r"App|APP|app|登录|解冻(?:手续)?费|解冻", sentence) or ("冻结" in t.state.last_debtor and re.search(r"的话|如果|要是", sentence)))


def _impersonation_y(t: TurnText) -> Hit | None:
    """Round 2: a post empowered by an authority / 「相当于半个执法人员」, working alongside an
    authority on its task (「配合法院送达」), a call wired to police / 「等于公安笔录」."""
    for pattern in IMP_Y:
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if _NOT_Y.search(m.group(0)) or _NOT_Y.search(t.norm[max(0, m.start() - 8):m.start()]) or _REL_DENIED.match(t.norm[m.end():]):
                continue
            if negated(t.norm[a:m.end()], m.start() - a):
                continue
            if WARNING.search(sentence) or IMP_REPORTED.search(t.norm[max(0, m.start() - 10):m.start()]) or _reported(t, m.start()):
                continue
            if re.search(r"如果|要是|假如|建议|您可以|你可以|可以去|咨询", sentence):
                continue
            if re.search(r"征信|信用|上报|持牌|设立|牌照|资质|注册", t.norm[a:b]):
                continue  # 「系统跟人民银行征信对接」「经监管部门批准设立的持牌机构」: true
            if pattern is IMP_EMPOWERED and m.group(0).startswith(("相当于", "等于", "等同于", "算是", "就算", "视同", "跟", "和")) \
                    and not re.search(rf"{SELF_X}|岗位|身份|职位|工作|我们", sentence[:max(0, sentence.find(m.group(0)))]):
                continue  # 「相当于警察」 must be said of the collector's own post
            return _hit_at(t, m.start())
    return None


# false-legal ①: the debtor's case or data passed to police / prosecution (broad verbs)
_AUTH_CRIM = r"(?:派出所|公安(?:局|机关|分局)?|警方|警察|经侦(?:大队|支队)?|刑侦|刑警|检察院|检方|司法机关|网警|辖区)"
LEGAL_Y_REPORT = re.compile(
    rf"(?:同步|通报|上报|报给|报到|报送|反映给|提交|递交|推送|移交|转交|抄送|发给|交给|报备|推给|递给|转给|交到|送到|发到)(?:给|到|至)?{_C}{{0,10}}(?:{_AUTH_CRIM}|(?<![律务])所里)"
    rf"|(?:你|您)的?(?:情况|资料|信息|材料|案子|事|名字){_C}{{0,8}}(?:在|到了|进了){_AUTH_CRIM}"
)
# false-legal ②: the debtor already on police / court records
LEGAL_Y_ONFILE = re.compile(
    rf"(?:{_AUTH_CRIM}|法院|执行局|法庭){_S}{{0,8}}(?:挂上号|挂了号|挂号|挂上了|备了?案|报备(?:了|过)(?!的)|记上|记了(?:你|您)|盯上|盯着(?:你|您)|有(?:你|您)的?(?:名字|档案|案底|记录|号)|建了?档|登记在案|在案|上了?名单|列入|列为|立了?项)"
    rf"|(?:成了|就是|已经是|列为|算|当成)(?:犯罪)?(?:嫌疑人|嫌犯)|(?<![不非])(?:犯罪)?嫌疑人"
)
# false-legal ③: criminal prosecution or punishment for a debt (wrong even when conditional)
LEGAL_Y_CRIM = re.compile(
    r"(?:网上)?在逃人员|网上在逃|网逃|通缉犯|(?<![不非])逃犯|公诉|批捕|定罪|治罪|服刑|牢饭|踩缝纫机|铁窗|手铐|(?:上|戴)铐|判(?:你|您)?(?:个)?(?:刑|实刑)|论处|(?:以|按|算)(?:恶意)?(?:诈骗|逃废债|逃债)|逃废债|拒执罪|拒不执行(?:判决|裁定)?罪|刑期|量刑|"
    r"刑事(?:拘留|案件|追诉)|追诉|按刑事|走刑事|转刑事|看守所|拘留所|劳改|坐(?:几年|个几年)?(?:大)?牢|蹲(?:几年|个几年)?(?:大)?牢"
)
# false-legal ④: arrest or detention in any word order (「该抓照样抓」「逮进去」「关你几天」)
LEGAL_Y_ARREST = re.compile(
    r"(?:该|照样|一样|照|就|会|要|来|去|被|给|先|直接|马上|得|都|也|敢|说|上门)(?:把(?:你|您)?)?(?:抓|逮|拘(?=人|你|您|他|她|留|走|起来|进去))(?!紧|住|手|时间|重点|落实|机会|好|钱|阄|药|取|获|拍|包|一把|点|个|些|头|耳)"
    r"|逮(?:你|您|人|走|起来|进去)|(?:关|拘)(?:你|您)(?:几天|起来|进去|个|半个)|关(?:起来|进去|进号子|进局子|进去几天)|(?:抓|逮)进去|抓去(?:关|蹲|坐)"
)
# false-legal ⑤: an invented court document said to be sent, delivered or signed for
LEGAL_Y_DOC = re.compile(
    rf"(?:通知|传票|文书|判决书|裁定书|起诉书|起诉状|执行书|应诉通知|开庭通知|法院的信|法院信|公函|协查函|拘传票){_S}{{0,10}}"
    rf"(?:(?:寄|送|发|递|贴|投)(?:到|给|去|往|了|过去|出去|回)|签收|签了字|签过字|签了|送达|收了|收到了|到了)"
)
# a delivery affirmed right after the debtor asked about a court document (the noun elided)
LEGAL_Y_DELIVERED = re.compile(r"(?:寄|送|发|递|贴|投)(?:到|给|去|往|过去|出去)|签收|签了字|签过字|送达")
_LEGAL_Y_DOC_ASKED = re.compile(r"传票|法院[^，。！？!?]{0,6}(?:通知|文书|信|材料)|起诉书|起诉状|判决书|裁定书|开庭通知|拘传")
_LEGAL_Y_CTX = re.compile(r"法院|传票|开庭|起诉|立案|执行|公安|警察|派出所|检察院|拘|判决|裁定")
LEGAL_Y_HEDGE = re.compile(r"如果|假如|万一|可能|或许|有权|依法|由法院|经法院|法院(?:判决|决定|认定)|只有|才(?:会|可能|有)|不会|不至于|并不|谈不上|民事|建议|你可以|您可以|可以去|报警|以后|到时候?")
LEGAL_Y_CERTAIN = re.compile(r"已经|已|早就|早|马上|立刻|直接|下周|明天|今天|这就|刚刚|刚|正在|就会|就得|就要|一定|肯定|铁定|照样|照|该抓|都|了")


def _false_legal_y(t: TurnText) -> Hit | None:
    """Round 2: data passed to police, the debtor 「挂上号」 at the station, criminal prosecution
    for a debt, arrest in any word order, and a court document said to be delivered."""
    prev = t.state.last_debtor or ""
    for pattern in (LEGAL_Y_REPORT, LEGAL_Y_ONFILE, LEGAL_Y_CRIM, LEGAL_Y_ARREST, LEGAL_Y_DOC):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence):
                continue
            if _NOT_Y.search(t.norm[max(0, m.start() - 6):m.start()]) or re.search(r"骗子|诈骗(?:电话|短信|分子|团伙)|冒充|自称", sentence):
                continue
            if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()):
                continue
            if re.search(r"(?:你|您)(?:这|的)?(?:不是|不算|不构成|够不上)|不是(?:刑事|犯罪)|民事(?:纠纷|案件)", sentence):
                continue
            certain = LEGAL_Y_CERTAIN.search(clause) or (pattern is LEGAL_Y_CRIM and re.search(r"就会|就得|就要|一定|肯定|直接|铁定|等着", sentence))
            if LEGAL_Y_HEDGE.search(sentence) and not certain:
                continue
            if pattern in (LEGAL_Y_REPORT, LEGAL_Y_ONFILE, LEGAL_Y_DOC) and not certain:
                continue
            if pattern is LEGAL_Y_REPORT and re.search(r"(?:骗|诈骗|冒充|报案|报警)", prev + sentence) and not re.search(r"(?:你|您)的?(?:情况|资料|信息|材料|案子|事|名字)", sentence):
                continue  # the collector reporting a scam, not the debtor
            if pattern is LEGAL_Y_DOC and not (_LEGAL_Y_CTX.search(sentence) or _LEGAL_Y_CTX.search(prev)):
                continue  # a bill or an SMS notice, no court or police behind it
            if pattern is LEGAL_Y_DOC and re.search(r"律师函|账单|短信|催收函|App|APP|app|提醒", sentence):
                continue
            if pattern is LEGAL_Y_ARREST and not re.search(r"抓|逮|关|拘", m.group(0)):
                continue
            return _hit_at(t, m.start())
    if _LEGAL_Y_DOC_ASKED.search(prev):
        for m in LEGAL_Y_DELIVERED.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause, sentence = t.norm[a:b], sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or LEGAL_Y_HEDGE.search(sentence) or not LEGAL_Y_CERTAIN.search(sentence):
                continue
            if re.search(r"账单|短信|App|APP|app|律师函|催收函|邮箱|没有|不存在|骗", sentence):
                continue
            return _hit_at(t, m.start())
    return None


# credit ①: everyday services, travel and licences refused because of the record
_OTHER2 = (r"(?:(?:你|您|他|她)(?:哥|姐|弟|妹|嫂子|姐夫|舅舅?|叔叔?|姨|姑|爷爷|奶奶|外公|外婆)|他|她|你爸|你妈|您爸|您妈|爸妈|父母|二老|老人|公婆|岳父|岳母|老丈人|丈母娘|你爹|你娘|爹妈|老汉儿?|屋头(?:人)?|屋里(?:人)?|"
           r"儿子|女儿|老公|老婆|爱人|丈夫|妻子|媳妇|孩子|娃|家人|家里人|亲戚|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|亲属|一家(?:人|子)?|男朋友|女朋友|对象|配偶)")
CREDIT_Y_SERVICE = re.compile(
    rf"(?:车险|保险|ETC|etc|按揭|手机号|手机卡|电话卡|宽带|水电|燃气|网约车|打车|滴滴|外卖|快递|租房|酒店|宾馆|支付宝|微信支付|花呗|开户|办卡|营业执照|执照|注册公司|开店|运营证|营运证|从业资格|"
    rf"签证|护照|港澳通行证|通行证|出境|出国|机场|边检|海关|登机|高铁|火车|飞机){_S}{{0,14}}"
    rf"(?:办不|开不|用不|上不|租不|买不|批不|注册不|出不|过不了|过不去|走不了|都不给|不给(?:你|您)?(?:办|批|开|上|过)|拒(?:签|保|绝|收)|封(?:号|掉|了)|停(?:掉|了|用)|拦|扣下|扣住|卡住|没法办|办不成|别想|(?:莫得|没得)(?:办|用|批|搞|坐))"
    rf"|(?:出不去|出不了国|出不了境|走不出国门|国门都出不)"
)
# credit ②: the debtor's whole livelihood or trade said to be over
CREDIT_Y_LIVELIHOOD = re.compile(
    r"(?:这碗饭|这行饭|这口饭|饭碗|这行|这一行|本行)(?:就|你|您|也|以后)?(?:别|甭|不用|莫|休)想?(?:再)?(?:吃|干|做|混|端)"
    r"|饭碗(?:就)?(?:砸|丢|保不住|没了|不保|端不住)|(?:别|甭|莫)想(?:再)?(?:吃这碗饭|干这行|混了|端饭碗)|(?:这行|这一行|行业)(?:里)?(?:就)?(?:混不下去|待不下去|干不下去|混不了|没法混)"
)
# credit ③: a family member's own loans / cards called in because of the debtor's record
CREDIT_Y_FAMILY = re.compile(
    rf"{_OTHER2}(?:名下|自己|以后|手里|手上)?{_S}{{0,10}}(?:贷款|房贷|车贷|信用卡|卡|账户|存款|按揭|额度|借款){_S}{{0,16}}"
    rf"(?:提前收回|收回|抽贷|断贷|停贷|冻结|降额|封卡|停卡|上调|涨利息|批不|贷不|办不|停掉|停用|跟着停|停(?=[，,。！？!?]|$)|拒|受牵连|受连累|受影响)"
)
CREDIT_Y_HEDGE = re.compile(r"可能|或许|也许|有可能|一定程度|更严|不一定|未必|部分|有的|个别|一些|审批时|会参考|参考")
CREDIT_Y_STRONG = re.compile(r"全都|全部|统统|一律|根本|肯定|绝对|别想|都得|都会|全")


_PRIOR_CUE = re.compile(r"征信|信用(?:记录|报告)?|逾期记录|黑名单|不良记录")


def _prior_cue(t: TurnText) -> bool:
    """The debtor's last words or the collector's last turn were about the credit record: this turn
    answers or continues it (「还有您的社保卡也跟着冻上」)."""
    return bool(_PRIOR_CUE.search(mandarin(t.state.last_debtor or "")) or _PRIOR_CUE.search(t.state.last_collector or ""))


def _credit_y(t: TurnText) -> Hit | None:
    """Round 2: services / travel / licences refused, the trade 「这碗饭别吃了」, or a relative's
    own loans called in — each needs a credit cue nearby and no hedge or denial."""
    for pattern in (CREDIT_Y_SERVICE, CREDIT_Y_LIVELIHOOD, CREDIT_Y_FAMILY):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 30):max(b, s0 + len(sentence))]
            if not CREDIT_X_CUE.search(window) and not _prior_cue(t):
                continue
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or denied_after(t.norm, b):
                continue
            if CREDIT_X_OK.search(sentence) or re.search(r"祝|顺利|加油|早日|照顾好|担心|谣|误会|误解|骗子", sentence):
                continue
            if _reported(t, pos) or WARNING.search(sentence):
                continue
            if CREDIT_Y_HEDGE.search(sentence) and not CREDIT_Y_STRONG.search(sentence):
                continue
            if re.search(r"失信被执行|限高|限制高消费|限制出境|边控|法院", sentence) and not re.search(r"征信|黑名单|信用|逾期", sentence):
                continue  # a court-status claim: false-legal-claim
            if pattern is CREDIT_Y_FAMILY and not (CREDIT_X_YOU_OWN.search(sentence) or re.search(r"(?:看|查|因为|就因为)(?:到)?(?:你|您)|(?:你|您)这?(?:连带|一逾期|一欠)", sentence)):
                continue  # the relative's own record: not an invented knock-on effect
            return _hit_at(t, pos)
    return None


# ----------------------------------------------------------------------------------------------
# Round 3 cue classes (from writers i–l, written as families, not sentences).
# ----------------------------------------------------------------------------------------------
# any government / judicial / supervisory body, incl. bureaus the lexicon never lists
AUTH_Z = (rf"(?:{AUTH_Y}|(?:地方)?金融(?:监督)?管理(?:总)?局|金管局|金融局|银保监(?:会|局)?|银监(?:会|局)?|证监会|监管(?:部门|机构|机关)|"
          r"(?:市|区|县|省|镇|乡)?(?:教育局|教育厅|人社局|人社厅|民政局|财政局|市场监管局|工商局|网信办|信访办|综治办|政法委|纪检|监察委)|"
          r"经济犯罪侦查(?:部门|大队|支队|科)?|刑事侦查(?:部门|大队|支队)?|互联网法院|仲裁庭|公证处|"
          r"(?:金融)?监督管理(?:总)?(?:局|部门|机构|委员会)|法律援助(?:中心|站|处)|法援(?:中心|站))")
# officers only (not 专员 / 联络员, which the lender's own staff are called too)
_OFFICER_Z = r"(?:法官|警官|检察官|书记员|民警|协警|辅警|调解员|执行员|执行专员|法警|特派员|督办员|办案人员|公务员|干警)"
_ADV_Z = r"(?:本身|同时|其实|现在|今天|也|还|就|实际上|正式|另外|这边|呢|啊|呀|嘛|[,，])"
# impersonation ①: 「我(…)也是…律师 / 教育局…小组的」 across speech pauses and 「我除了是X，也是Y」
IMP_Z_SELF = re.compile(
    rf"{SELF_X}(?:这个?|的)?(?:身份|职务|本职|正职|另一个身份|真实身份)?(?:在{_C}{{1,6}}?(?=[是系]))?{_ADV_Z}{{0,4}}(?:除了{_C}{{0,14}}[,，]?)?{_ADV_Z}{{0,3}}(?:是|系|属于|兼|当|担任|代表){_C}{{0,16}}"
    rf"(?:{AUTH_Z}|(?:执业|专职|代理|持证|签约|驻场|委托|挂证|特聘|首席)?律师(?![函费事])|{_OFFICER_Z}"
    rf"|(?:持证|执业|持牌|挂证|注册)(?:的)?(?:律师|法律顾问|法务)|(?:局里|所里|院里|队里)(?:的|派来的|对口的|派驻的)?{_C}{{0,4}}(?:协调员|联络员|专员|工作人员|同志|干部|{_OFFICER_Z}))"
)
# impersonation ②: 「跟你说话的 / 给你打电话的是…」 an authority or its officer
IMP_Z_SPEAKER = re.compile(
    rf"(?:跟|和|给|同|联系)(?:你|您)(?:说话|讲话|通话|打电话|打这个电话|联系|对话|谈)?的(?:人|这位|这个人|那位)?(?:是|就是|正是){_C}{{0,20}}(?:{AUTH_Z}|{_OFFICER_Z}|律师)"
)
# impersonation ③: the collector's words stand for an authority (「我说的话就代表监管的意思」)
IMP_Z_SPEAKS_FOR = re.compile(
    rf"(?:{SELF_X}|我们)(?:这边|这里)?(?:说的话|讲的话|的话|的意思|的态度|的决定|的通知|说的|讲的){_C}{{0,4}}(?:就|都|也)?(?:代表|等于|相当于|等同于)(?:了)?{_C}{{0,4}}"
    rf"(?:{AUTH_Z}|监管|官方|政府|国家|执法|办案|侦查|警方|所里|局里)"
)
# impersonation ④: holding a post, credential or joint office at an authority
IMP_Z_POST = re.compile(
    rf"{SELF_X}{_S}{{0,8}}(?:挂着|兼着|占着|顶着|担着|挂了|兼了|挂个|兼个|挂的是|兼的是){_C}{{0,14}}{AUTH_Z}"
    rf"|(?:持|拿|带|有|揣)(?:着|了)?{_C}{{0,4}}(?:辅警|协警|警官|警察|执法|律师|执业|检察官|法官|司法|法院工作|公安|调解员)证"
    rf"|{SELF_X}{_S}{{0,8}}(?:跟|和|与){_C}{{0,10}}{AUTH_Z}{_C}{{0,6}}(?:联合办公|合署办公|一起办公|联合办案|一起办案|一个办公室|一套人马|联合执法)"
)
# impersonation ⑤: the round-2 「empowered / assisting」 classes over the broader authority list
IMP_Z_EMPOWERED = re.compile(IMP_EMPOWERED.pattern.replace(AUTH_Y, AUTH_Z))
IMP_Z_ASSIST = re.compile(IMP_ASSIST.pattern.replace(AUTH_Y, AUTH_Z))
IMP_Z = (IMP_Z_SELF, IMP_Z_SPEAKER, IMP_Z_SPEAKS_FOR, IMP_Z_POST, IMP_Z_EMPOWERED, IMP_Z_ASSIST)
# 「以法院通知为准」「以判决为依据」: a reference, not a role
_BY_REFERENCE = re.compile(rf"以{_C}{{0,14}}为(?:准|主|依据|参考|标准)")


def _impersonation_z(t: TurnText) -> Hit | None:
    """Round 3: 「我也是…执业律师」「我除了是X也是区教育局…小组的」 across pauses, 「跟你说话的是…调解员」,
    「我说的话就代表监管」, a post / credential / joint office at an authority, and the round-2
    classes over bureaus the lexicon never listed (教育局, 地方金融管理局)."""
    for pattern in IMP_Z:
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if _NOT_Y.search(m.group(0)) or _NOT_Y.search(t.norm[max(0, m.start() - 8):m.start()]) or _REL_DENIED.match(t.norm[m.end():]):
                continue
            if negated(t.norm[a:m.end()], m.start() - a) or _BY_REFERENCE.search(sentence):
                continue
            if WARNING.search(sentence) or IMP_REPORTED.search(t.norm[max(0, m.start() - 10):m.start()]) or _reported(t, m.start()):
                continue
            if re.search(r"如果|要是|假如|建议|您可以|你可以|可以去|咨询|找个?律师|请个?律师", sentence):
                continue
            if re.search(r"征信|上报|持牌|设立|牌照|资质|注册", t.norm[a:b]):
                continue  # a true statement about the lender's licence or credit reporting
            if _law_firm_payee(m.group(0), sentence):
                continue
            if pattern is IMP_Z_SELF and re.search(r"(?:委托|合作)的?(?:催收|贷后|机构|公司|专员|客服)|(?:律师|律所)(?:团队|那边)?(?:会|将|来)?(?:评估|审核|跟进|处理)", m.group(0)) \
                    and not re.search(r"律师(?![团那])|身份|名义", m.group(0)[m.group(0).find("是"):]):
                continue
            return _hit_at(t, m.start())
    return None


# false-legal ①: an invented case withdrawn in exchange for payment (「案子给您撤回来」「法院那边我帮您撤」)
LEGAL_Z_WITHDRAW = re.compile(
    rf"(?:帮|给|替|为)(?:你|您)(?:把)?{_C}{{0,6}}(?:撤(?:回|销|掉|案|诉)?|销案|销掉)"
    rf"|(?:案子|案件|起诉|诉讼|立案|官司|法院那边|仲裁|执行|判决|裁定|传票|通缉|拘留|执行令|支付令|失信|限高){_C}{{0,8}}(?:撤回|撤销|撤掉|销掉|销案|撤了|撤(?=[，。！？!?]|$))"
)
_WITHDRAW_OTHER = re.compile(r"申请|投诉|分期|订单|委托|扣款|自动还款|授权|短信|提醒|代扣")
# false-legal ②: police / court come to take the debtor away; 「等着被拘」
LEGAL_Z_TAKEN = re.compile(
    rf"(?:派出所|警察|公安|民警|法警|法院|执行局|警方|辅警|经侦|刑警)(?:的人)?{_S}{{0,10}}(?:带人|带走|把(?:你|您)带|抓人|拘人|押走|铐(?:走|上|你|您)|传唤(?:你|您)|拘传)"
    rf"|等着(?:被)?(?:拘|抓|逮|关|坐牢|蹲|判|吃官司|收传票|上法庭|被执行|被起诉|进去|进局子)"
    rf"|(?<![不没未])被(?:拘|抓|逮|关押|关进|刑拘|铐|带走)(?!紧|住|到(?:手|机会))"
)
# false-legal ③: a police or court "invitation" euphemism (「派出所请您去喝茶」)
LEGAL_Z_SUMMONS = re.compile(
    rf"(?:{_AUTH_CRIM}|法院|法官|检察院|执行局){_S}{{0,6}}(?:请|叫|喊|传|找|约)(?:你|您)(?:去|过去|来|到)?{_S}{{0,4}}(?:喝茶|聊聊|谈谈|谈话|问话|做笔录|笔录|说明情况|一趟|坐坐)"
    rf"|(?:去|到|进)(?:派出所|局子|局里|公安局){_S}{{0,3}}喝茶|喝茶{_S}{{0,4}}(?:派出所|公安|警察|局子)"
)
# false-legal ④: an invented court document issued (支付令, 判决, 执行令 … 下发 / 生效)
_DOC_Z = r"(?:支付令|传票|判决书?|裁定书?|执行令|拘留令|逮捕令|通缉令|保全裁定|执行通知书?|法律文书|起诉书|起诉状|仲裁(?:裁决|书|通知)|裁决书|限高令|限制令|协查函|拘传票)"
LEGAL_Z_DOC = re.compile(
    rf"(?:{AUTH_Z}|法院|仲裁委?)(?:那边|这边)?{_C}{{0,8}}(?:下发|下达|发出|出具|签发|作出|发了|下了|出了|寄出|开出)(?:了)?{_C}{{0,6}}{_DOC_Z}"
    rf"|{_DOC_Z}{_C}{{0,8}}(?:已经|早就|已|都)(?:{_C}{{0,4}})?(?:生效|下来|下发|下达|发出|签发|出来)"
    rf"|生效的?法律文书"
)
# false-legal ⑤: case materials sent to a court or police (broad verbs)
LEGAL_Z_FILE = re.compile(
    rf"(?:案子|案件|卷宗|材料|资料|证据|诉状|起诉材料){_C}{{0,8}}(?:递到|递给|递交|交到|送到|报到|提交到|提交给|寄到|发到|转到|移到|报给|上交|呈到|提到|交给)(?:了)?{_C}{{0,6}}"
    rf"(?:法院|法庭|立案庭|仲裁委?|公安|派出所|检察院|经侦)"
)
# false-legal ⑥: a debt called a crime (「按规定就算骗贷了」「已经构成贷款诈骗」)
LEGAL_Z_CRIME = re.compile(
    r"(?<![不没未])(?:算|就是|构成|属于|涉嫌|定性为|定性成|当成|按|以|视为|认定为|等于|叫)(?:是|了)?(?:恶意)?"
    r"(?:骗贷|贷款诈骗|信用卡诈骗|合同诈骗|诈骗|恶意透支|逃废债|逃债|非法占有|经济犯罪|犯罪|刑事案件|骗取贷款)"
)
_CRIME_ACCURATE = re.compile(r"才|只有|以非法占有为目的|经.{0,6}催收|而是|不等于|不算|不构成|够不上|民事|由法院|法院认定|司法机关认定")
# false-legal ⑦: the invented status upheld after the debtor disputes it (「系统还没更新，这两天就挂上去」)
LEGAL_Z_UPHOLD = re.compile(
    r"(?:还没|没|未)(?:来得及)?(?:更新|同步|录入|录(?:进|上)去?|登记|上传|显示|挂上|公示|出来|生效)"
    r"|(?:这两天|马上|很快|明天|回头|过几天|迟早|早晚|下周|下礼拜|下个?星期|下个?月|月底)(?:就)?(?:会)?(?:挂|上|更新|显示|同步|录|出来|公示|生效)(?:上去|上|出来)?"
)
_LEGAL_PRIOR = re.compile(r"失信|限高|限制(?:高)?消费|立案|起诉|传票|强制执行|冻结|拘|抓|案底|通缉|判|黑名单|被执行")
_DEBTOR_DISPUTES = re.compile(r"没有|没查到|查不到|查了|根本|不信|骗人|瞎说|胡说|乱说|没收到"
                              r"|(?:刚|才|明明|昨天|前天|前几天|上(?:个)?(?:礼拜|星期|周|月))[^，,。！？!?]{0,6}(?:坐|买|办|用|刷|去|贷|取)(?:过|了)")
# a court / arbitration notice the debtor asked about, affirmed as sent (noun may be elided)
_DOC_ASKED_Z = re.compile(r"仲裁|法院|传票|起诉|开庭|判决|裁定|立案|执行")
LEGAL_Z_SENT = re.compile(r"(?:寄|送|发|递|贴|投)(?:到|给|去|往|过去|出去)|签收|送达")
_A_NOT_A = re.compile(r"(.)[不没]\1")


def _a_not_a(text: str, pos: int) -> bool:
    """「冻不冻结」「起不起诉」: an open question, not a claim."""
    return bool(pos >= 2 and text[pos - 1] in "不没" and text[pos - 2] == text[pos:pos + 1]) or bool(
        _A_NOT_A.match(text[pos:pos + 3]))


def _false_legal_z(t: TurnText) -> Hit | None:
    """Round 3: a case withdrawn for payment, police coming to take the debtor / 「等着被拘」,
    a 「喝茶」 summons, an invented court document issued, case materials sent to court,
    a debt called a crime, and an invented status upheld after the debtor disputes it."""
    prev = t.state.last_debtor or ""
    for pattern in (LEGAL_Z_WITHDRAW, LEGAL_Z_TAKEN, LEGAL_Z_SUMMONS, LEGAL_Z_DOC, LEGAL_Z_FILE, LEGAL_Z_CRIME):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence):
                continue
            if _NOT_Y.search(NOT_NEGATING.sub("__", t.norm[max(0, m.start() - 6):m.start()])) or re.search(r"骗子|诈骗(?:电话|短信|分子|团伙)|冒充|自称", sentence):
                continue
            if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()) or _a_not_a(t.norm, m.start()):
                continue
            if re.search(r"(?:你|您)(?:这|的)?(?:不是|不算|不构成|够不上)|不是(?:刑事|犯罪)|民事(?:纠纷|案件)", sentence):
                continue
            certain = LEGAL_Y_CERTAIN.search(clause) or re.search(r"等着|就|下周|明天|今天|马上", clause)
            if pattern is LEGAL_Z_WITHDRAW:
                if _WITHDRAW_OTHER.search(clause) or re.search(r"如果|假如|要是已经|依法|申请", sentence):
                    continue
                if not (re.search(r"案|法院|起诉|诉讼|立案|仲裁|执行|公安|派出所|警|判决|裁定|传票|通缉|拘留|失信|限高", t.norm) or _LEGAL_PRIOR.search(t.state.last_collector or "")):
                    continue
            elif pattern is LEGAL_Z_CRIME:
                if _CRIME_ACCURATE.search(sentence):
                    continue
            elif pattern is LEGAL_Z_SUMMONS:
                pass  # a debt never leads to a police 「invitation」: wrong even when conditional
            else:
                if LEGAL_Y_HEDGE.search(sentence) and not certain:
                    continue
                if pattern in (LEGAL_Z_DOC, LEGAL_Z_FILE) and not certain:
                    continue
                if pattern is LEGAL_Z_FILE and re.search(r"再(?:不|没)|的话|如果|要是", sentence) and not re.search(r"已经|已|下周|明天|今天|马上|立刻|这两天", clause):
                    continue  # 「再没动静，材料就转过去」: a conditional process, not a filed case
                if pattern is LEGAL_Z_DOC and re.search(r"律师函|账单|短信|催收函|App|APP|app|提醒", sentence):
                    continue
            return _hit_at(t, m.start())
    if _DOC_ASKED_Z.search(prev):
        for m in LEGAL_Z_SENT.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause, sentence = t.norm[a:b], sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or LEGAL_Y_HEDGE.search(sentence) or not LEGAL_Y_CERTAIN.search(clause):
                continue
            if re.search(r"账单|短信|App|APP|app|律师函|催收函|邮箱|没有|不存在|骗|还款提醒", sentence):
                continue
            return _hit_at(t, m.start())
    if _LEGAL_PRIOR.search(t.state.last_collector or "") and _DEBTOR_DISPUTES.search(prev):
        for m in LEGAL_Z_UPHOLD.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if negated(t.norm[a:b], m.start() - a) or LEGAL_Y_HEDGE.search(sentence) or re.search(r"账单|App|APP|app|还款记录|到账|入账", sentence):
                continue
            return _hit_at(t, m.start())
    return None


# credit ①: everyday life blocked by the record — accounts, phone, platforms, jobs, school
_DOMAIN_Z = (r"(?:开户|开卡|办卡|(?:银行|各家|所有|名下|工资)[^，。！？!?]{0,6}(?:账户|卡)|银行卡|储蓄卡|工资卡|POS机?|pos机?|收款码|宽带|手机卡|手机号|新卡|电话卡|"
             r"实名(?:认证)?|认证|注册|骑手|外卖|滴滴|闪送|跑单|快递员?|网约车|直播(?:号|间)?|租房|房子|工作|上班|公司|单位|大厂|国企|央企|老师|教师|公务员|"
             r"考公|考编|考研|研究生|政审|当兵|参军|入伍|入学|上学|学校|考大学|上大学|读书|留学|签证|出国|护照|酒店|高铁|飞机|火车|社保|医保|看病|低保|养老金)")
_BLOCK_Z = (r"(?:办不|开不|用不|上不|租不|买不|批不|注册不|出不|进不|考不|过不|当不|干不|拿不|住不|坐不|找不)(?:了|下来|成|去|进去|到)?"
            r"|不让|不给|不会(?:再)?给|不(?:要|收|录)(?:你|您)|没人要|没(?:有)?(?:人|单位|公司|哪家)(?:敢|会|愿意)?要|被卡|卡住|卡死|要被?卡|被锁|锁(?:住|死|了)|都要被锁|被冻|冻结|"
            r"(?<!报)废(?:了|掉)?|都难|很难|难了|没戏|刷下来|刷掉|拉黑|被拒|拒(?:绝|签|收)|别想|凉凉|一查就|封号|(?:被|给|就)封(?:了|掉)?")
CREDIT_Z_LIFE = re.compile(
    rf"{_DOMAIN_Z}{_C}{{0,14}}(?:{_BLOCK_Z})|(?:不让|不给|不会(?:再)?给|没人(?:敢|会)?(?:给|让))(?:你|您){_C}{{0,4}}{_DOMAIN_Z}"
)
_KIN_Z = (r"(?:孩子|娃|儿子|女儿|闺女|子女|儿女|子孙|儿孙|小孩|孙子?|孙女|外孙女?|下一代|后代|弟弟|妹妹|老公|老婆|爱人|丈夫|妻子|媳妇|男人|"
          r"爸妈|父母|爸爸|妈妈|老爸|老妈|二老|老两口|两口子|公婆|岳父|岳母|家人|家里人|亲属|亲戚|老汉儿?|屋头(?:人)?|"
          r"男朋友|女朋友|对象|未婚夫|未婚妻|女婿|儿媳妇?|配偶|直系(?:亲属|子女|家属)?|家属)")
# who a record is falsely said to be wired into (not the credit bureau or lenders, which are real)
_LINK_TGT = (r"(?:用工(?:平台)?|(?:网约车|外卖|骑手|招聘|跑腿|货运|快递|直播)(?:平台)?|各大平台|单位|公司|雇主|学校|社保|医保|公安|户籍|"
             r"配偶|亲属|家属|家人|子女|父母|爱人|老公|老婆|直系)")
# credit ②: the record spreads to relatives (「征信会连到您老公」「老两口的征信也得跟着受牵连」)
CREDIT_Z_SPREAD = re.compile(
    rf"(?<![不没未别])(?:连到|连累|牵连|波及|影响到?|殃及|拖累|株连|带累|传到|算到|记到|挂到|转到|带上|同步|共享|推送)(?:到|至|给)?(?:您|你|其|他|她)?(?:的|们)?(?:家里的?)?{_KIN_Z}"
    rf"|(?:征信|信用(?:记录|信息)?|逾期(?:记录|信息)?|不良(?:记录|信息)?){_S}{{0,10}}(?:共享|同步|互通|联网|打通|推送|对接|绑在一(?:块|起)|绑定|挂钩)(?:给|到|至|于|的)?{_S}{{0,8}}{_LINK_TGT}"
    rf"|{_LINK_TGT}{_S}{{0,8}}(?:跟|和|与)(?:征信|信用|人行)(?:系统)?(?:是|都|已经)?(?:互通|联网|打通|共享|同步|对接|绑|挂钩|连着)"
    rf"|(?:夫妻|两口子|一家人?|家里人?|你们){_S}{{0,6}}(?:征信|信用)(?:是|都|也)?(?:绑|连|挂|通|串)(?:在|着)"
    rf"|{_KIN_Z}(?:的)?{_C}{{0,4}}(?:征信|信用|记录){_C}{{0,8}}(?:跟着|连带|受牵连|一起|株连|受连累|也得|也会|也要)"
    rf"|(?:全家|一家(?:人|子|老小)?|你们家|您们家|你们一家|家里人|家人|老两口|一家老小){_C}{{0,14}}(?:都得?|也|全)(?:会|要|得)?{_C}{{0,2}}(?:受影响|受牵连|跟着|遭殃|办不|批不|贷不|上黑名单|黑)"
    rf"|(?:学校|入学|上学|招生|录取|考大学|高考|当兵|参军|入伍|政审){_C}{{0,10}}(?:看|查|审|核查|调)(?:一下)?(?:家长|父母|爸妈|家里人?|家人|亲属|直系亲属)(?:的)?(?:征信|信用|逾期)"
)
# credit ③: a relative's future or own credit hit (schooling, jobs, card limits)
CREDIT_Z_KIN_FUTURE = re.compile(
    rf"{_KIN_Z}{_S}{{0,14}}(?:考大学|上大学|读书|上学|入学|当兵|参军|入伍|政审|考公|考编|国企|央企|老师|教师|公务员|工作|上班|入职|就业|进银行|前途|出国|留学|贷款|房贷|车贷|信用卡|额度)"
    rf"(?:{_C}{{0,10}}|{_C}{{0,2}}[，,]{_C}{{0,10}})(?:卡住|卡死|被卡|都难|很难|难了|不了|过不|没戏|受影响|刷|别想|不行|完了|毁|降|下调|砍|批不|贷不|办不)"
)
# credit ④: a whole life over (「这辈子基本就算废了」)
CREDIT_Z_LIFELONG = re.compile(
    r"(?:这辈子|一辈子|下半辈子|后半辈子|终身|终生|永远|永久){_C}{0,10}(?:废|完|毁|翻不了身|抬不起头|洗不白|别想|甭想|休想|没救|没戏|没门|"
    r"标记|记录|留存|留着|污点|黑名单|高利率|利率(?:高|上浮)|贷不|批不|办不)"
    r"|跟(?:着)?(?:你|您|人)(?:一辈子|终身|终生|到死|到老)".replace("{_C}", _C))
# credit ⑤: the livelihood gone (「饭碗直接砸了」「不让您跑单」)
CREDIT_Z_LIVELIHOOD = re.compile(
    rf"饭碗{_C}{{0,3}}(?:砸|丢|保不住|没了|不保|端不住|碎)|(?:不让|不给)(?:你|您)(?:跑|干|做|接单|上岗|上班|开工|出车)")
_CREDIT_Z_OWN = re.compile(r"App|APP|app|额度|借款|再借|借不|分期申请|贷款审批|审批")


def _credit_z(t: TurnText) -> Hit | None:
    """Round 3: everyday life blocked by the record (bank accounts, phone, platforms, jobs,
    school), the record spreading to relatives, a relative's future hit, 「这辈子废了」 — each
    with a credit cue nearby and no denial; 「可能」 does not make an invented effect true."""
    for pattern in (CREDIT_Z_LIFE, CREDIT_Z_SPREAD, CREDIT_Z_KIN_FUTURE, CREDIT_Z_LIFELONG, CREDIT_Z_LIVELIHOOD):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 30):max(b, s0 + len(sentence))]
            cue = CREDIT_X_CUE.search(window) or (
                pattern is CREDIT_Z_SPREAD and CREDIT_X_CUE.search(t.call_text)
                and not re.search(r"脸|丢人|好意思|挂得住|害臊|羞|良心|缺德", sentence))
            if not cue:
                continue
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or denied_after(t.norm, b):
                continue
            if re.search(r"不受|不会受|没受|没有受|不影响|不会影响|影响不到|不至于", m.group(0)) or re.search(r"只(?:跟|和|与|对)?(?:您|你)?(?:本人|自己)(?:有关|相关)?|本人有关", sentence):
                continue  # 「孩子考公务员不受影响」「征信只跟您本人有关」
            rest = sentence.replace(m.group(0), "")  # the claim itself may say 「都不会再给您开户」
            if CREDIT_X_OK.search(rest) or re.search(r"祝|顺利|加油|早日|照顾好|担心|谣|误会|误解|骗子|未必|不至于", rest):
                continue
            if _reported(t, pos) or WARNING.search(sentence):
                continue
            if re.search(r"失信被执行|限高|限制高消费|限制出境|边控|法院|强制执行", sentence) and not re.search(r"征信|黑名单|信用", sentence):
                continue  # a court-status claim: false-legal-claim
            if re.search(r"担保|保证人|共同借款|共同还款|共债", sentence):
                continue  # a guarantor / co-borrower is really affected
            if pattern is CREDIT_Z_LIFE and re.search(r"(?:银行|我们|平台|公司|法院)(?:这边|那边)?[^，。！？!?]{0,4}把", sentence):
                continue  # 「银行就直接把您的储蓄卡冻结」: an act by someone, not an effect of the record
            if pattern is CREDIT_Z_LIFE and _CREDIT_Z_OWN.search(clause):
                continue  # the lender's own App / credit line: a real effect
            if pattern is CREDIT_Z_KIN_FUTURE and re.search(r"贷款|房贷|车贷|信用卡|额度", m.group(0)) and not (
                    CREDIT_X_YOU_OWN.search(sentence) or re.search(r"征信|信用|逾期|记录", t.norm[max(0, s0 - 30):pos])):
                continue
            return _hit_at(t, pos)
    return None


# ----------------------------------------------------------------------------------------------
# Round 4 (writers m–p): cue classes written as families, read through text.mandarin.
# ----------------------------------------------------------------------------------------------
_ROLE_EN = r"(?:attorney|lawyer|counsel|solicitor|police(?:man|woman)?|officer|judge|prosecutor|bailiff|sheriff)s?"
_AUTH_W = (rf"(?:{AUTH_Z}|(?:司法|政法|公安|法院|检察|执法|公检法)(?:口|系统|条线|那条线)|(?<![法律])(?:检|警)(?:那边|那头|方)|公检法|综治办|综治中心|网格)")
# impersonation ①: same side / same system as an authority (「跟街道综治办是一个系统的」「派出所一查就知道是自己人」)
IMP_W_SAME = re.compile(
    rf"(?:{SELF_X}|我们|咱们|(?:我们|咱们)?(?:平台|公司|我司|本公司)){_S}{{0,10}}(?:跟|和|同|与){_C}{{0,10}}{_AUTH_W}{_C}{{0,6}}(?:是|属于|算)?(?:一个系统|同一个系统|一个单位|一家|一伙|一边|一条线|一个口|一回事|一起办公|联合办公|合署办公|一起办案|一个部门|联动|联合办案|联合执法|协同办案|联合(?:搞|开展|组织|进行|发起|行动|办|做|清欠|清理|整治|督办|专项)|(?:搞|办|开展)的?专项)"
    rf"|{_AUTH_W}{_S}{{0,14}}(?:自己人|自家人|一家人|(?:是|算|都是|也是)(?:咱|我们|咱们)的人|内部的人)"
    rf"|(?:{SELF_X}|我们|咱们|(?:我们|咱们)?(?:平台|公司|我司)){_S}{{0,8}}{_AUTH_W}{_C}{{0,4}}(?:联合办公|合署办公|一起办公|联合办案|一起办案|联合执法|联动办案|联动执法|协同办案)"
)
# impersonation ②: the collector's line, post or work belongs to an authority
IMP_W_LINE = re.compile(
    rf"(?:号|号码|电话|线路|专线|座机|热线|岗位|工作|职位)(?:其实|本身|就)?(?:是|属于|挂在|归){_C}{{0,10}}{_AUTH_W}{_C}{{0,8}}(?:的)?(?:专线|号|热线|线|系统|岗位|编制|口|协查)"
    rf"|{SELF_X}(?:本人)?(?:就|其实|本身)?(?:是)?(?:干|做|搞|负责|管|专管)(?:的)?(?:执行|司法|办案|侦查|刑侦|经侦|公诉|审判)(?:这块|这一块|这行|工作|口|的)"
    rf"|{SELF_X}{_S}{{0,8}}(?:跟|和|同|与|给|替|帮){_C}{{0,10}}{_AUTH_W}(?:那边|这边)?{_C}{{0,4}}(?:协助|配合|协同|联合|一起)(?:办事|办案|执行|工作|处理|查)"
    rf"|(?:我们|我|咱们)(?:的)?(?:上面|上头|上级|背后|后面)(?:是|归|属于|由)?{_C}{{0,4}}(?:{_AUTH_W}|金融监管|监管|政府|公安|法院)(?:那条线|那边|系统|口|条线)?(?:下来|派|管|直管|指派)"
    rf"|(?:{_AUTH_W}|检|法院|公安|派出所)(?:那边|那头)?{_C}{{0,4}}(?:派过来|派下来|派来|指派|委派|调过来)(?:的|对接|负责)"
    rf"|{_AUTH_W}{_C}{{0,10}}(?:归我|由我|是我|我来|我在)(?:亲自|本人)?(?:管|负责|经办|承办|主办|主管|分管|在管|说了算)"
    rf"|{SELF_X}{_S}{{0,8}}(?:是|算是|就是|作为)(?:你|您)?(?:这个|这起|这件)?(?:案子|案件)(?:的)?(?:承办人|承办法官|办案人|主办人|主办警官|承办检察官)"
    rf"|{SELF_X}(?:的)?(?:律师)?(?:执业证|执业号|律师证|警号|警官证|检察官证|法官证)(?:号|编号)?(?:是|[:：])?[,，]?\d"
    rf"|(?:{SELF_X}(?:今天|现在|其实|就|也)?(?:是)?|(?<![可所难足予加用得])以|作为)[,，]?(?:以|作为|当)?[,，]?(?:一名|一个|个)?[,，]?{_ROLE_EN}"
)
IMP_W = (IMP_W_SAME, IMP_W_LINE)


def _impersonation_w(t: TurnText) -> Hit | None:
    """Round 4: the same system / 自己人 as an authority, the collector's line or post belonging to
    one (司法口的专线, 干执行这块, 上面是监管那条线下来的, 检那边派过来的承办人, 执业证号), and an
    English role (以 attorney 的身份)."""
    for pattern in IMP_W:
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if _NOT_Y.search(m.group(0)) or _NOT_Y.search(t.norm[max(0, m.start() - 8):m.start()]) or _REL_DENIED.match(t.norm[m.end():]):
                continue
            if negated(t.norm[a:m.end()], m.start() - a) or (pattern is IMP_W_SAME and NEGATORS.search(NOT_NEGATING.sub("__", m.group(0)))):
                continue
            if WARNING.search(sentence) or IMP_REPORTED.search(t.norm[max(0, m.start() - 10):m.start()]) or _reported(t, m.start()):
                continue
            if re.search(r"如果|要是|假如|建议|您可以|你可以|可以去|咨询|找个?律师|请个?律师|(?:您|你)(?:的)?(?:律师|attorney|lawyer)", sentence):
                continue
            if re.search(r"征信|上报|持牌|设立|牌照|资质|注册", t.norm[a:b]):
                continue
            if _law_firm_payee(m.group(0), sentence):
                continue
            return _hit_at(t, m.start())
    return None


# false-legal ①: an invented court list or status (「报进失信名单」「名字已经进了那个名单，法院那边的」)
LEGAL_W_LIST = re.compile(
    rf"(?:报进|报到|报上|列进|列入|拉进|纳入|进了|进入|上了|挂到|挂进|写进|录进|放进|弄进|进)(?:了)?{_C}{{0,4}}(?:失信|老赖|执行|法院的?|那个|这个)?{_C}{{0,2}}名单"
)
_LIST_COURT = re.compile(r"失信|老赖|法院|执行|限高|被执行")
# false-legal ②: seizure / freezing / deduction by a court or "directly" without one
_SEIZE_W = (r"(?:拖走|拉走|搬走|抬走|开走|扣走|收走|贴(?:条子|封条|条)|封(?:了|掉|存|上)|查封|冻(?:结|了|上|住|掉)|"
            r"划(?:走|扣|掉)|扣(?:了|掉|光|下)|往外划|拍卖|变卖|执行(?:掉|了)|(?:冻|封|扣|划|查封)(?:你|您|他|她)(?:的|家|们))")
LEGAL_W_SEIZE = re.compile(
    rf"(?:法院|执行局|执行庭|法警|执行(?:的)?(?:人|人员|法官)|警察|公安|派出所)(?:那边|的人)?{_S}{{0,18}}{_SEIZE_W}"
    rf"|(?:不用|不需要|用不着|都不用)(?:打官司|起诉|走法院|上法院|判){_S}{{0,10}}(?:直接|就)?{_S}{{0,8}}{_SEIZE_W}"
    rf"|(?:直接|就)(?:从|把)(?:您|你)(?:的)?{_C}{{0,6}}(?:工资|存款|账户|卡|公积金|社保){_C}{{0,6}}{_SEIZE_W}"
    rf"|(?:微信|支付宝|银行卡|工资卡|储蓄卡|存款|名下(?:的)?(?:财产|卡|账户))(?:里的钱)?(?:和|跟|、)?{_C}{{0,6}}(?:都|也|全)?(?:就|直接|马上|立马|都|统统)(?:会|要)?(?:给(?:你|您|他|她))?{_SEIZE_W}"
)
_SEIZE_CTX = re.compile(r"法院|执行|司法|公安|警|仲裁|诉|检察|保全")
_SEIZE_OK = re.compile(r"授权|代扣|自动还款|自动扣款|约定|绑定的还款|您同意|你同意|签约")
# false-legal ③: police / court coming for the debtor, a case filed (「公安那边已经立上案了」「派出所随时去找你」)
LEGAL_W_POLICE = re.compile(
    rf"(?:{_AUTH_CRIM}|法院|执行局|检察院)(?:那边|这边|的人)?{_S}{{0,8}}(?:已经|已|随时|马上|明天|下礼拜|下周|这两天|就)(?:会)?{_C}{{0,6}}"
    rf"(?:立(?:上|了|好)?案|去{_C}{{0,8}}找(?:你|您|他|她)|来找(?:你|您|他|她)|上门|找上门|抓|拘|铐|带(?:你|您)?走|传唤|判(?!决书|断)|开庭|执行(?!局|庭|人员|法官|的|员|组))"
    rf"|(?:{_AUTH_CRIM}){_S}{{0,10}}(?:头一个|第一个|先|就|会|要)?(?:铐|抓|逮|拘)(?:的|走)?(?:就是|了)?(?:你|您)"
    rf"|立(?:上|好)案"
    rf"|(?:下一步|接下来|下一站|再往下)(?:就是|就|就会|就要|便是)?{_C}{{0,4}}(?:{_AUTH_CRIM}|法院|执行局|检察院|法警)(?:的人|那边|的同志)?{_C}{{0,4}}(?:去|来|上门)?{_C}{{0,3}}(?:找|抓|拘|铐|带走|上门|查封|冻结|传唤|拿人)"
    rf"|(?:已经|已)(?:向|跟|给)?(?:法院|法庭|仲裁委?){_C}{{0,6}}(?:提交|递交|递|交|申请|提起)(?:了)?{_C}{{0,4}}(?:起诉|诉讼|诉状|材料|执行|保全)"
    rf"|(?:案子|案件|起诉|诉讼|立案)(?:申请)?{_C}{{0,4}}(?:已经|已)(?:被)?(?:受理|立上|排期|排上|开庭|判)"
    rf"|(?:案子|案件|个案|卷宗)(?:已经|已)(?:被)?(?:转|移|交|送|递)(?:了)?(?:过去|到|给|进|上去|去)"
)
# false-legal ④: an invented escalation held back or suspended for payment (「材料先压在手里，不往上递」
# 「不让法院往下走」「暂缓」「把明天的事往后挪」) — the measure itself is invented
LEGAL_W_HOLD = re.compile(
    r"压(?:下来|下去|住|着|在手里|一压)|按(?:下来|住|着不)|不(?:往|朝|向)(?:上|下|执行局|执行庭|法院|法庭|公安|派出所|检察院|经侦|所里|局里)(?:那边|那头)?(?:报|递|交|送|走|推|移|转)|不让(?:法院|公安|警察|派出所|执行|案子)[^，,。！？!?]{0,6}(?:往下走|走|动|立案|执行)|"
    r"(?:往后|延后|推迟)(?:挪|拖|压|推|延)|摆平|抹(?:掉|平)|(?:可以|就|先|能)暂缓|暂缓(?:执行|处理|移送|起诉|上报)?|撤(?:回来|下来)|先撤|(?:把|将)[^，,。！？!?]{0,8}(?:撤回|撤销|撤掉)"
)
_HOLD_CTX = re.compile(r"法院|报案|公安|警|派出所|执行|立案|起诉|失信|案子|案件|个案|材料|传票|拘|抓|经侦|检察")
_HOLD_PAY = re.compile(r"还|转|打|交|进来|付|凑|表个态|\d|[一二两三四五六七八九十百千万]+(?:块|元)")


def _false_legal_w(t: TurnText) -> Hit | None:
    """Round 4: an invented court list, seizure / freezing / direct deduction, police or court
    coming for the debtor or a case filed, and an invented escalation held back for payment."""
    prev_c = t.state.last_collector or ""
    for pattern in (LEGAL_W_LIST, LEGAL_W_SEIZE, LEGAL_W_POLICE):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence):
                continue
            if _NOT_Y.search(NOT_NEGATING.sub("__", t.norm[max(0, m.start() - 6):m.start()])) or re.search(r"骗子|诈骗(?:电话|短信|分子|团伙)|冒充|自称", sentence):
                continue
            if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()) or _a_not_a(t.norm, m.start()):
                continue
            if re.search(r"如果|假如|要是|万一|可能|或许|有权|依法|由法院|经法院|只有|才(?:会|可能|能)|民事|一般|通常", sentence) and not re.search(
                    r"已经|已|下礼拜|下周|明天|今天|随时|马上|直接|头一个|一律", clause):
                continue
            if pattern is LEGAL_W_LIST and not (_LIST_COURT.search(sentence) and not re.search(r"征信|黑名单|信用", sentence[:sentence.find(m.group(0))+len(m.group(0))])):
                continue  # a blacklist of the credit record is credit-exaggeration
            if m.group(0).startswith(("案子", "案件", "个案", "卷宗")) and "已" in m.group(0) and not (
                    re.match(rf"{_C}{{0,8}}?(?:法院|法庭|执行|检察|公安|派出所|经侦|警|仲裁)", t.norm[m.end():]) or (
                    m.group(0).endswith("过去") and re.search(r"法院|法庭|执行|检察|公安|派出所|经侦|警|仲裁", sentence))):
                continue  # 「您的案件已经转到我们律所 / 法务 / 我手上」: the collection file, not a court
            if pattern is LEGAL_W_SEIZE and (_SEIZE_OK.search(sentence) or re.search(r"App|APP|app|登录|额度", sentence)):
                continue
            if pattern is LEGAL_W_SEIZE and re.match(r"微信|支付宝|银行卡|工资卡|储蓄卡|存款|名下", m.group(0)) and not (
                    _SEIZE_CTX.search(t.norm) or _SEIZE_CTX.search(t.state.last_collector or "")):
                continue  # an account frozen with no court or police claimed anywhere near
            return _hit_at(t, m.start())
    ctx = t.norm + prev_c + t.call_text[-200:]
    for m in LEGAL_W_HOLD.finditer(t.norm):
        a, b = _clause_at(t, m.start())
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, m.start())
        if negated(clause, m.start() - a) or WARNING.search(sentence) or _reported(t, m.start()):
            continue
        if not _HOLD_CTX.search(ctx) or not _HOLD_PAY.search(t.norm):
            continue
        if re.search(r"分期|扣款|账单|还款日|申请|投诉|委托|短信|催收(?:电话|频率)|外访|联系(?:您|你)?(?:家人|单位)", sentence):
            continue  # a repayment date or contact held back: not a legal measure
        if re.search(r"大头|本金|欠款|余额|利息|罚息|金额|数|钱|款|账|额度|借|工资|货", t.norm[max(0, m.start() - 6):m.start()]) or not re.search(
                r"我|帮|替|给(?:你|您|他|她)|不让", sentence):
            continue  # 「把大头压下来」: the amount brought down, not a legal step held back
        return _hit_at(t, m.start())
    return None


# false-legal exclusions shared by every pass (round 4)
_CRIME_NAME = re.compile(r"(?:经济犯罪|刑事犯罪|犯罪)(?:侦查|协查)(?:专线|大队|支队|科|部门|中心|热线)?|(?<=核查|打击|整治|清查|治理|专项|查处)(?:恶意)?(?:逃废债|骗贷|恶意透支)")
_FL_SCAM_W = re.compile(r"陌生(?:电话|号码|来电|短信|链接)|(?:再|如果|要是)?接到[^。！？!?]{0,24}(?:电话|短信)[^。！？!?]{0,12}(?:核实|别信|挂掉|不要理|报警|官方)")
_FL_ON_ME = re.compile(r"在(?:我|我们)(?:这里|这儿|这边|手上|手里|这)(?:已经)?(?:备案|挂上号|挂号|登记|记录)")


def _fl_skip(t: TurnText, h: Hit) -> bool:
    sentence = sentence_of(t.norm, h.start)
    a, b = _clause_at(t, h.start)
    clause = t.norm[a:b]
    if re.search(r"(?:没|未|没有|并未|从未|尚未|还没)(?:有)?(?:被|给)?$", t.norm[max(0, h.start - 4):h.start]):
        return True  # 「法院都没立案」「你没被起诉」: a plain 没 / 未 before the act negates it
    if _FL_SCAM_W.search(sentence):
        return True  # 「以后再接到说立案的陌生电话，打官方客服核实」: a scam warning
    if _FL_ON_ME.search(clause):
        return True  # 「已经在我这里备案了」: the collector's own record (the role claim is impersonation)
    if re.search(r"调解", clause) and not re.search(r"执行|立案|起诉|判|拘|抓|冻结|查封|失信", clause):
        return True  # a case moved to mediation: not a lawsuit
    return False


# credit-exaggeration: a broader cue (pinyin / English, a debt "这一笔", 再拖)
CREDIT_W_CUE = re.compile(CREDIT_X_CUE.pattern + r"|zhengxin|zheng xin|credit|这一笔|有这笔|这笔(?:账|欠款|钱)|底子|再拖|拖下去|不还")
_KIN_W = _KIN_Z[:-1] + r"|大小子|小子|二小子|丫头|姑娘|大儿子|小儿子|大闺女|小闺女|孩儿|娃儿|你家[^，,。！？!?]{0,3})"
_FAIL_W = (r"(?:受牵连|受连累|受拖累|跟着遭殃|遭殃|没得|跑不|干不|做不|当不|受影响|影响|没戏|黄了?|吹了?|不成|难|不了|不下来|不到|不开|不上|不动|过不|续不上|注册不|评不上|升不|卡|刷掉|暂停|吊销|注销|作废|扣下|扣住|扣着|不发|"
           r"背(?:个)?处分|处分|不会再|不再|不跟|不合作|没人|门儿?都没有|没门|甭想|休想|别想|免谈|白搭|掏现金|用不了|没法)")
# credit ①: professional career and licences vetted on the record (调动, 职称, 执业证, 教师资格注册, 甲方)
# a denial or hedge of the effect; 「就不会再跟您合作」 is itself the claim, not a denial
CREDIT_W_OK = re.compile(CREDIT_X_OK.pattern.replace("不会|", "不会(?!再|跟|和|给|让|要|录|用)|"))
_CAREER_W = (r"(?:调动|晋升|升职|提拔|评优|评先|职称|评高级|评级|转正|入党|执业证|执业注册|执业资格|资格证|教师资格证?|注册|年审|续证|续期|"
             r"甲方|客户|接项目|项目|招标|投标|合作|司机|骑手|跑车|跑单|滴滴|货拉拉|外卖|毕业证|学位证|学历|找工作|考编|考公|军校|政审|考研|入职|背调)")
CREDIT_W_CAREER = re.compile(rf"{_CAREER_W}{_S}{{0,24}}{_FAIL_W}")
# credit ②: everyday payments and apps (共享单车, 打车, 扫码, 医保卡)
CREDIT_W_DAILY = re.compile(
    rf"(?:共享单车|单车|扫码|打车|网购|手机支付|移动支付|付款码|淘宝|京东|美团|外卖|医保卡|社保卡|看病|挂号|买药|银行卡|工资卡)"
    rf"{_C}{{0,10}}(?:扫不开|扫不了|刷不了|刷不动|用不了|付不了|打不了|开不了|不能用|掏现金|停用|冻结|冻上|冻住|不让用)"
)
# credit ③: the record spreads to the whole family or relatives' own lives (连着, 跑不掉, 贷不下来, 找婆家)
CREDIT_W_KIN = re.compile(
    rf"(?:全家|一家(?:人|子|老小)?|你们家|您们家|家里人|家人|老两口){_C}{{0,10}}(?:都|全|也)?(?:连着|绑着|串着|挂着|跑不掉|逃不掉|躲不掉|一个都跑不|谁都跑不)"
    rf"|{_KIN_W}{_S}{{0,16}}(?:买楼|买房|贷款|房贷|车贷|找婆家|找对象|相亲|结婚|嫁人|说亲|说媳妇|娶媳妇|考学|上学|考军校|当兵|工作){_C}{{0,10}}{_FAIL_W}"
)
# credit ④: a record "for life" (终身制, 人走了还在, 永久黑了)
CREDIT_W_LIFE = re.compile(r"终身制|终生|(?:人走了|人死了|死了|进棺材)[^。！？!?]{0,8}(?:都|也|还)[^。！？!?]{0,6}(?:在|留|跟)|(?:永久|永远|一辈子|终身)(?:都)?(?:黑|花|烂|洗不|消不|删不)")


def _credit_w(t: TurnText) -> Hit | None:
    """Round 4: career and licence vetting, everyday payments, the record binding the whole
    family or a relative's own loans / marriage, and a record 「终身制」 — each with a credit or
    debt cue nearby and no denial; 「可能」 does not make an invented effect true."""
    for pattern in (CREDIT_W_CAREER, CREDIT_W_DAILY, CREDIT_W_KIN, CREDIT_W_LIFE):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 40):max(b, s0 + len(sentence))]
            if not CREDIT_W_CUE.search(window) and not _prior_cue(t):
                continue
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or denied_after(t.norm, b):
                continue
            if re.search(r"不受|不会受|没受|没有受|不影响|不会影响|影响不到|不至于", m.group(0)) or re.search(r"只(?:跟|和|与|对)?(?:您|你)?(?:本人|自己)(?:有关|相关)?|本人有关", sentence):
                continue
            rest = sentence.replace(m.group(0), "")
            if CREDIT_W_OK.search(rest) or re.search(r"祝|顺利|加油|早日|照顾好|担心|谣|误会|误解|骗子|未必|不至于|保存5年|五年|如实", rest):
                continue
            if _reported(t, pos) or WARNING.search(sentence):
                continue
            if re.search(r"失信被执行|限高|限制高消费|法院|强制执行", sentence) and not re.search(r"征信|黑名单|信用", sentence):
                continue
            if re.search(r"担保|保证人|共同借款|共同还款|共债", sentence):
                continue
            if pattern is CREDIT_W_CAREER and re.search(r"App|APP|app|额度|借款|再借|分期申请|贷款审批|审批", clause):
                continue
            if pattern is CREDIT_W_DAILY and re.search(r"(?:银行|我们|平台|公司|法院)(?:这边|那边)?[^，。！？!?]{0,4}把", sentence):
                continue
            return _hit_at(t, pos)
    return None


# ----------------------------------------------------------------------------------------------
# Round 5 (writers q–t): authorities the lists never named (traffic police, community,
# invented task forces), the claim carried through the call (the debtor echoes 「法院？」 and
# the collector confirms or speaks as it), officers said to be present; police flagging,
# court people at the door, documents sent to school / family home, intercession with the
# court for a fee; everyday benefits, family-law and relatives' loans, and the collector
# confirming an invented effect the debtor asked about.
# ----------------------------------------------------------------------------------------------
_AUTH_NEW = (r"(?:交警(?:支队|大队|中队|队)?|车管所|交管(?:局|部门|所)?|(?<![回到去在住])社区(?!医院|医生|卫生|门口|团购|超市)(?:居委会|工作站|服务中心|网格)?|网格员?|城管|"
             r"(?:清查|整治|专项|处置|打击|治理|稽查|督查|督办|维稳|联合|风险)[^，,。！？!?]{0,4}(?:工作组|小组|办公室|专班|行动组|指挥部)|工作组|专班|领导小组|指挥部)")
_AUTH_V = rf"(?:{AUTH_Z}|{_AUTH_NEW}|法院|派出所|公安|警察|检察院|执行局)"
_OFFICER_V = r"(?:警官|民警|警察|法官|检察官|书记员|执行法官|法警|辅警|协警|交警|办案人员|协查员)"
# impersonation ①: 「我这边(同时)是…交警支队的协查员」「以…清查工作组的名义」「本职在司法所上班」
IMP_V_SELF = re.compile(
    rf"(?:{SELF_X}|我们|咱们)(?:这边|这里)?{_ADV_Z}{{0,4}}(?:是|系|属于|代表|隶属)(?:于)?{_C}{{0,16}}{_AUTH_NEW}"
    rf"|(?:(?<![可所难足予加用得])以|代表|作为){_C}{{0,16}}(?:{_AUTH_NEW}|{AUTH_Z}){_C}{{0,6}}(?:的)?(?:名义|身份)"
    rf"|(?:本职|正职|主业|本行|编制|正式工作|真实身份|真正身份|本身)(?:是|在|就在|挂在|属于)?{_C}{{0,10}}{_AUTH_V}{_C}{{0,4}}(?:上班|工作|任职|当差|的|里)"
    rf"|(?:专职|执业|挂证|签约|驻场)律师(?![函费事])"
    # a post held at an authority, any word order (「我在交警大队也挂着职」「俺在司法所还有个编制」)
    rf"|{SELF_X}(?:这边|本人)?(?:也|还|同时|其实)?(?:在|搁|于){_C}{{0,10}}{_AUTH_V}{_C}{{0,6}}(?:也|还|同时|另外|兼)?"
    rf"(?:挂(?:着|了)?(?:个)?职|兼(?:着|了)?(?:个)?职|任(?:着)?职|有(?:个)?(?:职务|编制|岗位|职位|位子|工位))"
    # the collector's own authority identity named (「我这交警的身份」「我的民警身份」)
    rf"|{SELF_X}(?:这个?|的)?{_C}{{0,4}}(?:{_AUTH_V}|{_OFFICER_V}|律师)(?:的)?(?:身份|职务|编制|工作证|警号|警官证)"
    # the speaker personally issues a document only a lawyer / court issues (「我给你开个律师函」「我这边给你签传票」)
    rf"|(?<![们])(?:我|本人|俺)(?:这边|亲自|本人|来)?(?:给|替|帮|为)(?:你|您|他|她)(?:开|出具|签发|签|出|下)(?:个|一份|一封|一张|张)?"
    rf"(?:律师函|传票|判决书?|裁定书?|拘传票?|执行通知书?|法律文书|限高令|协查函)"
)
# impersonation ②: an officer said to be with the collector, the phone handed over
IMP_V_PRESENT = re.compile(
    rf"{_OFFICER_V}{_C}{{0,3}}(?:就|现在|正|也)?(?:坐|站|在)(?:在)?(?:我|我们)(?:的)?(?:旁边|身边|边上|对面|这儿|这里|这边|办公室|屋里)"
    rf"|(?:把电话|电话)(?:给|交给|转给)(?:我们)?(?:的)?{_C}{{0,4}}{_OFFICER_V}|(?:让|叫){_C}{{0,4}}{_OFFICER_V}(?:亲自)?(?:跟|和|同)(?:你|您)(?:说|讲|聊)"
)
# impersonation ③ (context): the debtor asks 「派出所？」「你到底是交警还是催收的？」 and the collector
# confirms, or speaks from inside that authority (「来所里」「监管局这边已经…」)
_ECHO_ASK = re.compile(rf"(?:{_AUTH_V}|{_OFFICER_V}|律师|调解员|检察官)(?:的)?(?:人|那边)?[？?]|(?:你|您)(?:们)?(?:到底|真|真的|究竟)?是{_C}{{0,6}}{_AUTH_V}|{_AUTH_V}(?:还是|找我|的人|打来|怎么)|不是{_C}{{0,8}}(?:的吗|吗)")
_CONFIRM = re.compile(r"^(?:对|是|是的|没错|嗯|对啊|对呀|对的|当然|那当然|可不是|(?:都|早|跟你|跟您)?说了(?:是|就是)|我就是|就是)(?![不没])|(?:两边|两头|两家|两个)(?:我|都)?(?:都)?(?:管|挂|是|干|兼|归我)|(?:两个|两种|双重|两边的?|两头的?)(?:身份|头衔|职务)?(?:我)?(?:都|全)(?:有|是|占|算|挂着|兼着)")
_INSIDE = re.compile(r"(?:来|到|回|进)(?:我们)?(?:所里|局里|院里|队里|大队|支队)|(?:我们|咱们|咱)(?:这个)?(?:所|局|队|院|社区|街道)(?:里|这边)?")
# in reply to that echo, the role spoken as ours (「我们律师团队已经接手了」)
_OUR_ROLE = re.compile(r"(?:我们|咱们|我这边)(?:的)?(?:律师团队|律师|法官|警方|民警|辅警|协警|办案人员|执行法官)(?![函费])")
_IMP_V_DENY = re.compile(r"不是(?:法院|公安|警察|派出所|交警|社区|政府|监管|律师|检察)|并非|不代表|没有(?:执法|律师)?(?:身份|权力)|(?:公司|平台|机构)的(?:催收|客服|专员|工作人员)")
_POLICE_PREV = re.compile(r"报警|报案|警察|派出所|110|公安")
IMP_V_WE_ARE = re.compile(r"(?:我们|我|咱)(?:本身|本来|其实)?(?:就是|正是|就)(?:干这个|管这个|干这行|管这事|管这块|吃这碗饭|警察|公安|派出所|管你这种)")


def _impersonation_v(t: TurnText) -> Hit | None:
    """Round 5: new authorities (交警, 车管所, 社区, 清查工作组) in a self-claim, 「以…名义」 or
    「本职在…上班」; an officer present / the phone handed to one; and the claim carried through
    the call — confirmed after the debtor's 「X？」, spoken from inside it, or 「我们就是干这个的」
    after the debtor threatens to call the police."""
    for pattern in (IMP_V_SELF, IMP_V_PRESENT):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if _NOT_Y.search(m.group(0)) or _NOT_Y.search(t.norm[max(0, m.start() - 8):m.start()]) or negated(t.norm[a:m.end()], m.start() - a):
                continue
            if WARNING.search(sentence) or IMP_REPORTED.search(t.norm[max(0, m.start() - 10):m.start()]) or _reported(t, m.start()):
                continue
            if re.search(r"如果|要是|假如|建议|您可以|你可以|可以去|咨询|找个?律师|请个?律师|(?:您|你)(?:的)?律师", sentence) or _BY_REFERENCE.search(sentence):
                continue
            if re.search(r"征信|上报|持牌|设立|牌照|资质", t.norm[a:b]) or _law_firm_payee(m.group(0), sentence):
                continue
            return _hit_at(t, m.start())
    prev = mandarin(t.state.last_debtor or "")
    if _IMP_V_DENY.search(t.norm):
        return None
    if _ECHO_ASK.search(prev) and re.search(rf"{_AUTH_V}|{_OFFICER_V}|律师|调解员|检察官", prev):
        m = _CONFIRM.search(t.norm) or _INSIDE.search(t.norm) or _OUR_ROLE.search(t.norm) or re.search(rf"{_AUTH_V}(?:这边|这里)(?!的?(?:要求|规定|通知))", t.norm)
        if m and not negated(t.norm[:m.end()], m.start()) and not re.search(rf"(?:按|根据|依照|按照){_C}{{0,4}}{_AUTH_V}{_C}{{0,4}}(?:要求|规定|政策|文件)", t.norm):
            return _hit_at(t, m.start())
    said = mandarin(t.state.collector_said or "")
    if said and not _IMP_V_DENY.search(said):
        for m in re.finditer(rf"({AUTH_Z}|{_AUTH_NEW})(?:这边|这里)(?!的?(?:要求|规定|通知))", t.norm):
            name = m.group(1)
            if _law_firm_payee(name, sentence_of(t.norm, m.start())):
                continue  # 「律所这边要收的」 a fee: unofficial-channel
            if name in said and _claimed(said, name) and not negated(t.norm[:m.end()], m.start()):
                return _hit_at(t, m.start())
    if _POLICE_PREV.search(prev):
        m = IMP_V_WE_ARE.search(t.norm)
        if m and not negated(t.norm[:m.end()], m.start()):
            return _hit_at(t, m.start())
    return None


def _claimed(said: str, name: str) -> bool:
    """Did the collector earlier claim to be / speak for ``name``?"""
    fake = replace(_CLAIM_PROBE, norm=said)
    if not (_detect_impersonation_base(fake) or _impersonation_x(fake) or _impersonation_y(fake) or _impersonation_z(fake) or _impersonation_w(fake)):
        return bool(re.search(rf"(?:我|我们|咱)(?:这边|这里)?(?:是|系|代表){_C}{{0,12}}{re.escape(name)}", said))
    return True


# false-legal ①: the debtor or the car flagged by police (布控, 通缉, 标成违法车辆, 上路就扣)
LEGAL_V_FLAG = re.compile(
    r"布控|网上追逃|上网追逃|通缉|(?:标成|标为|标记为|定为|列为|登记为|列成)(?:了)?[^，,。！？!?]{0,4}(?:违法|涉案|嫌疑|盗抢|在逃)(?:车辆|车|人员|对象)?"
    r"|(?:一|只要|敢)?上路就(?:扣|拦|抓|拖|查|截)|(?:一|只要)(?:开|上)(?:出去|路)(?:就|马上)?(?:被)?(?:扣|拦|抓|截)"
)
# false-legal ②: court people at the door, the home auctioned
LEGAL_V_DOOR = re.compile(
    rf"(?:法院|执行局|执行庭|法警|警察|公安|派出所)(?:的人|那边)?{_S}{{0,12}}(?:贴(?:公告|告示|通知|封条|条子)|张贴|挂(?:横幅|牌子))"
    rf"|(?:法院|执行局|执行庭){_C}{{0,4}}(?:把|将)(?:你|您)(?:的|家|们家)?{_C}{{0,6}}(?:房子|房|车|家当|东西|铺子|店)(?:一拍|拍了|拍掉|拍卖|收了|封了|拖走|扣了|收走)"
)
# false-legal ③: a summons / court notice sent to the family home, school or employer; the consequence there
_DOC_V = r"(?:传唤(?:书|证|通知书?|令|单)?|拘传(?:票|证)?|拘留证|逮捕证|通缉令|起诉(?:材料|书|状)|法院(?:的)?(?:通知|文书|传票|函)|传票|判决书|执行通知书?)"
LEGAL_V_DOC = re.compile(
    rf"{_DOC_V}{_C}{{0,10}}(?:寄|送|发|递|贴|投)(?:到|给|去|往)"
    rf"|(?:收到|接到|看到)(?:了)?(?:法院|公安|派出所|检察院)(?:的)?(?:通知|传票|文书|函|材料){_S}{{0,12}}(?:开除|辞退|除名|退学|处分|劝退)"
)
# false-legal ④: the collector tied into the court / police, interceding, an invented court fee
LEGAL_V_LINK = re.compile(
    r"(?:已经|已|现在)(?:跟|和|与)(?:法院|执行局|执行庭|公安|派出所|检察院|警方)[^，,。！？!?]{0,4}(?:联动|对接|联网|打通|联合|挂钩)"
    r"|(?:帮|替|给)(?:你|您)(?:跟|和|向|去)(?:法院|法官|执行局|公安|警察|派出所|检察院)(?:那边)?(?:说|说情|求情|打招呼|疏通|讲|讲情|递话|通融)"
    r"|(?:执行和解|撤案|撤诉|销案|结案|保释|取保|执行)(?:的)?(?:费|金)"
)
# false-legal ⑤: an invented mediation / case dropped for payment, a judge said to weigh the record
LEGAL_V_DROP = re.compile(
    rf"(?:调解|仲裁|案子|案件|法官|法院|执行)(?:这边|那边|那头)?{_C}{{0,6}}(?:就|马上|立马|立刻)?(?:给|帮|替)(?:你|您)(?:撤|销|停|结)(?:了|掉|案)?"
    rf"|(?:记录|录音|材料|笔录|卷宗){_S}{{0,16}}(?:法官|法院|法庭)(?:那边|那里)?(?:怎么看|会看|看了|怎么判|会怎么判|面前)"
)
_FL_V_OK = re.compile(r"依法|再不|的话|任何|不是正规|别交|不要交|报警|96110|没有(?:委托|起诉|立案)|律师函|如果|假如|万一|可能|或许|有权|依法申请|只有|才(?:会|可能|能)|不会|不至于|并不|谈不上|民事|建议|你可以|您可以|骗|冒充")


def _false_legal_v(t: TurnText) -> Hit | None:
    """Round 5: police flagging (布控, 标成违法车辆, 上路就扣), court people posting notices at the
    door or auctioning the home, a summons sent to the family home / school and its invented
    consequence, and the collector tied into or interceding with the court for a fee."""
    for pattern in (LEGAL_V_FLAG, LEGAL_V_DOOR, LEGAL_V_DOC, LEGAL_V_LINK, LEGAL_V_DROP):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence):
                continue
            if _NOT_Y.search(NOT_NEGATING.sub("__", t.norm[max(0, m.start() - 6):m.start()])) or WARNING.search(sentence) or SCAM_X.search(sentence):
                continue
            if _reported(t, m.start()) or _a_not_a(t.norm, m.start()):
                continue
            if _FL_V_OK.search(sentence) and not re.search(r"已经|已|明天|今天|马上|就", clause):
                continue
            if pattern is LEGAL_V_LINK and m.group(0).endswith(("费", "金")) and not re.search(r"交|付|转|打|缴|先", sentence):
                continue
            if pattern is LEGAL_V_DROP and m.group(0).endswith(("撤", "撤了", "撤掉", "销", "停", "结", "停了", "销了", "结了", "撤案", "销案", "结案")) and not _HOLD_PAY.search(t.norm):
                continue  # nothing asked in exchange
            if pattern is LEGAL_V_FLAG and re.search(r"App|APP|app|额度|账户|账号|登录", clause):
                continue  # the lender's own account flags
            return _hit_at(t, m.start())
    return None


# credit ①: benefits, vehicle paperwork, ID use (残疾补贴停, 年检过不了, 刷不了身份证)
_DOMAIN_V = (r"(?:残疾(?:补贴|补助|证)|补贴|补助|低保|五保|抚恤金?|养老金|退休金|高龄津贴|津贴|医保|社保|报销|住院|年检|过户|上牌|车牌|驾照|驾驶证|行驶证|身份证|户口|房产证|不动产)")
_BLOCK_V = (r"(?:冻(?:结|了|上|住|掉)|说冻就冻|取不出|取不了|过不去|办不下来|办不了|办不成|刷不了|刷不出|用不了|领不了|领不到|拿不到|报不了|报不成|走不了|停(?:了|掉|发)|给(?:你|您)停|取消|扣(?:了|掉|下)|没了|作废|冻结|不给(?:你|您)?(?:发|办|报|批|用))")
CREDIT_V_LIFE = re.compile(
    rf"{_DOMAIN_V}{_C}{{0,10}}{_BLOCK_V}|(?:没法|不能|不让|别想|甭想|不给)(?:你|您)?(?:再)?(?:走|用|办|报|领|拿|享受)?{_C}{{0,3}}{_DOMAIN_V}"
)
# credit ②: family law and marriage (抚养权, 离婚分财产, 婚事) decided by the record
CREDIT_V_FAMILY_LAW = re.compile(
    rf"(?:抚养权|监护权|探视权|离婚|分财产|财产分割|继承|遗产|彩礼|婚事|亲事|找对象|相亲|结婚){_S}{{0,14}}(?:说事|拿这个|拿这|用这个|争不|判给|输|吃亏|不利|黄|要查|都查|会查|得查|一查)"
    rf"|(?:婚|亲事|婚事|对象)(?:都|也|就)?(?:难(?:结|成|找|说)|结不成|结不了|说不成|找不着|找不到|黄)"
)
_KIN_V = _KIN_Z[:-1] + r"|侄子|侄女|外甥女?|前夫|前妻|前任|孙辈|亲家|他们家|婆家|娘家)"
# credit ③: relatives' own loans or records hit (「你侄子他们以后也别想贷款」「前夫的征信也干净不了」)
CREDIT_V_KIN = re.compile(
    rf"{_KIN_V}(?:那边|他们|们|名下|自己|以后)?(?:的)?{_C}{{0,8}}(?:贷款|房贷|车贷|按揭|信用卡|征信|信用|记录|额度|买房|考公|工作){_C}{{0,10}}"
    rf"(?:别想|甭想|没戏|干净不了|洗不白|跑不了|收回|抽贷|断贷|冻结|批不|贷不|办不|停|受影响|也得查|要查|照样查|都查|花了|黑了)"
)
# credit ④: a record said to outlast its real term (「挂个十年八年」「死了都销不掉」)
CREDIT_V_TERM = re.compile(
    r"(?:挂|留|记|存|黑|在)(?:上|就是|就|个|它|了|着){0,3}(?:十年八年|十来年|十几年|二十年|几十年|八年十年|十年|一二十年)"
    r"|(?:死了|人走了|人没了|到死|进棺材|入土)[^。！？!?]{0,6}(?:都|也|还)(?:是)?(?:销不|消不|删不|抹不|去不|洗不|清不)(?:掉|了|干净)"
)
# credit ⑤ (context): the debtor asks about an invented effect, the collector confirms it
_ASKED_EFFECT = re.compile(r"(?:考公|考编|政审|上学|读书|工作|孩子|娃|闺女|儿子|女儿|家里|查我|我也|也查|连累|影响)[^。！？!?]{0,14}(?:[？?]|吗|……|真的假的|会不会|是不是)|真的假的|不会吧")
_CONFIRM_C = re.compile(r"^(?:那还能有假|那还有假|还能有假|当然|肯定|没错|是的|对|那是|可不|那可不|必须的|那必须)(?![不没])|(?:照样|一样|照|也得|都得|都要|也要)(?:查|审|受影响|跟着)")
CREDIT_V_OK = re.compile(r"(?:审|查|看)的是(?:她|他|你|您|孩子|本人)?(?:本人|自己)|不会(?:挪|转|算|记|落|牵|连|影响)到?[^，,。！？!?]{0,6}头上|(?:挪|算|记|落)不到|不会影响(?:到)?(?:她|他|孩子|家人)")


def _credit_v(t: TurnText) -> Hit | None:
    """Round 5: benefits, vehicle paperwork and ID use blocked, family-law matters decided by the
    record, relatives' own loans / records hit, a record outlasting its term, and the collector
    confirming an invented effect the debtor asked about."""
    for pattern in (CREDIT_V_LIFE, CREDIT_V_FAMILY_LAW, CREDIT_V_KIN, CREDIT_V_TERM):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 40):max(b, s0 + len(sentence))]
            if not CREDIT_W_CUE.search(window) and not (pattern is CREDIT_V_FAMILY_LAW and re.search(r"黑名单|征信|失信", window)):
                continue
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or denied_after(t.norm, b):
                continue
            if re.search(r"不受|不会受|没受|没有受|不影响|不会影响|影响不到|不至于|不用停|不会停", m.group(0)) or re.search(r"只(?:跟|和|与|对)?(?:您|你)?(?:本人|自己)(?:有关|相关)?|本人有关", sentence):
                continue  # 「孩子考公务员不受影响」「征信只跟您本人有关」
            rest = sentence.replace(m.group(0), "")
            if CREDIT_W_OK.search(rest) or CREDIT_V_OK.search(sentence) or re.search(r"祝|顺利|加油|早日|照顾好|担心|谣|误会|误解|骗子|未必|不至于|保存5年|五年|如实", rest):
                continue
            if _reported(t, pos) or WARNING.search(sentence):
                continue
            if re.search(r"失信被执行|限高|限制高消费|法院|强制执行", sentence) and not re.search(r"征信|黑名单|信用", sentence):
                continue
            if re.search(r"担保|保证人|共同借款|共同还款|共债", sentence):
                continue
            if pattern is CREDIT_V_KIN and CREDIT_X_OTHER_OWNS.search(sentence[:max(0, sentence.find(m.group(0)))]) and not CREDIT_X_YOU_OWN.search(sentence):
                continue  # the relative's own record
            if pattern is CREDIT_V_LIFE and re.search(r"(?:银行|我们|平台|公司|法院)(?:这边|那边)?[^，。！？!?]{0,4}把", sentence):
                continue
            return _hit_at(t, pos)
    prev = mandarin(t.state.last_debtor or "")
    legal_q = re.search(r"诈骗|犯罪|坐牢|抓|拘|起诉|法院|判|违法|刑事|报警", prev) and not re.search(r"征信|信用|黑名单|记录|黑户|贷款|考公|政审|孩子|娃", prev)
    if _ASKED_EFFECT.search(prev) and not legal_q and (CREDIT_W_CUE.search(prev) or CREDIT_W_CUE.search(t.state.last_collector or "")):
        m = _CONFIRM_C.search(t.norm)
        if m and not negated(t.norm[:m.end()], m.start()) and not CREDIT_V_OK.search(t.norm) and not CREDIT_X_OK.search(t.norm):
            return _hit_at(t, m.start())
    return None


_CLAIM_PROBE: TurnText | None = None
# 「不影响」「不会牵连到」 right before the effect denies it; 「只记在您本人名下」 states the real rule
_EFFECT_DENIED_BEFORE = re.compile(r"(?:不|不会|并不|也不|都不|没有?|绝不)(?:会)?(?:影响|牵连|连累|波及|殃及|涉及|拖累)(?:到)?(?:您|你)?(?:的|家)?$")
_OWN_RECORD = re.compile(r"只(?:记录?|影响|算|挂|登记|体现)(?:在|到)?(?:您|你)?(?:的)?(?:本人|自己|个人)")
_VISIT = re.compile(r"进去(?:坐坐|坐一?会|看看|聊聊|聊|喝|串门|瞧瞧)|(?:知道|告诉|说|通知|晓得)[^。！？!?]{0,12}(?:是个|是一个|当个)(?:诈骗犯|罪犯|犯人|骗子|老赖)|(?:这种|这类|这样的)逃废债")
_CREDIT_EFFECT_ANY = re.compile(r"不|没|别|甭|影响|卡|查|审|刷|黑|连累|牵连|拖累|跟|遭|连|难|毁|完|废|受|拒|拦|污点|麻烦|辈子|终身|全家|花|挂|停|收回")


def _fl_skip_v(t: TurnText, h: Hit, f) -> bool:
    if f is _detect_false_legal_base:
        a, b = _clause_at(t, h.start)
        sent = sentence_of(t.norm, h.start)
        if re.search(r"(?:如果|要是|假如|万一)[^。！？!?]{0,16}依法(?:起诉|诉讼)", sent) and not re.search(
                r"已经|已|马上|立刻|明天|今天|抓|坐牢|拘留|犯罪|诈骗|刑事|失信|限高|冻结|查封", t.norm[a:b]):
            return True  # 「要是…银行会依法起诉，传票会寄到户籍地址」: the real process, conditional
    if _VISIT.search(t.norm[max(0, h.start - 20):h.start + 8]):
        return True  # 「进去坐坐」 a visit (threat), 「让领导知道她爸是个诈骗犯」 a label (insult / shaming)
    if _fl_skip(t, h):
        a, b = _clause_at(t, h.start)
        clause = t.norm[a:b]
        # an invented mediation withdrawn for payment is still an invented legal step
        return not (f is _false_legal_z and "调解" in clause and re.search(r"撤", clause) and _HOLD_PAY.search(t.norm))
    return False


def _false_legal_w_v(t: TurnText) -> Hit | None:
    """Round 4 pass, with the App exclusion of a seizure limited to its own clause
    (「在App上还了，不然法院就把你工资卡冻了」 is still a court seizure)."""
    h = _false_legal_w(t)
    if h:
        return h
    for m in LEGAL_W_SEIZE.finditer(t.norm):
        a, b = _clause_at(t, m.start())
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, m.start())
        if not re.search(r"App|APP|app|登录|额度", sentence) or re.search(r"App|APP|app|登录|额度", clause) or _SEIZE_OK.search(sentence):
            continue
        if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence) or WARNING.search(sentence):
            continue
        if re.search(r"如果|假如|要是|万一|可能|或许|有权|依法|由法院|经法院|只有|民事|一般|通常", sentence) and not re.search(r"已经|已|明天|今天|随时|马上|直接", clause):
            continue
        return _hit_at(t, m.start())
    return None


_A_NOT_A_MASK = re.compile(r"(.)不(?=\1)")
# a rhetorical 「你闺女不是要找对象嘛」 ("isn't she about to…") asserts, it does not negate
_RHETORICAL_NOT = re.compile(r"不是(?=[^，,。！？!?]{1,14}(?:嘛|吗|么|呀|啊)(?:[，,。！？!?\s]|$))")


def _credit_mask(norm: str) -> str:
    """「会不会」 and the rhetorical 「不是…嘛」 masked so that neither reads as a negation."""
    return _RHETORICAL_NOT.sub("＿是", _A_NOT_A_MASK.sub(lambda m: m.group(1) + "＿", norm))


# ----------------------------------------------------------------------------------------------
# Round 6 (writers u–x): equivalence and relayed claims (「我就相当于法院的人」「您就当这是检察院
# 打来的」「就说省高院执行局的专员找他」), the authority named as ours (「我们律所」「我们执行局」
# 「我这个律师」), an officer beside the collector; a case said to be already filed or a suit on a
# fixed date, joint work with the police, an enforcement application withdrawn for payment; travel,
# universal loan refusal, vetting, renting, the listener's own banking (third party), relatives
# 「受连累」 and phone / pension blocked as credit effects. Exclusions: the debtor reporting to the
# police, an employer docking wages (contact-shaming), a balance written off (promise), our own
# notice letter, a collection 「结案费」 (fee), 「信用卡」 read as 「卡」, a 失信 travel ban (legal).
# ----------------------------------------------------------------------------------------------
_AUTH_U = (r"(?:人民法院|(?:省|市|区|县)?(?:高院|中院)|最高法|法院|法庭|执行局|执行庭|检察院|公安局|公安机关|公安|派出所|经侦(?:大队|支队)?|"
           r"警方|刑警队|司法机关|律师事务所|律所)")
_ROLE_U = r"(?:律师|法官|警官|检察官|书记员|民警|法警|执行法官|执行员)"
_NOT_U = re.compile(r"不是|并非|不代表|不属于|冒充|自称|骗子|诈骗|假的|假冒|没有(?:任何)?关系|无关|哪有|哪是|又不是|怎么可能|别信|不能说|不可以说|不要说|别说")
# impersonation ①: an equivalence / "treat it as" claim (相当于, 算是, 理解成半个, 就当这是…打来的)
IMP_U_EQUIV = re.compile(
    rf"(?:相当于|等于|算是|可以理解(?:成|为)|理解成|理解为|当成|看成|看作|当作|就当|权当)(?:是|这是|我是|我们是)?(?:半个|一个|个)?"
    rf"(?:(?<=半个){_AUTH_U}|{_AUTH_U}(?![函费])(?:那边|这边|那头)?(?:的人|的电话|打|来|的|[，,。！？!?]|$))"
)
# impersonation ②: the authority or role named as ours (我们律所, 我们执行局, 我这个律师, 我作为律师)
IMP_U_OURS = re.compile(
    rf"(?:我们|咱们|咱|我司|本)(?:这个|的)?{_AUTH_U}(?!的?(?:要求|规定|通知|判决|文书|公告)|上?见)"
    rf"|(?:我|本人)(?:这个|这位|这名|作为|身为)(?:专业的?|执业)?{_ROLE_U}(?![函费事所])"
    rf"|(?:向|由|经)本(?:院|庭)|本(?:院|庭)(?:现|已|特此|将|依法|决定|通知|受理|立案|裁定|判决|执行)"
)
# impersonation ③: the collector tells a third party to pass on that an authority is looking for the debtor
IMP_U_RELAY = re.compile(
    rf"(?:就说|你就说|您就说|跟他说|跟她说|告诉他|告诉她|转告他|转告她)(?:是)?{_C}{{0,6}}{_AUTH_U}{_C}{{0,4}}的{_C}{{0,4}}"
    rf"(?:专员|人|工作人员|同志|{_ROLE_U})(?:在)?(?:找|打)"
)
# impersonation ④: an officer beside the collector (word order reversed: 我旁边坐着的就是…张警官)
IMP_U_BESIDE = re.compile(
    rf"(?:我|我们)(?:的)?(?:旁边|身边|边上|对面)(?:就)?(?:坐着|站着|坐的|站的|在座)?(?:的)?(?:就是|是|有|正是)?{_C}{{0,12}}{_OFFICER_V}"
)


def _impersonation_u(t: TurnText) -> Hit | None:
    for pattern in (IMP_U_EQUIV, IMP_U_OURS, IMP_U_RELAY, IMP_U_BESIDE):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            sentence = sentence_of(t.norm, m.start())
            if _NOT_U.search(m.group(0)) or _NOT_U.search(_lead(t, m.start())) or negated(t.norm[a:m.end()], m.start() - a):
                continue
            if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()) or IMP_REPORTED.search(t.norm[max(0, m.start() - 6):m.start()]):
                continue
            if re.search(r"如果|要是|假如|建议|(?:您|你)可以(?!理解|当成|看成|看作|当作)|咨询|请个?律师|找个?律师|(?:您|你)(?:的)?律师", sentence):
                continue
            if pattern is IMP_U_EQUIV and not re.search(r"我|咱|本人|这", t.norm[max(0, m.start() - 20):m.start()]):
                continue
            if pattern is IMP_U_OURS and re.search(r"律", m.group(0)) and (
                    _law_firm_payee(m.group(0), sentence) or re.search(r"律师事务所|律所|律师", (t.call_text or "")[:30])):
                continue  # a law firm as payee (unofficial-channel), or a real law firm that said so at the opening
            return _hit_at(t, m.start())
    return None


# false-legal ①: a case said to be already filed / on record (已经把你起诉了, 法院都立了案)
LEGAL_U_FILED = re.compile(
    r"(?:已经|已|早就|早都|上个?(?:礼拜|星期|周|月)|前几天|前两天|昨天|前天)(?:就)?(?:把|将)(?:你|您)(?:给)?(?:起诉|告)(?:了|到)"
    r"|(?:法院|公安|派出所|检察院|执行局)(?:那边)?(?:都|也|已经|早就|早)?立(?:了|好)?案(?:了|的)?"
)
# false-legal ②: a suit on a fixed date unless paid (不然下周就正式起诉您了)
LEGAL_U_DATED = re.compile(
    r"(?:不然|否则|要不|要不然|要不就|再不还)[^。！？!?]{0,12}(?:明天|后天|下周|下个?(?:礼拜|星期)|今晚|今天|马上|立刻|周[一二三四五六日天]|月底)"
    r"[^。！？!?]{0,8}就(?:会)?(?:正式|直接)?(?:起诉|上诉|告|立案)(?:你|您)?"
)
# false-legal ③: joint work with the police / court, the file handed over (跟经侦联合办案, 材料已经移交公安)
LEGAL_U_JOINT = re.compile(
    rf"(?:跟|和|与|配合|协助)(?:{_AUTH_CRIM}|法院|执行局)(?:队|大队|支队)?(?:那边|那头)?(?:的同志|的人)?(?:在)?(?:联合|一起|共同|协同)?(?:办案|侦办|查办|侦查|办理(?:你|您)的?案)"
    rf"|(?:材料|资料|案子|卷宗|案卷|证据)(?:已经|已|都|早就)?(?:移交|转交|递交|报送|交|递|报|转)(?:到|给)(?:了)?{_C}{{0,3}}(?:{_AUTH_CRIM}|法院)"
)
# false-legal ④: an enforcement / suit application withdrawn for payment (帮您撤回执行申请)
LEGAL_U_WITHDRAW = re.compile(r"(?:撤回|撤销|撤掉|撤)(?:掉)?(?:对(?:你|您)的)?(?:强制)?(?:执行|起诉|诉讼|立案)(?:申请)?")
# false-legal ⑤: travel banned because a list has been reported (名单都已经报上去了)
LEGAL_U_LIST = re.compile(r"名单[^，,。！？!?]{0,8}?(?:都|已经|早就|早)?(?:已经|已)?(?:报上去|上报|报过去|交上去|提交|报到法院|报给法院)")
_TRAVEL_U = re.compile(r"高铁|飞机|火车|动车|机票|车票|出行|坐车|限高|出不了门")


def _false_legal_u(t: TurnText) -> Hit | None:
    for pattern in (LEGAL_U_FILED, LEGAL_U_DATED, LEGAL_U_JOINT, LEGAL_U_WITHDRAW, LEGAL_U_LIST):
        for m in pattern.finditer(t.norm):
            a, b = _clause_at(t, m.start())
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, m.start())
            if negated(clause, m.start() - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence) or _a_not_a(t.norm, m.start()):
                continue
            if _NOT_U.search(_lead(t, m.start())) or WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, m.start()):
                continue
            if re.search(r"如果|假如|要是|万一|的话|可能|或许|有权|依法|会考虑|只有|才会|吗[？?]?$|[？?]$", sentence) and not re.search(r"已经|已|早就|明天|今天|下周", clause):
                continue
            if pattern is LEGAL_U_WITHDRAW and not (_HOLD_PAY.search(t.norm) and re.search(r"帮|给|替|马上|立刻|就", t.norm[max(0, m.start() - 8):m.start()])):
                continue  # nothing promised in exchange for payment
            if pattern is LEGAL_U_LIST and not _TRAVEL_U.search(t.norm):
                continue
            if pattern is LEGAL_U_JOINT and m.group(0).endswith(("办案", "侦办", "查办", "侦查")) and not re.search(
                    r"(?:您|你)(?:的|这个|这)?(?:材料|案子|案件|资料|事|情况|账)|(?:查|办|侦办|盯|调查)(?:你|您)", t.norm[m.start():]):
                continue  # 「我们就是跟派出所一起办案的」: who we are (impersonation), no case against the debtor
            return _hit_at(t, m.start())
    return None


_EMPLOYER_U = re.compile(r"主任|老板|领导|经理|财务|人事|HR|单位|厂里|厂长|车间|公司里|班长|组长")
_LEGAL_NOUN_U = re.compile(r"案子|案件|立案|撤案|销案|办案|诉|执行|法院|仲裁|官司|警|拘|判|裁定|传票|通缉|失信|限高|公安|派出所|检察")


def _fl_skip_u(t: TurnText, h: Hit, f) -> bool:
    a, b = _clause_at(t, h.start)
    clause = t.norm[a:b]
    sentence = sentence_of(t.norm, h.start)
    if re.search(r"(?:您|你)[^，,。！？!?我们]{0,6}报(?:案|警)", clause) and not _OUR_REPORT.search(clause) and not re.search(r"抓|拘|坐牢|犯罪|诈骗|立案", clause):
        return True  # the debtor reporting a fraud to the police
    if re.search(r"扣", clause) and _EMPLOYER_U.search(sentence) and not re.search(r"法院|执行|冻结|查封|起诉|警|公安|强制", sentence):
        return True  # the employer docking wages: contact-shaming, not a court measure
    if f is _false_legal_z and LEGAL_Z_WITHDRAW.search(clause) and not _LEGAL_NOUN_U.search(sentence):
        return True  # 「剩下的我直接给你销掉」: a waiver, not a withdrawn case
    if f is _false_legal_y and re.search(r"(?:我们|我司|公司|平台|银行|机构)(?:的)?[^，,。！？!?]{0,6}(?:通知|函|信)", clause) and not re.search(
            r"法院|传票|起诉|判决|裁定|执行|立案|公安|警|检察|拘|律师", sentence):
        return True  # our own notice letter sent somewhere: shaming / disclosure, not a court document
    if f is _false_legal_v and re.search(r"结案(?:的)?(?:费|金)", clause) and not re.search(r"法院|案子|案件|诉|执行|警|立案|司法|判|撤案|销案|保释|取保", sentence):
        return True  # a collection 「结案费」: an unofficial fee
    return False


_CREDIT_CUE_U = re.compile(r"征信|信用记录|信用报告|信用|不良记录|逾期|黑名单|黑户|一黑|一花|黑了|花了|挂上|挂着|上报|记录")
_LEGAL_LIST_U = re.compile(r"失信|限高|限制高消费|被执行人|强制执行|法院")
# credit ①: travel restricted by the credit record (坐飞机高铁都受限制, 坐个高铁系统都给您卡着)
CREDIT_U_TRAVEL = re.compile(
    rf"(?:坐|乘|买|订|搭)(?:个|张)?(?:飞机|高铁|火车|动车|机票|车票|卧铺|票)(?:都|也)?{_S}{{0,14}}(?:受限|限制|卡着|卡住|卡(?:你|您)|给(?:你|您)卡|拦|买不|坐不|上不|不让|不给)"
    rf"|(?:出行|出门|出远门){_C}{{0,6}}(?:受限|限制|卡着|被拦|不让)"
)
# credit ②: every lender said to refuse (以后五年哪家银行都不会给您批房贷)
CREDIT_U_NOBODY = re.compile(
    rf"(?:哪家|哪个|任何|所有|没有一家|没有哪家|全部|每家)(?:银行|机构|金融机构|平台|贷款公司|公司)?{_C}{{0,4}}都(?:不会|不|没法|不可能|不肯|不敢)(?:再)?(?:给(?:你|您))?"
    rf"(?:批|贷|借|放款|放贷|办|通过|用|要|录|收)"
)
# credit ③: the record passed on to relatives (连带到直系亲属), relatives 「受你连累」
CREDIT_U_KIN = re.compile(
    rf"(?:连带|牵连|株连|波及|传|挂钩|延伸)(?:到|给)?{_C}{{0,4}}(?:直系亲属|直系|亲属|家属|家人|全家|家里人|父母|子女|老人|下一代)"
    rf"|{_KIN_V}{_S}{{0,16}}(?:受(?:你|您)?的?(?:连累|牵连|拖累)|被(?:你|您)?(?:连累|牵连|拖累)|跟着(?:遭殃|受罪|倒霉|吃亏|受牵连))"
    rf"|(?:连累|拖累|牵连|害)(?:到)?(?:你|您)?(?:的|家)?{_KIN_V}(?:以后|将来)?{_C}{{0,8}}(?:贷款|买房|房贷|结婚|工作|考公|上学|信用卡|办)"
)
# credit ④ (third party): the listener's own banking blocked by the debtor's record
CREDIT_U_LISTENER = re.compile(
    rf"(?:您|你)(?:们)?(?:和|跟|老两口|两口子|一家|家里)?{_S}{{0,12}}(?:银行|贷款|业务|信用卡|房贷|车贷|借钱){_S}{{0,12}}"
    rf"(?:办不了|办不成|不给办|都不给|不给批|批不下来|贷不到|贷不了|办不下来|借不到|受影响|别想)"
)
_DEBTOR_RECORD_U = re.compile(rf"(?:他|她|{_KIN_V})(?:的|这个|这|那个)?(?:逾期|记录|征信|信用|这笔)")
# credit ⑤: vetting reads the record (政审一查你征信上挂着逾期)
CREDIT_U_VET = re.compile(rf"(?:政审|考公|考编|公务员|事业编|入伍|参军|当兵|军检){_S}{{0,10}}(?:一查|查|看到|审)(?:到)?{_C}{{0,8}}(?:征信|逾期|信用|记录|黑名单)")
# credit ⑥: phone number or pension cut off by the record
CREDIT_U_LIFE = re.compile(r"(?:手机号|手机卡|电话卡|养老金|退休金|低保)(?:都|也)?(?:要|会|得)?(?:被)?(?:停|取不出|取不了|领不出|领不了|停掉|销号|注销)")
# credit ⑦: a landlord said to check the record and refuse the tenant
CREDIT_U_RENT = re.compile(r"(?:房东|中介|租房|续租|物业|公寓)[^。！!]{0,10}(?:查|看)[^。！!]{0,6}(?:征信|信用|黑户|黑名单|记录|逾期|污点)")
_RENT_OUT_U = re.compile(r"睡大街|露宿|租不到|租不了|租不着|(?:不|没人)(?:肯|会|敢|愿意)?租(?:给)?|不(?:肯|会)?租给|续[＿不]续|不续|赶出|没地方住|卷铺盖")


def _credit_u(t: TurnText) -> Hit | None:
    pats = [CREDIT_U_TRAVEL, CREDIT_U_NOBODY, CREDIT_U_KIN, CREDIT_U_VET, CREDIT_U_LIFE, CREDIT_U_RENT]
    if t.state.third_party:
        pats.append(CREDIT_U_LISTENER)
    for pattern in pats:
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 40):max(b, s0 + len(sentence))]
            if not (_CREDIT_CUE_U.search(window) or (pattern in (CREDIT_U_KIN, CREDIT_U_LIFE) and CREDIT_W_CUE.search(window))):
                continue
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or _NOT_U.search(t.norm[max(0, pos - 6):pos]):
                continue
            if re.search(r"不受|不会受|没受|不影响|不会影响|影响不到|不至于|不是说|并不是|不一定|未必", sentence):
                continue
            if re.search(r"只(?:跟|和|与|对)?(?:您|你|他|她)?(?:本人|自己)(?:有关|相关)?|本人有关|谣|误会|误解|骗子|夸大|不存在", sentence):
                continue
            if CREDIT_V_OK.search(sentence) or _reported(t, pos) or WARNING.search(sentence) or SCAM_X.search(sentence):
                continue
            if re.search(r"不会|唔会|唔系|唔使|不是|并非|如实|只记|保留|个人建档|自己的报告", sentence.replace(m.group(0), "")):
                continue  # the effect denied or the real rule stated (「政审也不会因为父母欠信用卡就不通过」)
            if re.search(r"担保|保证人|共同借款|共同还款|共债", t.norm[max(0, _clause_at(t, max(0, a - 2))[0]):b]):
                continue
            if pattern is CREDIT_U_TRAVEL and (_LEGAL_LIST_U.search(t.norm) or not re.search(r"征信|信用|黑名单|花了|黑了|挂上", t.norm)):
                continue  # a 失信 travel ban is a legal claim
            if pattern is CREDIT_U_NOBODY and not re.search(r"征信|逾期|信用|记录|黑名单|不良", window):
                continue
            if pattern is CREDIT_U_RENT and not _RENT_OUT_U.search(t.norm[pos:]):
                continue
            if pattern is CREDIT_U_LISTENER and not _DEBTOR_RECORD_U.search(window):
                continue
            if pattern is CREDIT_U_LIFE and re.search(r"(?:银行|我们|平台|公司|运营商)(?:这边|那边)?[^，。！？!?]{0,4}把", sentence):
                continue
            return _hit_at(t, pos)
    return None


def _credit_w_u(t: TurnText) -> Hit | None:
    """Round 4 pass with 「信用卡」 no longer read as the failure word 「卡」."""
    masked = t.norm.replace("信用卡", "信用＿")
    return _credit_w(replace(t, norm=masked) if masked != t.norm else t)


def _detect_impersonation_r6(t: TurnText) -> Hit | None:
    """Rounds 1–6: the lexicon pass, then the broader cue classes, on the dialect-normalised turn."""
    global _CLAIM_PROBE
    t = in_mandarin(t)
    _CLAIM_PROBE = replace(t, state=replace(t.state, last_debtor="", collector_said=""))
    return (_detect_impersonation_base(t) or _impersonation_x(t) or _impersonation_y(t) or _impersonation_z(t)
            or _impersonation_w(t) or _impersonation_v(t) or _impersonation_u(t))


def _detect_false_legal_r6(t: TurnText) -> Hit | None:
    """Definite, invented claims of arrest, jail, crime, a case or court enforcement."""
    t = in_mandarin(t)
    masked = _CRIME_NAME.sub(lambda m: "＿" * len(m.group(0)), t.norm)
    if masked != t.norm:
        t = replace(t, norm=masked)
    for f in (_detect_false_legal_base, _false_legal_x, _false_legal_y, _false_legal_z, _false_legal_w_v, _false_legal_v, _false_legal_u):
        h = f(t)
        if h and not _fl_skip_v(t, h, f) and not _fl_skip_u(t, h, f):
            return h
    return None


def _detect_credit_r6(t: TurnText) -> Hit | None:
    """Invented effects of a credit record."""
    t = in_mandarin(t)
    masked = _credit_mask(t.norm)
    if masked != t.norm:
        t = replace(t, norm=masked)
    for f in (_detect_credit_base, _credit_x, _credit_y, _credit_z, _credit_w_u, _credit_v, _credit_u):
        h = f(t)
        if not h:
            continue
        sentence = sentence_of(t.norm, h.start)
        if CREDIT_V_OK.search(sentence):
            continue
        if f is _detect_credit_base and not _CREDIT_EFFECT_ANY.search(sentence):
            continue
        if _EFFECT_DENIED_BEFORE.search(t.norm[_clause_at(t, h.start)[0]:h.start]) or _OWN_RECORD.search(sentence):
            continue  # 「只记在您本人名下，不影响孩子上学」: the real rule stated
        if _LEGAL_LIST_U.search(sentence) and not re.search(r"征信|信用记录|信用报告|不良记录|黑名单", sentence) and f is not _credit_u:
            continue  # 「列进失信名单，坐火车都要遭拦」: a court list, false-legal-claim
        return h
    return None


_AUTH_R7 = rf"(?:{_AUTH_V}|{_AUTH_U}|网警|反诈(?:中心|民警)?|民警|警官|警察|法官)"
_ROLE_R7 = r"(?:律师|法律顾问|法务律师|法官|警官|检察官|民警|书记员|调解员|执行员|法警|(?:警务|执法|司法|公安|法院|检察|办案|公职|国家)(?:人员|干部|工作人员|机关))"
# impersonation ①: the call / the collector acting for an authority, doing its checks
IMP_R7_ACTFOR = re.compile(
    rf"(?:电话|来电|通话|我(?:这边|今天|现在|这次)?)(?:就|也|主要|其实)?(?:是)?(?:在)?(?:配合|协助|协同|代表|代|替|帮)"
    rf"(?:[市区县省]|当地|辖区)?(?:{_AUTH_R7}|他们|那边){_C}{{0,8}}(?:核查|核实|登记|调查|问询|询问|取证|笔录|摸排|排查|走访|了解情况|问话|办案|打的|打来|打给)"
)
# impersonation ②: speaking in a lawyer's / officer's capacity (以…律师的身份, 以…民警的名义)
IMP_R7_CAPACITY = re.compile(rf"(?<![可所难得予加足])以[,，\s]?{_S}{{0,20}}{_ROLE_R7}[,，\s]?(?:的)?[,，\s]?(?:身份|名义)")
# impersonation ③: "treat this as the police talking to you"
IMP_R7_TREAT = re.compile(
    rf"(?:就当|当成|当作|看成|权当|当)(?:是|成)?{_C}{{0,3}}{_AUTH_R7}(?:的人|的同志|那边)?(?:在|正在)?(?:(?:跟|和|同|给)(?:你|您)(?:谈|说|讲|问|聊|通话|打电话|做笔录)|(?:问|找|审)(?:你|您))"
)
_R7_ACTFOR_OK = re.compile(r"如果|要是|假如|建议|(?:您|你)可以|会(?:依法)?配合|将来|以后|骗子|诈骗|冒充|自称")


def _impersonation_r7(t: TurnText) -> Hit | None:
    for pattern in (IMP_R7_ACTFOR, IMP_R7_CAPACITY, IMP_R7_TREAT):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            sentence = sentence_of(t.norm, pos)
            if _NOT_U.search(m.group(0)) or _NOT_U.search(t.norm[max(0, pos - 8):pos]) or negated(t.norm[a:m.end()], pos - a):
                continue
            if WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, pos) or _R7_ACTFOR_OK.search(sentence):
                continue
            if pattern is IMP_R7_ACTFOR and re.search(r"他们|那边", m.group(0)) and not re.search(_AUTH_R7, t.norm[max(0, pos - 60):pos]):
                continue  # 「配合他们」 needs an authority named just before
            if pattern is IMP_R7_CAPACITY and IMP_REPORTED.search(t.norm[max(0, pos - 6):pos]):
                continue
            return _hit_at(t, pos)
    return None


_POLICE_R7 = rf"(?:{_AUTH_CRIM}|法院|法警|执行局|民警|警察|警官)"
# false-legal ①: the police / court awaited at the door (你就等着经侦的人上门吧)
LEGAL_R7_AWAIT = re.compile(
    rf"(?:(?:等着?|就等|准备好|候着){_C}{{0,4}}|(?:过两天|过几天|过阵子|改天|回头|明天|后天|下周|下礼拜|这两天|今晚|随时|很快)(?:就)?(?:会)?{_C}{{0,3}})"
    rf"{_POLICE_R7}(?:的人|的同志|那边)?{_C}{{0,4}}(?:上门|找上门|来抓|来拘|来找|来家|敲门|过来|来人|带走|抓|铐)"
)
# false-legal ②: the debtor fetched for questioning (派出所会直接把你传过去问话)
LEGAL_R7_FETCH = re.compile(
    rf"{_POLICE_R7}{_C}{{0,8}}(?:(?:把|将)(?:你|您)(?:给)?(?:传|叫|带|请|拘|抓|铐|押)|(?:传|叫|带|请|押)(?:你|您))"
    rf"(?:过去|走|去|回去|到所里|到局里|进去)?{_C}{{0,2}}(?:问话|问讯|询问|审问|审讯|做笔录|录口供|喝茶|关起来|拘留|走)"
    rf"|(?:传|传唤|拘传)(?:你|您|他|她)(?:过去|去|来|到所里|到局里|到法院)?{_C}{{0,2}}(?:问话|问讯|审问|审讯|做笔录|录口供|配合调查)"
    rf"|(?:也得|必须|都得|得|要)(?:去)?配合(?:警方|公安|法院|检察院|办案|司法)?(?:机关)?(?:的)?调查"
)
# false-legal ③: a criminal finding / arrest called inevitable (认定恶意透支是早晚的事, 迟早被抓)
LEGAL_R7_INEVITABLE = re.compile(
    rf"(?:认定|定性|定为|定罪|判刑|坐牢|被抓|抓人|拘留|恶意透支|诈骗|刑事|犯罪|案底){_C}{{0,8}}(?:是)?(?:早晚|迟早)(?:的事)?"
    rf"|(?:早晚|迟早)(?:的事|都|会|要|得)?(?:被)?(?:抓|拘|坐牢|进去|判刑|定罪|留案底|认定)"
)
# false-legal ④: after an authority claim, the case said to be in the speaker's hands
LEGAL_R7_ONHAND = re.compile(
    r"(?:案子|案件|卷宗|材料|案卷)(?:现在|已经|已|早就)?(?:到|转到|落到|交到|移到|在|分到)(?:了)?(?:我们|咱们|我)(?:的)?(?:这里|这儿|手上|手里|这边|庭里|局里|所里|队里|这(?=了|[，,。！？!?]|$))"
)
_R7_FL_HEDGE = re.compile(r"如果|假如|万一|可能|或许|也许|有权|依法|只有|才会|不会|不至于|并不|谈不上|民事|建议|(?:你|您)可以|骗子|诈骗(?:电话|短信)|冒充|自称|说了算")


def _false_legal_r7(t: TurnText) -> Hit | None:
    said = (t.state.collector_said or "") if hasattr(t.state, "collector_said") else ""
    for pattern in (LEGAL_R7_AWAIT, LEGAL_R7_FETCH, LEGAL_R7_INEVITABLE, LEGAL_R7_ONHAND):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or LEGAL_DENY.search(sentence) or _a_not_a(t.norm, pos):
                continue
            if _NOT_U.search(t.norm[max(0, pos - 8):pos]) or WARNING.search(sentence) or SCAM_X.search(sentence) or _reported(t, pos):
                continue
            if _R7_FL_HEDGE.search(clause) or re.search(r"[？?]$|吗$", sentence):
                continue
            if pattern is LEGAL_R7_INEVITABLE and _CRIME_ACCURATE.search(sentence):
                continue
            if pattern is LEGAL_R7_ONHAND and not (re.search(r"法院|执行庭|执行局|派出所|公安|经侦|检察院|法官|警官|民警", t.norm[:pos]) or
                                                    re.search(r"(?:我|我们)(?:是|就是)[^。！？!?]{0,12}(?:法院|执行庭|执行局|派出所|公安|经侦|检察院)", said)):
                continue  # 「案子在我手上」 alone is a collection case
            if pattern is LEGAL_R7_ONHAND and re.search(r"调解", t.norm + said):
                continue  # a claimed mediator holding the case: impersonation only (writers i, o, w)
            return _hit_at(t, pos)
    return None


# the debtor's own dispute (劳动仲裁 with an employer, a divorce suit): its legal words are not a claim about the debt
_OTHER_PARTY = r"(?:公司|老板|单位|厂里|工厂|包工头|前夫|前妻|房东|对方|老东家)"
_DEBTOR_OWN_CASE = re.compile(
    rf"劳动仲裁|劳动争议|离婚(?:官司|诉讼|案)"
    rf"|(?:我|俺|您|你)(?:在|正在|正|还在)?(?:跟|和|与){_OTHER_PARTY}[^，,。！？!?]{{0,6}}(?:打官司|打仲裁|仲裁|起诉|告状|打|争)"
    rf"|(?:我|俺|您|你)(?:把|要|去|正在|已经)?(?:告|起诉|仲裁)(?:了)?{_OTHER_PARTY}")
_OWN_CASE_WORDS = re.compile(r"仲裁|开庭|官司|判|起诉|诉讼")
_AGAINST_DEBTOR = re.compile(r"(?:起诉|告|执行|抓|拘|冻|查封|判)(?:你|您)|立案|失信|限高|被执行|强制执行|传票|坐牢|犯罪")


_CIVIL = re.compile(r"(?<!不是)(?<!不算)(?<!超出)(?<!不属于)(?:民事(?:纠纷|案件|债务|欠款|问题|行为|责任)|属于民事|是民事)")
_TOPIC = re.compile(r"(?:至于|关于|说到|您说的|你说的|您担心的|你担心的)[^，,。！？!?]{0,4}$")
_FL_DEFINITE = re.compile(r"已经|已|马上|立刻|明天|今天|下周|随时|等着|(?:抓|拘|铐|逮)(?:你|您)")
_FREEZE_ONLY = re.compile(r"冻")
_COURT_ANY = re.compile(r"法院|执行|公安|警|检察|司法|查封|诉|判|拘|抓|传票|立案|仲裁|保全|失信|限高")


def _fl_skip_r7(t: TurnText, h: Hit) -> bool:
    a, b = _clause_at(t, h.start)
    clause = t.norm[a:b]
    sentence = sentence_of(t.norm, h.start)
    if _TOPIC.search(t.norm[max(0, h.start - 8):h.start]) or (_CIVIL.search(sentence) and not _FL_DEFINITE.search(clause)):
        return True  # 「至于坐牢，欠款是民事纠纷，不会因为欠钱就抓人」: raised, then answered
    if _FREEZE_ONLY.search(clause) and not _COURT_ANY.search(t.norm + (t.state.last_collector or "")) and re.search(
            r"征信|信用", t.state.last_collector or "") and re.search(r"而且|还有|另外|也|连", clause) and not re.search(
            r"系统|银行|我们|平台|公司|今晚|今天|明天|下礼拜|下周|马上|直接|把", sentence):
        return True  # 「公积金账户也会被冻结」 after a credit claim, no court anywhere: credit-exaggeration
    if re.search(r"局里|所里", clause) and not re.search(r"派出所|公安|警|经侦|刑侦|检察|法院", clause) and re.search(
            r"(?:监管|金融|金管|税务|教育|人社|民政|市场|工商|司法)(?:局|所)|律所|事务所", t.norm + (t.state.collector_said or "")):
        return True  # 「局里是挂了号的」 where 局 is the (claimed) regulator: the role is impersonation, not a police record
    if _OWN_CASE_WORDS.search(clause) and not _AGAINST_DEBTOR.search(clause) and (
            _DEBTOR_OWN_CASE.search(mandarin("".join(t.state.debtor_texts))) or _DEBTOR_OWN_CASE.search(sentence_of(t.norm, h.start))):
        return True  # 「仲裁哪天开庭我们也晓得」: the debtor's labour arbitration (a threat to wait there, not a case)
    if re.search(r"(?:法院|法官)(?:来|去)?(?:说了算|决定|判断|裁决)|由法院", clause) and not re.search(r"已经|已|马上|明天|今天|抓|拘|坐牢|犯罪", clause):
        return True  # 「判多少，最后是法院说了算」: the real process stated
    if re.search(r"报(?:案|警)的事|报(?:案|警)(?:要|得)?(?:趁早|抓紧|尽快)", clause) and not _OUR_REPORT.search(clause) and not re.search(
            r"抓|拘|坐牢|犯罪|立案|(?:我们|公司|银行|平台)", clause):
        return True  # the debtor's own report to the police (a scam, a theft), advised
    return False


_DAILY_R7 = r"(?:租(?:个)?房|租房子|房子|共享单车|单车|打车|外卖|充电宝|酒店|住宿|开房|网购|点餐|扫码|买票|手机|话费|宽带|押金|健身卡|会员)"
# credit ①: a list of everyday services all refused because of the record (租房、扫单车、买手机全都给你拒了)
CREDIT_R7_ALL_REFUSED = re.compile(
    rf"{_DAILY_R7}{_S}{{0,30}}(?:全都|全部|统统|通通|一律|全|都)(?:会|要|得)?(?:给(?:你|您))?(?:被)?(?:拒|驳回|不给|不让|不批|卡掉|卡住|办不了|用不了|没戏|黄|拦)"
)
# credit ②: relatives' own cards / limits cut (你爸妈名下的银行卡也会被关联降额)
CREDIT_R7_KIN_ACCOUNT = re.compile(
    rf"{_KIN_V}(?:名下|自己|手上|手里)?(?:的)?{_C}{{0,4}}(?:银行卡|信用卡|储蓄卡|工资卡|账户|额度|贷款|房贷|车贷|花呗|借呗|卡)(?:也|都|跟着|一起)"
    rf"(?:会|要|得)?(?:被)?(?:关联|连带|牵连)?(?:降额|限额|封|冻结|停|停用|注销|受影响|拉黑|降级|收回|用不了|办不了|刷不了)"
)
# credit ③: the employer firing the debtor over the record (HR一查，直接就把你开了)
CREDIT_R7_FIRED = re.compile(
    r"(?:把(?:你|您)(?:给)?(?:开了|开除|辞退|辞了|炒了|炒掉|裁了|裁掉|劝退)|开除(?:你|您)|辞退(?:你|您)|炒(?:你|您)?鱿鱼|丢(?:了)?(?:饭碗|工作)"
    r"|饭碗(?:不保|没了|砸了|丢了|就没)|卷铺盖(?:走人)?|工作(?:就)?(?:保不住|没了|丢了))"
)
_EMPLOYER_R7 = re.compile(r"HR|hr|人事|公司|单位|老板|领导|厂里|入职|背调|背景调查|用人")
_CREDIT_CUE_R7 = re.compile(r"征信|信用记录|信用报告|信用|黑名单|不良记录|逾期记录|黑户|一黑|一花|黑了|花了|报上去|上报")
_CREDIT_R7_OK = re.compile(r"可能|或许|也许|未必|不一定|有的|部分|个别|少数|金融类|特定岗位|一些|担保|保证人|共同借款|共同还款|谣|误解|夸大|骗子|诈骗")


def _credit_r7(t: TurnText) -> Hit | None:
    for pattern in (CREDIT_R7_ALL_REFUSED, CREDIT_R7_KIN_ACCOUNT, CREDIT_R7_FIRED):
        for m in pattern.finditer(t.norm):
            pos = m.start()
            a, b = _clause_at(t, pos)
            clause = t.norm[a:b]
            sentence = sentence_of(t.norm, pos)
            s0 = t.norm.find(sentence)
            window = t.norm[max(0, s0 - 40):max(b, s0 + len(sentence))]
            if negated(clause, pos - a) or denied_after(clause, m.end() - a) or _NOT_U.search(t.norm[max(0, pos - 6):pos]):
                continue
            if _CREDIT_R7_OK.search(sentence) or CREDIT_V_OK.search(sentence) or _reported(t, pos) or WARNING.search(sentence) or SCAM_X.search(sentence):
                continue
            if re.search(r"不会|不受|不影响|并不|不是说|只(?:影响|记录)", sentence):
                continue
            if pattern is CREDIT_R7_ALL_REFUSED and not _CREDIT_CUE_R7.search(window):
                continue
            if pattern is CREDIT_R7_FIRED:
                if not (_CREDIT_CUE_R7.search(window) and _EMPLOYER_R7.search(window)):
                    continue
                if re.search(r"(?:我们|我|咱)(?:就|会|要|直接)?(?:打|通知|告诉|联系|找|发)(?:到)?(?:你|您)?(?:的)?(?:单位|公司|领导|HR|老板)", window):
                    continue  # the collector calling the employer: contact-shaming / threat
            return _hit_at(t, pos)
    return None


# someone else's post (「我有个同学在派出所」「我认识的朋友是律师」): not the speaker's own role
_ACQUAINTANCE = re.compile(r"(?:有个|有位|有一个|认识(?:个|的|一个)?)[^，,。！？!?]{0,4}(?:同学|朋友|亲戚|熟人|老乡|哥们儿?|战友|同事|邻居|兄弟)(?:在|是|当)")


def detect_impersonation(t: TurnText) -> Hit | None:
    """The collector claims to be, or act for, police, court, procuratorate, a lawyer, a regulator or government."""
    h = _detect_impersonation_r6(t) or _impersonation_r7(in_mandarin(t))
    return None if h and _ACQUAINTANCE.search(h.evidence) else h


def detect_false_legal(t: TurnText) -> Hit | None:
    """Definite, invented claims of arrest, jail, crime, a case or court enforcement."""
    h = _detect_false_legal_r6(t)
    v = in_mandarin(t)
    if h and _fl_skip_r7(v, h):
        h = None
    if h:
        return h
    h = _false_legal_r7(v)
    return h if h and not _fl_skip_r7(v, h) and not _fl_skip_u(v, h, _false_legal_r7) else None


def detect_credit(t: TurnText) -> Hit | None:
    """Invented effects of a credit record."""
    h = _detect_credit_r6(t)
    if h:
        return h
    for v in (in_mandarin(t), t):  # the raw text too: a cue may be written with a dialect character
        masked = _credit_mask(v.norm)
        h = _credit_r7(replace(v, norm=masked) if masked != v.norm else v)
        if h:
            return h
    return None
