"""Transcript loading: formats, streaming, and errors that name file, line, field and fix."""
from __future__ import annotations

import json

import pytest

from simulator.transcript import Transcript, TranscriptError, load_transcripts, parse_transcript

GOOD = {"id": "t1", "called_at": "2026-03-12T14:05:00+08:00",
        "turns": [{"speaker": "collector", "text": "您好"}, {"speaker": "debtor", "text": "喂"}]}


def test_json_file_and_offset_kept(tmp_path):
    p = tmp_path / "one.json"
    p.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    [t] = list(load_transcripts(p))
    assert isinstance(t, Transcript) and t.id == "t1"
    assert t.called_at.hour == 14 and t.called_at.utcoffset().total_seconds() == 8 * 3600


def test_jsonl_and_folder_streamed_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps({**GOOD, "id": f"a{i}"}) for i in range(3)), encoding="utf-8")
    (tmp_path / "sub" / "b.json").write_text(json.dumps({**GOOD, "id": "b"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    it = load_transcripts(tmp_path)
    assert next(it).id == "a0"  # a generator: nothing else read yet
    assert [t.id for t in it] == ["a1", "a2", "b"]


def test_corpus_labels_and_note_are_accepted():
    data = {**GOOD, "note": "x", "labels": {"missing": [], "passed": True},
            "authorised": {"late_fee_waiver_max": 200},
            "turns": [{"speaker": "collector", "text": "您好", "labels": {"violations": []}}]}
    t = parse_transcript(data)
    assert t.authorised.late_fee_waiver_max == 200 and t.turns[0].labels == {"violations": []}


def test_unknown_speaker_names_line_field_and_fix(tmp_path):
    bad = {**GOOD, "turns": GOOD["turns"] + [{"speaker": "debtor", "text": "a"}, {"speaker": "agent", "text": "b"}]}
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps(GOOD) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(TranscriptError) as e:
        list(load_transcripts(p))
    msg = str(e.value)
    assert f"{p}:2" in msg and "turns[3].speaker is 'agent'; use 'collector' or 'debtor'" in msg


def test_empty_turns_and_missing_field(tmp_path):
    with pytest.raises(TranscriptError, match="turns is empty"):
        parse_transcript({**GOOD, "turns": []})
    with pytest.raises(TranscriptError, match="id is missing; add it"):
        parse_transcript({k: v for k, v in GOOD.items() if k != "id"})
    with pytest.raises(TranscriptError, match="not a known field"):
        parse_transcript({**GOOD, "speakr": 1})


def test_bad_json_reports_line_and_column(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{\n  "id": "x",\n  "turns": [\n}', encoding="utf-8")
    with pytest.raises(TranscriptError) as e:
        list(load_transcripts(p))
    assert "bad JSON at line 4 column" in str(e.value) and str(p) in str(e.value)


def test_on_error_continues_after_bad_line(tmp_path):
    p = tmp_path / "mix.jsonl"
    p.write_text(json.dumps(GOOD) + "\n{oops\n" + json.dumps({**GOOD, "id": "t3"}) + "\n", encoding="utf-8")
    errors = []
    ids = [t.id for t in load_transcripts(p, on_error=errors.append)]
    assert ids == ["t1", "t3"] and len(errors) == 1 and errors[0].line == 2
