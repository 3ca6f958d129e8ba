"""The turn engine: one turn flows trainee text → score → debtor state → reply → storage."""
from __future__ import annotations

import pytest

from simulator.data.loader import load_personas, load_scenarios
from simulator.engine import PracticeCall, ReplyDelta, ReplyReplace, Scored, TurnDone
from simulator.errors import InputError
from simulator.models.scripted import ScriptedModel
from simulator.scoring import Scorer, load_rubric
from simulator.scoring.context import CallContext
from simulator.transcript import parse_transcript

DEBTOR = next(p.id for p in load_personas().values() if p.kind == "debtor" and p.settlement.can_pay > 0)


def _opening(persona) -> str:
    return (f"您好，我是{persona.debt.lender}的客服小李，工号3021，本次通话会录音。"
            f"请问是{persona.debt.debtor_name}本人吗？")


def test_start_stores_session_and_the_debtor_picking_up(store, scripted):
    call = PracticeCall.start(DEBTOR, model=scripted, store=store, seed=3)
    session = store.session(call.session_id)
    assert session["persona_id"] == DEBTOR and session["seed"] == 3 and session["backend"] == "scripted"
    assert session["rubric"].startswith(load_rubric(None).id + "@")
    stored = store.turns(call.session_id)
    assert [(t["speaker"], t["text"]) for t in stored] == [("debtor", call.turns[0]["text"])]
    assert call.turns[0]["text"]


def test_a_turn_streams_score_then_reply_and_stores_both(store, scripted):
    call = PracticeCall.start(DEBTOR, model=scripted, store=store, seed=1)
    events = list(call.take_turn(_opening(call.persona)))
    assert isinstance(events[0], Scored) and isinstance(events[-1], TurnDone)
    streamed = "".join(e.text for e in events if isinstance(e, ReplyDelta))
    done = events[-1]
    assert streamed == done.reply and done.reply
    assert set(events[0].score["scores"]) == {"empathy", "clarity", "negotiation", "compliance"}
    stored = store.turns(call.session_id)
    assert [t["speaker"] for t in stored] == ["debtor", "collector", "debtor"]
    assert stored[1]["score"] == events[0].score
    assert stored[2]["intent"] == done.intent and stored[2]["state"] == done.state


@pytest.mark.parametrize("bad", ["", "   ", "好" * 5000])
def test_unusable_messages_are_refused_and_nothing_is_stored(store, scripted, bad):
    call = PracticeCall.start(DEBTOR, model=scripted, store=store)
    with pytest.raises(InputError):
        list(call.take_turn(bad))
    assert len(store.turns(call.session_id)) == 1


def test_a_reply_that_fails_the_check_is_replaced_and_counted(store):
    model = ScriptedModel()
    call = PracticeCall.start(DEBTOR, model=model, store=store, seed=2)
    slip = "作为一个AI语言模型，我建议您尽快还款。"
    model.enqueue(slip, slip)  # the first attempt and the retry both slip
    events = list(call.take_turn(_opening(call.persona)))
    done = events[-1]
    assert done.fallback and done.failed_checks
    assert "AI" not in done.reply
    assert any(isinstance(e, ReplyReplace) for e in events) or slip not in "".join(
        e.text for e in events if isinstance(e, ReplyDelta))
    assert store.turns(call.session_id)[-1]["fallback"] is True


def test_abuse_ends_the_call_and_stores_the_summary(store, scripted):
    call = PracticeCall.start(DEBTOR, model=scripted, store=store, seed=5)
    abuse = "你这个老赖，不要脸，再不还钱我们就上门让你好看，打到你接为止！"
    for _ in range(12):
        if call.ended:
            break
        call.play(abuse)
    assert call.ended
    session = store.session(call.session_id)
    assert session["status"] == "ended"
    assert session["summary"]["passed"] is False
    assert {v["rule"] for v in session["summary"]["violations"]} & {"threat", "insult"}
    assert session["outcome"]["kind"] in {"hang-up", "refusal", "none"}
    with pytest.raises(InputError):
        list(call.take_turn("喂？"))


