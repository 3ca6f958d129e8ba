"""Text helpers for Chinese call turns: normalising, clauses, numbers, negation, quotes.

Everything here is plain, deterministic string work so detectors stay testable.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# The detectors use several hundred inline patterns (re.search(r"...", text)); Python's compiled-
# pattern cache holds 512, so scoring a call kept recompiling them (a fifth of the scoring time).
# A larger cache keeps them all compiled; the attribute is CPython's own knob for this.
if getattr(re, "_MAXCACHE", 0) < 4096:
    re._MAXCACHE = 4096  # type: ignore[attr-defined]

_FULL = str.maketrans("０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ，！？；：（）",
                      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ,!?;:()")
CLAUSE_SPLIT = re.compile(r"(?:[，。！？；!?;…\n]|(?<!\d),|,(?!\d)|(?<!\d)\.(?!\d))+")
QUOTE = re.compile(r"[「“\"‘『]([^」”\"’』]{1,30})[」”\"’』]")
_DIG = {"零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUM = "零〇一二两三四五六七八九十百千万"
NUMBER = re.compile(rf"\d+(?:\.\d+)?[万千]?|[{CN_NUM}]{{1,8}}")


_SPACE_PAUSE = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]|[ \t\u3000](?=[^\x00-\x7f])")


def normalise(text: str) -> str:
    """Full-width digits/letters/punctuation to half-width, and a space next to Chinese text
    (speech-to-text output marks pauses with spaces, not punctuation) to a comma.
    Length-preserving, so a span found in the normalised text slices the original text."""
    return _SPACE_PAUSE.sub(",", text.translate(_FULL))


# Cantonese, northern and south-western forms spelled in Mandarin, every rewrite the same length as
# what it replaces, so a span found in the Mandarin view still slices the trainee's own words.
# Longer forms first. 系 only as a copula (not 关系/联系/系统/中文系), 额 only as "I" (not 金额/额度/降额).
_DIALECT: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"唔该", "谢谢"), (r"唔紧要", "没关系"), (r"唔使", "不用"), (r"唔好", "不要"), (r"喺边", "在哪"), (r"边度", "哪里"),
    (r"乜嘢", "什么"), (r"点解", "为啥"), (r"搞掂", "搞定"), (r"呢个", "这个"), (r"转落", "转到"), (r"存落", "存到"),
    (r"打返", "打回"), (r"晚晚", "夜夜"), (r"钟数", "钟点"), (r"一齐", "一起"),
    (r"晓得", "知道"), (r"屋头|屋企", "家里"), (r"莫得", "没有"), (r"啥子", "什么"), (r"咋个", "怎么"),
    (r"话事", "做主"), (r"执笠", "倒闭"), (r"正信", "征信"), (r"(?<=[程话有在])[路鹿露陆]音", "录音"),
    (r"自个儿", "自己 "), (r"自个", "自己"), (r"额们|俺们", "我们"), (r"阿拉(?=[的都也就会])", "我们"),
    (r"(?<![金余限超总份差定面名配数票降提调税巨款])额(?=[把们说跟给就也都是在不没再可还要让会去来看话这那敢欠的已])", "我"),
    (r"俺", "我"), (r"莫(?=[要慌急怪说走去来跑拖躲想怕管搞整打装扯闹以再跟])", "别"),
    (r"恁(?=[们的家这那就也都要还别不没是咋啥个把给说已被再])", "你"), (r"哋", "们"), (r"佢", "他"), (r"唔", "不"), (r"冇", "没"), (r"嘅", "的"), (r"喺", "在"),
    (r"乜", "啥"), (r"咗", "了"), (r"嚟", "来"), (r"睇", "看"), (r"揾", "找"), (r"[畀俾]", "给"), (r"嗰", "那"), (r"咩", "么"),
    (r"(?<=[快早多少慢好大小])啲", "点"), (r"啲", "些"),
    (r"(?<![关联体派直世维院科水星母谱文济学理工医法])系(?![统列数])", "是"),
))


@lru_cache(maxsize=2048)
def mandarin(text: str) -> str:
    """The text with dialect forms in Mandarin (「我哋唔会夜晚打俾你」→「我们不会夜晚打给你」), length-preserving,
    so every cue class and negation check reads one spelling."""
    out = text
    for pat, rep in _DIALECT:
        out = pat.sub(rep, out)
    return out


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause, split on Chinese and ASCII punctuation."""
    return list(_clause_spans(text))


@lru_cache(maxsize=2048)
def _clause_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans, pos = [], 0
    for m in CLAUSE_SPLIT.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return tuple(spans)


def clauses(text: str) -> list[str]:
    """Split a turn into clauses on Chinese and ASCII punctuation."""
    return [text[a:b] for a, b in clause_spans(text)]


