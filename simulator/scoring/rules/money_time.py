"""Time and money: `harassment` (night calls, relentless calling), `unofficial-channel` (personal accounts, extra fees), `unauthorized-promise` (waivers beyond authority) and `borrow-to-repay`.

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import lexicon as L
from ..detect_base import WARNING, TurnText, in_mandarin, on_original, pauses_closed
from ..text import Hit, amounts, clause_spans, cn_to_int, denied_after, find, mandarin, negated, sentence_of




# --- harassment: cue classes beyond the shared lexicon -------------------------------------------
_CALLV = r"(?:打(?!扰|算|听|工|车|开|折|包|交道)|拨|呼|call|联系|来电话|来个电话|打电话|外呼|摇(?:个|一个)?电话|摇(?=你|您))"
# relentless calling: until-X, one call after another, at intervals, from new numbers, per-day counts
RELENTLESS = re.compile(
    r"(?:打|拨|呼|call|联系|找|催|骚扰)[^。！？!?]{0,14}?(?:到|直到)[^。！？!?]{0,12}为止|(?:问候|问|提醒|烦)到(?:你|您)[^。！？!?]{0,10}为止|直到(?:你|您|他|她)[^。！？!?]{0,10}为止"
    r"|(?:什么|啥)时候[^。！？!?]{1,8}?(?:什么|啥)时候(?:就)?(?:才)?(?:停|不打|消停|罢休)|循环(?:外呼|拨打|呼叫|打|拨)|(?:接了|接到|还了)(?:才|就)(?:停|不打)|不接(?:就|我们就)(?:一直|接着|继续|往死里)"
    r"|(?:打|拨|呼|call|一直|不停)[^。！？!?]{0,14}?(?:直到|一直到)(?:有人|你|您)?(?:接|回)(?:起来|电话|为止)?"
    r"|一个接一个|一通接一通|一遍又一遍|连续(?:外呼|拨打|呼叫|打|拨|呼)"
    rf"|(?:轮番|轮流|反复|不停地?|不断地?|没日没夜地?|成天)(?:给(?:你|您|他|她))?{_CALLV}(?![^，。！？!?]{{0,4}}(?:了|过|都没|没人|不通))"
    r"|(?:每过|每隔|每|隔)(?:半|一|两|几|\d+|[一二三四五六七八九十]+)?(?:个)?(?:小时|钟头|分钟|钟)(?:就|再)?(?:给(?:你|您))?(?:打|拨|呼|call|来|联系)"
    r"|(?:一直|天天|每天|不停地?|反复|成天)(?:都)?(?:往|朝|给|向)(?:你|您)(?:这|那)?(?:边|里|儿)?(?:打|拨|呼)"
    r"|(?:每)?隔(?:一)?(?:会儿?|阵子?|小会儿?)(?:就|再)?(?:给(?:你|您))?(?:打|拨|呼)"
    r"|(?:一人|每人|每个人|挨个|轮着)[^，。！？!?]{0,4}(?:给(?:你|您))?(?:打|拨|呼)(?:一遍|一个|一次|一通)"
    r"|(?:挂|拒接|拉黑|不接)(?:我)?(?:一次|一个|一回)[^。！？!?]{0,6}(?:打|换|拨)(?:[二两三四五六七八九十百几]|\d+)(?:次|个|遍|回)"
    r"|换(?:着|个|了)?号(?:码)?[^，。！？!?]{0,4}(?:打|拨|呼|call)|换着号|拉黑一个[^。！？!?]{0,6}换一个|(?:有的是|多的是)(?:号|电话)"
    # no cap on the count, a "high-frequency mode": 「每日不限次数呼叫您」「无限次拨打」「启动高频提醒」
    rf"|(?:不限|不计|无限|不封顶|没有上限|不设上限|不管多少)(?:次数|次|遍|量)?[^。！？!?]{{0,6}}?{_CALLV}|{_CALLV}[^。！？!?]{{0,6}}(?:不限次数|无限次|次数不限|不封顶)"
    r"|高频(?:次)?(?:的)?(?:提醒|呼叫|外呼|拨打|催收|催告|联系|来电|call|打)"
    # calling on until the debtor gives in: 「呼叫您本人，直至您完成还款」
    rf"|{_CALLV}[^。！？!?]{{0,16}}(?:直至|直到|一直到)(?:你|您)[^。！？!?]{{0,6}}(?:接|还|回|处理|结清|付|交|认)"
)
PER_DAY = re.compile(
    r"(?:一天|每天|天天|一上午|一下午|一晚上|每晚|一个?小时|每个?小时)[^，。！？!?]{0,8}?(?:打|拨|呼|call|来)[^，。！？!?]{0,6}?"
    r"(\d+|[一二两三四五六七八九十百几]+)(?:来|多|几)?(?:个|次|遍|通|回)")
# the per-day count with the verb in the clause before: 「我该打还是打 一天十几二十遍少不了」
PER_DAY_BARE = re.compile(r"(?:一天|每天|天天|每日)(?:至少|起码|最少|少说)?(\d+|[一二两三四五六七八九十百几]+)(?:来|多|几)?(?:遍|通)")
LATE = re.compile(
    r"(?:半夜|深夜|凌晨|夜里|午夜|子夜|零点|0点|(?<![\d:])(?:22|23)(?:点|:\d\d)|睡前|睡觉前|睡觉的时候|(?:今晚上?|明晚上?|晚上|夜里|今天晚上|明天晚上|后天晚上|每晚|每天晚上|今儿晚上)(?:十|10|十一|11|十二|12)点|(?:早上|早晨|清早|大清早|明早|明天早上|一早)(?:[四五六七]|[4-7])点)(?!半?(?:前|之前|以前))"
    rf"[^。！？!?]{{0,16}}?{_CALLV}")
# a calling rate per hour/minute: 「一小时打你一次」「半个钟头一个电话」「每二十分钟响一回」 (not 「两小时后再打」)
_QTY = r"(?:每|一|半|两|俩|几|\d+|[一二三四五六七八九十]+)(?:个)?(?:小时|钟头|分钟|刻钟)(?!后|之后|以后|过后|内|之内|以内|左右|再)"
RATE = re.compile(
    rf"{_QTY}[^，。！？!?]{{0,4}}?(?:打|拨|呼|call|来|响|摇)[^，。！？!?]{{0,3}}?(?:一次|一回|一遍|一个|一通|一下|一轮)"
    rf"|{_QTY}(?:就|都)?(?:一个电话|一通电话|一次电话|一个|一通|一遍|一轮|一回|一波)")
# round-the-clock calling: 「从早打到晚」「一天到晚给你打」「白天晚上轮着来」「打到你手机没电」
ALL_DAY = re.compile(
    r"从早(?:上)?打到晚|从白天打到(?:晚上|半夜)|"
    rf"(?:从早(?:上)?(?:打)?到晚|一天到晚|早中晚|白天(?:黑夜|晚上)|日夜|没日没夜|全天候|一天到黑)[^，。！？!?]{{0,10}}?(?:{_CALLV}|轮着来|不停)"
    r"|打(?:到|得)(?:你|您)?(?:的)?(?:手机|电话)(?:没电|关机|爆|停机|发烫)")
_THIS_HOUR = r"(?:这个点|这个时间|这会儿|这时候|这么晚|这么早|这个钟点|同一个?(?:点|时间|时候|钟点)|同样的?(?:点|时间)|一样的(?:点|时间)|老时间|老时候|这个钟)"
NIGHT_AGAIN = re.compile(
    r"(?:以后|每天|天天|明天|再|还|下次|固定|专挑|专门|就挑|都)[^，。！？!?]{0,8}" + _THIS_HOUR +
    rf"[^，。！？!?]{{0,4}}(?:{_CALLV}|找)"
    # the verb left out at the clause end: 「以后天天都这个点」「往后每晚都这会儿，习惯就好」
    r"|(?:以后|往后|今后|每天|天天|每晚|夜夜|明天|明晚)[^，。！？!?]{0,4}(?:都|还|也|照样|还是|就)?(?:是)?" + _THIS_HOUR + r"(?:了|哈|啊|呀|吧|哦|见|来|伺候|问候)?(?=[，。！？!?\s]|$)")
# aiming calls at the debtor's rest: 「专挑你往床上一躺的时候打」「看你睡不睡得着」
SLEEP_TARGET = re.compile(
    rf"(?:专挑|专门挑|专门|就挑|专拣|挑|趁|等)[^。！？!?]{{0,16}}(?:睡|躺|休息|歇|下了?班|收工|吃饭)[^。！？!?]{{0,8}}?(?:的时候|时|那会儿?)?[^。！？!?]{{0,3}}{_CALLV}"
    # every meal: 「一天三顿饭点准时给你打」「顿顿饭点都打」
    rf"|(?:三顿饭?点?|每顿饭点?|顿顿|一日三餐)[^。！？!?]{{0,8}}?{_CALLV}|(?:每天|天天|专门|专挑|就挑)[^。！？!?]{{0,4}}饭点[^。！？!?]{{0,6}}?{_CALLV}|饭点[^。！？!?]{{0,4}}(?:准时|专门)[^。！？!?]{{0,4}}?{_CALLV}"
    rf"|{_CALLV}[^。！？!?]{{0,12}}(?:看|让)(?:你|您)(?:还)?(?:睡不睡得着|睡得着不|睡不着|睡不好|别想睡|能不能睡)")
# calls already made today, counted: 「今天这是第十一个电话了」「今儿上午打了你八次」「这一天我都拨了十几通」
TODAY_COUNT = re.compile(
    r"(?:今天|今儿个?|今日|今早|今天上午|今天下午|今天晚上|一上午|一下午|一早上|这一天|一天之内|一天下来)[^。！？!?]{0,10}?"
    r"(?:第|打了|拨了|呼了|call了|打过|拨过|打|拨)(?:你|您)?(?:都|已经)?(\d+|[一二两三四五六七八九十百几]+)(?:个|次|通|遍|回)")
# paying or hanging up sets the calling rate: 「一天不还就一天打」「你挂一个我打一个」「电话照打」「哪天不还哪天打」
DAY_FOR_DAY = re.compile(
    r"(?:一|每|哪)天不(?:还|给|交|处理|结清)[^。！？!?]{0,8}?(?:就|我就|我们就|咱就)?(?:一|每|哪)天[^。！？!?]{0,8}?(?:打|拨|呼|call|聊|陪|找|联系|催|响|问候|不停|没完|不消停|不罢休)"
    r"|(?:挂|拒接|拉黑|不接)(?:我)?(?:一个|一次|一回|几个|几次|多少个?|多少次)[^。！？!?]{0,6}?(?:我|我们)?(?:就)?(?:打|拨|换|call)(?:一个|一次|一回|几个|几次|多少|回来|回去)"
    r"|(?:挂|拒接|拉黑|不接)[^。！？!?]{0,4}(?:我|我们)(?:就)?(?:接着|继续|马上又|立马又|还接着|照样|照)(?:打|拨|call)"
    r"|电话(?:照打|照样打|照常打|照打不误|不会停|不停)|照打不误")
# the debtor woken by the calls: 「往后天天这个点叫你起床」「明早六点给你当闹钟」
WAKE_UP = re.compile(
    r"(?:天天|每天|以后|往后|明早|明天早上|明天一早|天不亮|每早|每天早上|一早|就)[^。！？!?]{0,10}?(?:叫(?:你|您)起床|叫醒(?:你|您)|(?:把)?(?:你|您)(?:给)?(?:叫醒|吵醒)|吵醒(?:你|您)|(?:给|当)(?:你|您)?(?:的)?(?:当)?闹钟|morning ?call)")
# bombarding the phone, calling through the night: 「天天轰炸你手机」「一晚上打到天亮」「通宵给你拨」
BOMBARD = re.compile(
    r"(?:轰炸|狂打|狂拨|狂call|连环call|夺命连环)(?!过|了)[^。！？!?]{0,6}?(?:你|您|手机|电话)|(?:你|您)(?:的)?(?:手机|电话)[^，。！？!?]{0,4}(?:轰炸|狂打|打爆|打到爆)"
    rf"|(?:打|拨|呼|call)(?:到|通|个|上)(?:天亮|天明|后半夜|大半夜|半夜|凌晨|深夜)|(?:一|整)(?:晚上|整晚|宿|夜)(?:都|不停地?)?{_CALLV}(?![^，。！？!?]{{0,3}}(?:了|过|没|不通))|通宵(?:给(?:你|您))?{_CALLV}")
SAME_HOUR = re.compile(r"(?:明晚|明天|后天|大后天|改天|下回|下次|以后|往后|每天|天天)(?:晚上|夜里|夜头|半夜)?[^，。！？!?]{0,4}(?:(?:还是|也是|照样|还)" + _THIS_HOUR + "|同一个?(?:点|时间|钟点)|同样的?(?:点|时间)|一样的(?:点|时间)|老时间)")
_OTHERS = re.compile(r"通讯录|同事|家人|家里人|亲戚|朋友|领导|老板|老婆|老公|媳妇|爸妈|父母|姐|哥|弟|妹|单位|公司|邻居|联系人")
_REPORTED = re.compile(r"(?:您|你)(?:说|嫌|觉得|抱怨|反映)[^，。！？!?]{0,10}(?:天天|一直|不停|半夜|打)")
_HARASS_NEG = re.compile(r"不会|不再|不能|绝不|不要|别再|不应该|不可以|没有(?:人)?(?:会)?")
_COMPLAINT = re.compile(r"什么|啥|干嘛|咋|怎么|有病|疯|神经|毛病|缺德|要命|这么晚|这么早|大半夜|半夜三更|还让不让|别打|烦|吵|睡了|睡下|刚睡|要睡|准备睡|打扰"
                        r"|就(?:打|来|call)|还没(?:起|醒|睡醒)|没起|没醒|在睡|睡觉|吵醒|一大早|大早上|大清早|上课|骚扰"
                        r"|还(?:要|在)?打|(?:这|都)[^，。！？!?]{0,2}(?:几|[\d一二两三四五六七八九十]+)点(?:多|半)?了")


def _debtor_requested(text: str) -> bool:
    """The debtor asked for an off-hours time (「我晚上十点以后才有空，你那时候打」), not a complaint
    about being called at that hour (「七点半你打啥打」「大半夜打电话」)."""
    text = mandarin(text)  # 「你打过来搞乜？」 is a complaint too
    # a question about the call being made now (「凌晨五点多打电话？」「这都十一点多了，你们还打？」) asks nothing
    # an exclamation without a request word is a complaint too: 「你们疯了吧，半夜十二点多打电话！」
    return any(L.DEBTOR_ASKED_TIME.search(s) and not _COMPLAINT.search(s)
               and not (q and not _ASKS_FOR.search(s))
               for s, q in re.findall(r"([^。！？!?\n]+)([？?！!]?)", text))


# what a request for an hour says: 「晚上十点以后再打」「那时候方便」「你那时候打」
_ASKS_FOR = re.compile(r"再|以后|之后|过后|才|方便|有空|可以|行吗|好吗|能不能|行不行|那时候|让|叫|约")


# 「你上周说自己上夜班、白天睡觉，让我们晚上十一点以后打」: the request cited, however long the reason
CITES_X = re.compile(r"(?:您|你)[^。！？!?]{0,40}(?:让|叫|要|要求|约|交代|嘱咐)(?:我们|我)[^。！？!?]{0,6}(?:晚上|夜里|半夜|凌晨|早上|一早|这个点|这个时间|\d+点|[十一二三四五六七八九]+点)"
                     # the hour booked by the debtor: 「您登记了晚间回访时段」「按您预约的时间来电」「您选的夜间时段」
                     r"|(?:您|你)[^。！？!?]{0,16}(?:登记|预约|预定|约定|指定|选定|选择|选)(?:了|的|过)?[^。！？!?]{0,10}(?:晚间|夜间|晚上|夜里|凌晨|早上|清早|\d+[:：]\d+|\d+点|[十一二三四五六七八九]+点)"
                     r"|(?:按|按照|照|根据)(?:您|你)(?:之前|昨天|前天|上次)?(?:登记|预约|预定|约定|指定|选定|选择|选|要求|交代|说)的(?:时间|时段|点|钟点)")


# the debtor, answering the first call, says they had asked for this hour: 「跟你们说了晚上十点半以后再打」
LATER_ASKED = re.compile(r"(?:说|讲|交代|约|告诉你们)(?:了|过|好)?[^。！？!?]{0,6}(?:晚上|夜里|半夜|凌晨|早上|一早|这个点|[十一二三四五六七八九\d]+点)[^。！？!?]{0,6}(?:以后|之后|后|前|以前)?(?:再|才)?(?:打|联系|call)")


# a later collector turn citing the debtor's own earlier request for this hour (「您上礼拜交代过晚上十点以后打」),
# not 「您说得对，这个点不该打」 or a callback offered for tomorrow
LATER_CITES = re.compile(
    r"(?:您|你)(?:之前|昨天|前天|上次|上回|那天|上礼拜|上周|特意|自己)?[^。！？!?，,]{0,4}(?:说(?!得)|约|要求|交代|让我们|叫我们|定)(?:过|了|好)?"
    r"[^。！？!?，,]{0,14}(?:这个点|这个时间|晚上|夜里|早上|[十一二三四五六七八九\d]+点)[^。！？!?，,]{0,8}(?:打|联系|方便|找)")
_DENIES_ASKING = re.compile(r"(?:没|从来没|从没|谁)(?:有)?(?:说过|让|叫|要求)")


def _later_cites_request(t: TurnText) -> bool:
    later = mandarin(t.later_collector or "")  # 「让俺们晚上十点半以后再打」
    return bool((LATER_CITES.search(later) or CITES_X.search(later[:400])) and not _DENIES_ASKING.search(t.later_debtor or ""))


def _requested(t: TurnText) -> bool:
    return bool(any(_debtor_requested(x) for x in t.state.debtor_texts) or L.COLLECTOR_CITES_REQUEST.search(t.state.collector_said)
                or L.COLLECTOR_CITES_REQUEST.search(t.norm) or CITES_X.search(t.state.collector_said) or CITES_X.search(t.norm))


def _count_high(word: str) -> bool:
    if "十" in word or "百" in word:
        return True
    n = cn_to_int(word)
    return bool(n and n > 3)  # GB/T 45251: at most 3 effective contacts a day


_CONTACT = re.compile(r"打|拨|呼|call|联系|找|电话|来电|骚扰|轰炸|响|睡")
_PAST_UNANSWERED = re.compile(r"(?:打|拨|call)[^，。！？!?]{0,4}了[^，。！？!?]{0,4}(?:都|也|还)?(?:不接|没接|没人接|不回|没回|打不通|不通)"
                              r"|(?:打|拨|call)(?:你|您)?(?:的)?(?:电话|手机)?(?:都|也|就|还|总)?(?:不接|没接|没人接|不回|打不通)(?![^，。！？!?]{0,3}(?:就|的话|我))")
PAST_CALLS = re.compile(r"(?:之前|以前|刚才|已经|上周|昨天|前几天|这几天|前两天)[^，。！？!?]{0,10}(?:打|拨|联系|找)(?:了|过)|(?:打|拨)(?:了|过)[^，。！？!?]{0,6}(?:没(?:人)?接|没打通|打不通|都没通)")


# what paying avoids, not a promise to call: 「帮她还上，省得我们天天打」
_AVOID = re.compile(r"(?:省得|免得|以免|省的|好让)[^，。！？!?]{0,8}$")
_PAST_MARK = re.compile(r"之前|以前|前几天|前些天|前段时间|上周|上个月|昨天|这几天|这段时间|那阵子|这些天|一直以来")
_UNANSWERED_ANY = re.compile(r"(?:你|您)(?:也|都|还|就|总|老|一直)?(?:不接|没接|不回|没回|拒接|挂了)|打不通|没人接|没打通")
# what happened, not a promise: 「机器人每天给您打您也不接」
_UNANSWERED_AFTER = re.compile(r"^[^，。！？!?]{0,3}?(?:你|您)?(?:也|都|还|就|总|老)?(?:不接|没接|不回|没回|打不通|拒接|没人接|挂了|不通|没通)")


# a condition before the threat: its negator negates nothing (「没有就明晚这个点我再打」「不还的话半夜接着打」)
_HARASS_COND = re.compile(r"(?:没有|没钱|没得|莫得|不还|不给|不交|不接|不处理|不回|还不上|还不起|拿不出(?:来)?|凑不齐|到不了账?|不到账)(?:的话)?(?:就|那就|那|我就|我们就|[，,])")


def _harass_clause_ok(clause: str, pos: int, span: str = "") -> bool:
    """Negated promise (also 「晚上十点以后不会打」 where the negator sits inside the span), a past
    description, or the debtor's complaint reported back."""
    clause = _HARASS_COND.sub(lambda m: "_" * len(m.group(0)), clause)
    if _HARASS_NEG.search(span) or PAST_CALLS.search(clause):
        return True
    if span and (_AVOID.search(clause[:pos]) or _UNANSWERED_AFTER.search(clause[pos + len(span):])):
        return True
    if _PAST_MARK.search(clause[:pos + 2]) and _UNANSWERED_ANY.search(clause[pos:]):
        return True  # 「我们之前每天给你打电话你也不接」
    return negated(clause, pos) or bool(_REPORTED.search(clause)) or bool(_HARASS_NEG.search(clause[max(0, pos - 6):pos]))


