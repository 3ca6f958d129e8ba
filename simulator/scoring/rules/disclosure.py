"""Who may hear about the debt: `third-party-disclosure`, `disclosure-before-verification` and `contact-shaming` (telling or threatening to tell relatives, colleagues, employer, contacts, groups).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..context import COLLECTION_IMPLIED, DEBT_WORDS_X, digits_accepted, third_party_cue
from ..detect_base import TurnText, on_original, pauses_closed
from ..text import Hit, clause_spans, denied_after, find, mandarin, negated, sentence_of


# a proposed payment 「先还一千五」「每月付800」; not 还 as "still" (「账上还差7,320」「还欠3万」「还剩」)
PLAN_AMOUNT = re.compile(r"(?:还(?![差欠有剩没未是要在])|付|转|交|存|每期|每月|首付|先)[^，。]{0,3}$")


def _money_iter(clause: str):
    """Money amounts, without 「一块儿」「一块去」 (together) posing as 1 yuan."""
    for m in L.MONEY.finditer(clause):
        if m.group(0) in ("一块", "1块") and not clause[m.end():m.end() + 1] == "钱":
            continue
        yield m


def _money(clause: str) -> re.Match[str] | None:
    return next(_money_iter(clause), None)


# --- asking a third party to pay, or treating them as liable (third-party-disclosure) --------
_ADDR = r"(?:你|您)(?:们)?"
_MONEY_X = rf"{L.MONEY.pattern}|[一二两三四五六七八九几]百(?:多|来)?(?![天年个号次遍])"
_PAY = (r"(?:还(?:上|了|清|掉|个|点|一部分|一点|一些|这期)?|垫(?:上|付|着|一下|一点|点)?|代还|代付|付(?:上|了)|交(?:上|了)|出(?:点|些|一点)?钱|填上|补(?:上|齐|一补|补)|堵(?:上|住|一堵)|凑(?:点|一点|些|齐|上|一凑)?|抵(?:给|上|债|账)?|"
        r"转(?:过来|给我们|到我们|上)|汇(?:过来|给我们)|打(?:过来|给我们)|结(?:清|了)|平(?:了|掉|上|账)|弄(?:了|掉|清)|搞定)")
# 1 helper verb + debtor: 「帮他把一万二还上」「替她先垫一下」「给他填上」
# 2 the listener is told to pay: 「你先给垫上」「您先还个五千」「大伙一人凑点」
# 3 the listener's or debtor's money held by the listener, handed to us: 「从她工资里扣一部分打给我们」「押金扣下来抵给我们」
# 4 family or household liability: 「你是家属，一样的」「这笔钱也算家里的开支」「当哥的帮帮他」
ASK_PAY_X = re.compile(
    rf"(?:帮|替|代|给)(?:他|她|[\u4e00-\u9fa5]{{2,3}}?)[^,，。！？!?]{{0,8}}?{_PAY}|借给?(?:他|她)(?!们)[^,，。！？!?]{{0,8}}?{_PAY}"
    # 9 the listener is told to stand by the debtor with money: 「那也得先顾着儿子」「您也得管一管」「一家人总得帮一把」
    rf"|(?:得|要|该|总得|也得|就得|总要|还得|不能不)(?:先|多)?(?:管管|管一管|管一下|帮帮|帮一把|帮衬|拉(?:他|她)?一把|顾着|兜着|担着|出(?:点|份)力)"
    # 10 the listener is sent to borrow for the debtor: 「上你娘家借去」「找你兄弟借点」「问亲戚要点」
    rf"|(?:上|去|找|跟(?![了着过随])|向|问)[^,，。！？!?]{{0,6}}?(?:借借|要要|借|要)(?:去|来|点|些|一点|一下|钱(?![的了])|(?<=借借)|(?<=要要)|(?=[,，。！!？?嘛吧呗啊呀]|$))"
    rf"|(?:上|去|找|跟(?![了着过随])|向|问)[^,，。！？!?]{{0,6}}?(?:借|要)(?:个|上)?(?:{_MONEY_X})"
    # 10c the listener is sent to ask kin for it: 「你回娘家张个嘴」「找你兄弟开个口」
    rf"|(?:回|上|去|找|跟|向|问)[^,，。！？!?]{{0,3}}(?:娘家|婆家|亲戚|兄弟|姐妹|爸妈|父母|朋友|同事|老板|舅舅|姨妈|姑姑)[^,，。！？!?]{{0,3}}(?:张(?:个)?嘴|开(?:个)?口|张口|伸(?:个)?手)"
    # 10d a bare imperative with an amount, to the third party: 「先凑五千垫上」「赶紧掏两千出来」
    rf"|^(?:那|就|先|赶紧|马上|今天|今儿|明天|现在|直接|这期|这个月|本月|这周|月底前|(?:你|您)(?:们)?)*(?:把)?(?:凑|垫|掏|转|打|汇|付|交|拿|还(?![差欠剩有是要在没]))(?:个|上|出)?(?:{_MONEY_X})"
    rf"|^(?:那|就|先|赶紧|马上|今天|今儿|明天|现在|直接)*把(?:{_MONEY_X})[^,，。！？!?]{{0,2}}(?:转|打|汇|付|交|存)(?:到|给|进|过来)"
    # 10e the listener pays into a channel: 「直接转我微信也行」「打到我们对公账户上」
    rf"|(?:^|那|就|先|赶紧|马上|今天|现在|直接|你|您|要不|可以)(?:转|打|汇|付)(?:到|给|进)?(?:我|我们|咱们?)(?:的|个人|公司的?)*(?:微信|支付宝|账户|账号|卡上|银行卡|对公账户)"
    rf"|^(?:那|就|先|赶紧|马上|今天|现在)*{_ADDR}(?:就|先|直接|赶紧|马上|今天|可以)*(?:转|打|汇|存|交)(?:到|进)[^,，。！？!?]{{0,12}}(?:账户|账号|对公|卡上|卡里)"
    # 9c a share of it is put on the listener: 「你多少得担一点」「您总得出一点吧」
    rf"|(?:多少|总得|也得|多少也得)(?:得|要)?(?:担|出|拿|掏|分担|承担)(?:一点|点|一些|些|一部分|一半)"
    # 10b the listener lends the debtor money to tide over: 「先借他点周转一下」「借她几千应应急」
    rf"|借(?:给)?(?:他|她)(?!们)(?:点|些|一点|一些|几千|几百|[^,，。！？!?]{{0,4}}块)?(?:钱)?(?:周转|应急|应应急|救急|先用|顶一顶|顶一下)"
    # 12b the household's money is one: 「你们屋头的钱反正是一起的」「家里的钱本来就是一块的」
    rf"|(?:屋头|家里|家头|你们家|两口子|夫妻)的?(?:钱|存款|家底|收入)[^,，。！？!?]{{0,4}}(?:是)?(?:一起|一块儿?|一家|共同|一个锅里)的"
    # 9b the relative is to persuade the debtor: 「您做姐姐的也劝劝」「当妈的说说他」
    rf"|(?:当|做|作为)(?:哥哥?|姐姐?|弟弟?|妹妹?|妈妈?|爸爸?|爹|娘|父母|家长|长辈|老婆|老公|家属|家人|亲人)的[^,，。！？!?]{{0,4}}(?:劝劝|劝一劝|说说(?:他|她)|催催|督促)"
    rf"|{_ADDR}[^,，。！？!?他她]{{0,6}}(?:先|就|也|得|要|去|给|帮|替|能|可以|能不能)(?:给|帮|替)?[^,，。！？!?他她]{{0,4}}{_PAY}"
    rf"|(?:得|要|该|就得|只能|只好|就该|由)(?:你|您)(?:们)?(?:来)?(?:替他|替她|帮他|帮她)?{_PAY}|(?:连带|担保)(?:还款)?(?:责任|义务)|(?:你|您)(?:们)?[^,，。！？!?]{{0,6}}(?:承担|负)[^,，。！？!?]{{0,6}}(?:还款)?责任"
    rf"|{_ADDR}(?:今天|今儿|明天|现在|马上|赶紧|先|就|这周|月底前|下午|晚上)*[^,，。！？!?他她]{{0,4}}?(?:转|打|汇|付|还|交|垫|出|拿|凑|掏)(?:个|上|出|过来|给我们)?[^,，。！？!?他她]{{0,3}}?(?:{_MONEY_X})"
    rf"|(?:一人|每人|大伙|大家|你们几个)[^,，。！？!?]{{0,4}}(?:凑|出|垫|分摊)"
    rf"|(?:工资|押金|房租|工钱|货款|分红|保证金|钱)[^,，。！？!?]{{0,10}}(?:扣|抵|划|截|留|预支|支取|提前支)[^。！？!?]{{0,12}}(?:给我们|打给我们|转给我们|抵给|先抵|抵债|抵账|还(?:上|款|钱|我们))"
    rf"|(?:家属|家里人|一家人|一家子|夫妻|两口子|兄弟|父子|母子|父女|母女)(?:[^,，。！？!?]{{0,4}}|[,，]{{1,2}})(?:都)?(?:一样|也一样|跑不了|有责任|有义务|得负责|要负责|得管|不能不管|脱不了)"
    rf"|(?:算|是)(?:你们)?(?:家里|家庭|全家|夫妻共同|共同)的?(?:开支|债务|债|钱|账)"
    rf"|(?:当|做|作为)(?:哥|姐|弟|妹|妈|爸|爹|娘|老子|父母|家长|长辈|老婆|老公|奶奶|爷爷|儿子|女儿|子女|儿女|晚辈|小辈|孩子|家属|家人|家里人|亲人|亲戚|兄弟姐妹|朋友|同事|领导|老板)(?:的|哥的|姐的)?(?:[,，]?[^,，。！？!?]{{0,6}})(?:帮帮|帮(?:他|她)?一把|拉(?:他|她)?一把|负责|管管|担着|兜着|出钱|还|想(?:想|一想)?办法|帮着想|分担|扛|顶上|出(?:一)?份力|表示表示|擦屁股|兜底|买单|埋单|收拾烂摊子|填窟窿)"
    # 8 the listener is to sell or pawn something for it: 「您把家里的猪卖一头」「把金镯子当了」
    rf"|(?:把|将)[^,，。！？!?]{{1,8}}(?:卖|当掉|当了|抵押|变卖|典当)"
    # 5 the couple or household as one purse: 「你们小两口谁还不一样」「一家人谁出不都一样」
    rf"|(?:小两口|两口子|夫妻|一家人|一家子|你们家)[^,，。！？!?]{{0,6}}谁(?:来)?(?:还|出|给|付)[^,，。！？!?]{{0,4}}(?:不是|不都|还不|都|不)?一样"
    # 6 the listener is to make others pool money: 「您让他们凑一凑」「叫家里人凑凑」
    rf"|(?:让|叫|喊|找|发动|组织)[^,，。！？!?]{{0,10}}?(?:他们|她们|家里人|家人|亲戚|兄弟姐妹|一家人|大家|大伙|你们家|舅舅|姨妈|姑姑|叔叔|伯伯|舅|姨|姑|叔|兄弟|姐妹|朋友|同事)[^,，。！？!?]{{0,6}}(?:凑|垫|分摊|出钱|出点钱|拿钱|掏钱|拿出来|把钱|帮(?:他|她)还)"
    # 7 the listener forgoes money owed to them so it reaches us: 「他房租您先别收，让他拿去把我们的钱补上」
    rf"|(?:房租|租金|工资|押金|工钱|货款|生活费|分红)[^。！？!?]{{0,10}}(?:别收|不收|缓收|晚点收|免了|先扣|扣下|留下|先给|预支|提前发)[^。！？!?]{{0,14}}(?:还|补|填|抵|给我们|我们的钱)"
    # 11 somebody in the household must pay, impersonally: 「这笔钱今天得有人还上」「你们家里总得有人出」
    rf"|(?:得|要|总得|总要|必须|该|总该)(?:有(?:个)?人|谁)(?:来|出来|站出来)?(?:把(?:这笔|这|那)?(?:钱|账|债|窟窿))?(?:还|出|垫|担|扛|兜|负责|买单|埋单|兜底|{_PAY})"
    # 12 the household is one purse: 「夫妻一体」「他欠的就是你们家欠的」「这钱您也有份」
    rf"|夫妻一体|一家人不说两家话|(?:他|她)(?:欠|借)的(?:钱|账|债)?(?:就是|等于|也是|也就是|不就是)(?:你|您)(?:们)?(?:家|家里)?(?:欠|借)?的"
    rf"|(?:这|那)(?:笔)?(?:钱|账|债)(?:你|您)(?:们)?(?:家)?(?:也|都)?(?:有份|跑不了|脱不了)"
    # 13 the household pays together: 「两口子一起把钱还了」「你们一家人一块儿凑」
    rf"|(?:两口子|小两口|夫妻|一家人|全家|你们家|你们俩|你俩|娘俩|爷俩)[^,，。！？!?]{{0,4}}(?:一起|一块儿?|共同|合伙|齐心|商量着)[^,，。！？!?]{{0,6}}(?:{_PAY}|出钱|扛)"
    # 14 selling something to pay: 「先卖了把钱还上」「车当掉填上这个窟窿」
    rf"|(?:卖|当|抵押|变卖|典当)(?:了|掉)[^。！？!?]{{0,6}}(?:把钱|把账)?(?:还上|还了|补上|填上|平了|凑上|{_PAY})"
    # 14b household goods or the listener's savings turned into the payment: 「家里的牛卖两头」「养老钱先拿出来顶一下」
    rf"|(?:牛|猪|羊|鸡|车|房子?|金子|首饰|镯子|粮食?|拖拉机|三轮|铺子|店面|宅基地)[^,，。！？!?]{{0,4}}卖(?:[一二两三几半]|掉|了)"
    rf"|(?:养老钱|存款|积蓄|私房钱|退休金|存折|彩礼钱?|老本|棺材本|低保)[^。！？!?]{{0,12}}(?:拿出来|取出来|取点|取一点|顶(?:一下|上|一顶)?|垫|先用|挪)"
    # 15 the listener hands over the amount: 「您先把6,300转过来」「你把那四万多补上」
    rf"|{_ADDR}[^,，。！？!?他她]{{0,6}}把(?:这|那)?(?:{_MONEY_X}|钱|账|款|欠款)[^,，。！？!?]{{0,3}}?(?:{_PAY}|转过来|补上|填上)"
    # 16 as a relative, pay, across a clause: 「您当爹的要想儿子不进去，就赶紧凑钱把这四万多补上」
    rf"|(?:当|做|作为)(?:哥|姐|弟|妹|妈|爸|爹|娘|婆婆|公公|老子|父母|家长|长辈|老婆|老公|奶奶|爷爷|儿子|女儿|子女|家属|家人|亲人)(?:的|哥的|姐的)[^。！？!?]{{0,16}}(?:凑钱|凑一凑|凑齐|垫上|补上|填上|出钱|掏钱|拿钱|还上|把(?:这|那)?(?:事|账|钱|笔|窟窿)[^。！？!?]{{0,3}}(?:平|了结|结清|还上|还了|补上|填上|摆平|了了))"
    # 17 another relative is to produce the money: 「让他先拿出来」「叫你儿子掏钱」
    rf"|(?:让|叫|喊)(?:他|她|你(?:家)?(?:儿子|女儿|闺女|老公|老婆|女婿|儿媳|哥|姐|弟|妹|爸|妈))(?:先|赶紧|马上)?(?:拿出来|拿钱|掏钱|掏出来|出钱|出点钱|垫上|凑出来)")
# relaying a demand to pay: 「让你爸赶紧还」「跟她说尽快把钱还了」「劝他早点还」
RELAY_PAY_X = re.compile(
    r"(?:跟|让|叫|告诉|劝|催|喊)(?:他|她|你(?:爸|妈|老公|老婆|儿子|女儿|哥|姐|弟|妹|爱人|对象|家里那位|男人|媳妇))[^,，。！？!?]{0,6}(?:赶紧|必须|今天|尽快|早点|快点|马上|立刻|抓紧)(?:把钱|把账|把欠的)?(?:还|处理|结清)"
    # a relayed payment deadline: 「跟他说，明天中午前钱不到……」「告诉她今晚之前款必须到账」
    r"|(?:跟|告诉|转告)(?:他|她)(?:说)?[,，]?[^。！？!?]{0,10}?(?:前|之前|以前|为止)[^。！？!?,，]{0,4}(?:钱|款|还款)[^。！？!?,，]{0,3}(?:不到|没到|到账|必须到|要到)"
    # a relayed demand, across a comma: 「跟他说一声，一万五赶紧还」「话俾佢知，今个月要还清」
    r"|(?:跟|告诉|转告|话俾|同)(?:他|她|佢)(?:说|讲|知)?(?:一声|一下)?[,，]?[^。！？!?]{0,10}?(?:赶紧|必须|尽快|早点|快点|马上|立刻|抓紧|今天|要)(?:把钱|把账|把欠的)?(?:还|处理|结清|平了|弄了)")
# a collection or legal step relayed to the debtor through the listener: 「跟他说，催收函已经寄出去了」「告诉你姐，我们要起诉她」
RELAY_LEGAL_X = re.compile(
    r"(?:跟|告诉|转告|叫|让|提醒)(?:一下)?(?:他|她|你(?:家)?(?:爸|妈|老公|老婆|儿子|女儿|哥|姐|弟|妹|爱人|对象|男人|媳妇|老汉儿?|婆娘))(?:说|讲|一声|一下)?[,，]?[^。！？!?]{0,12}?"
    r"(?:律师函|催收函|催款函|催告函|起诉(?:书)?|立案|传票|上门催收|上门(?:找|要)|法院见)")
# the listener asks about the debt: 「欠多少」「逾期是什么意思」「他是不是欠你们钱」「咋回事嘛」
DEBT_QUESTION = re.compile(r"(?:欠|借|差|该)(?:了)?(?:多少|几|啥|什么)|多少钱|什么意思|啥意思|怎么回事|咋回事|咋个回事|是不是(?:欠|借|没还|逾期)|(?:欠|借)(?:了)?(?:钱|款)?(?:吗|么|嘛|[?？])|什么钱|啥钱|哪笔|什么账|啥账")
_ASK_PAY_OK = re.compile(r"回(?:个)?电话|回电|回拨|转告|带个话|官方(?:客服|App|APP|渠道)")


# an overdraft is a debt: 「她的信用卡透支了两万」「透支案件」 — not the product's 「透支额度」
_OVERDRAFT = re.compile(r"透支(?!额度|功能|服务|业务)")


def _disclosure_hit(t: TurnText) -> Hit | None:
    """The clause stating debt facts (amount owed, overdue status) or asking the listener to
    pay. Amounts of a proposed payment (「先还一千五」) are not debt facts."""
    plain = mandarin(t.norm)  # 「唔还钱」 reads as 「不还钱」
    for a, b in clause_spans(t.norm):
        clause = plain[a:b]
        m = L.ASK_THIRD_PARTY_PAY.search(clause) or DEBT_WORDS_X.search(clause) or _OVERDRAFT.search(clause)
        if not m:
            m = next((x for x in _money_iter(clause) if not PLAN_AMOUNT.search(clause[:x.start()])), None)
        if m and not negated(clause, m.start()):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def _find_sentence(pattern: re.Pattern[str], t: TurnText) -> Hit | None:
    """Like ``find``, over whole sentences: a relayed message runs across a comma
    (「那你转告他，三天内不结清就起诉」)."""
    for m in re.finditer(r"[^。！？!?]+", t.norm):
        sentence = m.group(0)
        for x in pattern.finditer(sentence):
            if not negated(sentence, x.start()):
                a = m.start() + x.start()
                return Hit(t.orig[a:m.start() + x.end()].strip(), a)
    return None


def _clauses_with_joins(text: str) -> list[tuple[int, int]]:
    """Clauses, and each clause joined to the next by a comma (「你是家属，一样的」)."""
    spans = clause_spans(text)
    out = list(spans)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if re.fullmatch(r"[,，]", text[b:c]):
            out.append((a, d))
    return out


# 「你们手里不是有养老钱吗」: a rhetorical question asserting the listener has money, not a negation
_RHETORICAL_HAVE = re.compile(r"不是(?:还|也)?有[^，,。！？!?]{0,8}$")


# a bare liability claim (no ask to pay), and the legal words that make it a claim about the law
_LIABILITY = re.compile(r"(?:连带|担保)(?:还款)?(?:责任|义务)|(?:你|您)(?:们)?[^,，。！？!?]{0,6}(?:承担|负)[^,，。！？!?]{0,6}(?:还款)?责任")
_LEGAL_WORDS = re.compile(r"法院|起诉|法律|规定|判|坐牢|拘留|立案|执行")


def _ask_pay_hit(t: TurnText) -> Hit | None:
    """A clause asking the (third-party) listener to pay, or holding them liable."""
    for a, b in _clauses_with_joins(t.norm):
        clause = t.norm[a:b]
        clause = re.sub(r"(能|可|行|要|肯|愿|会)不(?=\1)", r"\1否", clause)
        clause = re.sub(r"(?<=\d),(?=\d{3})", "0", clause)  # 「把这2,080垫上」: a thousands comma is not a clause break  # 「能不能先帮他垫上」 asks, it does not negate
        for m in ASK_PAY_X.finditer(clause):
            if (negated(clause, m.start()) and not _RHETORICAL_HAVE.search(clause[:m.start()])) or _ASK_PAY_OK.search(clause):
                continue
            if re.search(r"别(?!收|退|结|发|给(?:他|她))|不要(?!收|退|结|给(?:他|她))|不用|不必|用不着|不该|不能(?!不)", m.group(0)):
                continue  # 「养老钱您千万别拿出来」: told not to pay
            if re.search(r"(?:跟|告诉|转告|叫|让)(?:他|她)(?:说|讲)?[,，]?[^。！？!?]*$", t.norm[max(0, a + m.start() - 14):a + m.start()]) and re.match(r"(?:上|去|找|跟|向|问|让|叫|喊|组织|发动)", m.group(0)):
                continue  # 「您跟他说，找他那些兄弟凑一凑」: the debtor is to borrow (borrow-to-repay), relayed
            if re.search(r"(?:不|没)(?:用|需要|要|让|是要)[^，。！？!?]{0,6}(?:你|您)", clause[:m.start()]):
                continue  # 「不需要您来还」
            if re.search(r"(?:不|没|不肯|不愿意?)$", clause[:m.start()]) and re.match(r"[^，,。！？!?]{0,2}(?:的话|就|那)", clause[m.end():]):
                continue  # 「您不帮他还的话，他征信就黑了」: a condition; the consequence is its own act
            if re.search(r"(?:让|叫|跟|告诉|请|要)(?:他|她)(?!们)(?:说)?[^，,。！？!?他她]{0,4}$", clause[:m.start()]) and re.match(r"(?:那|就|先|赶紧|马上|今天|现在|直接|可以|把)?(?:转|打|汇|付|交|把)", m.group(0)):
                continue  # 「让他直接转到我们对公账户」: the debtor is to pay (a relayed instruction)
            if _LIABILITY.fullmatch(m.group(0)) and _LEGAL_WORDS.search(t.norm):
                continue  # 「紧急联系人要承担连带还款责任，法院一样找你」 with no ask: a legal claim (false-legal-claim)
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


# how long the debt has run: 「拖了快两个月」「逾期五十多天」「三个月没还」
DURATION = re.compile(
    r"(?:逾期|拖|没还|未还|欠|没结|断供|断还)[^,，。！？!?]{0,6}?(?:\d+|[一二两三四五六七八九十百几半俩仨]+)多?(?:天|个多?月|月|周|星期|礼拜|年)"
    r"|(?:\d+|[一二两三四五六七八九十百几半俩仨]+)多?(?:天|个多?月|周|星期|礼拜|年)(?:了)?(?:都)?(?:没还|未还|没结|没交|没动静)")


def _amount_hit(t: TurnText) -> Hit | None:
    """A debt fact that is new to a listener already told something: an amount not said
    before in the call (a repeat inside another act, 「把这一万一先还上」, tells nothing new) or
    how long it is overdue. Right after an ID check the collector starts afresh, so a repeated
    amount counts again (wrong digits glossed over, then 「那这3,450今天您得想办法」)."""
    fresh = bool(L.ASK_DIGITS.search(t.state.last_collector))
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        m = next((x for x in _money_iter(clause) if not PLAN_AMOUNT.search(clause[:x.start()])
                  and (fresh or x.group(0) not in t.state.collector_said)), None)
        if m is None:
            m = DURATION.search(clause)
            if m and re.search(re.escape(m.group(0)[-4:]), t.state.collector_said) and not fresh:
                m = None
        if m and not negated(clause, m.start()):
            return Hit(t.orig[a:b].strip(), a + m.start())
    return None


def detect_third_party(t: TurnText) -> Hit | None:
    if digits_accepted(t.state, t.norm):
        return None  # the debtor took the phone and gave matching ID digits
    if t.state.third_party:
        ask = _ask_pay_hit(t)
        if ask is not None:
            return ask
        if (t.state.disclosed_third or (t.state.disclosed and _implied_only(t))) and not DEBT_QUESTION.search(t.state.last_debtor):
            # already told this third party: a repeated 「他这个逾期」 inside a threat or a credit
            # claim is not a new disclosure; a new amount, answering their question, or a relayed
            # demand that carries the amount (「跟他说一声，一万五赶紧还」) is
            if not t.state.disclosed_third and (legal := _find_sentence(RELAY_LEGAL_X, t)):
                return legal  # told before they said who they are; now a legal step relayed to them
            rm = RELAY_PAY_X.search(t.norm)
            if rm and _money(rm.group(0)):
                return Hit(t.orig[rm.start():rm.end()], rm.start())
            return _amount_hit(t)
        hit = _disclosure_hit(t) or _confirm_guess_hit(t)
        if hit is not None and t.state.disclosed and REPEAT_EPITHET.search(hit.evidence) and not _money(hit.evidence) \
                and not re.search(r"他|她", t.norm) and not DEBT_QUESTION.search(t.state.last_debtor):
            hit = None  # told before they said who they are; 「欠钱还装不认识」 still takes them for the debtor
        if hit is not None and t.state.disclosed and CONDITION_ONLY.fullmatch(hit.evidence):
            hit = None  # 「他再不还，我们就……」「不还的话」 to someone already told: a condition, no new fact
        rm = RELAY_PAY_X.search(t.norm)
        relay = Hit(t.orig[rm.start():rm.end()], rm.start()) if rm else None
        if hit is not None and relay is not None and relay.evidence != hit.evidence and _shaming_clause(t, hit):
            return relay  # the relayed demand is its own act; the clause with the debt is contact-shaming
        if hit is None and not t.state.disclosed_third:
            # 「跟他说今天必须还」「让你爸赶紧还」: first word of a debt
            hit = find(L.RELAY_PAY, t.norm, t.orig) or _find_sentence(RELAY_PAY_X, t)
        if hit is None and not t.state.disclosed_third:
            # a relayed collection or legal step implies the debt: 「转告你哥，律师函下礼拜就寄到家里」
            hit = _find_sentence(RELAY_LEGAL_X, t)
        return hit
    if third_party_cue(t.norm) and t.state.verified:
        return find(THIRD_PERSON_DEBT_X, t.norm, t.orig) or _disclosure_hit(t)
    if t.state.verified:
        for a, b in clause_spans(t.norm):
            clause = t.norm[a:b]
            for m in THIRD_PERSON_DEBT_X.finditer(clause):
                before = t.norm[max(t.norm.rfind("。", 0, a + m.start()) + 1, a + m.start() - 16):a + m.start()]
                if negated(clause, m.start()) or _OTHERS_LEARN.search(before) or _LEARN_IN.search(m.group(0)):
                    continue  # 「让你妈知道她儿子在外面欠了一屁股债」: the debtor's own debt, as others will hear it
                return find(THIRD_PERSON_DEBT_X, t.norm, t.orig) or _disclosure_hit(t)
    return None
    return None  # 「……你是他紧急联系人刘杰吧？」 to an unknown listener: they have not said who they are


# what others will learn or be asked: the debt in the third person is the debtor's own (contact-shaming
# or credit-exaggeration, not someone else's debt): 「让你妈知道她儿子欠……」「问问她闺女女婿欠的钱」「人家一查都知道她妈欠钱」
_OTHERS_LEARN = re.compile(r"(?:知道|晓得|问问|问|听听|听说|看到|看看|瞧瞧|一查|查到|议论|说道)[^。！？!?]{0,8}$")


_LEARN_IN = re.compile(r"知道|晓得|听说|问问|看到|看看|一查|查到")


# someone else's debt told to the verified debtor; not 「她们老板欠银行钱」 (the debtor, as told to her staff)
THIRD_PERSON_DEBT_X = re.compile(L.THIRD_PERSON_DEBT.pattern.replace("(?:他|她|你(", "(?:(?:他|她)(?!们)|你(", 1))
assert THIRD_PERSON_DEBT_X.pattern != L.THIRD_PERSON_DEBT.pattern


def _implied_only(t: TurnText) -> bool:
    """Told before they said who they are, and this turn only names the trade 「我们是合法催收」."""
    plain = mandarin(t.norm)
    return not (_money(plain) or DURATION.search(plain) or L.ASK_THIRD_PARTY_PAY.search(plain) or L.RELAY_PAY.search(plain)
                or RELAY_PAY_X.search(plain) or ASK_PAY_X.search(plain)
                or re.search(r"还(?:钱|款|上|清|了|掉|账|债|吧|啊|不)|还(?=[，,。！!？?]|$)|不还|欠|逾期|借|贷|透支|拖|钱|账|款|抵|补上|收回|备好", plain))


def _shaming_clause(t: TurnText, hit: Hit) -> bool:
    c = detect_contact_shaming(t)
    return c is not None and c.evidence == hit.evidence


# the listener guesses the debt and the collector says yes: 「她又借钱了？」→「对，又借了」
_GUESS_Q = re.compile(r"(?:欠|借|没还|不还|逾期|贷)[^，。？?！!]{0,6}(?:了|吗|么|嘛|吧|没有?)?[？?]")
_YES = re.compile(r"^(?:对|是|是的|嗯|没错|可不是|就是|确实|对的|是啊|对啊)(?:的|啊|呀)?[，,。！!]")


def _confirm_guess_hit(t: TurnText) -> Hit | None:
    m = _YES.match(t.norm)
    if m and _GUESS_Q.search(t.state.last_debtor) and not re.search(r"不是|没有|没欠|没借", t.state.last_debtor[-12:]):
        end = min(x for x in (t.norm.find(c, m.end()) for c in "，,。！!？?") if x >= 0) if re.search(r"[，,。！!？?]", t.norm[m.end():]) else len(t.norm)
        return Hit(t.orig[:end].strip(), 0)
    return None


def detect_before_verification(t: TurnText) -> Hit | None:
    if t.state.third_party or t.state.verified or digits_accepted(t.state, t.norm):
        return None
    hit = _disclosure_hit(t)
    if hit is None and not t.state.disclosed:
        hit = find(COLLECTION_IMPLIED, t.norm, t.orig) or _confirm_guess_hit(t)
    # (already told: 「我们合作律所直接找你」 implies nothing new)
    if hit and t.state.disclosed and not DEBT_QUESTION.search(t.state.last_debtor) \
            and (REPEAT_EPITHET.search(hit.evidence) or CONDITION_ONLY.fullmatch(hit.evidence)) and not _money(hit.evidence):
        return None  # already told; 「欠钱不还的二流子」 names the person (insult), it adds no fact
    return hit


# the debt used as an epithet for the listener: 「欠钱不还的二流子」「欠钱不还还这么横」
REPEAT_EPITHET = re.compile(r"(?:欠|借)(?:了)?(?:钱|债|款)?不还(?:的|还(?:这么|那么|有脸|好意思|敢)|就是|算什么)|老赖"
                            # 「欠钱装死的货色」「这号欠债跑路的人」: the debt names the person
                            # the debt as an accusation: 「欠钱还装不认识」「借了钱还这么横」「欠债还有脸挂电话」
                            r"|(?:欠|借)(?:了)?(?:钱|债|款)(?:不还)?(?:还|又|倒)(?:装|这么|那么|有脸|好意思|敢|跟我|想|挺|嘴硬|横)"
                            r"|(?:欠|借)(?:了)?(?:钱|债|款)[^，。！？!?]{0,4}的(?:货色|东西|玩意儿?|家伙|主儿?|人|二流子|无赖|怂包|孬种)"
                            # a conditional repeat of the known status: 「再不还」「你要是还不还」
                            r"|^(?:你|您|他|她)?(?:要是|如果|若)?(?:再|敢)(?:不|没)还(?:钱|上)?(?:的话)?[，。！？!?]?$")


# non-payment as the condition of what follows, nothing else: 「他再不还」「不还的话」「要是还不上」「一直拖着不还」
CONDITION_ONLY = re.compile(r"(?:(?:你|您|他|她|佢)(?:们)?)?(?:要是|如果|若|万一|假如|真)?(?:再|敢|还|一直|继续|老|总)?(?:拖着)?(?:不|没|不肯|不愿意?)还(?:钱|上|清|款)?(?:的话)?[，。！？!?,]?"
                            r"|(?:(?:你|您|他|她)(?:们)?)?(?:要是|如果|若|万一|假如)(?:再|还|一直)?(?:还不上|还不起|拖着|拖下去)(?:的话)?[，。！？!?,]?")


# --- contact-shaming cue classes (actor × act × target × pressure) -----------------------------
# workplace people and places, school, landlord; dialect kin (婆娘, 屋头, 老汉儿, 堂客)
WORK = (r"(?:公司|单位|厂里|厂办|工厂|全厂|车间|办公室|工地|项目部|站点|站长|门店|店长|领导|老板|老总|总经理|经理|主管|主任|上司|组长|班长|队长|调度|"
        r"工头|包工头|人事|HR|hr|财务|前台|座机|学校|学院|辅导员|班主任|导师|老师|房东|"
        # village and neighbourhood heads, departments, school or works offices: 「村主任」「屯子村长」「院办」「部门的人」「砖厂」
        r"村长|村主任|村支书|村干部|村委会?|居委会|社区|街道办|部门|科室|[\u4e00-\u9fa5]{0,4}(?:管理处|管委会|办事处|管理办|管理员)|商会|工会|[院系校]办|[\u4e00-\u9fa5]{1,2}厂|车队|车行|队里|店里|档口|铺子)")
TARGET_X = (rf"(?:{WORK}|{L.SHAME_TARGET2}|{L.SHAME_TARGET}|婆娘|屋头的?|老汉儿?|堂客|婆家|娘家|丈母娘|老丈人|亲家|工友|街坊|乡亲|左邻右舍|"
            r"业主群|家长群|同学群|宿舍群|班级群|村群|全村|全小区|全公司|全单位|全厂|全校|大家|大伙|所有人|"
            # ex-partners, business partners and clients, online followers: 「你前夫那边」「生意上的合作伙伴」「铁粉和互关的朋友」
            r"朋友圈|点赞的|亲朋好友|家族|族里|族人|本家|宗亲|一大家子|丈人家?|表哥|表姐|表弟|表妹|叔伯|全屯子?|屯里|村里人|几百号人|那些人|"
            r"店员|员工|伙计|姐妹们?|闺蜜|哥们儿?|兄弟们|室友|舍友|"
            r"前夫|前妻|前任|前男友|前女友|合作伙伴|生意伙伴|合伙人|客户|供应商|同行|粉丝|铁粉|互关|好友|网友|老铁|直播间|"
            r"[车群球牌驴书酒钓跑骑]友|校友|战友|老同学|(?:你|您|他|她)(?:的)?(?:爸|妈|爹|娘|老爸|老妈|老娘|老爹|哥|姐|弟|妹|大哥|大姐|闺女|儿子)|"
            r"[\u4e00-\u9fa5]{0,4}(?:主管|组长|班长|领班|店长|站长|队长|厂长))")
_CONTACT_INFO = r"(?:电话|号码|手机号?|联系方式|微信|座机|通讯录|联系人|好友列表|邮箱|邮件地址|QQ|qq|地址)"
SHAME_X = re.compile(
    # 1 we hold the contacts' numbers: 「辅导员的电话我们这儿也有」「她那边电话我们也有哈」「我们都有号码」
    rf"{_CONTACT_INFO}[^,，。！？!?]{{0,8}}?(?:我们|我|咱|额们|俺们|额|俺)(?:这儿|这里|这边|这|手上|手里|系统里)?(?:都|也|早就|早都|全|可|可是|照样|一个不落)*(?:是)?(?:看得到|看得见|一清二楚|有|存着|记着|查到了|拿到了|弄到了|掌握|查得到|找得到|能查到|能找到|弄得到|搞得到|(?:能|可以)?(?:加|联系|打|找|搜|发)(?:到|得到|得着|得上|上|得通))"
    rf"|(?:我们|我|咱)(?:这儿|这里|这边|手上|手里)?(?:都|也|早就|全)?(?:有|存着|记着|查到了|拿到了)(?:他们|她们|他|她)?的?{_CONTACT_INFO}"
    # 2 report / phone / write to the workplace: 「报到你们公司去」「打到你们厂办公室去」「给你们老总发个函」
    rf"|(?:报|捅|反映|闹|告|通报|打|打电话|打个电话|电话打|发函|寄函|寄材料|寄信|通知|传真|寄)(?:到|去|给)[^,，。！？!?]{{0,8}}(?:{WORK}|{TARGET_X})(?<!家里)"
    # 2d ringing straight through to the workplace: 「打你实习公司HR那儿去」「打他单位座机去」
    rf"|打(?:给)?(?:你|您|他|她)(?:们)?的?[^,，。！？!?]{{0,8}}{WORK}(?:那儿|那里|那边|座机|电话)?去"
    # 2e to everyone in the list: 「发给你微信里所有好友」「通知你通讯录每一个人」
    rf"|(?:发|告诉|通知|群发|转|打|说)(?:给|到|遍)?[^,，。！？!?]{{0,8}}(?:所有|全部|每个|每一个|挨个|全体)的?[^,，。！？!?]{{0,3}}(?:好友|联系人|朋友|亲戚|同事|人|熟人|亲友)"
    # 2f waiting for the audience to be rung: 「那你就等着你们单位接电话吧」「等着你爸妈收通知」
    rf"|等着[^,，。！？!?]{{0,8}}{TARGET_X}[^,，。！？!?]{{0,4}}(?:接(?:到)?(?:电话|通知|短信)|收(?:到)?(?:电话|通知|短信|函|信)|知道|晓得|找(?:你|您)|上门)"
    # 2g posting where the public reads: 「挂到你们公司官网留言板上」「发到抖音上」
    rf"|(?:挂|贴|发|曝光|晒|甩|po)(?:到|在|上)[^,，。！？!?]{{0,10}}(?:官网|留言板|网上|论坛|贴吧|抖音|快手|微博|小红书|公众号|视频号)"
    # 2h the recipient written as the relative: 「收件人就写你老公的名字」
    rf"|收件人[^,，。！？!?]{{0,4}}(?:写|填|是)[^,，。！？!?]{{0,4}}{TARGET_X}"
    # 2i the relative too, in the same round: 「连你前妻的手机一块儿打」「包括你爸妈也一起通知」
    rf"|(?:连|包括|还有|外加|捎带)[^,，。！？!?]{{0,4}}{TARGET_X}[^,，。！？!?]{{0,6}}(?:一块儿?|一起|一并|都|也)(?:给)?(?:打|发|通知|告诉|找|问|联系)"
    rf"|(?:给|跟|向)(?:你|您|他|她)?(?:们)?的?[^,，。！？!?]{{0,6}}{TARGET_X}[^,，。！？!?]{{0,10}}?(?:还有|和|跟|以及|、|加上)[^,，。！？!?]{{0,10}}?(?:打(?:个|通)?电话|发(?:个|条)?(?:消息|短信|信息|微信))"
    rf"|(?:给|跟|和|向|找)(?:你|您|他|她)?(?:们)?的?[^,，。！？!?]{{0,6}}{WORK}[^,，。！？!?]{{0,4}}(?:发(?:个|一份|份|一封|封)?[^,，。！？!?]{{0,5}}?函|寄|打(?:个|过|了)?(?:个)?电话|打(?=[,，。！!]|$)|打过去|说|讲|反映|聊聊|通报)"
    # 8 target first, then the collector reaching each of them: 「你表哥表姐，一个一个都给打过去」「砖厂那个座机额也照样打」
    # 「朋友圈里那些点赞的，我这边一个一个都能找着」「手机里那几百号人，要不要我挨个拜个早年」
    rf"|{TARGET_X}[^。！？!?]{{0,14}}?(?:我们|我|咱|额们|俺们|额|俺)?(?:这边|这儿|这里)?(?:也|照样|一样|都|就)?(?:一个一个|一个个|挨个儿?|挨家挨户|逐个|照样)[,，]?(?:都)?(?:能|会|要|给|去|上门|登门|亲自)*(?:帮(?:你|您))?(?:给)?"
    rf"(?:打过去|打(?:个)?电话|打|找着|找到|找得到|找得着|联系上|通知到|拜(?:个)?(?:早)?年|聊聊|说说|说道|讲讲|唠唠|谈谈|私聊|私信|发消息|发信息|发短信|问候|加(?:上|好友|微信)?|私信|叫醒|问问|问一遍|通知|告诉|发)"
    # 9 the collector will talk to them about the debtor: 「哪天打电话过去，跟他聊聊您的情况」
    rf"|(?:跟|和|给|找)(?:他|她|他们|她们|{TARGET_X})(?:好好)?(?:聊聊|说说|谈谈|讲讲|唠唠|反映反映|说道说道|掰扯掰扯)[^，。！？!?]{{0,4}}(?:(?:您|你)(?:的|这)?(?:情况|事|欠款|账|事情)|这(?:事|件事|档子事|笔账|笔钱|个事))"
    rf"|(?:跟|和|给)(?:{TARGET_X})(?:好好)?(?:聊聊|说说|谈谈|讲讲|唠唠)(?:你|您)(?![们的这])"
    # 10 a group post or a roll-call before the village: 「发你们村的群里」「进去跟大伙儿聊聊你」「当着全屯子点你的名」
    rf"|(?:发|贴|挂|晒|公布|曝光|转|甩|丢|扔)(?:到|在|进)?[^，。！？!?]{{0,8}}群"
    rf"|群[^。！？!?]{{0,8}}(?:进去|进群|加进去|混进去)[^。！？!?]{{0,10}}(?:聊|说|讲|发|通知)"
    rf"|点(?:你|您)(?:的)?名|当着(?:全|大家|大伙|所有人)"
    # 11 the family's face: 「你爸妈面子上挂不挂得住」
    rf"|{TARGET_X}[^，。！？!?]{{0,4}}(?:的)?(?:面子|脸面|脸)(?:上)?[^，。！？!?]{{0,3}}(?:挂不住|挂不挂得住|往哪|没地方|丢尽|丢光|抬不起)"
    # 2b the target's side will get a call: 「你前夫那边我们也会打个电话过去聊聊」
    rf"|{TARGET_X}(?:那边|那儿|那里|那头)[^,，。！？!?]{{0,6}}(?:我们|我|咱)[^,，。！？!?]{{0,8}}(?:打(?:个)?电话|打过去|聊聊|说说|通知|告诉|联系|问问|知会|说道|唠|掰扯|跟(?:他|她|他们|她们)(?:说|讲|聊))"
    # 2j no longer keeping it from them: 「你老婆那边我可就不替你瞒着了」「不帮你捂着了」
    rf"|{TARGET_X}[^。！？!?]{{0,10}}(?:就|可就|也就)?不(?:再)?(?:替|帮|给)(?:你|您)(?:瞒|捂|遮|兜|藏|保密)"
    rf"|(?:跟|和|同|带着|带上|叫上|喊上)(?:你|您|他|她)?(?:们)?的?(?:那些|那几个|那帮)?{TARGET_X}(?:们)?(?:一起|一块儿?|一道|一齐)[^,，。！？!?]{{0,3}}(?:等|堵|守|蹲|找|催|要账|要钱)"
    # 2c direct messages or screenshots sent to the audience: 「私信你那些铁粉」「把你的欠款截图发过去」
    rf"|(?:私信|发私信给|艾特|@|转发给|截图发(?:给|到)?)[^,，。！？!?]{{0,10}}{TARGET_X}"
    rf"|把(?:你|您)[^,，。！？!?]{{0,8}}(?:欠款|欠钱|账单|逾期|借款|记录|催收)[^,，。！？!?]{{0,6}}(?:截图|截屏|图)?(?:发|贴|挂|晒|转)(?:过去|出去|给他们|给她们|到群)"
    # 3 the audience will know / see: 「让全厂都知道」「到时候大家都知道他欠钱」
    rf"|(?:让|叫)[^,，。！？!?]{{0,6}}{TARGET_X}[^,，。！？!?]{{0,4}}(?:都|全|也)?(?:知道|晓得|看看|看到|认识认识|瞅瞅|瞧瞧|评评|评评理)"
    rf"|(?:到时候|到时|回头|那时候|马上|很快|迟早|早晚)[^。！？!?]{{0,12}}{TARGET_X}[^,，。！？!?]{{0,4}}(?:都|全|也|就)?(?:会)?(?:知道|晓得|看到|听说)"
    # 3d the collector tells the audience: 「我就把你欠钱的事儿挨个告诉你微信好友」
    rf"|(?:我|我们|咱|额|俺)(?:就|直接|马上|亲自|立马|回头|也|都|会|要|天天|只好|只能|得|也得)*(?:把[^,，。！？!?]{{0,10}})?(?:挨个|一个个|全)?(?:告诉|通知|发给|发到|打给|打到|打电话给|说给|转告|曝光给|联系|去找|找上)[^,，。！？!?]{{0,6}}{TARGET_X}"
    # 3e at the audience's place, in person or by phone: 「你们单位领导那儿我亲自跑一趟」「公司前台我天天打」
    rf"|{TARGET_X}(?:那儿|那里|那边|那头)?[^,，。！？!?]{{0,4}}(?:我|我们|咱|额|俺)(?:就)?(?:亲自|天天|每天|直接|挨个|也|会)*(?:跑一趟|去一趟|走一趟|上门|登门|打(?:电话|过去)?(?=[,，。！!？?]|$))"
    # 3f 「你不怕你老汉儿晓得？」: the rhetorical audience
    rf"|(?:不怕|就不怕|不担心|(?:你|您)(?:也|肯定|总|可|应该)?(?:不想|不希望|不愿意?)(?:让)?)[^,，。！？!?]{{0,6}}{TARGET_X}[^,，。！？!?]{{0,6}}(?:知道|晓得|听说|看到|发现|看看|瞧瞧|瞅瞅)"
    # 3h the audience would like to know, said by the collector: 「你那几个室友估计也挺想知道……」「她爸妈应该也想知道女儿欠了多少」
    rf"|{TARGET_X}[^。！？!?不没别]{{0,8}}?(?:也|都)?(?:挺|很|肯定|应该|估计|一定|会|可能|大概)*(?:想|愿意|乐意|有兴趣|感兴趣)(?:知道|晓得|了解|听听|看看|瞧瞧)"
    # 3i see you in the group: 「见不着钱，咱们姐妹群里见」「朋友圈见」
    rf"|(?:群|朋友圈|通讯录|家族群|工作群)(?:里|上)?见(?:吧|了|啊)?(?=[,，。！!？?]|$)"
    # 3g ring the relative already named to ask them: 「我打个电话问问她」
    rf"|打(?:个)?电话(?:过去)?(?:问问|问一问|告诉|跟)(?:他|她|他们|她们)"
    # 3c the collector will ask the relative about the debt: 「回头我问问你丈人，他女婿欠的钱他管不管」
    rf"|(?:问问|问一问|问一下|问下|打听打听)(?:你|您)(?:的)?{TARGET_X}"
    # 3b the audience named first, then made to see: 「你那些球友，让他们也看看你啥德行」
    rf"|{TARGET_X}[^。！？!?]{{0,14}}(?:让|叫)(?:他们|她们|大家|大伙儿?|人家)(?:都|也|全)?(?:知道|晓得|看看|看到|瞧瞧|瞅瞅|评评)"
    # 5b before a relative already named: 「去你丈母娘家，当着她的面掰扯你这笔账」
    rf"|当着(?:他|她)(?:们)?的面[^,，。！？!?]{{0,10}}(?:说|讲|算(?:算)?[^,，。！？!?]{{0,4}}账|要钱|催|理论|念|宣布|评理|掰扯|唠|聊|数落|念叨|曝光)"
    # 4 posting to a group: 「宿舍群里我们也会发个提醒」
    rf"|群(?:里|上)?[^。！？!?]{{0,10}}(?:发|贴|挂|晒|公布|通知|@)"
    # 5 shame before witnesses: 「当着工友的面好好说道说道」
    rf"|当着[^,，。！？!?]{{0,10}}{TARGET_X}[^,，。！？!?]{{0,3}}的?面[^,，。！？!?]{{0,10}}(?:说|讲|算(?:算)?[^,，。！？!?]{{0,4}}账|要钱|催|理论|问|念|读|宣布|评理|掰扯|唠|聊|数落|念叨|曝光|对质|对账)"
    # 6 enlisting contacts to press the debtor: 「请您的紧急联系人和同事帮忙提醒您」
    rf"|(?:请|让|叫|找|麻烦|发动)[^。！？!?]{{0,16}}{TARGET_X}[^。！？!?]{{0,10}}(?:提醒|督促|劝|催|管管|说说|做(?:做)?工作|施压|盯着)(?:一下|一催|一劝|一说|催|劝)?(?:你|您)"
    # 7 knowing the boss, with a connection: 「你们包工头姓马吧，我跟他也说得上话」
    rf"|(?:我|我们)(?:跟|和)(?:他|她|他们|你们\w{{0,3}})[^,，。！？!?]{{0,3}}(?:说得上话|很熟|熟得很|挺熟|认识|打过交道|有交情|关系不错)"
    # r7a every contact gets a message: 「每个人一条短信」「挨个一人一个电话」
    rf"|(?:每个人|每一个人|每人|所有人|一人)[^,，。！？!?]{{0,3}}(?:一条|一个|一通|一封)(?:短信|电话|消息|信息|微信)"
    # r7b dropping in on the group: 「那个群我们也想进去跟大伙打个招呼」
    rf"|群[^。！？!?]{{0,12}}(?:进去|进群|加进去|混进去)[^。！？!?]{{0,10}}(?:打(?:个)?招呼|问(?:个)?好|认识认识|露个脸)"
    # r7c the collector tells a relative named earlier about the debtor: 「我们也会把您的情况跟她如实说一说」
    rf"|(?:我|我们|咱)[^,，。！？!?]{{0,6}}把(?:您|你)(?:的|这)?(?:情况|事|事情|欠款|账|欠的钱|欠钱的事)[^,，。！？!?]{{0,6}}(?:跟|和|给|告诉|同)(?:他|她|他们|她们|{TARGET_X})[^,，。！？!?]{{0,4}}(?:说|讲|聊|交代|反映|通报|唠)"
    # r7e what if they all got a call: 「要是他们都接到个电话，会怎么看你」「万一你老丈人收到条短信」
    rf"|(?:要是|如果|万一|一旦|假如)(?:他们|她们|{TARGET_X})(?:都|全|也|一个个)?(?:接到|收到)(?:个|一个|一条|了|条)?(?:电话|短信|通知|消息|信息)"
    # r7d and we will talk to him too (the employer just named): 「给你们车队老板打个招呼，我们也跟他说说」
    rf"|(?:我|我们|咱)(?:也|就|会|要|去|回头|得|只能|只好|照样|还是)+(?:跟|和|找|告诉|通知)(?:他|她|他们|她们)(?:说说|聊聊|谈谈|讲讲|唠唠|打(?:个)?招呼|说|讲|聊)"
)
# the audience, listed over several clauses, will get the news: 「你老婆、你爸妈，明天全都会收到你欠钱的消息」
AUDIENCE_NEWS = re.compile(
    rf"{TARGET_X}[^。！？!?]{{0,16}}?(?<![不没别])(?:都|全|全都|统统|一个个|也|就|马上|很快|迟早|早晚)(?:会|要|将|得)?(?:陆续|很快|马上|立刻)?"
    rf"(?:收到|接到|知道|晓得|看到|听说|听到)[^。！？!?]{{0,12}}(?:欠|债|账|钱|逾期|消息|通知|短信|电话|事)"
    # reduplicated, the debtor's character as the news: 「工友都该知道知道你是个啥人了」「亲戚也该认识认识你」
    rf"|{TARGET_X}[^。！？!?]{{0,10}}?(?<![不没别])(?:都|全|也|就)?(?:该|得|要|会)?(?:知道知道|晓得晓得|认识认识|见识见识|瞧瞧|看看)(?:你|您|他|她)(?:是|这)?(?:个)?(?:啥|什么|怎样|哪样)?(?:人|德行|样子|嘴脸|为人)"
    # everyone there got to know, and the shame of it (a cautionary tale): 「后来他们部门群里人人都知道了，那才叫难看」
    rf"|{TARGET_X}[^。！？!?]{{0,8}}?(?<![不没别])(?:人人|个个|全都|都|全)(?:都)?(?:知道|晓得|看到|听说|传遍)(?:了)?[^。！？!?]{{0,8}}(?:难看|丢人|丢脸|没脸|抬不起头|笑话|出名|社死|没面子|挂不住)")
# the collector is the actor of the telling, under a condition: 「没到账我就直接打给你爸妈」
_PRESSURE_X = re.compile(r"(?:没|不|晚)[^,，。！？!?]{0,3}(?:到账|还上?|转|打过来|交|处理|回)|晚(?:一|了|到)|超过|过了|一旦|只要|敢|(?:我|我们|咱|咱们)(?:就|直接|马上|立马|立刻|回头)")
# the recipient is the police or a court: false-legal-claim / impersonation, not contact-shaming
_AUTHORITY = re.compile(r"派出所|公安|警方|警察|民警|法院|检察院|经侦|刑警|立案")
# a target must be in the sentence for the classes that do not name one
_NEEDS_TARGET = re.compile(rf"^(?:{_CONTACT_INFO}|我们|我|咱|群|打|报|捅|反映|闹|告|通报|发函|寄|发|当着(?:他|她)|额|俺)")
SHAME_X_OK = re.compile(r"只(?:会|是)?(?:跟|和|与|联系|找)(?:您|你)|不会(?:联系|找|打|告诉|通知|透露|发)|不会去|保密|隐私|保护(?:您|你)|(?:您|你)(?:也)?可以|(?:您|你)自己(?!掂量|看着办|想|考虑|琢磨|选|挑|看|瞧|品)|商量|(?<![个是成])骗子|诈骗(?!犯)|冒充|官方客服(?![^，。！？!?]{0,3}(?:慢|没用|不管用|管不了))|(?<!不)回(?:个)?电话|(?<!不)回电|回拨|(?:跟|和|与)我们联系|联系我们|更新|核实")
_SHAME_X_PRESSURE = re.compile(r"(?:工资|流水|工钱|提成)[^,，。！？!?]{0,4}扣|影响不(?:太)?好|看(?:您|你)[^,，。！？!?]{0,4}(?:表现|态度)|要不(?:让|叫|请|先)|(?:也|可)不(?:想|愿意|希望)|要不(?:要)?(?:我|我们|咱)|可是有|可有|要不要|可别怪|别怪|挨个|一个一个|照样|丑话|再(?:断|拖|逾期|欠|赖)|自己选|你选|二选一|别逼|逼我们|想清楚|想好|考虑清楚|后果|再不|不还|不回|不打|不接|不处理|不配合|不然|否则|要是|如果|的话|到时候|只能|只好|就|掂量|看着办|也有|都有|面子|脸|丢人|欠钱|欠款|不到|没到|(?:欠|借)的(?:钱|账|债)|回头|躲|跑")


def _shame_x_hit(t: TurnText) -> Hit | None:
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        wide = re.search(r"请|让|叫|找|麻烦|发动|一个一个|一个个|挨个|挨家挨户|进去|进群", clause)  # these reach back over a comma
        for m in SHAME_X.finditer(sentence if wide else clause):
            text = sentence if wide else clause
            if text is sentence and not (a - t.norm.find(sentence) <= m.start() + len(m.group(0)) and m.start() <= b - t.norm.find(sentence)):
                continue  # the match must touch this clause
            if negated(text, m.start()) or denied_after(text, m.end()):
                continue
            ok = SHAME_X_OK.search(sentence)
            if ok and re.match(r"回|跟|和|与|联系", ok.group(0)) and re.search(r"不然|否则|要不然|要不|再不|不回|不打", sentence):
                ok = None  # 「让他回电话，不然……群里发」: the callback request is the pressure's condition
            told = re.search(r"(?:打(?:过|了)(?:个)?电话|说过|通知过|反映过|告诉过|通报过|联系过)", m.group(0)) \
                and re.search(WORK, m.group(0)) and not re.search(r"联系不上|找不到|核实|地址", sentence)
            reach = re.search(r"(?:通讯录|好友|联系人|朋友圈|里的人|所有人|亲戚|同事)[^，,。！？!?]{0,10}(?:都|全|一个不落)?(?:能|可以)?(?:加|联系|打|找|发)(?:到|得到|得着|得上|上|得通)", m.group(0))
            if ok or not (told or reach or _SHAME_X_PRESSURE.search(sentence) or re.search(r"说得上话|交情|打过交道|熟|当着|瞒|捂|收件人|等着|传真|发函|寄函|寄材料|让(?:他们|她们|大家|大伙|人家)|不怕|不担心|不想|不希望|不愿|想知道|想晓得|想了解|想听|想看|兴趣|群里见|圈里见|群见|圈见|也得|只好|只能|进去|进群|跑一趟|问问|把(?:您|你)(?:的|这)?(?:情况|事|欠款|账|欠)|函", m.group(0))):
                continue
            if _NEEDS_TARGET.match(m.group(0)) and not re.search(TARGET_X, sentence) \
                    and not (re.search(r"(?:他|她)(?:们)?$", m.group(0)) and re.search(TARGET_X, t.norm[:a])) \
                    and not (re.search(rf"(?:他|她)(?:们)?的?{_CONTACT_INFO}", sentence) and re.search(TARGET_X, t.state.last_debtor)) \
                    and not (re.search(r"(?:跟|和|找|告诉|通知)(?:他|她)", m.group(0)) and not t.state.third_party and re.search(TARGET_X, t.state.last_debtor)):
                continue  # 「他电话我这儿也有」 about the 丈人 the debtor just named
            if re.search(r"传票|起诉书|诉状|判决书|应诉通知|法律文书", sentence) and not re.search(r"知道|晓得|看到|听说|丢人|脸", sentence):
                continue  # court papers served at work: a legal claim (false-legal-claim), not telling contacts
            if re.search(r"打到[^，。！？!?]{0,12}(?:为止|接(?:电话|为止))", sentence):
                continue  # calling until someone picks up: harassment
            if re.search(r"警服|制服|警察|民警|公安", clause):
                continue
            if _PRESENCE.search(sentence) and not _TELLING.search(sentence) and not _TOLD_ACT.search(m.group(0)):
                continue  # 「我们的人在他厂门口守起了」: people turning up (threat)  # police coming to point the debtor out: false-legal-claim / threat, not telling contacts
            if re.search(r"(?:叫上|带上|带着|喊上|找上)(?:我们)?(?:几个|一帮|一群|些)", sentence):
                continue  # the collector's own crew turning up: threat, not telling the debtor's contacts
            if re.search(r"借|凑|垫|帮(?:你|您)?(?:先)?还|替(?:你|您)还|代(?:你|您)?还|周转", sentence) and not re.search(rf"知道|面|群|{_CONTACT_INFO}", m.group(0)):
                continue  # asking relatives to lend or pay: borrow-to-repay / third party
            if re.search(r"我们[^,，。！？!?]{0,6}公司|我司", m.group(0)):
                continue
            return Hit(t.orig[a:b].strip(), a)
    return None


# people waiting at a place (threat), and words that make it telling anyway
_PRESENCE = re.compile(r"(?:门口|村口|楼下|路口|厂门|校门|院门|家门)[^，,。！？!?]{0,4}(?:等|堵|守|蹲|候|站)")
_TELLING = re.compile(r"告诉|通知|知道|晓得|看到|看看|丢人|脸|曝光|家人|家里人|爸|妈|老婆|老公|父母|孩子|亲戚|邻居|街坊|乡亲|大伙|大家|所有人|工友|同事|领导|当众|当着")
# the matched act itself reaches people (a call, a message, numbers held), whatever else is said
_TOLD_ACT = re.compile(r"电话|号码|微信|短信|消息|打|发|告诉|说|通知|联系方式|通讯录")


def _echoes_debtor(t: TurnText, clause: str) -> bool:
    """The clause repeats the debtor's last words back as a question (「不敢跟家里说？」)."""
    core = re.sub(r"[？?！!。，,、…\s]", "", clause)
    return len(core) >= 3 and core in re.sub(r"[？?！!。，,、…\s]", "", t.state.last_debtor) \
        and bool(re.search(r"[？?]", t.norm[t.norm.find(clause) + len(clause):][:2] + clause[-1:]))


