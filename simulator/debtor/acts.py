"""Deterministic understanding of a collector turn: dialogue acts, amounts, dates.

``detect_acts(text, context)`` returns an :class:`Understanding` (the acts a turn performs,
plus the amount, date and number of instalments it mentions). Detection is lexicon and regex
tables (module-level data below) with two guards: negation (「我们不会上门」 is not a threat)
and quotation (words inside quotes, or repeated from the debtor's last line, are not the
collector's own threats or role-play requests). No model is involved, so tests pin it down.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable

from ..data.persona_schema import Act

PROHIBITED: frozenset[Act] = frozenset({
    Act.threat, Act.insult, Act.impersonation, Act.false_legal_claim, Act.credit_exaggeration,
    Act.contact_shaming, Act.unofficial_channel, Act.borrow_to_repay,
})


# The rubric scorer's violation ids that the debtor reacts to as prohibited acts. The other ids
# (disclosure, harassment, unauthorised waivers) are about who hears what and what may be
# granted; the debtor's policy reads those from the turn itself (mentions_debt, offers).
VIOLATION_ACTS: dict[str, Act] = {
    "threat": Act.threat, "insult": Act.insult, "impersonation": Act.impersonation,
    "false-legal-claim": Act.false_legal_claim, "credit-exaggeration": Act.credit_exaggeration,
    "contact-shaming": Act.contact_shaming, "unofficial-channel": Act.unofficial_channel,
    "borrow-to-repay": Act.borrow_to_repay,
}
DISCLOSURE_IDS = frozenset({"third-party-disclosure", "disclosure-before-verification"})


@dataclass(frozen=True)
class CallContext:
    """What the detector may know about the call besides the turn itself."""

    debtor_name: str = ""
    listener_name: str = ""
    lender: str = ""
    amount_due: int | None = None
    product: str = ""                  # masked before detection (「安心分期」 is not a plan)
    today: date | None = None          # the call's date, for 「下周五」; None = date.today()
    last_debtor_line: str = ""         # to tell a quotation of the debtor from the collector's own words


@dataclass(frozen=True)
class Understanding:
    """A collector turn as the debtor policy sees it."""

    acts: frozenset[Act]
    amount: int | None = None          # the amount asked/proposed (last one mentioned), yuan
    amounts: tuple[int, ...] = ()      # every amount mentioned, in order
    days: int | None = None            # payment date asked/proposed, days from the call date
    months: int | None = None          # instalments proposed (「分6期」)
    full: bool = False                 # asks for the whole amount (「全部还清」「一次性结清」)
    callback: bool = False             # asks for / offers a call back or to pass on a message
    addresses_record: bool = False     # offers to check or explain the amount / payment record
    accepts: bool = False              # agrees to what the debtor just offered (「可以」「好的」)
    mentions_debt: bool = False        # words that reveal a debt (「催收」「逾期」「欠款」): disclosure to a third party
    evidence: dict = field(default_factory=dict)  # act value -> the words that triggered it

    def has(self, *acts: Act) -> bool:
        return any(a in self.acts for a in acts)

    def to_dict(self) -> dict:
        return {"acts": sorted(a.value for a in self.acts), "amount": self.amount, "amounts": list(self.amounts),
                "days": self.days, "months": self.months, "full": self.full, "callback": self.callback,
                "addresses_record": self.addresses_record, "accepts": self.accepts, "mentions_debt": self.mentions_debt}


# --- lexicons -------------------------------------------------------------------------------
# Each act: regexes matched on the collector's own words. Names in {debtor}/{lender} are filled
# from the context. Prohibited acts are matched on the text with quotations masked.
LEXICON: dict[Act, list[str]] = {
    Act.greeting: [r"^(?:喂|你好|您好|哈喽)", r"(?:早上|上午|中午|下午|晚上)好"],
    Act.self_identification: [
        r"(?:我是|这里是|这边是|我们是|我这边是|我这里是)[^，。！？,.!?]{0,16}(?:银行|信用卡|金融|消金|贷款|小贷|中心|公司|平台|客服|专员|催收|贷后|工作人员)",
        r"工号(?:是)?\s*[0-9A-Za-z一二三四五六七八九零]{2,}",
        r"(?:银行|中心|金融|公司|平台)的(?:客服|专员|工作人员|催收员|贷后)",
        r"{lender}(?:这边|客服|专员|的客服|的专员|的工作人员|打来的)", r"(?:我是|这里是|这边是|我们是){lender}",
        r"我(?:姓|叫)[\u4e00-\u9fff]{1,3}[，,。]?(?:是|来自)",
    ],
    Act.identity_check: [
        r"(?:请问|您好|你好)?(?:您|你)?是(?:不是)?[^，。！？,.!?]{0,4}{debtor}[^，。！？,.!?]{0,4}(?:吗|么|嘛|对吧|是吧|对吗|本人|？|\?)",
        r"(?:请问)?(?:是|找)[^，。！？,.!?]{0,3}{debtor}",
        r"{debtor}[^，。！？,.!?]{0,4}(?:吗|么|嘛|对吧|是吧|对吗|在吗|本人)",
        r"(?:是|确认)[^，。！？,.!?]{0,4}本人",
        r"(?:核实|核对|确认|验证)(?:一下)?(?:您|你)?的?身份",
        r"身份证(?:号)?(?:的)?(?:后四位|后4位|尾号|末四位)",
        r"(?:您|你)(?:是|就是)[^，。！？,.!?]{1,4}(?:先生|女士)(?:吗|么|对吧)",
    ],
    Act.recording_notice: [r"录音", r"录着音", r"通话(?:会|将|全程)?(?:被)?(?:记录|留存)"],
    Act.state_debt: [
        r"(?:欠款|欠费|欠了|欠着|欠我们|欠.{0,8}的钱|未还|没还|待还|应还|还款金额|账单金额|本金|逾期)[^。！？!?]{0,14}?(?:\d|[一二两三四五六七八九十百千万]{2,})",
        r"逾期(?:了)?[^。！？!?]{0,6}(?:\d+|[一二两三四五六七八九十百]+)天",
        r"(?:已经|目前|现在|一直)?(?:逾期|拖欠|欠款|未还款|没有还款|没按时还)",
        r"(?:您|你|他|她)(?:的)?(?:欠款|账单|借款|贷款|信用卡)(?:已经|还|没|未|逾期)",
    ],
    Act.empathy: [
        r"理解(?:您|你|的|，|。|$)", r"能理解", r"我理解", r"体谅", r"不容易", r"难处", r"辛苦",
        r"(?:别|不用|不要)(?:太)?(?:着急|担心|紧张|害怕|慌)", r"(?:明白|懂)(?:您|你)的(?:心情|难处|意思|处境)",
        r"确实(?:挺|很|比较|蛮)?(?:难|不容易|困难)", r"能感受", r"换(?:作|做|成)是我", r"谅解",
        r"(?:一起|帮您|帮你|共同)(?:想|找)(?:办法|方案)", r"同情", r"(?:难为|委屈)(?:您|你)了",
        r"(?:身体|健康|孩子|家人)(?:要紧|最重要|为重)", r"我(?:很|也|都)?(?:明白|懂|清楚)(?:的|，|。|您|你)", r"(?:钱|手头|经济|资金)(?:上)?(?:确实|比较|是|很|有点)?(?:紧|困难|周转不开)",
        r"按(?:您|你)的(?:能力|情况|实际)", r"先(?:照顾|顾)好", r"(?:请|您|你)(?:先)?放心",
    ],
    Act.ask_reason: [
        r"什么原因", r"为什么(?:没|不|一直|会|逾期)", r"怎么(?:没|不|一直没)(?:还|按时)", r"(?:遇到|碰到)(?:了)?(?:什么|啥)",
        r"(?:是|有)(?:什么|啥)(?:困难|难处|情况|问题)", r"出(?:了)?(?:什么|啥)(?:事|情况|问题)",
        r"方便(?:说|讲|聊|告诉)(?:一下|一下子)?", r"什么情况导致", r"(?:收入|工作|经济)(?:情况|状况)(?:怎么样|如何)",
        r"怎么回事", r"(?:说说|讲讲|聊聊)(?:您|你)的?情况",
    ],
    Act.propose_plan: [
        r"分期", r"分(?:成)?(?:\d+|[一二两三四五六七八九十]+)(?:个)?(?:期|月)", r"先还(?:一部分|部分|一点|点|最低|\d|[一二两三四五六七八九十百千万])",
        r"最低还款", r"(?:申请|可以|能)(?:减免|延期|展期|停息|协商)", r"还款(?:方案|计划|安排)", r"(?:方案|计划)",
        r"部分还款", r"(?:每月|每个月|按月)还", r"还一部分", r"先(?:少|多)?还(?:一点|一部分|点|些)", r"按(?:您|你)的(?:能力|情况)来", r"协商(?:还款)?", r"剩下的(?:再|可以|慢慢|分)",
    ],
    Act.ask_amount_date: [
        r"(?:能|可以|打算|准备|想|会)(?:先)?(?:还|拿出|凑|付|处理)[^，。！？,.!?]{0,6}(?:多少|几)",
        r"多少(?:钱)?(?:呢|吗|？|\?|合适)", r"还多少", r"(?:什么时候|啥时候|哪天|几号|何时)(?:能|可以|方便|打算|准备)?(?:还|处理|到账|凑|付)",
        r"(?:能|可以|方便)(?:在)?[^，。！？,.!?]{0,10}(?:前|之前|以内|之内)(?:还|处理|付)",
        r"(?:能|可以|能不能|可不可以)[^，。！？,.!?]{0,8}还[^，。！？,.!?]{0,8}(?:吗|么|嘛|？|\?)",
        r"具体(?:的)?(?:哪天|时间|日期|日子|金额|多少|数)", r"(?:金额|日期|时间)(?:和|跟)(?:日期|时间|金额)",
        r"(?:必须|马上|立刻|赶紧|尽快|今天之内|今天内)(?:把)?[^，。！？,.!?]{0,10}还(?:清|上|掉|了)",
        r"(?:全部|全额|一次性)(?:还清|结清|还上|还款|还掉)", r"给(?:个|我个)?(?:准话|具体)",
        r"(?:您|你)看(?:最近)?(?:哪天|什么时候|能|可以)",
    ],
    Act.official_channel: [
        r"官方", r"(?:APP|App|app|手机银行|网银|网上银行|柜台|网点|营业厅|公众号|小程序)",
        r"(?:绑定|还款)的?(?:卡|账户|银行卡)", r"自动扣款", r"还款账户", r"本人(?:名下)?(?:的)?(?:银行卡|账户)",
    ],
    Act.legitimate_pressure: [
        r"(?:上报|报送|影响|记入|体现在|反映在)(?:您|你)?(?:的)?(?:个人)?(?:征信|信用)",
        r"征信(?:记录|报告)?(?:上|里)?(?:会|将)?(?:有|留下|显示|体现)", r"(?:继续|还会|会|将)(?:产生|计算|收取)(?:罚息|违约金|利息|滞纳金)",
        r"(?:罚息|违约金|滞纳金|利息)(?:会|在)(?:继续|每天|一直)", r"(?:可能|有可能|有权|依法|依照合同)[^，。！？,.!?]{0,8}(?:起诉|诉讼|法律程序|法律途径|司法|委外)",
        r"(?:合同|协议)(?:约定|规定)", r"(?:逾期|拖)(?:时间)?(?:越|再)?(?:长|久)[^，。！？,.!?]{0,8}(?:影响|麻烦|费用|罚息)",
        r"(?:会|将)影响(?:您|你)?(?:以后|今后|后续)?的?(?:贷款|信用卡|借贷|征信)", r"信用记录",
    ],
    Act.confirm_promise: [
        r"(?:确认|核对|复述|重复)(?:一下)?",
        r"(?:记下|登记|备注|记录)(?:了|一下|下来)", r"说好了", r"(?:就|那就)(?:这么|这样)(?:定|说定)", r"约定(?:好)?(?:了|在)",
        r"按(?:您|你)(?:刚才)?说的(?:金额|日期|时间|来|办)", r"(?:也就是说|那就是说)(?:您|你)",
    ],
    Act.close: [
        r"再见", r"拜拜", r"祝(?:您|你)", r"(?:感谢|谢谢)(?:您|你)?的?(?:配合|接听|理解|时间|支持)", r"打扰(?:您|你)?了",
        r"先(?:这样|聊到这)", r"就到这(?:里|儿)?", r"不打扰(?:您|你)?了",
    ],
    Act.threat: [
        r"上门", r"(?:找到|知道|查到)(?:你|您)?(?:家|住|住在|住哪|单位|公司)", r"让(?:你|您)(?:好看|吃不了兜着走|后悔)", r"走着瞧",
        r"弄死", r"打断(?:你的)?腿", r"后果自负", r"小心(?:点|一点|你的)", r"你(?:给我)?等着", r"(?:去|到)(?:你|您)(?:的)?(?:单位|公司|家|老家|学校)(?:找|堵|闹)",
        r"堵(?:你|您)", r"(?:别想|不会让你)(?:好过|安生)", r"给(?:你|您)点颜色", r"不得安宁", r"打到(?:你|您)接为止", r"你跑不了",
        r"跑得了和尚", r"天天(?:打|找|去)", r"(?:晚上|半夜|深夜)(?:十|11|12|一|两)[^，。！？,.!?]{0,3}(?:再)?打给",
    ],
    Act.insult: [
        r"老赖", r"不要脸", r"骗子", r"无赖", r"废物", r"人渣", r"垃圾", r"混蛋", r"王八", r"赖皮", r"傻[逼Bb比子]", r"脑子(?:有病|进水)",
        r"有病吧", r"要不要脸", r"滚(?:蛋|开|吧|！|!|$)", r"你妈", r"他妈的?", r"没出息", r"死皮赖脸", r"丢人现眼", r"畜生", r"蠢(?:货|猪)?",
        r"穷鬼", r"(?:SB|sb|nmsl)",
    ],
    Act.impersonation: [
        r"(?:我是|我们是|这里是|这边是|我这边是)[^，。！？,.!?]{0,10}(?:法院|公安|派出所|警察|警官|检察院|律师|律所|执行局|司法|经侦|政府|仲裁)",
        r"(?:法院|公安局|派出所|检察院|律师事务所|执行局|经侦)(?:的|打来)", r"(?:我|我们)(?:代表|受)[^，。！？,.!?]{0,6}(?:法院|公安|检察院)",
    ],
    Act.false_legal_claim: [
        r"(?:已经|马上|明天|今天|立刻)(?:就)?(?:被)?(?:立案|起诉|抓|拘|判|执行|冻结)", r"坐牢", r"判刑", r"抓(?:你|您|人)",
        r"(?:刑事|行政)(?:责任|拘留)", r"诈骗罪", r"恶意透支罪", r"传票(?:已经|马上)?", r"失信被执行人", r"限高", r"拘留", r"(?:警察|公安)(?:会)?(?:上门|找|来)",
        r"(?:犯罪|犯法|违法犯罪)(?:了|行为)", r"(?:通缉|吊销|冻结(?:你|您)的?(?:所有)?(?:账户|资产|工资))",
    ],
    Act.credit_exaggeration: [
        r"(?:孩子|子女|小孩|儿子|女儿|家人|全家|亲戚|父母)[^，。！？,.!?]{0,8}(?:上不了|不能上|无法上|没法上|影响|考不了|当不了)[^，。！？,.!?]{0,4}(?:学|考公|公务员|当兵|工作|考研|政审|大学)?",
        r"全家[^，。！？,.!?]{0,4}(?:黑名单|上征信|受影响)", r"(?:坐不了|不能坐|无法乘坐|不能乘坐)(?:飞机|高铁|火车)", r"一辈子[^，。！？,.!?]{0,6}(?:贷不了|不能贷|借不到|完了|翻不了身)",
        r"(?:征信|信用)[^，。！？,.!?]{0,6}(?:一辈子|永远|终身)", r"黑名单", r"(?:买不了|不能买)(?:房|车)",
    ],
    Act.contact_shaming: [
        r"通讯录", r"(?:打|告诉|通知|联系|找)(?:给)?(?:你|您)?(?:的)?(?:家人|亲戚|朋友|同事|领导|单位|公司|老板|父母|老婆|老公|爱人|邻居|村里|所有人|紧急联系人)",
        r"(?:发|群发|挂)(?:到)?[^，。！？,.!?]{0,6}(?:朋友圈|微信群|网上|小区)", r"曝光", r"让(?:大家|所有人|全村|你同事|你家人|你朋友|你领导)[^，。！？,.!?]{0,4}(?:知道|看看)",
    ],
    Act.unofficial_channel: [
        r"(?:转|打|汇|付|还)(?:到|给|进)?(?:我|我的)?(?:个人|私人)(?:账户|账号|卡|微信|支付宝)", r"(?:微信|支付宝)(?:转|付|打)(?:给)?我",
        r"转(?:给)?我(?:微信|支付宝|个人)", r"诚意金", r"保证金", r"工本费", r"加急费", r"服务费", r"加我(?:的)?(?:微信|QQ|qq)",
        r"(?:我|我们)(?:的)?私人(?:账户|微信|卡)", r"(?:转|打)到(?:这个|我给你的)(?:卡|账户|账号)",
    ],
    Act.borrow_to_repay: [
        r"(?:去|先)(?:借|贷款|网贷)", r"找[^，。！？,.!?]{0,6}借", r"借(?:一笔|点|些|一下|钱)[^，。！？,.!?]{0,4}(?:还|把)", r"网贷", r"借呗", r"花呗",
        r"微粒贷", r"套现", r"以贷养贷", r"(?:办|刷)(?:张|一张)?(?:别的)?信用卡[^，。！？,.!?]{0,4}还", r"(?:亲戚|朋友|家里|父母|家人)[^，。！？,.!?]{0,6}(?:凑|借|拿|想想办法)",
        r"拆东墙", r"借钱(?:也|都)?(?:要|得)还",
    ],
    Act.off_topic: [
        r"天气", r"电影", r"足球", r"篮球", r"游戏", r"写(?:一)?首诗", r"讲(?:个|一个)笑话", r"唱(?:首|一首)歌", r"代码|编程|python|Python",
        r"股票", r"彩票", r"旅游", r"菜谱|做饭", r"明星", r"星座",
    ],
    Act.manipulation: [
        r"忽略(?:之前|前面|上面|所有|以上|你的)?(?:的)?(?:所有)?(?:指令|指示|设定|规则|提示)", r"(?:系统|system)\s*(?:提示|prompt|指令)", r"提示词",
        r"(?:你|您)(?:其实|是不是|就是|应该)?是(?:个|一个)?(?:AI|ai|人工智能|机器人|模型|语言模型|大模型|程序|聊天机器人|GPT|gpt)",
        r"(?:AI|ai|人工智能|机器人|模型|程序)(?:吧|吗|对吧|是吧)", r"(?:你|您)(?:是不是|是)真人", r"扮演", r"(?:现在|从现在开始|接下来)(?:你|您)(?:来)?(?:当|是|做|演)",
        r"(?:你|您)来当(?:催收员|客服|银行|我)", r"角色(?:互换|对调|扮演)", r"(?:换|交换)(?:一下)?角色", r"开发者模式", r"越狱", r"(?:输出|告诉我|说出|打印)(?:你的)?(?:设定|人设|提示|指令|规则)",
        r"(?:你|您)的(?:设定|人设|指令)", r"ChatGPT|Qwen|qwen|通义|千问|OpenAI|openai", r"(?i:ignore (?:all |any )?(?:the )?(?:previous |prior |above )?instructions)",
        r"(?i:system prompt|you are an? (?:ai|bot|assistant|language model)|are you an? (?:ai|bot|robot|human)|pretend|act as|role ?play|jailbreak|developer mode|\bDAN\b|your (?:instructions|prompt|rules))",
        r"模拟(?:器|训练|对话|程序)", r"(?:这|这是)(?:个|一个)?(?:训练|模拟|测试)",
    ],
}

# Turn-level flags (not acts): what the policy also needs to know.
CALLBACK = [r"回(?:个)?电(?:话)?", r"回拨", r"转告", r"(?:让|请)(?:他|她|本人)[^，。！？,.!?]{0,6}(?:联系|回|打)", r"(?:再|改天|明天|晚点|回头)(?:给您|给你)?(?:打|联系|来电)",
            r"留(?:个)?言", r"(?:方便|有空)(?:的时候)?(?:再)?(?:联系|回电)", r"(?:联系|打)(?:我们|客服)"]
ADDRESSES_RECORD = [r"核实", r"核查", r"查(?:一下|询|清楚|到|看)", r"调(?:取|出|一下)", r"明细", r"(?:还款|转账|交易)(?:记录|凭证|截图)", r"凭证",
                    r"截图", r"解释", r"说明(?:一下)?(?:构成|组成|费用|怎么)", r"(?:构成|组成)", r"其中", r"异议", r"复核", r"申诉", r"工单", r"反馈给"]
ACCEPTS = [r"^(?:好|好的|行|可以|没问题|成|同意|就这样|那好|嗯|OK|ok)(?:的|啊|呀|吧)?(?:[，,。！!]|$)", r"(?:可以|没问题|同意)(?:的)?[，。！,.!]?$",
           r"按(?:您|你)说的(?:来|办)?", r"(?:那)?就(?:按|照)(?:这个|您说的|你说的)"]
DEBT_WORDS = [r"催收", r"贷后", r"逾期", r"欠款", r"欠了", r"欠着", r"欠费", r"欠我们", r"还款", r"还钱", r"账单", r"债"]
FULL = [r"全部", r"全额", r"一次性", r"结清", r"还清", r"所有(?:欠款|的钱)"]

# Negation before a match cancels it; these rhetorical frames do not negate.
NEGATION = re.compile(r"(?:不会|不能|不可能|不得|没有|并不|绝不|绝对不|从不|从来不|不是|不用|不必|无需|不需要|不要|不准|禁止|不允许|严禁|没|别|不)"
                      r"(?P<tail>[^，。！？,.!?]{0,8})$")
CONDITION_TAIL = re.compile(r"就|的话|那么|否则|不然|才|还敢")
NEGATION_IMMEDIATE = re.compile(r"(?:不|没|不太|没法|无法)$")
DISMISSIVE = re.compile(r"(?:不管|管你|别跟我|少跟我|不想听|不关心|我才不|跟我没关系)")
RHETORICAL = re.compile(r"(?:以为|难道|你当|还想|想得美|别想)")
CONDITIONAL_NEG = re.compile(r"(?:不还|不给|不交|没还|不处理|不接|不想还|不肯)[^，。！？,.!?]{0,12}$")
QUOTE_SPANS = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"|‘[^’]*’|『[^』]*』")
QUOTE_LEAD = re.compile(r"(?:你|您)(?:刚才|刚刚|之前|方才)(?:说|讲|提到)")
CLAUSE = re.compile(r"[^，。！？；,.!?;\n]+")
NEGATABLE = PROHIBITED | {Act.empathy, Act.ask_reason, Act.ask_amount_date, Act.legitimate_pressure, Act.off_topic}


def _compile(patterns: list[str], ctx: CallContext) -> list[re.Pattern]:
    out = []
    for p in patterns:
        if "{debtor}" in p and not ctx.debtor_name:
            p = p.replace("{debtor}", "[\u4e00-\u9fff]{2,3}(?:先生|女士)")
        if "{lender}" in p and not ctx.lender:
            continue
        lender_short = re.escape(_short_lender(ctx.lender)) if ctx.lender else ""
        p = p.replace("{debtor}", re.escape(ctx.debtor_name)).replace("{lender}", f"(?:{re.escape(ctx.lender)}|{lender_short})")
        out.append(re.compile(p))
    return out


def _short_lender(lender: str) -> str:
    for suffix in ("信用卡中心", "消费金融", "银行", "金融", "公司", "中心"):
        if lender.endswith(suffix) and len(lender) > len(suffix) + 1:
            return lender[: -len(suffix)]
    return lender


def _mask_quotes(text: str, ctx: CallContext) -> str:
    """Blank out what the collector quotes: text in quote marks, 「你刚才说…」 clauses, and runs
    of 4+ characters copied from the debtor's last line."""
    masked = QUOTE_SPANS.sub(lambda m: "□" * len(m.group()), text)
    out = []
    for clause in re.split(r"([，。！？；,.!?;\n])", masked):
        out.append("□" * len(clause) if QUOTE_LEAD.search(clause) else clause)
    masked = "".join(out)
    last = ctx.last_debtor_line
    if last and len(last) >= 4:
        chars = list(masked)
        i = 0
        while i < len(masked):
            n = 0
            while i + n < len(masked) and masked[i : i + n + 1] in last:
                n += 1
            if n >= 4:
                chars[i : i + n] = "□" * n
                i += n
            else:
                i += 1
        masked = "".join(chars)
    return masked