def _pause_spans(t: TurnText) -> list[tuple[int, int]]:
    """Clauses, with a short piece after a speech-to-text pause (a space in the original) joined to
    the clause before it: 「每天晚上十一点准时 call 你」 is one clause, not three."""
    out: list[tuple[int, int]] = []
    for a, b in clause_spans(t.norm):
        if out and b - a <= 6 and a - out[-1][1] == 1 and t.orig[out[-1][1]].isspace():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _extra_harassment(t: TurnText, requested: bool) -> Hit | None:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^。！？!?\n]+", t.norm)]
    k = 0
    for a, b in _pause_spans(t):
        clause = t.norm[a:b]
        while k + 1 < len(sentences) and sentences[k][1] <= a:
            k += 1
        sentence = t.norm[sentences[k][0]:sentences[k][1]] if sentences else clause
        # a clause cut short by a speech-to-text pause: look at its sentence (bounded, to stay linear)
        window = sentence[:160] if (len(clause) <= 6 or re.search(r"直至|直到", sentence)) and len(sentence) <= 160 else clause
        for pat in (RELENTLESS, PER_DAY, PER_DAY_BARE, LATE, NIGHT_AGAIN, RATE, ALL_DAY, SLEEP_TARGET, SAME_HOUR, TODAY_COUNT, DAY_FOR_DAY, WAKE_UP, BOMBARD):
            if pat is DAY_FOR_DAY and len(sentence) <= 160:
                window = sentence  # 「哪天不还，哪天就打」 spans two clauses
            for m in pat.finditer(window if pat in (RELENTLESS, DAY_FOR_DAY, BOMBARD) else clause):
                base = clause if pat not in (RELENTLESS, DAY_FOR_DAY, BOMBARD) or window is clause else window
                if re.search(r"(?:打|拨|call|联系)(?:了|过)?(?:给)?(?:我们|我司|咱们|客服|热线)", m.group(0)):
                    continue  # 「您今天一上午打了我们客服六次」: the debtor calling us
                if pat is TODAY_COUNT:
                    if negated(base, m.start()) or _REPORTED.search(base) or re.search(r"(?:您|你)(?:这边)?(?:说|嫌|抱怨|反映)", base[:m.start()]):
                        continue  # the calls made today are the harassment, answered or not
                elif _harass_clause_ok(base, m.start(), "" if pat is BOMBARD and not _HARASS_NEG.search(m.group(0)) else m.group(0)):
                    continue
                if pat is LATE and _justifies_now(re.split(r"[，,\s]", base[m.start():])[0]):
                    continue  # 「半夜才找得着恁」: the present call explained
                if re.search(r"(?:这种事|这样的事|这么做|这样做|这种做法)[^，。！？!?]{0,6}(?:不会|不能|不可以|绝不|不允许|不再|没有)", base[m.end():]):
                    continue  # 「每小时打一次这种事我们不会做」
                if pat in (RATE, ALL_DAY) and (_HARASS_NEG.search(clause[m.end():])
                                               or re.search(r"(?:给|找|联系|回电话?给?)我(?!们)|打给我(?!们)|我(?:都|随时)?在", clause)):
                    continue  # 「一天到晚都可以打给我」: the debtor calling us; 「…这种事我们不会做」
                if pat is PER_DAY_BARE and not re.search(r"打|拨|呼|call|电话|联系", sentence):
                    continue
                if pat in (PER_DAY, PER_DAY_BARE, TODAY_COUNT) and not _count_high(m.group(1)):
                    continue
                if pat is PER_DAY and _workload(t.norm, (a if base is clause else sentences[k][0] if sentences else 0) + m.start(), m.group(0)):
                    continue
                if pat in (LATE, BOMBARD) and requested and not re.search(r"轰炸|狂|连环", m.group(0)):
                    continue
                if pat in (NIGHT_AGAIN, SAME_HOUR) and not (t.ctx.night and not requested):
                    continue
                if re.search(r"公司|单位|座机|前台|领导|通讯录|家里人|亲戚", clause) and pat is not LATE:
                    continue  # calling the workplace or relatives: contact-shaming
                if _OTHERS.search(sentence) and not re.search(r"你|您", m.group(0)):
                    continue  # 「你同事我挨个打一遍」: calling the debtor's contacts is contact-shaming
                return Hit(t.orig[a:b].strip(), a + (m.start() if base is clause else 0))
    return None


# the collector's workload over a class of debtors, not calls to this one: 「你这种赖皮，我一天要打几十个」
_KIND = re.compile(r"(?:你|您)(?:们)?(?:这种|这样的|这号|这类)|像(?:你|您)(?:们)?(?:这样|这种)|这种人|这号人|这样的人|这类人")


def _workload(norm: str, start: int, span: str) -> bool:
    sentence = sentence_of(norm, start)
    return not re.search(r"你|您|给|找|往|朝|向", span) and bool(_KIND.search(sentence[:max(0, sentence.find(span))]))


# the call being made now justified: 「白天打你不接，只能这个点找你」「半夜才找得着恁」
NOW_ONLY = re.compile(r"(?:只能|只好|只得|只有|才)(?:在)?[^，。！？!?]{0,6}(?:找|打|联系|拨|call)(?:得着|得到|得通|得上|着|到|通|上)?(?:你|您|恁|侬|你们)?(?:了|嘛|啊|呀)?$"
                      r"|(?:半夜|深夜|这个点|这么晚|晚上|夜里)(?:才|只能|只好)(?:找|打|联系)")
_FUTURE = re.compile(r"以后|往后|今后|天天|每天|每晚|夜夜|明天|明晚|下次|下回|再|还会|还要|接着|继续|照样")


def _justifies_now(clause: str) -> bool:
    return bool(NOW_ONLY.search(clause)) and not _FUTURE.search(clause)


# a span that is a deadline or inside the allowed window: 「24小时内仍未还款」「晚上十点前联系」
_NOT_CALL_TIME = re.compile(r"^(?:[^，。！？!?]{0,2}?)(?:内|之内|以内)|点半?(?:前|之前|以前)")
# the calls apologised for: 「一天打了四次，确实太打扰您了」
# (not 「那就不好意思了，从明天起每天…」, a sarcastic lead-in to the threat)
APOLOGY = re.compile(r"对不起|抱歉|见谅|(?:太|多有|实在)?打扰(?:到)?(?:您|你)了|给(?:您|你)添麻烦")
# a bare hour in the night window offered for the next call: 「那就明天早上七点」「改到今晚十一点吧」
LATE_SLOT = re.compile(
    r"^(?:那就|那|就|行|好|改(?:到|成)|约(?:在|到)?|定(?:在)?|换(?:到|成)|挪到){0,2}(?:明天|明早|明晚|今晚|后天|每天|天天|以后)?"
    r"(?:(?:早上|早晨|清早|一早|大清早|凌晨|明早|今早)(?:[四五六七]|[4-7])点(?:半|钟)?|(?:晚上|夜里|今晚|明晚)?(?:十一|11|十二|12)点(?:半|钟|多)?|半夜|凌晨|深夜)"
    r"(?:吧|啊|哈|呗|见|再说|再聊|准时|整)?$")
_CALL_TOPIC = re.compile(r"接|打|电话|call|联系|找(?:你|您)|睡")


def _late_slot(t: TurnText, requested: bool) -> Hit | None:
    if requested or not (_CALL_TOPIC.search(t.norm) or _CALL_TOPIC.search(t.state.last_debtor or "")):
        return None
    for a, b in clause_spans(t.norm):
        if LATE_SLOT.search(t.norm[a:b].strip()):
            return Hit(t.orig[a:b].strip(), a)
    return None


def detect_harassment(t: TurnText) -> Hit | None:
    t = in_mandarin(t)
    requested = _requested(t)
    norm = t.norm  # a deadline or an hour inside the window masked: 「24小时内仍未还款」「晚上十点前联系」
    for m in [m for pat in (L.HARASS_WORDS, L.HARASS2) for m in pat.finditer(t.norm)]:
        if _NOT_CALL_TIME.search(t.norm[m.end():m.end() + 3]) or _NOT_CALL_TIME.search(m.group(0)):
            norm = norm[:m.start()] + "_" * len(m.group(0)) + norm[m.end():]
    hit = find(L.HARASS_WORDS, norm, t.orig) or find(L.HARASS2, norm, t.orig)
    if hit:
        ms = [m for pat in (L.HARASS_WORDS, L.HARASS2) for m in pat.finditer(norm)]
        if ms and all(_workload(t.norm, m.start(), m.group(0)) for m in ms):
            hit = None
    if hit and APOLOGY.search(sentence_of(t.norm, hit.start)):
        hit = None
    if hit and _justifies_now(re.split(r"[，,\s]", t.norm[next((a for a, b in clause_spans(t.norm) if a <= hit.start < b), hit.start):])[0]):
        hit = None  # 「半夜才找得着恁」: the present call explained, labelled where it starts
    if hit and _AVOID.search(t.norm[max(0, hit.start - 10):hit.start]):
        hit = None  # 「您当妈的帮她还上，省得我们天天打」: what paying avoids
    if hit and re.search(r"(?:您|你)(?:说|嫌|觉得|抱怨)[^，。！？!?]{0,10}(?:天天|一直|不停|半夜)|(?:不会|不再|不能|绝不)", hit.evidence):
        hit = None
    if hit and re.search(r"公司|单位|座机|前台|领导|通讯录|家里人|亲戚", hit.evidence) and not re.search(r"打到(?:你|您)?接|半夜|凌晨|深夜", hit.evidence):
        hit = None  # calling the workplace or relatives over and over: contact-shaming
    if hit and re.match(r"(?:十|10)点(?:以后|之后|过后)", hit.evidence[hit.evidence.find("点") - 1:] if "点" in hit.evidence else "") and \
            t.ctx.clock is not None and t.ctx.clock.hour < 12:
        hit = None  # 「十点以后再打」 said in the morning means 10 a.m.  # 「您说我们天天打」 reported, or a negated promise
    if hit and not _CONTACT.search(sentence_of(t.norm, hit.start)):
        hit = None  # 「一天跑十几个钟头」「嫌半夜？」: no calling in the sentence
    if hit and (PAST_CALLS.search(hit.evidence) or _PAST_UNANSWERED.search(hit.evidence)):
        hit = None  # 「之前反复打了几次都没打通」: what happened, not a promise
    if hit and _PAST_MARK.search(t.norm[max(0, hit.start - 12):hit.start + 2]) and _UNANSWERED_ANY.search(t.norm[hit.start:hit.start + 24].split("。")[0]):
        hit = None  # 「我们之前每天给你打电话你也不接」: what happened
    if hit and t.norm.startswith("天天找", hit.start) and not re.search(
            r"(?:会|要|就|以后|明天|接着|继续|还)[^，。！？!?]{0,4}天天找", sentence_of(t.norm, hit.start)):
        hit = None  # 「我们天天找你你天天躲」 describes the past, it promises nothing
    if hit:
        if not (requested and not re.search(r"打到|直到|一直|天天|每天|夜夜|每晚|天天晚上|每隔|每.{0,3}小时|不停|打爆|轮|轰炸", hit.evidence)):
            return hit
    extra = _extra_harassment(t, requested) or _late_slot(t, requested)
    if extra and not APOLOGY.search(sentence_of(t.norm, extra.start)):
        return extra
    if t.ctx.night and not requested:
        again = find(L.NIGHT_REPEAT, t.norm, t.orig)
        if again:
            return again
    if t.first and t.ctx.night:
        asked = requested or _later_cites_request(t) or (
            t.later_debtor and not _DENIES_ASKING.search(t.later_debtor) and (re.search(r"(?:是我|我)(?:让|叫|约|说(?!不))[^。！？!?.]{0,10}(?:这个点|这个时间|晚上|这么晚|这么早)", t.later_debtor)
                                or (LATER_ASKED.search(t.later_debtor) and not re.search(r"[？?]|还打|疯|有病|吵|烦", t.later_debtor))))
        if not asked:
            clause = clause_spans(t.norm)[0] if clause_spans(t.norm) else (0, len(t.norm))
            return Hit(t.orig[clause[0]:clause[1]].strip(), 0)
    return None


# --- unofficial-channel: cue classes beyond the shared lexicon -----------------------------------
# steering away from the official channel: the App/counter is slow, "doesn't count", costs penalty days ...
OFFICIAL_DOWN = re.compile(
    r"(?:App|APP|app|官方|柜台|银行|网银|手机银行|小程序|公众号)[^。！？!?]{0,10}?(?:慢|排队|不算数|不算|不认|到不了账|不到账|不及时|延迟|麻烦|罚息照算|卡住|有问题|升级|维护|故障|"
    r"要(?:两三|三五|好几|几|[\d一二两三四五六七八九十]|一个?)(?:天|周|礼拜|星期))")
# money to a named staff member's own account: unofficial on its own
STAFF_ACCOUNT = re.compile(
    r"(?:转|打|汇|存|付)(?:到|给|进)?[^，。！？!?]{0,6}(?:经理|同事|业务员|组长|主管|专员|财务|老板|师傅|我(?:的)?(?:老婆|老公|媳妇|爱人|家人|亲戚|朋友|表[哥弟姐妹]|兄弟|弟弟|妹妹|哥|姐))(?:的)?(?:个人)?[^，。！？!?]{0,2}(?:卡|账户|账号|微信|支付宝|户头|收款码)"
    # the owner named after the account: 「户名是我们项目经理个人的」「收款人写我们组长」「卡挂在财务私人名下」
    r"|(?:户名|收款人|开户人|账户名|收款账号|收款账户|收款卡)(?:是|为|叫|写|填|挂|登记|开)?(?:在)?[^，,。！？!?]{0,8}?(?:经理|组长|主管|同事|专员|业务员|财务|老板|领导|员工|师傅)(?:的)?(?:个人|私人|自己|本人)?(?:的|名下|名字)?(?:就行|即可|就好|就可以)?(?=[，。！？!?,\s]|$)"
    r"|(?:账号|账户|卡)(?:是|挂在|登记在|开在|在)[^，,。！？!?]{0,8}?(?:经理|组长|主管|同事|专员|业务员|财务|老板|领导|员工|师傅)(?:的)?(?:个人|私人|自己|本人)(?:的|名下)?")
# ... while pushing another route: to me / to "our" account / same-day posting / "everyone does it"
OTHER_ROUTE = re.compile(
    r"(?:转|打|汇|付|交|给)(?:到|给|进)?(?:我|咱)(?!们)|(?:走|打到?|转到?|汇到?|用|打进)(?:我们|我司|咱们|我)(?:公司|这边|这里)?(?:的|这个|那个|这边的)?(?:账户|账号|卡|户头|对公|通道|渠道)"
    r"|(?:对公账户|这个账户|这个账号|这张卡|我这)[^。！？!?]{0,8}(?:当天|马上|立刻|立马|秒)|(?:当天|马上|立刻|立马)(?:就)?(?:能|可以)?(?:(?:帮|给|替)(?:你|您))?(?:到账|入账|销账|冲掉|冲账|处理)"
    r"|(?:走|打到?|转到?|汇到?|打进|转进)(?:我们|我司|咱们)[^，。！？!?]{0,8}?(?:账户|账号|对公|户头)"
    r"|(?:内部|大家|客户|好多人|很多人|别人)[^。！？!?]{0,6}都(?:是)?这么(?:弄|操作|办|做|转)")