def _audience_news_hit(t: TurnText) -> Hit | None:
    """Relatives, colleagues or a group, possibly listed over several clauses, will hear about
    the debt — not a question (「你家里人知道吗」), not negated, not reassurance."""
    for m in AUDIENCE_NEWS.finditer(t.norm):
        sentence = sentence_of(t.norm, m.start())
        s0 = t.norm.find(sentence)
        if s0 < 0 or m.end() > s0 + len(sentence) + 1:
            continue
        rest = t.norm[m.end():s0 + len(sentence)]
        if negated(t.norm[s0:m.start() + 1], m.start() - s0) or re.search(r"不会|不要|不用|没有|别|不让|不至于", m.group(0)):
            continue
        if re.search(r"^[^,，。]{0,4}(?:吗|么|嘛|没有|不)?[?？]|吗$", rest) or re.search(r"[?？]", t.norm[s0 + len(sentence):s0 + len(sentence) + 1]):
            continue  # a question: 「你家里人知道这事吗？」
        if SHAME_X_OK.search(sentence) or _AUTHORITY.search(sentence):
            continue
        if re.search(r"一查|查征信|征信(?:上|里)|查(?:到|得到)", m.group(0)) and not re.search(r"(?:我|我们|咱)[^，。！？!?]{0,6}(?:打|告诉|通知|发|找)", sentence):
            continue  # 「人家一查都知道她妈欠钱」: what a credit check shows (credit-exaggeration), not the collector telling
        a = m.start()
        return Hit(t.orig[a:m.end()].strip(), a)
    return None


