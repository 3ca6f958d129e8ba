"""SQLite storage of practice sessions, one row per turn, written as the call happens.

Why plain ``sqlite3`` rather than an ORM: two tables, a handful of queries, and the
settings that matter for not losing turns (WAL, ``busy_timeout``, foreign keys) are set per
connection here in one place. Each turn is its own row, inserted before the debtor's reply
is generated, so a crash or a concurrent writer never loses what a trainee said.
Schema changes are a list of migration functions applied in order (see ``MIGRATIONS``).
"""
from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .errors import CoachError


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _run_statements(db: sqlite3.Connection, sql: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _run_statements(
        db,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            trainee TEXT NOT NULL DEFAULT '',
            scenario_id TEXT,
            persona_id TEXT NOT NULL,
            backend TEXT NOT NULL,
            model_id TEXT NOT NULL,
            seed INTEGER NOT NULL,
            rubric TEXT NOT NULL,            -- "id@version" the session is scored with
            call_start TEXT NOT NULL,        -- local time of the simulated call (ISO 8601)
            status TEXT NOT NULL DEFAULT 'active',   -- active | ended
            ended_at TEXT,
            outcome TEXT,                    -- JSON
            summary TEXT                     -- JSON: session scores, violations, missing, passed
        );
        CREATE TABLE turns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,            -- position in the transcript's turns
            speaker TEXT NOT NULL CHECK (speaker IN ('collector', 'debtor')),
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            score TEXT,                      -- JSON, collector turns
            intent TEXT,                     -- debtor turns
            state TEXT,                      -- JSON debtor state after the turn
            fallback INTEGER NOT NULL DEFAULT 0,
            failed_checks TEXT,              -- JSON list
            UNIQUE (session_id, idx)
        );
        CREATE INDEX turns_session ON turns(session_id, idx);
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_m001_initial]


class Store:
    """Sessions and turns in one SQLite file (``":memory:"`` for throwaway runs)."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise CoachError(f"cannot open the session database {self.path}: {exc}. "
                             "Check the file is a SQLite database (or set COACH_DB to another path).") from None

    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    migration(self._db)
                    self._db.execute(f"PRAGMA user_version = {number}")
                    self._db.execute("COMMIT")
                except Exception:
                    self._db.execute("ROLLBACK")
                    raise

    def _exec(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    # sessions -----------------------------------------------------------------
    def create_session(self, *, persona_id: str, scenario_id: str | None, backend: str, model_id: str,
                       seed: int, rubric: str, call_start: str, trainee: str = "") -> str:
        session_id = uuid.uuid4().hex[:12]
        self._exec(
            "INSERT INTO sessions (id, created_at, trainee, scenario_id, persona_id, backend, model_id, seed,"
            " rubric, call_start) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (session_id, _now(), trainee, scenario_id, persona_id, backend, model_id, seed, rubric, call_start),
        )
        return session_id

    def end_session(self, session_id: str, *, outcome: dict, summary: dict) -> None:
        self._exec(
            "UPDATE sessions SET status='ended', ended_at=?, outcome=?, summary=? WHERE id=?",
            (_now(), json.dumps(outcome, ensure_ascii=False), json.dumps(summary, ensure_ascii=False), session_id),
        )

    def session(self, session_id: str) -> dict[str, Any]:
        row = self._exec("SELECT * FROM sessions WHERE id=?", (session_id,)).fetchone()
        if row is None:
            raise CoachError(f"no session '{session_id}' in {self.path}")
        out = dict(row)
        for key in ("outcome", "summary"):
            out[key] = json.loads(out[key]) if out[key] else None
        return out

    def sessions(self, limit: int = 200) -> list[dict[str, Any]]:
        rows = self._exec("SELECT id FROM sessions ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,)).fetchall()
        return [self.session(r["id"]) for r in rows]

    # turns --------------------------------------------------------------------
    def add_turn(self, session_id: str, idx: int, speaker: str, text: str, *, score: dict | None = None,
                 intent: str | None = None, state: dict | None = None, fallback: bool = False,
                 failed_checks: list[str] | None = None) -> None:
        self._exec(
            "INSERT INTO turns (session_id, idx, speaker, text, created_at, score, intent, state, fallback,"
            " failed_checks) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (session_id, idx, speaker, text, _now(), _json(score), intent, _json(state), int(fallback),
             _json(failed_checks)),
        )

    def update_turn(self, session_id: str, idx: int, **fields: Any) -> None:
        allowed = {"text", "score", "intent", "state", "fallback", "failed_checks"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update turn fields {sorted(unknown)}")
        cols = ", ".join(f"{k}=?" for k in fields)
        vals = tuple(_json(v) if isinstance(v, (dict, list)) else (int(v) if isinstance(v, bool) else v)
                     for v in fields.values())
        self._exec(f"UPDATE turns SET {cols} WHERE session_id=? AND idx=?", (*vals, session_id, idx))

    def turns(self, session_id: str) -> list[dict[str, Any]]:
        rows = self._exec("SELECT * FROM turns WHERE session_id=? ORDER BY idx", (session_id,)).fetchall()
        out = []
        for row in rows:
            turn = dict(row)
            for key in ("score", "state", "failed_checks"):
                turn[key] = json.loads(turn[key]) if turn[key] else None
            turn["fallback"] = bool(turn["fallback"])
            out.append(turn)
        return out

    def transcript(self, session_id: str) -> dict[str, Any]:
        """The session in the project's transcript format (the input of ``score``)."""
        s = self.session(session_id)
        return {
            "id": s["id"], "called_at": s["call_start"], "scenario": s["scenario_id"],
            "turns": [{"speaker": t["speaker"], "text": t["text"]} for t in self.turns(session_id)],
        }

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)