def cn_to_int(s: str) -> int | None:
    """Parse 「8600」「三万」「八千六」「1.5万」「两百」 into an int (None if not a number)."""
    s = s.strip().replace(",", "")
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([万千]?)", s)
    if m:
        return int(float(m.group(1)) * {"": 1, "千": 1000, "万": 10000}[m.group(2)])
    if any(ch not in _DIG and ch not in _UNIT for ch in s):
        return None
    total, section, digit, last_unit = 0, 0, None, 1
    for ch in s:
        if ch in _DIG:
            digit = _DIG[ch]
        else:
            unit = _UNIT[ch]
            if unit == 10000:
                section = (section + (digit or 0)) * unit
                total += section
                section, digit, last_unit = 0, None, unit
                continue
            section += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
    if digit is not None:  # 八千六 → 8600: a trailing digit takes the next smaller unit
        section += digit * (last_unit // 10 if last_unit >= 100 and len(s) > 1 and s[-2] in _UNIT else 1)
    return total + section


def amounts(text: str) -> list[int]:
    """Money amounts in a text: numbers followed by 元/块/块钱, or large bare numbers."""
    out = []
    for m in re.finditer(rf"(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?[万千]?|[{CN_NUM}]{{1,8}})(?:元|块|块钱)", text):
        v = cn_to_int(m.group(1))
        if v:
            out.append(v)
    return out


NEGATORS = re.compile(r"不会|不至于|没有|绝不|绝对不|并不|并没|不是|不要|别|不用|无需|不能|不可以|不得|从不|从来不|也不|不存在|没(?:人|必要)|不需要|不必|禁止|谁说|不该|不应该|犯不着|用不着|哪有|哪是|哪像|怎么会|不可能|千万不|决不|不建议|不提倡|不允许|没法|无权|不打算|不想让|没(?:说|讲|骂|觉得|认为|把(?:您|你)当)")


NOT_NEGATING = re.compile(
    r"没钱|没有钱|不还|没还|不然|还不上|还不起|不了|不接|不配合|不行|不管|要不|不处理|不清楚|不知道|"
    r"别以为|别想|别怪|别逼|别说我|别装|别跟我|不信|不想还|不怕|别给脸|别不识|不识|别废话|别躲|不要以为|不是吓|不是跟你开玩笑|不是开玩笑|"
    r"别让我们|别逼我们|别让我|别逼我|也不想|不想|是不是|别后悔|别怪我|不客气|要不要|不要脸|没脸|没皮|没出息|没良心|没素质|没教养|不是东西|不是人|不像话|没用|不讲|别再拖|没得商量|不好意思|"
    # pressure, not negation: 「别等到有人上门」; A-not-A questions 「能不能」「会不会」 ask, they do not deny
    r"别等到|不要等到|别到时候|能不能|会不会|可不可以|该不该|敢不敢|用不用|需不需要|有没有"
)
NEGATION_WINDOW = 12


def negated(clause: str, start: int, window: int = NEGATION_WINDOW) -> bool:
    """True when a negator precedes position ``start`` closely within the clause (words such
    as 「不还」「没钱」「不然」「别以为」 describe the debt or add pressure; they do not negate
    what follows)."""
    # the match's first character is included: a pattern that starts at 「用」 in 「不用找人借」
    # is still negated by 「不用」 (a lone 「不」「别」 at the start of a match does not count)
    before = NOT_NEGATING.sub("__", clause[:start + 1])[-window - 1:]
    edge = len(before) - 1  # index of the match's first character
    return any(m.end() <= edge or m.start() < edge for m in NEGATORS.finditer(before))


DENIED_AFTER = re.compile(r"^[^。！？!?]{0,14}?(?:谈不上|扯不上|够不上|沾不上|挨不上|不沾边|不会受|不受|没(?:有)?(?:关系|影响)|无关|不影响|不会影响|影响不到|不会牵连|不连带|不株连|是假的|是骗人的|是谣言|不是真的|不存在|不可能)")


def denied_after(text: str, end: int) -> bool:
    """「孩子上学不受影响」「跟您家人没关系」: the claim is denied right after it."""
    return bool(DENIED_AFTER.search(text[end:]))


@dataclass(frozen=True)
class Hit:
    """A matched span: ``evidence`` is the exact clause (words from the turn)."""

    evidence: str
    start: int


def find(pattern: re.Pattern[str], text: str, original: str | None = None, *,
         allow_negated: bool = False, reject: re.Pattern[str] | None = None) -> Hit | None:
    """First clause of ``text`` matching ``pattern`` whose match is not negated (and whose
    clause does not match ``reject``). Evidence is that clause sliced from ``original``."""
    original = text if original is None else original
    for a, b in clause_spans(text):
        clause = text[a:b]
        if reject is not None and reject.search(clause):
            continue
        for m in pattern.finditer(clause):
            if allow_negated or not negated(clause, m.start()):
                return Hit(original[a:b].strip(), a + m.start())
    return None


def strip_quotes(text: str, quoted_ok: str) -> str:
    """Blank out quoted spans 「…」 whose content the other party said (``quoted_ok``)."""
    def repl(m: re.Match[str]) -> str:
        return "＿" * len(m.group(0)) if m.group(1) in quoted_ok else m.group(0)
    return QUOTE.sub(repl, text)


SENTENCE_SPLIT = re.compile(r"[。！？!?\n]+")


@lru_cache(maxsize=256)
def _sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start of each sentence and of each sentence break, computed once per turn text
    (detectors ask for the sentence of every clause, which would otherwise rescan the turn)."""
    marks = [(m.start(), m.end()) for m in SENTENCE_SPLIT.finditer(text)]
    return [e for _, e in marks], [s for s, _ in marks]


def sentence_of(text: str, pos: int) -> str:
    """The sentence (split on 。！？) containing position ``pos``."""
    ends, starts = _sentence_bounds(text)
    i = bisect_left(starts, pos) - 1  # the last break starting before pos
    if i < 0:
        return text[:starts[0] if starts else len(text)]
    if ends[i] > pos:  # pos inside a run of marks
        return text[pos:pos]
    return text[ends[i]:starts[i + 1] if i + 1 < len(starts) else len(text)]


def clear_caches() -> None:
    """Forget the per-text caches (benchmarks time scoring of texts never seen before)."""
    mandarin.cache_clear()
    _clause_spans.cache_clear()
    _sentence_bounds.cache_clear()
