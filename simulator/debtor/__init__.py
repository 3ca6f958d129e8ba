"""The simulated debtor: code decides, the model words.

:class:`DebtorSimulator` is what the turn engine uses. ``observe`` understands a collector
turn (``acts``) and decides the debtor's next intent (``policy``) without any model call;
``speak`` asks the model to word that intent (``wording``), releases text only while it
passes the streaming checks (``check``), retries once with another seed and otherwise falls
back to the persona-authored line. Given (persona, seed, collector turns) and the same
model, a call replays exactly (``DebtorSimulator.replay``).
"""
from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Iterator, Sequence

from ..data.persona_schema import Intent, Persona, Scenario
from ..models.base import ChatModel
from .acts import CallContext, Understanding, detect_acts
from .check import check_partial, check_reply, clean_reply
from .policy import decide
from .state import Decision, DebtorState
from .wording import build_prompt

__all__ = ["DebtorSimulator", "Decision", "DebtorState", "Outcome", "Reply", "ReplyChunk", "Understanding",
           "detect_acts", "decide", "check_reply"]

HOLD_BACK = 4      # characters kept back while streaming, so a bad phrase is caught before it shows
MAX_ATTEMPTS = 2   # the model is asked at most this many times per turn, then the persona line is used


@dataclass(frozen=True)
class ReplyChunk:
    """A piece of the debtor's reply. ``replace``: discard what was shown and show ``text`` instead."""

    text: str
    replace: bool = False


@dataclass
class Reply:
    """The reply as finally shown for the last turn."""

    text: str = ""
    fallback: bool = False
    failed_checks: list[str] = field(default_factory=list)
    attempts: int = 0


@dataclass(frozen=True)
class Outcome:
    """Result of the call so far. kind: promise | partial-promise | callback | refusal | hang-up | message-left | none."""

    kind: str
    amount: int | None = None
    date: str | None = None     # ISO date of the promised payment
    days: int | None = None     # days from the call date
    monthly: bool = False       # ``amount`` is a monthly instalment
    months: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _default_start(scenario: Scenario | None) -> datetime:
    hh, mm = map(int, (scenario.call_time if scenario else "14:00").split(":"))
    return datetime.combine(date.today(), time(hh, mm))