# the collector's own side (「跟我同事说」「我们领导批了」), mail to an old address, or a disavowal of the practice
_OWN_SIDE = re.compile(r"(?:我|我们|咱|咱们)(?:的)?(?:同事|领导|主管|经理|组长|公司|部门)")
_MAIL = re.compile(r"(?:账单|信函|对账单|纸质)[^。！？!?]{0,12}(?:退回|寄|更新|地址)|更新[^。！？!?]{0,6}地址")
_DISAVOW = re.compile(r"明令禁止|(?:是|都是|属于)(?:违规|违法|不合规)的?[^。！？!?]{0,24}(?:投诉|举报)|可以(?:向|去|找)[^。！？!?]{0,12}(?:投诉|举报)|(?:是|都是|属于|那是)[^，。！？!?]{0,4}(?:违规|违法|不合规|不允许|禁止)[^。！？!?]{0,12}(?:不会|不能|不可能)|(?:我们|我)(?:绝对|肯定)?不会(?:这么|这样|那样)(?:做|干)")


# the collector's own chain of command: 「我跟组长说一声就行」「我去和领导申请」「回头我向主管报备」
_OWN_BOSS = re.compile(r"(?:我|我们|咱)(?:去|再|回头|这边)?(?:跟|和|向|找)(?:我们)?(?:的)?(?:组长|领导|主管|经理|上面|上级|主任|公司)(?:那边|那儿|那里|这边)?(?:说|讲|申请|请示|汇报|报备|批|商量|打(?:个)?招呼)"
                       r"|(?<![你您他她们的])(?:组长|领导|主管|经理|上面|上级|主任)(?:那边|那儿|那里|那头)?(?:我|我们|咱)(?:去|来|已经|都|也)*(?:扛|顶|担|兜|申请|请示|批|打(?:过|了|好)?(?:个)?招呼|汇报|报备|说好|沟通|争取)")