def _negated(text: str, start: int, act: Act) -> bool:
    clause_start = max(text.rfind(p, 0, start) for p in "，。！？；,.!?;\n") + 1
    prefix = text[clause_start:start]
    if act in PROHIBITED or act is Act.off_topic:
        if RHETORICAL.search(prefix) or CONDITIONAL_NEG.search(prefix):
            return False
        m = NEGATION.search(prefix)
        return bool(m) and not CONDITION_TAIL.search(m.group("tail"))
    if act in (Act.empathy, Act.ask_reason) and DISMISSIVE.search(prefix):
        return True
    return bool(NEGATION_IMMEDIATE.search(prefix))


def _any(patterns: list[str], text: str) -> bool:
    return any(re.search(p, text) for p in patterns)


def detect_acts(text: str, context: CallContext | None = None) -> Understanding:
    """Understand one collector turn. Deterministic; no model."""
    ctx = context or CallContext()
    raw = (text or "").strip()
    if ctx.product:
        raw = raw.replace(ctx.product, "□" * len(ctx.product))
    masked = _mask_quotes(raw, ctx)
    acts: set[Act] = set()
    evidence: dict[str, str] = {}
    for act, patterns in LEXICON.items():
        subject = masked if (act in PROHIBITED or act in (Act.manipulation, Act.off_topic)) else raw
        for rx in _compile(patterns, ctx):
            hit = None
            for m in rx.finditer(subject):
                if act in NEGATABLE and _negated(subject, m.start(), act):
                    continue
                hit = m
                break
            if hit:
                acts.add(act)
                evidence[act.value] = hit.group()
                break
    today = ctx.today or date.today()
    amounts = tuple(find_amounts(raw))
    dates = find_dates(raw, today)
    months = find_months(raw)
    # An English-only turn that is not a manipulation attempt is off topic.
    letters = sum(ch.isascii() and ch.isalpha() for ch in raw)
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in raw)
    if letters > 8 and cjk < 2 and Act.manipulation not in acts:
        acts.add(Act.off_topic)
    if Act.confirm_promise in acts and evidence.get("confirm_promise", "").startswith(("确认", "核对", "复述", "重复")):
        if not (amounts or dates or re.search(r"还款|金额|日期|时间|承诺|(?:您|你)(?:刚才)?说的", raw)) \
                or re.search(r"(?:确认|核对)(?:一下)?(?:您|你)?(?:的)?(?:身份|是不是|是否|本人)", raw):
            acts.discard(Act.confirm_promise)  # 「确认一下您是王强本人」
    if Act.ask_amount_date in acts and Act.identity_check in acts and "本人" in evidence.get("ask_amount_date", ""):
        acts.discard(Act.ask_amount_date)
    if acts & PROHIBITED and Act.legitimate_pressure in acts and Act.false_legal_claim in acts:
        acts.discard(Act.legitimate_pressure)
    amount = amounts[-1] if amounts else None
    if ctx.amount_due and amounts and len(amounts) > 1 and amounts[-1] == ctx.amount_due:
        amount = amounts[-1]
    return Understanding(
        acts=frozenset(acts), amount=amount, amounts=amounts, days=dates[-1][0] if dates else None,
        months=months, full=_any(FULL, raw), callback=_any(CALLBACK, raw),
        addresses_record=_any(ADDRESSES_RECORD, raw), accepts=_any(ACCEPTS, raw.strip()),
        mentions_debt=_any(DEBT_WORDS, raw) or Act.state_debt in acts, evidence=evidence,
    )


