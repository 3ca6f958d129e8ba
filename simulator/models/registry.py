"""One setting chooses the debtor's voice: ``load_model(spec)``.

Spec syntax (argument, else env ``COACH_BACKEND``, else :data:`DEFAULT_SPEC`)::

    scripted                                  persona-authored lines, no model
    llamacpp                                  = llamacpp:qwen2.5-1.5b (the default)
    llamacpp:qwen2.5-0.5b                     a prepared model by name
    llamacpp:/path/to/file.gguf               any GGUF file
    transformers                              = transformers:qwen2.5-1.5b (prepared bf16 copy)
    transformers:/path/to/hf-folder           any Hugging Face model folder
    transformers:Org/model-id                 a hub id (needs internet; not on this machine)
    openai:http://127.0.0.1:8080/v1@model     OpenAI-compatible server, /v1/completions
    openai-chat:http://host:8080/v1@model     same, but /v1/chat/completions with messages

``load_model`` never raises for a model that cannot be loaded: it logs a warning and
returns a :class:`ScriptedModel` with ``ModelInfo.problem`` saying what failed and how to
fix it. It never downloads: weights come from ``python -m simulator.models.prepare``.
"""
from __future__ import annotations

import difflib
import importlib.util
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from . import prepare
from .base import ChatModel, ModelInfo, ModelUnavailable
from .scripted import ScriptedModel

log = logging.getLogger(__name__)

ENV_BACKEND = "COACH_BACKEND"
ENV_TRANSFORMERS_QUANTIZE = "COACH_TRANSFORMERS_QUANTIZE"  # "int8" for dynamic int8
DEFAULT_SPEC = "llamacpp:qwen2.5-1.5b"
BACKENDS = {
    "scripted": "persona-authored lines, no model (tests, fallback)",
    "llamacpp": "GGUF via llama-cpp-python on CPU (default; fastest here)",
    "transformers": "Hugging Face transformers on CPU (bf16; slower)",
    "openai": "OpenAI-compatible HTTP server, /v1/completions",
    "openai-chat": "OpenAI-compatible HTTP server, /v1/chat/completions",
}


class SpecError(ValueError):
    """A backend spec that cannot be understood; the message suggests a fix."""


@dataclass(frozen=True)
class Spec:
    """A parsed backend spec."""

    backend: str
    """One of :data:`BACKENDS`."""
    target: str = ""
    """Model name, path, hub id, or for openai the base URL."""
    model: str = ""
    """openai only: the served model name."""

    def __str__(self) -> str:
        if self.backend.startswith("openai"):
            return f"{self.backend}:{self.target}@{self.model}"
        return f"{self.backend}:{self.target}" if self.target else self.backend


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.5)
    return f" Did you mean {close[0]!r}?" if close else ""


def _looks_like_path(target: str) -> bool:
    return target.startswith((".", "/", "~")) or target.endswith(".gguf") or Path(target).expanduser().exists()


def parse_spec(spec: str) -> Spec:
    """Parse a spec string (see the module docstring); raise :class:`SpecError` with a hint."""
    spec = spec.strip()
    if not spec:
        raise SpecError(f"Empty backend spec. Use one of: {', '.join(BACKENDS)} (default {DEFAULT_SPEC}).")
    backend, _, target = spec.partition(":")
    backend = backend.strip().lower()
    if backend not in BACKENDS:
        raise SpecError(f"Unknown backend {backend!r}.{_did_you_mean(backend, list(BACKENDS))} "
                        f"Known backends: {', '.join(BACKENDS)}.")
    target = target.strip()
    if backend == "scripted":
        return Spec("scripted", target)
    if backend.startswith("openai"):
        url, at, model = target.rpartition("@")
        if not at or not url or not model or "://" not in url:
            raise SpecError(f"Bad openai spec {spec!r}. Write {backend}:BASE_URL@MODEL, "
                            f"e.g. {backend}:http://127.0.0.1:8080/v1@qwen2.5-1.5b.")
        return Spec(backend, url, model)
    if not target:
        target = prepare.DEFAULT_MODEL
    if backend == "llamacpp" and target not in prepare.PINNED and not _looks_like_path(target):
        raise SpecError(f"Unknown model {target!r} for llamacpp.{_did_you_mean(target, list(prepare.PINNED))} "
                        f"Use one of {', '.join(prepare.PINNED)} or a path to a .gguf file.")
    if backend == "transformers" and target not in prepare.PINNED and "/" not in target and not _looks_like_path(target):
        raise SpecError(f"Unknown model {target!r} for transformers.{_did_you_mean(target, list(prepare.PINNED))} "
                        f"Use one of {', '.join(prepare.PINNED)}, a model folder or an Org/name hub id.")
    return Spec(backend, target)


def _prepare_hint(name: str, for_backend: str) -> str:
    extra = " --for transformers" if for_backend == "transformers" else ""
    return f"weights not prepared: run `python -m simulator.models.prepare --model {name}{extra}`"


