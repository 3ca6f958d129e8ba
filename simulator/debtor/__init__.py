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
import threading
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Iterable, Iterator, Sequence

from ..data.persona_schema import Intent, Persona, Scenario
from ..models.base import ChatModel
from .acts import CallContext, Understanding, detect_acts, with_violations
from .check import check_partial, check_reply, clean_reply
from .policy import decide
from .state import Decision, DebtorState
from .wording import build_prompt, opener, prefill_text

__all__ = ["DebtorSimulator", "Decision", "DebtorState", "Outcome", "Reply", "ReplyChunk", "Understanding",
           "detect_acts", "decide", "check_reply"]

HOLD_BACK = 4      # characters kept back while streaming, so a bad phrase is caught before it shows
MAX_ATTEMPTS = 2   # the model is asked at most this many times per turn, then the persona line is used
RETRY_TEMPERATURE = 0.5  # the second attempt samples a little more conservatively and begins the line
COMMIT_INTENTS = (Intent.promise_to_pay, Intent.counter_offer)  # the line is begun for the model up to the date


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
    rejected: list[str] = field(default_factory=list)  # model texts the check rejected this turn


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
        self._prefill_thread: threading.Thread | None = None

    # --- the call -------------------------------------------------------------------------
    @property
    def ended(self) -> bool:
        return self.state.ended

    @property
    def call_date(self) -> date:
        return self.call_start.date()

    def opening(self, *, prefill: bool = True) -> str:
        """The debtor picks up (no model call to word it). With ``prefill`` (default) the model's
        cache is warmed with the persona block in the background, see :meth:`prefill`."""
        lines = self.persona.lines[Intent.answer]
        line = lines[self.rng.randrange(len(lines))]
        self.history.append({"speaker": "debtor", "text": line, "intent": Intent.answer.value})
        self.last_reply = Reply(text=line, attempts=0)
        if prefill:
            self.prefill(background=True)
        return line

    def prefill(self, *, background: bool = False) -> bool:
        """Let the backend evaluate the persona block and the call so far now (while the trainee
        reads/types), so the first reply only pays for its new tokens. No-op (False) when the
        backend has no ``prefill``. In the background it runs on a daemon thread; backends
        serialise generation with their own lock, so a reply asked for meanwhile just waits."""
        fn = getattr(self.model, "prefill", None)
        if not callable(fn):
            return False
        text = prefill_text(self.persona, self.history)

        def run() -> None:
            try:
                fn(text)
            except Exception:  # warming the cache is an optimisation only
                pass

        if background:
            self._prefill_thread = threading.Thread(target=run, name="debtor-prefill", daemon=True)
            self._prefill_thread.start()
        else:
            run()
        return True

    def wait_prefill(self, timeout: float | None = None) -> None:
        """Block until a background prefill has finished (tests, benchmarks)."""
        if self._prefill_thread is not None:
            self._prefill_thread.join(timeout)

    def context(self) -> CallContext:
        last = next((t["text"] for t in reversed(self.history) if t["speaker"] == "debtor"), "")
        return CallContext(debtor_name=self.persona.debt.debtor_name, listener_name=self.persona.identity.name,
                           lender=self.persona.debt.lender, amount_due=self.persona.debt.amount_due, product=self.persona.debt.product,
                           today=self.call_date, last_debtor_line=last)

    def observe(self, collector_text: str, violations: Iterable[str] | None = None) -> Decision:
        """Understand the collector's turn, decide the intent, update the state. No model call.

        ``violations`` are the rubric scorer's findings for this turn (violation ids); the
        engine passes the ones it has just scored, and when None they are computed here with
        the scorer's compliance detectors. Either way the debtor reacts to everything the
        trainee is marked down for, not only to what its own coarser act tables see; the
        findings can only add acts."""
        if violations is None:
            violations = self._scorer_violations(collector_text)
        understanding = with_violations(detect_acts(collector_text, self.context()), violations)
        decision = decide(self.persona, self.scenario, self.state, understanding, self.rng)
        self.state = decision.state_after
        self.collector_turns.append(collector_text)
        self.history.append({"speaker": "collector", "text": collector_text})
        self.decisions.append(decision)
        return decision

    def _scorer_violations(self, collector_text: str) -> list[str]:
        from simulator.scoring.compliance import violation_ids  # the scorer imports nothing of the debtor

        turns = [*self.history, {"speaker": "collector", "text": collector_text}]
        authorised = self.scenario.authorised if self.scenario else None
        return violation_ids(turns, len(turns) - 1, called_at=self.call_start, authorised=authorised)

    def speak(self, decision: Decision) -> Iterator[ReplyChunk]:
        """Stream the checked reply for ``decision``; the only place the model is called."""
        prior = self.history
        failures: list[str] = []
        rejected: list[str] = []
        shown = False
        prompt = build_prompt(self.persona, decision, prior, self.call_start)
        for attempt in range(MAX_ATTEMPTS):
            seed = (self.seed * 1_000_003 + len(self.decisions) * 101 + attempt) % (2 ** 31)
            begin = ""
            if (attempt > 0 or decision.intent in COMMIT_INTENTS) and self._continues_text():
                begin = opener(self.persona, decision, self.history, self.call_start, retry=attempt > 0)
            asked = prompt if attempt == 0 else replace(prompt, temperature=min(prompt.temperature, RETRY_TEMPERATURE))
            if begin:
                asked = replace(asked, text=asked.text + begin)
            text, failed, emitted = yield from self._attempt(asked, decision, seed, replace_first=shown, begin=begin)
            shown = shown or emitted
            if not failed:
                self._finish(text, fallback=False, failed=failures, attempts=attempt + 1, rejected=rejected, intent=decision.intent)
                return
            failures.extend(f for f in failed if f not in failures)
            rejected.append(text)
            if attempt + 1 < MAX_ATTEMPTS:
                self.stats["retries"] += 1
        line = prompt.reference
        yield ReplyChunk(line, replace=True)
        self._finish(line, fallback=True, failed=failures, attempts=MAX_ATTEMPTS, rejected=rejected, intent=decision.intent)

    def _continues_text(self) -> bool:
        """Whether the backend continues ``prompt.text`` (so a begun line can be appended to it)."""
        backend = getattr(self.model, "backend", "")
        return backend in ("llamacpp", "transformers") or (backend == "openai" and not getattr(self.model, "chat", True))

    def _attempt(self, prompt, decision: Decision, seed: int, *, replace_first: bool, begin: str = ""):
        """One model attempt (``begin``: the start of the line, already at the end of the prompt).
        Yields chunks; returns (text, failed checks, whether anything was shown)."""
        buffer, shown, emitted = begin, "", False

        def show(text: str):
            nonlocal shown, emitted
            if (replace_first and not emitted) or not text.startswith(shown):
                chunk = ReplyChunk(text, replace=True)  # cleaning changed what was shown: show it anew
            else:
                chunk = ReplyChunk(text[len(shown):])
            shown, emitted = text, True
            return chunk

        pieces = self.model.stream(prompt, seed=seed)
        try:
            for piece in pieces:
                buffer += piece
                cleaned = clean_reply(buffer, self.persona, prompt.stop)
                failed = check_partial(cleaned, self.persona)
                if failed:
                    return cleaned, failed, emitted
                safe = cleaned[: max(0, len(cleaned) - HOLD_BACK)]
                if len(safe) > len(shown) or (shown and not safe.startswith(shown)):
                    yield show(safe)
                if _stopped(buffer, prompt.stop, self.persona):
                    break
        except Exception as exc:  # a backend failing mid-reply must not break the call
            return buffer, [f"model_error:{type(exc).__name__}"], emitted
        finally:  # stop the backend's generation now (releases its lock), not at garbage collection
            close = getattr(pieces, "close", None)
            if close:
                close()
        text = clean_reply(buffer, self.persona, prompt.stop, final=True)
        failed = check_reply(text, self.persona, decision, self.history, self.call_start)
        if failed:
            return text, failed, emitted
        if text != shown:
            yield show(text)
        return text, [], emitted

    def _finish(self, text: str, *, fallback: bool, failed: list[str], attempts: int, rejected: list[str] = (),
                intent: Intent | None = None) -> None:
        self.last_reply = Reply(text=text, fallback=fallback, failed_checks=list(failed), attempts=attempts,
                                rejected=list(rejected))
        self.history.append({"speaker": "debtor", "text": text, **({"intent": intent.value} if intent else {})})
        self.stats["replies"] += 1
        self.stats["fallbacks"] += int(fallback)
        self.stats["caught"] += int(bool(failed))

    def say(self, collector_text: str, violations: Iterable[str] | None = None) -> str:
        """observe + speak, returning the final reply text (for scripts and tests)."""
        for _ in self.speak(self.observe(collector_text, violations)):
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
               collector_turns: Sequence[str], *, call_start: datetime | None = None,
               violations: Sequence[Iterable[str]] | None = None) -> "DebtorSimulator":
        """Play ``collector_turns`` again from the start; gives the same decisions for the same
        inputs (the scorer's findings are recomputed unless ``violations`` gives them per turn)."""
        sim = cls(persona, scenario, model, seed=seed, call_start=call_start)
        sim.opening()
        for i, text in enumerate(collector_turns):
            if sim.ended:
                break
            sim.say(text, violations[i] if violations is not None and i < len(violations) else None)
        return sim


def _stopped(buffer: str, stop: Sequence[str], persona: Persona) -> bool:
    body = buffer.lstrip()
    for label in (f"{persona.identity.name}：", f"{persona.identity.name}:"):
        if body.startswith(label):
            body = body[len(label):].lstrip()
    return any(s and s in body for s in stop)
