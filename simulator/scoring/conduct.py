"""Required conduct over a whole call, reported as ``missing`` ids.

Which ids apply depends on the call (reference table, LABELLING.md section 4):

- a call that never reaches the debtor (a third party, a wrong number, or a listener who
  refuses to say who they are and is never verified) expects only ``self-identification``
  and ``courteous-close``;
- when the listener acts as the debtor, ``identity-verification`` and ``recording-notice``
  apply even if the collector never verifies them;
- ``debt-facts`` and ``repayment-plan`` are expected once the listener is the *verified*
  debtor, and only when the call got that far (not when the debtor asked, at once, to be
  called at another time, ``a-082``);
- ``promise-confirmation`` only when the debtor promised to pay.

Each id is checked with plain patterns so a trainee can be told what was expected and
that it was not found. Patterns that only this check needs live here, not in the shared
lexicon.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from simulator.data.rubric_schema import Rubric

from . import lexicon as L
from .context import CallContext, call_state, speaker_of, text_of
from .detect_base import TurnText
from .rules.disclosure import detect_before_verification
from .text import strip_quotes

C = re.compile
_CN = "零〇一二两三四五六七八九十百千万"

# --- self-identification ---------------------------------------------------------------------
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
             "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝欧阳蔺鄢闻计")
# the collector's own name or staff number: 「工号SR1876」「我叫孔磊」「我姓邓」「的高敏」「客服韩冰」「小郑」
_STAFF_NO = C(r"(?:工号|编号|员工号)[:：]?\s*(?:是)?[A-Za-z]{0,4}-?\d{2,}")
_OWN_NAME = C(rf"(?:我叫|我姓|(?<!贵)姓)[\u4e00-\u9fa5]"
              rf"|(?:我是|的|客服|专员|工作人员|经理|顾问|催收员|[,，])(?:小|老)[\u4e00-\u9fa5](?=[,，。！？!?\s]|$|工号)"
              rf"|(?:我是|的|客服|专员|工作人员|经理|顾问|催收员|中心|[,，])[{_SURNAMES}][\u4e00-\u9fa5]{{1,2}}(?=[,，。！？!?\s]|$|工号)")
# a name the collector is asking for, not their own: 「找一下赵宇」「是刘洋先生吗」
_ASKED_AFTER = C(r"^(?:吗|么|吧|先生|女士|小姐|本人|在|同学|阿姨)")
_ASKED_BEFORE = C(r"(?:找一下|找|请问是|是不是|你是|您是|请问)$")
# an authority identity in the opening is not a self-introduction: 「我是城南区人民法院执行局的书记员」
_AUTHORITY_SELF = C(r"(?:我是|我这边是|这边是|这里是|我们是)[^。！？!?]{0,10}(?:法院|检察院|公安|派出所|金融管理局|金融局|监管局|监管部门|律师事务所|律所)"
                    # the name given with an authority's work: 「我姓孔，海淀法院执行这一块归我管」
                    r"|(?:法院|检察院|公安|派出所|执行局|监管局)[^。！？!?，,]{0,8}(?:归我管|由我负责|我负责|我来管|在我手上)")


def _own_name(turn: str) -> bool:
    if _STAFF_NO.search(turn):
        return True
    for m in _OWN_NAME.finditer(turn):
        end = m.end()
        if _ASKED_AFTER.match(turn[end:]) or re.search(r"[吗么嘛呢吧]$", m.group(0)):
            continue  # 「喂，黎妍吗？」 asks for the debtor
        if _ASKED_BEFORE.search(turn[:m.start() + 1]) or _ASKED_BEFORE.search(turn[:m.start()]):
            continue
        if re.search(r"(?:找|请问是|是不是)[^，。！？!?]*$", turn[:m.start()]):
            continue  # 「找一下你们车间的龚建国」
        return True
    return False


def _self_identified(text: str) -> bool:
    """Institution and a name or staff number: 「我是安心消费金融的赵磊」「臻享分期的谢宇」「工号3021」."""
    if _AUTHORITY_SELF.search(text) and not re.search(r"不是(?:法院|公安|检察院|律师|警察)", text):
        return False
    return bool(L.INSTITUTION.search(text) or re.search(r"的|工号|贷|借|花|宝", text)) and _own_name(text)


# --- who is on the line ------------------------------------------------------------------------
# the listener says the number or the person is not theirs, or refuses to say who they are
_NOT_DEBTOR = C(r"打错|不叫|没这个人|不认识(?:他|她|这个人)?|新办的|刚办的|号[^，。！？!?]{0,6}(?:以前是|之前是)|"
                r"(?:你|您)管我是|我是谁(?:跟|和)你|凭(?:啥|什么)告诉你|不告诉你|"
                # refuses the check or denies having owned the name: 「我不报，你先说啥事」「我又没说我是王海涛」
                r"(?:我|俺)(?:就)?不(?:报|给|说)(?=[，。！？!?\s,]|$|身份证|后四位|号码)|不(?:报|给|说)(?:身份证|后四位)|(?:又|也|可)?没(?:说|承认)(?:我|俺)是")

# the listener distrusts the caller: 「你们到底是谁」「凭什么信你」「骗子吧」 (a bare 「你谁啊」 is not enough)
_DOUBTS = C(r"(?:你|您)(?:们)?到底(?:是)?谁|凭(?:什么|啥)信(?:你|您)|骗子吧|是不是骗子")
# 「不是」 straight away to the name asked: 「不是，你找谁？」
_DENY_FIRST = C(r"^[\W…]*不是(?:[，,。！!？?\s]|$)")

# the listener speaks of the debtor in the third person: 「他截瘫了，在康复医院」「她出去打工了」
_THIRD_PERSON = C(r"^[\W…]*(?:他|她)(?!们)(?:现在|已经|早就|人)?(?:截瘫|住院|在|出去|不在|去|病|走|没)")


# recording said in other words: 「电话全程录着」「录着音呢」
_RECORDING_X = C(r"录着|在录|录下来|录了音|有录|(?:全程|通话|电话|有|在|会)[路鹿露陆]音")


# --- amounts and days --------------------------------------------------------------------------
# an exact amount: 「3,300元」「6150」「2万3千6」「九千六」「一万零三百二十元」; not 工号/尾号/dates
_AMOUNT = C(rf"(?<![A-Za-z\d号位码\-])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)"
            rf"|(?<![A-Za-z\d号位码\-])\d{{3,6}}(?:\.\d+)?(?![\d号日月年天期个点%])"
            rf"|\d+(?:\.\d+)?[万千](?:[\d{_CN}]{{0,3}})(?:元|块)?"
            rf"|\d+(?:\.\d+)?(?:元|块)"
            rf"|[{_CN}]{{2,10}}(?:元|块(?!儿))"
            rf"|[一二两三四五六七八九][万千](?:零?[一二两三四五六七八九][千百]?)*"
            # hundreds said in words after a pay verb: 「先还三百」「App还五百」
            rf"|(?:(?<=[还转存交付号\s，,])|^)[一二两三四五六七八九]百(?:[零一二两三四五六七八九]十?)?(?![多来分天])"
            # a figure straight after a date: 「31号658」「15号742」「周六五百」
            rf"|(?<=\d号)\d{{2,6}}(?![\d号日月年天期个点%])"
            rf"|(?<=周[一二三四五六日天])[一二两三四五六七八九]百(?:[零一二两三四五六七八九]十?)?(?![多来分天])")
_VAGUE_AMOUNT = C(r"^(?:多|来|左右|出头|上下|的样子)")
_VAGUE_BEFORE = C(r"(?:差不多|快|将近)$")
# exact days overdue: 「逾期26天」「过了还款日28天」「逾期二十九天」; not 「快五十天」「90多天」「五十几天」
_DAYS = C(r"(?<![快近约几\d一二两三四五六七八九十百])(?:\d+|[一二两三四五六七八九十百]+)天(?!内|之内|后|前)"
          # 「日」 as days only right after an overdue word (「逾期九十二日」), never a date (「15日前」)
          r"|(?<=逾期)(?:了|已经|都)?(?:\d+|[一二两三四五六七八九十百]+)日(?!前|之前|内|之内|后)")
_OVERDUE_CUE = C(r"逾期|过了还款日|过了到期日|超期|拖了|没还|未还|到期|欠")
# the collector corrects or muddles their own figures in the turn: 「哦不对」「还是六千来着」
_MUDDLED = C(r"来着|或者说|总之|反正|还是[^，。！？!?]{0,6}(?:来着|吧)")
_CORRECTION = C(r"^[哦呃啊嗯…\.]*(?:不对|不是|说错了)[哦呃啊…\.]*$")
_CLAUSE = C(r"[，。！？!?；;、]|,(?!\d{3})|……|\s")  # not the separator in 「6,200」


def _clean_text(text: str) -> str:
    """The turn without muddled clauses: in 「5,200，哦不对，加上罚息五千八还是六千来着」 no figure
    survives; around a bare 「不对」 both the figure corrected and its replacement are dropped."""
    parts = _CLAUSE.split(text)
    bad = {i for i, cl in enumerate(parts) if _MUDDLED.search(cl)}
    for i, cl in enumerate(parts):
        if _CORRECTION.match(cl.strip()):
            bad |= {i - 1, i, i + 1}  # the figure corrected, the correction and its replacement
    return "，".join(cl for i, cl in enumerate(parts) if i not in bad)


# after the listener said they are someone else, only a clear handover re-verifies: ID digits,
# 「我是毕秀兰」「我就是孟凡本人」; not 「我就是个房东」「家里钱都是我管」 (the shared state reads those as 「我就是」「是我」)
_HANDOVER = C(rf"\d{{3}}[\dXx]|[零〇一幺二两三四五六七八九]{{4}}|(?:我|俺)(?:就)?是(?!个|他|她|[^，。！？!?]{{0,3}}(?:的|家))[{_SURNAMES}][\u4e00-\u9fa5]{{1,2}}|本人")


# the collector treats the listener as a go-between: 「郭晨先生留了您的号码作为联系人」「麻烦您转告他」「请他回个电话」
_RELAY = C(r"留(?:了|的)?(?:您|你)的?(?:电话|号码|手机)|(?:填|留|写)(?:的|了)?(?:您|你)(?:当|做|作为|为)(?:紧急)?联系人|(?:紧急)?联系人(?:是|填的是|留的是)(?:您|你)|(?:您|你)是[^，。！？!?]{0,6}的?(?:紧急)?联系人|"
           r"转告(?:他|她|[\u4e00-\u9fa5]{1,3}(?:先生|女士))|(?:让|请|叫)(?:他|她)(?:本人)?[^，。！？!?您你]{0,8}回(?:个|一下)?(?:电话|电|话)|联系不上(?:他|她)|找(?:他|她)本人")
_ID_DIGITS = C(r"\d{3}[\dXx]|[零〇一幺二两三四五六七八九]{4}")


def _fee_amount(a: str, text: str) -> bool:
    """The amount names a fee (「500块审核费」「200块加急销账费」「通道服务费15元」), not an amount plus a fee
    (「约1,458元加手续费」「3,000元，另外手续费以审批为准」)."""
    if re.search(rf"(?:费|保证金|诚意金|押金|定金)(?:用)?[:：]?(?:是|为|要|共)?{re.escape(a)}", text):
        return True
    for m in re.finditer(rf"{re.escape(a)}([^，。！？!?]{{0,6}})(?:费|保证金|诚意金|押金|定金)", text):
        if not re.search(r"(?:元|块)?(?:加(?!急)|另|含|不含|和|及|以外|之外|外加)", m.group(1)):
            return True
    return False


# the amount is waived, not paid: 「滞纳金我按权限可以帮您减免200元」「滞纳金200元减免我今天登记」「多减一千五」
def _waived_amount(a: str, text: str) -> bool:
    return bool(re.search(rf"(?:减免|免掉|免除|核销|多减|再减)(?:了|掉)?{re.escape(a)}|{re.escape(a)}(?:元|块)?的?(?:减免|免掉|免了|核销)", text))


def _exact_amounts(text: str) -> list[str]:
    out = []
    for m in _AMOUNT.finditer(text):
        if _VAGUE_AMOUNT.match(text[m.end():]) or _VAGUE_BEFORE.search(text[:m.start()]):
            continue
        out.append(m.group(0))
    return out


def _exact_days(text: str) -> bool:
    for m in _DAYS.finditer(text):
        if re.search(r"[多几来]天$", m.group(0)) or re.match(r"(?:多|左右)", text[m.end():]):
            continue
        if re.search(r"(?:快|近|大概|约|差不多)$", text[:m.start()]):
            continue
        if re.search(r"(?:账龄|DPD|dpd|M\d\+?)[^，。！？!?]{0,2}$", text[:m.start()]):
            continue  # jargon instead of days overdue: 「账龄68天」「DPD 53天」
        window = text[max(0, m.start() - 14):m.end() + 4]
        if _OVERDUE_CUE.search(window):
            return True
    return False


# --- repayment plan -------------------------------------------------------------------------------
_SPECIFIC_DATE = C(r"(?:\d+|[一二三四五六七八九十]{1,3})(?:号|日)|(?:\d+|[一二三四五六七八九十]{1,2})月(?:底|初|中)?"
                   r"|明天|后天|今天|今晚|今儿|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|"
                   r"月底|月初|月中|这周|本周|下周[一二三四五六日天末]?|上午|中午|下午|晚上")
_VAGUE_DATE = C(r"下个?月|发工资|过几天|过两天|年后|以后")
_PAY = r"(?:还|存|缴|交|付|转|扣)"
# a concrete option: instalments, an amount to pay, or paying in full by a date
_PLAN_INSTAL = C(r"分\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:期|个月)|(?:\d+|[一二两三四五六七八九十]{1,3})期")
# 「每月500」 is concrete; 「您每月能还多少」 is a question, not an option
_PLAN_EACH = C(r"每(?:期|个?月)")
_PLAN_PAY_AMOUNT = C(rf"(?<!应)(?<!欠)(?<!要)(?:先|再|今天|明天|就|能|可以|只)?{_PAY}(?:上|掉|清|款)?[^，。！？!?]{{0,6}}$")
_PLAN_VAGUE = C(rf"能还多少还多少|看着还|(?:先|能)还(?:一部分|一点|点)(?![\d{_CN}])|多少先还")
_PLAN_FULL = C(r"(?:还清|全额|一次性|全部还上|全还|结清|还一下|还上|还款(?!安排|的事|方案|计划|问题|情况|意愿))")
# the lender's official way to pay, in a payment context
_OFFICIAL = C(r"官方|App|APP|app|柜台|手机银行|网银|官网|还款账户|信用卡账户|还款卡|自动扣款|网点|公众号|小程序|"
              r"(?:卡|账户)(?:里|上|中)|(?:到|进|往|入)[^，。！？!?]{0,8}卡|对公账户")
_OFFICIAL_OFF = C(r"比[^，。！？!?]{0,4}(?:App|APP|app|官方)|(?:App|APP|app|官方)[^，,。！？!?]{0,6}(?:慢|不算|不用|不认|登不上|要走流程|维护|故障|有延迟|延迟|用不了|没这个价|没有这个价|没这价|按全额|按原价)|别走|不用管|"
                  r"(?:我们|我司)[^，。！？!?]{0,8}公司[^，。！？!?]{0,4}(?:对公)?账户|微信|支付宝|收款码|二维码|个人")
# the collector's own or a colleague's card, money sent "over" to the collector, or a card's spare
# credit (cash-out, a bridge loan): 「是我自己的工资卡」「转到我同事的卡上」「先转1,000元过来」「哪张卡里还有额度」
_OFF_X = C(r"我(?:自己|本人|个人)?的[^，。！？!?]{0,4}(?:卡|账户|账号)|(?:同事|朋友|业务员|经理)的?[^，。！？!?]{0,4}(?:卡|账户|账号)|"
           r"(?:我|俺)(?:短信|微信)?(?:发|给)(?:你|您)的[^，。！？!?]{0,4}(?:账户|账号|卡)|(?:律所|律师事务所|事务所|代收|(?:我们|俺|咱)(?:的)?(?:公司|机构))的?[^，。！？!?]{0,6}(?:账户|账号|卡|对公户)|我这张卡|工资卡|"
           r"(?:转|打|汇)[^，。！？!?]{0,8}过来|(?:转|打|汇)给我(?!们)|额度|刷(?:出来|一笔|卡机)|套现|过桥|POS|pos")
_NEG_BEFORE = C(r"(?:不要|不能|不会|别|勿|不收|不接受|不用|千万别|不走|不是|不给|不转|不打|不汇|不认|只认[^，。！？!?]{0,10}不)[^，。！？!?]{0,6}$|任何$")


def _unofficial(clause: str) -> bool:
    """The clause routes payment off the lender's official channel (not 「不要转给任何个人」)."""
    for pat in (_OFFICIAL_OFF, _OFF_X):
        for m in pat.finditer(clause):
            if not _NEG_BEFORE.search(clause[:m.start()]):
                return True
    return False