def _build(spec: Spec) -> tuple[ChatModel, dict]:
    """Construct the backend for a parsed spec; raise ModelUnavailable when it cannot be."""
    if spec.backend == "scripted":
        return ScriptedModel(), {}
    if spec.backend == "llamacpp":
        from .llamacpp_backend import LlamaCppModel

        if spec.target in prepare.PINNED:
            if not prepare.is_prepared(spec.target, "llamacpp"):
                raise ModelUnavailable(_prepare_hint(spec.target, "llamacpp"))
            path = prepare.gguf_path(spec.target)
            m = LlamaCppModel(path, model_id=spec.target)
        else:
            path = Path(spec.target).expanduser()
            m = LlamaCppModel(path)
        return m, {"path": str(path), "threads": m.n_threads, "load_seconds": round(m.load_seconds, 2)}
    if spec.backend == "transformers":
        from .transformers_backend import TransformersModel

        quant = os.environ.get(ENV_TRANSFORMERS_QUANTIZE) or None
        if spec.target in prepare.PINNED:
            if not prepare.is_prepared(spec.target, "transformers"):
                raise ModelUnavailable(_prepare_hint(spec.target, "transformers"))
            where = prepare.hf_dir(spec.target)
            m = TransformersModel(where, quantize=quant, model_id=spec.target)
        else:
            where = Path(spec.target).expanduser()
            m = TransformersModel(where if where.exists() else spec.target, quantize=quant)
        return m, {"path": str(where), "threads": m.threads, "quantize": quant or "bf16",
                   "load_seconds": round(m.load_seconds, 2)}
    from .openai_backend import OpenAIModel

    m = OpenAIModel(spec.target, spec.model, chat=spec.backend == "openai-chat")
    m.check()
    return m, {"base_url": spec.target}


_LOADED: dict[str, tuple[ChatModel, dict]] = {}
_LOAD_LOCK = threading.Lock()


def load_model(spec: str | None = None, *, strict: bool = False, reuse: bool = True) -> tuple[ChatModel, ModelInfo]:
    """Load the backend named by ``spec`` (else ``$COACH_BACKEND``, else :data:`DEFAULT_SPEC`).

    On any failure (bad spec, library missing, weights not prepared, server down) it logs a
    warning and returns ``(ScriptedModel(), ModelInfo(problem=...))``; ``strict=True``
    raises instead. With ``reuse`` a model already loaded for the same spec is shared.
    """
    requested = spec if spec is not None else (os.environ.get(ENV_BACKEND) or DEFAULT_SPEC)
    try:
        parsed = parse_spec(requested)
        key = str(parsed)
        with _LOAD_LOCK:
            if reuse and key in _LOADED:
                model, extra = _LOADED[key]
            else:
                model, extra = _build(parsed)
                if reuse and parsed.backend != "scripted":
                    _LOADED[key] = (model, extra)
        return model, ModelInfo(backend=model.backend, model_id=model.model_id, requested=requested, extra=dict(extra))
    except (SpecError, ModelUnavailable) as exc:
        problem = str(exc)
    except Exception as exc:  # a library failing in an unexpected way must not stop the app
        problem = f"{type(exc).__name__}: {exc}"
    if strict:
        raise ModelUnavailable(f"Cannot load {requested!r}: {problem}")
    log.warning("Model %r unavailable, using scripted persona lines instead: %s", requested, problem)
    fallback = ScriptedModel()
    return fallback, ModelInfo(backend=fallback.backend, model_id=fallback.model_id, requested=requested,
                               problem=f"{requested}: {problem}")


def unload_all() -> None:
    """Forget models shared by :func:`load_model` (tests, switching models)."""
    with _LOAD_LOCK:
        _LOADED.clear()


@dataclass(frozen=True)
class BackendStatus:
    """What the CLI/app can show about one backend."""

    name: str
    description: str
    available: bool
    """The library it needs is installed (checked without importing it)."""
    ready_specs: tuple[str, ...]
    """Specs that would load right now (prepared weights present)."""
    hint: str = ""
    """What to do to make it usable, when it is not."""


def list_backends() -> list[BackendStatus]:
    """Every backend, whether its library is installed and which specs are ready."""
    out = [BackendStatus("scripted", BACKENDS["scripted"], True, ("scripted",))]
    for name, module, for_backend in (("llamacpp", "llama_cpp", "llamacpp"), ("transformers", "transformers", "transformers")):
        available = importlib.util.find_spec(module) is not None
        ready = tuple(f"{name}:{m}" for m in prepare.PINNED if prepare.is_prepared(m, for_backend)) if available else ()
        hint = ""
        if not available:
            hint = f"pip install {'llama-cpp-python==0.3.36' if name == 'llamacpp' else 'transformers torch gguf accelerate'}"
        elif not ready:
            hint = _prepare_hint(prepare.DEFAULT_MODEL, for_backend)
        out.append(BackendStatus(name, BACKENDS[name], available, ready, hint))
    for name in ("openai", "openai-chat"):
        out.append(BackendStatus(name, BACKENDS[name], True, (), f"{name}:http://HOST:PORT/v1@MODEL"))
    return out
