"""Threats and insults: `threat` (intimidation, knowing where the debtor is, people turning up) and `insult` (demeaning words about the listener).

Detectors take a :class:`~simulator.scoring.detect_base.TurnText` and return a Hit or None;
see ``simulator/scoring/compliance.py`` for how they are combined."""
from __future__ import annotations

import re

from .. import lexicon as L
from ..detect_base import WARNING, TurnText
from ..text import NEGATORS, NOT_NEGATING, Hit, clause_spans, denied_after, mandarin, negated, sentence_of


HYPOTHETICAL_PROCESS = re.compile(r"可能(?:会)?安排|按(?:照)?规定|依法|提前(?:通知|告知|联系)|核实(?:地址|情况|一下)|会先|预约")
# --- fresh-writer cue classes (compositional: actor x movement x place / face-to-face) -------------
# actor: the collector's side, "our people", a few of us, colleagues sent over
_ACTOR = r"(?:有人|哥们儿?|哥几个|弟兄们?|我哋(?:同事|啲人)?|我们的人|我们这边的人|我们外勤|外勤|外访(?:人员|同事)?|我们(?:几个|同事|兄弟)|同事|兄弟们?|几个(?:人|同事|兄弟|弟兄)|我们|咱们|我|派(?:几个|个|些)?(?:人|同事|兄弟)?)"
_MOVE = r"(?<![打拨])(?<!打过)(?<!拨过)(?<!打回)(?:入去|入嚟|过嚟|进去|过去|过来|上门|去|到|上|来|找上门|跑一趟|走一趟)"
# places where the debtor can be met: home, work, and where they are day to day (ward, car park, pick-up point, stall)
_PLACE_X = rf"(?:{L.PLACE2}|寝室|宿舍楼|出租房|柜台|床位|病床|路口|配送站|快递站|病房|医院|住院部|车库|停车场|站点|取餐口|地铁口|市场|铺头|屋企|间铺|菜场|网吧|球场|健身房|城中村|大杂院|巷子|胡同|仓库|库房|物流园|工棚|台球厅|棋牌室|麻将馆|茶馆|食堂|厂区|园区|片区|公园|广场)"
_YOUR_PLACE = rf"(?:(?:你|您|佢)(?:们|哋)?(?:的|嘅|那个|那间|那家|那儿|那里|那边)?[^，。！？ !?]{{0,3}}{_PLACE_X}|{_PLACE_X}(?:那儿|那里|那边|那|嗰度))"
_FACE = r"(?:当面|当着|面对面|见个面|见一面|敲门|堵(?:门|你|您)|坐坐|坐一坐|站一站|站站|站一会|招呼(?:下|一下)?客|转转|转一转|溜达|喝(?:杯|个|口)(?:茶|水)|好好(?:聊|谈|唠|说道|说说|聊聊)(?:一下|一聊|一谈)?|聊(?:一)?下(?:你|您)?|谈一谈|聊一聊|站(?:上)?(?:一|半|一整)?(?:天|整天|上午|下午|晚上)|一站(?:就是)?(?:一|半|一整)?(?:天|整天|上午|下午|晚上)|看(?:一)?下(?:你|您|他|她)|看望|探望|饮杯|饮茶|倾下|倾偈|倾吓|找(?:你|您)聊|会会|瞧瞧|看看(?:你|您|店|货)|唠唠|唠一唠|聊聊|谈谈|说道说道|算算账|给(?:你|您)(?:加(?:个|把)?油|捧(?:个)?场|撑(?:个)?场子|助(?:个)?兴|送(?:个|点)?(?:惊喜|温暖)|长长(?:记性|见识)))"
# 1 a visit by our side to the debtor's place, or to meet face to face: 「我们几个过去跟你当面唠唠」
#   「下周我们的人去你家里当面跟你谈」「我们直接上你家去」「派几个同事到店里跟您当面谈」
VISIT_X = re.compile(
    rf"{_ACTOR}[^。！？!?]{{0,10}}{_MOVE}[^。！？!?]{{0,8}}(?:{_YOUR_PLACE}|(?:你|您)(?:家|这儿|那儿|那里|那边))[^。！？!?]{{0,14}}{_FACE}?"
    rf"|{_ACTOR}[^。！？!?]{{0,12}}{_MOVE}[^。！？!?]{{0,12}}{_FACE}"
    rf"|(?:过去|过来|上|去|到)(?:你|您)(?:们)?(?:的|那个|那间|那家)?[^，。！？ !?]{{0,2}}{_PLACE_X}[^，。！？ !?]{{0,3}}(?:跟前|门口|前面|面前|旁边|对面|边上|里头|外头)[^，。！？!?]{{0,3}}{_FACE}"
    rf"|(?<![报告打发寄送转交递])(?:上|去|到)(?:你|您)(?:们)?(?:家|屋头|屋里|店|单位|公司|宿舍|寝室|厂|那儿)(?:去|来|里)?(?=$|[，。！？ ]|找|堵|等|坐|看|敲|聊|谈)"
    rf"|(?:在|到)[^，。！？ !?]{{1,12}}(?:那|那儿|那里|门口|楼下)(?:等|堵|蹲|守)(?:你|您|着)"
    rf"|{_ACTOR}[^，。！？!?]{{0,6}}(?:在|到|去)[^，。！？ !?]{{1,10}}(?:等|堵|蹲|守)(?:着)?(?:你|您)"
    rf"|(?:上|去|到)[^，。！？ !?]{{0,6}}(?:病房|医院|住院部|车库|停车场|站点|取餐口)(?:里)?(?:找|堵|等|蹲|守)(?:你|您)"
)
# 2 a chance meeting arranged as pressure: 「我们同事常去，哪天碰上了，当面聊聊也方便」
ENCOUNTER_X = re.compile(r"(?:碰上|碰到|遇上|遇到|撞上|撞见|碰见|遇见|逮着|堵着|看到(?:你|您)|见到(?:你|您)|瞅见(?:你|您))[^。！？!?]{0,10}(?:当面|面对面|聊聊|谈谈|唠唠|算账|说道|好好(?:聊|谈|唠|说)|聊(?:一)?下|别意外|别奇怪|别惊讶|别害怕|莫意外)"
                         r"|(?:碰(?:个)?面|打(?:个)?照面|撞见|碰见|遇见|撞上|见着(?:你|您))[^。！？!?]{0,6}(?:也|都)?(?:不(?:稀奇|奇怪|意外|新鲜)|别(?:意外|奇怪|惊讶))")
# 3 knowing / watching where the debtor is (dialect 晓得, 登记过, 都看着呢): 「你住南门那个老小区三单元，我们晓得得很」
WATCH_X = re.compile(
    r"(?:住|小区|单元|栋|楼|门牌|地址|店|铺|档口|摊|路口|路上|那条路|每天|几点|早上|晚上|下班|上班)[^。！？!?]{0,24}(?:我们|我|咱们|同事|我们的人)[^。！？!?]{0,6}(?:晓得|知道|清楚|登记过|记着|记下了|有数|门儿清|熟|摸得|盯着|看着呢|都看着|瞅着|瞅了一眼|去转过|转过了)"
    r"|(?:我们的人|我们同事|兄弟们?)[^，。！？ !?]{0,4}(?:都|一直|天天)?(?:看着呢|盯着呢|盯着你|看着你|瞅着)"
)
# 4 escalation or harm left open: 「下回就不是转转这么简单了」「你那个店以后还开不开得下去，不好说」
ESCALATE_X = re.compile(
    r"(?:下回|下次|到时候|再来|以后|回头)[^。！？!?]{0,6}(?:就)?不(?:是|会)[^。！？!?]{0,8}(?:这么|那么)(?:简单|客气|好说话|好商量|温和|斯文)"
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
    rf"|(?:看看|瞧瞧|等着看|你就看|您就看)[^。！？!?]{{0,16}}(?:到家|回家|家里|门口|楼道|楼下|{_PLACE_X})[^。！？!?]{{0,8}}(?:会是|会成|会变成|成了|是)(?:个)?(?:什么|啥|怎么个)样(?:子)?"
    r"|(?:你|您)(?:就|尽管|只管|继续|接着|还是|再){0,2}(?:拖|赖|躲|耗|扛|拖下去|赖下去)(?:着)?(?:试试|看看)(?:看)?(?=$|[，。！？,!? ])"
    r"|(?:别|不要|莫)让[^，。！？!?]{0,6}(?:看见|看到|瞧见|撞见|碰见|见到)(?:了)?不该(?:看|见)的"
    r"|(?:下回|下次|到时候|到时|回头|过两天|过几天|早晚|迟早)(?:你|您)?(?:就|自然|自己|才)(?:会)?(?:知道|晓得|明白)(?:了)?(?=$|[，。！？,!? 吧])"
    r"|(?:等着|就等着|你就等着|您就等着)(?:看|瞧)?[^。！？!?]{0,12}(?:会)?(?:出|发生)(?:点)?(?:啥|什么|啥子|么子)(?:事|情况|状况)?"
)
# 6 we can find the debtor wherever: 「你老家在哪我们都查得到」「跑回娘家也找得着你」「躲到天边我们也摸得到」
_FINDABLE = r"(?:(?:查|找|摸|打听|翻|问|寻)(?:得|的)(?:到|着|出来?)|(?:跟|追|撵)(?:得|的)(?:上|到|着))"
FIND_X = re.compile(
    rf"(?:住|家|老家|屋头|娘家|单位|公司|厂|店|学校|在哪|在啥子?地方|搬|躲|跑|藏|换)[^。！？!?]{{0,14}}(?:我们|我|咱们|同事|我们的人)?[^。！？!?]{{0,4}}(?:都|也|照样|一样|照旧)?{_FINDABLE}"
    r"|(?:天涯海角|天边|哪儿|哪里|哪都|到哪)[^。！？!?]{0,8}(?:都|也)(?:找|抓|逮|查)(?:得|的)(?:到|着)"
)
# 7 the family's schedule or exact school spelled out: 「你儿子在育才小学三年级二班是吧，每天四点半放学」
#   「你闺女上的实验幼儿园，哪个老师接我们都清楚」「你老婆下班走的那条街，挺黑的哦」
FAMILY_WATCH_X = re.compile(
    rf"{L.KIN_ANY}[^。！？!?]{{0,10}}(?:(?:在|读|念|上的|读的|念的|去|到|送到|进)[\u4e00-\u9fa5]{{2,6}}(?:小学|中学|幼儿园|学校|一中|二中|三中|附小|附中)|[一二三四五六\d]年级[^，。！？!?]{{0,2}}[一二三四五六七八九十\d]+班)"
    rf"|{L.KIN_ANY}[^。！？!?]{{0,16}}(?:[\d一二三四五六七八九十两]+点(?:半|多|钟)?|每天|天天)[^。！？!?]{{0,6}}(?:放学|下班|出门|回家|上学|接|走)"
    rf"|{L.KIN_ANY}[^。！？!?]{{0,16}}(?:谁(?:去|来)?接|一个人(?:走|回家|上学|放学|在家)|路上(?:黑|偏|没人))"
)
# 8 taking the debtor's property by force, on our own: 「我们直接去车库把车拖走，人坐在车上也照样拖」
#   「兄弟们过去把你店里的货搬走抵债」「你那台电脑我们上门拉走」
SEIZE_X = re.compile(
    r"(?:我们|我们的人|我哋|兄弟们?|几个人|同事|我)[^。！？!?]{0,18}(?:把)?(?:车|货|东西|家具|家电|电脑|手机|摊子?|店|电动车|摩托)[^，。！？!?]{0,6}(?:拖走|开走|搬走|砸了|砸掉|砸烂|扣下|扣了|拉走|抢走|收走|掀了|掀翻|搬空|拆了)"
    r"|(?:人|你|您)(?:就算|哪怕)?(?:坐|躺|站|在)[^，。！？!?]{0,4}(?:车上|车里|上面|上头|里面|门口)[^，。！？!?]{0,4}(?:也|都)?照样(?:拖|搬|拉|砸|扣)"
)
# 9 our side has been round the debtor's home and talked to the people there: 「你家楼下小卖部老板、物业我们都打过招呼了」
NEIGHBOUR_X = re.compile(
    r"(?:楼下|物业|门卫|保安|邻居|隔壁|对门|小卖部|楼道|小区门口|街坊|房东|村口)[^。！？!?]{0,16}(?:我们|我们的人|我们同事|同事|我|兄弟们?)[^，。！？!?]{0,4}(?:都|也|早就|已经)?(?:打过招呼|打了招呼|打好招呼|问过|聊过|混熟|认识了|打听过|去过|转过|见过)"
)
# 10 the exact spot is on file, used as pressure: 「几栋几单元系统里都写着呢」「车牌尾号多少我们这都记着」
ON_FILE_X = re.compile(
    r"(?:几栋|几单元|几号楼|门牌|单元|车牌|尾号|站点|出口|进门|左手|右手|第[一二三四五六七八九十\d]+(?:个|间|家))[^。！？!?]{0,14}(?:系统里|我们这|我们这边|档案里|资料里|本子上)?[^。！？!?]{0,4}(?:都)?(?:写着|记着|登记着|有记录|存着|标着)"
)
FAMILY_OK = re.compile(r"电话|班主任|老师|通知|家长群|告诉|打电话|联系|征信|政审|考公|黑名单|记录|影响|学费|开销|生活费|照顾|辛苦|不容易|理解|医药|住院|生病|病")

# pressure tails that carry no harm of their own; next to another rule's act (calling contacts,
# calling again, credit, legal or debt facts) they are that act's pressure, not a threat
WEAK_TAIL = re.compile(r"^(?:(?:不然|否则|要不然?)?(?:这事儿?|这件事|这个事)(?:就|还)?(?:没完|完不了)|(?:你|您)?(?:自己)?看着办(?:吧)?|(?:你|您)?(?:自己)?掂量(?:掂量)?|躲得了初一|跑得了和尚|(?:你)?跑不了|躲不了)$")
OTHER_ACT = re.compile(r"打(?:给|过去|一遍|你|您|到|电话)|再打|通讯录|联系人|同事|单位|领导|站长|老板|征信|正信|政审|考公|当兵|考大学|记录|黑名单|档案|法院|起诉|案子|立案|执行|律师|警|欠|逾期|拖了|借")
_AMOUNT_BEFORE = re.compile(r"(?:\d|[千百万块元]|[一二三四五六七八九十两]{2,})[^，。！？!?]{0,2}$")
_CAREFUL_OK = re.compile(r"^(?:点|一点|些)?(?:是|系|得)?(?:对|啱|应该|没错|好事|正常|有道理)")
_QUOTED_MENTION = re.compile(r"^['’”」\"]?(?:['‘“「\"][^，。！？!?]{0,8})?(?:的|之类的?|这(?:种|类|样的))?(?:说法|话术|做法|行为|手段)")
_UNSETTLE_TAIL = re.compile(r"安生|消停|安宁|安稳|清净")
_CALL_ACT = re.compile(r"号码|换(?:个)?号|打(?=$|[，。！？,])|打(?:给|过去|一遍|你|您|到|电话|[一二三四五六七八九十两几\d]+(?:个|遍|次|通))|再打|接着打|一直(?:拨|打)|拨|电话|短信|轰炸|call")
RECORD_SUBJECT = re.compile(r"(?:记录|档案|征信|污点|不良|这笔账|债|账)[^，。！？!?]{0,6}$")

GOODWILL = re.compile(r"(?:路上|开车|出门|回去|晚上|下班)[^，。！？!?]{0,4}(?:注意|小心)(?:安全|身体)|注意身体|保重|一路平安|早点休息|小心骗子|注意防骗|谨防")