# --- numbers and dates ----------------------------------------------------------------------
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUM = "零〇一二两俩三四五六七八九十百千万"
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
            "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
WEEKDAY_NAMES = "一二三四五六日"


def cn_to_int(text: str) -> int | None:
    """「三千五」→3500, 「一万二」→12000, 「十五」→15, 「两万零五百」→20500; None if not a numeral."""
    if not text or any(ch not in CN_DIGITS and ch not in CN_UNITS for ch in text):
        return None
    if all(ch in CN_DIGITS for ch in text):  # digit by digit: 「一二三」
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = section = number = 0
    last_unit, zero_seen = 0, False
    for ch in text:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
            zero_seen = zero_seen or ch in "零〇"
        elif ch == "万":
            section += number
            total += (section or 1) * 10000
            section = number = 0
            last_unit, zero_seen = 10000, False
        else:
            unit = CN_UNITS[ch]
            section += (number or (1 if unit == 10 else 0)) * unit
            number, last_unit = 0, unit
    if number and last_unit >= 100 and not zero_seen:  # 「三千五」: trailing digit is the next unit down
        number *= last_unit // 10
    return total + section + number


def to_int(token: str) -> int | None:
    """An Arabic or Chinese number token → int (fractions of 万/千 allowed: 「1.2万」)."""
    token = token.replace(",", "").replace("，", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万千kK])?", token)
    if m:
        mult = {"万": 10000, "千": 1000, "k": 1000, "K": 1000}.get(m.group(2) or "", 1)
        return int(round(float(m.group(1)) * mult))
    return cn_to_int(token)