_PAY_CONTEXT = C(r"还|存|缴|付|扣款|入账|操作|申请|办理")
# an official way named outright (not a bare 「卡上」「账户上」)
_OFFICIAL_NAMED = C(r"官方|App|APP|app|柜台|手机银行|网银|官网|还款账户|自动扣款|网点|公众号|小程序")
# the App or a card named only as the lender or for a statement, not as a way to pay:
# 「你在速花App的借款应还2,150元」「可以在App里申请账单明细核对」
_NOT_CHANNEL = C(r"(?:App|APP|app|平台|银行)的(?:借款|欠款|贷款|账单|额度|账户欠)|(?:账单|明细|流水|记录)[^，。！？!?]{0,4}(?:核对|查询|查看|核实)|"
                 r"(?:在)?(?:App|APP|app|官网|公众号|小程序)?(?:里|上)?(?:申请|查询|查看|核对)[^，。！？!?]{0,4}(?:账单|明细|流水|记录)")
# the debtor asked, at once, to be called at another time: the call did not get to a plan
_DEFER = C(r"(?:明天|白天|中午|下午|晚上|早上|回头|改天|等会|一会儿)[^，。！？!?]{0,8}(?:再说|再跟你说|打给|回你|打吧|再打|聊)|"
           r"不方便|开车|进车间|说不了几句|这才几点|才六点|才七点|几点了|十一点多了|太晚了|打给我吧|打吧")

