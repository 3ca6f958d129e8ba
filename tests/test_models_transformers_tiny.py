"""transformers backend on a tiny randomly initialised Qwen2 built in the test (no hub, no weights).

Checks structure, not text: streaming, stop strings, max tokens, and that reusing the
cached prompt prefix gives exactly the tokens a fresh run gives (greedy).
"""
from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from simulator.models.base import Prompt  # noqa: E402
from simulator.models.transformers_backend import StopTrimmer, TransformersModel, trim_stream  # noqa: E402

CORPUS = [
    "催收员：您好，请问是王强先生吗？我是银行信用卡中心的。\n王强：是我，什么事？",
    "催收员：您的账单已经逾期三个月了，欠款一万二千元。\n王强：我现在没钱，下个月再说吧。",
    "（王强此刻的情绪：愤怒；他接下来要：斥责对方威胁人，说要投诉）\n王强：你们这是威胁，我要投诉你们！",
]


def _tiny_tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<|endoftext|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(CORPUS * 5, trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|endoftext|>", pad_token="<|endoftext|>")


@pytest.fixture(scope="module")
def tiny():
    from transformers import AutoModelForCausalLM, Qwen2Config

    tok = _tiny_tokenizer()
    cfg = Qwen2Config(vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
                      eos_token_id=None, bos_token_id=None, pad_token_id=None, tie_word_embeddings=True,
                      initializer_range=0.3)  # larger weights: varied tokens, not one repeated
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(cfg, dtype=torch.float32)
    model.generation_config.eos_token_id = None
    model.generation_config.pad_token_id = tok.pad_token_id
    return model, tok


def make(tiny, **kw) -> TransformersModel:
    return TransformersModel("tiny", _preloaded=tiny, threads=1, **kw)


PERSONA = "以下是一通催收电话的记录。王强，35岁，欠款一万二千元，逾期三个月。\n催收员：您好，请问是王强先生吗？\n王强：是我，什么事？\n"


def prompt(line: str, **kw) -> Prompt:
    kw.setdefault("temperature", 0.0)
    kw.setdefault("stop", ())
    return Prompt(text=f"{PERSONA}催收员：{line}\n王强：", **kw)


def test_stop_trimmer_holds_back_partial_stop_strings():
    t = StopTrimmer(["END", "\n"])
    assert t.feed("abcE") == "abc"  # "E" may start "END"
    assert t.feed("N") == ""
    assert t.feed("Dxyz") == "" and t.done
    assert "".join(trim_stream(["你好", "啊\n后面", "不要"], ["\n"])) == "你好啊"
    assert "".join(trim_stream(["没有", "停止"], ["\n"])) == "没有停止"


def test_streams_several_pieces_and_respects_max_tokens(tiny):
    m = make(tiny)
    pieces = list(m.stream(prompt("您什么时候还款？", max_new_tokens=12)))
    assert len(pieces) >= 2
    assert all(isinstance(p, str) for p in pieces)
    assert m.last_new_tokens == 12
    list(m.stream(prompt("您什么时候还款？", max_new_tokens=3)))
    assert m.last_new_tokens == 3


def test_stop_string_cuts_the_reply(tiny):
    m = make(tiny)
    full = "".join(m.stream(prompt("我们会起诉您。", max_new_tokens=20)))
    assert len(full) >= 4
    stop = full[2:4]  # a string the greedy model will certainly produce
    cut = "".join(m.stream(prompt("我们会起诉您。", max_new_tokens=20, stop=(stop,))))
    assert cut == full[: full.find(stop)]
    assert stop not in cut


def test_prefix_reuse_gives_the_same_tokens_as_a_fresh_run(tiny):
    reuse, fresh = make(tiny), make(tiny, reuse_prefix=False)
    first = prompt("您好，请问是王强先生吗？", max_new_tokens=10)
    second = prompt("您的欠款已经逾期三个月了，今天能还吗？", max_new_tokens=10)
    "".join(reuse.stream(first))
    a = "".join(reuse.stream(second))
    assert reuse.last_reused_tokens > 10  # the persona block came from the cache
    b = "".join(fresh.stream(second))
    assert fresh.last_reused_tokens == 0
    assert a == b and len(set(a)) > 2
    # The same prompt again: everything but the last prompt token is reused.
    c = "".join(reuse.stream(second))
    assert c == b
    ids = tiny[1](second.text)["input_ids"]
    assert reuse.last_reused_tokens == len(ids) - 1


def test_closing_the_stream_early_leaves_the_model_usable(tiny):
    m = make(tiny)
    gen = m.stream(prompt("喂？", max_new_tokens=30))
    next(gen)
    gen.close()
    again = "".join(m.stream(prompt("喂？", max_new_tokens=5)))
    assert m.last_new_tokens == 5 and again


def test_sampling_with_a_seed_is_repeatable(tiny):
    m = make(tiny)
    p = prompt("还钱吧。", max_new_tokens=8, temperature=0.9)
    assert "".join(m.stream(p, seed=7)) == "".join(m.stream(p, seed=7))


def test_int8_dynamic_quantisation_streams(tiny):
    import copy

    model, tok = tiny
    m = make((copy.deepcopy(model), tok), quantize="int8")
    assert m.quantize == "int8"
    assert "quantized.dynamic" in type(m.model.lm_head).__module__
    assert "quantized.dynamic" in type(m.model.model.layers[0].mlp.up_proj).__module__
    text = "".join(m.stream(prompt("您什么时候还款？", max_new_tokens=6)))
    assert m.last_new_tokens == 6 and text