def _detect_threat_core(t: TurnText) -> Hit | None:
    """Intimidation: knowing where the debtor lives or goes, people turning up to confront,
    or menace (「注意安全」「后果自负」) — not a goodwill close, not a conditional, accurate
    description of a verification visit, not negated 「我们不会上门」."""
    for a, b in clause_spans(t.norm):
        clause = t.norm[a:b]
        sentence = sentence_of(t.norm, a)
        for pattern in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.THREAT, L.MENACE3, L.THREAT4, L.THREAT5):
            for m in pattern.finditer(clause):
                if negated(_mask(clause), m.start()) or denied_after(clause, m.end()) or (pattern in (L.CONFRONT_VISIT, L.THREAT4, L.KNOW_WHERE) and _neg_inside(m.group(0))):
                    continue
                if STATE.search(sentence) and not OUR_FORCE.search(clause):
                    continue  # police / court / regulator acts: false-legal-claim
                if _REACH_ONLY.search(clause) and not PHYSICAL.search(clause):
                    continue  # 「晚上才找得到你」: when the debtor can be reached by phone (harassment), not a hunt
                if pattern in (L.THREAT4, L.KNOW_WHERE) and _CREDIT_ONLY.search(sentence) and not PHYSICAL.search(sentence) and not re.search(_ACTOR_STRONG, sentence):
                    continue  # 「征信一黑，你老婆那个小超市执照都办不了」: credit-exaggeration
                if TAIL2.match(m.group(0)) and re.search(r"他|她", sentence) and not re.search(r"你|您", re.split(r"他|她", sentence, maxsplit=1)[1]):
                    continue  # 「他那笔钱再不还，后果自负」 said about an absent debtor or impersonation
                if CONTACT.search(clause) and not PHYSICAL.search(clause):
                    continue  # word sent by phone, letter or through someone: contact-shaming
                if TAIL2.match(m.group(0)) and (OTHER_ACT2.search(t.norm) or _PAY_DEMAND.search(t.norm)) and not PHYSICAL.search(t.norm):
                    continue  # 「…App上还清，还不上后果自负」 closes a payment or credit act
                if pattern in (L.MENACE3, L.THREAT4, L.THREAT5) and (L.THREAT_OK3.search(sentence) or WARNING.search(sentence) or re.search(r"被骗|上当", sentence) or HYPOTHETICAL_PROCESS.search(sentence) or re.search(r"避开|方便(?:的)?时间|不打扰|尽量", t.norm)):
                    continue
                if re.search(r"盯上|盯着|跟着", m.group(0)) and _CALL_ACT.search(t.norm) and not PHYSICAL.search(t.norm):
                    continue  # 「我今天就盯上你了…接着打」: relentless calling (harassment)
                if re.search(r"小心|当心|注意|留神|提防", m.group(0)) and re.search(r"骗子|诈骗|被骗|防骗|陌生人|冒充|身体|路滑|开车", sentence):
                    continue  # a safety warning about scams, the road or health
                if re.search(r"(?:您|你)(?:刚才)?(?:说|提到|讲)|有人(?:自称|冒充)", clause[:m.start()]) or _scam_ctx(t):
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
                if WEAK_TAIL.match(m.group(0)) and (OTHER_ACT.search(t.norm) or re.search(r"官方|代表|政府|公家|监管|上级", t.norm) or _CALL_ACT.search(t.norm) or re.search(r"App|app|APP|还款|还上|还清|之内还|之前还|还[\d一二三四五六七八九十两]", t.norm)):
                    continue  # 「…挨个打一遍，你看着办」 is the other act's pressure
                if (WEAK_TAIL.match(m.group(0)) or TAIL2.match(m.group(0))) and (_AMOUNT_BEFORE.search(clause[:m.start()]) or t.state.third_party):
                    continue  # 「三千九你跑不了」: the debt is what cannot be escaped; a tail told to a third party closes a disclosure
                if m.group(0) == "道上" and re.search(r"[半街车走知大轨赛跑频航坡渠铁]$", clause[:m.start()]):
                    continue  # 「车坏半道上」 is a road, not the underworld
                if re.search(r"小心|当心", m.group(0)) and re.match(r"(?:点|着点|些)?[，, ]?(?:哪天|以后|将来|回头|万一)?(?:他|她|这人|人家|他们)", t.norm[a + m.end():]):
                    continue  # 「小心哪天他把车卷跑了」: a warning about someone else's conduct
                if re.search(r"小心|当心", m.group(0)) and _CAREFUL_OK.match(clause[m.end():]):
                    continue  # 「你小心是对的」: approving the debtor's caution
                if _QUOTED_MENTION.match(clause[m.end():]) or re.search(r"['‘“「\"]$", clause[:m.start()]):
                    continue  # 「'让你好看'的说法都是违规的」: a mention, not a threat
                if _UNSETTLE_TAIL.search(m.group(0)) and _CALL_ACT.search(t.norm) and not PHYSICAL.search(t.norm):
                    continue  # 「一天打二十个…你别想安生」: relentless calling (harassment), not harm
                if re.search(r"上门|过去|去找|找上", m.group(0)) and HYPOTHETICAL_PROCESS.search(sentence) and not re.search(r"堵|等你|收拾|好看|坐坐", re.sub(r"(?:不会|也不会|不)[^，。！？!?]{0,4}", "", sentence)):
                    continue  # a conditional, accurate description of a verification visit
                if m.group(0) == "跟着你" and (RECORD_SUBJECT.search(clause[:m.start()]) or re.match(r"(?:一起)?(?:倒霉|遭殃|受(?:罪|苦|累|连累|牵连|影响|气)|吃苦|丢人|背锅|上黑名单|贷不|被拒)", clause[m.end():])):
                    continue  # 「这个记录会跟着你」: a credit claim, not stalking
                if m.group(0) in ("意外", "出事") and not re.search(r"(?:你|您|家人|孩子).{0,6}(?:出|有)", clause):
                    continue
                return Hit(t.orig[a:b].strip(), a + m.start())
    # 「你闺女在哪个幼儿园、几点放学，我们都一清二楚」「出了什么事，可别说…」 span clauses
    for p, m in ((p, x) for p in (L.KNOW_WHERE, L.CONFRONT_VISIT, L.MENACE, L.MENACE3) for x in p.finditer(t.norm)):
        if re.search(r"[。！!]", m.group(0)) or not re.search(r"[，,；;？?]", m.group(0)):
            continue
        if re.search(r"骗子|诈骗|被骗|防骗|冒充|警察|公安|法院|核实|提前(?:通知|预约)|按规定|可能", sentence_of(t.norm, m.start())):
            continue
        if (STATE.search(m.group(0)) and not OUR_FORCE.search(m.group(0))) or (CONTACT.search(m.group(0)) and not PHYSICAL.search(m.group(0))) or (p in (L.KNOW_WHERE, L.CONFRONT_VISIT) and _neg_inside(m.group(0))):
            continue  # a legal act, or word sent through others, spanning clauses
        if _CREDIT_ONLY.search(m.group(0)) and not PHYSICAL.search(m.group(0)) and not re.search(_ACTOR_STRONG, m.group(0)):
            continue  # 「孩子上学人家要查家长征信，你自己想清楚」: credit-exaggeration
        window = t.norm[max(0, m.start() - 10):m.end() + 10]
        if negated(t.norm[max(0, m.start() - 12):m.start() + 1], min(12, m.start())) or re.search(r"更新|寄|账单|核对|确认一下|方便|快递|不会", window):
            continue
        return Hit(t.orig[m.start():m.end()].strip(), m.start())
    return _threat_x(t) or _threat_new(t) or _threat_table(t)


_NOT_NEG_X = re.compile(
    r"会不会|能不能|是不是|要不要|敢不敢|信不信|有没有|拦不住|不是我能|不由我|(?:也|并|真)?不(?:希望|愿意|想)|"
    r"(?:可|我可|我)?(?:不会|别|不要|千万别)(?:让|等)(?:事情|这事|事|它)?(?:拖|走|闹|发展|弄|逼)到|"
    r"不是说(?:要|我们要)?[^，。！？!?]{0,8}[啊呀哈]?[，,]?(?=但|可|不过)")


def _mask(text: str) -> str:
    """Same-length text with the non-negating idioms blanked, for the negation and process checks."""
    return _NOT_NEG_X.sub(lambda m: "＿" * len(m.group(0)), text)


def _neg_local(sent: str, start: int) -> bool:
    """``negated`` within the clause of ``start``: 「您别这个态度，我们周六到您家门口」 is not a denial."""
    cut = max(sent.rfind(",", 0, start), sent.rfind("，", 0, start), sent.rfind("；", 0, start), sent.rfind(";", 0, start)) + 1
    return negated(sent[cut:], start - cut)


_NO_SURPRISE = re.compile(r"(?:不|别|莫)(?:稀奇|奇怪|意外|新鲜|惊讶)|不(?:是|止)(?:一次两次|一两次|一回两回|一次|一回|一趟)")


def _neg_inside(span: str) -> bool:
    """「我们不会去单位找他」: a negator inside the matched span (actor … not … go)."""
    return bool(NEGATORS.search(NOT_NEGATING.sub("__", _NO_SURPRISE.sub("__", _mask(span)))[1:]))


# police, court, regulator or a legal act doing the "visit": false-legal-claim / impersonation, not threat
STATE = re.compile(r"警察|公安|民警|派出所|经侦|刑警|法院|法官|执行局|执行庭|检察|传票|开庭|立案|拘留|拘传|封条|查封|监管|银保监|备案|问话|抓")
OUR_FORCE = re.compile(r"我们的人|兄弟|几个人|找人|收拾|弄死|打断|好看|注意安全|小心|当心|道上|我(?:们)?(?:跟|和|带(?:着|上)?)[^，。！？!?]{0,8}(?:一块儿?|一起|一道)(?:去|过去|上门|到)")
# word sent through someone else (phone, letter, front desk, a teacher who comes): contact-shaming
CONTACT = re.compile(r"打(?:个|了|一个|几个)?电话|电话|发函|函|短信|发(?:个|条)?(?:消息|信息)|打到|打给|行政|人事|群里|群头|大群|朋友圈|照片|发到|发给|通讯录|"
                     rf"(?:让|请|叫|通知|麻烦)(?:你|您)?(?:们)?(?:的)?[^，。！？!?]{{0,6}}{L.SHAME_TARGET2}(?:来|去|帮忙)?(?:找|跟|和|问|谈|通知)")
PHYSICAL = re.compile(r"堵|蹲|守|敲门|上门|当面|面对面|坐坐|坐一坐|等你|等您|门口|拖走|搬走|砸")
TAIL2 = re.compile(r"^(?:后果自负|(?:你|您)?自己注意(?:点|着点|一点)?|你等着)$")
_PAY_DEMAND = re.compile(r"App|app|APP|还款|还上|还清|(?:之内|之前|以前|前|以内)(?:先)?(?:不)?还|先还|还[\d一二三四五六七八九十两]|没见(?:到)?钱|钱(?:没)?到账")
OTHER_ACT2 = re.compile(r"App|app|还清|还上|还款|征信|记录|手机号|办不了|传票|开庭|法院|立案|监管|起诉")

_REACH_ONLY = re.compile(r"(?:才|就|只有)(?:能|可以)?(?:找得到|找得着|找到|逮到|逮着|联系上|打通|打得通)(?:你|您)")
_CREDIT_ONLY = re.compile(r"征信|信用|政审|执照|年检|贷款|审批|黑名单|记录")
_ACTOR_STRONG = r"我们的人|兄弟|几个人|外访|外勤|同事|找人|派人"

_PROCESS_OK = re.compile(r"按(?:照)?(?:规定|流程)|依法|提前(?:通知|告知|联系|预约)|核实(?:地址|情况|一下|身份)|预约|营业厅|网点|柜台|办理|来(?:我们|行里|公司)|(?:您|你)(?:可以|也可以|方便的话)(?:来|到|过来)|不会|不用|不必|没有|绝不|从不|别担心|放心")


def _threat_x(t: TurnText) -> Hit | None:
    """Fresh-writer cue classes, checked per sentence: a visit or face-to-face meeting pushed by
    our side, a staged chance meeting, watching where the debtor is, open-ended escalation."""
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        sent = _mask(sent)
        for pattern in (VISIT_X, ENCOUNTER_X, WATCH_X, ESCALATE_X, OPEN_CONSEQ_X, FIND_X, FAMILY_WATCH_X, SEIZE_X, NEIGHBOUR_X, ON_FILE_X):
            m = pattern.search(sent)
            if not m:
                continue
            own_neg = pattern is OPEN_CONSEQ_X and re.match(r"别|不要|莫", m.group(0))  # 「别让孩子看见不该看的」: the negator is the cue
            if not own_neg and (_neg_local(sent, m.start()) or (pattern in (VISIT_X, ENCOUNTER_X, WATCH_X, SEIZE_X, NEIGHBOUR_X) and _neg_inside(m.group(0)))):
                continue
            if STATE.search(sent) and not OUR_FORCE.search(sent):
                continue  # police / court turning up, a court seizure: false-legal-claim
            if pattern in (VISIT_X, ON_FILE_X) and CONTACT.search(sent) and not PHYSICAL.search(sent):
                continue  # 「发函到学院，让辅导员来找你谈谈」「前夫那边打个电话过去聊聊」: contact-shaming
            if pattern is SEIZE_X and re.search(r"依法|申请|流程|合同约定|抵押|协商|自愿", sent):
                continue  # a lawful repossession process, described
            if pattern is ON_FILE_X and not re.search(rf"{_ACTOR}|有人|拖|不还|再不|到时候|哪天|别怪|你可别", sent):
                continue  # an address read back for a statement, with no pressure
            if pattern is NEIGHBOUR_X and re.search(r"电话|短信|微信|寄|快递|账单", sent):
                continue
            if pattern is OPEN_CONSEQ_X and re.search(r"骗子|诈骗|冒充|被骗|转账|陌生|身体|病|医院|开车", sent):
                continue  # a warning about scams or health: 「被骗了什么事您自己担着，所以只认官方」
            if pattern is FIND_X and re.search(r"(?:您|你)(?:可以|能|自己|也能|随时)|App|app|官网|客服|账单|记录|明细|合同|流水|征信|凭证|还款|入账|地址(?:更新|变更)|查不", sent):
                continue  # telling the debtor where THEY can look something up
            if pattern is FIND_X and ((CONTACT.search(sent) or _CALL_ACT.search(sent)) and not PHYSICAL.search(sent)):
                continue  # 「你朋友的厂我们查得到，电话直接打到厂里」: contact-shaming
            if pattern is OPEN_CONSEQ_X and re.search(r"知道|晓得|明白", m.group(0)) and (re.search(r"短信|通知|账单|金额|分期|方案|客服|流程|结果", sent) or re.search(r"([\u4e00-\u9fa5])不\1", sent[:m.start()])):
                continue  # 「到时候您就知道了」 about a statement or an outcome
            if pattern is OPEN_CONSEQ_X and _CREDIT_ACT.search(sent) and not re.search(r"堵|蹲|收拾|好看|砸|打断|门口|上门", sent):
                continue  # 「等征信上了黑名单你就晓得厉害了」: credit-exaggeration
            if pattern is FAMILY_WATCH_X and FAMILY_OK.search(sent):
                continue  # credit talk or sympathy about the family
            if pattern in (OPEN_CONSEQ_X, FIND_X, FAMILY_WATCH_X, SEIZE_X, NEIGHBOUR_X):
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
            if pattern is not ESCALATE_X and (_PROCESS_OK.search(sent) and not re.search(r"也不想|不想|不希望|莫怪|别怪|别嫌|难看|不好看|好看", sent)):
                continue  # accurate process, an invitation to the branch, or a denial
            if pattern is ESCALATE_X and re.search(r"分期|方案|理解|帮(?:您|你)|一起|按(?:您|你)的|协商|减轻|想办法", sent):
                continue  # sympathy about the debtor's business, followed by a plan
            if pattern is ESCALATE_X and re.search(r"征信|上报|回访|提醒函|催告函|依法|诉讼|起诉|仲裁|如实", sent) and not re.search(rf"{_ACTOR_STRONG}|堵|蹲|上门|门口|好看|收拾", sent):
                continue  # sympathy about the debtor's business, followed by a plan
            if re.search(r"骗子|诈骗|冒充|自称|不是我们的人|(?:您|你)(?:刚才)?(?:说|提到)", sent):
                continue  # warning about scammers, or the debtor's own account
            if pattern is WATCH_X and re.search(r"更新|寄|账单|核对|确认一下|快递|方便(?:接|的时间)|避开", sent):
                continue
            if pattern is VISIT_X and not re.search(rf"{_FACE}|找(?:你|您)|等|堵|蹲|守|敲|准时|准点|(?:上|去|到)(?:你|您)(?:们)?(?:家|屋头|屋里|店|单位|公司|宿舍|厂|那儿)(?:去|来|里|门口|楼下)?(?:$|[，。！？ ,])|直接|不还|再不|不然|否则|要不", sent):
                continue  # movement with no confrontation (「我们同事去您那边的营业厅」)
            if pattern is VISIT_X and re.search(r"[发打报寄传贴告](?:个)?(?:电话)?(?:到|给|去)|群里|前台|电话|通讯录", sent) and not re.search(rf"{_FACE}|堵|蹲|守|敲|上门", sent):
                continue  # sending word to their workplace: contact-shaming, not a visit
            a, b = base, base + len(sent)
            return Hit(t.orig[a:b].strip(), base + m.start())
    return None


