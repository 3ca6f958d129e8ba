"""Threats and insults: `threat` (intimidation, knowing where the debtor is, people turning up) and `insult` (demeaning words about the listener).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..detect_base import WARNING, TurnText
from ..text import Hit, clause_spans, denied_after, negated, sentence_of


HYPOTHETICAL_PROCESS = re.compile(r"可能(?:会)?安排|按(?:照)?规定|依法|提前(?:通知|告知|联系)|核实(?:地址|情况|一下)|会先|预约")
# --- fresh-writer cue classes (compositional: actor x movement x place / face-to-face) -------------
# actor: the collector's side, "our people", a few of us, colleagues sent over
_ACTOR = r"(?:我们的人|我们这边的人|我们外勤|外勤|外访(?:人员|同事)?|我们(?:几个|同事|兄弟)|同事|兄弟们?|几个(?:人|同事|兄弟|弟兄)|我们|咱们|我|派(?:几个|个|些)?(?:人|同事|兄弟)?)"
_MOVE = r"(?:过去|过来|上门|去|到|上|来|找上门|跑一趟|走一趟)"
_YOUR_PLACE = rf"(?:(?:你|您)(?:们)?(?:的|那个|那间|那家|那儿|那里|那边)?[^，。！？ !?]{{0,3}}{L.PLACE2}|{L.PLACE2}(?:那儿|那里|那边|那))"
_FACE = r"(?:当面|面对面|见个面|见一面|敲门|堵(?:门|你|您)|坐坐|坐一坐|会会|瞧瞧|看看(?:你|您|店|货)|唠唠|唠一唠|聊聊|谈谈|说道说道|算算账)"
# 1 a visit by our side to the debtor's place, or to meet face to face: 「我们几个过去跟你当面唠唠」
#   「下周我们的人去你家里当面跟你谈」「我们直接上你家去」「派几个同事到店里跟您当面谈」
VISIT_X = re.compile(
    rf"{_ACTOR}[^。！？!?]{{0,10}}{_MOVE}[^。！？!?]{{0,8}}(?:{_YOUR_PLACE}|(?:你|您)(?:家|这儿|那儿|那里|那边))[^。！？!?]{{0,14}}{_FACE}?"
    rf"|{_ACTOR}[^。！？!?]{{0,12}}{_MOVE}[^。！？!?]{{0,12}}{_FACE}"
    rf"|(?<![报告打发寄送转交递])(?:上|去|到)(?:你|您)(?:们)?(?:家|屋头|屋里|店|单位|公司|宿舍|厂|那儿)(?:去|来|里)?(?=$|[，。！？ ]|找|堵|等|坐|看|敲|聊|谈)"
    rf"|(?:在|到)[^，。！？ !?]{{1,12}}(?:那|那儿|那里|门口|楼下)(?:等|堵|蹲|守)(?:你|您|着)"
)
# 2 a chance meeting arranged as pressure: 「我们同事常去，哪天碰上了，当面聊聊也方便」
ENCOUNTER_X = re.compile(r"(?:碰上|碰到|遇上|遇到|撞上|撞见|碰见|遇见|逮着|堵着)[^。！？!?]{0,10}(?:当面|面对面|聊聊|谈谈|唠唠|算账|说道)")
# 3 knowing / watching where the debtor is (dialect 晓得, 登记过, 都看着呢): 「你住南门那个老小区三单元，我们晓得得很」
WATCH_X = re.compile(
    r"(?:住|小区|单元|栋|楼|门牌|地址|店|铺|档口|摊|路口|路上|那条路|每天|几点|早上|晚上|下班|上班)[^。！？!?]{0,24}(?:我们|我|咱们|同事|我们的人)[^。！？!?]{0,6}(?:晓得|知道|清楚|登记过|记着|记下了|有数|门儿清|熟|摸得|盯着|看着呢|都看着|瞅着|瞅了一眼|去转过|转过了)"
    r"|(?:我们的人|我们同事|兄弟们?)[^，。！？ !?]{0,4}(?:都|一直|天天)?(?:看着呢|盯着呢|盯着你|看着你|瞅着)"
)
# 4 escalation or harm left open: 「下回就不是转转这么简单了」「你那个店以后还开不开得下去，不好说」
ESCALATE_X = re.compile(
    r"(?:下回|下次|到时候|再来)[^。！？!?]{0,6}(?:就)?不(?:是|会)[^。！？!?]{0,8}(?:这么|那么)简单"
    r"|(?:店|铺|摊|生意|工作|饭碗|买卖|日子|营生)[^。！？!?]{0,14}(?:下去|保得住|保不住|稳得住)[^。！？!?]{0,6}(?:不好说|难说|说不准|说不好|不一定|谁知道|就不知道了|说不定)"
)
# 5 consequences left open and put on the debtor: 「不然后面发生什么你自己兜着」「到时候出了什么事别来哭」
#   「问完了你就知道厉害了」「真出点啥子事，莫来找我们」「有你哭的时候」
_WHAT_HAPPENS = r"(?:发生|出|碰上|遇上|摊上)(?:了|点|个)?(?:(?:什么|啥子?|么子|任何|些)(?:事|事情|情况|状况|意外)?|(?:事|事情|状况|意外))"
_YOURS = r"(?:(?:你|您)(?:就)?(?:自己)?|自己)(?:兜|担|扛)(?:着|起|好)|(?:(?:你|您)(?:就)?(?:自己)?|自己)(?:受着|认了|负责|看着办)|(?:别|莫|不要|可别)(?:来)?(?:哭|后悔|怪|找我们|找我|求|喊冤|说没提醒)"
OPEN_CONSEQ_X = re.compile(
    rf"{_WHAT_HAPPENS}[^。！？!?]{{0,12}}(?:{_YOURS})"
    rf"|(?:不然|否则|要不然|要不|不还|再拖|再不)[^。！？!?]{{0,14}}(?:你|您)(?:就)?(?:自己)?(?:(?:兜|担|扛)(?:着|起)|受着)"
    r"|(?:你|您)(?:就|才|会)?(?:知道|晓得|尝到|见识到?)(?:我们的)?(?:厉害|好歹|滋味|手段)(?:了)?"
    r"|有(?:你|您)(?:哭|受|好受|难受|后悔)的(?:时候|日子|那天)?"
)
# 6 we can find the debtor wherever: 「你老家在哪我们都查得到」「跑回娘家也找得着你」「躲到天边我们也摸得到」
_FINDABLE = r"(?:查|找|摸|打听|翻|问|寻)(?:得|的)(?:到|着|出来?)"
FIND_X = re.compile(
    rf"(?:住|家|老家|屋头|娘家|单位|公司|厂|店|学校|在哪|在啥子?地方|搬|躲|跑|藏|换)[^。！？!?]{{0,14}}(?:我们|我|咱们|同事|我们的人)?[^。！？!?]{{0,4}}(?:都|也|照样|一样|照旧)?{_FINDABLE}"
    r"|(?:天涯海角|天边|哪儿|哪里|哪都|到哪)[^。！？!?]{0,8}(?:都|也)(?:找|抓|逮|查)(?:得|的)(?:到|着)"
)
# 7 the family's schedule or exact school spelled out: 「你儿子在育才小学三年级二班是吧，每天四点半放学」
#   「你闺女上的实验幼儿园，哪个老师接我们都清楚」「你老婆下班走的那条街，挺黑的哦」
FAMILY_WATCH_X = re.compile(
    rf"{L.KIN_ANY}[^。！？!?]{{0,10}}(?:(?:在|读|念|上的|读的|念的)[\u4e00-\u9fa5]{{2,6}}(?:小学|中学|幼儿园|学校|一中|二中|三中|附小|附中)|[一二三四五六\d]年级[^，。！？!?]{{0,2}}[一二三四五六七八九十\d]+班)"
    rf"|{L.KIN_ANY}[^。！？!?]{{0,16}}(?:[\d一二三四五六七八九十两]+点(?:半|多|钟)?|每天|天天)[^。！？!?]{{0,6}}(?:放学|下班|出门|回家|上学|接|走)"
    rf"|{L.KIN_ANY}[^。！？!?]{{0,16}}(?:谁(?:去|来)?接|一个人(?:走|回家|上学|放学|在家)|路上(?:黑|偏|没人))"
)
FAMILY_OK = re.compile(r"班主任|老师|通知|家长群|告诉|打电话|联系|征信|政审|考公|黑名单|记录|影响|学费|开销|生活费|照顾|辛苦|不容易|理解|医药|住院|生病|病")

# pressure tails that carry no harm of their own; next to another rule's act (calling contacts,
# calling again, credit, legal or debt facts) they are that act's pressure, not a threat
WEAK_TAIL = re.compile(r"^(?:(?:你|您)?(?:自己)?看着办(?:吧)?|(?:你|您)?(?:自己)?掂量(?:掂量)?|躲得了初一|跑得了和尚|(?:你)?跑不了|躲不了)$")
OTHER_ACT = re.compile(r"打(?:给|过去|一遍|你|您|到|电话)|再打|通讯录|联系人|同事|单位|领导|站长|老板|征信|记录|黑名单|档案|法院|起诉|案子|立案|执行|律师|警|欠|逾期|拖了|借")
RECORD_SUBJECT = re.compile(r"(?:记录|档案|征信|污点|不良|这笔账|债|账)[^，。！？!?]{0,6}$")

GOODWILL = re.compile(r"(?:路上|开车|出门|回去|晚上|下班)[^，。！？!?]{0,4}(?:注意|小心)(?:安全|身体)|注意身体|保重|一路平安|早点休息|小心骗子|注意防骗|谨防")


def detect_threat(t: TurnText) -> Hit | None:
    """Intimidation: knowing where the debtor lives or goes, people turning up to confront,
    or menace (「注意安全」「后果自负」) — not a goodwill close, not a conditional, accurate
    description of a verification visit, not negated 「我们不会上门」."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.THREAT, L.MENACE3, L.THREAT4, L.THREAT5):
            for m in pattern.finditer(clause):
                if negated(clause, m.start()) or denied_after(clause, m.end()):
                    continue
                if pattern in (L.MENACE3, L.THREAT4, L.THREAT5) and (L.THREAT_OK3.search(sentence) or WARNING.search(sentence) or re.search(r"被骗|上当", sentence) or HYPOTHETICAL_PROCESS.search(sentence) or re.search(r"避开|方便(?:的)?时间|不打扰|尽量", t.norm)):
                    continue
                if re.search(r"小心|当心|注意|留神|提防", m.group(0)) and re.search(r"骗子|诈骗|被骗|防骗|陌生人|冒充|身体|路滑|开车", sentence):
                    continue  # a safety warning about scams, the road or health
                if re.search(r"(?:您|你)(?:刚才)?(?:说|提到|讲)|有人(?:自称|冒充)", clause[:m.start()]) or re.search(r"不是我们的人|(?:您|你)可以报警", t.norm):
                    continue  # the debtor's own account of someone else's visit
                if GOODWILL.search(clause) and not re.search(r"不然|否则|要不然|最好|自己|小心点", clause):
                    continue
                if "注意安全" in m.group(0) and (re.search(r"谢谢|再见|祝|辛苦|慢点|拜拜", sentence) or not re.search(r"不然|否则|要不|最好|自己|小心点|不还|出门", sentence)):
                    continue
                if pattern is L.CONFRONT_VISIT and re.search(r"警察|公安|民警|法院|抓", clause):
                    continue  # police or court coming to arrest: false-legal-claim
                if pattern is L.CONFRONT_VISIT and HYPOTHETICAL_PROCESS.search(sentence) and not re.search(r"堵|等你|收拾|好看|坐坐", clause):
                    continue
                if pattern is L.MENACE and re.search(r"骗子|诈骗|被骗|防骗|冒充", sentence):
                    continue
                if pattern is L.KNOW_WHERE and re.search(r"更新|寄|账单|核对|确认一下(?:您的)?地址|方便|快递", sentence):
                    continue
                if re.search(r"(?:信不信|敢不敢)我找人|找人收拾(?:我|你们)", clause) and "我" in clause[:m.start() + 1] and t.state.last_debtor and m.group(0) in t.state.last_debtor:
                    continue
                if WEAK_TAIL.match(m.group(0)) and OTHER_ACT.search(t.norm):
                    continue  # 「…挨个打一遍，你看着办」 is the other act's pressure
                if m.group(0) == "跟着你" and (RECORD_SUBJECT.search(clause[:m.start()]) or re.match(r"(?:一起)?(?:倒霉|遭殃|受(?:罪|苦|累|连累|牵连|影响|气)|吃苦|丢人|背锅|上黑名单|贷不|被拒)", clause[m.end():])):
                    continue  # 「这个记录会跟着你」: a credit claim, not stalking
                if m.group(0) in ("意外", "出事") and not re.search(r"(?:你|您|家人|孩子).{0,6}(?:出|有)", clause):
                    continue
                return Hit(t.orig[a:b].strip(), a + m.start())
    # 「你闺女在哪个幼儿园、几点放学，我们都一清二楚」「出了什么事，可别说…」 span clauses
    for m in (x for p in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.MENACE3) for x in p.finditer(t.norm)):
        if re.search(r"[。！!]", m.group(0)) or not re.search(r"[，,；;？?]", m.group(0)):
            continue
        if re.search(r"骗子|诈骗|被骗|防骗|冒充|警察|公安|法院|核实|提前(?:通知|预约)|按规定|可能", sentence_of(t.norm, m.start())):
            continue
        window = t.norm[max(0, m.start() - 10):m.end() + 10]
        if negated(t.norm[max(0, m.start() - 12):m.start() + 1], min(12, m.start())) or re.search(r"更新|寄|账单|核对|确认一下|方便|快递|不会", window):
            continue
        return Hit(t.orig[m.start():m.end()].strip(), m.start())
    return _threat_x(t)