_AMOUNT_RE = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*|[{CN_NUM}]+)(?P<unit>[万千kK])?(?P<cur>块钱|块|元|圆|rmb|RMB)?")
_NOT_AMOUNT_AFTER = re.compile(r"^(?:个)?(?:号|日|天|月|周|期|年|点|:|：|岁|位|次|个|%|％|分钟|小时|遍|倍|成|折|星期|礼拜)")
_NOT_AMOUNT_BEFORE = re.compile(r"(?:工号|尾号|后四位|后4位|号码|电话|编号|热线|拨打|致电|分|第|周|星期|礼拜|下下?个?月|这个?月|本月)$")


_HOTLINE = re.compile(r"^(?:12\d{3}|9[56]\d{3,4}|400\d+|800\d+|110|120|119)$")


def find_amounts(text: str) -> list[int]:
    """Money amounts mentioned, in order: 「先还三千五」→[3500], 「1.2万」→[12000], 「3000元」→[3000]."""
    out: list[int] = []
    for m in _AMOUNT_RE.finditer(text):
        num, unit, cur = m.group("num"), m.group("unit") or "", m.group("cur") or ""
        after, before = text[m.end():], text[: m.start()]
        if _NOT_AMOUNT_BEFORE.search(before[-4:]) or (not cur and _NOT_AMOUNT_AFTER.match(after)):
            continue
        if num[0] in CN_UNITS and num[0] != "十":  # 「万一」「千万」 are words, not numbers
            continue
        value = to_int(num + unit) if unit else to_int(num)
        if value is None:
            continue
        chinese = num[0] in CN_NUM
        has_unit = bool(unit) or any(ch in "百千万" for ch in num)
        if chinese and not (has_unit or cur):
            continue
        if not chinese and not (unit or cur) and (value < 100 or len(num.replace(",", "")) >= 7 or _HOTLINE.match(num)):
            continue
        if value <= 0:
            continue
        out.append(value)
    return out


