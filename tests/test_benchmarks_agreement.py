"""The clarity readings kept with the corpus (benchmarks/label_agreement.py) and the held-out
writer benchmark's input checks."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_reading_names_a_labelled_collector_turn_of_its_split():
    agreement = _load("label_agreement")
    readings = agreement.load_readings()
    assert set(readings) == {"train", "test"} and len(readings["test"]) == 637
    for split, read in readings.items():
        calls = {}
        for line in (ROOT / "datasets" / "scoring-corpus" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            call = json.loads(line)
            calls[call["id"]] = call
        for (cid, turn), values in read.items():
            t = calls[cid]["turns"][turn]
            assert t["speaker"] == "collector" and t["labels"]["clarity"] is not None, (split, cid, turn)
            assert len(values) == 2


def test_a_malformed_reading_is_reported_with_its_line(tmp_path):
    agreement = _load("label_agreement")
    bad = tmp_path / "r.jsonl"
    bad.write_text('{"split": "test", "id": "a-001", "turn": 0, "readings": [2, 2]}\n'
                   '{"split": "test", "id": "a-001", "turn": 2, "readings": [3]}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"r\.jsonl:2: readings must be"):
        agreement.load_readings(bad)


def test_holding_out_an_unknown_writer_says_how_to_name_one(tmp_path):
    heldout = _load("heldout_writers")
    with pytest.raises(SystemExit, match="name writers by their id prefix"):
        heldout.train_without(("zz-",), tmp_path)