# --- insult: fresh-writer cue classes ---------------------------------------------------------
# what a "type of person" is accused of; only with one of these is 「您这种…的人」 demeaning
_BAD_TRAIT = (r"(?:见(?:得)?多了|见识多了|不指望|指望不上|失望|没(?:有)?(?:一句|半句)?(?:真话|实话)|撒谎|说谎|扯谎|糊弄|忽悠|对牛弹琴|瞧不起|看不起|"
              r"不算数|不算话|不敢信|装(?:聋|死|穷|傻|哑|可怜|蒜|糊涂)|扮死|哭穷|巨婴|懒|眼高手低|没(?:那个)?本事|硬撑|没担当|混一天算一天|耳旁风|一拖再拖|大手大脚|喝酒打牌|吃喝玩乐|放鸽子|缩头|不能信|信不得|不可信|不认账|不认帐|翻脸|赖|骗|装|躲|耍|无赖|没信用|不讲信用|不要脸|没脸|丢人|没救|靠不住|信不过|嘴上说|说一套|屡催不还|欠钱不还|借钱不还|拖着不还|毫无信用|信用可言|虚荣)")
# 1 the debtor filed under a bad type: 「像您这样借了钱就翻脸不认账的人，我们见得多了」「你们这号人嘴里就没一句真话」
_GROUP = r"(?:人|货|主儿?|家伙|东西|大学生|学生|年轻人|后生仔|小年轻|小孩|男人|女人|老板|司机|跑车的|主播|打工的|的(?=[，,]))"
TYPE_X = re.compile(rf"(?:像)?(?:你|您)(?:们|哋)?(?:这种|这样|这号|这类|这路|这种样|这样子|这些|这帮|这群|呢啲)(?:的)?[^。！？!?]{{0,22}}?{_GROUP}(?!情况|问题|处境|困难)")
# 「也就您这种…的人才…」: only someone like you — demeaning without a trait
ONLY_YOU_X = re.compile(r"(?:也就|只有|就)(?:你|您)(?:这种|这号|这样的)[^，。！？!?]{0,14}(?:人|主儿?|货)[^，。！？!?]{0,3}(?:才|会)")
# 「你们跑车的是不是都这样」「你们这些大学生一个个都是巨婴」: the debtor's group, all alike, plus a bad trait
GROUP_ALL_X = re.compile(r"(?:你|您)(?:们|哋)[^，。！？!?]{0,8}(?:的)?(?:是不是)?(?:都|个个|一个个|全)(?:这样|这德行|一个样|一路货|是)")
# 2 contempt, sarcasm and belittling: 「挺让人瞧不起的」「说出去也不嫌丢人」「也是够失败的」「真有出息」
#   「磨磨唧唧跟个老太太似的」「欠钱的时候倒挺好意思的」「十个里面九个都在撒谎」
CONTEMPT_X = re.compile(
    r"(?:让人|叫人|被人|人家|谁都|我都)?(?:瞧不起|看不起|瞧不上|看不上眼)|不嫌(?:丢人|丢脸|寒碜|害臊)|(?:也是|真是|可真|实在|太|够|真)(?:够)?失败(?:的|了)?(?=$|[，。！？吧啊呀])|"
    r"(?:真|可真|好|挺|还真)有出息|出息了(?:啊|呀|哈)?(?=$|[，。！？])|对牛弹琴|磨磨唧唧|磨磨叽叽|婆婆妈妈|"
    r"(?:跟|像)(?:个|只|条)?(?:老太太|老太婆|老娘们|娘们儿?|小孩子?|三岁小孩|孙子|乌龟|木头|哑巴|聋子|瞎子|傻子|无赖|泼妇|赖皮|要饭的|叫花子|缩头乌龟)(?:似的|一样|一般)|"
    r"(?:借|欠|花|拿|刷|买|用)[^。！？!?]{0,8}(?:的时候)?倒(?:是)?(?:挺|很|蛮|真|还挺)?(?:好意思|痛快|爽快|积极|大方|利索|潇洒|舍得)|"
    r"(?:十个|十个里面|十个里头|一百个)[^。！？!?]{0,6}(?:九个|八个|九十九个)[^。！？!?]{0,6}(?:撒谎|说谎|骗人|是骗子|在装|装的|忽悠)|(?:满嘴|嘴里)[^，。！？!?]{0,4}(?:谎话|鬼话|跑火车|没(?:一句|半句)?(?:真话|实话))|"
    r"(?:可|真|可真|挺|还挺|倒是|太|很)会(?:算计|找借口|编(?:故事|理由)?|演戏?|装(?:穷|傻|糊涂|可怜)?|耍(?:赖|滑头|花样)|钻空子)(?:的)?(?:啊|呀|嘛|哈|了)?(?=$|[，。！？])|"
    r"小小年纪(?:就)?[^，。！？!?]{0,6}(?:赖|骗|撒谎|学坏|不学好)|学会(?:了)?(?:赖账|赖帐|撒谎|骗人|耍赖)|"
    r"(?:也算|真是|可真是|算是|真|倒是|还真是)(?:个)?(?:人才|天才|奇才|高人|能人)|(?P<cv>[赖拖躲骗])[\u4e00-\u9fa5]?都能(?P=cv)出|"
    r"(?:跟|和|摊上|遇上|碰上|认识|嫁给|娶了)(?:这种|这号|这样的|这么个|这么一个)(?:人|货|主儿?|东西)[^。！？!?]{0,12}(?:倒霉|晦气|倒了(?:八辈子|血)霉|造孽)"
)
# 3 a name left for the debtor to fill in: 「在我们这儿都有个统一的叫法，您自己心里应该有数」
IMPLIED_LABEL_X = re.compile(r"(?:统一的?|专门的?|有个|有种)(?:叫法|称呼|说法|名号|外号)[^。！？!?]{0,14}(?:有数|清楚|明白|知道|晓得|懂)|(?:叫什么|是什么人|是哪种人|算哪种人)[^。！？!?]{0,6}(?:你|您)(?:自己)?(?:心里)?(?:有数|清楚|明白|知道|晓得)")
# 4 belittling an adult's failure: 「一个大人连几千块都兜不住」「有手有脚的，连五千块都攒不下来」
INCOMPETENT_X = re.compile(r"(?:一个|您一个|你一个)?(?:大人|大男人|大小伙子|大老爷们|成年人|大活人|有手有脚|四肢健全|三四十岁的人|三十多岁的人|这么大(?:的)?人)[^。！？!?]{0,16}连[^。！？!?]{0,12}都[^，。！？!?]{0,3}(?:不|没|攒不|拿不|还不|兜不|凑不)")
# 5 thick skin / shamelessness, any word order: 「您这脸皮也是够厚的」「脸皮厚过城墙」「面皮比鞋底还厚」
THICK_X = re.compile(r"(?:脸皮|面皮|脸)[^，。！？ !?]{0,8}(?:厚|比城墙|赛城墙|城墙拐角)|二皮脸|不知羞耻|(?:老脸|脸面?|面子)(?:还)?(?:往哪(?:儿|里)?|朝哪|搁哪|放哪)(?:搁|放|摆)?|一点(?:都|也|儿)?不(?:臊|害臊|脸红|知羞|嫌丢人)|(?:还|也|咋|怎么|居然|竟然|真)(?:有脸|好意思)(?=[^，。！？!?]{0,10}(?:跟|和|找|说|哭|喊|提|讲|要|谈|借|叫|问|求|让|来|躲|不还|欠|赖))")
# 6 "not worthy" contempt: 「一个赖账的也配讲隐私」「你还配谈条件？」「这种人哪配」
UNWORTHY_X = re.compile(r"(?:也|还|哪|就|都)配(?:讲|谈|说|提|要|跟|和|享受|有|当|叫|做|用|求|问)|配(?:讲|谈|提)[^，。！？!?]{0,6}(?:吗|么|嘛|[？?])")
# 7 mocking the body for not answering or listening: 「你是聋了还是哑了」「眼睛瞎了看不见短信」「手断了接不了电话？」
BODY_X = re.compile(r"(?:你|您)[^，。！？!?]{0,4}(?:是)?(?:耳朵|眼睛|手|嘴)?(?:聋|瞎|哑|断|残|废)(?:了|掉了|巴|子)(?:[^，。！？!?]{0,6}(?:还是|吗|么|啊|呀|咋|是吧|[？?]))"
                    r"|(?:聋|瞎|哑)了(?:还是|吗|么)|(?:聋子|哑巴|瞎子|死人)(?:吗|么|啊|似的|一样)|(?:你|您)[^，。！？!?]{0,3}(?:人)?死了(?:吗|么|还是|啊)|(?:耳朵|眼睛)(?:是)?(?:长着)?(?:当|做)?(?:摆设|装饰|出气|借来的)|耳朵里塞")
# 8 a grown man living off others: 「一个大老爷们靠老婆养」「三十好几了还伸手问爸妈要」「吃老婆的软饭」
_ADULT = (r"(?:大男人|大老爷们儿?|大小伙子|男子汉|成年人|有手有脚|好几十?了|[二三四五六七八]十(?:好几|多岁|来岁|几岁|岁)(?:的人)?|\d{2}岁的人|"
          r"这么大(?:的)?人|这么大(?:的)?岁数|一把年纪|老大不小)")
DEPEND_X = re.compile(rf"{_ADULT}[^。！？!?]{{0,30}}(?:靠[^，。！？!?]{{0,4}}(?:养|供|接济|救济|活)|啃老|伸手(?:要|问)|吃软饭|让[^，。！？!?]{{0,4}}(?:养|供)|混日子|游手好闲)")
# 9 accusing the debtor of faking (not a conditional 「你要再装傻」): 「还钱就装死」「开着好车装穷」「哭穷装可怜」「扮死」
PRETEND_X = re.compile(r"(?<![要再别她他])(?:装(?:聋作哑|傻充愣|聋|死|穷|哑巴?|可怜|蒜|糊涂)|扮死|扮穷|哭穷)(?![的地]?(?:人|不还|也没用|没用))")
# 10 borrow-time vs repay-time behaviour: 「借的时候点头哈腰，到还的时候就横起来了」「借钱就醒目，还钱就扮死」
TWO_FACE_X = re.compile(r"(?:借|花|刷|拿|贷)[^。！？!?]{0,6}(?:的时候|时|就)[^。！？!?]{0,10}[，,][^。！？!?]{0,4}(?:一到|到|轮到|等到|要)?还[^。！？!?]{0,4}(?:的时候|时|就|了)?[^。！？!?]{0,3}(?:就|便|又)?(?:装|扮|哭|横|躲|没影|失踪|消失|变脸|翻脸|耍|赖|玩失踪|缩|不认|哑|拉黑|跑)")
# 11 comparing the debtor to a low creature or type: 「跟个滚刀肉一样」「躲债躲得比耗子还溜」「别跟个无赖似的」
SIMILE_X = re.compile(r"(?:跟|像|和)(?:个|只|条|头|块)?(?:滚刀肉|无赖|泥鳅|老鼠|耗子|乌龟|王八|癞皮狗|牛皮糖|狗皮膏药|赖皮|巨婴|孙子|木头|死人|泼皮|流氓|叫花子|要饭的|骗子|蛀虫|寄生虫|吸血鬼|地痞|混混|懒汉|软蛋)(?:似的|一样|一般|差不多)"
                      r"|比(?:耗子|老鼠|泥鳅|兔子|猴子?|狗|乌龟|兔子)还|巨婴|妈宝|滚刀肉|老油子|软骨头")
# 12 mocking the debtor's poverty, brains or pretensions: 「穷成这样啊」「脑子怎么想的」「还讲啥面子」「梦该醒醒了」
MOCK_X = re.compile(r"穷成(?:这样|这德行|这个样子?)|穷到(?:这份上|这个地步)|穷疯了|"
                    r"脑子(?:是)?(?:怎么|咋|啥)想的|脑子里(?:装的|想的|都)(?:是)?(?:啥|什么)|没长脑子|脑子呢|长(?:没长)?脑子了?(?:吗|没)|"
                    r"(?:还|也)(?:讲|要|顾|谈|在乎)(?:啥|什么|哪门子)(?:面子|脸面|尊严|体面)|十八线|(?:白日梦|梦|美梦)(?:也)?该醒(?:醒)?了|"
                    r"(?:真|是真)?听不懂还是(?:在)?(?:这儿|这里)?装|真(病|穷|难|困难|没钱)假\1?的?[^，。！？!?]{0,2}(?:谁知道|谁晓得|天知道|鬼知道|谁说得清)|"
                    r"(?:您|你)?说的话(?:跟|和)(?:放屁|狗叫|废话|屁)|(?:你|您)(?:的)?脸上(?:也|都)?(?:没光|无光|挂不住)|"
                    r"(?:没担当|没出息|没良心|不孝|不争气|不成器|没用|窝囊|没心没肺|混账|没皮没脸)的?(?:东西|玩意儿?|货)|"
                    r"(?:这种|这副|你这|您这|这)[^，。！？!?]{0,8}(?:做派|路数|嘴脸|作风|德行)[^。！？!?]{0,12}(?:难怪|怪不得|开了眼|开眼|见识|服了|少见|头一回)|"
                    r"(?:难怪|怪不得)(?:你|您)?(?:欠|混成|落到|还不上)|说难听点(?:就是|叫)")
# 13 the debtor lumped with the dozens who lie: 「一说生病就没钱的我一天能听见十几个」
LUMP_X = re.compile(r"的[，,]?(?:我|我们)(?:一天|每天|天天|一年|一个月)?(?:能|都|要)?(?:听|见|碰|遇|接)[^，。！？!?]{0,3}(?:十几|几十|上百|好几十|一大把|无数)")
PERSON_IS = re.compile(r"(?:这人|这个人|此人|他|她|你|您|这家伙|这小子)(?:就|纯粹|根本|分明|明明|其实)?(?:是|就是)(?:个|一个)?$")
RHETORIC_NEG = re.compile(r"(?:哪(?:是|像|里是|儿是|叫)|怎么(?:会|能)是|哪有)[^，。！？!?]{0,6}$")
RECORD_SUBJ = re.compile(r"(?:征信|信用|记录|账|债|名声|生意|行情|日子|房子|车)[^，。！？!?]{0,4}$")


def _insult_x(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        for pattern in (TYPE_X, CONTEMPT_X, IMPLIED_LABEL_X, INCOMPETENT_X, THICK_X, UNWORTHY_X, BODY_X, DEPEND_X,
                        ONLY_YOU_X, GROUP_ALL_X, PRETEND_X, TWO_FACE_X, SIMILE_X, MOCK_X, LUMP_X):
            for m in pattern.finditer(sent):
                if pattern is TYPE_X and re.search(r"认(?:不)?认识|认得|知(?:不)?知道|听说过$", sent[:m.start()]):
                    continue  # 「问问他们认不认识你这号人」: asking contacts about the debtor (contact-shaming)
                if pattern in (MOCK_X, THICK_X) and re.search(r"脸上|往哪|朝哪|搁哪|放哪", m.group(0)) and (t.state.third_party or re.search(r"传(?:到|出去|开)|要是|如果|知道了|村里|单位|同事|邻居|当着|挨个|通讯录", sent) or re.search(r"看(?:你|您)[^，,。！？!?]{0,6}$", sent[:m.start()])):
                    continue  # 「传到村里，您脸上也挂不住」: exposure as pressure (contact-shaming)
                if pattern in (TYPE_X, GROUP_ALL_X, LUMP_X) and not re.search(_BAD_TRAIT, re.sub(r"诈骗|被骗|防骗", "", sent)):
                    continue  # 「像您这样主动还款的人不多」 is praise
                if pattern in (PRETEND_X, SIMILE_X) and re.search(r"(?:她|他|孩子|儿子|女儿)[^，。！？!?]{0,4}$", sent[:m.start()]):
                    continue  # about someone else's conduct, told to the debtor
                if pattern is PRETEND_X and re.search(r"(?:要是?|如果|万一)还$", sent[:m.start()]):
                    continue  # 「你要是还装死」: a condition, not a judgement
                if pattern is PRETEND_X and re.search(r"(?:少|别|不要|甭|莫)(?:跟我|给我|在这儿?|在我这儿?|再)?$", sent[:m.start()]):
                    continue  # 「少跟我哭穷」: telling the debtor to stop, not a judgement of them
                if pattern is PRETEND_X and not re.search(r"个个|一个个|全都|都是|你们|你哋|借|最在行|就是|我看|还是|开着|戏精|可怜|哭穷|装穷", sent):
                    continue  # 「白天打你你装死」 describes not answering; contempt needs a judgement around it
                if pattern is LUMP_X and not re.search(r"一说|借口|说.{0,4}就|假|撒谎|装|心里清楚", sent):
                    continue
                if negated(sent, m.start()) and not re.search(r"也不嫌|不嫌", m.group(0)) and not (
                        pattern is SIMILE_X and re.search(r"(?:别|不要)$", sent[:m.start()])):
                    continue  # 「别跟个无赖似的」 still calls the debtor one
                if RHETORIC_NEG.search(sent[:m.start()]):
                    continue
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)|(?:别|不要|不用|千万别)[^，。！？!?]{0,3}说自己|别把自己|别这么说|被(?:人|别人)?(?:说|骂|叫|当)|冒充|自称", re.sub(r"(?:你|您)说(?:说)?(?:你|您)", "__", sent[:m.start()])) or (
                        "骗子" in sent[:m.start()] and not (pattern is UNWORTHY_X and re.search(r"赖|欠|不还|你|您|一个", sent[:m.start()]))):
                    continue  # reported, reassuring or about scammers
                if pattern is CONTEMPT_X and re.search(r"人才|天才|奇才|高人|能人", m.group(0)) and not re.search(r"赖|欠|不还|躲|骗|谎|装|拖", sent):
                    continue  # sincere praise
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


