"""Debtor benchmark: every scripted collector against every persona, per model backend.

    python benchmarks/debtor_suite.py [--backend SPEC ...] [--json] [--seed N] [--limit-personas N]
                                      [--persona ID ...] [--collector NAME ...] [--show-replies]

For each (backend, persona, collector) it plays the collector's scripted turns and reports the
call's outcome, how many replies needed the persona-line fallback and how often the reply
check caught a slip. With the scripted backend this measures the policy alone; with a real
model it measures how often the model's wording had to be rejected.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from simulator.data.persona_schema import Persona  # noqa: E402
from simulator.debtor import DebtorSimulator  # noqa: E402
from simulator.debtor.collectors import COLLECTORS  # noqa: E402
from simulator.debtor.wording import _load_personas  # noqa: E402

CALL_START = datetime(2025, 3, 13, 14, 0)  # a Thursday afternoon: dates in outcomes are stable


def load_backend(spec: str):
    """(model, label) for a backend spec; the scripted backend works even without the registry."""
    try:
        from simulator.models.registry import load_model
        model, info = load_model(spec)
        return model, f"{model.backend}:{model.model_id}"
    except ImportError:
        from simulator.models.scripted import ScriptedModel
        if spec not in ("scripted", "", None):
            raise
        model = ScriptedModel()
        return model, "scripted:persona-lines"


def play(persona: Persona, collector: str, model, *, seed: int = 0, call_start: datetime = CALL_START) -> dict:
    """One call; returns a result row."""
    sim = DebtorSimulator(persona, None, model, seed=seed, call_start=call_start)
    sim.opening()
    turns = []
    for line in COLLECTORS[collector].lines_for(persona, None):
        if sim.ended:
            break
        decision = sim.observe(line)
        for _ in sim.speak(decision):
            pass
        r = sim.last_reply
        turns.append({"collector": line, "intent": decision.intent.value, "reply": r.text, "fallback": r.fallback,
                      "failed_checks": r.failed_checks, "rejected": list(getattr(r, "rejected", [])),
                      "reason": decision.reason})
    out = sim.outcome()
    slips = Counter(f for t in turns for f in t["failed_checks"])
    return {
        "persona": persona.id, "kind": persona.kind, "can_pay": persona.settlement.can_pay, "collector": collector,
        "outcome": out.kind, "amount": out.amount, "date": out.date, "ended": sim.ended, "end_reason": sim.state.end_reason,
        "anger": sim.state.anger, "trust": sim.state.trust, "willingness": sim.state.willingness,
        "turns": len(turns), "replies": sim.stats["replies"], "fallbacks": sim.stats["fallbacks"],
        "caught": sim.stats["caught"], "slips": dict(slips), "intents": [t["intent"] for t in turns],
        "replies_text": [t["reply"] for t in turns], "transcript": turns,
    }


def run_suite(model, *, personas: list[Persona] | None = None, collectors: list[str] | None = None,
              seed: int = 0) -> list[dict]:
    """Every collector against every persona with ``model``."""
    personas = personas if personas is not None else _load_personas()
    rows = []
    for persona in personas:
        for name in collectors or list(COLLECTORS):
            rows.append(play(persona, name, model, seed=seed))
    return rows


def summary(rows: list[dict]) -> dict[str, dict]:
    """Per collector (and "all"): replies, share passing without fallback, share caught at least once."""
    out: dict[str, dict] = {}
    for name in [*dict.fromkeys(r["collector"] for r in rows), "all"]:
        sel = [r for r in rows if name == "all" or r["collector"] == name]
        n = sum(r["replies"] for r in sel)
        fb, caught = sum(r["fallbacks"] for r in sel), sum(r["caught"] for r in sel)
        out[name] = {"replies": n, "pass_rate": (n - fb) / n if n else 1.0, "caught_rate": caught / n if n else 0.0,
                     "fallback_rate": fb / n if n else 0.0}
    return out


def table(rows: list[dict], backend: str) -> str:
    head = f"{'persona':26} {'collector':12} {'outcome':16} {'amount':>7} {'turns':>5} {'fallback':>8} {'caught':>6}  end"
    lines = [f"backend: {backend}", head, "-" * len(head)]
    for r in rows:
        amount = "" if r["amount"] is None else str(r["amount"])
        lines.append(f"{r['persona']:26} {r['collector']:12} {r['outcome']:16} {amount:>7} {r['turns']:>5} "
                     f"{r['fallbacks']:>4}/{r['replies']:<3} {r['caught']:>6}  {r['end_reason'] or '-'}")
    lines.append("")
    lines.append(f"{'collector':12} {'replies':>7} {'pass w/o fallback':>17} {'caught':>7} {'fallback':>8}")
    for name, s in summary(rows).items():
        lines.append(f"{name:12} {s['replies']:>7} {s['pass_rate']:>17.1%} {s['caught_rate']:>7.1%} {s['fallback_rate']:>8.1%}")
    slips = Counter(f for r in rows for f, n in r["slips"].items() for _ in range(n))
    if slips:
        lines.append("checks that failed (attempts): " + ", ".join(f"{k} {v}" for k, v in slips.most_common()))
    replies = sum(r["replies"] for r in rows) or 1
    lines.append(f"fallback rate {sum(r['fallbacks'] for r in rows) / replies:.1%}, "
                 f"caught rate {sum(r['caught'] for r in rows) / replies:.1%} over {replies} replies")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", action="append", help="model spec (repeatable); default: scripted")
    ap.add_argument("--json", action="store_true", help="print JSON rows instead of a table")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--persona", action="append", help="only these persona ids")
    ap.add_argument("--collector", action="append", choices=list(COLLECTORS), help="only these collectors")
    ap.add_argument("--limit-personas", type=int, metavar="N", help="only the first N personas (quick iterations)")
    ap.add_argument("--show-replies", action="store_true", help="print every turn: intent, reply, failed checks")
    args = ap.parse_args(argv)
    personas = [p for p in _load_personas() if not args.persona or p.id in args.persona]
    if args.limit_personas:
        personas = personas[: args.limit_personas]
    report = {}
    for spec in args.backend or ["scripted"]:
        model, label = load_backend(spec)
        rows = run_suite(model, personas=personas, collectors=args.collector, seed=args.seed)
        report[label] = rows
        if not args.json:
            if args.show_replies:
                for r in rows:
                    for t in r["transcript"]:
                        mark = "FALLBACK" if t["fallback"] else ("retry" if t["failed_checks"] else "ok")
                        print(f"{r['persona']:22} {r['collector']:11} {t['intent']:18} {mark:8} {t['reply']}"
                              + (f"  {t['failed_checks']} rejected: {t['rejected']}" if t["failed_checks"] else ""))
            print(table(rows, label))
            print()
    if args.json:
        slim = {k: {"summary": summary(rows), "rows": [{x: v for x, v in r.items() if x != "transcript" or args.show_replies}
                                                    for r in rows]} for k, rows in report.items()}
        print(json.dumps(slim, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
