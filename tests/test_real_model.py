"""End to end with the real Qwen2.5 1.5B GGUF through llama.cpp (marker ``real_model``).

Skipped with a reason when llama-cpp-python or the prepared weights are absent; prepare them
with ``python -m simulator.models.prepare``. Run with ``pytest -m real_model``.
"""
from __future__ import annotations

import importlib.util
import re
import time

import pytest

from simulator.models import prepare
from simulator.models.base import Prompt

pytestmark = pytest.mark.real_model

MODEL = "qwen2.5-1.5b"

PERSONA = (
    "以下是一通信用卡催收电话的文字记录。接电话的是王强。\n"
    "王强，男，38岁，个体户，信用卡欠款人民币12,600元，已逾期95天。最近生意不好，手头紧，对催收电话很反感，说话冲。\n"
    "王强平时说话的样子：\n王强：我知道，最近手头紧，你们别老打电话。\n\n电话记录：\n王强：喂，谁啊？\n"
)


def prompt(line: str, mood: str, intent: str) -> Prompt:
    return Prompt(
        text=f"{PERSONA}催收员：{line}\n（王强此刻的情绪：{mood}；他接下来要：{intent}）\n王强：",
        stop=("\n", "催收员：", "王强："), max_new_tokens=48, temperature=0.7,
    )


@pytest.fixture(scope="module")
def model():
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (pip install llama-cpp-python==0.3.36)")
    if not prepare.is_prepared(MODEL, "llamacpp"):
        pytest.skip(f"real weights not prepared at {prepare.gguf_path(MODEL)}: run `python -m simulator.models.prepare`")
    from simulator.models.registry import load_model

    m, info = load_model(f"llamacpp:{MODEL}", strict=True, reuse=False)
    return m


def timed(m, p: Prompt) -> tuple[str, float, float, int]:
    t0 = time.perf_counter()
    first = None
    pieces = []
    for piece in m.stream(p, seed=1):
        first = first if first is not None else time.perf_counter() - t0
        pieces.append(piece)
    return "".join(pieces), first or 0.0, time.perf_counter() - t0, len(pieces)


def test_streams_a_short_chinese_line(model):
    text, ttft, total, n = timed(model, prompt("您今天必须还清全部欠款，否则我们会上门找您。", "愤怒", "斥责对方威胁人，说要投诉"))
    assert n >= 2, "expected a streamed reply in several pieces"
    assert text.strip() and "\n" not in text
    assert len(text) <= 80
    assert re.search(r"[\u4e00-\u9fff]", text), f"expected Chinese, got {text!r}"
    assert "催收员：" not in text


def test_second_turn_reuses_the_persona_prefix(model):
    first = prompt("王先生，您的信用卡已经逾期95天了。", "烦躁", "说最近生意不好，手头紧")
    model.llm.reset()  # forget earlier tests: this turn is cold
    _, cold_ttft, _, _ = timed(model, first)
    cold_tokens = model.last_prompt_tokens
    assert model.last_reused_tokens == 0
    second = prompt("不还的话我们就通知您的家人和单位。", "愤怒", "警告对方不许骚扰家人")
    text, ttft, total, _ = timed(model, second)
    assert text.strip()
    assert model.last_reused_tokens >= len(model.llm.tokenize(PERSONA.encode(), add_bos=False)) - 2
    assert model.last_reused_tokens > 0.6 * cold_tokens
    # Timing is noisy on a shared 2-core box; the cached turn must still not be slower.
    assert ttft < cold_ttft * 1.2 + 0.2, f"cached-prefix TTFT {ttft:.2f}s vs cold {cold_ttft:.2f}s"
