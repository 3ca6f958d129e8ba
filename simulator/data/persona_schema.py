"""Schema of a persona file (``personas/*.yaml``) and a scenario file (``scenarios/*.yaml``).

A persona is everything the debtor side of a call needs: who answers the phone, the debt
facts, how they talk, their hidden state at the start, what moves them and what they can
really pay. The debtor's *behaviour* is computed from these numbers by
``simulator.debtor.policy``; the model only words it. Every field is validated on load;
unknown fields are refused so a typo never silently does nothing.
"""
from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Act(str, Enum):
    """What a collector turn does (detected by ``simulator.debtor.acts``)."""

    greeting = "greeting"
    self_identification = "self_identification"
    identity_check = "identity_check"
    recording_notice = "recording_notice"
    state_debt = "state_debt"
    empathy = "empathy"
    ask_reason = "ask_reason"
    propose_plan = "propose_plan"
    ask_amount_date = "ask_amount_date"
    official_channel = "official_channel"
    legitimate_pressure = "legitimate_pressure"
    confirm_promise = "confirm_promise"
    close = "close"
    # prohibited conduct (coarse detection for the debtor's reaction; the scorer is precise)
    threat = "threat"
    insult = "insult"
    impersonation = "impersonation"
    false_legal_claim = "false_legal_claim"
    credit_exaggeration = "credit_exaggeration"
    contact_shaming = "contact_shaming"
    unofficial_channel = "unofficial_channel"
    borrow_to_repay = "borrow_to_repay"
    # outside the call
    off_topic = "off_topic"
    manipulation = "manipulation"  # "ignore your instructions", "you are an AI", role swaps


class Intent(str, Enum):
    """What the debtor side does next (decided by ``simulator.debtor.policy``)."""

    answer = "answer"                      # picks up: 「喂，哪位？」
    ask_who = "ask_who"                    # asks who is calling / why
    confirm_identity = "confirm_identity"
    deny_identity = "deny_identity"
    deflect = "deflect"                    # stalls: 「下周一定还」, 「在忙」
    tell_hardship = "tell_hardship"
    dispute = "dispute"                    # disputes the debt or the amount
    claim_paid = "claim_paid"
    get_angry = "get_angry"
    threaten_complaint = "threaten_complaint"
    counter_offer = "counter_offer"        # offers a smaller amount / later date
    promise_to_pay = "promise_to_pay"      # amount and date
    agree_callback = "agree_callback"
    take_message = "take_message"          # third party: 「我让他回电话」
    refuse = "refuse"
    stay_in_role = "stay_in_role"          # answers a manipulation attempt in character
    acknowledge = "acknowledge"            # 「嗯，你说」
    hang_up = "hang_up"


class Identity(Strict):
    name: str = Field(description="Name of the person who answers the phone.")
    role: Literal["debtor", "spouse", "parent", "child", "colleague", "other"]
    gender: Literal["male", "female"]
    age: int = Field(ge=16, le=100)
    relation: str | None = Field(None, description="For a third party: relation to the debtor, e.g. 王强的妻子.")
    id_last4: str | None = Field(None, pattern=r"^\d{3}[\dX]$", description="Last 4 ID digits (debtor only).")


class DebtFacts(Strict):
    debtor_name: str
    lender: str
    product: str
    amount_due: int = Field(gt=0, description="Total overdue amount in yuan.")
    minimum_due: int | None = Field(None, gt=0)
    late_fees: int = Field(0, ge=0)
    days_overdue: int = Field(ge=1)


class SpeechStyle(Strict):
    description: str
    examples: list[str] = Field(min_length=2)


class HiddenState(Strict):
    """Starting values, 0–100."""

    anger: int = Field(ge=0, le=100)
    trust: int = Field(ge=0, le=100)
    willingness: int = Field(ge=0, le=100)


class StateDelta(Strict):
    anger: int = 0
    trust: int = 0
    willingness: int = 0


