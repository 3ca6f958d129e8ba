"""The ``score`` and ``calibrate`` commands through CliRunner on a throwaway Typer app."""
from __future__ import annotations

import csv
import json

import pytest
import typer
from typer.testing import CliRunner

from simulator.scoring.commands import register

GOOD = {"id": "g1", "called_at": "2026-03-12T14:05:00+08:00", "turns": [
    {"speaker": "collector", "text": "您好，我是华信银行的小王，工号3021，请问是张伟先生本人吗？"},
    {"speaker": "debtor", "text": "对，我就是张伟。"},
    {"speaker": "collector", "text": "你去网贷借一笔先还上，欠款8600元。"}]}


@pytest.fixture
def app():
    a = typer.Typer()
    register(a)
    return a


@pytest.fixture
def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always separates stderr
        return CliRunner()


def test_score_json_and_csv(app, runner, tmp_path):
    f = tmp_path / "one.json"
    f.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    out_csv = tmp_path / "turns.csv"
    r = runner.invoke(app, ["score", str(f), "--json", "--csv", str(out_csv)])
    assert r.exit_code == 0, r.stderr
    [line] = r.stdout.strip().splitlines()
    res = json.loads(line)
    assert res["id"] == "g1" and res["turns"][1]["violations"][0]["rule"] == "borrow-to-repay"
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [row["index"] for row in rows] == ["0", "2"] and rows[1]["violations"] == "borrow-to-repay"
    assert "pass rate" in r.stderr and "borrow-to-repay" in r.stderr


def test_folder_with_bad_file_continues_and_fails(app, runner, tmp_path):
    for i in range(3):
        (tmp_path / f"c{i}.json").write_text(json.dumps({**GOOD, "id": f"c{i}"}), encoding="utf-8")
    bad = dict(GOOD, id="bad", turns=[{"speaker": "agent", "text": "hi"}])
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.jsonl").write_text(json.dumps(GOOD) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["score", str(tmp_path), "--json"])
    assert r.exit_code == 1
    assert f"{tmp_path / 'sub' / 'bad.jsonl'}:2" in r.stderr and "use 'collector' or 'debtor'" in r.stderr
    assert len(r.stdout.strip().splitlines()) == 4  # the good ones are all scored


def test_workers_give_same_results(app, runner, tmp_path):
    for i in range(6):
        (tmp_path / f"c{i}.json").write_text(json.dumps({**GOOD, "id": f"c{i}"}), encoding="utf-8")
    one = runner.invoke(app, ["score", str(tmp_path), "--json"])
    two = runner.invoke(app, ["score", str(tmp_path), "--json", "--workers", "2"])
    assert one.exit_code == two.exit_code == 0 and one.stdout == two.stdout


def test_unknown_rubric_and_missing_path(app, runner, tmp_path):
    f = tmp_path / "one.json"
    f.write_text(json.dumps(GOOD), encoding="utf-8")
    r = runner.invoke(app, ["score", str(f), "--rubric", "colection-zh"])
    assert r.exit_code == 2 and "did you mean 'collection-zh'" in r.stderr and r.stdout == ""
    r = runner.invoke(app, ["score", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_calibrate_on_a_small_corpus(app, runner, tmp_path):
    rec = dict(GOOD, turns=[
        dict(GOOD["turns"][0], labels={"violations": [], "empathy": None, "clarity": 2, "negotiation": None}),
        GOOD["turns"][1],
        dict(GOOD["turns"][2], labels={"violations": ["borrow-to-repay"], "empathy": None, "clarity": 1, "negotiation": 0})],
        labels={"missing": ["recording-notice"], "passed": False})
    rec2 = dict(rec, id="g2", called_at="2026-03-12T23:05:00+08:00")
    (tmp_path / "test.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (rec, rec2)), encoding="utf-8")
    r = runner.invoke(app, ["calibrate", "--split", "test", "--json", "--corpus", str(tmp_path)])
    assert r.exit_code == 0, r.stderr
    res = json.loads(r.stdout)
    per = res["violations"]["per_rule"]
    assert per["borrow-to-repay"]["tp"] == 2 and per["harassment"]["fp"] == 1  # 23:05 read as local time
    assert res["clean"]["predicted_clean"] == 1 and res["latency_ms"]["p95"] > 0
    r = runner.invoke(app, ["calibrate", "--split", "nope", "--corpus", str(tmp_path)])
    assert r.exit_code == 2 and "not found" in r.stderr


def test_calibrate_ids_prefix(app, runner, tmp_path):
    lab = {"violations": [], "empathy": None, "clarity": 2, "negotiation": None}
    recs = [dict(GOOD, id=i, turns=[dict(GOOD["turns"][0], labels=lab), GOOD["turns"][1],
                                     dict(GOOD["turns"][2], labels=dict(lab, violations=["borrow-to-repay"]))],
                 labels={"missing": [], "passed": False}) for i in ("a-001", "c-001", "d-002")]
    (tmp_path / "train.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in recs), encoding="utf-8")
    r = runner.invoke(app, ["calibrate", "--split", "train", "--json", "--corpus", str(tmp_path), "--ids-prefix", "c-,d-"])
    assert r.exit_code == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["calls"] == 2 and res["ids_prefix"] == ["c-", "d-"]
    r = runner.invoke(app, ["calibrate", "--split", "train", "--corpus", str(tmp_path), "--ids-prefix", "z-"])
    assert r.exit_code == 2 and "no calls" in r.stderr
