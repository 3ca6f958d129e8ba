"""Where things live and the few settings an operator can change (environment variables).

- ``COACH_DB``: the SQLite file for sessions and turns (default ``var/coach.sqlite3``
  under the repository). Transcripts are sensitive: they stay on this machine.
- ``COACH_HOME``: cache for prepared model weights (default ``~/.cache/collection-coach``).
- ``COACH_BACKEND``: which model plays the debtor (see ``simulator.models.registry``).
- ``COACH_MAX_MESSAGE_CHARS``: longest trainee message accepted (default 500).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERSONAS_DIR = ROOT / "personas"
SCENARIOS_DIR = ROOT / "scenarios"
RUBRICS_DIR = ROOT / "rubrics"


def db_path() -> Path:
    return Path(os.environ.get("COACH_DB") or ROOT / "var" / "coach.sqlite3")


def coach_home() -> Path:
    return Path(os.environ.get("COACH_HOME") or Path.home() / ".cache" / "collection-coach")


def max_message_chars() -> int:
    return int(os.environ.get("COACH_MAX_MESSAGE_CHARS", "500"))