def test_scores_are_reproducible_from_the_stored_transcript(store, scripted):
    call = PracticeCall.start(DEBTOR, model=scripted, store=store, seed=7)
    for line in [_opening(call.persona), "好的，感谢您确认。您这笔欠款目前逾期了，方便说下是什么原因吗？",
                 "理解您的难处。我们可以先还一部分，您看本周五前通过官方App先还一部分可以吗？"]:
        call.play(line)
    summary = call.end()
    stored = store.session(call.session_id)
    transcript = parse_transcript(store.transcript(call.session_id))
    rubric_id, version = stored["rubric"].split("@")
    rescored = Scorer(load_rubric(rubric_id)).score_transcript(transcript)
    assert rescored["rubric"] == stored["rubric"]
    live = {s["index"]: s["scores"] for s in summary.turns}
    assert {t["index"]: t["scores"] for t in rescored["turns"]} == live
    assert rescored["session"] == stored["summary"]


def test_same_seed_replays_the_same_call(tmp_path):
    from simulator.storage import Store

    lines = ["喂，您好，请问是本人吗？", "我是银行的，找您有点事。", "您看什么时候能还？"]
    runs = []
    for n in range(2):
        call = PracticeCall.start(DEBTOR, model=ScriptedModel(), store=Store(tmp_path / f"{n}.db"), seed=11)
        runs.append([(d.intent, d.reply) for d in (call.play(x) for x in lines)])
    assert runs[0] == runs[1]


def test_scenario_time_and_authority_reach_the_scorer(store, scripted):
    scenario = next(iter(load_scenarios().values()))
    call = PracticeCall.start(scenario.id, model=scripted, store=store)
    assert call.scenario.id == scenario.id
    assert call.context.called_at.strftime("%H:%M") == scenario.call_time
    assert isinstance(call.context, CallContext)


# A veiled threat the debtor's own act tables do not see, but the rubric scorer flags.
VEILED_THREAT = "你那个店在哪我们清清楚楚，我们的人这礼拜都去转过了，下回就不是转转这么简单了。"


def test_the_debtor_reacts_to_what_the_scorer_flags(store, scripted):
    from simulator.debtor.acts import detect_acts
    from simulator.data.persona_schema import Act

    assert Act.threat not in detect_acts(VEILED_THREAT).acts  # the premise of this test
    call = PracticeCall.start(DEBTOR, model=scripted, store=store, seed=5)
    list(call.take_turn(_opening(call.persona)))
    before = call.debtor.state.anger
    events = list(call.take_turn(VEILED_THREAT))
    rules = {v["rule"] for v in events[0].score["violations"]}
    assert "threat" in rules
    decision = call.debtor.decisions[-1]
    assert Act.threat in decision.understanding.acts
    assert call.debtor.state.anger > before or call.debtor.ended


def test_scorer_findings_only_add_acts():
    from simulator.debtor.acts import detect_acts, with_violations
    from simulator.data.persona_schema import Act

    plain = detect_acts("您好，请问您这个月方便先还一部分吗？")
    assert with_violations(plain, []) is plain
    assert with_violations(plain, ["unauthorized-promise", "harassment"]).acts == plain.acts
    added = with_violations(plain, ["insult", "third-party-disclosure"])
    assert added.acts == plain.acts | {Act.insult} and added.mentions_debt


def test_the_debtor_computes_the_scorer_findings_itself_outside_the_engine(scripted):
    from simulator.data.persona_schema import Act
    from simulator.debtor import DebtorSimulator

    persona = load_personas()[DEBTOR]
    sim = DebtorSimulator(persona, None, scripted, seed=2)
    sim.opening()
    sim.say(_opening(persona))
    decision = sim.observe(VEILED_THREAT)
    assert Act.threat in decision.understanding.acts
