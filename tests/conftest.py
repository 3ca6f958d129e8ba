"""Shared fixtures. Tests never touch the network or a model hub."""
from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "localhost,127.0.0.1")

import pytest  # noqa: E402

from simulator.models.scripted import ScriptedModel  # noqa: E402
from simulator.storage import Store  # noqa: E402


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "coach.sqlite3")
    yield s
    s.close()


@pytest.fixture
def scripted() -> ScriptedModel:
    return ScriptedModel()


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path, monkeypatch):
    """Every test writes its session database under its own tmp folder."""
    monkeypatch.setenv("COACH_DB", str(tmp_path / "db" / "coach.sqlite3"))