# the collector puts the plan off to the next call: 「到时候具体聊还款安排」「回头再定」
_LATER = C(r"到时(?:候)?|回头|下次|再(?:聊|定|谈|说|商量)")

_PUT_OFF = C(r"(?:到时候?|回头|下次|等[^，。！？!?]{0,8}(?:结果|核实|核查))[^，。！？!?]{0,8}(?:再定|再谈|再说|再聊|再商量|再安排|告知)|"
             r"(?:先)?等[^，。！？!?]{0,4}(?:核查|核实|调查)结果|"
             # a set time for the next call: 「后天我们再具体聊还款安排」「中午12点半再聊还款安排」
             r"(?:明天|后天|改天|下周[一二三四五六日天]?|周[一二三四五六日天]|中午|下午|晚上|\d+点半?)[^，,。！？!?]{0,10}再(?:具体)?(?:聊|谈|商量|定)(?:一下)?(?:还款|方案|安排|具体)")

# --- promise to pay -----------------------------------------------------------------------------
_D_PAY = r"(?:还|转|存|交|付|凑|打(?!电话|给你|工|车|1[0-2]\d|[\d一二两三四五六七八九十几]+(?:回|次|遍|通|个电话)))"  # not 「打114查一下」「打12378」
_D_NOT = C(r"不上|工资(?:就|才|只)|不还|还不|没钱|拿不出|不起|没有|不想|不会|不交|不转|凭什么|凭啥|哪有|哪来|吗|？|\?|不可能|已经|就还了|还了|转了|打了|交了|上个月|之前|"
               r"行不行|可不可以|好不好|成不成|借的|不认|多一分|一分都不|还的|还过|截图")
