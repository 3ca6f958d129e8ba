"""What the debtor does next: plain, seeded code driven by persona data.

``decide(persona, scenario, state, understanding, rng)`` moves the hidden state by the acts
of the collector's turn (persona ``moved_by`` or the defaults below), then picks one
``Intent`` following the shared semantics (``/tmp/debtor_semantics.md``):

- prohibited acts never raise trust or willingness; they anger, and may end the call;
- hang-up on anger ≥ ``hang_up.anger_at``, on an act in ``hang_up.on_acts``, or after
  ``hang_up.after_turns`` collector turns;
- a promise only when verified, ``settlement.requires`` done, trust/willingness at their
  minimum, ``can_pay`` > 0 and the collector asked for an amount/date or proposed a plan;
  never above ``can_pay`` (instalments: monthly ≤ ``max_monthly``), never before
  ``earliest_days``; asked for more, the debtor counter-offers from ``first_offer`` toward
  ``can_pay``;
- a third party never promises; the best outcome is a message taken;
- a disputing / claims-paid debtor keeps raising it until the collector offers to check;
- manipulation of the simulator gets an in-role answer and no state gain.

``rng`` only chooses among equally valid lines/intents, so a seed replays a call exactly.
"""
from __future__ import annotations

import math
import random

from ..data.persona_schema import Act, Intent, Persona, Scenario
from .acts import PROHIBITED, Understanding
from .state import Decision, DebtorState, clamp

# Global defaults for acts a persona does not list in ``moved_by``: (anger, trust, willingness).
DEFAULT_MOVES: dict[Act, tuple[int, int, int]] = {
    Act.greeting: (0, 0, 0),
    Act.self_identification: (0, 5, 0),
    Act.identity_check: (0, 0, 0),
    Act.recording_notice: (0, 2, 0),
    Act.state_debt: (3, 0, 3),
    Act.empathy: (-10, 10, 0),
    Act.ask_reason: (-3, 5, 0),
    Act.propose_plan: (0, 0, 10),
    Act.ask_amount_date: (0, 0, 2),
    Act.official_channel: (0, 5, 0),
    Act.legitimate_pressure: (5, 0, 5),
    Act.confirm_promise: (0, 0, 0),
    Act.close: (0, 0, 0),
    Act.threat: (30, -25, -10),
    Act.insult: (35, -30, -10),
    Act.impersonation: (20, -30, -5),
    Act.false_legal_claim: (20, -20, -5),
    Act.credit_exaggeration: (15, -15, 0),
    Act.contact_shaming: (30, -25, -10),
    Act.unofficial_channel: (10, -30, 0),
    Act.borrow_to_repay: (15, -10, -5),
    Act.off_topic: (5, 0, 0),
    Act.manipulation: (3, 0, 0),
}
THIRD_PARTY_DISCLOSURE = (20, -15, 0)  # a third party told about someone else's debt
ANGRY_AT = 70                          # anger from which a pressed debtor snaps back
REFUSE_BELOW_TRUST = 15                # with anger ≥ ANGRY_AT and trust below this, asked to pay → refuse
OFFER_STEPS = 2                        # counter-offers from first_offer reach can_pay in this many steps
STALLING = {"evasive", "stalling", "broken-promises"}
HARDSHIP = {"hardship", "job-loss", "illness", "hospitalised", "cannot-pay-now", "vulnerable", "cash-flow-gap"}


def move_for(persona: Persona, act: Act) -> tuple[int, int, int]:
    """(anger, trust, willingness) change for one act; prohibited acts clamped to never help."""
    if act in persona.moved_by:
        d = persona.moved_by[act]
        anger, trust, will = d.anger, d.trust, d.willingness
    else:
        anger, trust, will = DEFAULT_MOVES.get(act, (0, 0, 0))
    if act in PROHIBITED:
        anger, trust, will = max(0, anger), min(0, trust), min(0, will)
    return anger, trust, will