# money straight to the speaker, no 给/到 needed: 「转我支付宝」「打我卡上」「微信转我」「我微信就是这个号」
ME_ROUTE = re.compile(
    r"(?:转|汇|付|存|充|打|扫)(?:给|到|进|去|入)?(?:我|俺)(?!们)(?:的|个人|私人|这个|这张|那张)?(?:微信|支付宝|vx|VX|v信|卡|银行卡|账户|账号|户头|账上|卡上|收款码|二维码)(?!电话|语音|视频|聊|说|问|联系)"
    r"|(?:转|汇|付|存|充)(?:给|到|进)?(?:我|俺)(?!们)(?:的)?(?:这个|这)?(?:手机号|号码?上)"
    r"|(?:微信|支付宝|vx|VX|v信|红包)(?:上)?(?:直接)?(?:转|打|发|付)(?:给)?(?:我|俺)(?!们)"
    r"|(?:我|俺)(?:的)?(?:微信|支付宝|vx|VX|收款)(?:号)?(?:就是|是|用的是)(?:我)?(?:这个|这)")
_ME_MONEY = re.compile(r"钱|款|元|块|\d|[一二两三四五六七八九十百千万]{1,5}(?:元|块)|还|账|结清|到账|微信|支付宝|卡")
# the agency's (or another firm's) account named by its owner: 「我们鼎衡的对公账户」「户名XX商务咨询有限公司」
OUR_NAMED_ACCOUNT = re.compile(
    r"(?:转|打|汇|存|付|交|还)(?:到|给|进|入|去)?(?:我们|我司|咱们|咱)(?P<mid>(?!的)[^，。！？!?]{1,8}?)(?:的)?(?:对公账户|对公户|对公|公司账户|收款账户|账户|账号|户头)"
    r"|户名[^，。！？!?]{0,20}?(?:咨询|商务|信息服务|资产管理|律师事务所|律所|外包|催收|管理服务)")
# an agency collector (self-identified as a consulting/asset firm or the lender's delegate) taking money itself
PAY_TO_US = re.compile(r"(?:转|打|汇)(?:给|到|进)(?:我们|我司|咱们)(?!银行|官方|的?(?:App|APP|app|客服|热线|电话))")
AGENCY_SELF = re.compile(r"(?:商务|咨询|资产管理|律师事务所|律所|外包|催收|信息服务)(?:有限)?(?:公司|机构|中心)|委托(?:我们|我司)|委托的(?:催收|第三方)?机构|受托代收|是代收的")
_MONEY_CTX = re.compile(r"钱|款|一部分|工资|扣|元|块|\d|[一二两三四五六七八九十百千万]{1,5}(?:元|块)")
_LENDER_WORDS = re.compile(r"银行|官方|还款账户|还款专户|消费金融|小贷")
OUR_ACCOUNT = re.compile(r"(?:走|打到?|转到?|汇到?|存到?|打进|转进)(?:我们|我司|咱们)(?:公司)?(?:这个|那个|这边的?|自己的?)(?:账户|账号|卡|户头|对公户)")
# money left with the collector: 「先押五百块在我这儿」
WITH_ME = re.compile(r"(?:给|交|放|送)(?:到)?(?:我|我们)(?:的)?(?:手上|手里)|(?:押|放|存|交|留)(?:个|点)?[\d一二两三四五六七八九十百千万]+(?:元|块)?(?:钱)?[^，。！？!?]{0,2}(?:在|到|给)(?:我|我们)(?:这儿|这里|这边|手上|手里|这)")
# a fee admitted to be outside the contract, or a payment that gates a service
NOT_IN_CONTRACT = re.compile(r"合同(?:里|上|中)?(?:是|虽然|确实|倒是)?没(?:写|有|提|这项|这个|规定)[^。！？!?]{0,16}(?:内部|系统|流程|规定|要收|得交|要交|也得|照样|但是?|不过)")
FEE_GATE = re.compile(r"(?:交|缴|付)(?:了|完|上)?(?:这笔钱?|这个钱?|这笔费用?|这个费用?|这笔|以后|之后)?(?:我们|我|咱们|我司)?(?:这边)?(?:才|就)(?:能|可以|给(?:你|您))[^。！？!?]{0,10}(?:通道|办|走|处理|停|撤|延期|解冻|减免|消|安排|加急|受理|暂停|申请|上报|往上报|报上去|提交|批|审)")
FEE_PUSH = re.compile(r"早交早|(?:今天|现在|马上|赶紧|尽快)?交(?:了|完|上)?的话|先交(?:了|上)?|赶紧交|交了(?:就|才)")
FEE_WORD = re.compile(r"诚意金|保证金|押金|停催费|延期费|延期服务费|加急费|处理费|服务费|律师费|手续费|工本费|解冻费|撤案费|销案费|通道费|操作费|审核费|材料费|好处费")
FEE_WAIVED = re.compile(r"(?:减|免|抹|去掉|不收|不算|不要)(?:了|掉)?|全免|(?:给|帮)(?:你|您)(?:全)?(?:减|免)")
FEE_PRETEXT = re.compile(r"就说|你就说|说是|借口|谎称|编个|骗(?:他|她|家里|爸妈)")
OWN_DEPOSIT = re.compile(r"(?:他|她|你|您)(?:的|家的)?(?:房租)?(?:押金|保证金)")
_UNOFF_OK = re.compile(r"(?:请|切|务)勿|莫转|莫给|莫交|(?:一分钱?|一毛)都(?:别|不要|莫)给|别转|不要转|只(?:能)?(?:通过|走|在|认)(?![^，。！？!?]{0,2}(?:全额|一次性|整数|足额)|(?:我|咱|俺)(?:们)?(?:这个|那个|这边|这里|自己|个人|私人|公司|给的|发的))|千万别|不要相信|别信|骗子|诈骗|冒充|自称|不收任何|不用交|不需要交|别交|不要交|没有这(?:笔|个|项)")


# compound fee names 「加急销账费」「征信修复费」「上门协商费」 demanded on top of the debt
FEE_X = re.compile(r"(?:加急|结案|减免申请|申请|减免|律师代理|代理|律师|咨询|调解|加速|提速|快速|优先|绿色通道|办理|挂账|停息|登记|建档|开通|激活|(?<!分期)手续|销账|停催|延期|修复|撤诉|撤案|销案|解冻|备案|通道|操作|审核|协商|核销|公证|评估|上门|外访|茶水|辛苦|跑腿|好处|诚意|结清证明|证明|出证|洗白|消档)"
                   r"[\u4e00-\u9fff]{0,3}?(?:费|金)")
FEE_DEMAND = re.compile(r"(?:另外|额外|再|还要|还得|得|要|需要|先|一起|顺便)(?:加|交|付|缴|转|收|给|出|掏|补)|(?:加|交|付|缴|转|收|补|掏)(?:上|个|一笔)?[\d一二两三四五六七八九十百千]+(?:块|元)?")
# a payment route to the collector set up earlier in the call, then 「先转1,000元过来」
TRANSFER_HERE = re.compile(r"(?:转|打|汇|存)(?:个|上)?[^，。！？!?]{0,10}(?:过来|给我(?!们)|到(?:这个|那个|这张|那张|我那?个?)(?:卡|账户|账号|号))"
                           # 「一万二千六转那张建行卡」「打上回那个账户」: the card named before, no 到 needed
                           r"|(?:转|打|汇|存)(?:到|进|去|给)?(?:上回|上次|刚才|之前|我说的|我发的|我报的)?(?:的)?(?:那张|那个|这张|这个)(?![^，。！？!?]{0,4}(?:App|APP|app|官方|还款卡|信用卡))[^，。！？!?]{0,4}(?:卡|账户|账号|户头|支付宝|微信|码)")
_MY_ACCOUNT = re.compile(r"我(?:自己|个人|私人)(?:的)?[^，。！？!?]{0,3}(?:卡|微信|支付宝|账户|账号)|(?:发|给)(?:您|你)(?:个|一个)?(?:卡号|账号|收款码|二维码)")
_BORROW_FEE = re.compile(r"套现|取现|刷卡|网贷|借呗|花呗|信用卡|口子|借钱")