_D_ACCEPT = C(r"^(?:\W*)(?:好|行|可以|没问题|嗯|那行|那好)")
_ASK_WHEN = C(r"什么时候|啥时候|哪天|几号|多少|能不能|行不行|可以吗|怎么样|行吗|咋样|吧[？?]|呢[？?]|[？?]$")
# talk about when to call back, or about income, is not a promise to pay
_D_CALLBACK = C(r"打(?:吧|给我|过来|电话|我)|打给(?:你|您)们|(?:再|以后|白天|晚上)打(?![\d一二两三四五六七八九十几]|款|钱)|打(?:官方|银行)?(?:客服|热线)|(?:就|只)剩|别[^，。！？!?]{0,4}打|再说|回你|回电|联系|说话|再聊|最多|好的时候|差的时候|想想办法|得凑|挣|收入")


# a bare yes: 「行。」「……行。」「好的」「可以」
_D_BARE_YES = C(r"^[\W…]*(?:好|行|可以|没问题|嗯|好的|好吧|行吧|成|中|得|OK|ok)[\W…]*$")


def _is_promise(debtor: str, prev_collector: str) -> bool:
    """The debtor commits to paying: 「15号发工资我还一千」「这周六吧」「行，每月500」「好，那我下月开始还」,
    or says a bare 「行」 to a concrete amount and date just proposed (「5月15号前在App还3,000元」).
    Each sentence is read on its own: 「你能做主？那我今天下午还三千。」 holds a promise."""
    if _D_BARE_YES.match(debtor):
        proposed = any(re.search(rf"{_PAY}[^，。！？!?]{{0,6}}{re.escape(a)}", prev_collector) for a in _exact_amounts(prev_collector))
        return bool(proposed and _SPECIFIC_DATE.search(prev_collector) and not re.search(r"费", prev_collector))
    return any(_promise_sentence(x, prev_collector) for x in re.findall(r"[^。！？!?]+[。！？!?]*", debtor))


# the collector turns the debtor's offer down: 「五百哪够？」「一千太少了」
_REJECT = C(r"哪够|不够|太少|不行|不可能|少了")


def _agrees_to(debtor: str, prev_collector: str, offer: str) -> bool:
    """The debtor offered a figure (「最多2,000」「先还五百行吗」), the collector said it back with
    a date (「今天下午六点前通过App还2,000元」), and the debtor accepts it (「行。」「好好好，明天
    中午前三千」): the collector has repeated the promise back. A demand the debtor only gives in
    to (「五百哪够？……先还五百，剩下月底前还清」→「……好」) is not a repeat of their promise."""
    said = {_norm_amount(a) for a in _exact_amounts(prev_collector)}
    offered = {_norm_amount(a) for a in _exact_amounts(offer)} | ({"一半"} if "一半" in offer else set())
    said |= {"一半"} if "一半" in prev_collector else set()
    if not said & offered or _REJECT.search(prev_collector[:12]):
        return False
    if _D_BARE_YES.match(debtor):
        return True
    return bool(_D_ACCEPT.search(debtor) and any(_norm_amount(a) in said for a in _exact_amounts(debtor)))


_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0}


def _norm_amount(a: str) -> str:
    """「三千」 and 「3,000元」 compare equal; other figures compare as written."""
    a = re.sub(r"[元块,\s]", "", a)
    m = re.fullmatch(r"([一二两三四五六七八九])([万千百])", a)
    if m:
        return str(_CN_DIGIT[m.group(1)] * {"万": 10000, "千": 1000, "百": 100}[m.group(2)])
    return a


# the collector asked when to call back: 「您看什么时候方便，我再打过来？」 → 「明天下午吧」 is no promise
_ASK_CALLBACK = C(r"再(?:联系|打|给您打|给你打|打过来|来电)|打过来|回电|回个?电话")
# 「还」 as "still": 「我明天还上班」「还在忙」
_STILL = C(r"还(?:要|得|在|是|没|有|上班|上着班|忙|开车)")