def conditions_met(persona: Persona, state: DebtorState) -> list[str]:
    """What still stands between this debtor and a promise (empty = a promise is possible)."""
    st = persona.settlement
    missing = []
    if persona.kind != "debtor":
        missing.append("third-party")
    if not state.verified:
        missing.append("not-verified")
    missing += [f"requires:{a.value}" for a in st.requires if not state.seen(a.value)]
    if state.trust < st.min_trust:
        missing.append(f"trust {state.trust}<{st.min_trust}")
    if state.willingness < st.min_willingness:
        missing.append(f"willingness {state.willingness}<{st.min_willingness}")
    if st.can_pay <= 0:
        missing.append("cannot-pay")
    if state.issue and not state.issue_resolved:
        missing.append(f"open:{state.issue}")
    return missing


def _round(amount: float) -> int:
    return int(math.floor(amount / 100.0) * 100) if amount >= 100 else int(amount)


def next_offer(persona: Persona, state: DebtorState) -> int:
    """The debtor's next (higher) offer: first_offer, then toward can_pay, never above it."""
    st = persona.settlement
    first = st.first_offer or min(st.can_pay, max(100, _round(st.can_pay / 2)))
    if not state.offers:
        return min(first, st.can_pay)
    last = max(state.offers)
    step = max(100, _round((st.can_pay - first) / OFFER_STEPS)) if st.can_pay > first else 0
    return min(st.can_pay, last + step)


def _has(persona: Persona, intent: Intent) -> bool:
    return bool(persona.lines.get(intent))


def _traits(persona: Persona) -> set[str]:
    return {t.lower() for t in persona.traits}


class _Turn:
    """Builds one Decision; keeps decide() readable."""

    def __init__(self, persona: Persona, state: DebtorState, u: Understanding, rng: random.Random):
        self.p, self.s, self.u, self.rng = persona, state, u, rng
        self.variant = rng.randrange(1 << 30)

    def out(self, intent: Intent, reason: str, amount: int | None = None, days: int | None = None,
            monthly: bool = False) -> Decision:
        if not _has(self.p, intent) and intent not in (Intent.promise_to_pay, Intent.counter_offer):
            intent = _substitute(self.p, intent)
        self.s.last_intent = intent.value
        self.s.intents.append(intent.value)
        return Decision(intent, self.s, amount, days, reason, self.variant, self.u, monthly)


# If a persona has no line for an intent, the nearest one it has (the wording still gets the intent note).
SUBSTITUTES: dict[Intent, tuple[Intent, ...]] = {
    Intent.threaten_complaint: (Intent.get_angry, Intent.refuse, Intent.hang_up),
    Intent.get_angry: (Intent.threaten_complaint, Intent.refuse, Intent.deflect, Intent.hang_up),
    Intent.tell_hardship: (Intent.deflect, Intent.acknowledge),
    Intent.claim_paid: (Intent.dispute, Intent.deflect),
    Intent.dispute: (Intent.claim_paid, Intent.deflect),
    Intent.agree_callback: (Intent.deflect, Intent.acknowledge),
    Intent.refuse: (Intent.deflect, Intent.get_angry),
    Intent.ask_who: (Intent.answer, Intent.acknowledge),
    Intent.acknowledge: (Intent.ask_who, Intent.deflect, Intent.take_message),
    Intent.deny_identity: (Intent.ask_who, Intent.take_message),
    Intent.deflect: (Intent.acknowledge, Intent.take_message, Intent.ask_who),
    Intent.confirm_identity: (Intent.acknowledge,),
    Intent.take_message: (Intent.acknowledge,),
}


def _substitute(persona: Persona, intent: Intent) -> Intent:
    for alt in SUBSTITUTES.get(intent, ()):
        if _has(persona, alt):
            return alt
    return Intent.stay_in_role if _has(persona, Intent.stay_in_role) else Intent.hang_up


def apply_moves(persona: Persona, state: DebtorState, u: Understanding) -> None:
    """Move anger/trust/willingness by every act of the turn (in a fixed order)."""
    manipulation = Act.manipulation in u.acts
    for act in sorted(u.acts, key=lambda a: a.value):
        anger, trust, will = move_for(persona, act)
        if manipulation:  # no state gain from a turn that tries to break the simulation
            anger, trust, will = max(0, anger), min(0, trust), min(0, will)
        state.anger, state.trust, state.willingness = (clamp(state.anger + anger), clamp(state.trust + trust),
                                                       clamp(state.willingness + will))
        if act.value not in state.acts_seen:
            state.acts_seen.append(act.value)
    if persona.kind == "third-party" and u.mentions_debt and Act.state_debt not in persona.moved_by:
        anger, trust, will = THIRD_PARTY_DISCLOSURE
        state.anger, state.trust = clamp(state.anger + anger), clamp(state.trust + trust)


