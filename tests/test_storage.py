"""Storage: turns are rows written as they happen; nothing is lost across reopen or concurrent writers."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from simulator.errors import CoachError
from simulator.storage import MIGRATIONS, Store


def _session(store: Store) -> str:
    return store.create_session(persona_id="p", scenario_id=None, backend="scripted", model_id="m", seed=1,
                                rubric="collection-zh@1.0.0", call_start="2026-03-12T14:05:00+08:00")


def test_turns_survive_reopen_and_keep_order(tmp_path):
    path = tmp_path / "c.sqlite3"
    store = Store(path)
    sid = _session(store)
    store.add_turn(sid, 0, "debtor", "喂？")
    store.add_turn(sid, 1, "collector", "您好，我是华信银行的小王。", score={"scores": {"clarity": 80}})
    store.close()
    again = Store(path)
    turns = again.turns(sid)
    assert [t["speaker"] for t in turns] == ["debtor", "collector"]
    assert turns[1]["score"]["scores"]["clarity"] == 80
    assert again.transcript(sid)["turns"][1] == {"speaker": "collector", "text": "您好，我是华信银行的小王。"}


def test_migrations_set_user_version(store):
    version = store._db.execute("PRAGMA user_version").fetchone()[0]
    assert version == len(MIGRATIONS)


def test_duplicate_turn_index_is_refused(store):
    sid = _session(store)
    store.add_turn(sid, 0, "debtor", "喂？")
    with pytest.raises(sqlite3.IntegrityError):
        store.add_turn(sid, 0, "debtor", "again")
    assert len(store.turns(sid)) == 1


def test_unknown_speaker_is_refused(store):
    sid = _session(store)
    with pytest.raises(sqlite3.IntegrityError):
        store.add_turn(sid, 0, "agent", "x")


def test_concurrent_sessions_lose_nothing(tmp_path):
    path = tmp_path / "c.sqlite3"
    stores = [Store(path) for _ in range(4)]
    ids = [_session(s) for s in stores]

    def write(store: Store, sid: str) -> None:
        for i in range(30):
            store.add_turn(sid, i, "collector" if i % 2 else "debtor", f"第{i}句")

    threads = [threading.Thread(target=write, args=(s, i)) for s, i in zip(stores, ids)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    reader = Store(path)
    assert [len(reader.turns(i)) for i in ids] == [30, 30, 30, 30]


def test_end_session_stores_outcome_and_summary(store):
    sid = _session(store)
    store.end_session(sid, outcome={"kind": "promise", "amount": 3000}, summary={"passed": True, "overall": 81})
    s = store.session(sid)
    assert s["status"] == "ended" and s["outcome"]["amount"] == 3000 and s["summary"]["passed"] is True


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(CoachError, match="COACH_DB"):
        Store(bad)


def test_unknown_session_is_a_clear_error(store):
    with pytest.raises(CoachError, match="no session"):
        store.session("nope")
