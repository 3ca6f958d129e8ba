"""How the scorer does on writers its learned parts have never seen.

The learned parts (the violation second opinion and the nudges of the graded dimensions) are
trained on every writer of the train split, so measuring them on train calls would be
in-sample. This script retrains all of them *without* the writers you name (into a temporary
folder, the shipped models untouched), scores those writers' calls, and prints the figures
with the learned parts on and off:

    .venv/bin/python benchmarks/heldout_writers.py --writers ak,al
    .venv/bin/python benchmarks/heldout_writers.py --writers aq,ar --floors 0.9,0.8

The rules themselves were tuned on every train writer, so name writers that were measured
before tuning (``datasets/scoring-corpus/README.md``, "Measuring on unseen writers") to read the
violation figures as unseen; the dimension figures are unseen for any writer.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.scoring import compliance, learned, learned_applicability, learned_violations  # noqa: E402
from simulator.scoring.calibrate import CORPUS, evaluate_split  # noqa: E402
from simulator.scoring.scorer import GRADED  # noqa: E402

NOWHERE = Path("/nonexistent/model.json")


def train_without(prefixes: tuple[str, ...], folder: Path) -> dict[str, int]:
    """Write train.jsonl minus the named writers to ``folder`` and train every learned model on it."""
    counts = train_excluding(lambda call_id: call_id.startswith(prefixes), folder, ", ".join(prefixes))
    if not counts["left_out"]:
        raise SystemExit(f"no train call has an id starting with {', '.join(prefixes)}; "
                         "name writers by their id prefix, e.g. --writers ak,al")
    return counts


def train_excluding(left_out: Callable[[str], bool], folder: Path, what: str) -> dict[str, int]:
    """Write train.jsonl minus the calls whose id ``left_out`` picks to ``folder``, train every
    learned model on it there and point the scorer's violation model at the new one."""
    kept, dropped = [], 0
    for line in (CORPUS / "train.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if left_out(json.loads(line)["id"]):
            dropped += 1
        else:
            kept.append(line)
    if not dropped:
        return {"left_out": 0, "kept": len(kept)}
    split = folder / "train.jsonl"
    split.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"training without {dropped} calls of {what} ({len(kept)} calls kept) ...", flush=True)
    learned_violations.train(split, out=folder / "violation_model.json")
    use_models(folder / "violation_model.json", None)  # the rules' decisions below use it, not the shipped one
    for dim in learned.DIMENSIONS:
        learned.train(split, out=folder / f"{dim}_model.json", dimension=dim)
    for dim in learned_applicability.DIMENSIONS:
        learned_applicability.train(split, out=folder / f"{dim}_applies_model.json", dimension=dim)
    return {"left_out": dropped, "kept": len(kept)}


def use_models(violations: Path, dimensions: Path | None) -> None:
    """Point the scorer at these model files (``dimensions=None``: no nudges and no learned
    applicability)."""
    learned_violations.MODEL = violations
    learned_violations._load.cache_clear()
    learned.model_path = (lambda dim: dimensions / f"{dim}_model.json") if dimensions else (lambda dim: NOWHERE)
    learned._load.cache_clear()
    learned_applicability.model_path = (lambda dim: dimensions / f"{dim}_applies_model.json") if dimensions else (lambda dim: NOWHERE)
    learned_applicability._load.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--writers", required=True, help="comma-separated id prefixes of the writers to hold out, e.g. ak,al")
    ap.add_argument("--floors", default=str(compliance.LEARNED_FLOOR),
                    help="comma-separated floors for the learned violation model to compare (default: the shipped one)")
    args = ap.parse_args(argv)
    prefixes = tuple(f"{w.strip().rstrip('-')}-" for w in args.writers.split(",") if w.strip())
    floors = [float(x) for x in args.floors.split(",")]

    from rich.console import Console
    from rich.table import Table

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        train_without(prefixes, folder)
        rows = []
        use_models(NOWHERE, None)
        rows.append(("rules only", evaluate_split("train", ids_prefix=prefixes)))
        for floor in floors:
            compliance.LEARNED_FLOOR = floor
            use_models(folder / "violation_model.json", folder)
            rows.append((f"rules + learned (floor {floor})", evaluate_split("train", ids_prefix=prefixes)))

    table = Table(title=f"writers {', '.join(p.rstrip('-') for p in prefixes)}: {rows[0][1]['calls']} calls, "
                        f"{rows[0][1]['turns']} collector turns, learned parts trained without them")
    for col in ("scorer", "micro-F1", "P", "R", "clean-turn P", *(f"{g} ρ" for g in GRADED),
                "empathy applies", "negotiation applies", "p95 ms"):
        table.add_column(col)
    for name, r in rows:
        v, g = r["violations"], r["graded"]
        table.add_row(name, f"{v['micro_f1']:.3f}", f"{v['micro_precision']:.3f}", f"{v['micro_recall']:.3f}",
                      f"{r['clean']['clean_precision']:.3f}", *(f"{g[k]['spearman']:.3f}" for k in GRADED),
                      f"{g['empathy']['applicability_agreement']:.3f}", f"{g['negotiation']['applicability_agreement']:.3f}",
                      f"{r['latency_ms']['p95']:.1f}")
    Console(width=160).print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