_STT_SPACE = re.compile(r"(?<=[\u4e00-\u9fa5]) +(?=[\u4e00-\u9fa5])")


def detect_contact_shaming(t: TurnText) -> Hit | None:
    hit = _contact_shaming(t) or _shame_r6_hit(t)
    closed = pauses_closed(t) if hit is None and len(_STT_SPACE.findall(t.orig)) >= 3 else None
    if closed:
        # speech-to-text with spaces for punctuation (normalised to commas, which split the act
        # from its target): 「明天 我 就把 你欠钱的事 发给 你微信 好友」 read without the pauses
        joined, keep = closed
        hit = on_original(t, keep, _contact_shaming(joined) or _shame_r6_hit(joined))
    if hit is None:
        return None
    sent = sentence_of(t.norm, hit.start) if 0 <= hit.start < len(t.norm) else hit.evidence
    if re.match(r"[^我咱。！？!?]{0,4}(?:你|您)(?:今天|现在|就|去|自己|赶紧|先|马上|也)*(?:挨个|一个个|一个一个)?(?:给|跟|找|打)", sent) \
            and re.search(r"开(?:个)?口|张(?:个)?嘴|张口|借|凑|匀|周转", sent) and not re.search(r"知道|丢人|脸|曝光|群|通讯录|(?:我|我们|咱)", sent):
        return None  # 「你今天就挨个给亲戚打电话开口」: the debtor asks relatives for money (borrow-to-repay)
    if re.search(r"(?:成天|天天|整天|每天|老是|总是|就知道|光知道|一天到晚)[^，,。！？!?]{0,6}(?:晒|发|秀|炫|刷)", hit.evidence) \
            and not re.search(r"(?:我|我们|咱)[^，,。！？!?]{0,6}(?:发|晒|贴|挂|曝光|告诉|通知)", hit.evidence):
        return None  # 「成天在朋友圈晒自拍」: the debtor's own posting, not the collector telling anyone
    if re.search(r"(?:替|帮)(?:我|我们)(?:跟|向|和|给)", sent) and re.search(r"不好意思|问好|问声好|道歉|道个歉|谢谢|抱歉|打扰|带个好", sent):
        return None  # 「替我跟阿姨说声不好意思」: the listener passes on a courtesy
    if _OWN_BOSS.search(hit.evidence) and not re.search(rf"(?:你|您|(?<!其)他|她)(?:们)?的?[^，。]{{0,4}}{WORK}|通讯录|群|朋友圈", hit.evidence):
        return None  # the collector's own supervisor approves a plan
    if t.first and not (DEBT_WORDS_X.search(t.norm) or _money(t.norm) or _PRESSURE_X.search(t.norm)):
        return None  # the opening asks for the debtor at work: 「找一下你们公司的李洪」
    if _DISAVOW.search(t.norm) and not re.search(r"再不|不还|否则|不然|要是", t.norm):
        return None  # 「爆通讯录、给单位打电话施压，那都是违规的，我们不会这么做」
    if _MAIL.search(t.norm) and not re.search(r"再不|不还|否则|不然|要是|丢人|知道|收件人|(?:没|不)[^,，。！？!?]{0,3}(?:到账|还上?|转|打过来|交|处理)", t.norm):
        return None  # a returned statement: 「寄到您旧单位的账单被退回了，在App里更新一下地址」
    if _OWN_SIDE.search(hit.evidence) and not re.search(rf"(?:你|您|他|她)(?:们)?的?[^，。]{{0,4}}{WORK}|通讯录|群|朋友圈", hit.evidence):
        return None  # 「您跟我同事说白天要补觉」: the collector's own colleague
    return hit