_PROCESS_OK = re.compile(r"按(?:照)?(?:规定|流程)|依法|提前(?:通知|告知|联系|预约)|核实(?:地址|情况|一下|身份)|预约|营业厅|网点|柜台|办理|来(?:我们|行里|公司)|(?:您|你)(?:可以|也可以|方便的话)(?:来|到|过来)|不会|不用|不必|没有|绝不|从不|别担心|放心")


def _threat_x(t: TurnText) -> Hit | None:
    """Fresh-writer cue classes, checked per sentence: a visit or face-to-face meeting pushed by
    our side, a staged chance meeting, watching where the debtor is, open-ended escalation."""
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        for pattern in (VISIT_X, ENCOUNTER_X, WATCH_X, ESCALATE_X, OPEN_CONSEQ_X, FIND_X, FAMILY_WATCH_X):
            m = pattern.search(sent)
            if not m:
                continue
            if negated(sent, m.start()):
                continue
            if pattern is OPEN_CONSEQ_X and re.search(r"骗子|诈骗|冒充|被骗|转账|陌生|身体|病|医院|开车", sent):
                continue  # a warning about scams or health: 「被骗了什么事您自己担着，所以只认官方」
            if pattern is FIND_X and re.search(r"(?:您|你)(?:可以|能|自己|也能|随时)|App|app|官网|客服|账单|记录|明细|合同|流水|征信|凭证|还款|入账|地址(?:更新|变更)|查不", sent):
                continue  # telling the debtor where THEY can look something up
            if pattern is FAMILY_WATCH_X and FAMILY_OK.search(sent):
                continue  # credit talk or sympathy about the family
            if pattern in (OPEN_CONSEQ_X, FIND_X, FAMILY_WATCH_X):
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
            if pattern is not ESCALATE_X and (_PROCESS_OK.search(sent) and not re.search(r"也不想|不想|不希望|莫怪|别怪|别嫌|难看|不好看|好看", sent)):
                continue  # accurate process, an invitation to the branch, or a denial
            if pattern is ESCALATE_X and re.search(r"分期|方案|理解|帮(?:您|你)|一起|按(?:您|你)的|协商|减轻|想办法", sent):
                continue  # sympathy about the debtor's business, followed by a plan
            if re.search(r"骗子|诈骗|冒充|自称|不是我们的人|(?:您|你)(?:刚才)?(?:说|提到)", sent):
                continue  # warning about scammers, or the debtor's own account
            if re.search(r"警察|公安|民警|法院|抓", sent):
                continue  # police or court turning up: false-legal-claim
            if pattern is WATCH_X and re.search(r"更新|寄|账单|核对|确认一下|快递|方便(?:接|的时间)|避开", sent):
                continue
            if pattern is VISIT_X and not re.search(rf"{_FACE}|等|堵|蹲|守|敲|(?:上|去|到)(?:你|您)(?:们)?(?:家|屋头|屋里|店|单位|公司|宿舍|厂|那儿)(?:去|来|里)?(?:$|[，。！？ ])|直接|不还|再不|不然|否则|要不", sent):
                continue  # movement with no confrontation (「我们同事去您那边的营业厅」)
            if pattern is VISIT_X and re.search(r"[发打报寄传贴告](?:个)?(?:电话)?(?:到|给|去)|群里|前台|电话|通讯录", sent) and not re.search(rf"{_FACE}|堵|蹲|守|敲|上门", sent):
                continue  # sending word to their workplace: contact-shaming, not a visit
            a, b = base, base + len(sent)
            return Hit(t.orig[a:b].strip(), base + m.start())
    return None