_NUM = rf"(\d+|[{CN_NUM}]+)"
_DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"{_NUM}月{_NUM}[日号]"), "month_day"),
    (re.compile(rf"下个?月{_NUM}[日号]"), "next_month_day"),
    (re.compile(r"下下(?:周|星期|个星期|礼拜)([一二三四五六日天1-7])"), "week2"),
    (re.compile(r"下(?:周|星期|个星期|礼拜)([一二三四五六日天1-7])"), "week1"),
    (re.compile(r"(?:这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])"), "week0"),
    (re.compile(rf"{_NUM}[日号]"), "day"),
    (re.compile(rf"{_NUM}(?:个)?(?:工作日|天)(?:内|之内|以内|后|之后|以后)?"), "n_days"),
    (re.compile(rf"{_NUM}(?:个)?(?:周|星期|礼拜)(?:内|之内|以内|后|之后)?"), "n_weeks"),
    (re.compile(rf"{_NUM}个月(?:内|之内|以内|后|之后)"), "n_months"),
    (re.compile(r"半个月"), "half_month"),
    (re.compile(r"大后天"), "d3"),
    (re.compile(r"后天"), "d2"),
    (re.compile(r"明天|明儿|明早|明晚|明日"), "d1"),
    (re.compile(r"今天|今日|今儿|今晚"), "d0"),
    (re.compile(r"马上|立刻|现在就|立即"), "d0_soft"),
    (re.compile(r"月底|月末"), "month_end"),
    (re.compile(r"下个?月(?:初)?"), "next_month"),
    (re.compile(r"下(?:周|星期|个星期|礼拜)"), "next_week"),
    (re.compile(r"这周|本周|这个星期|周末"), "this_week"),
]