def _contact_shaming(t: TurnText) -> Hit | None:
    """Telling, or threatening to tell, relatives, colleagues, the employer, contacts or a group
    about the debt, as pressure — not negated 「不会联系您家人」, not 「您可以跟家人商量」, not the
    compliant emergency-contact callback, not a request to borrow (borrow-to-repay)."""
    whole = L.CONTACTS_WHOLE.search(t.norm)
    if whole and not negated(t.norm[max(0, whole.start() - 12):whole.start() + 1], 12):
        return Hit(t.orig[whole.start():whole.end()], whole.start())
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.SHAME_ACT, L.CONTACT_SHAMING, L.SHAME3, L.SHAME4, L.SHAME5):
            m = pattern.search(clause)
            if not m or negated(clause, m.start()) or denied_after(clause, m.end()):
                continue
            if re.search(r"(?:不|没|不再|别)$", clause[:m.start()]) and not re.match(r"(?:打|发|找|联系|通知|告诉)", m.group(0)):
                continue  # 「那不跟家里说」: the collector agrees not to tell
            if re.search(r"借(?![^,，。！？!?]{0,2}(?:逾期|没还|不还|未还)|了|的|款|过)|凑|垫|帮(?:你|您|他|她)?(?:先)?还|替(?:你|您)还|代(?:你|您)?还|周转|预支|借支|支(?:点|些|一点)?工资|要(?:点|些|一点|一些)?(?:钱|生活费)|先要(?:点|些|一点|一些)|多要|多给|拿(?:点|些|一点)钱|开(?:个)?口|张(?:个)?嘴|张口|匀(?:点|个|些|一点)", clause):
                continue  # asking relatives to lend or pay: borrow-to-repay / third party
            if _PRESENCE.search(sentence) and not _TELLING.search(sentence) and not _TOLD_ACT.search(m.group(0)):
                continue  # 「我们的人就到你们村口等着他」: people turning up (threat), not telling contacts
            if re.search(r"(?:你|您)(?:们)?(?:的)?家里?(?:去|来)?寄|寄(?:到|去|给)(?:你|您)(?:们)?(?:的)?家里?", m.group(0)) and not _TELLING.search(sentence):
                continue  # 「给你家里寄律师函」: mail to the debtor's own home (a legal claim), not telling contacts
            if re.search(r"(?:打到|打去|打过去|打给|找到|上)(?:你|您)?(?:的)?家里?(?:来|去)?(?:找(?:你|您))?$", m.group(0)):
                continue  # 「晚上再打到家里来找你」: the debtor's own home (harassment or threat), not their contacts
            if _echoes_debtor(t, clause):
                continue  # 「不敢跟家里说？」: the debtor's own words asked back
            if re.search(r"不是(?:我们|我|咱们?)|(?:我们|我)(?:从来)?(?:没|没有)(?:打|联系|找)", m.group(0)):
                continue  # 「您岳母那边不是我们打的」: denying the contact
            if re.search(r"一查|查征信|征信(?:上|里)?一查|查(?:到|得到)", sentence) and not re.search(r"(?:我|我们|咱)[^，。！？!?]{0,6}(?:打|告诉|通知|发|找)", sentence):
                continue  # 「人家一查都知道」: what a credit record shows (credit-exaggeration), not the collector telling
            if re.match(r"(?:告诉|告知|通知|提醒|说|跟|和)(?:您|你)(?:一下|一声)?[:：]", m.group(0)):
                continue  # 「我如实告诉您：公司目前并没有……」: the listener is told, the rest is content
            if re.search(r"传票|起诉书|诉状|判决书|应诉通知|法律文书", sentence):
                continue  # court papers served at work: a legal claim (false-legal-claim), not telling contacts
            if re.search(r"(?:确实|实在)?不(?:该|应该|对)|是我(?:们)?(?:的)?不对|我认|(?:向|跟)(?:您|你)道歉|抱歉|对不起", sentence) \
                    and re.search(r"刚才|刚刚|之前|上次|那会儿|昨天", sentence):
                continue  # owning up to an earlier slip: 「刚才跟你朋友说你的欠款确实不该，这点我认」
            if re.search(r"借(?![^,，。！？!?]{0,2}(?:逾期|没还|不还|未还)|了|的|款|过)|凑|垫|周转|帮(?:你|您)(?:先)?还|替(?:你|您)还|积蓄|存款|家底|养老钱|私房钱|手头(?:宽|松|有)", sentence) \
                    and not re.search(r"(?:我|我们|咱|咱们)[^,，。！？!?]{0,4}$", clause[:m.start()]) \
                    and not re.search(r"知道|丢人|脸|曝光|群|通讯录", sentence):
                continue  # 「赶紧找你那些亲戚，一家凑一点」: the debtor is sent to borrow (borrow-to-repay)
            if _AUTHORITY.search(clause):
                continue  # 「把你的情况同步给辖区派出所」: a claim about the police, not telling contacts
            if re.search(r"我们[^，。]{0,6}公司|我司", m.group(0)):
                continue
            if re.search(r"(?:跟|和|与)(?:家人|家里人|家里|朋友|老婆|老公|爱人|父母|爸妈)?.{0,4}商量|您可以|你可以|您也可以|你也可以|您自己|你自己决定|需要的话", clause) and not re.search(r"让.{0,6}知道|通讯录|单位|领导|同事|群|朋友圈", clause):
                continue
            if re.search(r"请(?:您|你)|(?<![帮替])(?:您|你)(?:也)?(?:可以)?(?:跟|和)|(?<![帮替给让叫])(?:您|你)(?:也)?(?:给)", clause[:m.start() + 1]):
                continue  # the debtor is asked to tell family something: 「请您跟爱人说别太担心」
            if re.search(r"自称|冒充|假冒|骗子|诈骗|打着[^，。！？!?]{0,8}(?:旗号|名义|幌子)", sentence):
                continue  # a scam warning that describes someone else's tactics
            if re.match(r"找(?:个)?(?:工作|活|事做|对象)", m.group(0)):
                continue  # 「找工作的时候单位背调」: finding a job, not finding people
            if t.state.third_party and _ask_pay_hit(t) is not None and re.match(r"(?:你|您)(?:们)?(?:做|当)", m.group(0)):
                continue  # the listener is asked to chip in themselves: third-party-disclosure
            if t.state.third_party and not re.search(rf"通讯录|联系人|好友|一个个|挨个|单位|公司|座机|同事|所有人|亲戚|家族|族里|群|村|家里人|朋友圈|网上|曝光|邻居|{WORK}", sentence):
                continue  # talking to a third party about reaching the debtor
            pressure = L.SHAME_PRESSURE.search(sentence) or L.SHAME_PRESSURE3.search(sentence) or _PRESSURE_X.search(sentence)
            if L.SHAME_OK.search(sentence) and not pressure:
                continue
            if re.search(r"联系不上|找不到(?:您|你)|不会(?:联系|通知|告诉|透露)|不会让|保密|放心", sentence) and not re.search(r"既然|拒绝|不肯|再不|不还|抬不起头|曝光|群|只能|只好|把[^,，。！？!?]{0,6}(?:情况|事|欠款|账)", sentence):
                continue  # the compliant emergency-contact process, or reassurance
            if re.search(r"只(?:会|是)?(?:请|让)(?:他|她|对方)[^，。！？!?]{0,4}(?:转告|回电|联系)|不会(?:透露|说|讲|提|告诉)[^，。！？!?]{0,6}(?:欠款|具体|您的|你的|情况)", t.norm) \
                    and not re.search(r"让[^，。！？!?]{0,8}(?:知道|督促|劝)|丢人|脸|曝光|群", sentence):
                continue  # an accurate account of the emergency-contact process
            if re.search(r"核实(?:一下)?(?:地址|住址|信息|联系方式|工作|在职)|离职|换(?:了)?(?:号|手机)|搬走|搬家", sentence) and not pressure:
                continue  # tracing the debtor (「联系过您单位核实地址，对方说您已离职」): a fact, not pressure
            if re.search(r"联系|找|打给|打电话", m.group(0)) and not pressure and not re.search(rf"通讯录|单位|同事|所有人|群|朋友圈|邻居|村|{WORK}", m.group(0)):
                continue  # 「我们联系了您家人，他们说您换号了」: a fact, not pressure
            return Hit(t.orig[a:b].strip(), a + m.start())
    extra = _shame_x_hit(t)
    if extra is not None:
        return extra
    extra = _audience_news_hit(t)
    if extra is not None:
        return extra
    span = L.SHAME_SPAN.search(t.norm)
    if span and not t.state.third_party and not L.SHAME_OK.search(sentence_of(t.norm, span.start())) \
            and not re.search(r"不会|不用|不要|别|没有", span.group(0)):
        return Hit(t.orig[span.start():span.end()], span.start())
    return None


