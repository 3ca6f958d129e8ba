"""Full marks in the top band (``scoring.full_marks_from``): the mapping keeps order and bands,
the scorer applies it to the final score (the rubric's checks of the field are in
``test_scoring_rubric.py``), and the benchmark that derives it picks the score from which the top band is pure."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from simulator.data.rubric_schema import load_rubric
from simulator.scoring import Scorer, learned
from simulator.scoring.dimensions import DimScore
from simulator.scoring.scorer import _nudged

ROOT = Path(__file__).resolve().parents[1]


def _rubric_with(plateau: dict[str, int]):
    r = load_rubric()
    return r.model_copy(update={"scoring": r.scoring.model_copy(update={"full_marks_from": plateau})})


def test_full_marks_keep_order_and_bands():
    r = _rubric_with({"clarity": 82})
    hi = r.scoring.label_bands[1]
    mapped = [r.full_marks("clarity", s) for s in range(0, 101)]
    assert mapped[:hi] == list(range(0, hi))  # below the top band nothing moves
    assert all(a <= b for a, b in zip(mapped, mapped[1:]))  # order kept (ties only at the top)
    assert all(r.to_label(m) == r.to_label(s) for s, m in enumerate(mapped))  # bands kept
    assert mapped[82:] == [100] * 19 and mapped[hi] == hi and hi < mapped[81] < 100
    assert len(set(mapped[hi:82])) == 82 - hi  # the stretched part keeps every step apart


def test_a_dimension_without_a_plateau_and_a_null_score_are_left_alone():
    r = _rubric_with({"clarity": 82})
    assert r.full_marks("empathy", 90) == 90 and r.full_marks("clarity", None) is None


def test_the_scorer_gives_full_marks_to_a_turn_surely_clear(monkeypatch):
    monkeypatch.setattr(learned, "predict", lambda text, dimension="clarity": 2.0)
    clear = DimScore(88, "表达完整清楚，有具体金额或日期。")
    text = "您这期4,500元，周五前在App还。"
    assert _nudged("clarity", clear, text, _rubric_with({"clarity": 82})).score == 100
    without = _nudged("clarity", clear, text, _rubric_with({}))
    assert 82 <= without.score < 100
    # a turn the rules found lacking does not reach full marks even when the model likes it
    terse = DimScore(45, "太简略。", "vague")
    lifted = _nudged("clarity", terse, "好。", _rubric_with({"clarity": 82}))
    assert 67 <= lifted.score < 100 and f"到{lifted.score}分" in lifted.reason


def test_scored_turns_show_the_plateau_of_the_shipped_rubric():
    r = Scorer().rubric
    turns = [{"speaker": "collector", "text": "您好，我是华信银行信用卡中心的小王，工号3021，本次通话录音。请问是张伟先生本人吗？"},
             {"speaker": "debtor", "text": "对，我就是张伟。"},
             {"speaker": "collector", "text": "张先生，您这期信用卡账单4,500元，已经逾期12天了，这周五前在华信银行App上还款就可以，您看方便吗？"}]
    score = Scorer().score_turn(turns, 2).scores["clarity"]
    start = r.scoring.full_marks_from.get("clarity")
    assert start is not None and r.to_label(score) == 2
    assert score == 100 or score < 100 and r.full_marks("clarity", score) == score


def _benchmark():
    spec = importlib.util.spec_from_file_location("full_marks", ROOT / "benchmarks" / "full_marks.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["full_marks"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_folds_are_stable_and_cover_every_call():
    fm = _benchmark()
    ids = [f"x-{i:03d}" for i in range(200)]
    folds = [fm.fold_of(i, 5) for i in ids]
    assert folds == [fm.fold_of(i, 5) for i in ids] and set(folds) == set(range(5))


def test_benchmark_suggests_where_the_top_band_turns_pure():
    fm = _benchmark()
    # below 80 three 1s and a 2 at every score; from 80 on all but one in fifty are 2s
    pairs = [(label, s, "x-1") for s in range(67, 80) for label in (1, 1, 1, 2)]
    pairs += [(2, 80 + i % 20, "x-1") for i in range(49)] + [(1, 99, "x-1")]
    assert fm.suggest(pairs, 67, 0.95) == 80
    assert fm.purity_from(pairs, 80) == (49 / 50, 50)
    assert fm.suggest([(1, 100, "x-1"), (2, 99, "x-1")], 67, 0.95) is None  # never pure: no plateau
    assert fm.spearman(pairs, lambda s: 100 if s >= 80 else s) > fm.spearman(pairs, lambda s: s)