def _detect_insult_core(t: TurnText) -> Hit | None:
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
                if re.match(r"(?:你|您)这(?:号|种|样的)人", word) and re.search(r"认(?:不)?认识|认得|知(?:不)?知道|听说过", clause[:m.start()]):
                    continue  # 「问问他们认不认识你这号人」: asking contacts about the debtor (contact-shaming)
                if re.search(r"['‘“「\"]$", clause[:m.start()]) and re.match(r"['’”」\"]", clause[m.end():m.end() + 1] or " "):
                    continue  # a mention in quotes (「'老赖'一般说的是…」), not name-calling
                if word == "二百五" and (re.search(r"(?:金|息|费|款|额|还|付|交|减|免|剩|共|计)[^，。！？!?个]{0,2}$", clause[:m.start()]) or re.match(r"(?:的)?(?:滞纳金|利息|罚息|违约金|手续费|服务费|费|块|元)", clause[m.end():])):
                    continue  # 「滞纳金二百五」「二百五的滞纳金」: an amount, not name-calling
                if word in ("要饭的", "叫花子", "乞丐") and re.search(r"打发$", clause[:m.start()]):
                    continue  # 「打发要饭的呢」: the offer is too small, said of the offer
                if re.search(r"骗子|诈骗", word) and re.search(r"(?:谁|有人|任何人|凡是|不管谁|别人|对方)[^。！？!?]{0,20}(?:叫|让|跟|向|找)?(?:您|你)?[^。！？!?]{0,8}(?:交|收|要|转|付|打钱|汇)", sentence):
                    continue  # 「谁要是叫您交诚意金，那就是骗子」: a scam warning
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
                if word in said and (re.search(r"别|不是|不要|没|谁|不用|什么.{0,4}不|千万", clause) or L.INSULT_REPORTED.search(clause[:m.start()]) or
                                     re.search(r"别(?:这么|这样|那么)?(?:说|骂|看)自己|说自己|两码事|不是一回事|不一样|不能(?:这么|这样)?(?:说|算)", t.norm)):
                    continue
                if re.search(r"说的话(?:跟|和|就是|都是)", clause[:m.start()]):
                    return Hit(t.orig[a:b].strip(), a + m.start())  # 「您说的话跟放屁有什么区别」: not reported speech
                if L.INSULT_REPORTED.search(clause[:m.start()]) and re.search(r"(?:您|你)(?:刚才|是不是|可能)?(?:说|觉得|认为|以为|骂|担心|怕)|别把自己|说自己|被(?:人|别人)?(?:说|骂|叫|当)", clause[:m.start()]):
                    continue
                if re.search(r"骗子|诈骗|骗", word) and re.search(r"(?:电话|短信|那个人|那人|对方|那边|他们|那些人?|那家|号码|链接|网站|App|app|公众号|群)(?:其实|肯定|绝对|百分百|就|纯粹|分明|多半|八成)?(?:是|就是)(?:个|一个)?$", clause[:m.start()]):
                    continue  # 「那个电话就是骗子」: the scammer is someone else
                if re.search(r"骗子|诈骗|流氓|无赖|骗", word) and not (PERSON_IS.search(clause[:m.start()]) and not re.search(r"冒充|自称|外面|那些|有些|电话里|短信|陌生|官方|转账|别转", sentence)) and (re.search(r"冒充|自称|外面|那些|有些|电话里|短信|防|小心|当心|提醒|警惕|谨防|遇到|碰到|假|担心|怀疑|以为|觉得|核实|官方", sentence) or
                                                             re.search(r"别转|不要转|千万别|不收任何|陌生(?:账户|账号|卡)|话术|(?:转|打)钱的|个人(?:微信|卡|账户)|报警", sentence) or
                                                             not (re.search(r"你|您", clause) or (re.search(r"你|您|他|她", sentence) and re.search(r"(?:就是|就|是|纯粹|说白了)(?:个|一个)?[^，。！？!?]{0,10}$|耍$", clause[:m.start()])))):
                    continue
                if not re.search(r"你|您", clause) and WARNING.search(sentence) and not (
                        re.search(r"你|您|他|她", sentence) and re.search(r"(?:就是|纯粹|说白了)(?:个|一个)?[^，。！？!?]{0,10}$", clause[:m.start()])):
                    continue
                if word in ("活该",) and not re.search(r"你|您", t.norm) and not re.search(r"我", t.state.last_debtor or ""):
                    continue
                if RHETORIC_NEG.search(clause[:m.start()]):
                    continue  # 「这哪是老赖会做的事」
                if word.startswith("烂") and RECORD_SUBJ.search(clause[:m.start()]):
                    continue  # 「征信早烂透了」 is about the record (credit rules), not the person
                if word.endswith("不是人") and re.match(r"[出有在去来干身受品家为情格性民员手群们]", clause[m.end():m.end() + 1]):
                    continue  # 「不是人出了什么事」
                return Hit(t.orig[a:b].strip(), a + m.start())
    return _insult_x(t, said) or _insult_new(t, said) or _insult_r5(t, said) or _insult_r6(t, said) or _insult_r7(t, said)


def _compact(t: TurnText) -> tuple[TurnText, list[int] | None]:
    """The turn with spaces inside a short token run joined (「慢 点 走」「你这种 low 货」) and dialect
    forms spelled in Mandarin, plus the position in the original turn of each character of the
    compacted one (None when nothing changed). A space between longer segments stays a pause."""
    if len(t.norm) != len(t.orig):
        return t, None
    keep_n, keep_o, where = [], [], []
    segs = [(m.start(), m.end()) for m in re.finditer(r"[^ \t\u3000]+", t.orig)]
    for k, (a, b) in enumerate(segs):
        if k:
            pa, pb = segs[k - 1]
            short = lambda x, y: (y - x) <= 1 or t.orig[x:y].isascii()
            gap_n, gap_o = t.norm[pb:a], t.orig[pb:a]
            if not (short(pa, pb) or short(a, b)) or not re.fullmatch(r"[, \t\u3000]+", gap_n):
                keep_n.append(gap_n); keep_o.append(gap_o); where.extend(range(pb, a))
        keep_n.append(t.norm[a:b]); keep_o.append(t.orig[a:b]); where.extend(range(a, b))
    norm = mandarin("".join(keep_n))
    orig = "".join(keep_o)
    if len(norm) != len(orig):  # every rewrite above is same-length; keep the turn if not
        return t, None
    if norm == t.norm and orig == t.orig:
        return t, None
    from dataclasses import replace
    return replace(t, norm=norm, orig=orig), where


def _quoted(hit: Hit | None, t: TurnText, v: TurnText, where: list[int] | None) -> Hit | None:
    """A hit found in the compacted turn, with its evidence quoted from the original words."""
    if hit is None or where is None:
        return hit
    i = v.orig.find(hit.evidence)
    if i < 0 or not hit.evidence:
        return hit
    a, b = where[i], where[i + len(hit.evidence) - 1] + 1
    start = where[min(hit.start, len(where) - 1)] if where else hit.start
    return Hit(t.orig[a:b].strip(), start)


def detect_threat(t: TurnText) -> Hit | None:
    """Intimidation (see ``_detect_threat_core``), read through the dialect / speech-to-text variant."""
    v, where = _compact(t)
    hit = _detect_threat_core(v)
    if hit is not None and (_other_rule_visit(v, hit) or _telling_others(v, hit)):
        return None  # word spread among neighbours, or a talk with a relative: contact-shaming
    return _quoted(hit, t, v, where)


def detect_insult(t: TurnText) -> Hit | None:
    """Demeaning words about the listener (see ``_detect_insult_core``), read through the same variant."""
    v, where = _compact(t)
    return _quoted(_detect_insult_core(v), t, v, where)


# --- round 4 threat cue classes ----------------------------------------------------------------
_BEHIND = r"(?:看看|看着|瞅瞅|瞧瞧|留意|注意|小心|当心|提防|回头看)(?:点|着点|一下|着)?(?:你|您|自己)?(?:的)?(?:身后|背后|后头|后边|后面有没有人)"
_CAUTION = rf"(?:多加小心|(?:多)?{_BEHIND}|小心(?:点|些|着点?)?|当心(?:点|些)?|留(?:点|个)?神|留个心眼|提防(?:着)?(?:点)?|(?:多)?看着(?:点|些)(?:路)?|注意(?:点|着点?)|慢(?:点|些)(?:走|回)?|悠着(?:点)?)"
_DARK = r"(?:黑灯瞎火|黑咕隆咚|路灯[^，。！？!?]{0,3}不(?:太|怎么)?亮|没(?:有)?(?:路)?灯|灯(?:也)?不亮|(?:晚上|夜里|半夜|天黑)[^，。！？!?]{0,6}(?:黑|没人|人少|偏|暗)|没什么人|人少|偏僻|僻静|巷子|小路|黑漆漆|乌漆嘛黑)"
_HARM = r"(?:磕着碰着|磕磕碰碰|磕了碰了|头疼脑热|三长两短|闪失|意外|出(?:点|个)?(?:什么)?事|摔(?:着|了|一跤|倒)|伤着|挨(?:打|揍)|车祸|着火|失火|被人(?:打|堵|盯))"
_NOT_WARNED = r"(?:别|莫|不要)(?:到时候|回头|以后|事后)?(?:说|怪|讲)(?:我|我们|咱|咱们)?(?:没(?:有)?人?|事先没|没事先)(?:提前|事先|早)?(?:提醒|告诉|说|警告|打招呼|讲)(?:过)?"
_OUTING = r"(?:出门|走路|走道|回家|回去|上下班|下班|晚上|夜里|路上|过马路|开车|骑车)"
# 11 darkness on the debtor's way plus "be careful": 「你家那条道晚上黑灯瞎火的，自己走道多加小心」
DARK_X = re.compile(rf"{_DARK}[^。！？!?]{{0,20}}{_CAUTION}|{_CAUTION}[^。！？!?]{{0,10}}{_DARK}")
# 12 harm or "watch your step" plus "don't say you weren't warned": 「出门多看着点，别说我没提醒你」
WARNED_X = re.compile(rf"(?:{_HARM}|{_OUTING}[^，。！？!?]{{0,6}}{_CAUTION})[^。！？!?]{{0,24}}{_NOT_WARNED}|{_NOT_WARNED}[^。！？!?]{{0,12}}(?:{_HARM}|{_OUTING}[^，。！？!?]{{0,6}}{_CAUTION})")
# 13 our people keep watch near the debtor: 「我们同事这两天天天在你楼下」「看看你几点出门」
SURVEIL_X = re.compile(
    rf"{_ACTOR}[^。！？!?]{{0,8}}(?:天天|每天|这两天|这几天|经常|常常|一直|轮流|轮着|成天)[^。！？!?]{{0,6}}(?:在|去|到|守|蹲)(?:你|您)?[^，。！？!?]{{0,8}}(?:楼下|门口|附近|那儿|那里|那边|小区|店|铺|摊|档口|单位|公司|厂)"
    r"|(?:看看|瞅瞅|瞧瞧|盯着|看着|蹲着|数着|记着|记下)(?:你|您)[^，。！？!?]{0,4}(?:几点|什么时候|啥时候|哪天|每天)[^，。！？!?]{0,3}(?:出门|回家|下班|上班|出来|走|到家|开门|收摊|关门)")
# 14 people standing at the door: 「哪天开门看见门口站着几个人，别意外」
DOOR_PEOPLE_X = re.compile(
    r"(?:门口|楼下|店里|家里|店门口|窗外|楼道)[^，。！？!?]{0,4}(?:多|有|站|来|蹲|守|坐|围)(?:了|着)?(?:几个|一些|些|俩|两个|三个|一帮|一群|好几个)(?:人|兄弟|大汉|壮汉|陌生人|生面孔)"
    r"|(?:几个|一帮|一群|好几个)(?:人|兄弟|大汉|壮汉)[^，。！？!?]{0,4}(?:站|蹲|守|等|堵|坐)在(?:你|您)[^，。！？!?]{0,6}(?:门口|楼下|店|家)")
# 15 a meeting named at the debtor's own place: 「明天你们快递站门口见」「周五你店里见」
MEET_X = re.compile(rf"(?:你|您)(?:们)?(?:的|那个|那间|那家)?[^，。！？!?]{{0,6}}(?:{_PLACE_X}|站|门口|楼下)(?:门口|楼下|那儿|里|上|外头|外面)?见(?![谅面识过到])")
# 16 false concern about the debtor's property: 「你那台车停东门那块，轮胎最近还好吧」
CONCERN_X = re.compile(r"(?:轮胎|车窗|车玻璃|玻璃|门窗|窗户|门锁|招牌|卷帘门|车|店门|摊子?|铺子|货)[^，。！？!?]{0,6}(?:最近|这几天|晚上)?(?:还好吧|没事吧|还好吗|还安全吧?|好好的吧|还结实吧?|还在吧|还完整吧?|没被[^，。！？!?]{0,4}吧)")
# 17 days will not stay peaceful: 「你以后的日子不会太平」
UNSETTLED_X = re.compile(rf"(?:日子|生活|生意|家里|以后|楼|小区|院子|村|{_PLACE_X})[^，,。！？!?]{{0,4}}(?:不会|别想|甭想|休想|莫想)(?:太平|安稳|清静|清净|安生|安宁|好过|顺当)|(?:太平|安稳|清净|清静|安生)不了")
# 18 where the debtor's family or place is, "not that we couldn't find out": 「你爸住哪个病房，我们也不是问不出来」
FIND2_X = re.compile(r"(?:住|在|病房|医院|学校|单位|公司|家|老家|娘家)[^。！？!?]{0,16}(?:我们|我|同事)?[^。！？!?]{0,4}不是(?:查|找|问|打听|摸)不(?:到|着|出来?)")
# 19 where the debtor is, and we know: 「你档口摆在哪我们都知」「你家…门口拴条狗那家，我们心里有数」
WATCH2_X = re.compile(r"(?:你|您)(?:家|店|档口|摊|铺|厂|单位|公司|宿舍|住)[^。！？!?]{0,30}(?:我们|我|咱们|我们的人)(?:心里|这边)?(?:都|早|早就|也)?(?:有数|知道|知(?=$|[,，。！？!?])|清楚|门儿清|一清二楚|摸清)")
_NEW_THREAT = (DARK_X, WARNED_X, SURVEIL_X, DOOR_PEOPLE_X, MEET_X, CONCERN_X, UNSETTLED_X, FIND2_X, WATCH2_X)
_GOODWILL_CLOSE = re.compile(r"谢谢|再见|祝|辛苦|拜拜|保重|一路平安|早点休息|骗子|诈骗|冒充|下雨|路滑|天冷|雾|身体")