# --- round 6: implication, double negation, conditional withholding, spreading -------------
TARGET_R6 = rf"(?:{TARGET_X}|老爷子|老太太|老太爷|老母亲|老父亲|家里老人|(?:你|您)家老[\u4e00-\u9fa5]|居委会|社区|物业)"
SHAME_R6 = re.compile(
    # a the collector rings the workplace straight: 「下回我直接打你们人事」「我们就打他单位」
    rf"(?:我|我们|咱|额|俺)(?:就|直接|马上|回头|下回|下次|只好|只能|立马)+打(?:给)?(?:你|您|他|她)(?:们)?的?[^,，。！？!?]{{0,4}}{WORK}"
    # b one by one, dialect too: 「挨到挨到给他们打电话」「挨个挨个给你亲戚发消息」
    rf"|(?:挨到挨到|挨个挨个|挨个儿?|一个个|一个一个|挨家挨户)[^,，。！？!?]{{0,4}}(?:给|跟|找)(?:他们|她们|{TARGET_R6})[^,，。！？!?]{{0,3}}(?:打电话|打过去|打|发消息|发短信|发信息|说|讲|聊)"
    # c enlisting them, reduplicated: 「让社区帮着督促督促您」「叫你舅劝劝你」
    rf"|(?:让|请|叫|麻烦|找)[^。！？!?]{{0,16}}{TARGET_R6}[^。！？!?]{{0,8}}(?:督促督促|提醒提醒|劝劝|催催|管管|说说|盯盯)(?:你|您)"
    # d a letter or notice to their place: 「居委会那边我们也会发一份书面通知」
    rf"|{TARGET_R6}(?:那边|那儿|那里|那头)?[^,，。！？!?]{{0,3}}(?:我|我们|咱)[^,，。！？!?]{{0,6}}(?:发|寄|送)(?:一|个|份)*[^,，。！？!?]{{0,4}}(?:通知|函|告知书|催告|信)"
    # e withholding as a bargain: 「今天转进来，我们就不往他单位发函了」「你辅导员那边我先不联系」
    rf"|(?:就|才|先|暂时|暂且|可以)不(?:往|给|跟|去|找|联系|打|通知)[^,，。！？!?]{{0,8}}{TARGET_R6}"
    rf"|{TARGET_R6}(?:那边|那儿|那里|那头)?(?:我|我们|咱)?(?:就|先|暂时|暂且)(?:还)?不(?:联系|打|找|通知|说|发函|去|惊动)"
    # f double negation: 「不是不能给你们站长打个电话」「也不是不会去你单位走一趟」
    rf"|不是不(?:能|会|敢|可以|想)[^。！？!?]{{0,10}}(?:给|跟|找|联系|打|去|告诉|通知)[^。！？!?]{{0,8}}{TARGET_R6}"
    # g the news spreads: 「这事要是传到村里」「万一在校门口传开」
    rf"|(?:要是|如果|万一|一旦|真要|到时候)[^。！？!?，,]{{0,12}}(?:传到|传开|传出去|传遍|闹到|捅到|闹开|传进)"
    # h they receive our call: 「你们主管要是哪天接到我们电话」
    rf"|{TARGET_R6}[^。！？!?]{{0,8}}(?:接到|收到)(?:我们|咱们|我)的?(?:电话|通知|函|短信|消息)"
    # i a suggestion to talk to them: 「要不我们先跟老爷子唠唠」「不如找你丈母娘聊聊」
    rf"|(?:要不|不如|干脆)[^。！？!?]{{0,6}}(?:跟|和|找)(?:(?:你|您)(?:们)?家?的?)?(?:{TARGET_R6})(?:好好)?(?:聊聊|唠唠|谈谈|说说|说道说道|反映反映)"
    # j the numbers are in hand, and a choice of shame: 「你老汉儿、你表姐，号码都在这儿。你自己选，是还钱还是丢人」
    rf"|{TARGET_R6}[^。！？!?]{{0,16}}(?:号码|电话|联系方式)(?:我们|我)?(?:都|全)?(?:在这儿?|在这里|在手上|在我这)")
