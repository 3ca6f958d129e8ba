"""The command line as a user runs it: `python -m simulator …` (in-process through main())."""
from __future__ import annotations

import json
import sys

import pytest

from simulator import cli
from simulator.data.loader import load_personas, load_scenarios


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["simulator", *args])
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code or 0
    out, err = capsys.readouterr()
    return code, out, err


def test_personas_json_lists_personas_and_scenarios(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "personas", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["id"] for r in rows} == set(load_personas()) | set(load_scenarios())
    assert all({"id", "name", "kind", "difficulty"} <= set(r) for r in rows)


def _script(tmp_path, turns) -> str:
    path = tmp_path / "script.json"
    path.write_text(json.dumps({"turns": turns}, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_play_prints_each_turn_and_the_outcome(monkeypatch, capsys, tmp_path):
    persona = next(p for p in load_personas().values() if p.kind == "debtor")
    script = _script(tmp_path, [f"您好，我是{persona.debt.lender}的小李，请问是{persona.debt.debtor_name}本人吗？",
                                "我们可以分期，您看这周五先通过官方App还一部分可以吗？"])
    code, out, _ = run(monkeypatch, capsys, "play", "--persona", persona.id, "--script", script,
                       "--backend", "scripted", "--seed", "4", "--json")
    result = json.loads(out)
    assert code == 0 and result["persona"] == persona.id and result["backend"].startswith("scripted")
    assert len(result["turns"]) == 2
    for turn in result["turns"]:
        assert {"collector", "debtor", "intent", "state", "fallback"} <= set(turn) and turn["debtor"]
    assert "kind" in result["outcome"]
    # the same seed replays the same debtor
    code2, out2, _ = run(monkeypatch, capsys, "play", "--persona", persona.id, "--script", script,
                         "--backend", "scripted", "--seed", "4", "--json")
    assert json.loads(out2)["turns"] == result["turns"]


def test_play_unknown_persona_suggests(monkeypatch, capsys, tmp_path):
    some = next(iter(load_personas()))
    code, _, err = run(monkeypatch, capsys, "play", "--persona", some + "x", "--script",
                       _script(tmp_path, ["喂"]), "--backend", "scripted")
    assert code == 2 and "did you mean" in err and some in err


@pytest.mark.parametrize("content,needle", [("{not json", "not valid JSON"), ('{"turns": []}', "at least one"),
                                            ('{"lines": ["a"]}', "turns")])
def test_play_bad_script_is_a_clear_error(monkeypatch, capsys, tmp_path, content, needle):
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, "play", "--persona", next(iter(load_personas())), "--script", str(path))
    assert code == 2 and needle in err and str(path) in err


def test_play_save_then_sessions_and_export(monkeypatch, capsys, tmp_path):
    persona = next(iter(load_personas()))
    code, out, _ = run(monkeypatch, capsys, "play", "--persona", persona, "--script", _script(tmp_path, ["您好"]),
                       "--backend", "scripted", "--json", "--save")
    session_id = json.loads(out)["session"]
    code, out, _ = run(monkeypatch, capsys, "sessions", "--json")
    assert code == 0 and session_id in {s["id"] for s in json.loads(out)}
    code, out, _ = run(monkeypatch, capsys, "export", session_id)
    transcript = json.loads(out.strip())
    assert transcript["id"] == session_id and transcript["turns"][1] == {"speaker": "collector", "text": "您好"}


def test_score_a_transcript_file(monkeypatch, capsys, tmp_path):
    path = tmp_path / "call.json"
    path.write_text(json.dumps({"id": "t1", "called_at": "2026-03-12T14:05:00+08:00", "turns": [
        {"speaker": "debtor", "text": "喂？"},
        {"speaker": "collector", "text": "你这个老赖，赶紧还钱！"},
    ]}, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(monkeypatch, capsys, "score", str(path), "--json")
    result = json.loads(out.strip().splitlines()[0])
    assert code == 0 and result["id"] == "t1" and result["turns"][0]["index"] == 1
    assert "insult" in {v["rule"] for v in result["turns"][0]["violations"]}
    assert result["session"]["passed"] is False


def test_score_unknown_speaker_exits_non_zero(monkeypatch, capsys, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "x", "turns": [{"speaker": "agent", "text": "hi"}]}), encoding="utf-8")
    code, _, err = run(monkeypatch, capsys, "score", str(path), "--json")
    assert code != 0 and "agent" in err and "collector" in err