# the debtor will apply, check or ask, with no payment named
_NOT_PAYING = C(r"申请|提交|办理|查(?:一下|查|清楚)?|看看|问问|核实|投诉")


# a hardship clause before the promise: 「我说了这周没钱，下周五发工资再还」
_HARDSHIP = C(r"没钱|拿不出|手头紧|手里紧|不宽裕")


# the debtor takes the plan just offered: 「就按分期啦」「那就按你说的来」
_TAKES_PLAN = C(r"(?:就|那就|那)按(?:分期|这个|这样|你说的|您说的|刚才说的|这个方案|方案)(?:来|办|还|吧|啦|嘛|了|[。！!]|$)")
# a question how to pay, after accepting: 「五百……行吧，那我怎么还？」
_HOW_TO_PAY = C(r"[，,]\s*(?:那)?(?:我|俺)?(?:该|要)?(?:怎么|咋|在哪|往哪|去哪)(?:还|转|付|交|操作)[^，,]*$")


def _promise_sentence(debtor: str, prev_collector: str) -> bool:
    how = _HOW_TO_PAY.search(debtor)
    if how and re.search(r"行|好|可以|成|中", debtor[:how.start()]):
        debtor = debtor[:how.start()]  # the acceptance before the question is the promise
    if _TAKES_PLAN.search(debtor) and not _D_NOT.search(debtor) and (re.search(r"分期|方案|每期|每月", prev_collector) or _exact_amounts(prev_collector)):
        return True
    clauses = re.split(r"[，,]", debtor)
    lead = 0
    while lead < len(clauses) - 1 and _HARDSHIP.search(clauses[lead]) and not re.search(_D_PAY, clauses[lead]):
        lead += 1
    if lead:
        debtor = "，".join(clauses[lead:])  # the hardship said first does not undo the promise after it
    if _STILL.search(debtor):
        debtor = _STILL.sub("", debtor)  # 「还」 as "still": 「我还是等App好了再还吧，明天」 keeps its 「再还」
        if not re.search(_D_PAY, debtor):
            return False  # 「我明天还上班」
    if _D_NOT.search(debtor) or _D_CALLBACK.search(debtor):
        return False
    specific = bool(_SPECIFIC_DATE.search(debtor))
    amounts = _exact_amounts(debtor)
    if any(_fee_amount(a, prev_collector) for a in amounts):
        return False  # agreeing to pay a fee just named (「500块审核费」) is not a promise to repay
    amount = bool(amounts)
    if _ASK_CALLBACK.search(prev_collector) and not amount:
        return False
    pays = bool(re.search(_D_PAY, debtor))
    if pays and (specific or amount):
        return True
    if _NOT_PAYING.search(debtor):
        return False  # 「那我今天去App上申请」「明天我去查一下」: a step towards a plan, not a payment
    if _D_ACCEPT.search(debtor) and (specific or amount or (pays and _VAGUE_DATE.search(debtor))):
        return True
    return bool(_ASK_WHEN.search(prev_collector) and (specific or amount) and len(debtor) <= 12)


# the date of the next contact, not of the payment: 「下周三上午我再跟您确认进度」「周五回访」
_NEXT_CONTACT = C(r"再(?:跟|给|和|与)?(?:您|你)?(?:确认|联系|打|回访|跟进|来电|核实)|回访|跟进")


def _confirms_promise(text: str) -> bool:
    """Amount and a specific date repeated back, without muddled or vague figures; a counter-offer
    (「两千太少了，起码五千，30号之前」) repeats nothing back."""
    if _MUDDLED.search(text) or _REJECT.search(text[:12]):
        return False
    ct = _clean_text(text)
    # a fee named alongside (「另外加200块加急销账费」) is not the amount promised
    amounts = [a for a in _exact_amounts(ct) if not _fee_amount(a, ct)]
    dated = [cl for cl in re.split(r"[，,。；;！!？?]", text) if _SPECIFIC_DATE.search(cl) and not _NEXT_CONTACT.search(cl)]
    return bool(amounts and dated)


# --- courteous close -----------------------------------------------------------------------------
_GOODBYE = C(r"再见|拜拜|晚安|祝|保重|回见|早点休息")
_THANKS_TAIL = C(r"(?:谢谢|感谢|打扰了|打扰您了|麻烦您了|麻烦你了)[^，。！？!?]{0,6}[。！!]?$")
# a courteous word beyond a bare 「再见」「拜拜」: thanks, apology, goodwill, an offer of help
_COURTESY = C(r"谢谢|感谢|多谢|唔该|打扰|麻烦您|麻烦你|添麻烦|祝|保重|辛苦|休息|不耽误|照顾好|注意|加油|顺利|抱歉|不好意思|慢走|慢点|"
              r"放心|别担心|别太担心|好起来|慢慢来|节哀|好好|道歉|希望|有事|有问题|有疑问|有困难|有需要|随时|不客气|"
              # goodwill for the debtor's day, work or road: 「生意兴隆」「跑长途别太赶」「开车别打电话了」「雨天小心」
              r"兴隆|红火|发财|平安|健康|身体|愉快|开心|别太(?:赶|累|急|拼|熬)|小心|安全|开车别|路上")
_SUMMARY = C(rf"{_SPECIFIC_DATE.pattern}|确认|回(?:个|一个|一下)|回[^，。！？!?]{{0,12}}(?:电话|号码)|回电|回拨|更新|移除|不再联系|App|APP|app|客服|按(?:您|刚才|约定|说好)|安排|申请|提交|结果|通知|核查|再打|转告|方案|分期|标记|备注|删|以后不(?:再)?打|不会(?:再|反复)?打|打这个号|带(?:个|句)?话就行|\d")


# a polite goodbye on its own: 「再见」 is polite, a casual 「拜拜」 needs a courteous word with it
_POLITE_BYE = C(r"再见|晚安|保重|回见|祝")