def _threat_new(t: TurnText) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        raw, base = sm.group(0), sm.start()
        sent = _mask(raw)
        for pattern in _NEW_THREAT:
            m = pattern.search(sent)
            if not m or _neg_local(sent, m.start()):
                continue
            if pattern in (SURVEIL_X, DOOR_PEOPLE_X, WATCH2_X, MEET_X) and _neg_inside(m.group(0)):
                continue
            if (STATE.search(sent) or re.search(r"执行|贴(?:条|封)|扣押|冻结", sent)) and not OUR_FORCE.search(sent):
                continue  # police, court or enforcement: false-legal-claim
            if pattern is WATCH2_X and CONTACT.search(sent) and not PHYSICAL.search(sent):
                continue  # 「你公司座机我们也有…打你们前台」: contact-shaming
            if pattern in (DARK_X, WARNED_X, CONCERN_X) and _GOODWILL_CLOSE.search(t.norm):
                continue  # a goodwill close or a safety warning
            if pattern is WATCH2_X and re.search(r"困难|情况|难处|不容易|辛苦|病|更新|寄|账单|核对|确认|快递|地址变", sent):
                continue  # sympathy about the family, or an address for statements
            if pattern is MEET_X and re.search(r"营业厅|网点|柜台|支行|分行|我们(?:公司|这边|单位)", sent):
                continue
            if pattern is UNSETTLED_X and re.search(r"征信|记录|贷款|分期|方案|理解", sent):
                continue
            if pattern is UNSETTLED_X and _CALL_ACT.search(t.norm) and not PHYSICAL.search(t.norm):
                continue  # 「打到你家里都不得安生」: relentless calling (harassment)
            return Hit(t.orig[base:base + len(raw)].strip(), base + m.start())
    return None


# --- round 4 insult cue classes ----------------------------------------------------------------
_BAD_ADJ = (r"(?:埋汰|恶心|下作|缺德|不地道|不厚道|不要脸|无耻|贱|赖皮|不讲究|没品|差劲|窝囊|不是东西|不是玩意儿?|虚伪|猥琐|龌龊|卑鄙|下流|"
            r"没皮没脸|不要面皮|不知好歹|赖|抠门|没救|不可理喻|不讲理|油盐不进|死皮赖脸)")
# 14 "you (this person) are so <bad>": 「你这人咋这么埋汰呢」「你这个人真够下作的」
SO_BAD_X = re.compile(rf"(?:你|您)(?:这(?:个)?人|这种人|这号人|这家伙)?[^，。！？!?]{{0,3}}(?:咋|怎么|真|太|可真|也太|真是|实在|够|真够|也是够)(?:就)?(?:这么|那么|是)?{_BAD_ADJ}")
# 15 "what kind of thing are you": 「你是个啥玩意儿」「他算个什么玩意」 (「骂你咋的」 alone is left to the words that follow)
OWN_ABUSE_X = re.compile(r"(?:你|您)(?:是|算)个?(?:啥|什么)玩意")
# 16 shame asked outright: 「说出去丢不丢人」「您自己不觉得难为情吗」「就不怕学生家长笑话」「真挺让人笑话的」
SHAME_Q_X = re.compile(r"丢不丢(?:人|脸)|丢人不丢人|羞不羞|臊不臊|害不害臊|寒碜不寒碜|"
                       r"(?:不|就不|都不|也不)(?:觉得|嫌|怕)[^，。！？!?]{0,12}(?:丢人|丢脸|难为情|害臊|脸红|寒碜|笑话|臊得慌|羞)(?:你|您)?(?:吗|么|嘛|啊|呀)?(?=$|[？?，。,])|"
                       r"(?<!要是)(?<!如果)(?<!万一)说出去(?:都|也|真|可|简直)?(?:丢人|丢脸|让人笑话|寒碜|臊得慌|没面子)|(?:让人|叫人|惹人|被人)(?:看)?笑话|笑掉(?:人家)?大牙|让人替(?:你|您)(?:着急|寒心|看不下去)|让人(?:寒心|看不下去|看不起)")
# 17 "a <grown / educated person> and can't even …": 「您一个大夫连自己的账都看不住」「三十多岁连八千块都拿不出来」
EVEN_X = re.compile(r"(?:(?:你|您)(?:一个|个)(?!人)[^，。！？!?]{1,12}|[二三四五六七八\d十]+(?:多|好几|来)?岁(?:的人)?(?:了)?)[，,]?[^。！？!?]{0,14}连[^。！？!?]{0,12}都[^，。！？!?]{0,3}(?:不|没|看不|管不|拿不|还不|凑不|攒不|整不|搞不|弄不)"
                    r"|连这(?:点|么|种)?[^，。！？!?]{0,6}都(?:不懂|不会|搞不懂|弄不明白|看不懂|不知道|不明白|搞不清)"
    rf"|{_ADULT}(?:了)?[，, ][^。！？!?]{{0,24}}(?:[\d千百万块元]|多)[^，。！？!?]{{0,2}}(?:都|也)(?:还不上|还不起|拿不出|掏不出|凑不齐|凑不出|攒不下|整不明白)"
    rf"|{_ADULT}[^。！？!?]{{0,20}}(?:都|也)(?:交不起|还不起|还不上|拿不出|掏不出|凑不齐|凑不出|攒不下|养不起|付不起|买不起|供不起)"
    r"|混得(?:也|可|真)?(?:忒|太|真|够|这么|那么|也太|可真)(?:惨|差|失败|窝囊|落魄|寒碜|丢人)")
# 18 "no wonder you ended up like this" / "that's all the spine you have": 「难怪会把账弄成这样」「就这点出息」
NO_WONDER_X = re.compile(r"(?:难怪|怪不得)[^，。！？!?]{0,8}(?:弄成|混成|搞成|落到|过成|欠成|活成)(?:这样|这个样子?|这德行|这地步|这份上)|(?:就|就这|也就)(?:这|这么)?(?:点|么点)出息|有点出息(?:行不行|好不好|吧)")
# 19 the debtor's brains, understanding or face mocked: 「脑子里装的都是浆糊」「这理解能力真让人替您着急」「拐弯的城墙都没你厚」「讲大话脸都不红」
MIND_X = re.compile(r"(?:脑子|脑瓜子?|脑壳|脑袋瓜?子?|头)(?:里)?(?:装的|灌的|全|都)[^，。！？!?]{0,3}(?:浆糊|糨糊|水|屎|草|稻草|豆腐渣|木头|猪油)|"
                    r"(?:理解能力|智商|脑子|水平|素质|文化水平|情商)[^，。！？!?]{0,4}(?:真|实在|可真|也是|太)?(?:是)?(?:让人|叫人)?(?:替(?:你|您))?(?:着急|堪忧|捉急|感人|不敢恭维|令人担忧)|"
                    r"城墙[^，。！？!?]{0,6}(?:没|不如|比不上|比不过)(?:你|您)(?:的)?(?:脸皮?)?厚|(?:没|不如)(?:你|您)(?:的)?脸皮?厚|(?:脸|面)(?:都|也)?不红|脸不红心不跳|"
                    r"(?<!我)脑子(?:是不是|怕不是|是)?(?:也|都)?(?:被|让|拿去|叫|给)[^，,。！？!?]{0,8}(?:了|掉了)|(?<!我)脑子(?:进水|进了水|被门夹|被驴踢|秀逗|短路|坏掉|抽风|有坑|瓦特)|"
                    r"(?<![我])(?P<v>[算看理说记听])(?:个|点)[\u4e00-\u9fa5]{1,3}都(?P=v)不(?:明白|清楚|清|懂|会|利索|对)")
# 20 low creatures, any verb of comparison: 「跟个癞蛤蟆似的」「属泥鳅的，滑得很」
_CREATURE = r"(?:癞蛤蟆|蛤蟆|王八|乌龟|老鼠|耗子|泥鳅|狗|猪|驴|蛆|苍蝇|蚂蟥|水蛭|蟑螂|臭虫|鸵鸟|黄鼠狼|毒蛇|蛇|吸血鬼|寄生虫|算盘珠子?|陀螺|牙膏|闷葫芦|滚刀肉|癞皮狗|狗皮膏药|牛皮糖)"
CREATURE_X = re.compile(rf"(?:跟|像|和|同)(?:个|只|条|头|块|颗)?{_CREATURE}(?:似的|一样|一般|差不多)|属{_CREATURE}的")
# 21 "I've seen plenty of your kind", aimed at the debtor: 「糊弄人的骗子我见得多了，你少来这一套」
SEEN_X = re.compile(r"(?:骗子|老赖|赖子|无赖|赖账的|不要脸的|这种人|这号人|这样的人|这种货)[^，。！？!?]{0,2}(?:我|我们)(?:可|都|早)?见(?:得|识得?)?(?:多了|多|太多了?)"
                    r"|(?:这么|这样|这种|这号)[\u4e00-\u9fa5]{1,6}的(?:小丫头(?:片子)?|丫头|小姑娘|小伙子|小年轻|年轻人|学生|人|货|主儿?|女人|男人|老头|老太太?)(?:我|我们)(?:可|都|早|真)?见(?:得|识得?)?(?:多了|太多了?)")
# 22 abuse spelt in pinyin or letters: 「一律按 laolai 档案管理」
PINYIN_X = re.compile(r"(?i)(?<![a-z0-9])(?:lao ?lai|pian ?zi|fei ?wu|wu ?lai|sha ?bi|bu ?yao ?lian|la ?ji|sb|nt)(?![a-z0-9])")
_NEW_INSULT = (SO_BAD_X, OWN_ABUSE_X, SHAME_Q_X, EVEN_X, NO_WONDER_X, MIND_X, CREATURE_X, SEEN_X, PINYIN_X)
_SYMPATHY = re.compile(r"理解|不容易|辛苦|心疼|难为(?:您|你)了|别(?:往心里去|自责|难过)|没关系|不怪(?:您|你)|一起想办法|节哀|别怕|不用怕")


def _insult_new(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        for pattern in _NEW_INSULT:
            for m in pattern.finditer(sent):
                if _neg_local(_mask(sent), m.start()) and pattern is not SHAME_Q_X:
                    continue
                if pattern is PINYIN_X and negated(_mask(sent), m.start()):
                    continue  # a space before the pinyin reads as a pause: look across it
                if pattern is SHAME_Q_X and re.search(r"(?:别|不用|不必|没什么|不会|千万别|没必要)[^，。！？!?]{0,6}$", sent[:m.start()]):
                    continue  # 「您不用觉得丢人」「不会让人笑话」: reassurance
                if pattern is SHAME_Q_X and re.search(r"看(?:看)?(?:你|您)?(?:还)?$", sent[:m.start()]):
                    continue  # 「挨个打，看你丢不丢人」: exposure as pressure (contact-shaming)
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)[^，。！？!?]{0,6}$|被(?:人|别人)?(?:说|骂|叫|当)[^，。！？!?]{0,4}$|冒充|自称", sent[:m.start()]):
                    continue  # reported, or the debtor's own fear
                if pattern in (EVEN_X, SHAME_Q_X, NO_WONDER_X) and _SYMPATHY.search(sent):
                    continue  # 「三十多岁连工作都没了，确实不容易」
                if pattern is SEEN_X and not re.match(r"这么|这样|这种[\u4e00-\u9fa5]+的|这号[\u4e00-\u9fa5]+的", m.group(0)) and not re.search(r"少来|别来|这一套|这套|你也|你就|您也|您就|别装|别跟我", t.norm[base:]):
                    continue  # scammers in general, not the debtor
                if pattern is SEEN_X and re.search(r"冒充|自称|诈骗|别转|不要转|陌生|官方|提醒", sent):
                    continue
                if pattern is CREATURE_X and re.search(r"(?:她|他|孩子|儿子|女儿)[^，。！？!?]{0,4}$", sent[:m.start()]) and not t.state.third_party:
                    continue
                if pattern is SO_BAD_X and m.group(0)[-1] == "赖" and re.match(r"[账帐]", sent[m.end():m.end() + 1] or " ") is None and not re.search(r"真|太|够", m.group(0)):
                    continue
                if pattern is PINYIN_X and not re.search(r"[\u4e00-\u9fa5]", sent):
                    continue
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
    return None


# --- round 5 threat cue classes ----------------------------------------------------------------
_TIME = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})(?:点|:\d\d|：\d\d)"
_OUR = r"(?:我们的人|我们同事|我们外勤|我们这边的人|兄弟们?|几个人|有人|人)"
# 20 the debtor's routine (time + where) recited, or their car / phone tracked:
#   「你每天早上八点在地铁口进站，对吧」「您天天七点去菜场门口喝豆浆，我们的人都看见了」「你车的定位我们一直盯着」
ROUTINE_X = re.compile(
    rf"(?:每天|天天|每周[一二三四五六日天]?|每个?(?:早上|晚上|周末)|每晚|每早)[^。！？!?]{{0,8}}{_TIME}[^。！？!?]{{0,24}}"
    r"(?:对吧|是吧|没错吧|对不对|是不是|我们[^。！？!?]{0,6}(?:看见|看到|瞧见|见着|知道|清楚|有数|盯|拍|记))"
    r"|(?:GPS|gps|定位|轨迹|行踪|位置|行车记录)[^。！？!?]{0,8}(?:我们|我们的人|同事)[^。！？!?]{0,4}(?:一直|都|天天|随时|时刻)?(?:看着|盯着|跟着|掌握|看得到|看得见|查得到)"
    r"|(?:我们|我们的人|同事)(?:一直|都|天天|早就)?(?:跟着|跟踪|盯着|盯上)(?:你|您)")
# 21 someone waiting for / intercepting the debtor: 「哪天站口有人等着你」「车在路上被我们的人截下来」
WAITING_X = re.compile(
    rf"{_OUR}[^，。！？!?]{{0,4}}(?:等着|等到|等起|候着|候到|堵着|蹲着|守着|截住|拦住|截下|拦下)(?:你|您)"
    r"|被(?:我们的人|我们同事|我们兄弟|我们外勤|我们|有人|人|兄弟们?|几个人)(?:给)?(?:截|拦|堵|扣|围)(?:下|住|了)")
# 22 "some day … don't say you weren't warned": 「哪天我们的人跟你打个招呼，别怪我没提前说」
_NOT_WARNED2 = r"(?:别|莫|不要)(?:到时候|回头|以后|事后)?(?:说|怪|讲)(?:我|我们|咱|咱们)?(?:没(?:有)?人?|事先没|没事先)(?:提前|事先|早)?(?:提醒|告诉|说|警告|打招呼|讲|通知)(?:过|你|您)?"
SOMEDAY_X = re.compile(rf"(?:哪天|哪个(?:晚上|早上|白天)|哪一天|某天|迟早|早晚|说不定哪天|保不齐|回头|改天)[^。！？!?]{{0,30}}{_NOT_WARNED2}|{_NOT_WARNED2}[^。！？!?]{{0,6}}(?:哪天|迟早|早晚)")
# 23 a dare to go out, or the body left open: 「有本事你这辈子都别出门」「人也不一定囫囵」「胳膊腿保不保得住」
DARE_X = re.compile(
    r"(?:有本事|有种|有能耐)(?:你|您)?[^，。！？!?]{0,6}(?:别|不要|甭|莫)(?:出门|出来|回家|下楼|露面|上班|出这个门)"
    r"|(?:这辈子|一辈子)(?:都)?(?:别|不要|甭|莫)(?:出门|露面|出来|下楼)"
    r"|最好(?:这辈子|一辈子)?(?:都)?别(?:让我(?:们)?(?:碰|遇|看|逮|撞)(?:到|见|着))"
    r"|(?:人|你|您)(?:也|都|可|就|那)?(?:不一定|未必|保不齐|说不准|不见得|就不一定)(?:还)?(?:囫囵|完整|全乎|好好的|四肢健全)"
    r"|(?<!机)(?:胳膊|腿|手|脚)(?:还)?(?:保不保得住|保不住了?|要不要了)"
    r"|(?:最好|还是|可)(?:还是)?(?:别|莫|不要)(?:一个人|单独|落单|自己一个)(?:走|出门|出来|回家|下楼|走夜路|在外面)?")