def _fee_x(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        m = FEE_X.search(clause)
        if not m or negated(clause, m.start()) or not FEE_DEMAND.search(sentence):
            continue
        if L.FEE_OK.search(sentence) or FEE_WAIVED.search(clause) or FEE_PRETEXT.search(sentence) or _BORROW_FEE.search(sentence):
            continue
        if m.group(0).startswith("手续") and re.search(r"分期", sentence) and not re.search(r"先交|得先|才能|才给|才可以|另(?:外)?交", sentence):
            continue  # 「第一期约780元加手续费」 in an instalment plan: the contract's instalment fee
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# the payee is a court, lawyer or "designated" account: 「转3,000去执行庭指定的账户」「转到我们合作的法律服务公司」
DESIGNATED = re.compile(
    r"(?:转|汇|打|存|交|付)[^，。！？!?]{0,10}(?:去|到|进|给|入)[^，。！？!?]{0,10}(?:法院|执行庭|执行局|法庭|律所|律师|公安|指定|监管|安全|专用|过渡|合作)[^，。！？!?]{0,10}?(?:账户|账号|户头|卡|公司|律所|机构)"
    r"|(?:法院|执行庭|执行局|法庭|律所|律师|公安)[^，。！？!?]{0,4}(?:指定|专用|监管)?的?(?:账户|账号|户头)")
# a QR code the collector holds: 「我这儿有个码，你直接扫」
CODE_SCAN = re.compile(r"(?:我|这儿|这边|这里|我这)[^，。！？!?]{0,4}(?:有|发|给)(?:你|您)?(?:个|一个|张)?(?:码|二维码|收款码)|(?:码|二维码)[^。！？!?]{0,8}(?:直接)?扫(?:一下|一扫|了)?(?:就行|就好|就可以)?")
# reassurance pushing the route offered earlier: 「我们内部都这么操作，转账备注您的名字就行」
REASSURE = re.compile(r"(?:内部|大家|别人|客户|好多人|很多人|一直)[^。！？!?]{0,4}都(?:是)?这么(?:操作|弄|办|做|转|还)|备注(?:您|你)的?(?:名字|姓名)|(?:放心|没事|不会出问题)[^。！？!?]{0,8}(?:转|打)")


# money handed to the speaker, who posts it for the debtor: 「您把钱转我，我帮您在后台入账」「加我工作微信，转给我，我帮您操作」
PAY_ME = re.compile(r"(?:把(?:钱|款|这笔钱?|这期的?钱?|[\d,一二两三四五六七八九十百千万]+(?:元|块)?(?:钱)?)[^，。！？!?]{0,4}?)?(?:直接)?(?:转|汇)(?:账)?(?:给|到)?(?:我|俺)(?!们|司|行|看|瞧|一下截图)"
                    r"|把(?:钱|款|这笔钱?)[^，。！？!?]{0,4}?(?:打|给|交)(?:给|到)?(?:我|俺)(?!们|司|行)")
RELAY = re.compile(r"(?:帮|替|给)(?:你|您)[^，。！？!?]{0,6}?(?:操作|入账|冲账|销账|充值|充进去|上账|走账|代还|还进去|存进去|处理|转进去)|后台|加(?:我|个)(?:的)?(?:工作|私人|个人)?(?:微信|vx|VX|QQ)|我(?:这边|这里)?(?:代|帮(?:你|您)?)(?:还|交|缴)")
_PAY_ME_NOT = re.compile(r"截图|凭证|回单|记录|照片|信息|资料|号码|电话|短信|链接|证明")
# a fee the collector demanded earlier, insisted on when the debtor questions it: 「规矩就是这样，交不交随你」「少一分都销不了账」
FEE_INSIST = re.compile(r"规矩(?:就是|是)?(?:这样|如此|这么定的)|(?:这|就这)(?:是|个)规矩|(?:少|差)(?:一分|一毛|一块)(?:钱)?都|一分(?:钱)?都(?:不能|不会|不可以)?少|(?:交|给)不(?:交|给)(?:随|看)(?:你|您)|必须(?:要|得)?交|(?:就|也|都)包含(?:这|在)|包含(?:这个|在里面|在内)|照样(?:要|得)交|都(?:要|得)交|销不了账|不交(?:就|的话|这个)")
_INSIST_OK = re.compile(r"不收|免收|没有[^，。！？!?]{0,6}费|不会收|不需要|无需|不用(?:交|付)|官方|正规|骗子|诈骗|别交|不要交|莫交|千万别|以合同为准|按合同|(?:合同|协议)(?:里|上)?没(?:有|写)的?(?:就)?(?:不|别|莫)")
_DEBTOR_FEE_Q = re.compile(r"费|金|合同|没听说|凭(?:啥|什么)|为(?:啥|什么|啥子)(?:要|还要)?交")


def _pay_me(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for m in PAY_ME.finditer(clause):
            if negated(clause, m.start()) or _ME_REPORTED.search(clause[:m.start()]) or _PAY_ME_NOT.search(clause) or _ME_REFUSE.search(sentence):
                continue
            if not RELAY.search(sentence) or L.OFFICIAL_CHANNEL.search(clause):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _fee_insist(t: TurnText) -> Hit | None:
    said = t.state.collector_said
    if not _DEBTOR_FEE_Q.search(t.state.last_debtor or "") or _INSIST_OK.search(t.norm):
        return None
    demanded = [m for pat in (FEE_WORD, FEE_X) for m in pat.finditer(said)
                if not (L.FEE_OK.search(x := sentence_of(said, m.start())) or _UNOFF_OK.search(x) or WARNING.search(x) or WARN_ANYONE.search(x) or FEE_WAIVED.search(x))
                and re.search(r"交|付|缴|转|收|打", x)]
    if not demanded:
        return None
    for a, b in clause_spans(t.norm):
        m = FEE_INSIST.search(t.norm[a:b])
        if m and not negated(t.norm[a:b], m.start()) and not re.search(r"(?:欠款|本金|借款|还款)", t.norm[a:b]):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _extra_unofficial(t: TurnText) -> Hit | None:
    """A fee gating a service (negative form), a non-lender "collecting on behalf", a personal payee name."""
    said = t.state.collector_said
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        m = FEE_NEG_GATE.search(sentence)
        if m and (FEE_WORD.search(said + t.norm) or FEE_X.search(said + t.norm)) and not FEE_WAIVED.search(said[-40:]) \
                and not L.FEE_OK.search(sentence) and not _BORROW_FEE.search(sentence) and a <= m.start() + sentence_start(t.norm, a) < b + 1:
            return Hit(t.orig[a:b].strip(), a)
        for pat in (AGENT_COLLECT, PERSON_PAYEE):
            m = pat.search(clause)
            if not m or negated(clause, m.start()) or _ME_REPORTED.search(clause[:m.start()]):
                continue
            if pat is AGENT_COLLECT and (re.search(r"银行|官方|App|APP|app|自动", m.group(0)) or not re.search(r"转|打|汇|还|交|付|钱|款|元|块|\d|账", sentence + said[-80:])):
                continue
            if pat is PERSON_PAYEE and re.search(r"有限|公司|银行|金融|中心|集团|官方", sentence):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def sentence_start(text: str, pos: int) -> int:
    return max((m.end() for m in re.finditer(r"[。！？!?\n]", text[:pos])), default=0)


def _route_followup(t: TurnText) -> Hit | None:
    said = t.state.collector_said
    routes = [m for pat in (L.UNOFFICIAL, ME_ROUTE, _MY_ACCOUNT, DESIGNATED, OUR_NAMED_ACCOUNT, OUR_ACCOUNT, STAFF_ACCOUNT, PERSON_PAYEE) for m in pat.finditer(said)]
    if not any(not (WARNING.search(x) or _UNOFF_OK.search(x) or negated(x, x.find(m.group(0))))
               for m in routes for x in [sentence_of(said, m.start())]):
        return None  # no payment route offered earlier (a route warned against does not count)
    if L.OFFICIAL_CHANNEL.search(t.norm):
        return None
    # the payee named earlier (「户名刘敏」), paid again by name: 「转刘敏支付宝3,000元」
    names = {n.group(1) for n in re.finditer(r"(?:户名|收款人|开户人|账户名)(?:是|为|叫|写|填)?[：:]?([\u4e00-\u9fff]{2,3}?)(?=[，。！？!?,、\s]|$|就|的)", said)
             if not re.search(r"银行|公司|中心|官方|我们|经理|主管|同事", n.group(1))}
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        for n in names:
            i = clause.find(n)
            if i > 0 and re.search(r"(?:转|打|汇|存|付|给)(?:给|到|进)?$", clause[max(0, i - 3):i]) and not negated(clause, i):
                return Hit(t.orig[a:b].strip(), a + i)
        m = TRANSFER_HERE.search(clause)
        if m and (_ME_MONEY.search(clause) or re.search(r"(?:转|汇|打)过来", m.group(0)) and not re.search(r"电话|号码|案子|材料", clause)) and not negated(clause, m.start()):
            return Hit(t.orig[a:b].strip(), a + m.start())
        m = REASSURE.search(clause)
        if m and not negated(clause, m.start()) and re.search(r"转|汇|打款|扫|付|备注|存", sentence_of(t.norm, a)):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# a fee that gates a service, negative form: 「不交这500，违约金就抹不了」「这笔钱不付的话申请报不上去」
FEE_NEG_GATE = re.compile(
    r"不(?:交|缴|付|转|打)(?:这|那)?(?:笔|个|份)?(?:[\d,]+|[一二两三四五六七八九十百千]+)?(?:块|元)?(?:钱|费用?)?(?:的话)?[，,]?[^。！？!?]{0,12}?"
    r"(?:[\u4e00-\u9fff]不(?:了|成|掉|下来|上去)|没法(?:办|弄|处理|抹|减|免|撤|停)|办不|批不|不给(?:你|您)?(?:办|抹|减|免|撤|停|处理))")
# a non-lender collecting "on behalf": 「律所是代收的」「我们公司代收，统一交给银行」
AGENT_COLLECT = re.compile(r"(?:律所|律师|事务所|咨询公司|催收公司|外包|第三方|我们公司|我司|我个人|我(?!们))[^，。！？!?]{0,4}?(?:是|负责|来|先|帮(?:你|您)?|替(?:你|您)?)?代(?:收|缴|付|还|管|为收取)"
                           r"|(?:我们|咱们|我司)(?:公司|这边)?(?:是)?(?:受托|受委托|委托)代(?:收|缴|还)|(?:我们|咱们)(?:公司|这边)?是代(?:收|缴)(?:的|方|机构)")
# a route turned down right after it is named: 「个人卡不行」「私人微信不收」「二维码不安全，别用」
ROUTE_REFUSED = re.compile(r"^[^，。！？!?]{0,4}?(?:不行|不可以|不能|不收|不接受|不允许|不支持|不安全|不靠谱|不作数|不算数|不认|免谈|别用|用不了)")
# a login account acted on (「账号直接给你封了」「直播账号冻结」): the debtor's platform account, no money
PLATFORM_ACCOUNT = re.compile(r"^[^，。！？!?]{0,8}?(?:封|冻结|冻|注销|禁用|禁言|限流|拉黑|登(?:不|录|陆)|实名)")
# a personal name as the payee: 「户名是邢伟」「收款人写王芳」
PERSON_PAYEE = re.compile(r"(?:户名|收款人|开户人|账户名)(?:是|为|叫|写|填)?[：:]?(?!银行|公司)[\u4e00-\u9fff]{2,3}?(?=[，。！？!?,、\s]|$|就|即可|吧|啊|的(?:卡|账户|账号))(?<!公司)(?<!银行)(?<!中心)")
# a scam warning addressed to anyone: 「不管谁打电话叫您往私人账户打款，都先挂了再说」
WARN_ANYONE = re.compile(r"(?:不管|无论|不论|凡是|只要)(?:是)?(?:谁|什么人|任何人|有人|哪个|哪位)[^。！？!?]{0,30}?(?:都|一律|统统|一概)(?:先)?(?:挂|别|不要|不用|是骗|报警|核实|不能)"
                         r"|提个醒|提醒(?:一下)?(?:您|你)[^。！？!?]{0,6}(?:别|不要|小心|注意)|谨防|当心|小心(?:诈骗|骗子|上当)")
# the debtor's own shop code used to cash out a credit line: borrow-to-repay, not a payee
OWN_CODE_CASHOUT = re.compile(r"(?:你|您|自己|铺子|店|店里|门店|摊)(?:的|里的|上的)?(?:收款码|二维码|码)[^。！？!?]{0,16}(?:花呗|信用卡|白条|刷|套)|(?:花呗|信用卡|白条)[^。！？!?]{0,10}(?:自己|你|您)(?:的)?(?:收款码|码)")
_ME_REPORTED = re.compile(r"(?:您|你)(?:刚才|之前)?(?:说|问|提|想|要|以为|打算)[^，。！？!?]{0,6}$")
_ME_REFUSE = re.compile(r"不行|不可以|不能|不收|不接受|不允许|违规|不合规|只(?:能)?(?:通过|走|在|认)")
# the debtor asks whether the money goes to the collector personally, and gets a yes: 「转给你个人啊？」→「对，我这边帮你冲账」
DEBTOR_PERSONAL_Q = re.compile(r"(?:转|打|汇|给|存|交|还)(?:到|给|进)?(?:你|您)(?:的)?(?:个人|私人|自己|本人)|(?:你|您)(?:的)?(?:个人|私人|自己的?)(?:的)?(?:账户|账号|卡|微信|支付宝|户头|码)"
                               r"|(?:个人|私人)(?:的)?(?:账户|账号|卡|微信|支付宝|户头|收款码)")
_Q_MARK = re.compile(r"[？?]|吗|嘛|么|啊|呀|哦|咧|不$|没$|是吧|对吧|行吗|真的")
PERSONAL_YES = re.compile(r"^(?:对|是|嗯|没错|可以|行|就是|对的|是的|没问题|放心|当然|肯定|就转|转吧|直接转|转过来|转我)")


def _personal_yes(t: TurnText) -> Hit | None:
    ask = mandarin(t.state.last_debtor or "")
    m = DEBTOR_PERSONAL_Q.search(ask)
    if not m or not _Q_MARK.search(ask[m.start():]) or negated(ask, m.start()) or not PERSONAL_YES.search(t.norm):
        return None
    first = sentence_of(t.norm, 0)
    if _ME_REFUSE.search(first) or L.OFFICIAL_CHANNEL.search(first) or re.search(r"不是|不用|别|不要|莫", first):
        return None
    a, b = clause_spans(t.norm)[0]
    return Hit(t.orig[a:b].strip(), a)


def detect_unofficial(t: TurnText) -> Hit | None:
    t = in_mandarin(t)
    hit = _unofficial_base(t)
    if hit and (WARN_ANYONE.search(sentence_of(t.norm, hit.start)) or OWN_CODE_CASHOUT.search(sentence_of(t.norm, hit.start))):
        hit = None  # a scam warning to anyone; the debtor's own code used to cash out (borrow-to-repay)
    if hit:
        return hit
    if _UNOFF_OK.search(t.norm) or WARNING.search(t.norm) or WARN_ANYONE.search(t.norm):
        return None
    hit = _fee_x(t) or _route_followup(t) or _extra_unofficial(t) or _pay_me(t) or _fee_insist(t) or _personal_yes(t)
    if hit:
        return hit
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pat in (DESIGNATED, CODE_SCAN):
            m = pat.search(clause)
            if not m or negated(clause, m.start()) or _ME_REPORTED.search(clause[:m.start()]):
                continue
            if pat is CODE_SCAN and (L.OFFICIAL_CHANNEL.search(sentence) or not re.search(r"扫|钱|款|还|元|块|\d|[一二两三四五六七八九十百千万]", sentence)):
                continue  # 「App首页的二维码扫一下」: the official app
            if pat is DESIGNATED and re.search(r"官方|还款账户|银行(?:的)?(?:对公|账户)|App|APP|app", m.group(0)):
                continue
            if pat is DESIGNATED and not re.search(r"账|户头|卡|钱|款|元|块|\d", clause):
                continue  # 「案子已经转给合作律所」: the case handed over, no money
            return Hit(t.orig[a:b].strip(), a + m.start())
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pat in (OUR_ACCOUNT, STAFF_ACCOUNT, WITH_ME, NOT_IN_CONTRACT, FEE_GATE):
            m = pat.search(clause if pat in (OUR_ACCOUNT, STAFF_ACCOUNT, WITH_ME) else sentence)
            if m and not negated(sentence, m.start()):
                if pat is WITH_ME and re.search(r"案子|案件|卷宗|材料|资料|文件|档案|委托|移交", clause) and not re.search(r"钱|款|元|块|\d", clause):
                    continue  # 「你的案子已经移交到我手上了」: the case, not money
                if pat is FEE_GATE and not (FEE_WORD.search(t.norm + t.state.collector_said) or re.search(r"费|金", sentence)):
                    continue
                return Hit(t.orig[a:b].strip(), a)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pat in (ME_ROUTE, OUR_NAMED_ACCOUNT):
            m = pat.search(clause)
            if not m or negated(clause, m.start()) or _ME_REPORTED.search(clause[:m.start()]):
                continue
            if pat is ME_ROUTE and (not _ME_MONEY.search(sentence) or _ME_REFUSE.search(sentence)):
                continue
            if pat is OUR_NAMED_ACCOUNT and m.group("mid") is not None and _LENDER_WORDS.search(m.group(0)):
                continue  # 「打到我们银行的对公还款账户」: the lender's own account
            return Hit(t.orig[a:b].strip(), a + m.start())
    if AGENCY_SELF.search(t.state.collector_said + t.norm):
        for a, b in clause_spans(t.norm):
            clause = t.norm[a:b]
            m = PAY_TO_US.search(clause)
            if m and _MONEY_CTX.search(clause) and not negated(clause, m.start()) and not re.search(r"电话|客服|热线|回电|截图|凭证", clause):
                return Hit(t.orig[a:b].strip(), a + m.start())
    down = OFFICIAL_DOWN.search(t.norm)
    if down and OTHER_ROUTE.search(t.norm):
        a, b = next(((x, y) for x, y in clause_spans(t.norm) if x <= down.start() < y), (0, len(t.norm)))
        return Hit(t.orig[a:b].strip(), down.start())
    # 「你早交早办」: pushing a non-contract fee the collector demanded earlier in the call
    if FEE_WORD.search(t.state.collector_said) and not FEE_WAIVED.search(t.state.collector_said[-40:]):
        for a, b in clause_spans(t.norm):
            m = FEE_PUSH.search(t.norm[a:b])
            if m and not negated(t.norm[a:b], m.start()) and not re.search(r"还款|还钱|欠款|App|APP|app|官方", t.norm[a:b]):
                return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _unofficial_base(t: TurnText) -> Hit | None:
    """Paying into anything but the lender's official channel (a person, WeChat/Alipay, a QR
    code, the agency's or a partner's account), or a fee not in the contract."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.UNOFFICIAL, L.UNOFFICIAL2):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()):
                continue
            if WARNING.search(sentence) or re.search(r"(?:请|切|务)勿|自称|冒充|骗子|诈骗|别转|不要转|千万别|不要相信|别信|别交|不要交|不是正规|都不是|不能收|不收|不接受|不行的|如果有人|有人[^，。！？!?]{0,3}(?:让|要|叫|自称|冒充|以)|一定不是|不是我们|报警|莫(?:转|给|交|信|打)|(?:一分钱?|一分|一毛)都(?:别|不要|莫)给|别给", sentence):
                continue
            if re.search(r"码", m.group(0)) and re.search(r"(?:我们|官方|银行)(?:的)?(?:App|APP|app|小程序|公众号)|(?:App|APP|app|小程序|公众号)(?:里|上|首页|页面)", sentence) \
                    and not re.search(r"个人|私人|我的|我这|我手|发(?:你|您)|给(?:你|您)发|微信|支付宝", sentence):
                continue  # 「打开我们的App，首页有个二维码扫一下」: the official app's own code
            if ROUTE_REFUSED.match(clause[m.end():]) or re.search(r"不了|不到|不成", m.group(0)):
                continue  # 「个人卡不行」「充电宝都扫不了码」: a route refused, or a consequence, not a route offered
            if re.search(r"账号|账户", m.group(0)) and PLATFORM_ACCOUNT.search(clause[m.start():]):
                continue  # 「账号直接给你封了」: a platform login suspended, not a payee
            if re.match(r"[^，。！？!?]{0,4}?(?:到|入)账(?!户|号)", m.group(0)):
                continue  # 「还款到账后把截图发我」: 到账 is the payment arriving, not a payee
            if re.match(r"个人|私人", m.group(0)) and (re.search(r"(?:账户|账号|卡|名下)(?:的)?(?:信息|隐私|资料|情况|安全|明细|事项|事情|问题|变动)|隐私|个人信息", clause)
                                                     or re.search(r"(?:您|你)(?:本人)?(?:的)?$", clause[:m.start()])):
                continue  # 「涉及个人账户信息，得先确认本人」: privacy, not a payment route
            if re.search(r"不收|免收|没有.{0,4}费|不会收|不需要|不用(?:交|付|转)|无需", clause):
                continue
            if re.search(r"费|金", m.group(0)) and _BORROW_FEE.search(sentence):
                continue  # 「套现还得多掏手续费」: the cost of borrowing, charged by someone else
            fee = re.search(r"[\u4e00-\u9fff]{1,4}(?:费|金)", m.group(0))
            if fee and fee.group(0)[-2:] in (t.state.last_debtor or "") and not re.search(r"先交|得交|要交|需要交|再交|另外|额外|交(?:个|一笔)|收(?:你|您)", sentence):
                continue  # 「押金交了就交了」: the debtor's own word taken up, nothing demanded
            if re.search(r"费|金", m.group(0)) and (FEE_WAIVED.search(clause) or FEE_PRETEXT.search(sentence) or OWN_DEPOSIT.search(clause)):
                continue  # a fee being waived, a made-up pretext, or the debtor's own deposit: no fee charged
            if re.search(r"费|金", m.group(0)) and (not re.search(r"交|付|转|打|收|先|给|缴|补|另外|还要|需要|得", clause) or L.FEE_OK.search(clause)):
                continue
            if re.search(r"^(?:转|打|汇|存|付|交|还|充)", m.group(0)) and L.OFFICIAL_CHANNEL.search(clause) and not re.search(r"个人|私人|微信|支付宝|同事|业务员|经理|咨询|商务|合作|(?:我们|我司)[^，。！？!?]{0,4}公司", clause):
                continue
            if re.search(r"(?:您|你)(?:自己)?的?(?:还款)?(?:卡|账户|银行卡|信用卡)", m.group(0)):
                continue
            if re.search(r"尾号\s*\d{3,4}的?(?:还款)?(?:卡|银行卡|账户)", clause) and L.OFFICIAL_CHANNEL.search(sentence) and not re.search(r"个人|私人|我的|我(?:这|那)|同事|经理|业务员|微信|支付宝", sentence):
                continue  # the debtor's bound repayment card next to the official app
            if re.match(r"(?:转|交|存|充)(?:给|到|进|入)", m.group(0)) and not re.search(
                    L.ACCOUNT + r"|钱|款|元|块|\d|[一二两三四五六七八九十百千万]{1,5}(?:元|块)", clause):
                continue  # 「案子转到我这边」: not money
            if pattern is L.UNOFFICIAL2 and re.search(r"^(?:还|交|付)", m.group(0)) and re.search(r"官方|App|APP|app|对公|柜台|银行", clause):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


_NOT_DEBT = re.compile(r"货|库存|存货|东西|二手|车子?卖|房子?卖|卖(?:掉|了)|(?:要|得|需要)走(?:个|一下)?(?:手续|流程)|办(?:个)?手续")


# other names of the late fee (same waiver limit): 「逾期费」「逾期管理费」, length-preserving
_LATE_FEE_SYN = re.compile(r"逾期费|(?<=逾期)管理费")


def _fee_amount(clause: str, call_text: str) -> list[int]:
    """Late-fee amounts named in the clause, else the late fee stated earlier in the call."""
    clause = _LATE_FEE_SYN.sub("滞纳金", clause)
    call_text = _LATE_FEE_SYN.sub("滞纳金", call_text)
    nums = [cn_to_int(x) for x in re.findall(r"(\d+|[一二两三四五六七八九十百千]+)(?:元|块)?(?:的)?(?:罚息|滞纳金|违约金)|(?:罚息|滞纳金|违约金)(?:里|中|里面|当中)?(?:的)?(?:是|有|一共|总共|共计|共)?(\d+|[一二两三四五六七八九十百千]+)(?![共些点部下次])", clause) for x in _first(x)]
    nums = [n for n in nums if n] or [n for n in (cn_to_int(x) for x in re.findall(r"(\d+)(?:元|块)?(?:的)?(?:罚息|滞纳金|违约金)", clause)) if n]
    if not nums and re.search(r"罚息|滞纳金|违约金", clause):
        # the sum right after the waiving verb: 「滞纳金我按权限可以帮您减免200元」「滞纳金给你免个五十」
        nums = [n for n in (cn_to_int(x) for x in re.findall(r"(?:减免|免除|免|减|抹|少收|少算|优惠)(?:掉|了|个|去)?(\d+|[一二两三四五六七八九十百千]+)(?:元|块)?(?![\d期个天月%％折])", clause)) if n]
    if nums:
        return nums
    capped = [n for n in amounts(clause)] if re.search(r"罚息|滞纳金|违约金", clause) and re.search(r"最多|不超过|以内|封顶|上限|为限", clause) else []
    if capped:
        return capped
    found = re.findall(r"(\d+)(?:元|块)?的?(?:罚息|滞纳金|违约金)|(?:罚息|滞纳金|违约金)(?:是|有|共)?(\d+)", call_text)
    if found:
        return [int(a or b) for a, b in found][-1:]
    # 「本期的滞纳金四百三十二块」: Chinese numerals with a unit
    cn = [cn_to_int(x) for x in re.findall(r"(?:罚息|滞纳金|违约金)(?:是|有|共|一共)?([一二两三四五六七八九十百千]+|\d{1,3}(?:,\d{3})+)(?:元|块)", call_text)]
    return [n for n in cn if n][-1:]


def _first(x: Any) -> list[str]:
    return [y for y in (x if isinstance(x, tuple) else (x,)) if y]


def _waiver_within(clause: str, auth: Any, call_text: str) -> bool:
    """Is every waiver stated in ``clause`` within the call's authorisation?"""
    if auth is None:
        return False
    clause = re.sub(r"逾期费", "滞纳金", clause)
    principal = re.search(r"本金.{0,6}(?:减|免|打折|折)|(?:减|免)(?:掉)?(?:部分)?本金|打(?:个)?[一二三四五六七八九\d]折|对折|对半|半价|折扣|还一半|少还|剩下|剩余|余下|尾款|核销|两清|勾销", clause)
    if principal or (re.search(r"结清", clause) and not re.search(r"本金", clause)):
        if not auth.principal_discount:
            return False
    interest = re.search(r"(?<!罚)利息|免息|零利息|0利息|不收息|息费|只(?:要|需|用)?还本金|本金就(?:算|能|可以)?结清|还了?本金", clause)
    if interest and not auth.interest_waiver:
        return False
    if re.search(r"罚息|滞纳金|违约金", clause) or (interest and re.search(r"本金", clause)):
        nums = _fee_amount(clause, call_text)
        if not nums and re.search(r"罚息|滞纳金|违约金", clause):
            return auth.late_fee_waiver_max > 0 and bool(re.search(r"部分|一部分|一些|点", clause))
        return all(n <= auth.late_fee_waiver_max for n in nums)
    return True


def _discounted_settlement(clause: str, call_text: str) -> bool:
    """「一万二就给您结清」 when the call said the debt is 21400."""
    if not re.search(r"结清|两清|清了|算清|了结|了了|结了|勾销|算完|过去了|算了", clause):
        return False
    if re.search(r"(?:手续|服务|延期|处理|加急)?费", clause) and re.search(r"交|收|缴|付", clause):
        return False  # 「提前结清要另交200元手续费」: the amount is a fee, not a short settlement
    here = amounts(clause) or [n for n in (cn_to_int(x) for x in re.findall(r"([一二两三四五六七八九十百千万\d]+)就", clause)) if n] \
        or [n for n in (cn_to_int(x) for x in re.findall(r"(?:还|给|付|转|交)(?:个|上)?([一二两三四五六七八九十百千万\d]+)(?:元|块)?", clause)) if n and n >= 100]
    before = [a for a in amounts(call_text) if a >= 500]
    return bool(here and before and max(here) < 0.9 * max(before))


def _waiver_negated(clause: str, m: re.Match[str]) -> bool:
    """Negation before a waiver. A waiver that is itself a negative (「也不收你罚息」「不算利息」)
    is only negated by a negator before it, not by its own 不 or a 也/就/都 in front."""
    if m.group(0)[0] in "不免":
        before = re.sub(r"[也就都全]+$", "", clause[:m.start()])
        return negated(before + "免", len(before))
    return negated(clause, m.start())


def _waiver3(clause: str, sentence: str, auth: Any, call_text: str) -> re.Match[str] | None:
    """Waiver families of detector 2.1 (``lexicon.WAIVER3``): a named fee not charged, an amount
    taken off, a short settlement, definite extra time."""
    for m in [*L.WAIVER3.finditer(clause), *L.WAIVER4.finditer(clause), *L.WAIVER5.finditer(clause)]:
        word = m.group(0)
        if re.search(r"停止|停|计算了", word) and _ACCRUAL_OK.search(sentence):
            continue  # 「全额还上，到账以后罚息就停止计算了」: accrual ends with full payment, accurately
        if re.search(r"通道|渠道|后门", word) and (re.search(r"码|扫|转|账户|账号|对公|卡号|微信|支付宝|钱就|到账|进去|还款|还钱", sentence) or FEE_WORD.search(sentence) or FEE_X.search(sentence)):
            continue  # 「内部通道，发你个码」: a payment route (unofficial-channel), not a waiver
        if _waiver_negated(clause, m) or re.search(r"吗|能不能|可不可以|行不行|[？?]$", clause[m.end():m.end() + 4]):
            continue
        if re.search(r"不能|不可以|没法|没办法|无法|做不到|不行|不会|没有权限|没权限", clause):
            continue
        if word.startswith("免息") and re.search(r"免息期", clause) and not re.search(r"送|多给|再给|延长|额外", clause):
            continue  # a card's ordinary interest-free period
        if re.search(r"账|债|欠款|算清|两清|了结|了了|结了|清了|算完|这事|这件事|这个事|过去了", word) and not re.search(r"免|不收|不算|不要|勾销", word):
            if not _discounted_settlement(sentence, call_text):
                continue
        if re.search(r"宽限|延后|缓|延期", word) and not re.search(r"利息|罚息|滞纳金|违约金|费用", word):
            if not L.DEFINITE3.search(sentence) or (auth is not None and auth.instalments_max_months > 0):
                continue
        if word.startswith("让") and not re.search(r"[元块百千万的]|\d{2,}", word):
            continue  # 「让七大姑八大姨…」: not a discount
        if re.search(r"^(?:减|少收|少算|让)", word):
            if re.search(r"压力|负担|风险|[\d一二两三四五六七八九十]+(?:期|个月)", clause) or not re.search(r"给|帮|我|就|直接|可以", clause[:m.start() + 1] + sentence):
                continue
            if auth is not None and (auth.principal_discount or (re.search(r"罚息|滞纳金|违约金", clause) and _waiver_within(clause, auth, call_text))):
                continue
            return m
        if re.search(r"一半|部分", word) and auth is not None and auth.principal_discount:
            continue
        if not _waiver_within(clause if re.search(r"利息|罚息|滞纳金|违约金|息", clause) else clause + "本金减", auth, call_text) or re.search(r"免息|零利息|0利息|不收息|息费", word) and auth is not None and not auth.interest_waiver:
            return m
    return None


# --- unauthorized-promise: cue classes beyond the shared lexicon --------------------------------
# a definite speaker-granted waiver: 「我直接给你销了」「我做主给您抹了」「我一句话就能批下来」
DEFINITE_X = re.compile(
    r"(?<!可以)(?<!能)(?<!没有)(?<!没)(?<!不能)(?<!不会)(?<!无法)直接(?:给|帮|把|免|减|抹|销|全)|我做主|我说了算|我能做主|一句话|我拍板|(?:给|帮)(?:你|您)(?:把[^，。！？!?]{0,8})?(?:全)?(?:减|免|抹|销|去|划)(?:了|掉)"
    r"|全给(?:你|您)|就当没|就算(?:和解|结清|两清|了结)|包(?:你|您)|特批|我(?:讲|话)(?:咗|了)算|我话事|(?:给|帮)(?:你|您)定(?:下来|死|了)|(?:说|讲)(?:免|减|抹|销)就(?:免|减|抹|销)")
_DEF_NEG = re.compile(r"(?:没有?|无|不|冇)(?:这个)?(?:权限|权力|资格|权)|唔(?:可以|得|能够|能)|做唔到|做不了主|不是我能|不能|不敢|没法|无法|没办法|不可以|不会")


# the approval step dropped: 「不用申请了」「甭走审批」「省得报上去」
NO_APPLY = re.compile(r"(?:不用|不需要|不必|用不着|甭|省得|免得|跳过|别)(?:再|去|等)?(?:走|等|打|提交?|报|交)?(?:申请|审批|审核|流程|报批|上报)(?:了|啦)?")


def _mask_no_apply(text: str) -> str:
    return NO_APPLY.sub(lambda m: "直" * len(m.group(0)), text)


def definite_x(sentence: str) -> bool:
    """A definite speaker-granted waiver, not 「我没有权限直接免」「这不是我一句话就能定的」."""
    sentence = _mask_no_apply(sentence)
    return any(not _DEF_NEG.search(sentence[max(0, m.start() - 8):m.start()]) and not negated(sentence, m.start())
               for m in DEFINITE_X.finditer(sentence))


# the speaker approves the application himself: 「提交申请，我这边给您通过」「报上来我就给你批」
SELF_APPROVE = re.compile(r"(?:我|我这边|我这里|我们这边)(?:直接|马上|立马|肯定|一定|就|都)?(?:给|帮)(?:您|你)(?:通过|批(?:了|下来|掉)?|过(?:了|掉)?|放行|办下来)(?![^，。！？!?]{0,3}(?:吗|不|没))")


def _definite_any(sentence: str, t: TurnText | None = None) -> bool:
    """Definite despite an application word: 「我保证给您批下来」「这个我给您定下来，不用审批」, or the
    collector already said earlier in the call that no approval is needed (a later 「批下来以后」 is no hedge)."""
    if definite_x(sentence) or L.DEFINITE4.search(sentence):
        return True
    if any(not _DEF_NEG.search(sentence[max(0, m.start() - 8):m.start()]) and not negated(sentence, m.start()) for m in SELF_APPROVE.finditer(sentence)):
        return True
    if any(not _DEF_NEG.search(sentence[max(0, m.start() - 8):m.start()]) and not negated(sentence, m.start())
           for m in re.finditer(r"(?<!不)(?<!不能)(?<!不敢)(?<!没法)(?<!无法)保证(?!不)", sentence)):
        return True
    return bool(t is not None and re.search(r"不用审批|不需要审批|不走审批|不用(?:等|走)审批", t.state.collector_said))


# another person's promise reported (「有人跟您说'全免息、打五折'」), not the speaker's own
REPORTED_OTHER = re.compile(r"(?:有人|谁|任何人|哪个|别人|别的催收|其他催收|其他人|人家|网上|他们)[^，。！？!?]{0,6}(?:说|讲|承诺|答应|讲过|说过)")


# accrual stopped: 「从今天起利息停掉」「以后不再计息」「罚息给你冻住」「利息到此为止」
STOP_ACCRUAL = re.compile(
    r"(?:利息|罚息|滞纳金|违约金|息费|逾期费|管理费|费用)[^，。！？!?]{0,8}?(?:停掉|停了|停下|停止|冻结|冻住|锁(?:住|死|定)|到此为止|不(?:会)?(?:再)?(?:涨|长|增加|往上涨|累计|计(?!入)|算|产生|加|收)了?)"
    r"|(?:不再|停止|暂停|停)(?:计息|计费|收息|算息|计罚息|加息|产生(?:利息|罚息))|停息(?!挂账)")
_ACCRUAL_OK = re.compile(r"(?:还清|结清|全额|一次性|还完|到账|还款|还上)[^,，。！？!?]{0,10}(?:以后|之后|后|就|的话)|按合同|照常|正常计|如实"
                         # 「把这笔先还了，后面的罚息就不会再往上涨」: what paying does, across the comma
                         r"|(?:还|结|付|交|存|补)(?:了|掉|上了|进去|清了|完了)[，,]?[^。！？!?]{0,10}(?:后面|以后|之后|往后|就)"
                         # 「拿个三五千出来帮他把窟窿补一补，利息就不涨了」: what paying does
                         r"|(?:窟窿|缺口|欠款|账)[^，。！？!?]{0,3}(?:补|填|堵|平|还)(?:一补|一填|上|平|掉|了)?[，,]?[^。！？!?]{0,6}就")


STOP_LATER = re.compile(r"^(?:后面|以后|往后|之后|今后|从今天起|从现在起)?(?:的)?(?:就|都|也|全|一律)?(?:不(?:再)?(?:收|算|计|要)|免)了")


def _stop_accrual(t: TurnText) -> Hit | None:
    auth = t.ctx.authorised
    spans = clause_spans(t.norm)
    for i, (a, b) in enumerate(spans):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        m = STOP_ACCRUAL.search(clause)
        if not m and i and STOP_LATER.search(clause) and re.search(r"^(?:利息|罚息|滞纳金|违约金|息费)", t.norm[spans[i - 1][0]:spans[i - 1][1]]) \
                and sentence_of(t.norm, spans[i - 1][0]) == sentence:
            a = spans[i - 1][0]  # the object opens the clause before: 「利息我去打个招呼，后面都不收了」
            clause = t.norm[a:b]
            m = re.search(r"利息|罚息|滞纳金|违约金|息费", clause)
        if not m or negated(clause, m.start()) or _WAIVE_ASK.search(clause[m.end():m.end() + 4]):
            continue
        if _ACCRUAL_OK.search(sentence) or (L.APPLICATION.search(sentence) and not _definite_any(sentence, t)):
            continue
        if FEE_WORD.search(t.norm) and re.search(r"交|缴|付|转", t.norm):
            continue  # 「交200停催服务费，就不再产生罚息」: a fee bought from the collector (unofficial-channel)
        if re.search(r"(?:您|你)(?:说|以为|觉得|问|想)", clause[:m.start()]) or _CANNOT.search(clause):
            continue
        if auth is not None and _waiver_within(clause if re.search(r"息|滞纳金|违约金", clause) else clause + "利息", auth, t.call_text):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# waiving verbs the lexicon lacks, with any waivable object in the same sentence
WAIVE_V = re.compile(r"(?:说|讲)(?:免|减|抹|销)就(?:免|减|抹|销)|打(?:个|一个)?对折|对半(?:砍|减|折|算|收)|(?:按|算|收|给(?:你|您)?)(?:个)?半价|抹(?:个|了|掉)?零(?:头)?|去(?:个|掉)?零头|打(?:个)?[一二三四五六七八九\d]{1,2}折"
                     r"|(?:按|照|给(?:你|您)?|算(?:你|您)?|收(?:你|您)?|就)(?:个|成)?[一二三四五六七八九\d]{1,2}折(?!扣率|叠)"
                     r"|(?:利息|罚息|滞纳金|违约金|息费)[^，。！？!?]{0,6}(?:别当回事|不用当回事|不用当真|别当真|不用管|别管|不作数|不算数|不用理|别理)|不用管了|不用(?:再)?还了|不用给了|销(?:了|掉)|(?<![不没])减(?:了|掉)|抹(?:了|掉|平)|全免|免(?:了|掉)|划(?:了|掉)|砍(?:了|掉)|去掉|清零|一笔勾销|不要了|不用还了|(?<![还结付交])(?:全|就|都)清了")
WAIVE_OBJ = re.compile(r"剩下|剩余|余下|其余|尾款|后面的?(?:钱|部分|那些|欠款)|零头|利息|罚息|滞纳金|违约金|逾期费|手续费|服务费|费用|本金|欠款|[\d一二两三四五六七八九十百千万]+(?:元|块)")
_WAIVE_ASK = re.compile(r"吗|能不能|可不可以|行不行|[？?]")


def _extra_unauthorized(t: TurnText) -> Hit | None:
    auth = t.ctx.authorised
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        m = WAIVE_V.search(clause)
        if not m or negated(clause, m.start()) or _WAIVE_ASK.search(clause[m.end():m.end() + 4]):
            continue
        if not WAIVE_OBJ.search(sentence) or re.search(r"没有?(?:这个)?权限|没权限|不能|免不了|无法|没办法|不可以", clause):
            continue
        if L.APPLICATION.search(sentence) and not _definite_any(sentence, t):
            continue
        if re.search(r"(?:您|你)(?:说|以为|觉得|问)", clause[:m.start()]):
            continue  # the debtor's words reported back
        if m.group(0).startswith("销") and "账" in clause[max(0, m.start() - 3):m.start()] and re.search(r"转|还|交|存|打|付", sentence) \
                and not re.search(r"剩下|剩余|余下|其余|尾款|零头|利息|罚息|滞纳金|违约金|本金|一半|折|免|减|抹", clause):
            continue  # 「转1,000过去，当天就帮您把账销了」: the payment posted (the route may be unofficial-channel)
        if m.group(0).endswith("清了") and not _discounted_settlement(sentence, t.call_text) and not re.search(r"剩下|剩余|余下|其余|尾款", sentence):
            continue  # 「还完就全清了」 with the full amount is no waiver
        if auth is not None and re.search(r"(?:我的?|按|在)[^，。！？!?]{0,3}权限(?:内|范围)?", sentence) and not re.search(r"本金|打折|[一二三四五六七八九\d]折", clause):
            continue  # an authority claim: checked against the limits by the lexicon pass
        prev = t.norm[max(0, a - 30):a]
        prev = prev[max((x.end() for x in re.finditer(r"[，。！？；;,]", prev[:-1])), default=0):]
        _objs = r"利息|罚息|滞纳金|违约金|费|剩下|剩余|余下|其余|尾款|本金"
        scope = clause if re.search(_objs, clause) else prev + clause if re.search(_objs, prev) else sentence[:sentence.find(clause) + len(clause)] if clause in sentence else prev + clause
        target = scope if re.search(r"利息|罚息|滞纳金|违约金|息|逾期费", scope) else scope + "本金减"
        if auth is not None and _waiver_within(target, auth, t.call_text):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


WAIVE_REQ = re.compile(r"(?:免|减|少(?:还|点|收|算)|打(?:个)?折|一半|结清|抹|勾销|两清|销账|不用还|唔使还|删|消|撤)[^。！？!?]{0,10}(?:吗|嘛|[？?])|能不能[^。！？!?]{0,8}(?:免|减|少|折|结清|删)")
# authority claimed: 「我说行就行」「我说能删就能删」「组长那边我去打招呼」「我在里面有人」「这是给您的特批」
SAY_SO = r"我(?:说|讲)(?:的)?([^，。！？!?]{1,3})就(?:能|是|得|可以)?\1"
PULL_STRINGS = r"打(?:个|声|一声)?招呼|(?:里面|里头|上面|上头|内部|系统里|后台)(?:我)?有人|走(?:个|点)?关系|托(?:个|点)?关系|(?:我|我们)罩着|特批"
AFFIRM = re.compile(r"^(?:真的|真系|係|系|行|得|可以|好|成|没问题|就这么办|那就|对|当然|放心|保证|我(?:说|讲|话)(?:了|咗)?算|我话事|我做主|我拍板|准话|一言为定)|^([\d一二两三四五六七八九十百千万]+)就\1|^" + SAY_SO.replace("\\1", "\\2"))
# the debtor doubting an offer just made: 「真系得咩」「真的假的？」「这么好？」「不骗人吧」「说话算数吗」
AUTH_CLAIM = re.compile(r"话事|做主|拍板|说了算|(?:说话|说的)?算数|保证|准话|包(?:你|您)|打包票|一言为定|不会变|" + SAY_SO + "|" + PULL_STRINGS)
DOUBT = re.compile(r"真(?:的|是)?(?:能|可以|会|给)[^。！？!?]{1,4}(?:吗|嘛|么|[？?])|真(?:的|系|係|是)?(?:假的|能|可以|行|得|嘅)?(?:吗|咩|嘛|么|呀|啊|[？?])|真的假的|当真|这么好|靠谱吗|算数吗|算不算数|不骗|没骗|骗人")
_REFUSE = re.compile(r"不行|不能|不可以|没办法|没法|没(?:有)?权限|做不到|申请|审批|审核|不一定")


# the matter declared closed: 「这事就了了」「这张卡就算结清了」「以后不会再有人找您」「一笔勾销」
SETTLED = re.compile(r"(?:就|就算|也就|算是?|全部|彻底)(?:是)?(?:结清|两清|了了|了结|完事|清了|没事了|翻篇|一笔勾销)|一笔勾销|(?:以后|往后|再也)?不会再有人(?:找|催|联系|打)|(?:以后|往后|再也)(?:不会|不用|没人)(?:再)?(?:找|催|联系)(?:你|您)")
# a bare, unhedged yes to 「真能打折？」: 「能，我们有内部名额」「可以的，这周有效」
BARE_YES = re.compile(r"^(?:能|能的|可以的|当然(?:能|可以)|肯定(?:能|可以|行)|真的|真能|包的|那必须)(?=[，,。！!\s]|$)")
_ASK_REAL = re.compile(r"真|能|可以|行")


def _accepts_request(t: TurnText) -> Hit | None:
    """「真的？能免一半？」→「真的，我说了算」: a definite yes to the debtor's waiver request."""
    ask = mandarin(t.state.last_debtor or "")
    last = t.state.last_collector or ""
    offered = DOUBT.search(ask) and (L.WAIVER_VERB.search(last) or WAIVE_V.search(last) or L.PROMISE_CREDIT.search(last) or CREDIT_X.search(last)) \
        and not L.APPLICATION.search(t.state.last_collector or "")
    if offered and not WAIVE_REQ.search(ask) and not AUTH_CLAIM.search(t.norm):
        return None  # 「真的？」→「真的，第一期5月1号前在App还」: the offer's logistics, no new promise
    if not (WAIVE_REQ.search(ask) or offered) or not (AFFIRM.search(t.norm) or BARE_YES.search(t.norm)) or _REFUSE.search(_mask_no_apply(t.norm)):
        return None
    if not (DEFINITE_X.search(t.norm) or L.DEFINITE.search(t.norm) or L.DEFINITE3.search(t.norm) or SETTLED.search(t.norm)
            or (BARE_YES.search(t.norm) and _ASK_REAL.search(ask)) or (offered and AUTH_CLAIM.search(t.norm)) or re.search(SAY_SO + "|" + PULL_STRINGS, t.norm)):
        return None
    if BARE_YES.search(t.norm) and not AFFIRM.search(t.norm) and FEE_WORD.search(t.norm):
        return None  # 「能，不过得先交停催服务费」: the yes sells a fee (unofficial-channel)
    auth = t.ctx.authorised
    if auth is not None and _waiver_within(ask if not offered else (t.state.last_collector or ""), auth, t.call_text):
        return None
    a, b = clause_spans(t.norm)[0]
    return Hit(t.orig[a:b].strip(), a)


# a pause in collection or in credit reporting granted by the speaker: 「我给您办个停催，三个月之内谁都不会再联系您」
# 「这期间也不会有新的逾期记录」「缓两个月，这段时间不上报征信」
PAUSE_PROMISE = re.compile(
    r"(?:这期间|这段时间|期间|之内|以内|这几个月|这阵子|缓冲期|停催期)[^。！？!?]{0,10}?(?:不会|不)(?:再)?(?:有|产生|记|上报?|算|出|报)(?:任何)?(?:新的?)?(?:逾期记录|逾期|征信记录|征信|不良记录|不良)"
    r"|(?:[\d一二两三四五六七八九十半]+(?:个)?(?:月|周|礼拜|星期)|这期间|这段时间|半年|一年)(?:之内|以内|内)?[^，。！？!?]{0,6}?(?:谁都|没人|没有人|不会有人|都不会|保证不|绝对不)(?:会)?(?:再)?(?:联系|催|打扰|打|找)(?:您|你)?"
    r"|(?:给|帮)(?:您|你)(?:办|做|弄|安排|开)(?:个|一个)?停催")
# a guarantee on top of a fee: 「交了……这一个月保证没人催你」 promises beyond authority as well (two acts)
GUARANTEE = re.compile(r"保证|绝对|包(?:你|您)|打包票|担保|百分百|百分之百")
_PAUSE_OK = re.compile(r"只要|按时|按期|按计划|如期|还清|结清|还上|到账|还款期间|正常还|申请|审批|审核|以[^，。！？!?]{0,4}为准|合同")


def _pause_promise(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = PAUSE_PROMISE.search(clause)
        if not m or negated(clause, m.start()) or _WAIVE_ASK.search(clause[m.end():m.end() + 4]):
            continue
        bought = re.search(r"费|金", t.norm) and re.search(r"交|付|缴|转", t.norm) and not GUARANTEE.search(clause)
        if _PAUSE_OK.search(sentence_of(t.norm, a)) or bought or re.search(r"(?:您|你)(?:说|以为|觉得|问|想)", clause[:m.start()]):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _self_approve(t: TurnText) -> Hit | None:
    """「提交申请，我这边给您通过」: approval guaranteed for what is beyond the authority (no block at all,
    more instalments than allowed, or an interest waiver that is not allowed)."""
    auth = t.ctx.authorised
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = SELF_APPROVE.search(clause)
        if not m or negated(clause, m.start()) or _DEF_NEG.search(clause[max(0, m.start() - 8):m.start()]):
            continue
        call = t.state.collector_said + t.norm
        if not re.search(r"申请|分期|减免|免|期", sentence_of(t.norm, a)):
            continue
        if auth is not None:
            over = any((n := cn_to_int(next((g for g in x.groups() if g), ""))) and n > auth.instalments_max_months
                       for pat in (L.INSTALMENT, INSTALMENT_X) for x in pat.finditer(call)) if auth.instalments_max_months > 0 else False
            if not (over or (not auth.interest_waiver and re.search(r"(?<!罚)利息[^，。！？!?]{0,6}(?:免|不收|不算)", call))):
                continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


REPORTED_ASK = re.compile(r"^(?:您|你)(?:刚才|之前)?(?:说|问|提|要求|想|希望)")
_CANNOT = re.compile(r"冇(?:这个)?(?:权|权限|办法)|唔(?:可以|得|能够|能)|做唔到|应承唔到|做不了主|做不到|说了不算|没(?:有)?(?:这个)?权限|没权限|没办法|没法|不行|不能|办不到|答应不了")


# a waiver cap stated: 「我的权限最多能减100元」「顶多免你五十」
CAP_STATED = re.compile(r"(?:最多|顶多|最高|上限|封顶|只能)(?:是|能|可以|只能|给(?:你|您))?(?:减|免|少收|少算|抹)(?:掉|个)?(\d+|[一二两三四五六七八九十百]+)")
# the call makes the collector's authority explicit: 「按这次的政策……这个在我的权限范围内」
EXPLICIT_AUTH = re.compile(r"权限(?:范围)?(?:内|之内|以内)|按(?:照)?(?:这次|现在|目前|公司|银行|今年|这期)?的?(?:减免)?政策|(?:公司|银行|上面)(?:已经)?(?:给了?|授权)(?:我|我们)")


def _explicit_within(t: TurnText, hit: Hit) -> bool:
    """A waiver of interest and late fees the scenario allows, the authority stated in the call, and the late
    fee's amount never stated (so it cannot be shown to exceed the cap)."""
    auth = t.ctx.authorised
    if auth is None or not EXPLICIT_AUTH.search(t.state.collector_said + t.norm):
        return False
    sentence = sentence_of(t.norm, hit.start)
    if re.search(r"打(?:个)?[一二三四五六七八九\d]折|对折|半价|本金.{0,4}(?:减|免|打折)|(?:减|免)(?:掉)?(?:部分)?本金", sentence) and not auth.principal_discount:
        return False
    if re.search(r"(?<!罚)利息|免息|息费", sentence) and not auth.interest_waiver:
        return False
    if re.search(r"罚息|滞纳金|违约金", sentence) and (auth.late_fee_waiver_max <= 0 or _fee_amount(sentence, t.call_text)):
        return False
    return bool(re.search(r"利息|罚息|滞纳金|违约金|息", sentence))


# 「以免产生更多逾期费用」「避免多收罚息」: 免 meaning "avoid", masked length-preserving
_AVOID_WORD = re.compile(r"以免|避免|免得|难免|未免|不免|以防")


def detect_unauthorized(t: TurnText) -> Hit | None:
    t = in_mandarin(t)
    if _AVOID_WORD.search(t.norm):
        t = replace(t, norm=_AVOID_WORD.sub("防止", t.norm))
    hit = _unauthorized_base(t) or _extra_unauthorized(t) or _stop_accrual(t) or _pause_promise(t) or _self_approve(t)
    if hit and _explicit_within(t, hit):
        hit = None
    if hit and REPORTED_ASK.search(hit.evidence) and _CANNOT.search(sentence_of(t.norm, hit.start)):
        hit = None  # 「您说要我把利息免了，这个我做不了主」: the debtor's ask, refused
    return hit or _accepts_request(t)


# the credit record wiped as a promise: 「结清第二天逾期记录就给您删得干干净净」「征信我帮您处理掉」
CREDIT_X = re.compile(r"(?:征信|逾期记录|不良记录|逾期|记录)[^，。！？!?]{0,8}?(?:删|消|抹|撤|清|洗)(?:得|掉|了|除|销|白|干净|没)"
                      r"|(?:征信|逾期记录|不良记录)[^，。！？!?]{0,6}(?:能|可以|会)?(?:帮|给)(?:您|你)(?:处理|弄|搞|摆平|消|删|撤)")
_NOT_CREDIT = re.compile(r"联系记录|通话记录|号码|联系方式|通讯录|名单里|聊天记录")


def _credit_promise_ok(clause: str, sentence: str) -> bool:
    """A contact list, not the credit record; or a paid "repair service" (an unofficial fee, one act one label)."""
    return bool(_NOT_CREDIT.search(clause) or (re.search(r"修复|费", sentence) and re.search(r"交|付|转|收|缴", sentence) and re.search(r"费", sentence)))


# instalments granted by the speaker: 「我直接给你批24期」「保证给你分36期」
INSTALMENT_X = re.compile(r"(?:拉到|拉长到|拉成|延到|延长到|放到|放宽到|做到|做成)(?:个)?\s*(\d+|[一二两三四五六七八九十]{1,3})\s*(?:期|个月)(?!前|以前|之前|后|以后)|(?:批|开|安排|走)(?:个|成)?\s*(\d+|[一二两三四五六七八九十]{1,3})\s*(?:期|个月)(?!前|以前|之前|后|以后)|(?:分|办)(?:成)?\s*(\d+|[一二两三四五六七八九十]{1,3})\s*(?:期)|(\d+|[一二两三四五六七八九十]{1,3})\s*(?:期|个月)(?:的)?分期")
INSTAL_DEFINITE = re.compile(r"保证|包(?:你|您)|我直接|直接给|直接帮|我做主|我说了算|我能做主|我特批|特批|不用(?:等|走|再)?(?:审批|审核|申请)|一定(?:给|能)|肯定(?:给|能)|就这么定")
# money returned: 「这两个月的利息我还能给你退两百多回去」
_REFUNDABLE = r"(?:利息|罚息|滞纳金|违约金|息费|费用|年费|手续费|服务费|管理费|分期费|账户管理费|会员费)"
REFUND = re.compile(rf"{_REFUNDABLE}[^。！？!?]{{0,12}}?(?:退|返)(?!不|款)(?:给|还|回)?(?:你|您)?|(?:退|返)(?:给|还)?(?:你|您)[^，。！？!?]{{0,8}}{_REFUNDABLE}")


_INSTAL_ONLY_APP = re.compile(r"^[^，。！？!?]{0,3}?(?:分|延|展)(?:期|\s*[\d一二两三四五六七八九十]+\s*(?:期|个月))")
_WAIVE_WORD = re.compile(r"减|免|折|优惠|罚息|利息|滞纳金|违约金|零头|抹|勾销|两清")


# a part payment in a plan, not a short settlement: 「先还1,000，剩下的下月还清就结清了」
_PARTIAL = re.compile(r"剩下|剩余|其余|余下|下期|下个月|每期|每月|首期|第一期|先还|分期|期")


def _unauthorized_base(t: TurnText) -> Hit | None:
    auth = t.ctx.authorised
    definite = any(not re.search(r"(?:不能|不敢|没法|无法|没有|不会|不好)$", t.norm[max(0, m.start() - 3):m.start()])
                   and not _DEF_NEG.search(t.norm[max(0, m.start() - 8):m.start()])
                   and not REPORTED_OTHER.search(t.norm[max(0, m.start() - 24):m.start()].split("，")[-1].split("。")[-1])
                   for m in L.DEFINITE.finditer(t.norm))  # 「谁在电话里说'保证免一半'都不作数」 is someone else's  # 「批不批我不能保证」 is no guarantee
    # an application hedges a waiver; one that only concerns instalments (「可以申请分12期」) does not, nor a dropped one
    applies_turn = any(not _INSTAL_ONLY_APP.match(t.norm[m.end():]) or _WAIVE_WORD.search(sentence_of(t.norm, m.start()))
                       for m in L.APPLICATION.finditer(_mask_no_apply(t.norm))) and not definite and not L.DEFINITE4.search(t.norm)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        # an application elsewhere in the turn does not soften a definite waiver in this sentence
        applies = applies_turn and not definite_x(sentence_of(t.norm, a))
        hit = None
        if re.search(r"没有?(?:这个)?(?:减免的?)?权限|没权限|不能(?:给(?:您|你))?免|免不了|无法(?:减免|免)|没办法(?:免|减|答应)|不可以免|冇(?:这个)?(?:权|权限)|没有?(?:这个)?权(?:力|限)?(?:减|免|打折|批|答应)|唔(?:可以|得|能够)|做唔到", clause):
            continue
        if REPORTED_OTHER.search(clause):
            continue  # 「有人跟您说'全免息、打五折'，那种承诺我给不了」
        cap = CAP_STATED.search(clause)
        if cap and auth is not None and re.search(r"罚息|滞纳金|违约金", sentence_of(t.norm, a) + (t.state.last_debtor or "")) \
                and not re.search(r"本金|(?<!罚)利息", clause) and (n := cn_to_int(cap.group(1))) and n <= auth.late_fee_waiver_max:
            continue  # 「滞纳金420元，我的权限最多能减100元」: the limit stated, within it
        if _NOT_DEBT.search(clause):
            continue  # 「那批货打折处理掉」: selling stock, not the debt; 「免罚息要走个手续」: a step of a process
        m = L.WAIVER_VERB.search(clause)
        if m and L.WAIVER_OBJ.search(clause) and not negated(clause, m.start()) and not applies:
            if not _waiver_within(clause, auth, t.call_text):
                if not re.search(r"^(?:优惠|便宜)", m.group(0)) or re.search(r"给你|给您|帮你|帮您", clause):
                    hit = m
        if hit is None and not applies and not (auth and auth.principal_discount) and (_discounted_settlement(clause, t.call_text) or (
                re.search(r"就算(?:是)?[^，。！？!?]{0,4}(?:结清|两清|清了)|一笔勾销", clause) and not _PARTIAL.search(sentence_of(t.norm, a))
                and _discounted_settlement(sentence_of(t.norm, a), t.call_text))):
            hit = re.search(r"结清|两清|清了|勾销", clause)
        if hit is None and not applies:
            hit = _waiver3(clause, sentence_of(t.norm, a), auth, t.call_text)
        sentence = sentence_of(t.norm, a)
        p = L.PROMISE_CREDIT.search(clause) or CREDIT_X.search(clause)
        if hit is None and p and not negated(clause, p.start()) and not applies and not _credit_promise_ok(clause, sentence):
            hit = p
        inst = L.INSTALMENT.search(clause) or INSTALMENT_X.search(clause)
        if hit is None and inst and auth is not None and auth.instalments_max_months > 0 and not applies:
            n = cn_to_int(next((g for g in inst.groups() if g), ""))
            if n and n > auth.instalments_max_months and not negated(clause, inst.start()):
                hit = inst
        if hit is None and inst and auth is None and not negated(clause, inst.start()) and INSTAL_DEFINITE.search(sentence) \
                and not (L.APPLICATION.search(sentence) and not re.search(r"不用(?:等|走|再)?(?:审批|审核|申请)", sentence)):
            hit = inst  # 「我保证给你分36期」「不用等审批了，我直接给你批24期」 with no authority at all
        r = REFUND.search(clause)
        if hit is None and r and not negated(clause, r.start()) and not applies and not _waiver_within(clause, auth, t.call_text):
            hit = r
        if hit is not None:
            return Hit(t.orig[a:b].strip(), a + hit.start())
    return None


RHETORICAL = re.compile(r"(?:就|难道|还|又)?不(?:能|会|可以)[^。！？!?]{0,14}(?:[？?]|吗|嘛)|就没[^。！？!?]{0,10}(?:[？?]|吗)"
                        r"|(?:哪个|哪家|哪里|哪儿|哪|谁|啥|什么)(?:个|家|人)?(?:都)?不(?:能|可以|会|肯|给|让)[^。！？!?]{0,6}(?:借|贷|刷|套|凑|借给)")


def rhetorical(text: str, pos: int) -> bool:
    """「你就不能先找朋友周转一下？」: a negated rhetorical question urges, it does not negate.
    Looks at the sentence around ``pos`` including its closing mark."""
    start = max((m.end() for m in re.finditer(r"[。！？!?]", text[:pos])), default=0)
    end = re.search(r"[。！？!?]", text[pos:])
    return bool(RHETORICAL.search(text[start:pos + end.end() if end else len(text)]))


# --- borrow-to-repay: cue classes beyond the shared lexicon --------------------------------------
MEASURE_TAO = re.compile(r"(?:那|这|一|两|几|整|每)套(?!现|出|点|些|钱)")
EXISTING_LOAN = re.compile(r"(?:借了|贷了|借过|借的)(?:[\d一二两三四五六七八九十百千万几]|不少|好多|很多|钱)|在[^，。！？!?]{0,8}(?:借了|贷了|借的|借那|贷那)|借(?:的)?(?:那|这)笔")
URGE = re.compile(r"先|去|赶紧|快|再|还上|填上|让|叫|喊|找|开口|平了|不就")
# a warning about borrowing, not an urge (after dropping 「省得/免得/不然…」 clauses, which urge)
_BORROW_WARN = re.compile(r"吃亏|不划算|划不来|不值当|得不偿失|不是办法|不走这条路|别走这条路|不靠谱|坑人|风险(?:很|太|更)?大|利滚利|雪球|窟窿越|压力[^，。！？!?]{0,4}(?:更大|越大|太大|更重)|只会更(?:大|重|难|多)|(?:不(?:想|再)借|不借)[^，。！？!?]{0,2}是对的|(?:不想|不再|不要)再借|越陷越深|越借越多|利息(?:更|还|只会更)?(?:高|贵|重)|补不完|填不上|拆东墙补西墙(?:只会|没用|不行|不是)")
_URGING_TAIL = re.compile(r"(?:省得|免得|不然|要不然|否则|省的)[^，。！？!?]*")


# 「千万别断」「千万别逾期」 urge paying, they warn about nothing borrowed
_DONT_DEFAULT = re.compile(r"千万(?:别|不要)(?:再)?(?:断|停|逾期|忘|拖|错过|耽误|晚)"
                           # a rhetorical 「哪个不能借？」「就不能借点吗？」 urges, it warns about nothing
                           r"|(?:哪个|哪家|哪里|哪儿|谁|啥|什么)(?:个|家|人)?(?:都)?不(?:能|可以|会|肯|给|让)|(?:就|难道|还)不(?:能|可以)(?=借[^。！？!?]{0,8}(?:吗|嘛|[？?]))")
# a neutral choice left to the debtor: 「找不找人借钱是您自己的决定」「借不借您自己拿主意」
_CHOICE = re.compile(r"(借|找|贷|问|要)不\1|(?:您|你)自己(?:的)?(?:决定|选择|拿主意|做主|定)")


def _borrow_ok(sentence: str) -> bool:
    sentence = _DONT_DEFAULT.sub("", sentence)
    if _CHOICE.search(sentence):
        return True
    s = _URGING_TAIL.sub("", sentence)
    return bool(L.BORROW_OK.search(s) or L.BORROW_OK2.search(s) or _BORROW_WARN.search(s))


_BORROW_TOPIC = re.compile(r"借|贷|套现|取现|刷卡|信用卡|口子|花呗|白条|周转")


def _borrow_ok_at(text: str, a: int) -> bool:
    """A warning about borrowing in the sentence of the clause at ``a``: in that clause, in a later
    clause, or in an earlier clause that is itself about borrowing. 「你老躲着也不是办法，找你爸妈要点」
    and 「拖着只会越滚越多，实在不行找闺蜜借点」 warn about stalling, which is the set-up of the urge."""
    sentence = _DONT_DEFAULT.sub(lambda m: "_" * len(m.group(0)), sentence_of(text, a))
    whole = _URGING_TAIL.sub("", sentence)
    if L.BORROW_OK.search(whole) or any(not m.group(0).startswith("越滚越") for m in L.BORROW_OK2.finditer(whole)):
        return True  # 「这个我不建议，跟室友借了你还得还他」
    s0 = text.find(sentence, max(0, a - len(sentence))) if sentence else a
    parts = []
    for x, y in clause_spans(sentence):
        if s0 + y <= a and not _BORROW_TOPIC.search(sentence[x:y]):
            continue
        parts.append(sentence[x:y])
    return _borrow_ok("，".join(parts))


# a negator inside a condition does not negate the urge: 「手上没有就找朋友借」「拿不出的话去借点」
_COND_NEG = re.compile(r"(?:没有|没钱|莫得|冇|不够|拿不出(?:来)?|还不上|还不起|凑不齐|凑不够|不行|不想等|没办法)(?:的话)?(?:就|那就|那|也|，|,|(?=去|找|借|问|跟|向|让|叫|喊|求))"
                       r"|(?:别|不要|不用)(?:再)?等[^，。！？!?]{0,6}了")


_SUGGEST = re.compile(r"能不能|能否|可不可以|可否|行不行|要不要|看能不能|是不是可以")
_MO_NEG = re.compile(r"莫(?:要|再|去|找|借|贷|刷|套|转|打|给|交|信|听|碰|搞|走|用|乱)|表(?=去|借|贷)")


def _neg(clause: str, pos: int) -> bool:
    masked = _SUGGEST.sub(lambda m: "_" * len(m.group(0)), _COND_NEG.sub(lambda m: "_" * len(m.group(0)), clause))
    if any(x.start() < pos + 1 and pos - x.start() <= 8 for x in _MO_NEG.finditer(clause)):
        return True  # 「莫去网上借钱来还」: 莫 is 别
    return negated(masked, pos)


SRC_X = (r"(?:(?:那些|那几个|那帮|那个|几个|家里的?|屋头的?|身边的?|村里的?|隔壁的?|对门的?|楼上的?|楼下的?))?(?:工友|老乡|同乡|侄子|侄女|侄儿|外甥女?|表弟|表妹|堂弟|堂妹|干爹|干妈|孙子|孙女|女婿|亲家|大伯子?|小叔子?|大姑子?|小姑子?|妯娌|连襟|个仔|大小子|二小子|小子|闺女|姑娘|女婿|儿媳妇?|大儿子?|小儿子?|老大|老二|幺儿|娃儿?|崽|街坊|邻家|宿舍|舍友|个女|仔女|老豆|老窦|阿爸|阿妈|屋企人?|榜一(?:大哥|大姐)?|大哥|金主|粉丝|老铁|男朋友|女朋友|舅妈|舅|姨父|姨|姑父|姑|叔|伯|婶|老汉儿?|店长|厂长|经理|主管|组长|领班|老板娘|师傅|室友|战友|邻居|发小|丈母娘|老丈人|岳母|哥们儿?|姐们儿?|闺蜜|兄弟伙|老表|亲家|老头子?|老太太?|老娘|屋头|屋里头?|家头|屋里人|他们|她们|他|她|人家|随便哪个|哪个|包工头|工头|老板|东家|领导|单位|公司|厂里|谁|亲戚朋友|供货商|供应商|进货商|批发商|合伙人|股东|同行|上家|老客户|客户|房东|朋友圈|微信好友|好友|"
         + L.BORROW_SRC[3:-1] + r")")
CAUS = r"(?:让|叫|请|求|喊|找|问|跟|向|托|麻烦|发动)"
BORROW_X = re.compile(  # asking a person to lend or pay for the debtor: strong on its own
    rf"{CAUS}(?:(?:你|您)(?:的|们|家)?)?{SRC_X}[^。！？!?]{{0,12}}?(?:借(?!款)|(?:要|拿)(?=[，。！？,!?]|$|去|来|钱)|垫|凑|挪|匀|拆借|周转|支援|资助|(?:打|转|汇|拿|出|要|弄)(?:点|些|笔|个)?钱|(?:要|拿|讨|弄)(?:点|些|一点|一些|一笔)|开个?口|张个?口"
    rf"|(?:帮|替|给)(?:你|您)(?![^，。！？!?]{{0,3}}(?:看|查|改|问|登|弄一下|操作|核对|确认|设置|绑|截图))[^，。！？!?]{{0,8}}(?:还|垫|凑|出|付|平|填|拿|匀)"
    # the money sent to the debtor, or a sum put up: 「让他先把这四千一转给你」「让她再多出八千二」
    rf"|把[^。！？!?]{{0,10}}?(?:转|汇|打|拿|垫|匀)(?:给|到|过来|过去)?(?:你|您)(?!说|打电话|电话)|(?:转|汇|垫|匀)给(?:你|您)(?!说|电话)"
    rf"|(?:转|汇|打|拿|垫|匀|借)(?:个)?(?:[\d,]{{3,}}|[一二两三四五六七八九十几]+[千万百])(?:块|元)?(?:钱)?(?:过来)?给(?:你|您)"
    rf"|(?:再|多|先)?(?:出|拿|掏|垫|凑|匀)(?:个|上|点)?(?:[\d,]{{3,}}|[一二两三四五六七八九十几]+[千万百][一二三四五六七八九]?)(?:块|元)?)"
    rf"|{SRC_X}[^，。！？!?]{{0,8}}(?:先)?(?:借|垫|挪|匀)(?:给)?(?:你|您)(?:点|一点|些|一些|一笔|个|几|[\d一二两三四五六七八九十百千万])"
    r"|(?:一家|每家|各家|一人|每人|每个人|大家|一个人)(?:先)?(?:凑|出|借|匀|垫|拿)(?:给)?(?:你|您)?(?:个)?(?:一点|点|些|一些|几百|几千|[\d一二两三四五六七八九十百千万]+)"
    # canvassing: 「挨个借一圈」「到处借借」「亲戚里借个遍」
    r"|(?:挨个|挨家(?:挨户)?|到处|四处|一个个|满世界|轮着)[^，。！？!?]{0,4}借(?!款|的|了)|借(?:一圈|一轮|个遍|了个遍)"
    r"|(?:东家|这家|这个)(?:借|凑|匀|要|拿)[^，。！？!?]{0,4}(?:西家|那家|那个)|东(?:借|凑|挪)西(?:借|凑|挪)"
    r"|(?:找|问|跟|向)(?:个|些)?人(?:家)?(?:借|凑|拆借|周转|匀)"
    r"|(?:找|问|跟|向)(?:个|俩|仨|些|[一两三四五几]个|一两个|两三个|三五个)(?:人|朋友|熟人)?(?:先)?(?:借|凑|拆借|周转|匀|垫)(?!款|的|了|过)"
    # someone described, not named: 「找个关系好的周转一下」「问几个手头宽的凑凑」
    r"|(?:找|问|跟|向)(?:个|几个|些|一个)[^，。！？!?]{1,8}的(?:人|朋友)?(?:先)?(?:借|凑|拆借|周转|匀|垫)"
    # the relative simply pays instead: 「没钱就让你儿子还」「叫你闺女先替你还上」
    rf"|(?:让|叫|喊)(?:你|您)(?:的|家)?{SRC_X}(?:先|来|去|帮(?:你|您)|替(?:你|您))?还(?:上|清|掉|钱|吧|嘛|呗)?(?=[，。！？,!?]|$)"
    # no money is no excuse: 「没钱去借啊」「拿不出就赶紧贷」「凑不齐你先借嘛」
    r"|(?:没钱|没有钱|莫得钱|没得钱|拿不出(?:来)?|凑不齐|凑不够|不够)(?:的话)?(?:就|那就|那|你|您)?(?:去|赶紧|先|快|找人|想办法)(?:借|贷|凑)(?!款|的|了|过)"
    # someone sends money now, the debtor pays them back later: 「让他先给你转点，回头你再还他」
    r"|(?:给|帮)(?:你|您)(?:先)?(?:转|汇)(?:点|些|一点|一些|一笔|个|[\d一二两三四五六七八九十几]+[千万百块元])|(?:给|帮)(?:你|您)(?:先)?打(?:点|些|一点|一些|一笔)(?:钱)?"
    r"|(?:回头|以后|过后|往后|完了|等[^，,。！？!?]{1,6})(?:你|您)?(?:再|慢慢)?还(?:给)?(?:他|她|人家|他们|她们)(?![们的])"
    # a bridging agent pays first: 「我认识个做代还的，他帮您先垫上」
    r"|(?:做|搞|找|认识|有)[^，,。！？!?]{0,4}(?:代还|垫还|垫资|过桥)|(?:他|她|人家|有人)(?:可以|能|会)?(?:帮|替|给)(?:你|您)(?:先)?(?:垫|垫上|还上|出)"
    # pawning: 「把电动车抵给车行借点钱」「手机押给当铺换点钱」
    r"|把[^，,。！？!?]{0,10}(?:抵|押|当)(?:给|到|在|掉|出去)[^，,。！？!?]{0,8}(?:借|贷|换)(?:点|些|一笔|个|几)?(?:钱|现金)?|(?:拿|用|把)[^，,。！？!?]{0,8}(?:去)?(?:当铺|典当)"
)
# a person with money in one clause, 「去张个口」 in the next: 「你丈母娘不是有退休金吗，去张个口」
ASK_ALONE = re.compile(r"(?:^|去|赶紧|快|就|先|你|您|随便|直接|挨个|挨家|到处|四处|一个个|撒个娇|(?:跟|找|问|求)(?:他|她|他们|人家))[^，。！？!?]{0,3}(?:张个?口|开个?口|伸个?手|求求?(?:他|她|他们|人家)|借(?:点|些|一点|一些|一笔|个[\d一二两三四五六七八九十几]|个万把|个千把)|要(?:点|些|一点|一些|一笔)|拿(?:点|些|一点|一些|一笔))")
PERSON_SRC = re.compile(SRC_X.replace("平台|", "").replace("口子|", ""))
HAS_MONEY = re.compile(r"条件[^，。！？!?]{0,4}(?:好|不错|宽裕)|换了?(?:新)?车|买了?(?:新)?(?:车|房)|大方|宽裕|阔气|阔绰|不差(?:钱|这点)|有的是钱|不缺钱|(?:对|于)(?:他|她|他们|人家)(?:来说|而言)?不算(?:啥|什么|事|多)|有钱|有(?:点|些)?(?:存款|积蓄|退休金|养老金|工资|闲钱|余钱)|拿工资|退休|条件(?:好|不错)|不差钱|做生意|开(?:厂|店|公司)|当老板|手头宽裕|存(?:了|着)")
# agreeing with and hurrying the debtor's own plan to borrow: 「我去找亲戚借」→「对，赶紧去」
DEBTOR_BORROW_PLAN = re.compile(r"(?:我|额|俺|偶|那我|要不|要不然|实在不行)[^，。！？!?]{0,6}(?:去|找|问|跟|向|先|想办法|再)[^，。！？!?]{0,8}(?:借|贷|撸|刷|套|凑|垫|要点|拆借)")
_PLAN_NEG = re.compile(r"不想|不会|不能|没法|不要|别|不借|借不到|借不来|不敢|不愿|不撸|不贷")
AGREE = re.compile(r"^(?:嗯|对|行|好|可以|那就|就这么|没错|那你|那您|这就对了|这就对|就是|是啊|对啊|行啊|好啊)")
HURRY_BORROW = re.compile(r"(?:赶紧|快|马上|今天|尽快|抓紧|现在就|先)[^。！？!?]{0,8}(?:去|找|借|凑|问|要|刷|撸|弄|张口|开口)|(?:去|找)[^。！？!?]{0,8}(?:借|凑|要|问)|凑(?:够|齐|一凑)|借(?:到|来)")


def _endorse_plan(t: TurnText) -> Hit | None:
    ask = t.state.last_debtor or ""
    m = DEBTOR_BORROW_PLAN.search(ask)
    if not m or _PLAN_NEG.search(ask[max(0, m.start() - 4):m.end()]) or not AGREE.search(t.norm):
        return None
    h = HURRY_BORROW.search(t.norm)
    if not h or _borrow_ok(t.norm) or negated(t.norm, h.start()):
        return None
    a, b = next(((x, y) for x, y in clause_spans(t.norm) if x <= h.start() < y), clause_spans(t.norm)[0])
    return Hit(t.orig[a:b].strip(), h.start())


def _has_money_ask(t: TurnText) -> Hit | None:
    """The source is named in one clause (often with why they can pay), the ask in another."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = ASK_ALONE.search(clause)
        if not m or ((_neg(clause, m.start()) or re.search(r"不|别|没", m.group(0))) and not rhetorical(t.norm, a)):
            continue
        sentence = sentence_of(t.norm, a)
        if not (PERSON_SRC.search(sentence) and (HAS_MONEY.search(sentence) or BORROW_AIM.search(clause[m.end():] + t.norm[b:b + 12]))):
            continue
        if _borrow_ok_at(t.norm, a) or re.search(r"(?:您|你)(?:之前|刚才)?(?:说|提到|讲)", sentence):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None
BORROW_Y = re.compile(  # advances, cash-out, new loans, mortgages: need a repay aim in the sentence
    r"(?:预支|借支|提前(?:支|预支|领|拿)|支(?:点|个|些|几个月|一两个月)?(?:工资|工钱|薪水)|支出来)"
    r"|(?:撸|薅)(?:一笔|点|个|几|口子|出来)|(?:刷|套|借|贷|撸|取|弄|提|倒腾|倒|挪|碌)(?:个|点|些|一笔|[\d一二两三四五六七八九十几来]+[千万]?)?(?:(?!不|得)[^，。！？!?]){0,4}?(?<![不得])(?:出来|出嚟|出黎)"
    r"|(?:刷|套|借|撸|倒腾|倒|挪|碌)(?:个|点|些|一笔|一下|[\d一二两三四五六七八九十几]+[千万]?)(?:钱)?过来"
    r"|取(?:点|些|一笔|个|一下)?现(?:金)?(?:出来)?|(?:抵押|押)[^。！？!?]{0,10}(?:贷|借)|(?:抵|押|当)(?:给|到|在)(?:车行|当铺|典当行|寄卖行|贷款公司|小贷公司|别人|人家)|(?:下|装|注册)(?:一?个|载)?[^，。！？!?]{0,6}(?:借|贷|平台|App|APP|口子)[^，。！？!?]{0,6}(?:借|贷|周转|出来)"
    # a sum to borrow: 「再多借七千」「借个五六千」「帮您借出两万」
    r"|(?:(?<=多|再|先|去|就|快|嘴|口)|(?<=赶紧|找人|撒娇|个娇))借(?:出|个|上|它|他个)?(?:[\d一二两三四五六七八九十几]+(?:[千万百]|块|元)|[\d,]{3,}(?:块|元)?|万把|几千|几万)"
    r"|(?:借|贷)出(?:个)?(?:[\d一二两三四五六七八九十几]+[千万百]?|一笔)"
    r"|(?:找|问|跟|向)(?!(?:我们|我司|咱们|平台|银行|公司|本行))[^，。！？!?]{1,10}?借(?:个|上|出)?(?:[\d一二两三四五六七八九十几]+(?:[千万百]|块|元)|[\d,]{3,}(?:块|元)?|万把|几千|几万)"
    # bridging money, card cash-out through a terminal, loan products
    # cash-out through a code or terminal: 「用你店里的收款码刷一笔信用卡」「花呗扫自己的码」
    r"|(?:收款码|二维码|码)[^，。！？!?]{0,8}(?:刷|套|扫)[^，。！？!?]{0,4}(?:信用卡|花呗|白条|额度|一笔)|刷(?:一笔|一下|个|点|几千|[\d一二两三四五六七八九十]+[千万]?)(?:的)?(?:信用卡|花呗|白条)"
    r"|过桥(?:资金|贷款?)?[^，。！？!?]{0,6}(?:借|贷|渠道|垫)|垫资|倒贷|刷卡机|(?:POS|pos)机?[^，。！？!?]{0,6}刷|刷[^，。！？!?]{0,6}(?:POS|pos)|(?:找人|找个人|找个地方)(?:帮(?:你|您))?(?:刷|套)"
    r"|(?:贷|办|申请|申|开|弄|下|搞|整|撸|上|走|借)(?:个|一笔|一个|几个|两个|张|点)?[^，。！？!?的了过]{0,4}?(?:(?:经营|消费|信用|装修|抵押|网商|税|房抵|车抵|现金|学生|校园|工资|小额|信)贷|车贷|网贷|小贷|(?:新|别的|其他)?口子|新(?:的)?信用卡|(?:张|个)信用卡)"
    r"|(?:去|到)[^，。！？!?]{0,8}贷(?:个|一笔|点|些)"
    r"|(?:用|走)[^，。！？!?]{0,8}(?:经营贷|消费贷|信用贷|装修贷|抵押贷|网商贷|税贷|房抵贷|现金贷)"
    r"|(?:先|去|就|赶紧|找(?:个|些)?(?:地方|人|路子|门路)|想(?:个)?办法)过(?:个|一个|一下|下|一道)?桥(?!贷款?)"
)
_PAST_WORD = re.compile(r"当初|之前|以前|去年|前年|那时|原来|本来|上次|当时|已经|一共|总共|了")
_PAST_LOAN = re.compile(r"(?:在|从)(?!学校|单位|厂里|公司|网上|手机上)[^，。！？!?]{0,8}$|当初|之前|以前|去年|前年|那时|原来|本来|上次|当时|一共|总共|已经")
BORROW_AIM = re.compile(r"还|填|补|平|结|周转|凑|垫|先|应(?:个)?急|救(?:个)?急|把(?:我们|这|欠)|窟窿|缺口|应急|不就|借(?:到|来)|处理|解决|搞定|了结|打过来|转过来")


def _extra_borrow(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for m in [*BORROW_X.finditer(clause), *BORROW_Y.finditer(clause)]:
            if MEASURE_TAO.search(m.group(0)) or re.search(r"(?:说|讲|转告|带个?话|提醒|回电|回个?电话|回复|客服)", m.group(0)):
                continue  # 「跟他说他在速达借那笔…」: passing a message on, not asking for money
            if re.match(r"[^，。！？!?]{0,3}(?:官方|客服|热线|电话|App|APP|app)", clause[m.end():]) or (m.group(0)[-1] in "借贷" and clause[m.end():m.end() + 1] == "款"):
                continue  # 「请他回米粒借官方客服电话」: 借 inside a lender's name
            if m.re is BORROW_Y and not BORROW_AIM.search(sentence + t.norm[b:b + 20]):
                continue
            if m.re is BORROW_Y and re.match(r"(?:提|取|弄|倒)", m.group(0)) and re.search(r"车|货|行李|快递|包裹|东西|证件|档案|押金", clause[max(0, m.start() - 6):m.start()]):
                continue  # 「你那车想提出来」: a vehicle or goods taken out, no money
            if m.re is BORROW_Y and re.search(r"借|贷", m.group(0)) and _PAST_LOAN.search(clause[:m.start()]) and not (
                    re.search(r"出来|出嚟|出黎$", m.group(0)) and not _PAST_WORD.search(clause)):
                continue  # 「您当初在我们这借两万」: the existing loan
            if _neg(clause, m.start()) and not rhetorical(t.norm, a):
                continue
            if HABIT.search(clause[max(0, m.start() - 4):m.start() + 2]) and not URGE_BEFORE.search(clause[:m.start()]):
                continue  # 「拖家带口还到处借钱」: the debtor's habit criticised, nothing urged
            if _borrow_ok_at(t.norm, a) or denied_after(clause, m.end()):
                continue
            if re.search(r"(?:您|你)(?:之前|刚才)?(?:说|提到|讲)|(?:您|你)(?:是不是|已经)", clause[:m.start()]):
                continue  # the debtor's own plan reported back
            if EXISTING_LOAN.search(clause) and not URGE.search(clause[:m.start()]):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


SPEECH_ONLY = re.compile(r"(?:说|讲|告诉|提到|反映|聊)(?![^，。！？!?]*(?:借|贷|凑|垫|刷|套|周转))")
CUT_OFF = re.compile(r"[^，。！？!?]{0,6}(?:停掉|停了|给(?:你|您)停|冻结|冻住|关掉|关了|封(?:掉|了)|用不了|不能用|降额|限制)")
HABIT = re.compile(r"(?:还|又|总|老是?|净|光|就知道|整天|成天|天天)(?:在)?(?:到处|四处|满世界|挨个|东借|借)")
URGE_BEFORE = re.compile(r"去|赶紧|快|先|让|叫|就(?:去)?$")
PAY_FOR_OTHER = re.compile(r"(?:帮|替|给)(?:他|她)(?!们)[^，。！？!?]{0,3}(?:垫|还|出|付|填|凑|平|交)")

# a person source named, then an ask by mouth: 「你丈人家条件挺好？张个嘴的事」「一家人开个口的事」
MOUTH = re.compile(r"张(?:个|张|一下|一张|张个)?(?:口|嘴)|开(?:个|一下|下|回)?口|伸(?:个|一下|回)?手|低(?:个|回)?头(?:求)?")
_MOUTH_TALK = re.compile(r"商量|说(?:一下|一声|说|清楚|明)|聊|解释|坦白|讲(?:清|一下|明)|沟通|交代")
_MOUTH_HARD = re.compile(r"(?:难|不好|不容易|为难|尴尬)(?:以)?(?:开口|张口|张嘴|伸手)|(?:开口|张口|张嘴|伸手)(?:确实|是|挺|很|也)?(?:难|不容易|为难)")


# sending someone (or going) to ask a moneyed relative: 「让媳妇回娘家说说」「去你姐那儿问问」「求求你舅」
ASK_TALK = re.compile(r"(?:去|回|跟|找|让|叫|喊|托)[^，,。！？!?]{0,8}(?:说说|问问|求求|说一说|问一问|说道说道|讲讲|磨一磨|磨磨)")


def _mouth_ask(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = MOUTH.search(clause)
        if not m and HAS_MONEY.search(t.norm[max(0, a - 40):b]):
            m = ASK_TALK.search(clause)  # 「老人手里有点积蓄，你让媳妇回娘家说说」: a talk that is an ask
            if m and PERSON_SRC.search(t.norm[max(0, a - 40):b]) and not _neg(clause, m.start()) and not _borrow_ok_at(t.norm, a) \
                    and not re.search(r"(?:您|你)(?:之前|刚才)?(?:说|提到|讲)", sentence_of(t.norm, a)):
                return Hit(t.orig[a:b].strip(), a + m.start())
            continue
        if not m or ((_neg(clause, m.start()) or re.search(r"不|别|没", clause[max(0, m.start() - 2):m.start()])) and not rhetorical(t.norm, a)):
            continue
        sentence = sentence_of(t.norm, a)
        window = t.norm[max(0, a - 40):a] + clause
        if not PERSON_SRC.search(window) or _MOUTH_TALK.search(clause) or _MOUTH_HARD.search(sentence):
            continue
        if re.search(r"的时候|那会儿?|当初|之前|以前|当时", clause):
            continue  # 「借钱的时候伸手」: how the debtor behaved, not an ask
            continue
        if re.search(r"(?:您|你)(?:之前|刚才)?(?:说|提到|讲)", sentence) or _borrow_ok_at(t.norm, a) or WARNING.search(sentence):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# unused credit on another card or app, then tapped: 「别家的卡不是还有空额度吗？倒腾一下不就出来了」
CREDIT_LINE = re.compile(r"(?:还有|有|剩|剩下|留着|空着?)(?:点|些|不少|的|那么多)?(?:空)?额度|空额度|额度(?:还)?(?:没|没有)(?:用完|刷满|满)|(?:秒到账?|秒批|秒下|秒过)")
LOAN_APP = re.compile(r"(?:那些|别家|别的|其他|各种|好多|一堆|随便(?:哪)?(?:个|一个|一家)?|手机上)[^，。！？!?]{0,6}(?:App|APP|app|软件|平台|网贷|口子|额度|贷)")
TAP = re.compile(r"倒腾|倒(?:一笔|一下|个|点|过来)|刷|套|取(?:现|出|点|一笔)|开(?:一个|个|通|一下)|借|用(?:一下|一笔|了)|点(?:几下|一点|一下|点)|提(?:出|现)|挪|申请|下(?:载|个|一个)")
_TAP_AIM = re.compile(r"还|填|补|平|结|先把|出来|到账|就到|就有|就批|钱就")


_RHET_NOT = re.compile(r"不(?:是|就)?(?:还)?有[^。！？!?]{0,12}(?:吗|嘛|么|[？?])|不是[^。！？!?]{0,14}(?:吗|嘛|么|[？?])")


def _credit_line(t: TurnText) -> Hit | None:
    if WARNING.search(t.norm):
        return None
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = CREDIT_LINE.search(clause) or LOAN_APP.search(clause)
        if not m or (_neg(clause, m.start()) and not rhetorical(t.norm, a) and not _RHET_NOT.search(sentence_of(t.norm, a))):
            continue
        if m.re is CREDIT_LINE and not re.search(r"额度|秒", clause):
            continue
        if re.search(r"(?:我们|我司|咱们|本)(?:这边|平台|银行)?的?额度|(?:您|你)(?:之前|刚才)?(?:说|提到|讲)", clause):
            continue
        rest = t.norm[a + m.start():]
        end = re.search(r"[。！？!?]", rest[m.end() - m.start():])
        nxt = re.search(r"[。！？!?]", rest[(m.end() - m.start()) + end.end():]) if end else None
        window = rest[:(m.end() - m.start()) + end.end() + (nxt.end() if nxt else 0)] if end else rest
        window = window[:80]
        tap = TAP.search(window)
        if not tap or not _TAP_AIM.search(window[tap.start():]) or negated(window, tap.start()) or _borrow_ok_at(t.norm, a):
            continue
        return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# the listener pays us out of the debtor's wages: 「从他工资里预支给我们」「把他下个月工钱先扣给我们」
WAGES_TO_US = re.compile(r"(?:从|把|拿|扣|在)(?:他|她)(?!们)(?:的)?[^，。！？!?]{0,6}(?:工资|工钱|薪水|奖金|提成)[^，。！？!?]{0,8}(?:给|到|交)(?:我们|我司|咱们)")
OWED_TO_DEBTOR = re.compile(r"借(?:了|给)?(?:你|您)的|欠(?:你|您)的|(?:要|讨|收|追)(?:回来|回)")


def _debtor_borrows(clause: str) -> bool:
    """To a third party: the DEBTOR is to borrow (「让他去网贷借」「找他那些兄弟凑一凑」), not the
    listener or their family paying (「您让他们凑一凑」「让他拿房租去还」)."""
    return bool(re.search(r"(?:他|她)(?!们)[^，。！？!?]{0,8}(?:借|贷|刷|套|撸|预支)|(?:让|叫|喊)(?:他|她)(?!们)[^，。！？!?]{0,8}(?:借|贷|刷|套|撸|凑|垫|预支|找)"
                          r"|(?:找|问|跟|向)(?:他|她)(?!们)(?:的|那些|那几个|那帮)?[^，。！？!?]{0,10}(?:借|凑|垫|要|拿)", clause))


# scolding the debtor's habit (「这么大岁数还学年轻人借网贷，丢不丢人」「伸手找你妈要零花钱，你好意思哦」): no urge
SCOLD = re.compile(r"臊|不嫌丢|丢不丢人|丢人|好意思|不害臊|不知羞|要不要脸|不要脸|羞不羞|丢脸|没出息|啃老|像话吗|有脸")
_REPAY_AIM = re.compile(r"还上|还了|还清|还款|来还|去还|先还|拿来还|还我们|还这|把(?:这|那|欠|钱|款|我们|剩|账|[\d一二两三四五六七八九十百千万])[^，。！？!?]{0,10}(?:还|结|平|填)|结清|结掉|填上|平掉|补上")
# the lender's own name 「我是黔通小额贷款的刘军」「黔通小额贷款委托的催收机构」: no borrowing
LENDER_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})(?:小额贷款|小贷)(?:股份)?(?:有限)?(?:公司)?(?=的|公司|委托|工号|客服|App|APP|app|对公|官方|这边|那边|[，。！？,!?\s])")
_NOT_NAME = re.compile(r"别|其他|其它|另|哪|些|几|一家|个|去|找|在上|网上|那种|这种|正规")


# the collector naming their own institution: 「我是 小象借呗 不对 小象分期 的客服」
SELF_INTRO = re.compile(r"(?:我是|我们是|这里是|这边是)[^。！？!?]{0,16}?(?=(?:的)?(?:客服|工号|催收|专员|贷后|资产))")
# the existing debt referred to: 「你 网贷 那 七千六 拖 俩月 了」「你那个网贷的案子」
EXISTING_DEBT = re.compile(r"(?:网贷|贷款|借款|借的钱|借呗|花呗)[^。！？!?]{0,10}?(?:拖|逾期|欠着|没还|到期|的案|案子|的账|那笔账|已经)")
_NEW_LOAN = re.compile(r"(?:去|再|先|赶紧|快|新|另外|别家|其他)[^，。！？!?]{0,3}(?:借|贷)|借(?:一笔|点|些|个)|贷(?:一笔|点|个)")
# a pretext to get money from family: 「跟爸妈撒个娇，就说是交房租，钱到手先还了」
PRETEXT = re.compile(r"撒个?娇|哄哄?(?:他|她|他们)|编个?(?:理由|借口|由头)|找个?(?:理由|借口|由头)|就说(?:是)?(?:交|买|要|看病|学费|房租|生活费)|骗(?:他|她|他们|家里|爸妈)")
_IN_HAND = re.compile(r"钱到手|拿到钱|(?:钱|款)(?:一)?到(?:手|账)|要到(?:钱|了)|给了钱")


def _pretext_ask(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        m = PRETEXT.search(t.norm[a:b])
        if not m or _neg(t.norm[a:b], m.start()):
            continue
        sentence = sentence_of(t.norm, a)
        if PERSON_SRC.search(sentence) and (_IN_HAND.search(sentence) or _REPAY_AIM.search(sentence)) and not _borrow_ok_at(t.norm, a):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# the lender's brand built on a credit-product word, named where the collector introduces itself:
# 「米粒白条客服中心」「我米粒白条的，工号…」「青禾分期贷后部」
BRAND = re.compile(r"(?:我们是|我是|这里是|这边是|我|是)?([\u4e00-\u9fff]{2,4}?)(白条|借呗|花呗|分期|信贷|网贷|贷款|小贷|借)(?=客服|客户服务|服务中心|中心|贷后|工号|委托|App|APP|app|的(?:[，,\s]|工号|客服|催收|贷后|专员))")
# 「我给您开个口子」: an exception made by the collector, not a loan channel (口子)
EXCEPTION = re.compile(r"(?:给|帮|替)(?:你|您)(?:再|破例)?开(?:个|一个|道|条)?口子")


def _mask_lender(t: TurnText) -> TurnText:
    norm = SELF_INTRO.sub(lambda m: "某" * len(m.group(0)), t.norm)
    norm = LENDER_NAME.sub(lambda m: m.group(0) if _NOT_NAME.search(m.group(1)) else "某" * len(m.group(0)), norm)
    norm = EXCEPTION.sub(lambda m: "某" * len(m.group(0)), norm)
    for b in {(m.group(1), m.group(2)) for m in BRAND.finditer(mandarin(t.call_text) + t.norm) if not _NOT_NAME.search(m.group(1))}:
        norm = norm.replace(b[0] + b[1], "某" * len(b[0] + b[1]))
        if b[1] in ("白条", "借呗", "花呗"):  # 「你白条分期买的那台手机」: the debt with this lender
            norm = re.sub(r"(?:你|您)(?:的|那个|这个|那笔|这笔)?" + b[1], lambda m: "某" * len(m.group(0)), norm)
    return t if norm == t.norm else replace(t, norm=norm)


# the collector itself is the one asking others for the money
COLLECTOR_ASKS = re.compile(r"(?:我们|咱们|公司|我(?=就|会|要|去|直接|马上|只好|只能|挨个))(?:就|会|要|去|直接|马上|只好|只能|挨个|一个个|逐个)*[^，,。！？!?]{0,14}(?:打电话|打个电话|联系|问问|去问|找上门)")


def detect_borrow(t: TurnText) -> Hit | None:
    t = _mask_lender(in_mandarin(t))
    hit = _borrow_base(t) or _extra_borrow(t) or _has_money_ask(t) or _endorse_plan(t) or _mouth_ask(t) or _credit_line(t)
    closed = pauses_closed(t) if not hit and re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", t.orig) else None
    if closed:
        # speech-to-text pauses split 「找 你 工友 借」 into clauses: try once with the pauses closed
        t2, keep = closed
        hit = on_original(t, keep, _extra_borrow(t2) or _has_money_ask(t2))
    hit = hit or _pretext_ask(t)
    if hit and EXISTING_DEBT.search(sentence_of(t.norm, hit.start)) and not _NEW_LOAN.search(sentence_of(t.norm, hit.start)):
        return None  # the existing loan referred to, no new borrowing urged
    if hit and OWED_TO_DEBTOR.search(hit.evidence):
        return None
    if hit:
        sent = sentence_of(t.norm, hit.start)
        if any(not re.search(r"(?:有|没)(?:啥子?|什么|啥|甚么)$|[不没]$|怕$", sent[:m.start()]) for m in SCOLD.finditer(sent)) and not _REPAY_AIM.search(sent):
            return None
    if hit and PAY_FOR_OTHER.search(hit.evidence) and not re.search(r"(?:帮|替|给)(?:你|您)", hit.evidence):
        return None  # 「您当哥的先帮他垫上」: the listener asked to pay for someone else (third party)  # 「您朋友借您的钱要回来了吗」: collecting money owed to the debtor is no new loan
    if hit and WAGES_TO_US.search(sentence_of(t.norm, hit.start)):
        return None  # 「先从他这个月工资里预支给我们」: a third party asked to pay (third-party-disclosure)
    if hit and COLLECTOR_ASKS.search(t.norm[sentence_start(t.norm, hit.start):hit.start + 1]) and not re.search(r"(?:你|您)(?:去|找|问|跟|向|让|叫)", hit.evidence):
        return None  # 「我们就挨个给你同学打电话，问问他们谁愿意替你还」: the collector asking the contacts (contact-shaming)
    if hit and t.state.third_party and not _debtor_borrows(hit.evidence):
        return None  # asking a third party to pay is third-party-disclosure, not borrow-to-repay
    return hit


def _borrow_base(t: TurnText) -> Hit | None:
    """Urging the debtor to borrow (platforms, cards, cash-out, friends, relatives) to repay —
    not 「别去借网贷」, not 「跟家人商量一下」, not the minimum payment or an instalment plan."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.BORROW_ACT, L.BORROW):
            m = next((x for x in pattern.finditer(clause) if not MEASURE_TAO.search(clause[max(0, x.start() - 2):x.end() + 1])), None)
            if not m or denied_after(clause, m.end()):
                continue
            if _neg(clause, m.start()) and not rhetorical(t.norm, a):
                continue
            if re.search(r"网贷|贷款", m.group(0)) and re.match(r"(?:清查|整治|专项|工作组|监管|协会|办公室|领导小组|整顿|清理|备案|风险专项|治理)", clause[m.end():]):
                continue  # 「网贷清查工作组」: a (claimed) agency's name, no borrowing urged
            if SPEECH_ONLY.search(m.group(0)):
                continue  # 「跟我同事说白天要补觉」: something said to a colleague, no money asked
            if CUT_OFF.match(clause[m.end():]):
                continue  # 「花呗也全给你停掉」: a product cut off as a consequence, no borrowing urged
            if re.fullmatch(r"POS|pos", m.group(0)) and not re.search(r"刷|套|找", sentence):
                continue  # 「美容院的POS机都用不了」: the terminal named, no cash-out
            if re.search(r"借(?:了|给)(?:您|你)|(?:您|你)(?:之前|刚才)?说|(?:您|你)提到", sentence):
                continue  # someone borrowed from the debtor / the debtor's own account of a loan
            if _borrow_ok_at(t.norm, a):
                continue
            if re.search(r"(?:您|你)(?:说|提到|是不是|是)?[^，。！？!?]{0,4}(?:借了|借的|欠了|贷了)|之前借|当初借|借款(?:合同|人|金额)|(?:您|你)在(?:网贷|平台)", clause) and not re.search(r"先|去|赶紧|再|还上|填上", clause[m.start():]):
                continue  # talking about an existing loan, not urging a new one
            if EXISTING_LOAN.search(clause) and not URGE.search(clause[:m.start()] + clause[m.end():]):
                continue  # 「她在我们平台借了18,000元」: an existing loan described
            if re.search(r"最低还款|分期|申请", m.group(0)):
                continue
            if re.search(r"信用卡|卡", m.group(0)) and not re.search(r"刷|套|取现|借|透支|垫|别的|其他|另一|POS|pos", m.group(0)):
                continue
            if re.search(r"(?:让|叫|请)(?:他|她)[^，。！？!?]{0,4}(?:回电|联系|打)", clause):
                continue
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None
