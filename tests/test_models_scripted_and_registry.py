"""Scripted backend and the one setting (`load_model`): spec parsing, "did you mean",
and the fallback to scripted lines with a plain problem message. No weights needed."""
from __future__ import annotations

import logging

import pytest

from simulator.models import registry
from simulator.models.base import ChatModel, ModelUnavailable, Prompt
from simulator.models.registry import Spec, SpecError, list_backends, load_model, parse_spec
from simulator.models.scripted import ScriptedModel


@pytest.fixture(autouse=True)
def empty_home(tmp_path, monkeypatch):
    """No prepared weights, no env override, no models shared between tests."""
    monkeypatch.setenv("COACH_HOME", str(tmp_path))
    monkeypatch.delenv("COACH_BACKEND", raising=False)
    registry.unload_all()
    yield tmp_path
    registry.unload_all()


def test_scripted_streams_the_reference_then_enqueued_replies():
    m = ScriptedModel(chunk=2)
    assert isinstance(m, ChatModel)
    p = Prompt(text="…王强：", reference="你们别老打电话。")
    pieces = list(m.stream(p))
    assert "".join(pieces) == "你们别老打电话。" and len(pieces) > 1
    m.enqueue("我是银行的。")
    assert "".join(m.stream(p)) == "我是银行的。"
    assert m.prompts == [p, p]


@pytest.mark.parametrize("spec, expected", [
    ("scripted", Spec("scripted")),
    ("llamacpp", Spec("llamacpp", "qwen2.5-1.5b")),
    ("llamacpp:qwen2.5-0.5b", Spec("llamacpp", "qwen2.5-0.5b")),
    ("llamacpp:/models/x.gguf", Spec("llamacpp", "/models/x.gguf")),
    (" LlamaCpp : qwen2.5-1.5b ", Spec("llamacpp", "qwen2.5-1.5b")),
    ("transformers", Spec("transformers", "qwen2.5-1.5b")),
    ("transformers:/data/hf-folder", Spec("transformers", "/data/hf-folder")),
    ("transformers:Qwen/Qwen2.5-1.5B-Instruct", Spec("transformers", "Qwen/Qwen2.5-1.5B-Instruct")),
    ("openai:http://127.0.0.1:8000/v1@qwen", Spec("openai", "http://127.0.0.1:8000/v1", "qwen")),
    ("openai-chat:https://api.example.com/v1@gpt-x", Spec("openai-chat", "https://api.example.com/v1", "gpt-x")),
])
def test_parse_spec(spec, expected):
    assert parse_spec(spec) == expected


@pytest.mark.parametrize("spec, hint", [
    ("llamcpp", "Did you mean 'llamacpp'"),
    ("transformer:qwen2.5-1.5b", "Did you mean 'transformers'"),
    ("llamacpp:qwen2.5-1.5", "Did you mean 'qwen2.5-1.5b'"),
    ("transformers:qwen2.5-05b", "Did you mean 'qwen2.5-0.5b'"),
    ("openai:http://127.0.0.1:8000/v1", "openai:BASE_URL@MODEL"),
    ("", "Empty backend spec"),
])
def test_bad_specs_say_what_to_write(spec, hint):
    with pytest.raises(SpecError, match=hint):
        parse_spec(spec)


def test_spec_round_trips_to_a_string():
    for s in ("scripted", "llamacpp:qwen2.5-0.5b", "openai:http://h:1/v1@m"):
        assert str(parse_spec(s)) == s


def test_scripted_loads_without_problem():
    model, info = load_model("scripted")
    assert isinstance(model, ScriptedModel)
    assert (info.backend, info.problem, info.requested) == ("scripted", "", "scripted")


def test_missing_weights_fall_back_to_scripted_with_the_fix(caplog):
    caplog.set_level(logging.WARNING)
    model, info = load_model("llamacpp:qwen2.5-1.5b")
    assert isinstance(model, ScriptedModel)
    assert info.backend == "scripted" and info.requested == "llamacpp:qwen2.5-1.5b"
    assert "python -m simulator.models.prepare" in info.problem
    assert "python -m simulator.models.prepare" in caplog.text


def test_default_comes_from_env_then_constant(monkeypatch):
    _, info = load_model()
    assert info.requested == registry.DEFAULT_SPEC == "llamacpp:qwen2.5-1.5b"
    monkeypatch.setenv("COACH_BACKEND", "scripted")
    _, info = load_model()
    assert info.requested == "scripted" and info.problem == ""


def test_transformers_without_prepared_copy_says_for_transformers():
    model, info = load_model("transformers:qwen2.5-0.5b")
    assert isinstance(model, ScriptedModel)
    assert "--for transformers" in info.problem


def test_typo_falls_back_with_did_you_mean():
    model, info = load_model("llamcpp")
    assert isinstance(model, ScriptedModel) and "Did you mean 'llamacpp'" in info.problem


def test_missing_gguf_path_and_unreachable_server_fall_back(tmp_path):
    _, info = load_model(f"llamacpp:{tmp_path / 'nope.gguf'}")
    assert info.backend == "scripted" and info.problem
    _, info = load_model("openai:http://127.0.0.1:9/v1@m")  # port 9: nothing listens
    assert info.backend == "scripted" and "Cannot reach" in info.problem


def test_strict_raises():
    with pytest.raises(ModelUnavailable, match="prepare"):
        load_model("llamacpp", strict=True)


def test_list_backends_reports_readiness():
    by_name = {b.name: b for b in list_backends()}
    assert set(by_name) == set(registry.BACKENDS)
    assert by_name["scripted"].ready_specs == ("scripted",)
    assert by_name["llamacpp"].ready_specs == ()  # empty COACH_HOME
    assert by_name["llamacpp"].hint
