"""Rubric validation: every id present, weights sum to 1, unknown fields refused, clear errors."""
from __future__ import annotations

import copy

import pytest
import yaml

from simulator.data.rubric_schema import CONDUCT_IDS, RUBRIC_DIR, VIOLATION_IDS, RubricError, load_rubric, rubric_from_file


@pytest.fixture
def data():
    return yaml.safe_load((RUBRIC_DIR / "collection-zh.yaml").read_text(encoding="utf-8"))


def _write(tmp_path, data):
    p = tmp_path / "collection-zh.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return p


def test_default_rubric_is_complete():
    r = load_rubric()
    assert r.ref == "collection-zh@1.5.0"
    assert set(r.violations) == set(VIOLATION_IDS) and set(r.conduct) == set(CONDUCT_IDS)
    for v in r.violations.values():
        assert v.better and v.examples and all(s in r.sources for s in v.sources)
    assert [r.to_label(x) for x in (0, 33, 34, 66, 67, 100, None)] == [0, 0, 1, 1, 2, 2, None]


def test_unknown_rubric_suggests(tmp_path):
    with pytest.raises(RubricError, match="did you mean 'collection-zh'"):
        load_rubric("colection-zh")


def test_missing_violation_id(tmp_path, data):
    del data["violations"]["threat"]
    with pytest.raises(RubricError) as e:
        rubric_from_file(_write(tmp_path, data))
    assert "collection-zh.yaml" in str(e.value) and "violations.threat is missing; add an entry" in str(e.value)


def test_weights_must_sum_to_one(tmp_path, data):
    data["dimensions"]["empathy"]["weight"] = 0.5
    with pytest.raises(RubricError, match="weight sum to 1.3; make them sum to 1"):
        rubric_from_file(_write(tmp_path, data))


def test_unknown_field_and_source(tmp_path, data):
    d = copy.deepcopy(data)
    d["violations"]["insult"]["severty"] = "major"
    with pytest.raises(RubricError, match=r"violations.insult.severty is not a known field"):
        rubric_from_file(_write(tmp_path, d))
    d = copy.deepcopy(data)
    d["violations"]["insult"]["sources"] = ["gbt"]
    with pytest.raises(RubricError, match="names 'gbt', not in sources"):
        rubric_from_file(_write(tmp_path, d))


def test_misspelt_id_gets_suggestion(tmp_path, data):
    data["violations"]["threats"] = data["violations"].pop("threat")
    with pytest.raises(RubricError, match="violations.threats is not a known id; did you mean 'threat'"):
        rubric_from_file(_write(tmp_path, data))


def test_clarity_penalty_is_bounded_and_named(tmp_path, data):
    data["violations"]["insult"]["clarity_penalty"] = 80
    with pytest.raises(RubricError) as e:
        rubric_from_file(_write(tmp_path, data))
    assert "violations.insult.clarity_penalty" in str(e.value) and "60" in str(e.value)


def test_clarity_penalty_comes_from_the_rubric(tmp_path, data):
    from simulator.scoring import Scorer
    turns = [{"speaker": "collector", "text": "您好，我是华信银行信用卡中心的小王，请问是张伟先生本人吗？"},
             {"speaker": "debtor", "text": "对，我就是张伟。"},
             {"speaker": "collector", "text": "你这个老赖，欠的9,600元今天必须通过华信银行App还上。"}]
    light = copy.deepcopy(data)
    light["violations"]["insult"]["clarity_penalty"] = 0
    heavy = copy.deepcopy(data)
    heavy["violations"]["insult"]["clarity_penalty"] = 40
    scores = [Scorer(rubric_from_file(_write(tmp_path, d))).score_turn(turns, 2).scores["clarity"] for d in (light, heavy)]
    assert scores[0] > scores[1]


@pytest.mark.parametrize("plateau, message", [
    ({"clarity": 60}, r"scoring.full_marks_from.clarity is 60; it must lie in the top band, above label_bands' 67"),
    ({"clarity": 101}, r"scoring.full_marks_from.clarity is 101"),
    ({"clarty": 85}, r"scoring.full_marks_from.clarty is not a graded dimension; use one of"),
    ({"compliance": 85}, r"scoring.full_marks_from.compliance is not a graded dimension"),
])
def test_the_rubric_refuses_a_plateau_that_cannot_work(tmp_path, data, plateau, message):
    d = copy.deepcopy(data)
    d["scoring"]["full_marks_from"] = plateau
    with pytest.raises(RubricError, match=message) as e:
        rubric_from_file(_write(tmp_path, d))
    assert "collection-zh.yaml" in str(e.value)