def decide(persona: Persona, scenario: Scenario | None, state: DebtorState, understanding: Understanding,
           rng: random.Random) -> Decision:
    """Decide the debtor's next intent. Pure: ``state`` is copied, never changed in place."""
    s = state.copy()
    u = understanding
    t = _Turn(persona, s, u, rng)
    if s.ended:
        return Decision(Intent.hang_up, s, reason="the call has already ended", variant=t.variant, understanding=u)
    s.turn += 1
    apply_moves(persona, s, u)
    if persona.kind == "third-party" and u.mentions_debt:
        s.disclosed = True

    ended = _hang_up_reason(persona, s, u)
    if ended:
        s.ended, s.end_reason = True, ended
        if ended != "turns" and s.promise:
            s.promise = None  # an angry hang-up takes the promise back
        return t.out(Intent.hang_up, f"hang up: {ended}")
    if Act.manipulation in u.acts:
        return t.out(Intent.stay_in_role, "manipulation attempt: answer in role, no state gain")
    prohibited = u.acts & PROHIBITED
    if prohibited:
        s.prohibited_count += 1
        names = ",".join(sorted(a.value for a in prohibited))
        complain = _has(persona, Intent.threaten_complaint) and (s.anger >= ANGRY_AT or s.prohibited_count >= 2)
        if complain and _has(persona, Intent.get_angry) and s.anger < 85:
            complain = rng.random() < 0.5 or s.prohibited_count >= 2
        intent = Intent.threaten_complaint if complain else Intent.get_angry
        return t.out(intent, f"prohibited conduct ({names})")
    if persona.kind == "third-party":
        return _third_party(t)
    return _debtor(t)


def _hang_up_reason(persona: Persona, s: DebtorState, u: Understanding) -> str:
    hit = sorted(a.value for a in u.acts if a in set(persona.hang_up.on_acts))
    if hit:
        return f"act:{hit[0]}"
    if s.anger >= persona.hang_up.anger_at:
        return "anger"
    if s.turn >= persona.hang_up.after_turns:
        return "turns"
    return ""


def _third_party(t: _Turn) -> Decision:
    s, u = t.s, t.u
    if Act.identity_check in u.acts and not s.denied_identity:
        s.denied_identity = True
        return t.out(Intent.deny_identity, "third party: not the debtor")
    if u.callback:
        s.message_taken = True
        return t.out(Intent.take_message, "third party: asked to pass on a call-back message")
    if u.has(Act.ask_amount_date, Act.propose_plan, Act.confirm_promise) or u.full:
        return t.out(Intent.refuse, "third party: will not pay someone else's debt")
    if u.mentions_debt:
        intent = Intent.get_angry if s.anger >= 50 else Intent.ask_who
        return t.out(intent, "third party: told about the debtor's debt (disclosure)")
    if Act.close in u.acts:
        s.ended, s.end_reason = _closing(u), ("closed" if _closing(u) else "")
        return t.out(Intent.acknowledge, "close")
    if not s.seen(Act.self_identification.value):
        return t.out(Intent.ask_who, "third party: who is calling?")
    return t.out(Intent.acknowledge, "third party: listening")


def _closing(u: Understanding) -> bool:
    words = u.evidence.get(Act.close.value, "")
    return any(w in words for w in ("再见", "拜拜", "先这样", "就到这", "不打扰"))


def _asks_money(u: Understanding) -> bool:
    return u.has(Act.ask_amount_date, Act.propose_plan, Act.confirm_promise) or u.full or u.months is not None


