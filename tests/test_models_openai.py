"""OpenAI-compatible client against a stub server started on 127.0.0.1 in the test."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from simulator.models import registry
from simulator.models.base import ModelUnavailable, Prompt
from simulator.models.openai_backend import OpenAIModel

PIECES = ["你们", "这是", "威胁", "！\n", "催收员：不该出现"]


class Stub(BaseHTTPRequestHandler):
    requests: list = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        body = json.dumps({"data": [{"id": "stub-model"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        Stub.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        if body.get("model") == "broken":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"model exploded")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        chat = self.path.endswith("/chat/completions")
        for piece in PIECES:
            choice = {"delta": {"content": piece}} if chat else {"text": piece}
            self.wfile.write(f"data: {json.dumps({'choices': [choice]}, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()
    srv.server_close()


@pytest.fixture(autouse=True)
def clean(monkeypatch):
    Stub.requests.clear()
    monkeypatch.delenv("COACH_OPENAI_API_KEY", raising=False)
    registry.unload_all()


PROMPT = Prompt(text="……\n王强：", messages=({"role": "user", "content": "说一句"},), stop=("\n", "催收员："),
                max_new_tokens=40, temperature=0.5)


def test_completions_stream_and_stop(server):
    m = OpenAIModel(server, "stub-model")
    pieces = list(m.stream(PROMPT, seed=3))
    assert "".join(pieces) == "你们这是威胁！" and len(pieces) >= 3
    req = Stub.requests[-1]
    assert req["path"] == "/v1/completions"
    assert req["body"]["prompt"] == PROMPT.text and req["body"]["stream"] is True
    assert req["body"]["max_tokens"] == 40 and req["body"]["stop"] == ["\n", "催收员："] and req["body"]["seed"] == 3
    assert req["auth"] is None


def test_chat_mode_sends_messages_and_the_api_key(server, monkeypatch):
    monkeypatch.setenv("COACH_OPENAI_API_KEY", "sk-test")
    m = OpenAIModel(server, "stub-model", chat=True)
    assert "".join(m.stream(PROMPT)) == "你们这是威胁！"
    req = Stub.requests[-1]
    assert req["path"] == "/v1/chat/completions" and req["body"]["messages"] == list(PROMPT.messages)
    assert req["auth"] == "Bearer sk-test"


def test_http_error_is_model_unavailable(server):
    with pytest.raises(ModelUnavailable, match="HTTP 500.*model exploded"):
        list(OpenAIModel(server, "broken").stream(PROMPT))


def test_connection_refused_is_model_unavailable():
    m = OpenAIModel("http://127.0.0.1:9/v1", "x", connect_timeout=1)
    with pytest.raises(ModelUnavailable, match="Cannot reach .*127.0.0.1:9"):
        list(m.stream(PROMPT))
    with pytest.raises(ModelUnavailable):
        m.check()


def test_registry_loads_openai_spec(server):
    model, info = registry.load_model(f"openai:{server}@stub-model")
    assert info.problem == "" and info.backend == "openai" and info.model_id == "stub-model"
    assert "".join(model.stream(PROMPT)) == "你们这是威胁！"
    model, info = registry.load_model(f"openai-chat:{server}@stub-model")
    assert model.chat is True