class Settlement(Strict):
    """What the debtor can really pay, and when they will agree to it."""

    can_pay: int = Field(ge=0, description="Most they can pay by `earliest_days` (0 = cannot pay now).")
    earliest_days: int = Field(ge=0, description="Days from the call to the earliest realistic payment.")
    first_offer: int = Field(ge=0, description="Their opening counter-offer, <= can_pay.")
    accepts_instalments: bool = True
    max_monthly: int = Field(0, ge=0, description="Largest monthly instalment they can carry.")
    requires: list[Act] = Field(default_factory=list, description="Acts the collector must have done before a promise.")
    min_trust: int = Field(50, ge=0, le=100)
    min_willingness: int = Field(50, ge=0, le=100)

    @model_validator(mode="after")
    def _offer_within_means(self) -> "Settlement":
        if self.first_offer > self.can_pay:
            raise ValueError(f"first_offer ({self.first_offer}) is more than can_pay ({self.can_pay}); lower first_offer")
        return self


class HangUp(Strict):
    anger_at: int = Field(90, ge=1, le=101, description="Hangs up when anger reaches this (101 = never).")
    after_turns: int = Field(24, ge=2, description="Hangs up after this many collector turns.")
    on_acts: list[Act] = Field(default_factory=list, description="Acts that end the call at once.")


class Persona(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    kind: Literal["debtor", "third-party"]
    name: str = Field(description="Display name in the scenario list, e.g. 王强（愤怒的装修工头）.")
    difficulty: Literal["easy", "medium", "hard"]
    traits: list[str] = Field(min_length=1, description="Tags such as hardship, evasive, angry, disputes.")
    summary: str
    identity: Identity
    debt: DebtFacts
    background: str
    personality: list[str] = Field(min_length=1)
    speech_style: SpeechStyle
    initial_state: HiddenState
    moved_by: dict[Act, StateDelta] = Field(default_factory=dict, description="How each collector act shifts the state.")
    settlement: Settlement
    hang_up: HangUp = HangUp()
    lines: dict[Intent, list[str]] = Field(
        description="Persona-authored lines per intent: the scripted voice and the safe fallback. "
        "May use {amount}, {date}, {collector}, {debtor} placeholders."
    )

    @model_validator(mode="after")
    def _consistent(self) -> "Persona":
        if self.kind == "third-party" and self.identity.role == "debtor":
            raise ValueError("identity.role is 'debtor' but kind is 'third-party'; set role to spouse/parent/colleague…")
        if self.kind == "debtor" and self.identity.role != "debtor":
            raise ValueError("kind is 'debtor' but identity.role is not 'debtor'; use kind: third-party")
        needed = {Intent.answer, Intent.hang_up, Intent.stay_in_role}
        needed |= {Intent.take_message} if self.kind == "third-party" else {Intent.confirm_identity, Intent.deflect}
        missing = sorted(i.value for i in needed if not self.lines.get(i))
        if missing:
            raise ValueError(f"lines lacks {missing}; add at least one line for each")
        return self


class Authorised(Strict):
    """What the collector may offer in a scenario."""

    instalments_max_months: int = Field(0, ge=0)
    late_fee_waiver_max: int = Field(0, ge=0, description="Yuan of late fees the collector may waive.")
    interest_waiver: bool = False
    principal_discount: bool = False


class Scenario(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    persona: str = Field(description="Id of a persona in personas/.")
    difficulty: Literal["easy", "medium", "hard"]
    brief: str = Field(description="What the trainee is told before the call (Chinese).")
    objectives: list[Literal[
        "self-identification", "identity-verification", "recording-notice", "debt-facts",
        "repayment-plan", "promise-confirmation", "courteous-close", "obtain-ptp",
        "handle-complaint-threat", "no-third-party-disclosure", "leave-callback-message",
        "handle-dispute", "support-vulnerable",
    ]] = Field(min_length=1)
    authorised: Authorised = Authorised()
    call_time: str = Field("14:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="Local time of the call, HH:MM.")