def _debtor(t: _Turn) -> Decision:
    p, s, u = t.p, t.s, t.u
    traits = _traits(p)
    # --- identity
    if not s.verified:
        asked = Act.identity_check in u.acts or (s.pending_identity and Act.self_identification in u.acts)
        if asked:
            if s.seen(Act.self_identification.value):
                s.verified, s.pending_identity = True, False
                return t.out(Intent.confirm_identity, "identity asked after the caller said who they are")
            if traits & STALLING and _has(p, Intent.deny_identity) and not s.denied_identity:
                s.denied_identity, s.pending_identity = True, True
                return t.out(Intent.deny_identity, "evasive: denies being the debtor to an unknown caller")
            s.pending_identity = True
            return t.out(Intent.ask_who, "identity asked before the caller said who they are")
        if not s.seen(Act.self_identification.value):
            return t.out(Intent.ask_who, "caller has not said who they are")
    # --- an open dispute / claim of payment comes first
    if s.issue and not s.issue_resolved:
        if u.addresses_record and (s.issue_raised or u.mentions_debt):
            s.issue_resolved = True
            if not _asks_money(u):
                return t.out(Intent.acknowledge, f"{s.issue} addressed: the collector will check the record")
        elif s.verified and (u.mentions_debt or _asks_money(u) or Act.legitimate_pressure in u.acts):
            s.issue_raised = True
            intent = Intent.claim_paid if s.issue == "claim_paid" else Intent.dispute
            return t.out(intent, f"{s.issue} not yet addressed by the collector")
    if Act.close in u.acts and not _asks_money(u):
        return _close(t)
    if _asks_money(u) or (u.accepts and s.last_intent == Intent.counter_offer.value):
        return _money(t)
    if u.callback and not s.promise:
        s.callback_agreed = True
        return t.out(Intent.agree_callback, "collector offers to call back")
    return _react(t)


def _close(t: _Turn) -> Decision:
    s, u = t.s, t.u
    if _closing(u):
        s.ended, s.end_reason = True, "closed"
    if s.promise:
        pr = s.promise
        return t.out(Intent.promise_to_pay, "close: restates the promise", pr["amount"], pr["days"], bool(pr.get("months")))
    if s.callback_agreed or u.callback:
        s.callback_agreed = True
        return t.out(Intent.agree_callback, "close: call back later")
    return t.out(Intent.acknowledge, "close")


def _react(t: _Turn) -> Decision:
    """A turn that asks for nothing: react to what was said."""
    p, s, u = t.p, t.s, t.u
    traits = _traits(p)
    if Act.off_topic in u.acts:
        return t.out(Intent.deflect if s.verified else Intent.ask_who, "off topic")
    if Act.ask_reason in u.acts:
        s.hardship_told = True
        return t.out(Intent.tell_hardship, "asked for the reason")
    if s.anger >= ANGRY_AT and u.has(Act.state_debt, Act.legitimate_pressure):
        return t.out(Intent.get_angry, f"anger {s.anger} and pressed")
    if Act.empathy in u.acts and traits & HARDSHIP and not s.hardship_told:
        s.hardship_told = True
        return t.out(Intent.tell_hardship, "empathy opens up the hardship")
    if u.has(Act.state_debt, Act.legitimate_pressure):
        if traits & STALLING:
            return t.out(Intent.deflect, "stalling")
        if traits & HARDSHIP and not s.hardship_told:
            s.hardship_told = True
            return t.out(Intent.tell_hardship, "reminded of the debt: explains the hardship")
        options = [Intent.deflect, Intent.acknowledge]
        return t.out(options[t.rng.randrange(2)], "reminded of the debt")
    if Act.identity_check in u.acts and s.verified:
        return t.out(Intent.confirm_identity, "identity asked again")
    return t.out(Intent.acknowledge, "listening")