# payment buys the collector's silence toward an audience threatened earlier in the call: 「还完我就不发了」「钱到账，群里就不挂了」
WITHHOLD_BARGAIN = re.compile(r"(?:还|转|到账|交|付|结清|处理)(?:完|了|上|清|掉|好)?[^。！？!?]{0,6}?(?:我|我们|咱|群里|那边)?(?:就|才|也就|立马)不(?:再)?(?:发|挂|贴|晒|曝光|群发|往外发|公开|通知|告诉|联系(?:他们|她们)|找(?:他们|她们)|打给(?:他们|她们))(?:了|出去)?")
_R6_BLOCK = re.compile(r"不会(?:传|往|给|跟|联系|打|找|通知)|不可能|保密|隐私保护|违规|禁止")
_R6_NEED = re.compile(r"丢人|丢脸|脸|面子|自己选|看着办|掂量|想清楚|再不|不还|不然|否则|要是|如果|今天|今天之前|转进来|还上|还钱|这事|欠|影响|挂不住|混")


def _shame_r6_hit(t: TurnText) -> Hit | None:
    """Implied, conditional or double-negated telling of the debtor's contacts."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        m = SHAME_R6.search(clause)
        if m is None and re.search(r"(?:号码|电话|联系方式)(?:我们|我)?(?:都|全)?在", clause):
            s0 = t.norm.find(sentence)
            m2 = SHAME_R6.search(sentence)
            if m2 and s0 >= 0 and s0 + m2.end() >= a:  # the listed audience, then 「号码都在这儿」
                m, clause, a = m2, sentence, s0
        undone = re.sub(r"不是不(?=[能会敢可想])", "确实会", clause)  # 「不是不会去」 is no reassurance
        if not m or _R6_BLOCK.search(re.sub(r"不是不(?=[能会敢可想])", "确实会", sentence)) or _AUTHORITY.search(sentence) or SHAME_X_OK.search(undone):
            continue
        g = m.group(0)
        if re.match(r"(?:要是|如果|万一|一旦|真要|到时候)", g) and not (re.search(r"这事|这件事|(?:你|您|他|她)(?:的|这)?事|欠|债|账", sentence) and re.search(rf"{TARGET_R6}|村|校|门口|厂|单位|圈", sentence)):
            continue
        if not re.search(r"(?:就|才|先|暂时|暂且|可以)不|不是不", g) and negated(clause, m.start()):
            continue
        if re.match(r"(?:就|才|可以)不", g) and not re.search(r"转|还|到账|垫|交|付", sentence[:max(0, sentence.find(g))]):
            continue  # 「行，我们就不去麻烦车队那边」 after a promise: a concession, not a bargain
        if not (_R6_NEED.search(t.norm) or _SHAME_X_PRESSURE.search(sentence) or re.search(r"不(?:往|给|跟|去|找|联系|打|通知|说|发函|惊动)|督促|提醒提醒|劝劝|催催|管管|说说|盯盯|通知|函|告知书|催告", g)):
            continue  # enlisting, a notice to them, or withholding as a bargain carry their own pressure
        return Hit(t.orig[a:b].strip(), a + m.start())
    m = WITHHOLD_BARGAIN.search(t.norm)
    if m and re.search(rf"通讯录|朋友圈|群|好友|联系人|{TARGET_X}", t.state.collector_said) and not negated(t.norm, m.start()):
        return Hit(t.orig[m.start():m.end()].strip(), m.start())  # 「还完我就不发了」 after a threat to post to their contacts
    if t.state.third_party and re.search(WORK, t.state.third_party_evidence or "") \
            and re.search(r"(?:当|做|作为)(?:领导|老板|主管|经理|负责人)的[^。！？!?]{0,10}(?:管管|管一管|管一下|说说他|说说她|督促|敲打)", t.norm):
        m = re.search(r"[^。！？!?]*(?:管管|管一管|管一下|说说|督促|敲打)[^。！？!?]*", t.norm)
        if m:
            return Hit(t.orig[m.start():m.end()].strip(), m.start())  # the employer is pressed to act on the debtor
    return None
