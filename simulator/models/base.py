"""The one model interface every backend implements.

The debtor's *behaviour* is decided by code (see ``simulator.debtor``); a model only
*words* a decided intent. So a backend receives a :class:`Prompt` that already says
everything (persona facts, the collector's line, the decided intent and mood) and streams
back text. Backends never see the database, the scorer or the UI.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Protocol, runtime_checkable


@dataclass(frozen=True)
class Prompt:
    """What a backend is asked to continue.

    ``text`` is a transcript-style completion prompt ending with the debtor's name and a
    colon (「王强：」); completion backends continue it. ``messages`` is the same request in
    chat form (``[{"role": "system"|"user"|"assistant", "content": str}]``) for servers that
    only speak chat. ``reference`` is a persona-authored line for the decided intent: the
    scripted backend speaks it, real backends ignore it, and it is the first fallback.
    """

    text: str
    messages: tuple[dict, ...] = ()
    reference: str = ""
    stop: tuple[str, ...] = ("\n",)
    max_new_tokens: int = 64
    temperature: float = 0.7


@runtime_checkable
class ChatModel(Protocol):
    """A backend. ``stream`` yields text pieces; joined, they are the reply."""

    backend: str  # "scripted", "transformers", "llamacpp", "openai"
    model_id: str  # a path, hub id, GGUF file name or served model name

    def stream(self, prompt: Prompt, *, seed: int | None = None) -> Iterator[str]:
        ...


class ModelUnavailable(RuntimeError):
    """A backend could not be loaded or reached. The message says why and what to do."""


@dataclass
class ModelInfo:
    """What the app shows about the model in use (and why a fallback happened)."""

    backend: str
    model_id: str
    requested: str = ""
    problem: str = ""  # empty when the requested backend loaded
    extra: dict = field(default_factory=dict)