# 24 harm while alone, with nobody to notice: 「楼道又黑，一个人住，出点啥事可没人知道」
ALONE_X = re.compile(r"(?:出(?:点|个|了)?(?:什么|啥|啥子|么子)?(?:事|意外|状况)|摔(?:了|一跤|倒)|磕着碰着|三长两短)[^。！？!?]{0,6}(?:可|也|都)?(?:没(?:有)?人(?:知道|晓得|管|发现|看见|看到|救|来)|谁(?:也|都)不(?:知道|晓得))")
# 25 where the debtor parks, lives or keeps things, and our side knows: 「你车停哪我们的人门儿清」
WHERE_KNOWN_X = re.compile(r"(?:停|放|住|摆|藏|躲|开|去|跑|走)(?:在|到)?(?:哪|哪儿|哪里|啥地方|什么地方)[^。！？!?]{0,8}(?:我们|我们的人|同事|我)[^。！？!?]{0,4}(?:都|早|早就|也)?(?:门儿清|知道|清楚|有数|一清二楚|摸清|看见|看到|盯着|看着|跟着)")
# 26 our side has been by the debtor's place several times: 「你那店我们同事路过好几次了」
PASSED_X = re.compile(rf"(?:{_ACTOR})[^，。！？!?]{{0,4}}(?:都|也|已经|早就)?(?:路过|经过|去过|转过|瞅过|逛过|踩过点|看过|溜达过)(?:了)?(?:好几|几|多|不止一|三四|两三)(?:次|回|趟|遍)"
                      rf"|(?:{_ACTOR})[^，,。！？!?]{{0,8}}(?:路过|经过|去过|转过|瞅过|逛过|踩过点|看过|溜达过)[^，,。！？!?]{{0,6}}(?:也|都)?(?:不是一次两次|不止一次|不止一回|不是一回两回|好多回|好几回|好几趟)")
_DEBTOR_PLACE = re.compile(rf"(?:你|您)[^，。！？!?]{{0,6}}{_PLACE_X}|(?:你|您)(?:住|租|开|摆)(?:的|在)|[一二三四五六七八九十\d]+(?:楼|层|号楼)(?:靠|左|右|东|西|那)|(?:你|您)在[^，。！？!?]{{0,10}}(?:那个|那块|的)(?:位置|地方|摊位|点)|门头|门牌|第[一二三四五六七八九十\d]+家|几栋|单元")
# 27 "pay and we won't come to your ward": the visit is what non-payment brings
#   「今天还了，我们就不去病房打扰您」「钱到账了我们才不上你家」
SPARE_X = re.compile(rf"(?:还了|还上|还清|到账|把钱还|钱还了|钱到了|付了|交了)[^。！？!?]{{0,12}}(?:我们|我)?(?:就|才|也就)(?:不|不会|不用|不必)(?:再)?(?:去|上|来|到|跑)(?:你|您)?[^，。！？!?]{{0,6}}(?:{_PLACE_X}|病房|医院|学校|打扰|找(?:你|您)|堵|蹲|登门)"
                    r"|(?:还上|还清|到账|还了|处理了|结清)[^。！？!?]{0,12}(?:外访|上门|家访|登门)[^，,。！？!?]{0,4}(?:就|才)?(?:可以|能|会)?(?:撤回|撤销|取消|不去|停|免了|不用去|作罢)"
                    rf"|(?:不想|不愿意?|不希望|怕)(?:看到|看见|见到|让)?(?:有)?(?:人|我们(?:的人)?|外访(?:人员)?|同事)?[^，,。！？!?]{{0,4}}(?:上门|登门|找上门|(?:去|到|上)(?:你|您)(?:们)?(?:的)?{_PLACE_X})")
# 28 consequences named but left unsaid: 「到时候没看到钱，你知道后果」「后果怎么样你心里清楚」
UNSAID_X = re.compile(r"(?:你|您)(?:应该|自己|心里)?(?:知道|清楚|晓得|明白)(?:会有)?(?:什么|啥)?后果(?![是就会吗么呢？?])|后果(?:怎么样|会怎样|是什么|如何)?(?:你|您)(?:自己)?(?:心里)?(?:清楚|知道|晓得|明白|有数)(?![吗么])")
_NEW_THREAT5 = (UNSAID_X, ROUTINE_X, WAITING_X, SOMEDAY_X, DARE_X, ALONE_X, WHERE_KNOWN_X, PASSED_X, SPARE_X)
_CREDIT_ACT = re.compile(r"失信|名单|限高|高铁|飞机|贷款|征信|黑名单|信用|记录|起诉|法院|罚息|利息|滞纳金|违约金|上报|诉讼")
_CARE = re.compile(r"最好让|子女|常(?:打电话|联系|回来)|邻居帮|建议|紧急联系人|社区|保重|注意身体|装个|留个(?!心眼|神)|一键|呼叫|关心|照顾好|多注意")




# a threat-looking act that is another rule's: spreading word among neighbours (contact-shaming),
# a talk with a relative rather than the debtor
_SPREAD = re.compile(r"挨个(?:说|告诉)|让[^，。！？!?]{0,10}(?:都)?(?:知道|晓得)|告诉(?:他们|邻居|大家|全村|所有人|街坊)")
_HARM_OWN = re.compile(r"堵|蹲|守|收拾|好看|砸|打断|弄死|等(?:你|您)|注意安全|小心|当心|拖走|截")
_THIRD_TALK = re.compile(rf"(?:跟|和|找)(?:他|她|他们|她们|{L.KIN_ANY})(?:那边)?[^，。！？!?]{{0,3}}(?:说道|聊|谈|说|讲|唠|问)")


_SCAM_CTX = re.compile(r"不是我们的人|有人(?:自称|冒充)|冒充我们|假冒|(?:您|你)(?:可以|直接|马上|赶紧|立刻|最好|应该|就)报警(?![也都没])")


def _scam_ctx(t: TurnText) -> bool:
    """Someone else posing as us — not 「您可以报警」 said back to a debtor who threatened to call the police."""
    if not _SCAM_CTX.search(t.norm):
        return False
    return not (re.search(r"报警|报案|110", t.state.last_debtor or "") and not re.search(r"不是我们的人|有人(?:自称|冒充)|冒充我们|假冒", t.norm))


def _other_rule_visit(v: TurnText, hit: Hit) -> bool:
    if _scam_ctx(v):
        return True  # someone else posing as us: the collector tells the debtor to report it
    sent = sentence_of(v.norm, min(hit.start, max(len(v.norm) - 1, 0)))
    if _SPREAD.search(sent) and not _HARM_OWN.search(sent):
        return True
    if not v.state.third_party and re.search(rf"(?:你|您){L.KIN_ANY}", sent) and not re.search(rf"{_PLACE_X}|村|家", re.sub(rf"(?:你|您)?{L.KIN_ANY}", "", sent)) and _THIRD_TALK.search(sent) and not re.search(r"(?:跟|和|找|堵|等|见)(?:你|您)(?![妈爸爹娘家们老婆老公儿女孩媳])", sent) and not _HARM_OWN.search(sent):
        return True
    return False


# --- round 5 insult cue classes ----------------------------------------------------------------
# dialect / slang names: mild ones only after 「你个」, strong ones anywhere
_DIALECT_NAME = r"(?:憨憨|憨货|憨包|憨批|哈儿|哈宝|哈挫挫|哈麻批|瓜娃子?|瓜批|瓜兮兮的|苕货|苕|闷墩|木脑壳|二货|二愣子|二杆子|傻帽|傻缺|傻子|蠢货|笨蛋|混球|怂货|夯货|废物|渣渣|瘪三|戆大|寿头|衰人|扑街|败家子|二流子|懒汉|赖皮)"
_DIALECT_STRONG = r"(?:哈挫挫|哈麻批|瓜批|戆大|寿头|憨批)"
# 23 the debtor filed under a derogatory noun: 「就是个填不满的窟窿」「搁谁家都是个祸害」「老不死的」「骗车的」
_LABEL_NOUN = (r"(?:骗[\u4e00-\u9fa5]{1,2}的|诈骗犯|祸害|败家(?:子|娘们儿?|精|玩意儿?)|害人精|扫把星|丧门星|搅屎棍|讨债鬼|赔钱货|"
               r"无底洞|填不满的(?:窟窿|坑|无底洞)|窟窿|累赘|废柴|混子|二流子|懒汉|懒骨头|赖皮精|戏精|白眼狼|吸血鬼|渣渣|渣滓|蛀虫|毒瘤|害群之马|社会(?:的)?(?:渣|败类|垃圾|蛀虫|毒瘤))")
LABEL_X = re.compile(
    rf"(?:是个|是一个|就是个|纯粹是个|简直是个|整个一|就一|都是个|也是个|一个|是不是|算不算|就是|纯粹是|简直(?:就)?是|活脱脱(?:一个)?)(?:个)?(?:十足的|十足|彻头彻尾的|地道的|[\u4e00-\u9fa5]{{1,6}}的)?{_LABEL_NOUN}"
    r"|不是(?:个)?(?:老赖|骗子|无赖|赖子|白眼狼|废物|赖皮)(?:又)?是(?:啥|什么|哪个|谁)"
    r"|小丫头片子|黄毛丫头|(?:小)?兔崽子|小瘪三|小赤佬|败家玩意儿?|老不死|老糊涂(?:虫|蛋)?|老东西|老不正经|拖油瓶|败家(?:子|娘们儿?|精)|扫把星|丧门星|害人精|诈骗犯"
    r"|(?:欠钱不还|借钱不还|赖账|赖帐|说话不算话|不讲信用|言而无信|拆东墙补西墙)的(?:主儿?|货|家伙|东西|玩意儿?)"
    rf"|(?:你|您)(?:这|那)?个(?:老|小|死|臭|大)?(?:{_DIALECT_NAME}|娘们儿?|婆娘|老娘们儿?|东西)"
    rf"|{_DIALECT_STRONG}"
    r"|(?:就是|纯粹是|整个一|无非是|不就是)[^，。！？!?]{0,4}?(?:啃老|混日子|吃软饭|游手好闲|好吃懒做)")
# 24 mocking illness, disability, age or grief as an excuse: 「少拿残疾当挡箭牌」「装什么可怜」「截瘫了脑子又没瘫」
#   「腿没了手还在吧」「你们这些老人家一个比一个会编」「耳朵背还挺会借钱」
EXCUSE_MOCK_X = re.compile(
    r"(?:少|别|甭|莫|不要)(?:拿|用|把|借)[^，。！？!?]{0,8}(?:当|做|作)(?:挡箭牌|借口|幌子|免死金牌|护身符|由头)"
    r"|装(?:什么|啥|哪门子|个屁)(?:可怜|穷|病|孙子|残废?|白富美|高富帅|大款|阔太太?|富婆|富二代|土豪|有钱人|大老板|老板|大爷|清高|体面人?|文化人|好人|网红|明星|款姐)"
    r"|(?P<a>[瘫瞎聋断残废坏])了[^。！？!?]{0,8}(?:又|也|可|倒)没(?P=a)"
    r"|(?:腿|脚|胳膊|眼睛|耳朵|腰)(?:没了|断了|瘫了|瞎了|聋了|不行了|背|看不清|不好使)[，, ]?[^。！？!?]{0,10}(?:手|嘴|脑子|腿|眼睛|心眼)(?:倒是?|可|总)?(?:还在|还能|又没|挺|好使|灵)"
    r"|一个比一个(?:会|能)(?:编|装|演|拖|赖|骗|哭|作|找借口)"
    r"|(?:还|倒|可|真|倒是)?挺会(?:借钱|花钱|借|花|享受)(?:的)?(?:啊|呀|嘛|哈)?(?=$|[，。！？,])"
    r"|(?:借|花|刷|贷)[^，。！？!?]{0,4}(?:的时候)倒(?:是)?[^，。！？!?]{0,4}(?:挺|很|蛮|真|可)[\u4e00-\u9fa5]{1,3}")
# 25 sarcastic "quite something": 「也是够抠门的」「这脑子也是够可以的」「您这闺女可真够能作的」
SARC_X = re.compile(
    rf"(?:也是|也真是|真是|可真|真|实在是?|也)够(?:{_BAD_ADJ}|可以|呛|绝|能耐|能(?:作|折腾|装|编|演|拖|赖|骗|躲)|小气|抠|精|奇葩)的"
    r"|脑子(?:也是|也真是|真是|可真|也)?够(?:可以|呛|绝|感人)")
# 26 an adult role who can't even …, or does X at that age: 「一个当爹的，连这点账都理不清」「当妈的人了还偷偷摸摸借钱」
ROLE_X = re.compile(
    r"(?:一个|个)(?:当|做)[\u4e00-\u9fa5]{1,4}的[，, ]?[^。！？!?]{0,12}连[^。！？!?]{0,12}都[^，。！？!?]{0,3}(?:不|没|理不|管不|拿不|还不|凑不|搞不|弄不)"
    rf"|(?:当妈|当爹|当爸|当奶奶|当爷爷|当儿子|当闺女|当媳妇|为人父母|成了家|结了婚|{_ADULT})(?:的人)?了(?:还|都)[^，。！？!?]{{0,10}}(?:偷偷摸摸|乱借|乱花|借钱|赖|躲|撒谎|骗|不懂事|拎不清|理不清|长不大|糊涂|幼稚|没谱|不靠谱|没脑子|犯浑|混日子|啃老|疑神疑鬼|神神叨叨|稀里糊涂|丢三落四|不长记性|大手大脚|虚荣|攀比|死要面子|追星|打赏|装嫩)"
    r"|活该[^，。！？!?]{0,4}(?:过成|混成|落到|欠成|弄成|穷成)")
# 27 shame brought on the family, or a thief-like manner: 「真给你娘家丢人」「藏着掖着跟做贼似的」
FAMILY_SHAME_X = re.compile(
    r"(?:真|可真|太|净|尽|就)?给(?:你|您|他|她)?(?:的|们)?(?:家里|娘家|婆家|父母|爸妈|孩子|祖宗|全家|家人|老家|[\u4e00-\u9fa5]{1,2}家)(?:人)?(?:丢人|丢脸|抹黑|蒙羞|丢份|脸上抹黑)"
    r"|(?:跟|像|和)(?:个)?(?:做贼|贼|小偷|逃犯|过街老鼠|通缉犯)(?:的)?(?:似的|一样|一般)"
    r"|替(?:你|您)(?:的)?(?:爸妈|父母|爹妈|家里人|家人|老婆|媳妇|孩子|娃|老公|爹娘|爸|妈){1,2}(?:都)?(?:感到|觉得)?(?:不值|寒心|丢人|丢脸|害臊|臊得慌|脸红|心寒)")
_NEW_INSULT5 = (LABEL_X, EXCUSE_MOCK_X, SARC_X, ROLE_X, FAMILY_SHAME_X)


def _insult_r5(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        msent = _mask(sent)
        for pattern in _NEW_INSULT5:
            for m in pattern.finditer(sent):
                before = re.sub(r"(?:你|您)说(?:说)?(?=你|您)", "__", sent[:m.start()])
                if _neg_local(msent, m.start()) and not re.search(r"(?:少|别|甭|莫|不要)(?:拿|用|把|借)", m.group(0)):
                    continue
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)[^，。！？!?]{0,8}$|(?:别|不要|不用|千万别)[^，。！？!?]{0,3}(?:说|骂|觉得)自己|说自己|别把自己|别这么说|被(?:人|别人)?(?:说|骂|叫|当)[^，。！？!?]{0,4}$|冒充|自称", before):
                    continue  # reported, or reassuring the debtor's own word
                if m.group(0) in said and re.search(r"别|不是|不要|没|不用|千万|不会|两码事", sent):
                    continue
                if pattern is LABEL_X and re.search(r"骗|诈骗", m.group(0)) and re.search(r"冒充|自称|外面|那些|有些|电话里|短信|防|提醒|警惕|谨防|陌生|官方|转账|别转", sent):
                    continue  # scammers in general
                if pattern is LABEL_X and re.search(r"窟窿|无底洞|累赘|坑", m.group(0)) and not re.search(r"(?:你|您|他|她|这人|媳妇|儿媳妇?|女婿|儿子|闺女|老公|老婆|男人|女人)[^，。！？!?]{0,8}$", before):
                    continue  # 「利息是个无底洞」 is about the debt, not the person
                if pattern in (ROLE_X, EXCUSE_MOCK_X, SARC_X) and _SYMPATHY.search(sent):
                    continue
                if pattern is FAMILY_SHAME_X and re.search(r"(?:不会|不用|别|不必|没)[^，。！？!?]{0,6}$", before):
                    continue
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
    return None


# 29 harsher people or manners next time: 「下回可就不是打电话这么客气了」「他们做事可没我这么好说话」
#    「到时候就不是我一个人来跟你谈了」「下次带几个兄弟一起过去」
HARSHER_X = re.compile(
    r"(?:没|不像)(?:我|我们)(?:这么|那么)(?:客气|好说话|好脾气|斯文|有耐心|温柔)"
    r"|(?:不是|不止|不只)(?:我)?一个人(?:来|过去|上门|去|了)|(?:带|叫|喊)(?:上)?(?:几个|一帮|一群|些|好几个)(?:人|兄弟|弟兄)(?:一起)?(?:来|过去|上门|去)")
