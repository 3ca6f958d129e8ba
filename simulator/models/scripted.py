"""A backend with no weights: for tests, and for machines where no model can be loaded.

By default it speaks the prompt's ``reference`` line (the persona-authored line for the
decided intent), streamed in small pieces like a real model. Tests can ``enqueue`` exact
replies (for example a reply that slips out of role) to exercise the reply check.
"""
from __future__ import annotations

from collections import deque
from typing import Iterable, Iterator

from .base import Prompt


class ScriptedModel:
    backend = "scripted"

    def __init__(self, replies: Iterable[str] = (), *, model_id: str = "persona-lines", chunk: int = 3):
        self.model_id = model_id
        self._queue: deque[str] = deque(replies)
        self._chunk = max(1, chunk)
        self.prompts: list[Prompt] = []  # what was asked, for tests

    def enqueue(self, *replies: str) -> None:
        self._queue.extend(replies)

    def stream(self, prompt: Prompt, *, seed: int | None = None) -> Iterator[str]:
        self.prompts.append(prompt)
        text = self._queue.popleft() if self._queue else prompt.reference
        for i in range(0, len(text), self._chunk):
            yield text[i : i + self._chunk]
