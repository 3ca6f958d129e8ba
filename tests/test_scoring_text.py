"""The shared text helpers every detector reads through: the dialect map and negation."""
import pytest

from simulator.scoring import Scorer
from simulator.scoring.text import mandarin, negated


@pytest.mark.parametrize("dialect, plain", [
    ("我哋唔会夜晚打俾你", "我们不会夜晚打给你"),
    ("额就是张三", "我就是张三"),
    ("系我，我喺铺头", "是我，我在铺头"),
    ("你屋头晓得不", "你家里知道不"),
    ("快啲还啲钱", "快点还些钱"),
    ("恁那笔钱莫拖了", "你那笔钱别拖了"),
    ("逾期上了正信，全程路音", "逾期上了征信，全程录音"),
    ("我话事，档口执笠都唔关事", "我做主，档口倒闭都不关事"),
])
def test_dialect_forms_read_as_mandarin(dialect, plain):
    assert mandarin(dialect) == plain


@pytest.mark.parametrize("word", ["降额", "金额是", "额度", "关系", "联系", "系统", "中文系", "莫名其妙", "莫非", "恁大", "道路音响"])
def test_words_that_only_look_dialect_stay(word):
    assert mandarin(word) == word


def test_dialect_map_keeps_length_so_evidence_still_quotes_the_turn():
    turn = "你唔还就唔好怪我哋，你几点收铺、行边条路返屋企，我哋都清楚，自个儿睇住办"
    assert len(mandarin(turn)) == len(turn)


@pytest.mark.parametrize("clause, word", [
    ("你能不能今天先还一部分", "今天"),
    ("会不会影响征信我跟您说清楚", "影响"),
    ("你最好识做点，不要等到有人在你门口守住", "有人"),
    ("别等到我们上门", "上门"),
])
def test_questions_and_warnings_are_not_negation(clause, word):
    assert not negated(clause, clause.index(word))


@pytest.mark.parametrize("clause, word", [("我们不会上门", "上门"), ("不能保证今天就减免", "减免"), ("别担心，没有人会去你单位", "去你单位")])
def test_real_negation_still_counts(clause, word):
    assert negated(clause, clause.index(word))



@pytest.mark.parametrize("line", ["你就是个骗子，借钱的时候说得好听，现在装死。", "骗子！借了钱就玩失踪，你还要不要点脸。"])
def test_calling_the_debtor_a_cheat_is_an_insult(line):
    from tests.test_scoring_compliance import C, rules
    assert "insult" in rules(Scorer(), [(C, line)])


@pytest.mark.parametrize("line", ["那个肯定是骗子，我们银行不会让您转到任何个人账户。",
                                  "饭馆倒了是生意上的坎儿，不是人品的问题，谁也没说您是骗子。"])
def test_scam_talk_and_denials_are_not_insults(line):
    from tests.test_scoring_compliance import C, rules
    assert "insult" not in rules(Scorer(), [(C, line)])


def test_i_tell_you_is_not_reporting_the_debtors_words():
    from tests.test_scoring_compliance import C, rules
    assert "false-legal-claim" in rules(Scorer(), [(C, "我跟你说，你已经被法院列成限高了，高铁飞机都坐不了。")])
    assert "false-legal-claim" not in rules(Scorer(), [(C, "你说你已经被法院列成限高了？没有这回事，我们没有起诉。")])


def test_pauses_closed_quotes_the_turn_as_spoken():
    from simulator.scoring.detect_base import TurnText, on_original, pauses_closed
    from simulator.scoring.text import Hit, normalise
    spoken = "明天 我 就把 你欠钱的事 发给 你微信 好友"
    t = TurnText(norm=normalise(spoken), orig=spoken, state=None, ctx=None, first=False, later_debtor="")
    closed, keep = pauses_closed(t)
    assert closed.orig == "明天我就把你欠钱的事发给你微信好友" and len(keep) == len(closed.orig)
    found = on_original(t, keep, Hit("你欠钱的事发给你微信好友", 5))
    assert found.evidence == "你欠钱的事 发给 你微信 好友" and spoken[found.start:].startswith(found.evidence)
    assert on_original(t, keep, Hit("没有这句话", 0)) is None
    plain = TurnText(norm="您好，请问是王强吗？", orig="您好，请问是王强吗？", state=None, ctx=None, first=True, later_debtor="")
    assert pauses_closed(plain) is None
