"""The Gradio page, driven over HTTP with gradio_client as a browser would, on the scripted backend."""
from __future__ import annotations

import socket

import pytest
from gradio_client import Client

import app as coach_app
from simulator.data.loader import load_scenarios
from simulator.models.base import ModelInfo
from simulator.models.scripted import ScriptedModel
from simulator.storage import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("app") / "coach.sqlite3")
    info = ModelInfo("scripted", "persona-lines", requested="llamacpp", problem="weights not prepared (test)")
    demo = coach_app.build_app(ScriptedModel(), info, store)
    port = _free_port()
    demo.launch(prevent_thread_lock=True, server_name="127.0.0.1", server_port=port, quiet=True)
    yield f"http://127.0.0.1:{port}/", store
    demo.close()


def _text(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def test_page_lists_every_scenario(served):
    url, _ = served
    ids = [row[1] for row in Client(url, verbose=False).predict(api_name="/scenarios")]
    assert sorted(ids) == sorted(load_scenarios())


def test_practice_a_call_end_to_end(served):
    url, store = served
    client = Client(url, verbose=False)
    scenario = next(s for s in load_scenarios().values() if s.persona)
    chat, brief, summary = client.predict(scenario.id, api_name="/start")
    assert len(chat) == 1 and _text(chat[0]) and scenario.brief in brief and summary == ""

    chat, box, feedback, summary = client.predict("您好，我是华信银行的客服小李，本次通话会录音，请问是本人吗？", chat,
                                                  api_name="/send")
    assert [m["role"] for m in chat[-2:]] == ["user", "assistant"] and _text(chat[-1])
    assert box == ""
    for label in ("共情", "清晰", "谈判", "合规"):
        assert label in feedback

    summary = client.predict(api_name="/end")
    assert "通话总结" in summary and "总分" in summary
    ended = [s for s in store.sessions() if s["status"] == "ended"]
    assert ended and len(store.turns(ended[0]["id"])) == 3


def test_bad_input_is_a_visible_error_and_nothing_is_lost(served):
    url, store = served
    client = Client(url, verbose=False)
    client.predict(next(iter(load_scenarios())), api_name="/start")
    client.predict("您好，请问是本人吗？", [], api_name="/send")
    before = sum(len(store.turns(s["id"])) for s in store.sessions())
    with pytest.raises(Exception, match="请输入"):
        client.predict("   ", [], api_name="/send")
    with pytest.raises(Exception, match="太长"):
        client.predict("好" * 5000, [], api_name="/send")
    after = sum(len(store.turns(s["id"])) for s in store.sessions())
    assert after == before


def test_sending_before_starting_says_what_to_do(served):
    url, _ = served
    with pytest.raises(Exception, match="开始通话"):
        Client(url, verbose=False).predict("喂", [], api_name="/send")


def test_the_page_says_when_the_model_could_not_be_loaded(served):
    url, _ = served
    config = Client(url, verbose=False).config
    texts = " ".join(str(c.get("props", {}).get("value", "")) for c in config["components"])
    assert "weights not prepared" in texts and "scripted" in texts