# 30 the debtor's business disrupted by our people: 「在你柜台前站一天，看你还做不做生意」「您这生意还开不开得下去」
BUSINESS_X = re.compile(r"(?:生意|买卖|店|摊子?|铺子)(?:还)?(?:想)?(?:做|开|干|摆)(?:不|得)(?:做|开|干|摆|下去)|看(?:你|您)(?:还)?(?:做|开|干|摆)不(?:做|开|干|摆)|看(?:哪个|谁|哪位|哪些)[^，,。！？!?]{0,6}还敢(?:进|来|上门|买|光顾|登门|租)")
# 31 harm on a dark or lonely way, left open: 「那条巷子黑灯瞎火的，万一哪天磕着碰着了，谁说得清」
_OPEN_END = r"(?:谁说得清|谁说得准|谁知道|谁晓得|难说|说不准|说不好|不好说|可不好说|就不知道了|那可说不定)"
DARK_HARM_X = re.compile(rf"{_DARK}[^。！？!?]{{0,24}}{_HARM}|(?:万一|哪天|保不齐|说不定)[^。！？!?]{{0,8}}{_HARM}[^。！？!?]{{0,8}}{_OPEN_END}")
# 32 a relative's way to school or home "not safe": 「娃儿放学路上也不太平」「你闺女一个人上学，路上可说不准」
KIN_WAY_X = re.compile(rf"(?:{L.KIN_ANY}|娃儿?|崽|屋头的|幺儿|幺妹|老汉儿?|老妈儿|堂客|婆娘|囡囡|细路|仔女)[^。！？!?]{{0,8}}(?:放学|上学|下班|回家|出门|路上)[^。！？!?]{{0,6}}(?:也|可|都|就)?(?:不太平|不安全|不安生|不安稳|{_OPEN_END})")
# 33 our side has located the debtor's place: 「外访的同事把你家这栋楼都摸清楚了」「兄弟们认得你那个出租屋」
#    「把你老公住哪个医院、哪个床位打听清楚」
LOCATED_X = re.compile(
    rf"(?:{_ACTOR_STRONG})[^。！？!?]{{0,8}}(?:认得|认识|摸清楚?|打听清楚|查清楚|摸透|找到了)[^。！？!?]{{0,4}}(?:你|您)(?:们)?(?:的|那个|那间|那家|家)?[^，。！？!?]{{0,8}}{_PLACE_X}"
    rf"|把(?:你|您)[^。！？!?]{{0,14}}(?:{_PLACE_X}|楼|医院|住址|地址|病房)[^。！？!?]{{0,10}}(?:都|全)?(?:摸清楚?|打听清楚|查清楚|摸透|摸遍|踩好点)")
# 34 the exact spot recited and judged easy to find: 「三轮车停在菜场东门第三个车位，挺显眼的」「门口就一个破铁门，进出方便得很」
SPOT_X = re.compile(r"(?:你|您)[^。！？!?]{0,12}(?:停在|住在|摆在|开在|放在)[^。！？!?]{0,16}(?:挺|很|真|蛮|可|特别)(?:显眼|好认|好找|好记)|进出(?:可)?方便得很|一找一个准")
# 35 the debtor's routine or spot recited back, "right?": 「配送站中午十二点你们都蹲那儿，对吧」「你每天六点半去菜市场进货」
ROUTINE2_X = re.compile(
    rf"(?:{_PLACE_X}|菜场|菜市场|站)[^。！？!?]{{0,24}}{_TIME}[^。！？!?]{{0,16}}(?:对吧|是吧|没错吧|对不对)"
    rf"|{_TIME}[^。！？!?]{{0,16}}(?:{_PLACE_X}|菜场|菜市场)[^。！？!?]{{0,12}}(?:对吧|是吧|没错吧|对不对)"
    rf"|(?:你|您)每天[^。！？!?]{{0,6}}{_TIME}[^。！？!?]{{0,4}}(?:去|到|出门|回|从)[^。！？!?]{{0,10}}(?:{_PLACE_X}|菜场|菜市场)")
# 36 our people pass by the debtor's place: 「我们的人天天路过」「我同事昨天刚好路过」 (with the place named)
PASSING_X = re.compile(
    rf"(?:{_ACTOR_STRONG}|我们的人|我们有人|他们)[^。！？!?]{{0,14}}(?:离|距离?)(?:你|您|那|那儿|那里|这)[^，,。！？!?]{{0,8}}(?:就|只有|只|才|不到|没多远|不远|很近|几步)"
    rf"|(?:{_ACTOR_STRONG}|我们的人|我们有人)[^，,。！？!?]{{0,4}}(?:就)?(?:住|待|在)(?:你|您)(?:家|们)?(?:的)?(?:隔壁|对面|楼上|楼下|附近|旁边|边上)"
    rf"|(?:{_ACTOR_STRONG}|我们的人|我们有人|他们)[^，,。！？!?]{{0,4}}(?:常|常常|经常|天天|每天|老|时不时|隔三差五|没事就)(?:都)?(?:去|来|在|过去|到)(?:那|那儿|那边|那里|你|您)?[^，,。！？!?]{{0,2}}(?:买|吃|坐|转|喝|逛|办事|抽)"
    rf"|(?:{_ACTOR_STRONG}|我们的人|我们有人)[^，,。！？!?]{{0,6}}(?:也|都|随时|照样|一样)?(?:到|去|过去|过来|赶到|摸过去|找过去)(?:得了|得到|得过去|得过来)"
    rf"|(?:{_ACTOR_STRONG}|我们的人)[^，。！？!?]{{0,6}}(?:天天|每天|刚好|正好|昨天|前两天|前几天|上礼拜|上周|经常|老是|常常?)(?:都|刚|才|已经|又)?(?:去|过去|来)?(?:路过|经过|去过|转过|看过|瞅过|瞧过|踩过点|摸过|探过|在那(?:儿|边)?转|看了(?:一眼|一圈|看)|转了(?:一圈|一趟))")
# 37 things going too far "will do you no good": 「真闹到那一步，对您没好处」「事情闹大了，吃亏的是你」
GOES_FAR_X = re.compile(r"(?:闹|搞|弄|逼)(?:到|大|僵)[^。！？!?]{0,8}(?:对(?:你|您)(?:可)?没(?:有)?(?:好处|好果子吃)|没(?:你|您)好果子吃|吃亏的(?:是|可是)(?:你|您)|(?:你|您)(?:可)?(?:别|莫)后悔)")
_NEW_THREAT6 = (HARSHER_X, BUSINESS_X, DARK_HARM_X, KIN_WAY_X, LOCATED_X, SPOT_X, ROUTINE2_X, PASSING_X, GOES_FAR_X)
_PROCESS6 = re.compile(r"营业厅|网点|办理|App|app|APP|预约|方便(?:接|的时间)|打(?:给|电话|过来)|联系(?:您|你)|接电话|回电|更新|寄|账单|核对|快递单")




# --- round 6 insult cue classes ----------------------------------------------------------------
_NOUNS6 = rf"(?:二流子|骗子|老赖|无赖|赖皮|混子|废物|窝囊废|人渣|败类|垃圾|流氓|痞子|{_LABEL_NOUN})"
# 28 the debtor's type named with a derogatory noun: 「你这种借钱不还的二流子」「您这样赖账的才叫骗子」「你才是老赖」
TYPE_NOUN_X = re.compile(rf"(?:你|您)(?:们)?(?:这种|这号|这样的?|这类|这路)[^。！？!?]{{0,14}}?(?:的)?(?:人)?(?:才(?:叫|是)|就是|就叫|纯粹是)?(?:个)?{_NOUNS6}|(?:你|您)才(?:是|叫)(?:真正的|真的)?(?:个)?{_NOUNS6}")
# 29 manhood questioned: 「你还算不算个男人」「算哪门子爷们」「还是不是男人」
MANHOOD_X = re.compile(r"算不算(?:个)?(?:男人|爷们儿?|人)|(?:还|到底)?是不是(?:个)?(?:男人|爷们儿?)|算(?:什么|哪门子|啥子?)(?:男人|爷们儿?|当爹的|当妈的)|不像(?:个)?(?:男人|爷们儿?)|还算个(?:男人|人)(?:吗|么)")
# 30 poverty mocked with a demand for choice: 「穷得叮当响还挑三拣四」「穷成那样还要面子」
POOR_X = re.compile(r"穷得(?:叮当响|掉渣|揭不开锅|要命)|穷(?:得|成)[^，。！？!?]{0,6}(?:还|都)(?:挑|讲究|要面子|嫌|摆谱|装)")
# 31 the debtor labelled as a dodger, mocked or unworthy: 「一个躲债的倒挺会请假」「欠钱不还的人跟我讲规矩？你也配」
DODGER_X = re.compile(r"(?:躲债|欠债|欠钱不还|借钱不还|赖账|赖帐)的(?:人)?(?:倒|还|倒是|可|也)(?:挺|真|很|蛮)?(?:会|能|有脸|好意思|讲究|潇洒|配)"
                      r"|(?:躲债|欠钱不还|借钱不还|赖账|赖帐)的(?:人)?(?:还)?(?:跟|和)(?:我|我们)(?:讲|谈|要)(?:规矩|道理|条件|面子|尊严|隐私|礼貌)"
                      r"|(?:你|您)(?:也|还)配(?=$|[？?吗么啊，,])")
# 32 eyes, letters or wits mocked; faking confusion: 「你是不识字还是装瞎」「一到还钱就装起糊涂来了」「脑子也太糊涂了」
WITS_X = re.compile(r"(?:你|您)(?:是)?(?:不识字|不认字|文盲|没长眼睛?|不长眼|没长耳朵|眼瞎)(?:吗|么|啊|呀|还是|[？?])|装瞎|装起[^，。！？!?]{0,2}(?:糊涂|傻|穷|可怜|死|聋|哑|瞎)来"
                    r"|(?:脑子|脑袋|脑瓜子?|脑壳)(?:也|真|可)?(?:太|是真|也太|咋这么|怎么这么|这么)(?:糊涂|笨|蠢|不好使|不灵光|简单)")
# 33 lavish spending vs stingy repaying: 「打赏挺大方，一到还钱就抠抠搜搜」「买东西那么舍得，轮到还钱就哭穷」
SPEND_X = re.compile(r"(?:借|花|刷|打赏|买|充值|消费|玩|吃喝|贷)[^。！？!?]{0,10}(?:挺|很|真|那么|倒|倒是)(?:大方|痛快|舍得|积极|爽快|潇洒)[^。！？!?]{0,6}(?:一到|到|轮到|等到)还(?:钱|款)?(?:的时候)?(?:就)?(?:抠|哭穷|装|没钱|磨蹭|躲|拖|缩)")
_NEW_INSULT6 = (TYPE_NOUN_X, MANHOOD_X, POOR_X, DODGER_X, WITS_X, SPEND_X)


def _insult_r6(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        msent = _mask(sent)
        for pattern in _NEW_INSULT6:
            for m in pattern.finditer(sent):
                before = re.sub(r"(?:你|您)说(?:说)?(?=你|您)", "__", sent[:m.start()])
                cut = max(before.rfind("…"), before.rfind("就是"), before.rfind("但"), before.rfind("可是"), before.rfind("不过")) + 1
                if _neg_local(msent[cut:], m.start() - cut) or _neg_inside(m.group(0)):
                    continue
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)[^，。！？!?]{0,8}$|(?:别|不要|不用|千万别)[^，。！？!?]{0,3}(?:说|骂|觉得)自己|说自己|别把自己|被(?:人|别人)?(?:说|骂|叫|当)[^，。！？!?]{0,4}$|冒充|自称", before):
                    continue  # reported, or reassuring the debtor's own word
                if re.search(r"冒充|自称|外面|防骗|谨防|警惕|陌生|官方|别转|不要转", sent) and re.search(r"骗", m.group(0)):
                    continue  # scammers in general
                if _SYMPATHY.search(sent) or re.search(r"很正常|正常的|不怪", sent):
                    continue
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
    return None


# --- round 7 threat cue classes ----------------------------------------------------------------
_OURS7 = rf"(?:{_ACTOR_STRONG}|哥们儿?|哥几个|弟兄们?|我们的人|我们|我|有人)"
_PLACE7 = rf"(?:{_PLACE_X}|超市|商场|门店|车行|驾校|楼底下|楼下|家门口|店门口)"
# our side incl. 「他们」 (accepted only when our field staff are named in the turn, see _table_skip)
_OURS9 = rf"(?:{_OURS7}|他们)"
# waiting for the person, not for their reply or payment
_FOR_PERSON = r"(?:你|您|他|她)(?![们的])(?!消息|回复|回电|电话|还|确认|考虑|决定|方便|答复|通知|来|办理|过来)"
# 38 our side knows the debtor's place or routine "inside out", incl. double negation:
#    「你每天在哪儿拉活我们一清二楚」「你家小区门口我们也不是不认路」「你几点收摊我们心里门儿清」
WATCH7_X = re.compile(
    rf"(?:住|小区|单元|楼|店|铺|摊|每天|天天|几点|在哪|哪儿|哪里|早上|晚上|下班|上班|收摊|出门|回家|{_PLACE_X})[^。！？!?]{{0,20}}{_OURS7}[^。！？!?]{{0,4}}(?:一清二楚|清清楚楚|门儿清|心里(?:都)?有数|摸得(?:门儿清|透透的|一清二楚)|熟得很|(?:认得|认识|认|知道|摸熟了?|熟)(?:路|道儿?|门)|熟门熟路|轻车熟路)"
    rf"|{_OURS7}[^，。！？!?]{{0,3}}(?:也|又|可)?不是不(?:认(?:得|识)?(?:路|道儿?|门)?|知道|晓得|清楚|熟)"
    rf"|{_OURS7}[^，。！？!?]{{0,3}}(?:都|早就|早)?(?:认得|认识|知道|摸熟了?|熟)(?:去)?(?:你|您)[^，。！？!?]{{0,10}}(?:的)?(?:路|门)(?![费口线况]|不好|难)"
    rf"|{_OURS9}[^。！？!?]{{0,6}}对(?:你|您|他|她)(?:的)?[^。！？!?]{{0,24}}(?:几点|每天|天天|住|在哪|去哪|行踪|作息|路线|出门|回家|{_PLACE7}|菜市场)[^。！？!?]{{0,16}}(?:都|也)?(?:很|挺|非常|相当|比较)?(?:清楚|了解|熟悉|有数|知道|门儿清|一清二楚|清清楚楚)")
# 39 harm on some day, "don't say I didn't give you a word": 「哪天出门碰着点啥事，别说我没吱一声」
_NOT_WARNED7 = r"(?:别|莫|不要)(?:到时候|回头|以后|事后)?(?:说|怪|讲)(?:我|我们|咱|咱们)?没(?:有)?(?:提前|事先|早)?(?:吱|吭|言语|知会|招呼|打声招呼|打个招呼)(?:一声|声|过|你|您)?"
SOMEDAY7_X = re.compile(rf"(?:哪天|哪个(?:晚上|早上|白天)|哪一天|某天|迟早|早晚|说不定|保不齐|万一|回头)[^。！？!?]{{0,30}}{_NOT_WARNED7}|{_HARM}[^。！？!?]{{0,12}}{_NOT_WARNED7}")
# 40 a dark way home named, then "watch yourself": 「晚上 下班 那段路 黑 自己 多留点神」「回家那条巷子没灯，您当心着点」
DARK_MIND_X = re.compile(
    rf"(?:{_DARK}|(?:晚上|夜里|半夜|天黑|下班|放学|回家)[^。！？!?]{{0,10}}(?:路|巷|道|楼道|胡同)[^。！？!?]{{0,3}}(?:黑|暗|偏|没人|没灯))"
    r"[^。！？!?]{0,12}(?:留(?:点|个)?神|多(?:留|长)(?:个|点)?(?:心|神|心眼)|当心(?:着)?点|小心(?:着)?点|注意(?:着)?点|提防(?:着)?(?:点)?|悠着点|看着点(?:脚下|身后)?)"
    rf"|(?:你|您)[^。！？!?]{{0,4}}(?:天天|每天|每晚|经常|老是|总是|一般)[^。！？!?]{{0,30}}(?:出门|出来|回家|回去|下班|收工|收摊|放学|路上)[^。！？!?]{{0,16}}(?:留(?:点|个)?神|多(?:留|长)(?:个|点)?(?:心|神|心眼)|当心(?:着)?点|小心(?:着)?点|提防(?:着)?(?:点)?|{_BEHIND})"
    rf"|{_BEHIND}")