def _courteous_close(col_texts: list[str], debtor_call: bool = False) -> bool:
    """The last collector turn closes politely and the close sums up what was agreed or the next
    step: thanks or another courteous word with the goodbye, with a summary in the last two
    turns; or a plain 「再见」 in a turn that itself sums up."""
    last = col_texts[-1]
    if not (_GOODBYE.search(last) or _THANKS_TAIL.search(last)):
        return False
    if len(col_texts) < 2:
        return False  # the opening is no summary
    if debtor_call and _COURTESY.search(last) and not _GOODBYE.search(last):
        return bool(_SUMMARY.search(last))  # to the debtor, a bare 「感谢您的接听」 after a demand sums nothing up
    if _COURTESY.search(last):
        return any(_SUMMARY.search(t) for t in col_texts[1:][-2:])  # the opening is no summary
    # a plain 「再见」 closes politely when the turn itself sums up: 「好，周六三千，App还，再见」;
    # 「好的，那就这样，再见」 and a casual 「好嘞，拜拜」 do not
    return bool(_POLITE_BYE.search(last) and _SUMMARY.search(last))


# overdue implied in words the shared check does not read: 「你那手机分期都拖俩月了」「拖了仨礼拜」
_IMPLIED_OVERDUE = C(r"拖(?:了)?(?:快|好|都|差不多)?(?:俩|仨|两|几|好几|半|\d+|[一二三四五六七八九十]+)个?多?(?:月|天|期|周|礼拜|星期|年)")


# a medium tag before the words (「［微信语音］」「［文字］」) is no part of what was said
_MEDIUM_TAG = C(r"^\s*(?:[［\[【][^］\]】]{1,10}[］\]】]\s*)+")
# a key pressed on a voice menu: 「（按键1）」「（按键 3072#）」
_KEY_PRESS = C(r"^\s*[（(]按键\s*([\d#*]+)\s*[）)]")


def _key_meaning(key: str, prompt: str) -> str:
    """What a key press says, from the menu just read: 「本人请按1」+「（按键1）」 → 「是我本人」;
    digits typed after 「身份证号码的后四位」 → the digits; anything else → nothing."""
    digits = key.rstrip("#*")
    if len(digits) >= 4 and re.search(r"后四位|后4位|身份证", prompt):
        return f"后四位{digits}，"
    for m in re.finditer(r"([^，。！？!?；;]{0,8}?)请?按\s*(\d)", prompt):
        if m.group(2) == digits:
            if re.search(r"非本人|不是本人|不是请|不是的", m.group(1)):
                return "不是本人，"
            if re.search(r"本人", m.group(1)):
                return "是我本人，"
    return ""


def _clean_turns(turns: Sequence[Any]) -> list[dict[str, str]]:
    """The turns as spoken: medium tags dropped and menu key presses read as what they answer."""
    out: list[dict[str, str]] = []
    prompt = ""
    for t in turns:
        sp, raw = speaker_of(t), (t["text"] if isinstance(t, dict) else t.text)
        tx = _MEDIUM_TAG.sub("", raw) or raw
        m = _KEY_PRESS.match(tx) if sp == "debtor" else None
        if m:
            tx = _key_meaning(m.group(1), prompt) + tx[m.end():]
        if sp == "collector":
            prompt = text_of({"text": tx})
        out.append({"speaker": sp, "text": tx or raw})
    return out


def _discloses_unverified(turns: Sequence[Any], i: int, st: Any, ctx: CallContext) -> bool:
    """The turn-level `disclosure-before-verification` check on this turn: debt detail, or words
    implying it (「催收专员」「您的逾期账单」「拖了快两个月」), said before the listener was verified."""
    said = "".join(st.debtor_texts)
    tx = text_of(turns[i])
    norm = strip_quotes(tx, said) if said else tx
    orig = turns[i]["text"] if isinstance(turns[i], dict) else turns[i].text
    later = "".join(text_of(x) for x in turns[i + 1:] if speaker_of(x) == "debtor")
    before = "".join(text_of(x) for x in turns[:i])
    return detect_before_verification(TurnText(norm, orig, st, ctx, st.collector_turns_before == 0, later, before)) is not None


# the name the collector asks for: 「请问是冯立伟本人吗」「找一下赵宇」「是刘洋先生吗」
_ASKED_NAME = C(r"(?:是|找|找一下)([\u4e00-\u9fa5]{2,3}?)(?:先生|女士|小姐|同学|本人|吗|么|不|吧|[，,？?])")


def _asked_names(col_texts: list[str]) -> set[str]:
    """Names asked for, with the given name alone (「冯立伟」 → 「立伟」)."""
    out: set[str] = set()
    for t in col_texts[:2]:
        for m in _ASKED_NAME.finditer(t):
            n = m.group(1)
            if n[0] in _SURNAMES and not re.search(r"[你您我他她这那谁哪]", n):
                out |= {n} | ({n[1:]} if len(n) == 3 else set())
    return out


# the person whose debt or phone it is, named by the collector: 「这是卞晓峰的电话吗」「卞晓峰在我们平台借的」
# 「郭晨先生留了您的号码」「麻烦您转告孟凡先生」
_OWNER_NAME = C(r"是([\u4e00-\u9fa5]{2,3}?)的(?:电话|手机|号码)|([\u4e00-\u9fa5]{2,3}?)(?:先生|女士)?在[^，。！？!?]{0,8}(?:借|欠|贷)|"
                r"([\u4e00-\u9fa5]{2,3}?)(?:先生|女士)?留(?:了|的)?(?:您|你)的|转告([\u4e00-\u9fa5]{2,3}?)(?:先生|女士|[，,。])")


def _owner_names(col_texts: list[str]) -> set[str]:
    out: set[str] = set()
    for t in col_texts:
        for m in _OWNER_NAME.finditer(t):
            n = next(g for g in m.groups() if g)
            if n[0] in _SURNAMES and not re.search(r"[你您我他她这那谁哪们]", n):
                out |= {n} | ({n[1:]} if len(n) == 3 else set())
    return out