def _money(t: _Turn) -> Decision:
    """The collector asked for payment or proposed a plan."""
    p, s, u = t.p, t.s, t.u
    st = p.settlement
    traits = _traits(p)
    missing = conditions_met(p, s)
    if st.can_pay <= 0:
        others = [m for m in missing if m != "cannot-pay"]
        if not s.hardship_told:
            s.hardship_told = True
            return t.out(Intent.tell_hardship, "cannot pay now: explains why")
        if not others or u.callback:
            s.callback_agreed = True
            return t.out(Intent.agree_callback, "cannot pay now; agrees to talk again later")
        s.refused = True
        return t.out(Intent.refuse, f"cannot pay now ({'; '.join(others)})")
    if missing:
        reason = "no promise yet: " + "; ".join(missing)
        if s.anger >= ANGRY_AT and s.trust < REFUSE_BELOW_TRUST:
            s.refused = True
            return t.out(Intent.refuse, reason)
        if s.anger >= ANGRY_AT:
            return t.out(Intent.get_angry, reason)
        if traits & HARDSHIP and not s.hardship_told:
            s.hardship_told = True
            return t.out(Intent.tell_hardship, reason)
        if u.callback:
            s.callback_agreed = True
            return t.out(Intent.agree_callback, reason)
        return t.out(Intent.deflect, reason)
    return _negotiate(t)


def _negotiate(t: _Turn) -> Decision:
    p, s, u = t.p, t.s, t.u
    st = p.settlement
    earliest = st.earliest_days
    asked_days = u.days
    if u.months and st.accepts_instalments and st.max_monthly > 0:
        monthly = u.amount if u.amount and u.amount < p.debt.amount_due else math.ceil(p.debt.amount_due / u.months)
        days = max(asked_days if asked_days is not None else earliest, earliest)
        if monthly <= st.max_monthly:
            return _promise(t, monthly, days, months=u.months, reason=f"instalments of {monthly} × {u.months} within max_monthly")
        s.offer_days = days
        return t.out(Intent.counter_offer, f"monthly {monthly} above max_monthly {st.max_monthly}", st.max_monthly, days, True)
    # the amount the collector is after
    asked: int | None = None
    if u.full:
        asked = p.debt.amount_due
    elif u.amount is not None and not (Act.state_debt in u.acts and u.amount >= p.debt.amount_due and not u.full):
        asked = u.amount
    confirming = Act.confirm_promise in u.acts or (u.accepts and s.last_intent == Intent.counter_offer.value)
    if asked is None and confirming and s.offers:
        asked = s.offers[-1]
        if asked_days is None:
            asked_days = s.offer_days
    if asked is None and s.promise:
        pr = s.promise
        return t.out(Intent.promise_to_pay, "restates the promise", pr["amount"], pr["days"], bool(pr.get("months")))
    days = max(asked_days if asked_days is not None else (s.offer_days or earliest), earliest)
    if asked is None:  # an open question: the debtor names its first offer
        offer = next_offer(p, s) if not s.offers else max(s.offers)
        return _promise(t, offer, days, reason="open ask: names an amount it can pay")
    ceiling = max(s.offers) if s.offers else 0
    if asked <= max(ceiling, 0) and asked <= st.can_pay:
        return _date_checked(t, asked, asked_days, days, "within what the debtor already offered")
    offer = next_offer(p, s)
    if asked <= offer:
        return _date_checked(t, asked, asked_days, days, "asked amount within the next step toward can_pay")
    s.offers.append(offer)
    s.offer_days = days
    note = "at can_pay already" if offer >= st.can_pay else "moves toward can_pay"
    return t.out(Intent.counter_offer, f"asked {asked} > offer {offer} ({note})", offer, days)


def _date_checked(t: _Turn, amount: int, asked_days: int | None, days: int, reason: str) -> Decision:
    earliest = t.p.settlement.earliest_days
    if asked_days is not None and asked_days < earliest:
        t.s.offers.append(amount)
        t.s.offer_days = earliest
        return t.out(Intent.counter_offer, f"date too early ({asked_days} < {earliest} days)", amount, earliest)
    return _promise(t, amount, days, reason=reason)


def _promise(t: _Turn, amount: int, days: int, *, months: int | None = None, reason: str) -> Decision:
    st = t.p.settlement
    cap = st.max_monthly if months else st.can_pay
    amount = min(amount, cap)
    days = max(days, st.earliest_days)
    t.s.offers.append(amount)
    t.s.offer_days = days
    t.s.promise = {"amount": amount, "days": days, "months": months}
    return t.out(Intent.promise_to_pay, reason, amount, days, bool(months))
