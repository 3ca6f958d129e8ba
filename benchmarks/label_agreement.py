"""How well do independent readers agree with the corpus's clarity labels, and the scorer with both?

The corpus's graded labels are one writer's judgement per turn. To know what agreement with them
a scorer can be expected to reach, ``datasets/scoring-corpus/agreement/clarity-readings.jsonl``
holds two further, independent readings of the clarity of every collector turn of the test split
and of a random 260-turn sample of writers A–D's train calls. Each reader was given only the
labelling guide's clarity section and the turn with up to four turns before it, blind to the
labels and to the scorer (see the dataset README for who the readers were).

For each split this prints, over the turns read: each reading and the scorer against the labels
(Spearman and quadratic weighted kappa, the measures ``calibrate`` uses), the readings against
each other, and the scorer against each reading.

    .venv/bin/python benchmarks/label_agreement.py

On the train sample the scorer's figure against the labels is in-sample (the learned clarity
nudge is trained on those turns); its figures against the readings are not.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.scoring.calibrate import CORPUS, _metric, load_split  # noqa: E402
from simulator.scoring.scorer import Scorer  # noqa: E402

READINGS = CORPUS / "agreement" / "clarity-readings.jsonl"


def load_readings(path: Path = READINGS) -> dict[str, dict[tuple[str, int], list[int]]]:
    """split -> (call id, turn index) -> readings; fails with the line when a record is malformed."""
    out: dict[str, dict[tuple[str, int], list[int]]] = defaultdict(dict)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            readings = [int(x) for x in r["readings"]]
            if not readings or any(x not in (0, 1, 2) for x in readings):
                raise ValueError("readings must be a non-empty list of 0, 1 or 2")
            out[r["split"]][(r["id"], int(r["turn"]))] = readings
        except (KeyError, TypeError, ValueError) as e:
            raise SystemExit(f"{path}:{n}: {e}. Each line needs split, id, turn and readings.") from e
    return out


def agreement(split: str, read: dict[tuple[str, int], list[int]], scorer: Scorer) -> dict:
    """Labels, readings and scorer clarity over the turns read in one split."""
    labels, scores = {}, {}
    for t, _ in load_split(split):
        result = scorer.score_transcript(t)
        for ts in result["turns"]:
            key = (t.id, ts["index"])
            if key in read:
                labels[key] = (t.turns[ts["index"]].labels or {}).get("clarity")
                scores[key] = ts["scores"]["clarity"]
    missing = sorted(set(read) - set(labels))
    if missing:
        raise SystemExit(f"{READINGS}: {len(missing)} turns read are not labelled collector turns of the "
                         f"{split} split (first: {missing[0]}); re-export the readings after a re-split.")
    keys = sorted(read)
    gold = [int(labels[k]) for k in keys]
    got = [float(scores[k]) for k in keys]
    n_readers = min(len(read[k]) for k in keys)
    readers = [[read[k][j] for k in keys] for j in range(n_readers)]
    sp, qk = _metric("spearman_rho"), _metric("quadratic_kappa")

    def rho(a: list, b: list) -> float:
        return sp.compute(predictions=[float(x) for x in a], references=[float(x) for x in b])["spearmanr"]

    def kappa(a: list, b: list) -> float:
        return qk.compute(predictions=a, references=b)["qwk"]

    bands = [scorer.rubric.to_label(x) for x in got]
    return {
        "turns": len(keys),
        "readers": [{"spearman": rho(r, gold), "qwk": kappa(r, gold), "scorer_spearman": rho(got, r)} for r in readers],
        "between_readers": [{"pair": (i + 1, j + 1), "spearman": rho(readers[i], readers[j]), "qwk": kappa(readers[i], readers[j])}
                            for i in range(n_readers) for j in range(i + 1, n_readers)],
        "scorer": {"spearman": rho(got, gold), "qwk": kappa(bands, gold)},
    }


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    scorer = Scorer()
    for split, read in sorted(load_readings().items(), reverse=True):
        a = agreement(split, read, scorer)
        table = Table(title=f"clarity · {split} split · {a['turns']} turns read")
        for col in ("who", "vs labels: Spearman", "vs labels: QWK", "scorer vs this reading: Spearman"):
            table.add_column(col)
        for i, r in enumerate(a["readers"], 1):
            table.add_row(f"reading {i}", f"{r['spearman']:.3f}", f"{r['qwk']:.3f}", f"{r['scorer_spearman']:.3f}")
        note = " (in-sample)" if split == "train" else ""
        table.add_row("scorer" + note, f"{a['scorer']['spearman']:.3f}", f"{a['scorer']['qwk']:.3f}", "")
        console.print(table)
        for b in a["between_readers"]:
            console.print(f"  readings {b['pair'][0]} and {b['pair'][1]} with each other: "
                          f"Spearman {b['spearman']:.3f}, QWK {b['qwk']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
