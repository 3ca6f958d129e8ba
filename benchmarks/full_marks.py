"""Where a graded dimension's top band should give full marks (``scoring.full_marks_from``).

The labels are three levels (0/1/2); the scorer gives 0–100. High in the top band (a 2) the
scorer's order is mostly noise: a turn at 93 is hardly more often a graders' 2 than one at 86.
Ranking turns the labels tie is what costs rank agreement, and it shows trainees differences
that mean nothing. So from some score on, a turn is "surely a 2" and gets 100.

This script finds that score on the train split without looking at the test split:

1. It scores every train call *out of fold*: the train calls are cut into folds by a hash of
   the call id; for each fold every learned part is retrained without it (into a temporary
   folder, the shipped models untouched) and the fold's calls are scored with the plateau off.
2. For each graded dimension it prints, per candidate score T in the top band, the share of
   labelled turns scored at or above T that graders labelled 2 (purity) and how many there are.
3. It suggests ``full_marks_from`` = the lowest T at and above which the purity reaches
   ``--purity`` (default 0.95), and prints the out-of-fold Spearman with and without it.

    .venv/bin/python benchmarks/full_marks.py              # 5 folds, ~8 min on 2 cores
    .venv/bin/python benchmarks/full_marks.py --folds 3 --purity 0.97
    .venv/bin/python benchmarks/full_marks.py --save oof.json     # keep the scores ...
    .venv/bin/python benchmarks/full_marks.py --load oof.json --purity 0.9   # ... and reread them
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_writers import train_excluding, use_models  # noqa: E402

from simulator.scoring.calibrate import _metric, load_split  # noqa: E402
from simulator.scoring.context import CallContext  # noqa: E402
from simulator.scoring.scorer import GRADED, Scorer  # noqa: E402

Pairs = dict[str, list[tuple[int, int, str]]]  # dimension -> (label, score, call id)


def fold_of(call_id: str, folds: int) -> int:
    """Stable fold of a call: adding calls never moves one."""
    return int(hashlib.sha256(call_id.encode("utf-8")).hexdigest()[:8], 16) % folds


def without_plateau(scorer: Scorer) -> Scorer:
    """The same scorer with ``full_marks_from`` emptied, to see the scores it would replace."""
    r = scorer.rubric
    bare = r.model_copy(update={"scoring": r.scoring.model_copy(update={"full_marks_from": {}})})
    return Scorer(bare)


def out_of_fold(folds: int) -> Pairs:
    """(label, score) of every labelled collector turn of the train split, each scored by
    learned parts trained without its fold."""
    calls = load_split("train")
    pairs: Pairs = {k: [] for k in GRADED}
    for k in range(folds):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            print(f"fold {k + 1}/{folds}: ", end="", flush=True)
            train_excluding(lambda cid: fold_of(cid, folds) == k, folder, f"fold {k + 1}")
            use_models(folder / "violation_model.json", folder)
            scorer = without_plateau(Scorer())
            for t, _ in calls:
                if fold_of(t.id, folds) != k:
                    continue
                ctx = CallContext.from_transcript(t)
                for i, turn in enumerate(t.turns):
                    if turn.speaker != "collector" or turn.labels is None:
                        continue
                    ts = scorer.score_turn(t.turns, i, ctx)
                    for dim in GRADED:
                        gold, got = turn.labels.get(dim), ts.scores[dim]
                        if gold is not None and got is not None:
                            pairs[dim].append((int(gold), int(got), t.id))
    return pairs


def purity_from(pairs: list[tuple[int, int, str]], start: int) -> tuple[float, int]:
    """Share of turns scored at or above ``start`` that are labelled 2, and how many there are."""
    top = [label for label, score, _ in pairs if score >= start]
    return (sum(label == 2 for label in top) / len(top) if top else 1.0), len(top)


def suggest(pairs: list[tuple[int, int, str]], band_top: int, purity: float) -> int | None:
    """The lowest score in the top band at and above which ``purity`` of the turns are 2s."""
    for start in range(band_top + 1, 101):
        share, n = purity_from(pairs, start)
        if n and share >= purity:
            return start
    return None


@lru_cache(maxsize=1)
def _spearman_metric():
    return _metric("spearman_rho")


def spearman(pairs: list[tuple[int, int, str]], plateau) -> float:
    """Spearman of the labels with the (plateaued) scores: the measure ``calibrate`` reports."""
    return _spearman_metric().compute(predictions=[float(plateau(p[1])) for p in pairs],
                                      references=[float(p[0]) for p in pairs])["spearmanr"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5, help="folds of the train calls (default 5)")
    ap.add_argument("--purity", type=float, default=0.95,
                    help="share of 2s required at and above the suggested score (default 0.95)")
    ap.add_argument("--save", type=Path, help="write the out-of-fold (label, score, call id) triples to this JSON file")
    ap.add_argument("--load", type=Path, help="read them from a file --save wrote instead of scoring again")
    args = ap.parse_args(argv)
    if args.folds < 2 or not 0.5 <= args.purity < 1:
        raise SystemExit("use --folds 2 or more and a --purity between 0.5 and 1 (e.g. 0.95)")

    from rich.console import Console
    from rich.table import Table

    rubric = Scorer().rubric
    band_top = rubric.scoring.label_bands[1]
    if args.load:
        try:
            pairs = {dim: [tuple(p) for p in got] for dim, got in json.loads(args.load.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError) as e:
            raise SystemExit(f"{args.load}: {e}; give a file written by --save") from e
        if set(pairs) != set(GRADED):
            raise SystemExit(f"{args.load} holds {sorted(pairs)}, not the dimensions {list(GRADED)}; give a file written by --save")
    else:
        pairs = out_of_fold(args.folds)
    if args.save:
        args.save.write_text(json.dumps(pairs), encoding="utf-8")
    console = Console(width=160)
    suggested = {}
    for dim in GRADED:
        got = pairs[dim]
        table = Table(title=f"{dim}: {len(got)} labelled train turns scored out of fold")
        for col in ("scored at or above", "turns", "labelled 2"):
            table.add_column(col)
        for start in range(band_top, 101, 3):
            share, n = purity_from(got, start)
            table.add_row(str(start), str(n), f"{share:.3f}" if n else "—")
        console.print(table)
        start = suggest(got, band_top, args.purity)
        suggested[dim] = start
        if start is None:
            console.print(f"  {dim}: no score in the top band keeps {args.purity:.0%} 2s; no plateau")
            continue
        plateau = lambda s, start=start: 100 if s >= start else s  # rank-equivalent to Rubric.full_marks
        subsets = {"all writers": got, "writers A–D (the test split's)": [p for p in got if p[2].split("-")[0] in ("a", "b", "c", "d")]}
        for name, sub in subsets.items():
            console.print(f"  {dim}, {name}: Spearman {spearman(sub, lambda s: s):.3f} -> "
                          f"{spearman(sub, plateau):.3f} with full marks from {start}")
    console.print("suggested scoring.full_marks_from: "
                  + ", ".join(f"{d}: {s}" for d, s in suggested.items() if s is not None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