def _claims_name(evidence: str, names: set[str]) -> bool:
    """The listener now says they are the person asked for: 「行了行了，我就是立伟」."""
    return any(re.search(rf"(?:我|俺)(?:就|其实|才)?是{re.escape(n)}", evidence) for n in names)


# the collector speaks of the listener's relative's debt: 「您弟弟陆建安在快分期的借款已经逾期」「你儿子欠的钱」
_REL_WORDS = r"(?:弟弟|哥哥|姐姐|妹妹|儿子|女儿|闺女|老公|丈夫|老婆|媳妇|妻子|爱人|父亲|母亲|爸爸|妈妈|爸|妈|前妻|前夫|侄子|侄女|外甥|孙子|孙女|表弟|表哥|表妹|表姐|堂弟|堂哥|女婿|儿媳|对象)"
_RELATIVE_DEBT = C(rf"(?:您|你)(?:的|家)?{_REL_WORDS}(?:[{_SURNAMES}][\u4e00-\u9fa5]{{1,2}})?(?:在[^，。！？!?]{{0,10}})?"
                   r"(?:的(?:借款|欠款|贷款|账单|信用卡)|欠的|欠了|借了|逾期|没还)")


# the phone is passed to someone else: 「你等一下，我叫他」「他回来了」「我是他本人，刚才是我妈接的」
_PASSED_ON = C(r"等(?:一)?下|稍等|我叫(?:他|她)|(?:他|她)(?:回来|来)了|给(?:他|她)|刚才(?:是|那个)|接过来|换(?:他|她|人)|喂")


# someone else takes the phone after the debtor was verified: 「（换人）」「我是他老婆，他去忙了」
_OTHER_ON_LINE = C(r"[（(][^）)]{0,6}(?:换人|换|接过|交给|递给)|换(?:人|他|她)(?:来)?接|(?:我|俺)是(?:他|她)的?[\u4e00-\u9fa5]{1,3}[，,。！!]|打错|不是本人|我不是(?:他|她|[\u4e00-\u9fa5]{2,3}本人)")


def _accept_verification(evidence: str, third_seen: bool, relay: bool, names: set[str] = frozenset(),
                         owners: set[str] = frozenset(), relative_debt: bool = False) -> bool:
    """Does the shared call state's verification really make this listener the debtor?"""
    if _NOT_DEBTOR.search(evidence):
        return False
    if relative_debt:  # the collector spoke of the listener's relative's debt: only ID digits count
        return bool(_ID_DIGITS.search(evidence))
    if relay:  # a contact confirming their own name is not the debtor: ID digits, or owning the debtor's name
        return bool(_ID_DIGITS.search(evidence)) or _claims_name(evidence, owners)
    return not third_seen or bool(_HANDOVER.search(evidence)) or _claims_name(evidence, names)


