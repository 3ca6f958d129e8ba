"""The one place a turn flows: trainee words → score → debtor state → reply → feedback → storage.

The Gradio app and the command line only call :class:`PracticeCall`. A turn is a stream of
events so the UI can show the score at once and the debtor's reply as it is generated:
``Scored`` (the collector turn's score and feedback), ``ReplyDelta`` (checked text),
``ReplyReplace`` (the check rejected what was streamed; here is the safe line), ``TurnDone``.
Each turn is stored before the reply is generated, so nothing a trainee typed is lost.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from typing import Any, Iterator, Union

from . import config
from .data.loader import resolve_practice
from .data.persona_schema import Persona, Scenario
from .debtor import DebtorSimulator
from .errors import InputError
from .models.base import ChatModel
from .scoring import Scorer, load_rubric
from .scoring.context import CallContext
from .storage import Store

CHINA_TZ = timezone(timedelta(hours=8))


@dataclass(frozen=True)
class Scored:
    index: int
    score: dict


@dataclass(frozen=True)
class ReplyDelta:
    text: str


@dataclass(frozen=True)
class ReplyReplace:
    text: str


@dataclass(frozen=True)
class TurnDone:
    collector_index: int
    debtor_index: int | None
    reply: str
    intent: str
    state: dict
    fallback: bool
    failed_checks: list[str]
    ended: bool
    outcome: dict


TurnEvent = Union[Scored, ReplyDelta, ReplyReplace, TurnDone]


@dataclass
class CallSummary:
    session_id: str
    outcome: dict
    session: dict  # the scorer's session block: scores, overall, violations, missing, passed
    turns: list[dict] = field(default_factory=list)  # per collector turn scores


def call_start_for(scenario: Scenario | None, day: datetime | None = None) -> datetime:
    """The simulated call's local (China) time: the scenario's call time on ``day`` (today)."""
    day = day or datetime.now(CHINA_TZ)
    hh, mm = map(int, (scenario.call_time if scenario else "14:00").split(":"))
    return datetime.combine(day.date(), time(hh, mm), tzinfo=CHINA_TZ)


class PracticeCall:
    """One practice call between a trainee and a simulated debtor."""

    def __init__(self, *, store: Store, session_id: str, persona: Persona, scenario: Scenario | None,
                 debtor: DebtorSimulator, scorer: Scorer, context: CallContext, model: ChatModel):
        self.store, self.session_id = store, session_id
        self.persona, self.scenario = persona, scenario
        self.debtor, self.scorer, self.context, self.model = debtor, scorer, context, model
        self.turns: list[dict[str, str]] = []
        self.scores: list[dict] = []
        self.summary: CallSummary | None = None

    @classmethod
    def start(cls, ident: str, *, model: ChatModel, store: Store, seed: int | None = None,
              trainee: str = "", call_start: datetime | None = None, rubric_id: str | None = None) -> "PracticeCall":
        """Open a call on a scenario or persona id; stores the session and the debtor's first words."""
        persona, scenario = resolve_practice(ident)
        rubric = load_rubric(rubric_id)
        seed = random.SystemRandom().randrange(1_000_000) if seed is None else seed
        start = call_start or call_start_for(scenario)
        debtor = DebtorSimulator(persona, scenario, model, seed=seed, call_start=start)
        session_id = store.create_session(
            persona_id=persona.id, scenario_id=scenario.id if scenario else None, backend=model.backend,
            model_id=model.model_id, seed=seed, rubric=f"{rubric.id}@{rubric.version}",
            call_start=start.isoformat(), trainee=trainee,
        )
        context = CallContext.for_practice(called_at=start, authorised=scenario.authorised if scenario else None)
        call = cls(store=store, session_id=session_id, persona=persona, scenario=scenario, debtor=debtor,
                   scorer=Scorer(rubric), context=context, model=model)
        call._append("debtor", debtor.opening(), intent="answer", state=debtor.state.to_dict())
        return call

    @property
    def ended(self) -> bool:
        return self.summary is not None

    def _append(self, speaker: str, text: str, **stored: Any) -> int:
        idx = len(self.turns)
        self.turns.append({"speaker": speaker, "text": text})
        self.store.add_turn(self.session_id, idx, speaker, text, **stored)
        return idx

    def validate(self, text: str) -> str:
        if self.ended:
            raise InputError("这通电话已经结束，请开始新的练习。 (This call has ended; start a new one.)")
        text = (text or "").strip()
        if not text:
            raise InputError("请输入要说的话。 (The message is empty.)")
        limit = config.max_message_chars()
        if len(text) > limit:
            raise InputError(f"一句话太长了（{len(text)} 字，上限 {limit} 字），请分开说。 "
                             f"(The message has {len(text)} characters; the limit is {limit}.)")
        return text

    def take_turn(self, text: str) -> Iterator[TurnEvent]:
        """Play one collector turn. Raises InputError before storing anything if the text is unusable."""
        text = self.validate(text)
        c_idx = self._append("collector", text)
        score = self.scorer.score_turn(self.turns, c_idx, self.context).to_dict()
        self.store.update_turn(self.session_id, c_idx, score=score)
        self.scores.append(score)
        yield Scored(c_idx, score)

        decision = self.debtor.observe(text, [v["rule"] for v in score["violations"]])
        for chunk in self.debtor.speak(decision):
            yield ReplyReplace(chunk.text) if chunk.replace else ReplyDelta(chunk.text)
        reply = self.debtor.last_reply
        state = self.debtor.state.to_dict()
        d_idx = self._append("debtor", reply.text, intent=decision.intent.value, state=state,
                             fallback=reply.fallback, failed_checks=list(reply.failed_checks))
        outcome = self.debtor.outcome().to_dict()
        if self.debtor.ended:
            self.end()
        yield TurnDone(c_idx, d_idx, reply.text, decision.intent.value, state, reply.fallback,
                       list(reply.failed_checks), self.debtor.ended, outcome)

    def play(self, text: str) -> TurnDone:
        """``take_turn`` without streaming: returns the final event."""
        done = None
        for event in self.take_turn(text):
            if isinstance(event, TurnDone):
                done = event
        assert done is not None
        return done

    def transcript(self) -> dict:
        return {"id": self.session_id, "called_at": self.context.called_at.isoformat(),
                "scenario": self.scenario.id if self.scenario else None, "turns": list(self.turns)}

    def end(self) -> CallSummary:
        """End the call (the trainee hung up, or the debtor did) and store the outcome and summary."""
        if self.summary is None:
            scored = self.scorer.score_transcript_turns(self.turns, self.context)
            outcome = self.debtor.outcome().to_dict()
            self.store.end_session(self.session_id, outcome=outcome, summary=scored["session"])
            self.summary = CallSummary(self.session_id, outcome, scored["session"], scored["turns"])
        return self.summary
