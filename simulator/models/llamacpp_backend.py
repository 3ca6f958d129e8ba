"""llama.cpp backend (llama-cpp-python): a GGUF model on CPU, streamed completion.

One ``Llama`` object lives for the whole session. llama.cpp keeps the KV cache of the last
evaluated tokens and, on the next call, re-evaluates only the tokens after the longest common
prefix; since every debtor prompt starts with the same persona block, each turn only pays
for the new lines. ``last_prompt_tokens``/``last_reused_tokens`` expose that for tests and
the benchmark.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Iterator

from .base import ModelUnavailable, Prompt

log = logging.getLogger(__name__)

INSTALL_HINT = "Install it with `pip install llama-cpp-python==0.3.36` (builds from source, ~6-10 min on 2 cores)."


def physical_cores() -> int:
    """Number of physical CPU cores available to this process (hyper-threads not counted)."""
    try:
        allowed = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        allowed = os.cpu_count() or 1
    cores: set[tuple[str, str]] = set()
    try:
        phys = core = ""
        with open("/proc/cpuinfo") as f:
            for line in f:
                key, _, val = line.partition(":")
                key, val = key.strip(), val.strip()
                if key == "physical id":
                    phys = val
                elif key == "core id":
                    core = val
                elif not key and (phys or core):
                    cores.add((phys, core))
                    phys = core = ""
        if phys or core:
            cores.add((phys, core))
    except OSError:
        pass
    n = len(cores) or allowed
    return max(1, min(n, allowed))


class LlamaCppModel:
    """A GGUF model served by llama-cpp-python. One generation at a time."""

    backend = "llamacpp"

    def __init__(
        self,
        path: str | Path,
        *,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        n_batch: int = 256,
        model_id: str | None = None,
    ):
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelUnavailable(f"llamacpp backend unavailable: llama-cpp-python is not installed ({exc}). {INSTALL_HINT}") from exc
        path = Path(path)
        if not path.is_file():
            raise ModelUnavailable(
                f"GGUF file not found: {path}. Prepare the weights with `python -m simulator.models.prepare`."
            )
        self.model_id = model_id or path.name
        self.path = path
        self.n_threads = n_threads or physical_cores()
        t0 = time.perf_counter()
        try:
            self.llm = Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                n_batch=n_batch,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            raise ModelUnavailable(f"llama.cpp could not load {path}: {exc}. Re-run `python -m simulator.models.prepare`.") from exc
        self.load_seconds = time.perf_counter() - t0
        self._lock = threading.Lock()
        self.last_prompt_tokens = 0
        self.last_reused_tokens = 0

    def _cached_prefix(self, text: str) -> tuple[int, int]:
        """(prompt tokens, tokens llama.cpp will reuse from its KV cache) for ``text``.

        Mirrors ``Llama.generate``: the longest common prefix with the evaluated tokens, minus
        one when the whole prompt is cached (one token is replayed to refresh the logits).
        """
        from llama_cpp import Llama

        tokens = self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)
        n = Llama.longest_token_prefix(self.llm._input_ids.tolist(), tokens) if self.llm.n_tokens else 0
        if n == len(tokens):
            n -= 1
        return len(tokens), max(0, n)

    def prefill(self, text: str) -> None:
        """Evaluate ``text`` now (e.g. a call's persona block while the trainee reads), so the
        next prompt starting with it only pays for its new tokens. Optional; not in ChatModel."""
        for _ in self.stream(Prompt(text=text, stop=(), max_new_tokens=1, temperature=0.0)):
            pass

    def stream(self, prompt: Prompt, *, seed: int | None = None) -> Iterator[str]:
        """Stream the completion of ``prompt.text``, stopped by llama.cpp at ``prompt.stop``."""
        with self._lock:
            self.last_prompt_tokens, self.last_reused_tokens = self._cached_prefix(prompt.text)
            kwargs = dict(
                prompt=prompt.text,
                max_tokens=prompt.max_new_tokens,
                temperature=max(0.0, prompt.temperature),
                top_p=0.9,
                top_k=40,
                repeat_penalty=1.1,
                stop=list(prompt.stop),
                stream=True,
            )
            if seed is not None:
                kwargs["seed"] = seed
            it = self.llm.create_completion(**kwargs)
            try:
                for chunk in it:
                    text = chunk["choices"][0].get("text", "")
                    if text:
                        yield text
            finally:
                close = getattr(it, "close", None)
                if close:
                    close()