# --- insult: fresh-writer cue classes ---------------------------------------------------------
# what a "type of person" is accused of; only with one of these is 「您这种…的人」 demeaning
_BAD_TRAIT = (r"(?:见(?:得)?多了|见识多了|不指望|指望不上|失望|没(?:有)?(?:一句|半句)?(?:真话|实话)|撒谎|说谎|扯谎|糊弄|忽悠|对牛弹琴|瞧不起|看不起|"
              r"不算数|不算话|不敢信|不能信|信不得|不可信|不认账|不认帐|翻脸|赖|骗|装|躲|耍|无赖|没信用|不讲信用|不要脸|没脸|丢人|没救|靠不住|信不过|嘴上说|说一套)")
# 1 the debtor filed under a bad type: 「像您这样借了钱就翻脸不认账的人，我们见得多了」「你们这号人嘴里就没一句真话」
TYPE_X = re.compile(r"(?:像)?(?:你|您)(?:们)?(?:这种|这样|这号|这类|这路|这种样|这样子)(?:的)?[^。！？!?]{0,22}?(?:人|货|主儿?|家伙|东西)")
# 2 contempt, sarcasm and belittling: 「挺让人瞧不起的」「说出去也不嫌丢人」「也是够失败的」「真有出息」
#   「磨磨唧唧跟个老太太似的」「欠钱的时候倒挺好意思的」「十个里面九个都在撒谎」
CONTEMPT_X = re.compile(
    r"(?:让人|叫人|被人|人家|谁都|我都)?(?:瞧不起|看不起|瞧不上|看不上眼)|不嫌(?:丢人|丢脸|寒碜|害臊)|(?:也是|真是|可真|实在|太|够|真)(?:够)?失败(?:的|了)?(?=$|[，。！？吧啊呀])|"
    r"(?:真|可真|好|挺|还真)有出息|出息了(?:啊|呀|哈)?(?=$|[，。！？])|对牛弹琴|磨磨唧唧|磨磨叽叽|婆婆妈妈|"
    r"(?:跟|像)(?:个|只|条)?(?:老太太|老太婆|老娘们|娘们儿?|小孩子?|三岁小孩|孙子|乌龟|木头|哑巴|聋子|瞎子|傻子|无赖|泼妇|赖皮|要饭的|叫花子|缩头乌龟)(?:似的|一样|一般)|"
    r"(?:借|欠|花|拿|刷|买|用)[^。！？!?]{0,8}(?:的时候)?倒(?:是)?(?:挺|很|蛮|真|还挺)?(?:好意思|痛快|爽快|积极|大方|利索|潇洒|舍得)|"
    r"(?:十个|十个里面|十个里头|一百个)[^。！？!?]{0,6}(?:九个|八个|九十九个)[^。！？!?]{0,6}(?:撒谎|说谎|骗人|是骗子|在装|装的|忽悠)|(?:满嘴|嘴里)[^，。！？!?]{0,4}(?:谎话|鬼话|跑火车|没(?:一句|半句)?(?:真话|实话))|"
    r"(?:可|真|可真|挺|还挺|倒是|太|很)会(?:算计|找借口|编(?:故事|理由)?|演戏?|装(?:穷|傻|糊涂|可怜)?|耍(?:赖|滑头|花样)|钻空子)(?:的)?(?:啊|呀|嘛|哈|了)?(?=$|[，。！？])|"
    r"小小年纪(?:就)?[^，。！？!?]{0,6}(?:赖|骗|撒谎|学坏|不学好)|学会(?:了)?(?:赖账|赖帐|撒谎|骗人|耍赖)"
)
# 3 a name left for the debtor to fill in: 「在我们这儿都有个统一的叫法，您自己心里应该有数」
IMPLIED_LABEL_X = re.compile(r"(?:统一的?|专门的?|有个|有种)(?:叫法|称呼|说法|名号|外号)[^。！？!?]{0,14}(?:有数|清楚|明白|知道|晓得|懂)|(?:叫什么|是什么人|是哪种人|算哪种人)[^。！？!?]{0,6}(?:你|您)(?:自己)?(?:心里)?(?:有数|清楚|明白|知道|晓得)")
# 4 belittling an adult's failure: 「一个大人连几千块都兜不住」「有手有脚的，连五千块都攒不下来」
INCOMPETENT_X = re.compile(r"(?:一个|您一个|你一个)?(?:大人|大男人|大小伙子|大老爷们|成年人|大活人|有手有脚|四肢健全|三四十岁的人|三十多岁的人|这么大(?:的)?人)[^。！？!?]{0,16}连[^。！？!?]{0,12}都[^，。！？!?]{0,3}(?:不|没|攒不|拿不|还不|兜不|凑不)")
# 5 thick skin / shamelessness, any word order: 「您这脸皮也是够厚的」「脸皮厚过城墙」「面皮比鞋底还厚」
THICK_X = re.compile(r"(?:脸皮|面皮|脸)[^，。！？ !?]{0,8}(?:厚|比城墙|赛城墙|城墙拐角)|二皮脸|不知羞耻|(?:还|也|咋|怎么|居然|竟然|真)(?:有脸|好意思)(?=[^，。！？!?]{0,10}(?:跟|和|找|说|哭|喊|提|讲|要|谈|借|叫|问|求|让|来|躲|不还|欠|赖))")
# 6 "not worthy" contempt: 「一个赖账的也配讲隐私」「你还配谈条件？」「这种人哪配」
UNWORTHY_X = re.compile(r"(?:也|还|哪|就|都)配(?:讲|谈|说|提|要|跟|和|享受|有|当|叫|做|用|求|问)|配(?:讲|谈|提)[^，。！？!?]{0,6}(?:吗|么|嘛|[？?])")
# 7 mocking the body for not answering or listening: 「你是聋了还是哑了」「眼睛瞎了看不见短信」「手断了接不了电话？」
BODY_X = re.compile(r"(?:你|您)[^，。！？!?]{0,4}(?:是)?(?:耳朵|眼睛|手|嘴)?(?:聋|瞎|哑|断|残|废)(?:了|掉了|巴|子)(?:[^，。！？!?]{0,6}(?:还是|吗|么|啊|呀|咋|是吧|[？?]))"
                    r"|(?:聋|瞎|哑)了(?:还是|吗|么)|(?:聋子|哑巴|瞎子|死人)(?:吗|么|啊|似的|一样)|(?:你|您)[^，。！？!?]{0,3}(?:人)?死了(?:吗|么|还是|啊)|(?:耳朵|眼睛)(?:是)?(?:摆设|装饰|出气|借来的)|耳朵里塞")
