"""Call context and call state.

:class:`CallContext` is what is known before the call: local time, what the collector is
authorised to offer, the debtor's name. :func:`call_state` reads the turns *before* a
collector turn and says where the call stands: has the listener been verified as the debtor,
has the listener said they are someone else, did the debtor ask for a late call, did the
debtor promise to pay. Detectors read this state so the same words can be fine in one
place and a violation in another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, Sequence

from simulator.data.persona_schema import Authorised

from . import lexicon as L
from .text import mandarin, normalise


@dataclass(frozen=True)
class CallContext:
    """What is known about a call before it starts."""

    called_at: datetime | None = None
    """Local date-time of the call (with offset); None = unknown, never treated as night."""
    authorised: Authorised | None = None
    """What the collector may offer; None = nothing beyond plain instalment talk."""
    debtor_name: str | None = None
    scenario: str | None = None
    local_time: time | None = None
    """Set directly by the engine (scenario ``call_time``) when there is no date."""

    @classmethod
    def from_transcript(cls, t: Any) -> "CallContext":
        """Context of a stored :class:`~simulator.transcript.Transcript`.

        A transcript exported from a practice session names its ``scenario`` but may not copy
        the scenario's ``authorised`` block; it is then read from ``scenarios/<id>.yaml`` so a
        rescored session gets the same result as live. Unknown scenario ids are ignored."""
        authorised = getattr(t, "authorised", None)
        scenario = getattr(t, "scenario", None)
        if authorised is None and scenario:
            authorised = scenario_authorised(scenario)
        return cls(called_at=getattr(t, "called_at", None), authorised=authorised, scenario=scenario)

    @classmethod
    def from_scenario(
        cls,
        scenario: Any = None,
        *,
        authorised: Authorised | None = None,
        call_time: str | time | datetime | None = None,
        debtor_name: str | None = None,
    ) -> "CallContext":
        """Context for a live call: a ``Scenario`` (or its parts) and the call time."""
        if scenario is not None:
            authorised = authorised or getattr(scenario, "authorised", None)
            call_time = call_time or getattr(scenario, "call_time", None)
        if isinstance(call_time, datetime):
            return cls(called_at=call_time, authorised=authorised, debtor_name=debtor_name,
                       scenario=getattr(scenario, "id", None))
        if isinstance(call_time, str):
            h, m = call_time.split(":")
            call_time = time(int(h), int(m))
        return cls(local_time=call_time, authorised=authorised, debtor_name=debtor_name,
                   scenario=getattr(scenario, "id", None))

    @classmethod
    def for_practice(cls, *, called_at: datetime, authorised: Authorised | None = None,
                     debtor_name: str | None = None, scenario: str | None = None) -> "CallContext":
        """Context the practice engine builds: the simulated call's start and the scenario's authority."""
        return cls(called_at=called_at, authorised=authorised, debtor_name=debtor_name, scenario=scenario)

    @property
    def clock(self) -> time | None:
        if self.called_at is not None:
            return self.called_at.timetz().replace(tzinfo=None)
        return self.local_time

    @property
    def night(self) -> bool:
        """Placed 22:00–08:00 local time."""
        c = self.clock
        return c is not None and (c >= time(22, 0) or c < time(8, 0))


def scenario_authorised(scenario_id: str) -> Authorised | None:
    """The ``authorised`` block of ``scenarios/<id>.yaml``; None for an unknown id."""
    from simulator.data.loader import get_scenario
    from simulator.errors import UnknownIdError

    try:
        return get_scenario(scenario_id).authorised
    except UnknownIdError:  # a scenario that is not in scenarios/: nothing is authorised
        return None


def speaker_of(turn: Any) -> str:
    return turn["speaker"] if isinstance(turn, dict) else getattr(turn, "speaker")


def text_of(turn: Any) -> str:
    return normalise(turn["text"] if isinstance(turn, dict) else getattr(turn, "text"))


# debt facts in words the shared DEBT_WORDS does not list: 「欠钱的事」「欠银行钱不还」「他这个月
# 分期的账又没结」「拖了快两个月」「最低还款还没入账」
DEBT_WORDS_X = re.compile(
    L.DEBT_WORDS.pattern
    + r"|欠(?:了)?(?:银行|平台|人家|我们|公司|贵司)?(?:的)?(?:钱|账|一屁股)|账(?:又|还|一直|都)?没(?:结|清|还|平)|没结清|"
    r"(?:还款|钱|款)?还没(?:入账|到账|还上)|过了还款日|还款日(?:都|早就|早都|已经)?过了|(?:没|未)(?:平|填上)(?:账)?|"
    r"(?:那笔|这笔|那个|这个)[^，。！？!?]{0,6}(?:款子?|账|钱|贷款?)[^，。！？!?]{0,4}(?:没动静|一直没动|还没动|再不动)|"
    r"拖(?:了)?(?:都|已经|也)?(?:快|好|大半|小半|将近|差不多|小)?(?:\d+|[一二两三四五六七八九十几半俩仨]+)(?:多)?(?:天|个多?月|月|周|星期|礼拜|年)|"
    # euphemisms and a duration asked: 「经济上的事一直没处理」「那个小贷的账拖多久了」「平台的账」
    r"(?:经济|财务|钱|资金|账务|款项|账)(?:上|方面)的?(?:事|事情|问题|纠纷|麻烦)|经济纠纷|"
    r"(?:账|钱|款|贷款?|欠款)[^，。！？!?]{0,3}拖(?:了)?(?:多久|多长时间|这么久|那么久|好久|好几个月|大半年|半年)|"
    r"(?:贷|花|呗|借|银行|平台|App|APP|app|信用卡)的(?:账|欠款|款子|窟窿)")
# openings that imply a debt in collection to whoever answers: 「受星源银行委托跟您联系」「律师事务所的」
# 「资产管理公司」「法务部」 (the guide: a neutral unit such as 客服 before verification)
COLLECTION_IMPLIED = re.compile(
    r"受[^,，。！？!?]{0,12}委托|委托(?:我们|我司|本所|本公司|我所)|(?:银行|金融|小贷|分期|平台|公司|贷)委托的|(?:的|是)法务(?:人员|同事|专员)?(?=[,，。、也]|$)|(?:我是|我们是|也是)[^，。！？!?]{0,10}律师(?!函|事务)|律师事务所|律所|法务(?:部|中心|专员)|资产管理|不良资产|债权(?:转让|人)|清收|外访|贷后")


@dataclass
class CallState:
    """Where the call stands just before a collector turn."""

    verified: bool = False
    verify_evidence: str = ""
    third_party: bool = False
    third_party_evidence: str = ""
    time_requested: bool = False
    promised: bool = False
    promise_text: str = ""
    collector_turns_before: int = 0
    debtor_texts: list[str] = field(default_factory=list)
    last_debtor: str = ""
    last_collector: str = ""
    pending_digits: bool = False
    collector_said: str = ""
    disclosed: bool = False
    """Debt details were already said to this (unverified or third-party) listener."""
    disclosed_third: bool = False
    """Debt details were already said after the listener said they are someone else."""


# --- who the listener is (broader than the shared lexicon; see docs in each class) ---------
_SELF = r"(?:我|俺|额|偶|咱)"
_BE = r"(?:是|系|就是)"
# relations and roles that only make sense relative to the person asked for: kin (incl.
# dialect 老汉儿/婆娘/屋头的/堂客), household, landlord/tenant, workplace, school
_REL = (r"(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|婶婶?|嫂子|姐夫|妹夫|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|舅妈|姑姑|姨妈|小姨|阿姨|叔叔|伯伯|"
        r"老伴儿?|老婆|妻子|爱人|媳妇儿?|婆娘|堂客|屋头的?|屋里人|家里的|丈夫|老公|男人|老汉儿?|爹|娘|老爹|老娘|爸爸?|妈妈?|父亲|母亲|老爸|老妈|"
        r"儿媳妇?|女婿|孙媳妇?|儿子|女儿|闺女|孙子|孙女|外孙女?|侄子|侄女|外甥女?|哥哥?|姐姐?|弟弟?|妹妹?|兄弟|姐妹|公公|婆婆|岳父|岳母|丈母娘|老丈人|亲家|"
        r"女朋友|男朋友|对象|未婚妻|未婚夫|家人|家里人|家属|亲戚|朋友|哥们儿?|闺蜜|发小|同学|室友|舍友|同事|工友|老乡|邻居|"
        r"前妻|前夫|前男友|前女友|前任|干爹|干妈|继父|继母|后妈|后爸|大伯子?|小叔子?|大舅子|小舅子|小姑子|大姑子|连襟|妯娌|弟媳妇?|弟妹|姑父|姨父|姑妈|表舅|[大二三四小幺](?:舅|叔|姑|姨|伯|爷|婶|娘|爹)|"
        r"老板|雇主|东家|小工|员工|伙计|帮工|学徒|店员|工人|司机|保姆|"
        r"房东|租客|房客|二房东|主管|经理|领导|上司|老板娘|负责人|站长|店长|厂长|队长|组长|班长|车间主任|调度|车队长|人事|HR|hr|财务|前台|秘书|保安|门卫|物业|班主任|辅导员|老师|师傅|徒弟|工头|包工头|监护人|紧急联系人)")
# the person asked for is away: 「他不在」「他在车间」「她去工地了」「他手机落我这了」
_AWAY = (r"(?:不在|没在|出去|上班|出门|在忙|不方便|住院|睡(?:了|觉)|不接|没带手机|手机落|"
         r"在(?:车间|工地|上班|开会|上课|睡|外面|外头|外地|医院|干活|路上|厂里|店里|地里|田里|开车|洗澡|忙|楼下|单位|公司|国外)|"
         r"去(?:车间|工地|外地|上班|打工|开会|上课|地里|田里|医院)|下地|出去打工|出差)")
# 「我是他妈」「我是于海波他弟」「俺是她屋头的」「我是房东」「我系佢老豆」
THIRD_PARTY_X = re.compile(
    rf"{_SELF}{_BE}(?:[\u4e00-\u9fa5]{{2,3}}?)?(?:他|她|佢|伊)?的?{_REL}(?![\u4e00-\u9fa5]{{0,2}}本人)"
    # 「我就是个同事」「俺只是一个邻居」
    rf"|{_SELF}(?:就|只|不过|也就)?是(?:个|一个)(?:普通)?的?{_REL}"
    rf"|{_SELF}{_BE}(?:他|她|佢)(?:们|哋)[\u4e00-\u9fa5]{{1,4}}?的?{_REL}"
    # the debtor named the listener as contact: 「他紧急联系人填的是我」「联系人留的我电话」
    rf"|(?:紧急)?联系人[^，。！？?!]{{0,4}}(?:填|留|写)的?(?:是)?{_SELF}|(?:他|她)(?:填|留|写)(?:的|了)?{_SELF}(?:的)?(?:电话|号码)?(?:作为|当|做)?(?:紧急)?联系人"
    rf"|(?:他|她|佢)(?:是|系){_SELF}(?:的|家)?{_REL}"
    # the person asked for, by name, is the listener's relation: 「苟平是我的租客」「李强是俺家的女婿」
    rf"|[\u4e00-\u9fa5]{{2,3}}(?:是|系){_SELF}(?:的|家的?){_REL}"
    # without 的, or with a place between: 「国栋是我儿子」「汤磊是我店里的小工」 (not 「刚才是我丈母娘」)
    rf"|(?<![\u4e00-\u9fa5])(?:(?!刚|才|那|这|就|也|都|还|原|本|可|真|倒|又|正|确|不|我|你|他|她)[\u4e00-\u9fa5]){{2,3}}(?:是|系){_SELF}(?:[\u4e00-\u9fa5]{{1,3}}的)?{_REL}"
    # dialect kin that need the pronoun: 「额是他大」「我系佢屋企人」「俺是她达」
    rf"|{_SELF}{_BE}(?:他|她|佢|伊)(?:的|嘅)?(?:大|达|大大|屋企人|屋企嘅人|屋企|婆姨|老倌|屋里的)(?![\u4e00-\u9fa5]{{0,2}}本人)"
    rf"|{_SELF}(?:家)?(?:的)?{_REL}[^，。！？?!?]{{0,6}}(?:怎么了|咋了|咋个了|出(?:什么|啥|了)?事|犯(?:了)?(?:什么|啥)?事|欠(?:了)?(?:什么|啥|谁|你们)|借(?:了)?(?:什么|啥|你们)|是不是(?:欠|借|出)|干(?:什么|啥)了)"
    rf"|(?:他|她)(?:现在|这会儿|今天|刚|刚刚|正)?{_AWAY}"
    # the listener answers as a place or a switchboard: 「这是公司前台」「这里是他们厂传达室」「这是她家座机」
    rf"|(?:这|这里|这边|这儿)(?:是|系)(?:他|她)(?:的|家的?)?(?:手机|电话|座机|号码?|家)"
    # the phone belongs to the listener's relative: 「这是我儿媳的手机」「这个号是俺闺女的」
    rf"|(?:这|这个|这部)(?:手机|电话|号码?)?(?:是|系){_SELF}(?:家)?的?{_REL}的(?:手机|电话|号码?)?"
    rf"|(?:这|这个)(?:是|系)(?:店里|厂里|公司|单位|办公室|门店|车间|工地|档口|铺子|食堂)的?(?:座机|电话|固话|号码?)"
    rf"|(?:这|这里|这边|这儿)(?:是|系)[^，。！？?他她!?]{{0,8}}?(?:前台|总机|传达室|门卫室?|门岗|保安室|值班室|办公室|宿舍|物业|人事部?|财务室?|收发室|服务台)")
# the listener says they are not the person asked for (a stranger with a reused number): 「我根本不是你要找的人」
# 「我不叫杨帆」「这号我上个月才买的」「这个号我都用了好几年了」 — a statement, not the evasive question 「你打错了吧？」
NOT_THE_DEBTOR = re.compile(
    r"不是(?:你|您)(?:们)?要找的|(?<![你您])不叫[\u4e00-\u9fa5]{2,3}|(?:号|号码|手机号?|电话|卡)(?:是)?我[^，。！？!?]{0,6}?(?:才|刚|新)(?:买|办|换|申请|开)的"
    r"|(?:号|号码|手机号?)(?:我)?(?:都|已经)?用了[^，。！？!?]{0,6}(?:年|个月)|(?:真|根本|压根|确实)?不认识(?:他|她|这个人|什么|你说的|叫)")
_ASKED_Q = re.compile(r"打错[^，。！!]{0,3}(?:吧|吗|么|嘛)?[？?]")
_NOT_SELF_REL = re.compile(r"我就是(?!个|一个|他|她)|是我本人|我本人|本人就是|就是我")
# the listener is the guarantor, who may be told (compliance-zh: "the verified debtor/guarantor"):
# 「我是给我表弟担保的」「担保人是我」「我给他做的担保」
GUARANTOR_SELF = re.compile(r"(?:我|俺|额)(?:是|就是)?(?:给|替|帮)[^，。！？!?]{0,6}(?:担保|作保|做保)|(?:我|俺|额)(?:是|就是)(?:他|她)?的?担保人|担保人(?:是|就是)(?:我|俺|额)|(?:我|俺|额)(?:做|作|当)的?(?:担保|保人)")
# only "the person asked for is away" — the listener has not said who they are (an unknown listener,
# so a disclosure is disclosure-before-verification): 「他在洗澡」「她不在」「陈斌出去了」
_AWAY_ONLY = re.compile(r"^(?:[\u4e00-\u9fa5]{2,3})?(?:他|她|佢)?(?:现在|这会儿|今天|刚|刚刚|正)?(?:不在|没在|出去|上班|出门|睡|在|去|下地|出差|住院|在忙|不方便|不接|没带手机|手机落)")
# unsure ID digits are not verification: 「3715吧」「好像是5803」「应该是……记不清了」
DIGITS_HEDGED = re.compile(r"(?:好像|应该|大概|可能|也许|估计|记不清|记不太清|忘了)[^，。！？!?]{0,6}(?:\d{3}[\dXx]|[零〇一幺二两三四五六七八九]{4})|(?:\d{3}[\dXx]|[零〇一幺二两三四五六七八九]{4})(?:吧|吗|好像|来着|还是|或者|记不清|不确定)")


# kin and household roles the collector may address the listener by (a subset of _REL without
# roles a debtor is often told about themselves: 老板/领导/同事 are kept, 家人/家里人 are not)
_REL_CUE = (r"(?:儿子|女儿|闺女|孙子|孙女|外孙女?|女婿|儿媳妇?|弟弟|妹妹|哥哥|姐姐|兄弟|老公|老婆|丈夫|妻子|爱人|媳妇儿?|"
            r"前夫|前妻|爸爸?|妈妈?|父亲|母亲|侄子|侄女|外甥女?|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|朋友|同学|同事|员工|租客|房客|"
            r"亲戚|女朋友|男朋友|对象|室友|舍友|老乡|发小|哥们儿?|闺蜜)")


# the shared cue, plus 「留了您的电话作紧急联系人」「把您当成联系人」「联系人写的是您」
THIRD_PARTY_CUE_X = re.compile(
    L.THIRD_PARTY_CUE.pattern
    + r"|(?:留|填|写)(?:了|的)?(?:你|您)的?(?:电话|号码|手机号?)?(?:作|做|作为|当|当成|当作)(?:他的?|她的?)?(?:紧急)?联系人"
    r"|(?:号码|号|电话|手机号?)是[\u4e00-\u9fa5]{2,3}?(?:先生|女士|小姐)?(?:留|填|登记)的(?:紧急)?联系人"
    r"|(?:紧急)?联系人(?:写|登记|留)的(?:是)?(?:你|您)(?![\u4e00-\u9fa5]{0,1}(?:哥|姐|弟|妹|爸|妈|家))"
    # the listener addressed as the debtor's relation: 「您是他朋友，劝劝他」「您是她姐姐是吧」
    r"|(?:你|您)(?:就)?是(?:他|她)(?:的)?" + _REL_CUE +
    # the listener's relation is the one who owes: 「您儿子胡志强在我们这借了两万八」「您弟弟陆建安的借款逾期了」
    r"|(?<![让叫跟和给])(?:你|您)(?:的|家)?" + _REL_CUE + r"(?:(?!知道|晓得|听说|发现|看到|问|替|帮|给)[^，,。！？!?你您]){0,16}?(?:借了|借的|欠了|欠的|欠我们|欠下|逾期|没还|拖欠|拖了|一直拖着)")


def third_party_cue(collector: str) -> re.Match[str] | None:
    """The collector addresses the listener as the debtor's contact (「你是他紧急联系人吧」「联系人
    留的是您」) — not the verified debtor told about their own contact (「您留的紧急联系人是您哥哥」)."""
    for m in THIRD_PARTY_CUE_X.finditer(collector):
        if m.group(0)[-1] in "你您" and re.match(rf"的?(?:{_REL}|[\u4e00-\u9fa5]{{0,3}}(?:先生|女士))", collector[m.end():]):
            continue
        return m
    return None


# the name the collector gave the contact: 「你是他紧急联系人刘杰吧」「刘杰先生是吧，他的联系人」
_CONTACT_NAME = re.compile(r"联系人[,，]?([\u4e00-\u9fa5]{2,3}?)(?:先生|女士|小姐|吧|吗|么|是吧|对吧|[,，。？?])")


def _contact_confirms(debtor: str, collector: str) -> re.Match[str] | None:
    """Asked whether they are the contact, the listener says yes (「我是刘杰，啥事？」「对，是我」):
    they have said who they are, and it is not the debtor."""
    if re.search(r"本人|我就是(?:他|她)|欠钱的(?:是|就是)我", debtor):
        return None
    names = set(_CONTACT_NAME.findall(collector))
    m = next((re.search(re.escape(n), debtor) for n in names if n in debtor), None)
    return m or L.DEBTOR_CONFIRMS.search(mandarin(debtor))


def _third_party_reply(debtor: str, verified: bool) -> re.Match[str] | None:
    """The listener says who they are and it is someone else."""
    if _NOT_SELF_REL.search(debtor) or GUARANTOR_SELF.search(debtor):
        return None
    m = (L.THIRD_PARTY_STRONG if verified else L.THIRD_PARTY).search(debtor)
    if m and not verified and m.group(0) == "打错" and _ASKED_Q.search(debtor) and not NOT_THE_DEBTOR.search(debtor):
        m = None  # 「你打错了吧？」 asked back: the listener has not said who they are
    if m and re.match(r"(?:我|俺)(?:又|也|可|才|根本|真)?不是(?:什么)?(?:骗子|老赖|赖子|无赖|坏人|那种人|故意|不还|不想|不给|不认|要赖|躲)", debtor[m.start():]):
        m = None  # 「我不是骗子」: the debtor denies an epithet, not their identity
    if m:
        return m
    if not verified:
        m = NOT_THE_DEBTOR.search(debtor)
        if m:
            return m
    m = THIRD_PARTY_X.search(debtor)
    if m and verified and re.match(r"(?:他|她)(?:现在|这会儿|今天|刚|刚刚|正)?(?:不在|没在|出去|上班|出门|在忙|不方便|住院|去|在|睡|不接|没带|手机|下地|出差)|这", m.group(0)):
        return None  # 「他不在」 does not override an earlier clear verification
    if m and verified and not re.search(r"(?:他|她|佢|伊)", m.group(0)):
        return None  # a verified debtor talking about themselves or their family: 「我是老师」「我儿子怎么了」
    return m


# the phone is handed over: 「（换人）」「爷爷，电话！……喂」「我让他接」
_HANDOVER = re.compile(r"[（(](?:换人|换|交给|递给|接过)[^）)]{0,8}[）)]|换(?:人|他|她)(?:来)?接|(?:电话|手机)(?:给|递给|交给)(?:他|她)|接过(?:电话|手机)|(?:电话|手机)[！!…]+")


# the listener says who they are, besides the person being away: 「我是他同事，他出去送货了」「我他老婆」
_IDENTITY_SAID = re.compile(rf"{_SELF}(?:是|系|就是)|{_SELF}(?:他|她)的?{_REL}|(?:是|系){_SELF}(?:们)?(?:家)?的?{_REL}|{_SELF}(?:们)?(?:家|的)?{_REL}")


# full names the collector asked for: 「请问万强在吗」「找一下柏雪」「是刘伟先生吗」
_ASKED_NAME = re.compile(r"(?:请问是|请问|是|找|喂|给|叫)(?:一下)?([\u4e00-\u9fa5]{2,3}?)(?:在吗|在不在|在家|在么|吗|么|是吧|本人|先生|女士|小姐|[,，。？?])")
# common surnames: a volunteered 「我是雷蕾」 is a name, 「我是说……」 is not
_SURNAME = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_VOLUNTEERED_NAME = re.compile(rf"(?:我是|我叫|我就是|俺是|额是)([{_SURNAME}][\u4e00-\u9fa5]{{1,2}}?)(?=[，,。！!？?…~]|$|本人|啊|呀|嘛|哈)")


def _asked_names(collector: str) -> set[str]:
    return {n for n in _ASKED_NAME.findall(collector) if not re.search(r"[您你他她我这那哪谁本]", n)}


def _named_away(debtor: str, collector: str) -> re.Match[str] | None:
    """「万强在车间」「柏雪今天不在」: the listener speaks of the person asked for in the third person."""
    for name in _asked_names(collector):
        if re.search(rf"(?:我是|我就是|我叫|就是我|是我){name}", debtor):
            continue
        m = re.search(rf"{name}(?:他|她)?(?:现在|这会儿|今天|刚|刚刚|正)?{_AWAY}", debtor)
        if m:
            return m
    return None


def _surnames(collector: str) -> set[str]:
    """Names the collector used: 「张伟」 in 「请问是张伟吗」, 「张」 in 「张先生」."""
    out = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fa5])(?:先生|女士|小姐|总|哥|姐)", collector)}
    out |= {m.group(1) for m in re.finditer(r"(?:是|找|请问|喂)([\u4e00-\u9fa5]{2,3}?)(?:吗|么|是吧|本人|先生|女士|[,，。？?])", collector)}
    return out




# the listener owns up to the number only: 「这号是我在用」「号码现在是我用着」「这个手机是俺在使」
_NUMBER_ONLY = re.compile(r"(?:号|号码|电话|手机|卡)[^，。！？!?]{0,4}(?:是)?(?:我|俺|额)(?:在|现在|一直|目前)?(?:用|使)")
# the collector asked for a household or a phone, not a person: 「请问是曹磊家吗」「这是王芳的电话吗」「是刘军家里不」
_ASK_HOUSEHOLD = re.compile(r"[\u4e00-\u9fa5]{2,3}?(?:家|家里|的家|家属|的家属|的电话|的手机|的号码)(?:吗|么|嘛|吧|是吧|不)[？?]?")


def _confirms(debtor: str, asked: str, debtor_name: str | None, said: str = "") -> bool:
    """Did this debtor reply clearly confirm being the named debtor?

    「是我」「我就是」「我是X本人」, a name matching the one the collector used, or a plain
    「对/是」 answering an identity question. 「你说」「是这个号」 are not confirmation.
    Cantonese 「系我」「系，我就系X」 reads as 「是我」.
    """
    debtor = re.sub(r"^[…\.。,，、~～\s-]+", "", mandarin(debtor))  # 「……我是」: a pause first
    asked, said = mandarin(asked or ""), mandarin(said or "")  # 「系咪陈家豪本人」 asks 「是不是……本人」
    if _NUMBER_ONLY.search(debtor) and not re.search(r"本人|我就是|就是我", debtor):
        return False  # 「这号是我在用，你说吧」: the number, not the person (compliance-zh: 「是这个号」)
    if _ASK_HOUSEHOLD.search(asked or "") and not (L.STRONG_SELF_ID.search(debtor) or L.SELF_NAME.search(debtor)):
        return False  # 「请问是曹磊家吗？」→「是，你说」: the household, not the debtor
    if asked and L.ASK_IDENTITY.search(asked) and re.search(r"(?:^|[，,。！!])(?:是|就是|对[，,]?是)(?:老子|老娘|你大爷|你爷爷|俺|额|偶)(?=[，,。！!？?]|$)", debtor):
        return True  # 「是老子，又是你们」: a rude but clear 「是我」
    if L.NOT_CONFIRM.search(debtor) and not L.STRONG_SELF_ID.search(debtor):
        return False
    if L.STRONG_SELF_ID.search(debtor):
        return True
    m = L.SELF_NAME.search(debtor)
    if m:
        name = m.group(1)
        if (debtor_name and name == debtor_name) or name in asked or name in said or any(name.startswith(x) for x in _surnames(asked)):
            return True
    m = _VOLUNTEERED_NAME.search(debtor)
    if m:
        given, asked_names = m.group(1), _asked_names(said) | ({debtor_name} if debtor_name else set())
        if not asked_names and not _surnames(said):
            return True  # nobody was named: the listener volunteers their own full name (「我是雷蕾」)
        if asked_names and not any(n in given or given in n for n in asked_names) \
                and not any(given.startswith(x) for x in _surnames(said) if len(x) == 1):
            return False  # 「请问是刘伟吗」→「我是唐晓燕」: a different person
    m = re.match(r"(?:嗯|对|是|啊|哦)?[，,]?([\u4e00-\u9fa5]{2,3})[，,。！!]", debtor)
    if m and len(m.group(1)) >= 2 and m.group(1) in _asked_names(asked) and L.ASK_IDENTITY.search(asked):
        return True  # 「陈刚，怎么了？」: the debtor answers with the name asked for
    return bool(asked and L.ASK_IDENTITY.search(asked) and L.DEBTOR_CONFIRMS.search(debtor))


# a channel or medium marker before the words: 「［文字］」「[语音]」「【微信语音】」
_CHANNEL_TAG = re.compile(r"^\s*[\[［【(（][^\]］】)）]{0,8}(?:文字|语音|微信|短信|消息|留言|通话|电话|录音)[^\]］】)）]{0,4}[\]］】)）]\s*")
# a key pressed on an IVR menu: 「（按键1）」「(按了2)」「按1」, and the key the menu gave for the debtor themself
_KEYPRESS = re.compile(r"^\s*[(（]?(?:按键|按了|按下|按)\s*(\d)(?:键)?[)）]?\s*[。.]?\s*$")
_SELF_KEY = re.compile(r"(?:本人|是(?:我|的)|确认)[^，,。！？!?]{0,6}(?:请)?按(?:键)?\s*(\d)")


# the collector asks who is on the line now: 「请问您是X本人吗」「身份证后四位」
_ASK_SELF = re.compile(r"(?:您|你)(?:是|就是)?[^，。！？!?]{0,6}本人(?:吗|么|吧|嘛)?[？?]|本人吗|请问(?:您|你)?是|(?:您|你)是[\u4e00-\u9fa5]{2,3}(?:先生|女士|小姐)?(?:吗|么|吧)|后四位|后4位|身份证|核实|核对|验证|换(?:他|她)(?:本人)?(?:来)?接")


def call_state(turns: Sequence[Any], index: int, ctx: CallContext | None = None) -> CallState:
    """Replay ``turns[:index]`` and return the state seen by the turn at ``index``."""
    st = CallState()
    name = ctx.debtor_name if ctx else None
    for i in range(index):
        sp, tx = speaker_of(turns[i]), text_of(turns[i])
        if sp == "collector":
            st.collector_turns_before += 1
            if st.pending_digits and not digits_rejected(st.verify_evidence, tx):
                st.verified, st.third_party = True, False
            st.pending_digits = False
            st.last_collector = tx
            st.collector_said += tx
            if L.COLLECTOR_CITES_REQUEST.search(tx):
                st.time_requested = True
            cue = third_party_cue(tx)
            if cue and not st.verified:
                st.third_party = True
            elif cue:
                st.third_party, st.verified = True, False
            if not st.verified and (DEBT_WORDS_X.search(tx) or L.MONEY.search(tx) or COLLECTION_IMPLIED.search(tx)):
                st.disclosed = True
                if st.third_party:
                    st.disclosed_third = True
            continue
        tx = _CHANNEL_TAG.sub("", tx)  # 「［文字］我是。」: the channel, not the words
        st.debtor_texts.append(tx)
        st.last_debtor = tx
        key = _KEYPRESS.search(tx)
        if key and not st.verified and not st.third_party:
            self_key = _SELF_KEY.search(st.last_collector)
            if self_key and self_key.group(1) == key.group(1):
                st.verified, st.verify_evidence = True, tx  # 「本人请按1」→「（按键1）」: IVR confirmation
            continue
        if L.DEBTOR_ASKED_TIME.search(tx) and not L.TIME_COMPLAINT.search(tx):
            st.time_requested = True
        hand = None if st.verified else _HANDOVER.search(tx)
        if hand and (L.SELF_DIGITS.search(tx, hand.end()) or L.STRONG_SELF_ID.search(tx, hand.end()) or _VOLUNTEERED_NAME.search(tx, hand.end())):
            tx = tx[hand.end():]  # the person asked for comes to the phone: only their words count
        tp = _third_party_reply(tx, st.verified)
        if not tp and not st.verified and third_party_cue(st.last_collector):
            tp = _contact_confirms(tx, st.last_collector)
        if not tp and not st.verified and not _NOT_SELF_REL.search(tx):
            tp = _named_away(tx, st.last_collector)
        if tp and not st.verified and not st.third_party and _AWAY_ONLY.match(tp.group(0)) \
                and not _IDENTITY_SAID.search(tx):
            continue  # 「他在洗澡，你谁啊？」: the listener has not said who they are (still unknown)
        if tp:
            st.third_party, st.verified = True, False
            st.third_party_evidence = tp.group(0)
            continue
        if DIGITS_HEDGED.search(tx):
            continue  # unsure digits: not verification, and not a refusal either
        if st.last_collector and L.ASK_DIGITS.search(st.last_collector) and L.DIGITS.search(tx):
            st.pending_digits = True  # confirmed only if the collector's next turn does not reject them
            st.verify_evidence = tx
            continue
        if not st.verified and L.SELF_DIGITS.search(tx) and L.DIGITS.search(tx):
            st.pending_digits = True  # 「我是谭春梅，身份证后四位3306」 volunteered
            st.verify_evidence = tx
            continue
        if st.third_party and not (_ASK_SELF.search(st.last_collector) or re.search(r"本人|我就是(?!个|一个|他|她|[^，,。！？!?]{1,8}的(?:[，,。！？!?]|$))", tx) or _VOLUNTEERED_NAME.search(tx)):
            pass  # a known third party's 「是我给还的」 is not the debtor coming to the phone
        elif not st.verified and _confirms(tx, st.last_collector, name, st.collector_said):
            st.verified, st.third_party, st.verify_evidence = True, False, tx
        if st.verified and L.DEBTOR_PROMISE.search(tx) and (L.DATE.search(tx) or L.MONEY.search(tx) or re.search(r"\d", tx)):
            st.promised, st.promise_text = True, tx
    return st


# the collector glosses over a mismatch: 「差不多吧」「可能您记岔了」「大概对得上」「先不管了」
DIGITS_FUDGED = re.compile(r"差不多|记岔|记混|记串|大概对|先不管|就算(?:是|对)|算(?:是)?对|也行吧|凑合|将就|八九不离十|不太一样|有点出入|有出入|差(?:一|1)位|差个数")
_DIG4 = re.compile(r"(?<!\d)\d{3}[\dXx](?!\d)")


def digits_rejected(debtor_text: str, collector_text: str) -> bool:
    """The collector's answer to the debtor's ID digits shows they do not match: it says so
    (「不对」「对不上」), fudges it (「差不多吧」「记岔了」), or reads out other digits
    (「系统里是2281」 after 「2218」)."""
    if L.DIGITS_WRONG.search(collector_text) or DIGITS_FUDGED.search(collector_text):
        return True
    given = set(_DIG4.findall(debtor_text))
    cited = [m.group(1) for m in _CITED_ID.finditer(collector_text) if m.group(1) not in given]
    return bool(given and cited)


# ID digits the collector reads out from the record: 「系统里是2281」「登记的是3716」 (not 「尾号7725的卡」)
_CITED_ID = re.compile(r"(?:系统|记录|登记|预留|留的|档案|显示|我这(?:边|里))[^,，。！？!?\d]{0,5}?(?:是|为|:)?\s*(?<!尾号)(\d{3}[\dXx])(?!\d)(?![^,，。！？!?]{0,3}(?:的卡|卡|账户|元|块))")


def digits_accepted(state: CallState, collector_text: str) -> bool:
    """The debtor just gave ID digits and this collector turn does not reject them."""
    return state.pending_digits and not digits_rejected(state.verify_evidence, collector_text)