class DebtorSimulator:
    """One debtor on one call."""

    def __init__(self, persona: Persona, scenario: Scenario | None, model: ChatModel, *, seed: int = 0,
                 call_start: datetime | None = None):
        self.persona, self.scenario, self.model, self.seed = persona, scenario, model, seed
        self.call_start = call_start or _default_start(scenario)
        self.rng = random.Random(seed)
        self.state = DebtorState.initial(persona)
        self.history: list[dict] = []          # [{"speaker": "collector"|"debtor", "text": str}]
        self.collector_turns: list[str] = []
        self.decisions: list[Decision] = []
        self.last_reply = Reply()
        self.stats = {"replies": 0, "fallbacks": 0, "caught": 0, "retries": 0}

    # --- the call -------------------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self.state.ended

    @property
    def call_date(self) -> date:
        return self.call_start.date()

    def opening(self) -> str:
        """The debtor picks up (no model call)."""
        lines = self.persona.lines[Intent.answer]
        line = lines[self.rng.randrange(len(lines))]
        self.history.append({"speaker": "debtor", "text": line})
        self.last_reply = Reply(text=line, attempts=0)
        return line

    def context(self) -> CallContext:
        last = next((t["text"] for t in reversed(self.history) if t["speaker"] == "debtor"), "")
        return CallContext(debtor_name=self.persona.debt.debtor_name, listener_name=self.persona.identity.name,
                           lender=self.persona.debt.lender, amount_due=self.persona.debt.amount_due, product=self.persona.debt.product,
                           today=self.call_date, last_debtor_line=last)

    def observe(self, collector_text: str) -> Decision:
        """Understand the collector's turn, decide the intent, update the state. No model call."""
        understanding = detect_acts(collector_text, self.context())
        decision = decide(self.persona, self.scenario, self.state, understanding, self.rng)
        self.state = decision.state_after
        self.collector_turns.append(collector_text)
        self.history.append({"speaker": "collector", "text": collector_text})
        self.decisions.append(decision)
        return decision

    def speak(self, decision: Decision) -> Iterator[ReplyChunk]:
        """Stream the checked reply for ``decision``; the only place the model is called."""
        prior = self.history
        failures: list[str] = []
        shown = False
        prompt = build_prompt(self.persona, decision, prior, self.call_start)
        for attempt in range(MAX_ATTEMPTS):
            seed = (self.seed * 1_000_003 + len(self.decisions) * 101 + attempt) % (2 ** 31)
            text, failed, emitted = yield from self._attempt(prompt, decision, seed, replace_first=shown)
            shown = shown or emitted
            if not failed:
                self._finish(text, fallback=False, failed=failures, attempts=attempt + 1)
                return
            failures.extend(f for f in failed if f not in failures)
            if attempt + 1 < MAX_ATTEMPTS:
                self.stats["retries"] += 1
        line = prompt.reference
        yield ReplyChunk(line, replace=True)
        self._finish(line, fallback=True, failed=failures, attempts=MAX_ATTEMPTS)

    def _attempt(self, prompt, decision: Decision, seed: int, *, replace_first: bool):
        """One model attempt. Yields chunks; returns (text, failed checks, whether anything was shown)."""
        buffer, released, emitted = "", 0, False
        try:
            for piece in self.model.stream(prompt, seed=seed):
                buffer += piece
                cleaned = clean_reply(buffer, self.persona, prompt.stop)
                failed = check_partial(cleaned, self.persona)
                if failed:
                    return cleaned, failed, emitted
                safe = cleaned[: max(0, len(cleaned) - HOLD_BACK)]
                if len(safe) > released:
                    if replace_first and not emitted:
                        yield ReplyChunk(safe, replace=True)
                    else:
                        yield ReplyChunk(safe[released:])
                    released, emitted = len(safe), True
                if _stopped(buffer, prompt.stop, self.persona):
                    break
        except Exception as exc:  # a backend failing mid-reply must not break the call
            return buffer, [f"model_error:{type(exc).__name__}"], emitted
        text = clean_reply(buffer, self.persona, prompt.stop)
        failed = check_reply(text, self.persona, decision, self.history, self.call_start)
        if failed:
            return text, failed, emitted
        if len(text) > released:
            if replace_first and not emitted:
                yield ReplyChunk(text, replace=True)
            else:
                yield ReplyChunk(text[released:])
            emitted = True
        return text, [], emitted

    def _finish(self, text: str, *, fallback: bool, failed: list[str], attempts: int) -> None:
        self.last_reply = Reply(text=text, fallback=fallback, failed_checks=list(failed), attempts=attempts)
        self.history.append({"speaker": "debtor", "text": text})
        self.stats["replies"] += 1
        self.stats["fallbacks"] += int(fallback)
        self.stats["caught"] += int(bool(failed))

    def say(self, collector_text: str) -> str:
        """observe + speak, returning the final reply text (for scripts and tests)."""
        for _ in self.speak(self.observe(collector_text)):
            pass
        return self.last_reply.text

    # --- results --------------------------------------------------------------------------
    def outcome(self) -> Outcome:
        s, debt = self.state, self.persona.debt
        if s.promise:
            amount, days, months = s.promise["amount"], s.promise["days"], s.promise.get("months")
            total = amount * months if months else amount
            kind = "promise" if total >= debt.amount_due else "partial-promise"
            when = (self.call_date + timedelta(days=days)).isoformat()
            return Outcome(kind, amount, when, days, bool(months), months)
        if s.message_taken:
            return Outcome("message-left")
        if s.ended and s.end_reason != "closed":
            return Outcome("hang-up")
        if s.callback_agreed:
            return Outcome("callback")
        if s.refused:
            return Outcome("refusal")
        return Outcome("none")

    def to_dict(self) -> dict:
        return {
            "persona": self.persona.id, "scenario": self.scenario.id if self.scenario else None,
            "seed": self.seed, "call_start": self.call_start.isoformat(), "backend": getattr(self.model, "backend", ""),
            "state": self.state.to_dict(), "collector_turns": list(self.collector_turns),
            "decisions": [d.to_dict() for d in self.decisions], "history": list(self.history),
            "outcome": self.outcome().to_dict(), "stats": dict(self.stats),
        }

    @classmethod
    def replay(cls, persona: Persona, scenario: Scenario | None, model: ChatModel, seed: int,
               collector_turns: Sequence[str], *, call_start: datetime | None = None) -> "DebtorSimulator":
        """Play ``collector_turns`` again from the start; gives the same decisions for the same inputs."""
        sim = cls(persona, scenario, model, seed=seed, call_start=call_start)
        sim.opening()
        for text in collector_turns:
            if sim.ended:
                break
            sim.say(text)
        return sim


def _stopped(buffer: str, stop: Sequence[str], persona: Persona) -> bool:
    body = buffer.lstrip()
    for label in (f"{persona.identity.name}：", f"{persona.identity.name}:"):
        if body.startswith(label):
            body = body[len(label):].lstrip()
    return any(s and s in body for s in stop)