# 8 a grown man living off others: 「一个大老爷们靠老婆养」「三十好几了还伸手问爸妈要」「吃老婆的软饭」
DEPEND_X = re.compile(r"(?:大男人|大老爷们|大小伙子|大老爷们儿|男子汉|成年人|有手有脚|好几十?了|三十好几|四十好几|这么大(?:的)?人|这么大岁数)[^。！？!?]{0,12}(?:靠[^，。！？!?]{0,4}(?:养|供|接济|救济|活)|啃老|伸手(?:要|问)|吃软饭|让[^，。！？!?]{0,4}(?:养|供))")
RHETORIC_NEG = re.compile(r"(?:哪(?:是|像|里是|儿是|叫)|怎么(?:会|能)是|哪有)[^，。！？!?]{0,6}$")
RECORD_SUBJ = re.compile(r"(?:征信|信用|记录|账|债|名声|生意|行情|日子|房子|车)[^，。！？!?]{0,4}$")


def _insult_x(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        for pattern in (TYPE_X, CONTEMPT_X, IMPLIED_LABEL_X, INCOMPETENT_X, THICK_X, UNWORTHY_X, BODY_X, DEPEND_X):
            for m in pattern.finditer(sent):
                if pattern is TYPE_X and not re.search(_BAD_TRAIT, sent):
                    continue  # 「像您这样主动还款的人不多」 is praise
                if negated(sent, m.start()) and not re.search(r"也不嫌|不嫌", m.group(0)):
                    continue
                if RHETORIC_NEG.search(sent[:m.start()]):
                    continue
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)|(?:别|不要|不用|千万别)[^，。！？!?]{0,3}说自己|别把自己|别这么说|被(?:人|别人)?(?:说|骂|叫|当)|冒充|自称", sent[:m.start()]) or (
                        "骗子" in sent[:m.start()] and not (pattern is UNWORTHY_X and re.search(r"赖|欠|不还|你|您|一个", sent[:m.start()]))):
                    continue  # reported, reassuring or about scammers
                if "出息" in m.group(0) and not re.search(r"赖|欠|不还|还不上|躲|骗|谎|装|拖|学会|连", sent):
                    continue  # sincere praise (「孩子真有出息」), not sarcasm
                if pattern is BODY_X and re.search(r"听不清|信号|声音|助听|残疾|视力|不方便|病|伤|手术|医院", sent):
                    continue  # a real hearing, sight or injury problem, or a bad line
                if pattern is UNWORTHY_X and re.search(r"(?:我|我们)(?:也|还|哪|就|都)配", sent[max(0, m.start() - 2):m.end()]):
                    continue
                if pattern in (CONTEMPT_X, THICK_X, BODY_X) and m.group(0) in said and re.search(r"别|不是|不要|没|千万|不会", sent):
                    continue  # the debtor's own word, answered
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
    return None