# 41 our people sat or stood watching by the debtor's place: 「我们同事昨天在您店对面奶茶店坐了一下午」
#    「兄弟们在你厂门口蹲了一早上」「有人在你家楼下站了半宿」
STAKEOUT_X = re.compile(
    rf"{_OURS7}[^。！？!?]{{0,10}}在(?:你|您)[^，。！？!?]{{0,12}}(?:对面|门口|楼下|旁边|附近|隔壁|外面|边上|斜对面|楼底下|{_PLACE_X})[^，。！？!?]{{0,8}}(?:坐|站|蹲|待|守|转|盯|看)(?:了|着)(?:一|半|大半|一整|好几|两|三)?(?:个)?(?:下午|上午|早上|晚上|天|宿|夜|会儿|钟头|小时|礼拜)"
    rf"|{_OURS9}[^。！？!?]{{0,12}}(?:到|在|去)(?:你|您|他|她)?(?:们)?(?:的|家|那个|那栋|那间)?[^，,。！？!?]{{0,8}}(?:{_PLACE7}|楼道口?|楼底下|门外|床边|片区)(?:前|跟前|门口|外头|外面|底下|旁边|对面|口)?(?:坐|站|蹲|守|候|等|排|杵)(?:着|上|一)")
# 42 people waiting at the debtor's door: 「你家那栋楼底下会有人守着等你」「店门口就有兄弟候着」
DOOR_WAIT_X = re.compile(
    rf"(?:你|您)[^，。！？!?]{{0,8}}(?:楼底下|楼下|门口|楼道|小区|家门|店门|单位门口|公司楼下|{_PLACE_X})[^，。！？!?]{{0,6}}(?:会|就|自然)?(?:有人|我们的人|兄弟们?|同事|几个人)[^，。！？!?]{{0,3}}(?:守|等|蹲|堵|候)"
    rf"|{_OURS7}[^，。！？!?]{{0,2}}在(?:你|您)(?:们)?(?:的|那个|家)?[^，。！？!?]{{0,6}}(?:{_PLACE_X}|楼|家)(?:子|里|那边|那儿)?(?:附近|周围|旁边|边上|一带|对面|楼下|门口)(?:早就|早已|已经|就|也|都|早)?(?:有|安排了?|放了?|留了?|蹲了?)(?:人(?!员)|兄弟|几个人|我们的人)"
    rf"|{_OURS9}[^。！？!?]{{0,16}}(?<![转打发寄汇拨存])(?:去|到(?!时|期|账|点)|在|上(?!报|门通知)|过去|过来)[^，,。！？!?]{{0,12}}(?:堵|蹲|守|候着|等着?|截|拦)(?:着|住|到)?{_FOR_PERSON}"
    rf"|(?:天天|每天|日日|成天|整天|轮流|轮着|二十四小时)(?:在[^，,。！？!?]{{1,8}})?(?:守|蹲|候|堵)着(?:{_FOR_PERSON})?|(?:天天|每天|成天|整天|轮流)在[^，,。！？!?]{{1,8}}等着{_FOR_PERSON}")
# 43 our side stops the debtor or their vehicle on the road: 「别怪我们半路把车拦下来」「在路口把你截住」
INTERCEPT_X = re.compile(
    rf"{_OURS7}[^。！？!?]{{0,8}}(?:半路|路上|路口|当街|大街上|半道)[^，。！？!?]{{0,6}}(?:把)?(?:你|您)?(?:的)?(?:车|人)?(?:给)?(?:拦|截|堵|逼停|别停)(?:下来|下|住|停)")
# 44 turning up where the absent debtor works or lives, to find him: 「他上班那个超市我们随时能过去找他」
VISIT_HIM_X = re.compile(
    rf"(?:他|她)[^，。！？!?]{{0,6}}{_PLACE7}[^，。！？!?]{{0,8}}{_OURS7}[^，。！？!?]{{0,6}}(?:过去|上门|去|到|过来)[^，。！？!?]{{0,3}}(?:找|堵|等|蹲|逮)(?:他|她)(?![们的])"
    rf"|{_OURS7}[^，。！？!?]{{0,8}}(?:去|到|上)(?:他|她)[^，。！？!?]{{0,6}}{_PLACE7}[^，。！？!?]{{0,4}}(?:找|堵|等|蹲|逮)(?:他|她)(?![们的])")
# 45 a chance meeting where things "won't look good": 「哪天在你公司楼下碰上了，大家脸上都不好看」
ENCOUNTER7_X = re.compile(r"(?:碰上|碰到|遇上|遇到|撞上|撞见|碰见|遇见|逮着|见着)[^。！？!?]{0,10}(?:脸上|面子上|场面)?(?:都|可|就|怕是)?(?:不好看|难看|不好收场|下不来台|不好说话|不客气)")
_NEG_INSIDE_TABLE = (WAITING_X, PASSED_X, WHERE_KNOWN_X, LOCATED_X, PASSING_X, HARSHER_X, STAKEOUT_X, DOOR_WAIT_X, INTERCEPT_X, VISIT_HIM_X)
_NEW_THREAT7 = (WATCH7_X, SOMEDAY7_X, DARK_MIND_X, STAKEOUT_X, DOOR_WAIT_X, INTERCEPT_X, VISIT_HIM_X, ENCOUNTER7_X)


def _table_skip(pattern: re.Pattern, m: re.Match, sent: str, t: TurnText) -> bool:
    """The exclusions of the sentence-level threat table (rounds 5–9 cue classes): negation, the
    state's acts, scam warnings, the credit rules' pressure, goodwill, process talk, contact-shaming."""
    g = m.group(0)
    own_neg = pattern is SPARE_X or (pattern is WATCH7_X and "不是不" in g)  # the negator is the cue
    if not own_neg and (_neg_local(sent, m.start()) or (pattern in _NEG_INSIDE_TABLE and _neg_inside(g))):
        return True
    if g.startswith("他们") and not re.search(rf"{_ACTOR_STRONG}|我们的人", t.norm):
        return True  # 「他们」 is our people only when our field staff are named
    if STATE.search(sent) and not OUR_FORCE.search(sent):
        return True  # police / court: false-legal-claim
    if t.state.third_party and pattern in (HARSHER_X, GOES_FAR_X):
        return True  # escalation about an absent debtor, told to someone else: the disclosure is the act
    if _scam_ctx(t) or re.search(r"骗子|诈骗|冒充|自称|不是我们的人|(?<![跟和给对])(?:您|你)(?:刚才)?(?:说|提到)(?!几|多少|过多少)", sent):
        return True  # a scam warning, or the debtor's own account
    if pattern in (SOMEDAY_X, UNSAID_X) and _CREDIT_ACT.search(sent) and not re.search(rf"{_OUR}|堵|截|拦|门口", sent):
        return True  # 「哪天征信上了，别说我没提醒」: the credit rules' pressure
    if pattern in (SOMEDAY7_X, ENCOUNTER7_X) and _CREDIT_ACT.search(sent) and not re.search(r"堵|截|拦|门口|楼下|碰上|碰到|遇上|撞见", sent):
        return True
    if pattern in (BUSINESS_X, GOES_FAR_X, HARSHER_X) and _CREDIT_ACT.search(sent) and not re.search(rf"{_ACTOR_STRONG}|堵|蹲|站|门口|上门|过去|柜台", sent):
        return True  # 「征信花了，生意还做不做得下去」
    if (pattern is ALONE_X or (pattern is DARE_X and re.search(r"一个人|单独|落单", g))) and (_CARE.search(t.norm) or _GOODWILL_CLOSE.search(t.norm) or re.search(r"安全|路滑|慢点", sent)):
        return True  # concern for an elderly debtor living alone
    if pattern in (DARK_HARM_X, KIN_WAY_X) and (_CARE.search(t.norm) or _GOODWILL_CLOSE.search(t.norm) or FAMILY_OK.search(sent)):
        return True  # concern, a goodwill close, or credit talk about the family
    if pattern is DARK_MIND_X and (_CARE.search(t.norm) or _GOODWILL_CLOSE.search(t.norm) or re.search(r"安全|开车|慢点", sent)):
        return True  # a goodwill close about the road home
    if pattern is ROUTINE_X and re.search(r"合同|约定|协议|依法|方便(?:接|的时间)|避开|打(?:给|电话)|联系(?:您|你)", sent):
        return True  # tracking under the contract, or a good time to call
    if pattern in (ROUTINE2_X, SPOT_X, LOCATED_X, PASSING_X) and _PROCESS6.search(sent):
        return True  # an address or time read back for statements or a call
    if pattern in (WATCH7_X, STAKEOUT_X, DOOR_WAIT_X) and (_PROCESS6.search(sent) or re.search(r"核实|确认|更新|避开|不打扰", sent)):
        return True
    if pattern is PASSED_X and (not _DEBTOR_PLACE.search(t.norm) or re.search(r"送(?:材料|文件|函|资料)|快递|寄|核实|(?:跟|和)(?:您|你)(?:没|无)关|不是(?:冲|找)(?:您|你)", sent)):
        return True  # no place of the debtor's named, or an errand that is not about the debtor
    if pattern is PASSING_X and not _DEBTOR_PLACE.search(t.norm) and not re.search(r"离|距|隔壁|对面|楼上|楼下|附近|旁边|边上", g):
        return True  # our people near the debtor name the place themselves
    if pattern is WAITING_X and _PROCESS_OK.search(sent) and not re.search(r"别怪|别说|哪天|不然|否则|再不", sent):
        return True  # 「营业厅有人等着您办理」
    if pattern is BUSINESS_X and (not re.search(rf"{_ACTOR_STRONG}|派|站|堵|蹲|门口|上门|过去|咨询|柜台", sent) or _SYMPATHY.search(sent) or re.search(r"分期|方案|协商", sent)):
        return True  # a question about trade, with nobody turning up
    if pattern is LOCATED_X and CONTACT.search(sent) and not PHYSICAL.search(sent):
        return True  # word sent to the place: contact-shaming
    if pattern is WATCH7_X and not (re.search(r"不是不|(?:路|门)$", g) or re.search(rf"{_PLACE_X}|在哪|哪儿|哪里|几点|每天|天天|趴活|拉活|出门|回家|收摊", g)):
        return True
    if pattern is WATCH7_X and "不是不" in g and not (_DEBTOR_PLACE.search(t.norm) or re.search(r"家|住|院子|小区|门口|楼下|早市|菜场|市场|店|摊|单位|公司", sent)):
        return True  # 「我们也不是不知道你难」 is sympathy, not knowing a place
    return False


def _threat_table(t: TurnText) -> Hit | None:
    """The sentence-level threat cue classes (one table, checked class group by class group)."""
    for table in (_NEW_THREAT5, _NEW_THREAT6, _NEW_THREAT7):
        for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
            raw, base = sm.group(0), sm.start()
            sent = _mask(raw)
            for pattern in table:
                m = pattern.search(raw if pattern is SPARE_X else sent)  # SPARE_X's own 「不想…上门」 is its cue
                if m and not _table_skip(pattern, m, sent, t):
                    return Hit(t.orig[base:base + len(raw)].strip(), base + m.start())
    return None


# a visit whose act is telling or showing other people (boss, colleagues, a relative's school):
# contact-shaming, not a threat to the debtor's person
_TELL_OTHERS = re.compile(
    r"(?:找|跟|和|给|当着)(?:你|您|他|她)?(?:们)?(?:的)?(?:领导|老板|主管|经理|同事|人事|HR|hr|老师|校长|班主任|辅导员|邻居|物业|居委会?|村委会?|房东|家长|亲戚)[^，。！？!?]{0,6}(?:谈|聊|说|讲|反映|看|评理|沟通)"
    r"|(?:说道|说说|讲讲|聊聊|告诉|宣传|说)(?:说道|一下|一声|清楚)?[^，,。！？!?]{0,2}(?:你|您|他|她)(?:的)?(?:欠钱|欠债|欠款|借钱|赖账|赖帐|逾期)"
    r"|拉(?:个|条)?横幅|挂(?:个|条)?横幅|贴(?:大字报|告示|传单|海报)|发传单"
    r"|(?<![别莫要])让[^，。！？!?]{0,10}(?:都)?(?:看看|看见|瞧瞧|评评理|知道|晓得)"
    rf"|(?:{L.KIN_ANY}|孙子|孙女|外孙女?|娃儿?|幺儿|崽)[^，。！？!?]{{0,3}}(?:学校|幼儿园|单位|公司|厂|班上)(?:那边|那儿|那里)?[^，。！？!?]{{0,8}}(?:说道|说说|聊聊|谈谈|反映|讲讲)")
_HARM7 = re.compile(r"坐坐|坐一坐|站一站|站站|站一会|站(?:上)?(?:一|半|一整)(?:天|上午|下午)|当面|敲门|带(?:上)?(?:两|几|一帮|一群)个?(?:人|兄弟)|堵|蹲|守|收拾|好看(?!看)|砸|打断|弄死|等(?:你|您)|注意安全|小心|当心|拖走|截|拦|找(?:你|您)(?![们的])")


def _telling_others(v: TurnText, hit: Hit) -> bool:
    sent = sentence_of(v.norm, min(hit.start, max(len(v.norm) - 1, 0)))
    return bool(_TELL_OTHERS.search(sent)) and not _HARM7.search(re.sub(r"让[^，。！？!?]{0,10}(?:都)?(?:看看|看见|瞧瞧)", "", sent))


# --- round 7 insult cue classes ----------------------------------------------------------------
# 34 "and you have the face?": 「一个小姑娘借了钱就玩消失，你也好意思？」「您还有脸问」「你咋好意思的」
SHAMELESS7_X = re.compile(r"(?:你|您)(?:也|还|倒|居然|竟然|咋|怎么|真)(?:有脸|好意思)(?:的)?(?:吗|么|呀|啊|呢|哦)?(?=$|[？?！!，,])")
# 35 schooling mocked: 「书都读哪儿去了」「大学白上了」「研究生连两千块的账都整不明白」「亏你还是个大学生」
EDU7_X = re.compile(
    r"(?:书|学)(?:都)?(?:读|念|上)(?:到)?(?:哪(?:儿|里)?去了|狗肚子)|(?:书|学|大学|研究生)(?:都)?白(?:读|念|上)了"
    r"|(?:研究生|大学生|本科生?|硕士|博士|读过书|念过书|上过大学|文化人|大学毕业|读书人)[^。！？!?]{0,12}连[^。！？!?]{0,12}都[^，。！？!?]{0,3}(?:不|没|整不|算不|搞不|弄不|理不|还不|拎不)"
    r"|亏(?:你|您|他|她)还是(?:个)?(?:大学生|研究生|读书人|文化人|当老师的|念过书的)")
# 36 called a coward or a spineless type, also as 「别当…」: 「让他别当缩头乌龟」「躲着不接就是个怂包」
COWARD7_X = re.compile(r"缩头乌龟|怂包|孬种|胆小鬼|窝囊废|缩头缩脑的(?:人|货|东西)")
_NEW_INSULT7 = (SHAMELESS7_X, EDU7_X, COWARD7_X)


def _insult_r7(t: TurnText, said: str) -> Hit | None:
    for sm in re.finditer(r"[^。！？!?\n]+", t.norm):
        sent, base = sm.group(0), sm.start()
        msent = _mask(sent)
        for pattern in _NEW_INSULT7:
            for m in pattern.finditer(sent):
                before = re.sub(r"(?:你|您)说(?:说)?(?=你|您)", "__", sent[:m.start()])
                as_role = pattern is COWARD7_X and re.search(r"(?:别|不要|莫|甭|少)(?:再)?(?:当|做|装)(?:个)?$", before)
                if not as_role and (_neg_local(msent, m.start()) or _neg_inside(m.group(0))):
                    continue
                if re.search(r"(?:您|你)(?:刚才)?(?:是不是|可能)?(?:说|觉得|认为|以为|担心|怕)[^，。！？!?]{0,8}$|(?:别|不要|不用|千万别)[^，。！？!?]{0,3}(?:说|骂|觉得)自己|说自己|别把自己|被(?:人|别人)?(?:说|骂|叫|当)[^，。！？!?]{0,4}$|冒充|自称", before):
                    continue  # reported, or reassuring the debtor's own word
                if m.group(0) in said and re.search(r"别|不是|不要|没|不用|千万|不会|两码事", sent):
                    continue
                if _SYMPATHY.search(sent) or re.search(r"很正常|正常的|不怪", sent):
                    continue
                return Hit(t.orig[base:base + len(sent)].strip(), base + m.start())
    return None
