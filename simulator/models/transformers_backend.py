"""transformers backend: any Hugging Face causal LM on CPU, streamed, with prefix-cache reuse.

Loads a model folder, a hub id (only works with internet), or a ``(folder, gguf_file)``
pair in bf16 (optionally dynamic int8). Streaming uses a small streamer (emits every complete character) and a
generation thread. The KV cache of the previous call is kept and cropped to the longest
common token prefix with the next prompt, so the persona part of the prompt is computed once.

Also holds :class:`StopTrimmer`, the stop-string cutter shared with the HTTP backend.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator

from .base import ModelUnavailable, Prompt
from .llamacpp_backend import physical_cores

log = logging.getLogger(__name__)

INSTALL_HINT = "Install the transformers backend with `pip install torch transformers accelerate gguf` (see requirements.txt)."


class StopTrimmer:
    """Cut a stream of text pieces at the first stop string, never emitting part of one.

    ``feed(piece)`` returns the text that is safe to emit now; ``done`` turns true once a stop
    string was seen; ``flush()`` returns what is held back at the end of the stream.
    """

    def __init__(self, stop: Iterable[str]):
        self.stop = tuple(s for s in stop if s)
        self._hold = max((len(s) for s in self.stop), default=1) - 1
        self._buf = ""
        self.done = False

    def feed(self, piece: str) -> str:
        if self.done:
            return ""
        self._buf += piece
        cut = min((i for i in (self._buf.find(s) for s in self.stop) if i >= 0), default=-1)
        if cut >= 0:
            self.done = True
            out, self._buf = self._buf[:cut], ""
            return out
        keep = len(self._buf) - self._partial_stop_suffix()
        out, self._buf = self._buf[:keep], self._buf[keep:]
        return out

    def _partial_stop_suffix(self) -> int:
        """Length of the longest end of the buffer that could begin a stop string."""
        for n in range(min(self._hold, len(self._buf)), 0, -1):
            tail = self._buf[-n:]
            if any(s.startswith(tail) for s in self.stop):
                return n
        return 0

    def flush(self) -> str:
        out, self._buf = ("" if self.done else self._buf), ""
        return out


def trim_stream(pieces: Iterable[str], stop: Iterable[str]) -> Iterator[str]:
    """Yield ``pieces`` up to (not including) the first stop string."""
    trimmer = StopTrimmer(stop)
    for piece in pieces:
        out = trimmer.feed(piece)
        if out:
            yield out
        if trimmer.done:
            return
    rest = trimmer.flush()
    if rest:
        yield rest


class _PieceStreamer:
    """Queue of decoded text pieces for one generation (a transformers streamer).

    Unlike ``TextIteratorStreamer`` it emits as soon as the decoded text is a complete
    character (no waiting for a space or an ideograph), which keeps time-to-first-token low.
    """

    _END = object()

    def __init__(self, tokenizer):
        import queue

        self.tokenizer = tokenizer
        self.queue: queue.Queue = queue.Queue()
        self._ids: list[int] = []
        self._sent = 0
        self._prompt_seen = False

    def put(self, value) -> None:
        if not self._prompt_seen:  # generate() first passes the prompt
            self._prompt_seen = True
            return
        self._ids.extend(int(v) for v in value.reshape(-1).tolist())
        self._emit(final=False)

    def _emit(self, *, final: bool) -> None:
        if not self._ids:
            return
        text = self.tokenizer.decode(self._ids, skip_special_tokens=True)
        if not final and text.endswith("\ufffd"):  # maybe an incomplete multi-byte character: wait
            return
        if len(text) > self._sent:
            self.queue.put(text[self._sent :])
            self._sent = len(text)

    def end(self) -> None:
        self._emit(final=True)
        self.queue.put(self._END)

    def __iter__(self) -> Iterator[str]:
        while (item := self.queue.get()) is not self._END:
            yield item


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _quantize_int8(model) -> None:
    """Dynamic int8 quantisation of every Linear, one block at a time (peak memory stays near
    the bf16 size). Everything else becomes float32, which the int8 kernels expect."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    for module in model.modules():  # embeddings, norms, rotary buffers: float32
        if not list(module.children()) and not isinstance(module, torch.nn.Linear):
            module.float()
    blocks = list(getattr(getattr(model, "model", model), "layers", []))
    for block in blocks:
        for name, child in list(block.named_modules()):
            if isinstance(child, torch.nn.Linear):
                child.float()
        quantize_dynamic(block, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
    for name, child in list(model.named_children()):  # lm_head and anything left
        if isinstance(child, torch.nn.Linear):
            setattr(model, name, quantize_dynamic(torch.nn.Sequential(child.float()), {torch.nn.Linear},
                                                  dtype=torch.qint8)[0])
    model.config.dtype = torch.float32


class TransformersModel:
    """A local Hugging Face causal LM. One generation at a time (a lock guards the cache)."""

    backend = "transformers"

    def __init__(
        self,
        model: str | Path,
        *,
        gguf_file: str | None = None,
        quantize: str | None = None,
        threads: int | None = None,
        reuse_prefix: bool = True,
        model_id: str | None = None,
        _preloaded: tuple[object, object] | None = None,
    ):
        """``model``: folder or hub id; ``quantize``: None or "int8" (dynamic, Linear layers)."""
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as exc:
            raise ModelUnavailable(f"transformers backend unavailable ({exc}). {INSTALL_HINT}") from exc
        self._torch = torch
        self.model_id = model_id or (f"{model}#{gguf_file}" if gguf_file else str(model))
        self.threads = threads or physical_cores()
        torch.set_num_threads(self.threads)
        t0 = time.perf_counter()
        if _preloaded is not None:  # tests: an in-memory model and tokenizer
            self.model, self.tokenizer = _preloaded
        else:
            kw = {"gguf_file": gguf_file} if gguf_file else {}
            dtype = torch.bfloat16  # int8 converts layer by layer from bf16 (lower peak memory)
            try:
                self.tokenizer = AutoTokenizer.from_pretrained(str(model), **kw)
                self.model = AutoModelForCausalLM.from_pretrained(str(model), dtype=dtype, **kw)
            except (OSError, ValueError) as exc:
                raise ModelUnavailable(
                    f"transformers could not load {self.model_id!r}: {exc}. Give a local folder with "
                    "config.json and weights (run `python -m simulator.models.prepare --for transformers`), "
                    "or a hub id on a machine with internet."
                ) from exc
        self.model.eval()
        if quantize == "int8":
            _quantize_int8(self.model)
        elif quantize not in (None, "", "none"):
            raise ValueError(f"quantize must be None or 'int8', not {quantize!r}")
        self.quantize = quantize or None
        self.load_seconds = time.perf_counter() - t0
        self.reuse_prefix = reuse_prefix
        self._lock = threading.Lock()
        self._cache = None  # DynamicCache of the previous call
        self._cache_ids: list[int] = []  # the tokens that cache holds
        self.last_reused_tokens = 0  # prompt tokens taken from the cache (tests, benchmark)
        self.last_new_tokens = 0  # tokens generated by the last call

    # -- cache -------------------------------------------------------------------------
    def _prepare_cache(self, ids: list[int]):
        """Return a cache holding the longest usable prefix of ``ids`` (or None)."""
        self.last_reused_tokens = 0
        if not self.reuse_prefix or self._cache is None:
            return None
        # At least one token must be fed to the model to get next-token logits.
        keep = min(_common_prefix(self._cache_ids, ids), len(ids) - 1)
        if keep <= 0:
            self._cache, self._cache_ids = None, []
            return None
        extra = self._cache.get_seq_length() - keep
        if extra > 0:
            self._cache.crop(-extra)  # transformers 5: a negative count removes that many tokens
        self._cache_ids = self._cache_ids[:keep]
        self.last_reused_tokens = keep
        return self._cache

    def reset_cache(self) -> None:
        self._cache, self._cache_ids = None, []

    def prefill(self, text: str) -> None:
        """Evaluate ``text`` now (e.g. a call's persona block while the trainee reads), so the
        next prompt starting with it only pays for its new tokens. Optional; not in ChatModel."""
        for _ in self.stream(Prompt(text=text, stop=(), max_new_tokens=1, temperature=0.0)):
            pass

    # -- generation --------------------------------------------------------------------
    def stream(self, prompt: Prompt, *, seed: int | None = None) -> Iterator[str]:
        """Stream the continuation of ``prompt.text``, cut at ``prompt.stop``."""
        torch = self._torch
        from transformers import DynamicCache, StoppingCriteria, StoppingCriteriaList

        with self._lock:
            enc = self.tokenizer(prompt.text, return_tensors="pt")
            ids = enc["input_ids"][0].tolist()
            cache = self._prepare_cache(ids)
            if cache is None:
                cache = DynamicCache(config=self.model.config)
            cancel = threading.Event()

            class _Cancel(StoppingCriteria):
                def __call__(self, input_ids, scores, **kwargs):  # noqa: ARG002
                    return torch.full((input_ids.shape[0],), cancel.is_set(), dtype=torch.bool)

            streamer = _PieceStreamer(self.tokenizer)
            sample = prompt.temperature > 0
            gen_kwargs = dict(
                input_ids=enc["input_ids"],
                attention_mask=enc["attention_mask"],
                past_key_values=cache,
                max_new_tokens=prompt.max_new_tokens,
                do_sample=sample,
                streamer=streamer,
                stopping_criteria=StoppingCriteriaList([_Cancel()]),
                pad_token_id=self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
            )
            gen_kwargs["repetition_penalty"] = 1.1  # as the llama.cpp backend; stops "我……我……" loops
            if sample:
                gen_kwargs.update(temperature=prompt.temperature, top_p=0.9, top_k=40)
            else:  # silence "generation flags are not valid" warnings from generation_config
                gen_kwargs.update(temperature=None, top_p=None, top_k=None)
            result: dict = {}

            def run() -> None:
                try:
                    if seed is not None:
                        torch.manual_seed(seed)
                    with torch.inference_mode():
                        result["out"] = self.model.generate(**gen_kwargs)
                except BaseException as exc:  # surfaced in the consumer thread
                    result["error"] = exc
                    streamer.end()

            worker = threading.Thread(target=run, name="transformers-generate", daemon=True)
            worker.start()
            trimmer = StopTrimmer(prompt.stop)
            ended = False
            try:
                for piece in streamer:
                    out = trimmer.feed(piece)
                    if out:
                        yield out
                    if trimmer.done:
                        break
                else:
                    ended = True
                    rest = trimmer.flush()
                    if rest:
                        yield rest
            finally:
                cancel.set()
                if not ended:  # drain so the worker never blocks, until its end signal
                    for _ in streamer:
                        pass
                worker.join()
                if "error" in result:
                    self.reset_cache()
                    raise ModelUnavailable(f"transformers generation failed: {result['error']}") from result["error"]
                seq = result["out"][0].tolist()
                self.last_new_tokens = len(seq) - len(ids)
                n = cache.get_seq_length()
                self._cache, self._cache_ids = cache, seq[:n]
