"""The debtor's hidden state during one call, and the decision taken each turn.

``DebtorState`` is plain data (JSON-serialisable through ``to_dict``/``from_dict``) so the
turn engine can store it with every turn and a call can be replayed and inspected.
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields

from ..data.persona_schema import Intent, Persona
from .acts import Understanding


def clamp(value: int) -> int:
    return max(0, min(100, int(value)))


@dataclass
class DebtorState:
    """Everything the policy remembers between collector turns."""

    anger: int = 0
    trust: int = 0
    willingness: int = 0
    verified: bool = False            # the collector asked and the debtor confirmed being the debtor
    pending_identity: bool = False    # asked who they are before saying who is calling
    denied_identity: bool = False
    acts_seen: list[str] = field(default_factory=list)  # collector acts so far, first-seen order
    turn: int = 0                     # collector turns observed
    offers: list[int] = field(default_factory=list)     # amounts the debtor offered (counter or promise)
    offer_days: int | None = None     # date of the last offer, days from the call
    promise: dict | None = None       # {"amount", "days", "monthly", "months"} once promised
    issue: str | None = None          # "dispute" | "claim_paid" the persona will raise
    issue_raised: bool = False
    issue_resolved: bool = False
    hardship_told: bool = False
    disclosed: bool = False           # a third party was told about the debt
    message_taken: bool = False       # a third party agreed to pass on a message
    callback_agreed: bool = False
    refused: bool = False
    prohibited_count: int = 0
    last_intent: str | None = None
    intents: list[str] = field(default_factory=list)
    ended: bool = False
    end_reason: str = ""              # "anger", "act:<act>", "turns", "closed"

    @classmethod
    def initial(cls, persona: Persona) -> "DebtorState":
        s = persona.initial_state
        traits = {t.lower() for t in persona.traits}
        issue = None
        if persona.kind == "debtor":
            if traits & {"claims-paid", "claims_paid", "already-paid"} and persona.lines.get(Intent.claim_paid):
                issue = "claim_paid"
            elif traits & {"disputes", "dispute", "amount-dispute"} and persona.lines.get(Intent.dispute):
                issue = "dispute"
        return cls(anger=s.anger, trust=s.trust, willingness=s.willingness, issue=issue)

    def copy(self) -> "DebtorState":
        return copy.deepcopy(self)

    def seen(self, act: str) -> bool:
        return act in self.acts_seen

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "DebtorState":
        names = {f.name for f in fields(cls)}
        return cls(**{k: copy.deepcopy(v) for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Decision:
    """What the debtor does next, decided by code; the model only words it."""

    intent: Intent
    state_after: DebtorState
    amount: int | None = None         # yuan, for promise_to_pay / counter_offer
    date_days: int | None = None      # days from the call date, for promise_to_pay / counter_offer
    reason: str = ""                  # why (for tests, logs and the trainer's view)
    variant: int = 0                  # seeded choice among equally valid persona lines
    understanding: Understanding | None = None
    monthly: bool = False             # the amount is a monthly instalment

    def to_dict(self) -> dict:
        return {"intent": self.intent.value, "amount": self.amount, "date_days": self.date_days,
                "reason": self.reason, "variant": self.variant, "monthly": self.monthly,
                "acts": self.understanding.to_dict()["acts"] if self.understanding else [],
                "state": self.state_after.to_dict()}