def detect_insult(t: TurnText) -> Hit | None:
    """Demeaning words about the listener — not negated (「您不是老赖」), not the debtor's own
    word quoted back or reported (「您说我们是骗子」), not about scammers or third parties."""
    said = "".join(t.state.debtor_texts)
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.INSULT_WORDS, L.INSULT, L.INSULT3, L.INSULT4, L.INSULT5):
            for m in pattern.finditer(clause):
                word = m.group(0)
                if negated(clause, m.start()) or denied_after(clause, m.end()):
                    continue
                if re.search(r"['‘“「\"]$", clause[:m.start()]) and re.match(r"['’”」\"]", clause[m.end():m.end() + 1] or " "):
                    continue  # a mention in quotes (「'老赖'一般说的是…」), not name-calling
                if re.search(r"好意思", word) and re.search(r"不好意思", clause[max(0, m.start() - 1):m.end()]):
                    continue
                if word == "傻" and re.search(r"[装犯发冒]$", clause[:m.start()]):
                    continue  # 「再装傻」「别犯傻」 describe an act or give advice, not name-calling
                if word == "滚" or (pattern is L.INSULT and word in ("贱", "蠢", "傻", "low", "滚", "垃圾", "有病")):
                    if not re.search(r"你|您", clause):
                        continue
                    if word == "滚" and re.search(r"利滚|滚利|滚动|滚雪球|越滚", clause):
                        continue
                    if word == "有病" and re.search(r"(?:您|你|家里|家人|孩子|老人)[^，。！？!?]{0,4}有病(?!吧|啊)|有病(?:在身|住院|看病)|生病", clause):
                        continue
                # the debtor's own word repeated to reassure, or reported speech
                if word in said and (re.search(r"别|不是|不要|没|谁|不用|什么.{0,4}不|千万", clause) or L.INSULT_REPORTED.search(clause[:m.start()])):
                    continue
                if L.INSULT_REPORTED.search(clause[:m.start()]) and re.search(r"(?:您|你)(?:刚才|是不是|可能)?(?:说|觉得|认为|以为|骂|担心|怕)|别把自己|说自己|被(?:人|别人)?(?:说|骂|叫|当)", clause[:m.start()]):
                    continue
                if re.search(r"骗子|诈骗|流氓|无赖|骗", word) and (re.search(r"冒充|自称|外面|那些|有些|电话里|短信|防|小心|当心|提醒|警惕|谨防|遇到|碰到|假|担心|怀疑|以为|觉得|核实|官方", sentence) or
                                                             not re.search(r"你|您", clause)):
                    continue
                if not re.search(r"你|您", clause) and WARNING.search(sentence):
                    continue
                if word in ("活该",) and not re.search(r"你|您", sentence):
                    continue
                if RHETORIC_NEG.search(clause[:m.start()]):
                    continue  # 「这哪是老赖会做的事」
                if word.startswith("烂") and RECORD_SUBJ.search(clause[:m.start()]):
                    continue  # 「征信早烂透了」 is about the record (credit rules), not the person
                if word.endswith("不是人") and re.match(r"[出有在去来干身受]", clause[m.end():m.end() + 1]):
                    continue  # 「不是人出了什么事」
                return Hit(t.orig[a:b].strip(), a + m.start())
    return _insult_x(t, said)