def conduct_findings(turns: Sequence[Any], ctx: CallContext, rubric: Rubric) -> dict[str, bool | None]:
    """Each conduct id → True (done), False (missing) or None (does not apply to this call)."""
    turns = _clean_turns(turns)
    col = [i for i, t in enumerate(turns) if speaker_of(t) == "collector"]
    done = {k: False for k in rubric.conduct}
    if not col:
        return {k: None if k not in ("self-identification", "courteous-close") else False for k in rubric.conduct}
    final = call_state(turns, len(turns), ctx)
    relay = any(_RELAY.search(text_of(turns[i])) for i in col)
    ever_verified, ever_third = False, False
    debt_amount = debt_days = plan = channel = plan_talk = False
    told_unverified = False  # an amount or days overdue said before the listener was verified
    facts_unverified = False  # the amount or days themselves were said to the unverified listener
    names = _asked_names([text_of(turns[i]) for i in col])
    owners = _owner_names([text_of(turns[i]) for i in col])
    relative_debt = any(_RELATIVE_DEBT.search(text_of(turns[i])) for i in col) and not any(
        re.search(r"担保|共同借款|共借|连带", text_of(t)) for t in turns)
    told_posing = False  # debt detail told to a "relative" who then turns out to be the debtor
    verified_from: int | None = None
    for i in col:
        st = call_state(turns, i, ctx)
        tx = text_of(turns[i])
        verified_now = st.verified or (st.pending_digits and not L.DIGITS_WRONG.search(tx))
        if verified_now and not ever_verified and not _accept_verification(st.verify_evidence, ever_third, relay, names, owners, relative_debt):
            verified_now = False  # 「我就是个房东」「我不叫高燕，这是我新办的号」 do not make the listener the debtor
        if ever_verified and not verified_now and verified_from is not None and not any(
                _OTHER_ON_LINE.search(text_of(turns[k])) for k in range(verified_from, i) if speaker_of(turns[k]) == "debtor"):
            verified_now = True  # the verified debtor speaking of family (「要不让我儿子先垫上」) is still the debtor
        third_now = (st.third_party or ever_third and not ever_verified) and not verified_now
        if verified_now and verified_from is None:
            verified_from = i
        ever_verified |= verified_now
        ever_third |= third_now
        if i in col[:2]:
            done["self-identification"] |= _self_identified(tx)
        if L.RECORDING.search(tx) or _RECORDING_X.search(tx):
            done["recording-notice"] = True
        if verified_now and verified_from == i and ever_third and not _PASSED_ON.search(st.verify_evidence) and told_posing:
            told_unverified = True  # the same listener posed as someone else and was told the debt first
        if third_now and not told_posing:
            told_posing = bool(_exact_amounts(tx) or _exact_days(tx) or L.DEBT_WORDS.search(tx))
        if not third_now and not verified_now and (_exact_amounts(tx) or _exact_days(tx)):
            facts_unverified = True
        if not third_now and not verified_now and not told_unverified:
            told_unverified = bool(_exact_amounts(tx) or _exact_days(tx) or _IMPLIED_OVERDUE.search(tx)
                                   or _discloses_unverified(turns, i, st, ctx))
        if verified_now:
            ct = _clean_text(tx)
            debt_amount |= bool(_exact_amounts(ct)) and bool(L.DEBT_WORDS.search(tx) or re.search(r"欠|应还|金额|一共|合计|余额|账单|借", tx))
            debt_days |= _exact_days(ct)
            for cl in re.split(r"[。！？!?；;]", tx):
                off = _unofficial(cl)
                ch = _NOT_CHANNEL.sub("", cl)
                official = _OFFICIAL.search(ch) and _PAY_CONTEXT.search(ch) and not off
                channel |= bool(official)
                if _PLAN_VAGUE.search(cl) and not off:
                    plan_talk = True  # 「明天能先还点不」: repayment was raised, vaguely
                if (_PLAN_VAGUE.search(cl) and not _exact_amounts(cl)) or off:
                    continue  # 「能还多少还多少」, or a plan paid to a personal card or WeChat, does not count
                concrete = bool(_PLAN_INSTAL.search(cl)) or bool(_PLAN_EACH.search(cl) and _exact_amounts(cl))
                for a in _exact_amounts(cl):
                    if _fee_amount(a, cl) or _waived_amount(a, cl):
                        continue  # 「一千五的律师服务费」「减免200元」: a fee or a waiver is no repayment option
                    head = cl[:cl.find(a)]
                    tail = rf"{re.escape(a)}[^，。！？!?]{{0,4}}{_PAY}|{re.escape(a)}[^，。！？!?]{{0,16}}(?:{_OFFICIAL.pattern})[^，。！？!?]{{0,4}}{_PAY}"
                    if _PLAN_PAY_AMOUNT.search(head) or re.search(tail, cl) or _SPECIFIC_DATE.search(cl):
                        if not re.search(r"(?:应还|欠款?|一共|合计|余额|金额|欠了|账单)[^，。！？!?]{0,4}$", head):
                            concrete = True
                # paying in full by a date, said together: 「明天在App还清」 (not 「今天想确认……还款只认App」)
                if official and any(_SPECIFIC_DATE.search(sub) and _PLAN_FULL.search(sub) for sub in re.split(r"[,，]", cl)):
                    concrete = True
                plan |= concrete
                # the official way confirmed with the plan itself: 「行，App也行，4月30号前2,000」
                if concrete and _OFFICIAL_NAMED.search(ch) and not off and not L.DEBT_WORDS.search(cl):
                    channel = True
                if _LATER.search(cl) and not concrete:
                    continue  # 「到时候具体聊还款安排」 puts the plan off; the call did not get that far
                plan_talk |= concrete or bool(_PLAN_VAGUE.search(cl) or re.search(r"分期|先还|延期|最低还款|怎么还|还款安排|结清", cl))
    if final.verified and _accept_verification(final.verify_evidence, ever_third, relay, names, owners, relative_debt):
        ever_verified = True
    ever_third |= final.third_party and not ever_verified

    # the listener acts as the debtor unless they are someone else or never own the name
    debtor_texts = [text_of(t) for t in turns if speaker_of(t) == "debtor"]
    denied = any(_NOT_DEBTOR.search(d) or _THIRD_PERSON.match(d) for d in debtor_texts)
    # a never-verified listener who only challenges the caller (「你们到底是谁？我凭什么信你？」「骗子吧你」)
    # or says 「不是」 to the name asked never acts as the debtor
    denied |= bool(debtor_texts) and (bool(_DENY_FIRST.match(debtor_texts[0])) or any(_DOUBTS.search(d) for d in debtor_texts))
    third_only = not ever_verified and (ever_third or denied or relay or relative_debt)

    # promise to pay, and whether the collector repeated it back afterwards
    promised, promise_at = False, None
    for j, t in enumerate(turns):
        if speaker_of(t) != "debtor":
            continue
        prev = next((text_of(turns[k]) for k in range(j - 1, -1, -1) if speaker_of(turns[k]) == "collector"), "")
        if _is_promise(text_of(t), prev):
            promised, promise_at = True, j
            offer = next((text_of(turns[k]) for k in range(j - 1, -1, -1) if speaker_of(turns[k]) == "debtor"), "")
            if _confirms_promise(prev) and ("确认" in prev and _D_BARE_YES.match(text_of(t)) or _agrees_to(text_of(t), prev, offer)):
                promise_at = next(k for k in range(j - 1, -1, -1) if speaker_of(turns[k]) == "collector") - 1
            break  # 「好。」 to the collector's own 「确认一下：……」 or 「今天下午六点前App还2,000元」: already repeated back
    if promised:
        done["promise-confirmation"] = any(_confirms_promise(text_of(turns[i])) for i in col if i > promise_at)

    done["identity-verification"] = ever_verified and not told_unverified
    done["debt-facts"] = debt_amount and debt_days
    done["repayment-plan"] = plan and channel
    done["courteous-close"] = _courteous_close([text_of(turns[i]) for i in col], debtor_call=ever_verified)

    deferred = any(_DEFER.search(d) for d in debtor_texts) and not plan_talk
    # the collector puts the plan itself off to a later call: 「到时候再定具体金额」「先等核查结果」
    put_off = any(_PUT_OFF.search(text_of(turns[i])) for i in col)
    out: dict[str, bool | None] = {}
    for cid, spec in rubric.conduct.items():
        if third_only and cid not in ("self-identification", "courteous-close"):
            out[cid] = None
        elif spec.applies == "debtor_promised" and not promised:
            out[cid] = None
        elif cid in ("debt-facts", "repayment-plan") and not ever_verified:
            out[cid] = None
        elif cid in ("debt-facts", "repayment-plan") and deferred and not done[cid] and not (cid == "debt-facts" and facts_unverified):
            out[cid] = None  # the debtor asked to talk at another time before it got that far
        elif cid == "repayment-plan" and put_off and not done[cid]:
            out[cid] = None  # the plan is left to the next call; the call did not get that far
        else:
            out[cid] = done[cid]
    return out


def missing(turns: Sequence[Any], ctx: CallContext, rubric: Rubric) -> list[str]:
    """The applicable conduct ids not satisfied anywhere in the call, in rubric order."""
    return [k for k, v in conduct_findings(turns, ctx, rubric).items() if v is False]
