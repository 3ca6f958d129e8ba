"""OpenAI-compatible HTTP backend (llama-server, vLLM, Ollama, LM Studio, a hosted API).

Uses ``httpx`` (already required), no SDK. By default it streams ``/v1/completions`` with the
transcript-style ``prompt.text``; servers that only speak chat get ``/v1/chat/completions``
with ``prompt.messages`` (``chat=True``). The API key comes from ``COACH_OPENAI_API_KEY``
when set. Connection problems raise :class:`ModelUnavailable` with the URL and what to check.
"""
from __future__ import annotations

import json
import os
from typing import Iterator

from .base import ModelUnavailable, Prompt
from .transformers_backend import trim_stream

API_KEY_ENV = "COACH_OPENAI_API_KEY"


class OpenAIModel:
    """Client for one model on an OpenAI-compatible server."""

    backend = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        chat: bool = False,
        api_key: str | None = None,
        timeout: float = 60.0,
        connect_timeout: float = 3.0,
    ):
        import httpx

        self.base_url = base_url.rstrip("/")
        self.model_id = model
        self.chat = chat
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._httpx = httpx
        self._client = httpx.Client(
            base_url=self.base_url, headers=headers, timeout=httpx.Timeout(timeout, connect=connect_timeout)
        )

    def _unavailable(self, exc: Exception) -> ModelUnavailable:
        return ModelUnavailable(
            f"Cannot reach the OpenAI-compatible server at {self.base_url} ({type(exc).__name__}: {exc}). "
            "Check that the server is running and the URL (including /v1) is right, "
            f"and set {API_KEY_ENV} if it needs a key."
        )

    def check(self) -> None:
        """Raise :class:`ModelUnavailable` if the server cannot be reached (GET /models)."""
        try:
            r = self._client.get("/models")
        except self._httpx.HTTPError as exc:
            raise self._unavailable(exc) from exc
        if r.status_code in (401, 403):
            raise ModelUnavailable(f"The server at {self.base_url} refused the API key (HTTP {r.status_code}); set {API_KEY_ENV}.")

    def stream(self, prompt: Prompt, *, seed: int | None = None) -> Iterator[str]:
        """Stream the reply over server-sent events, cut at ``prompt.stop``."""
        body: dict = {
            "model": self.model_id,
            "max_tokens": prompt.max_new_tokens,
            "temperature": prompt.temperature,
            "stop": list(prompt.stop),
            "stream": True,
        }
        if seed is not None:
            body["seed"] = seed
        if self.chat:
            path, body["messages"] = "/chat/completions", list(prompt.messages)
        else:
            path, body["prompt"] = "/completions", prompt.text
        yield from trim_stream(self._events(path, body), prompt.stop)

    def _events(self, path: str, body: dict) -> Iterator[str]:
        try:
            with self._client.stream("POST", path, json=body) as r:
                if r.status_code >= 400:
                    detail = r.read().decode("utf-8", "replace")[:500]
                    raise ModelUnavailable(f"{self.base_url}{path} answered HTTP {r.status_code}: {detail}")
                for line in r.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    try:
                        event = json.loads(data)
                    except ValueError:
                        continue
                    for choice in event.get("choices", [])[:1]:
                        text = choice.get("text") if not self.chat else (choice.get("delta") or {}).get("content")
                        if text:
                            yield text
        except self._httpx.HTTPError as exc:
            raise self._unavailable(exc) from exc

    def close(self) -> None:
        self._client.close()