def _num(token: str) -> int | None:
    return int(token) if token.isdigit() else cn_to_int(token)


def _date_for(kind: str, m: re.Match, today: date) -> date | None:
    g = m.groups()
    try:
        if kind == "month_day":
            mo, d = _num(g[0]), _num(g[1])
            if not mo or not d or mo > 12:
                return None
            target = date(today.year, mo, d)
            return target if target >= today else date(today.year + 1, mo, d)
        if kind == "next_month_day":
            y, mo = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
            return date(y, mo, _num(g[0]) or 1)
        if kind in ("week0", "week1", "week2"):
            wd = WEEKDAYS[g[0]]
            monday = today - timedelta(days=today.weekday())
            weeks = {"week0": 0, "week1": 1, "week2": 2}[kind]
            target = monday + timedelta(days=7 * weeks + wd)
            if kind == "week0" and target < today:  # a bare 「周一」 already past means next week's
                target += timedelta(days=7)
            return target
        if kind == "day":
            d = _num(g[0])
            if not d or d > 31:
                return None
            y, mo = today.year, today.month
            if d < today.day:
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            d = min(d, calendar.monthrange(y, mo)[1])
            return date(y, mo, d)
        if kind == "n_days":
            n = _num(g[0])
            return today + timedelta(days=n) if n is not None and n <= 366 else None
        if kind == "n_weeks":
            n = _num(g[0])
            return today + timedelta(days=7 * n) if n is not None and n <= 52 else None
        if kind == "n_months":
            n = _num(g[0])
            return today + timedelta(days=30 * n) if n is not None and n <= 24 else None
    except (ValueError, KeyError):
        return None
    fixed = {"half_month": 15, "d3": 3, "d2": 2, "d1": 1, "d0": 0, "d0_soft": 0, "next_week": 7}
    if kind in fixed:
        return today + timedelta(days=fixed[kind])
    if kind == "month_end":
        return date(today.year, today.month, calendar.monthrange(today.year, today.month)[1])
    if kind == "next_month":
        y, mo = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(y, mo, 1)
    if kind == "this_week":
        return today + timedelta(days=6 - today.weekday())
    return None


