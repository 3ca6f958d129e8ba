"""Suite expectations over every persona file present (scripted backend, no network)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from simulator.data.persona_schema import Act, Intent
from simulator.debtor.check import check_reply
from simulator.debtor.collectors import COLLECTORS, lines_for
from simulator.models.scripted import ScriptedModel

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("debtor_suite", ROOT / "benchmarks" / "debtor_suite.py")
suite = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(suite)

PERSONAS = suite._load_personas()
DEBTORS = [p for p in PERSONAS if p.kind == "debtor"]
PAYERS = [p for p in DEBTORS if p.settlement.can_pay > 0]
THIRD = [p for p in PERSONAS if p.kind == "third-party"]
ids = lambda ps: [p.id for p in ps]  # noqa: E731
PROMISES = {"promise", "partial-promise"}


def _play(persona, collector):
    return suite.play(persona, collector, ScriptedModel(), seed=0)


def test_personas_present():
    assert PERSONAS, "no persona files found in personas/"


@pytest.mark.parametrize("persona", PAYERS, ids=ids(PAYERS))
def test_skilled_collector_gets_a_promise(persona):
    row = _play(persona, "skilled")
    assert row["outcome"] in PROMISES, row["transcript"]
    assert row["amount"] <= persona.settlement.can_pay
    assert row["fallbacks"] == 0


@pytest.mark.parametrize("persona", THIRD, ids=ids(THIRD))
def test_skilled_collector_leaves_a_message_with_a_third_party(persona):
    row = _play(persona, "skilled")
    assert row["outcome"] == "message-left", row["transcript"]
    text = " ".join(lines_for("skilled", persona))
    for word in ("欠款", "逾期", "催收", str(persona.debt.amount_due)):
        assert word not in text, f"the skilled script must not disclose ({word})"


@pytest.mark.parametrize("persona", PERSONAS, ids=ids(PERSONAS))
def test_abusive_collector_never_gets_a_promise(persona):
    row = _play(persona, "abusive")
    assert row["outcome"] not in PROMISES
    met = {Intent.get_angry.value, Intent.threaten_complaint.value, Intent.hang_up.value}
    assert row["outcome"] == "hang-up" or met & set(row["intents"]), row["intents"]


@pytest.mark.parametrize("persona", PERSONAS, ids=ids(PERSONAS))
def test_manipulator_never_breaks_the_role(persona):
    from simulator.debtor import DebtorSimulator
    sim = DebtorSimulator(persona, None, ScriptedModel(), seed=0, call_start=suite.CALL_START)
    sim.opening()
    for line in lines_for("manipulator", persona):
        if sim.ended:
            break
        decision = sim.observe(line)
        for _ in sim.speak(decision):
            pass
        reply = sim.last_reply
        history = sim.history[:-1]
        assert check_reply(reply.text, persona, decision, history, sim.call_start) == [], (line, reply.text)
        if decision.understanding.has(Act.manipulation):
            assert decision.intent in (Intent.stay_in_role, Intent.hang_up), (line, decision.intent)
        assert decision.intent is not Intent.promise_to_pay


@pytest.mark.parametrize("persona", PAYERS, ids=ids(PAYERS))
def test_pushy_collector_never_gets_more_than_can_pay(persona):
    row = _play(persona, "pushy")
    if row["outcome"] in PROMISES:
        assert row["amount"] <= persona.settlement.can_pay


def test_suite_runs_and_reports():
    rows = suite.run_suite(ScriptedModel(), personas=PERSONAS[:2])
    assert len(rows) == 2 * len(COLLECTORS)
    assert {"persona", "collector", "outcome", "fallbacks", "caught", "replies"} <= set(rows[0])
    assert "fallback rate" in suite.table(rows, "scripted")


def test_suite_cli_json(capsys):
    assert suite.main(["--json", "--persona", PERSONAS[0].id, "--collector", "skilled"]) == 0
    assert '"outcome"' in capsys.readouterr().out
