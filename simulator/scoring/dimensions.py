"""Empathy, clarity and negotiation of one collector turn: 0–100 (or None) with a reason.

Each dimension is a small sum of observable signals (tables below) so every point can be
traced to words in the turn. ``None`` means the dimension does not apply: empathy only when
the debtor's previous turn voices a difficulty, emotion or complaint; negotiation only when
the turn is about repayment. ``Rubric.to_label`` maps scores to the 0/1/2 reference scale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from simulator.data.rubric_schema import Violation

from . import lexicon as L

C = re.compile
DIFFICULTY = C(
    r"手头(?:紧|困难)|手里紧|困难|难处|失业|下岗|没工作|工作没了|丢工作|被裁|裁员|辞退|开除|倒闭|破产|生病|病了|住院|手术|看病|医药费|药费|治病|化疗|癌|白血病|车祸|受伤|"
    r"离婚|生完孩子|带孩子|孩子(?:生病|住院|上学|小|刚)|学费|老人|去世|丧事|扣(?:了)?工资|工资(?:没|还没|拖|被扣|晚发)|晚发|拖欠工资|欠薪|生意|亏|赔光|赔了|压力|"
    r"(?<!麻)烦|急死|着急|焦虑|难受|崩溃|哭|害怕|吓|担心|气死|生气|火大|凭什么|什么态度|投诉|举报|骚扰|暴力催收|违法|天天打|又打|一天打|别(?:再)?打|烦死|受不了|委屈|丢人|逼疯|逼死|走投无路|活不下去|想死|"
    r"不公平|不合理|乱收|坑|骗人|冤|搞错|算错|不对吧|太多了|这么多|利息太高|高利贷|怎么能这样|关我(?:啥|什么)事|我又没借|说人话|凶巴巴|这么晚|几点了|大半夜|半夜|才六点|有病吧|危险|没法上班|身体不好|"
    r"不知道|出啥事|出什么事|不省心|敢去|别打给|一分钱都|真的没|实在不行|实在没|"
    # money trouble, including the rhetorical 「我拿啥还」
    r"没钱|没有钱|拿不出|拿啥|拿什么还|哪有钱|哪来的?钱|哪儿来的?钱|怎么还得(?:起|上|了)|还不起|还不上|周转不|资金链|欠(?:了)?我|拖(?:了|着)?我|结不到|要不回|收不回|工程款|货款|尾款没|停工|停产|没发|不发(?:工资|钱)|发不出|开工资|欠工资|没(?:有)?收入|收入(?:少|低|不稳|没了|断了)|降薪|减薪|生意(?:不好|差|难做|黄了)|亏本|赔钱|关门|开不下去|揭不开锅|吃饭都|房租|房贷|车贷|养家|一家老小|"
    # illness and family
    r"生病|病倒|病情|大病|重病|得了.{0,4}病|有病在身|医院|检查出|查出|肿瘤|怀孕|坐月子|瘫|骨折|残疾|离了|分居|过世|走了|没了|孩子(?:病|要|读书|上学|小)|老人(?:病|要)|"
    # anger, despair, complaint
    # fresh writers: thin income, limited means, fear of exposure, anger at the collector's tone
    r"手头.{0,2}紧|不宽裕|挣得?不多|挣不(?:回|到|着)|赚不(?:回|到|着)|单子少|件少|行情差|没活干?|没工资|才发工资|才能结|还没结(?!婚)|没结(?:钱|账)|尾款|借不到|借不着|没能力|越借越多|不想再借|哪还得起|还得起吗|只能还|顾不过来|开(?:这个)?口|"
    r"怕|不放心|坐牢|有完没完|敲诈|砍头息|难听|尊重|注意点|说话|乱来|收拾|骂|想干(?:啥|什么|嘛)|不好吧|大早上|十二点了|(?:几|三|四|五|好几)个电话|登不上|"
    r"怎么办|你让我|逼我|烦不烦|有完没了|没完没了|太过分|过分|太黑|黑心|吸血|不讲理|欺负|威胁我|吓唬|凭啥|没借这么多|不认(?!识)|乱算|利息.{0,6}(?:高|黑|多|离谱)|离谱|扯淡|胡说|放屁|滚|去死|丢脸|面子|睡不着|熬"
)
COMPLAINT = C(r"凭什么|什么态度|投诉|骚扰|天天打|又打|别打了|烦死|不公平|不合理|乱收|坑|骗人|高利贷|搞错|算错")
ACK = C(r"受苦|不是小事|恢复得怎么样|闹心|憋屈|被动|影响(?:您|你)|不能控制|没办法控制|揪心|不好受|难熬|理解|明白|知道您|知道你|体谅|不容易|辛苦|抱歉|不好意思|对不起|别着急|别担心|放心|难为|感受|心疼|确实|换谁都|遇到这种|谁都|难受|辛苦了|我懂|听得出|可以想象|着急|担心")
OFFER = C(r"一起(?:想|看|商量)|想想办法|想办法|帮(?:您|你)|看看(?:怎么|能不能|有没有)|方案|分期|减轻|商量|安排|申请|灵活|缓一缓|延期|调整|按您的情况|根据您的情况|量力")
BLAME = C(r"谁家没点事|谁没点难处|投诉去|(?:你)?(?:投诉|举报)就(?:投诉|举报)|随便(?:你)?(?:投诉|举报)|按流程办事|反正话我带到|不关你事|那就只能|你别管|那是你的事|是你自己|跟我(?:们)?没关系|不关我|关我什么事|别找借口|找借口|借口|谁让你|活该|少来|别跟我说|别跟我扯|那又怎样|那也得还|我不管|不管你|这不是理由|不是理由|都这么说|每个人都这么|装什么|哭穷|少废话|别废话|别啰嗦|跟我哭|卖惨|欠钱还有理|早干嘛")
STOP_BIGRAMS = {"让他", "让她", "他们", "就这", "这样", "我也", "您这", "你这", "今天", "打电", "电话", "我们", "您的", "你的", "这个", "那个", "一下", "就是", "可以", "现在", "没有", "知道", "什么", "还是", "不是", "已经", "时候", "一个", "这样", "您说", "你说"}

# 停催/展期 are plain words to a debtor (「停催费」「展期管理费」 are understood, if improper): not jargon
JARGON = C(r"(?<![A-Za-z])(?:M[0-9]|CO|MP|DPD|WO|PTP|CPD|C-M\d|CL|LPF|OD|bucket|Bucket|case)(?![A-Za-z])|账龄|核销|入催|出催|委外|滚动率|回款率|结案|挂账|账期")
NEXT_STEP = C(r"官方|App|APP|app|对公账户|柜台|渠道|短信|链接|回电|回个电话|确认|稍后|今天|明天|下午|上午|\d+点|号前|之前|几号|哪天|什么时候")
HEDGE = C(r"差不多吧|不太确定|我也不确定|可能是系统|大概是吧|应该是吧|好像是|的样子|左右吧|几十吧|多点吧|多点|说不好|不太清楚")
HOSTILE = C(r"能把你怎么样|有的是办法|跟你说实话|实话跟你说|我跟你说|你最好|你不信|谁还敢要|不想还|你这个")
RHETORIC = C(r"什么意思|是吧[？?]|别想了|别管|你就说|必须给|别让我|没办法是吧|让他快点|别再拖了|记得哈|别忘了")
# a figure or fact corrected or left open inside the turn (「三千,不对,三千二」「六千七还是七千六来着」)
CONTRADICT = C(r"(?:哦|啊|呃|额)?不对[，,。…]*(?:是|应该|[一二两三四五六七八九十\d])|(?:^|[，,。…—\s])[哦啊呃额嗯]?不对[，,。…—\s]+|……不是[，,]?是|我说错(?!了?[吗?？])|记错了|看错了|不对不对|说错了(?![吗?？])|哦不是|啊不是|搞错了|"
               r"应该是[一二两三四五六七八九十\d]|也可能是|大概是吧|好像是|可能是.{0,4}也可能|还是.{1,10}来着|我再看(?:一下|看)")
# correcting an earlier turn on purpose (「更正一下」「刚才说两年是我说错了」) clears things up: not a stumble
RECTIFY = C(r"更正|收回刚才|刚才.{0,16}说错|是我说错")

PAY_ASK = C(r"(?:能|打算|准备|方便|可以|什么时候|哪天|几号|多久)[^，。]{0,6}(?:还|处理|付|拿出|凑|安排)|还(?:多少|不还|得上|上吗|吗)|(?:怎么|如何)(?:还|安排|处理)|打算|说法|方案|商量|分\s*(?:\d+|[一二两三四五六七八九十]{1,3}|几)\s*(?:期|个月)|分期还|先还|一次性|最低还款|结清|拿出|赶紧(?:还|处理)|还上|还清|还一下|还款|帮(?:他|她)还|减免|免掉|免了|延期|延后")
# asks in plainer or spoken words, and paying an amount or an instalment (fresh writers)
PAY_ASK_MORE = C(r"(?:咋|怎么|如何)(?:安排|整|弄|处理|解决)|(?:啥|什么)时候(?:能)?(?:还|结|处理)|能结不|能还不|钱呢|处理一下|(?:今天|明天|这周|月底).{0,4}(?:得|要|能)?(?:处理|结清|还上)|"
                  r"还(?:第[一二三四五六\d]+期|首期|\d[\d,]*(?:元|块)?|[一二两三四五六七八九十百千万]+(?:元|块))|(?:不还|还不还)(?:的话|就|钱)?")
PUSH = C(r"必须|再不|不然|否则|打到你接|接着打|再打|别再拖|别拖|别忘了|记得|记着|到时候|尽快|没钱也得|想办法|通讯录|单位|领导|父母|紧急联系人|考虑")
DEBTOR_PAY_TALK = C(r"还|钱|号|周[一二三四五六日末]|月底|明天|后天|想想|考虑|\d|[一二两三四五六七八九十百千万]{1,4}(?:元|块)?$")
CAVED = C(r"那算了|随便你|有钱再说|有钱了?再还|不还也行|那就不还|等你有了|等您有了|什么时候有什么时候|你看着办|您看着办|还不还随你|不急|不着急还|没事没事.{0,6}不还|那就先这样吧")
PRESSURE = C(r"必须|马上|立刻|立即|今天之内|今天就|否则|不然|后果|给我还|赶紧还|别废话|没得商量|没有商量|不可能|只能全额|一分不能少|少一分都不行|最后通牒|最后一次")
EXPLORE = C(r"能拿出|拿得出|能还多少|还得起多少|每个?月.{0,6}(?:能|收入|工资|结余|剩)|什么时候发工资|工资.{0,4}(?:几号|哪天|什么时候)|手头.{0,4}(?:有|能)|收入|情况怎么样|现在.{0,4}情况|大概能|能承受|压力.{0,4}多大|有多少|能先|能不能先|能凑|怎么安排|有什么困难|哪方面")
OPTIONS = C(r"分\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:期|个月)|每期|每个?月.{0,4}(?:\d|[一二两三四五六七八九十百千])|先还.{0,4}(?:\d|[一二两三四五六七八九十百千])|最低还款|两个方案|几个方案|或者|也可以|要么.{0,10}要么|第一.{0,10}第二|方案[一二]|部分还款|还(?:\d|[一二两三四五六七八九十百千万])+(?:元|块)|申请.{0,6}(?:减免|分期|延期)")
COMMIT = C(r"哪天|几号|什么时候|能不能.{0,10}(?:号|前|之前|日)|定在|约定|确定|承诺|那就.{0,8}(?:号|日|明天|后天|周)|(?:号|日|明天|后天|月底|周[一二三四五六日])(?:之?前)?.{0,8}(?:可以吗|行吗|能吗|好吗|没问题吧|对吗)|可以吗|行吗|好吗|怎么样|您看")


@dataclass(frozen=True)
class DimScore:
    score: int | None
    reason: str
    shortfall: str | None = None  # key of the rubric's ``better`` templates
    # the rules decided the band outright (jargon, a threat answering a difficulty, caving at
    # once): the learned nudge may move the score only inside that band
    decided: bool = False


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fa5]", " ", text)
    out = set()
    for chunk in han.split():
        out |= {chunk[i:i + 2] for i in range(len(chunk) - 1)}
    return out - STOP_BIGRAMS


# round 3 (writers m–t): defiance and alarm (「你敢！」「我报警」), hardship named plainly (「后事」「透析」
# 「住了一礼拜院」), shame, and a call at an odd hour (「这才几点」「咁夜」)
DIFFICULTY_MORE = C(r"你敢|报警|慌|后事|透析|抑郁|尴尬|倒霉|丢死人|丢人|养老(?:的)?钱|赔偿|一屁股|(?:店|厂|铺子|档口).{0,3}关了|瞎说|跟我.{0,3}有什么关系|"
                    r"拿.{0,4}说事|放干净|客气|一大早|这才几点|咁夜|疯了|没救|住了.{0,5}院|出院|动手术|开刀|病床|躺在床|腿脚|助听器|手抖|这把年纪|一个人住")
# an exclamation voices emotion (「你别拿孩子说事！」), unless it only carries a promise or good news
EXCLAIM = C(r"[^，。！？!?…,.]{0,12}[!！]")
EXCLAIM_PLAIN = C(r"还(?:上|了)?.{0,3}(?:\d|[一二两三四五六七八九十百千万]+(?:块|元|千|百|万)?)|(?:\d|[一二两三四五六七八九十]+)(?:号|日)|行不行|怎么还|太好了|谢谢|电话！")


def voiced_difficulty(debtor_text: str) -> re.Match[str] | None:
    if not debtor_text:
        return None
    m = DIFFICULTY.search(debtor_text) or DIFFICULTY_MORE.search(debtor_text)
    if m:
        return m
    if EXCLAIM.search(debtor_text) and not EXCLAIM_PLAIN.search(debtor_text):
        return EXCLAIM.search(debtor_text)
    return None


EMOTION = C(r"生气|着急|急|担心|害怕|怕|难受|不舒服|委屈|心烦|烦|压力|慌|吓人|吓|不容易|难|辛苦|心疼|揪心|不好过|憋屈|闹心|伤心|难过|无奈|冤|不甘|气")
INTIMIDATION = {"threat", "insult", "contact-shaming", "harassment"}
HOSTILE_RULES = {"threat", "insult", "impersonation", "false-legal-claim", "credit-exaggeration",
                 "contact-shaming", "unofficial-channel", "harassment"}


def _content_bigrams(text: str) -> set[str]:
    """Bigrams that carry content: no digits or numerals, no function-word pairs."""
    return {b for b in _bigrams(text) if not re.search(r"[一二两三四五六七八九十百千万个月天号块元]", b)}


NOT_APPLICABLE = {"empathy": "债务人上一句没有表达困难、情绪或不满，本句不评共情。",
                  "negotiation": "本句不涉及还款，不评谈判。"}


def empathy(text: str, last_debtor: str, violations: tuple[str, ...] | list[str] = (),
            applies: bool | None = None) -> DimScore:
    """0 ignores/dismisses/blames; 1 brief generic acknowledgement; 2 acknowledges the specific
    situation and feeling and offers to find a way. Intimidation or deception found in the
    turn (``HOSTILE_RULES``) is answering a difficulty with pressure: 0. Graded only after a
    voiced difficulty, unless ``applies`` says otherwise (the scorer's learned check)."""
    found = voiced_difficulty(last_debtor)
    if applies is False or (applies is None and not found):
        return DimScore(None, NOT_APPLICABLE["empathy"])
    cue = found or re.match(r".{1,12}", re.sub(r"^[…。，,.\s]+", "", last_debtor) or "您说的情况")
    key = "complaint" if COMPLAINT.search(last_debtor) else "default"
    blame = BLAME.search(text)
    if blame:
        return DimScore(10, f"对方说到「{cue.group(0)}」，本句却说「{blame.group(0)}」，是在否定或指责对方。", key, decided=True)
    hostile = [v for v in violations if v in HOSTILE_RULES]
    ack_word = ACK.search(text)
    if hostile and ack_word and not set(hostile) & INTIMIDATION:
        # a real acknowledgement followed by a misleading offer: the reply still acknowledges (1)
        return DimScore(42, f"先回应了对方（「{ack_word.group(0)}」），但接着给出不实或不合规的说法，没有真正帮对方想办法。", key)
    if hostile:
        return DimScore(12, f"对方说到「{cue.group(0)}」，本句却用施压或不实的说法回应。", key, decided=True)
    pressure = PRESSURE.search(text) or re.search(r"天天打|半夜|通讯录|单位|领导|让.{0,6}知道|别想", text)
    shared = _content_bigrams(text) & _content_bigrams(last_debtor)
    clauses_ = [c for c in re.split(r"[，。！？,.!?；;]", text) if c]
    ack_clauses = [c for c in clauses_ if ACK.search(c) or EMOTION.search(c) or (_content_bigrams(c) & shared)]
    ack = ACK.search(text) or EMOTION.search(text)
    if not ack_clauses or (pressure and not ack):
        return DimScore(15, f"对方说到「{cue.group(0)}」，本句没有回应对方的处境或情绪。", key)
    offer = OFFER.search(text)
    diff_here = DIFFICULTY.search(text)
    specific = bool(shared) or bool(diff_here and not ACK.search(diff_here.group(0)))
    ack_len = sum(len(c) for c in ack_clauses)
    if specific and ack and (len(ack_clauses) >= 2 or offer or ack_len >= 14):
        word = sorted(shared)[0] if shared else cue.group(0)
        score = 70 + (12 if offer else 0) + (6 if len(ack_clauses) >= 2 else 0) + (4 if ack_len >= 20 else 0)
        return DimScore(min(score, 95), f"具体回应了对方的处境（「{word}」）和感受" + (f"，并提出一起想办法（「{offer.group(0)}」）。" if offer else "。"))
    word = ack.group(0) if ack else (sorted(shared)[0] if shared else "")
    score = 45 + (8 if offer else 0) + (6 if specific else 0)
    return DimScore(score, f"只是简短回应（「{word}」）就转回正题，没有充分回应对方具体的处境和感受。", key)


CLOSE_WORDS = C(r"再见|拜拜|谢谢|感谢|打扰|晚安|保重|祝您|祝你|辛苦")
VAGUE_ASK = C(r"能还多少(?:就)?还多少|看着还|尽量(?:早|快)|早点(?:还|处理)|先还一点|一点也是好的|还一下(?:哈|吧)?|等您消息|等你消息|到时候再说|再说吧|回头再说|差不多就行|您看着办|你看着办|有钱(?:了)?再")
REAL_FILLER = C(r"(好的|对对|是是|嗯|哦|没事|理解|行)\1|(?:^|[，,…])那个[，,…]|(?:^|[，,])嗯[，,]|那个那个|就是说|然后然后|这个这个|嗯嗯|呃|那什么|怎么说呢|反正就是|总之就是|然后的话")
# a turn that carries invented facts or a false identity misleads, however fluent
MISLEADING = ("impersonation",)
MISLEADING_CAP = 55  # a false identity is not clear communication, however fluent


# politeness is not on the reference's clarity scale: no bonus for 您; a bare 你 keeps a small
# penalty only because it marks curt, hostile turns that new writers grade 1 (dropping it cost e–h)
_W = {"you": 5, "rude": 8, "polite": 0, "hesitant": 8}
# a violation with no rubric at hand costs the schema's default clarity_penalty
DEFAULT_VIOLATION_PENALTY: int = Violation.model_fields["clarity_penalty"].default
# a violation that states something untrue (a legal step, a credit effect, a waiver) is a wrong fact
FALSE_FACT = {"false-legal-claim", "credit-exaggeration"}
# a short identity check asks one complete, concrete question (「请问是唐秀英本人吗？」): clear, not terse
IDENTITY_ASK = C(r"本人吗|本人[？?]|是不是.{1,4}本人|是.{1,5}本人(?:吧|呀|啊)?[？?]")
# the turn opens with a hesitation (「……好吧」「……也是」): halting, understandable
HESITANT_START = C(r"^\s*(?:……|\.\.\.)")


def clarity(text: str, violations: tuple[str, ...] | list[str] = (), penalties: Mapping[str, int] | None = None) -> DimScore:
    """2 = complete, concrete and concise; 1 = understandable but terse, vague, hedged or
    wordy; 0 = jargon, self-contradiction or rambling. A violation found in the turn lowers the
    score by its ``penalties`` entry (the rubric's ``clarity_penalty``: graders rank a turn that
    discloses before verifying, names a third party's debt or insults well below a plain one, a
    bare threat only a little); the largest counts. A false identity (``MISLEADING``) caps it at 1. Politeness earns nothing (not on the scale); a short
    identity check (``IDENTITY_ASK``) is a complete question, not a terse turn. The scorer then nudges
    the score with the learned signal (``learned.blend``)."""
    n = len(re.sub(r"[\s，。！？、,.!?…‘’“”「」]", "", text))
    jargon = JARGON.search(text)
    if jargon:
        return DimScore(15, f"用了行话「{jargon.group(0)}」，对方听不懂。", "jargon", decided=True)
    contradict = None if RECTIFY.search(text) else CONTRADICT.search(text)
    fillers = len(REAL_FILLER.findall(text)) + max(0, text.count("……") - 1)
    if contradict and (fillers or len(CONTRADICT.findall(text)) >= 2 or re.search(r"搞错|也可能", text)):
        return DimScore(20, f"说法前后不一（「{contradict.group(0)}」），对方会困惑。", "vague")
    if n > 150 or fillers >= 3:
        return DimScore(25, f"本句{n}个字、口头禅多，啰嗦，要点被淹没了。", "long")
    hedge = HEDGE.search(text)
    if contradict or hedge:
        word = (contradict or hedge).group(0)
        return DimScore(45, f"说法不确定（「{word}」），对方拿不准具体数字或下一步。", "vague")
    concrete = bool(L.MONEY.search(text) or L.DATE.search(text) or re.search(r"\d", text))
    close = bool(CLOSE_WORDS.search(text))
    question = bool(re.search(r"[？?]|吗|呢", text))
    misleading = [v for v in violations if v in MISLEADING]
    if n <= 6 and not close:
        return DimScore(30 if not concrete else 45, f"只有{n}个字，没有任何有用信息。", "vague")
    score, why = 76, []
    if n < 16:
        if IDENTITY_ASK.search(text):
            score, why = 76, []
        elif close:
            score, why = 64, ["只有一句客套的结束语，没有小结"]
        elif question and concrete:
            score, why = 62, ["简短的追问"]
        elif concrete:
            score, why = 55, [f"只有{n}个字，像记账一样简略"]
        else:
            score, why = 45, [f"只有{n}个字，太简略，缺少完整的信息（谁、多少、何时、怎么做）"]
    vague = VAGUE_ASK.search(text)
    if vague:
        score -= 20
        why.append(f"要求含糊（「{vague.group(0)}」）")
    rude = RHETORIC.search(text) or HOSTILE.search(text)
    if re.search(r"你(?!们)", text) and "您" not in text and not close:
        score -= _W["you"]
        why.append("称呼生硬")
    if rude:
        score -= _W["rude"]
        why.append(f"以反问或命令代替说明（「{rude.group(0)}」）")
    if fillers:
        score -= 8
        why.append("有口头禅")
    if HESITANT_START.search(text):
        score -= _W["hesitant"]
        why.append("开头吞吞吐吐")
    if n > 110:
        score -= 6
        why.append(f"偏长（{n}字）")
    if concrete:
        score += 6
    if NEXT_STEP.search(text):
        score += 4
    if "您" in text:
        score += _W["polite"]
    if 20 <= n <= 100:
        score += 3
    if violations:
        score -= max((penalties or {}).get(v, DEFAULT_VIOLATION_PENALTY) for v in violations)
        if set(violations) & FALSE_FACT:
            why.append("说法与事实不符")
        elif set(violations) & {"disclosure-before-verification", "third-party-disclosure"}:
            why.append("对象没确认就谈欠款，对方弄不清你是谁、为什么找他")
        elif not set(violations) & set(MISLEADING):
            why.append("用违规的说法代替说明")
    if misleading:
        score = min(score, MISLEADING_CAP)
        why.append("内容不实或身份说法与事实不符")
    score = max(5, min(score, 95))
    if why:
        key = "long" if n > 110 or fillers else "vague"
        return DimScore(score, "；".join(why) + "。", key if score < 67 else None)
    return DimScore(score, "表达完整清楚" + ("，有具体金额或日期" if concrete else "") +
                    ("，称呼得体" if "您" in text else "") + "。")


def about_repayment(text: str, last_debtor: str = "", call_before: str = "") -> bool:
    """Is this turn about repayment? Asks, plans, pushes or follow-ups on payment count; a bare
    statement of the debt facts, a greeting or an identity check does not."""
    if CAVED.search(text):
        return True
    debt_context = bool(L.DEBT_WORDS.search(call_before + text) or L.MONEY.search(call_before + text))
    if not debt_context:
        return False
    ask = PAY_ASK.search(text) or PAY_ASK_MORE.search(text) or (CONFIRM_PLAN.search(text) and L.MONEY.search(text) and L.DATE.search(text))
    push = PUSH.search(text)
    follow = bool(last_debtor) and bool(DEBTOR_PAY_TALK.search(last_debtor)) and not re.search(r"^(?:嗯|对|是|是我|对，是我)", last_debtor) and len(text) < 60 and not ACK.search(text[:6])
    return bool(ask or push or follow)


# a turn that steers how or by whom the debt is paid (a private account, borrowing, a third party
# paying, a waiver or deal) is about repayment, however it is worded (writers m–t)
PAYMENT_RULES = {"unofficial-channel", "borrow-to-repay", "third-party-disclosure", "unauthorized-promise"}
IMPROPER_PATH = {"unofficial-channel", "borrow-to-repay", "third-party-disclosure"}
PRESSURE_RULES = {"threat", "insult", "impersonation", "false-legal-claim", "credit-exaggeration", "contact-shaming"}
CONFIRM_PLAN = C(r"确认|跟您确认|跟你确认|说定|约定|那就这样|就这么定|记一下|我记下")
MULTI_OPTION = C(r"一是.{0,40}二是|第一.{0,40}第二|方案[一二AB]|两个(?:方案|选择|办法)|几个(?:方案|选择|方向)|要么.{0,20}要么|或者")


def negotiation(text: str, last_debtor: str, call_before: str = "", violations: tuple[str, ...] | list[str] = (),
                applies: bool | None = None) -> DimScore:
    """0 no attempt, caving or pressure only; 1 a vague ask or one take-it-or-leave-it demand; 2
    explores ability, offers concrete options and seeks a specific commitment. Graded only on a
    turn about repayment (``about_repayment``), unless ``applies`` says otherwise."""
    if applies is None:
        pay_rule = set(violations) & PAYMENT_RULES and (L.DEBT_WORDS.search(call_before + text) or L.MONEY.search(call_before + text))
        applies = bool(about_repayment(text, last_debtor, call_before) or pay_rule)
    if not applies:
        return DimScore(None, NOT_APPLICABLE["negotiation"])
    hostile = [v for v in violations if v in PRESSURE_RULES]
    if hostile:
        return DimScore(15, "用威胁、羞辱或不实的后果施压，没有给出可行的出路。", "pressure", decided=True)
    caved = CAVED.search(text)
    if caved:
        return DimScore(12, f"直接让步（「{caved.group(0)}」），没有争取任何还款安排。", "caved", decided=True)
    explore, options, commit = EXPLORE.search(text), OPTIONS.search(text), COMMIT.search(text)
    pressure = PRESSURE.search(text)
    if pressure and not (explore or options or commit):
        return DimScore(18, f"只施压（「{pressure.group(0)}」），没有给出可行的出路。", "pressure")
    # additive signals; each point can be traced to words in the turn
    signals = [
        (explore, 12, "了解还款能力"), (options, 18, "给出具体方案"), (commit, 12, "争取具体承诺"),
        (L.MONEY.search(text), 12, "说到具体金额"), (L.DATE.search(text), 12, "说到具体日期"),
        (L.OFFICIAL_CHANNEL.search(text), 10, "说明官方还款渠道"), (ACK.search(text), 8, "先回应了对方"),
    ]
    minus = [
        (BLAME.search(text), 20, "指责对方"), (RHETORIC.search(text), 10, "用反问或命令代替商量"),
        (pressure, 8, "带有施压"), (re.search(r"你(?!们)", text) and not re.search(r"您", text), 8, "语气生硬"),
        (len(text) > 110, 12, "太长，重点不突出"),
    ]
    money, date = L.MONEY.search(text), L.DATE.search(text)
    bonus = (14 if money and date else 0) + (10 if MULTI_OPTION.search(text) and options else 0)
    if money and date and CONFIRM_PLAN.search(text):
        bonus += 12  # repeating back a concrete amount and date is a specific commitment
    score = 25 + bonus + sum(w for m, w, _ in signals if m) - sum(w for m, w, _ in minus if m)
    score = max(5, min(95, score))
    improper = set(violations) & IMPROPER_PATH
    if improper:
        # a path to payment that is not allowed (private account, borrowing, a third party paying)
        # is an ask for payment, but no proper plan: a 1 on the scale, ranked inside the band
        score = 40 + round(score * 20 / 95)
    got = [f"{why}（「{m.group(0)}」）" if hasattr(m, "group") else why for m, _, why in signals if m]
    lost = [why for m, _, why in minus if m]
    missing = [w for w, x in (("了解能力", explore), ("具体方案", options), ("争取承诺", commit)) if not x]
    reason = ("，".join(got) or "提到了还款，但没有方案也没有争取具体承诺") + ("；扣分：" + "、".join(lost) if lost else "") + \
        ("；还缺：" + "、".join(missing) if missing else "") + "。"
    if improper:
        reason = reason[:-1] + "；还款途径或安排不合规（代还、借贷或非官方渠道），不算可行的方案。"
    key = None if score >= 67 else ("pressure" if pressure or lost else "vague")
    return DimScore(score, reason, key)