_PAST_SPAN = re.compile(r"(?:逾期|已经|超过|拖了|欠了|晚了|过了|超了|延误)(?:了)?$")


def find_dates(text: str, today: date, *, soft: bool = True) -> list[tuple[int, date]]:
    """Dates mentioned, in order of appearance, as (days from ``today``, date). ``soft``: count
    「马上」「现在就」 as today (right for a collector's demand, wrong for 「我现在就改绑定卡」)."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, date]] = []
    for pattern, kind in _DATE_PATTERNS:
        if kind == "d0_soft" and not soft:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            target = _date_for(kind, m, today)
            if target is None or (kind == "n_days" and _PAST_SPAN.search(text[max(0, m.start() - 5): m.start()])):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), (target - today).days, target))
    found.sort()
    return [(days, d) for _, days, d in found]


def find_months(text: str) -> int | None:
    """Number of instalments proposed: 「分6期」「分成三个月」「分十二期还」."""
    m = re.search(rf"分(?:成)?{_NUM}(?:个)?(?:期|月)", text) or re.search(rf"{_NUM}期", text)
    if not m:
        return None
    n = _num(m.group(1))
    return n if n and 1 < n <= 60 else None


def date_text(days: int, today: date) -> str:
    """Spoken date for a promise: 「明天（3月14日）」「下周五（3月21日）」「4月2日」."""
    target = today + timedelta(days=days)
    md = f"{target.month}月{target.day}日"
    if days == 0:
        return f"今天（{md}）"
    if days == 1:
        return f"明天（{md}）"
    if days == 2:
        return f"后天（{md}）"
    week_delta = (target - (today - timedelta(days=today.weekday()))).days // 7
    name = WEEKDAY_NAMES[target.weekday()]
    if week_delta == 0:
        return f"这周{name}（{md}）"
    if week_delta == 1:
        return f"下周{name}（{md}）"
    return md


def amount_text(amount: int) -> str:
    """Amount as spoken in a line: 「3000元」."""
    return f"{amount}元"


def with_violations(understanding: Understanding, violations: Iterable[str]) -> Understanding:
    """Add the prohibited acts the rubric scorer found in the turn (its detection is finer than
    the act tables here), so the debtor always reacts to what the trainee is marked down for."""
    found = set(violations)
    extra = {VIOLATION_ACTS[v] for v in found if v in VIOLATION_ACTS} - understanding.acts
    discloses = bool(found & DISCLOSURE_IDS) and not understanding.mentions_debt
    if not extra and not discloses:
        return understanding
    evidence = dict(understanding.evidence)
    for act in extra:
        evidence.setdefault(act.value, "(rubric scorer)")
    return replace(understanding, acts=understanding.acts | frozenset(extra),
                   mentions_debt=understanding.mentions_debt or discloses, evidence=evidence)
