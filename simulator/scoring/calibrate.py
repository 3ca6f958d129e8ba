"""Calibration of the scorer against the labelled corpus (``datasets/scoring-corpus``).

Loads a split with ``datasets.load_dataset("json", ...)``, scores every call and compares
with the labels using local ``evaluate`` metric modules (``metrics/``):

* per-rule precision/recall/F1 and micro-F1 over (turn, violation id) pairs;
* clean-turn precision: of the collector turns the scorer finds no violation in, the share
  whose labels list no violation either;
* Spearman (0–100 score vs 0/1/2 label) and quadratic weighted kappa (score mapped with the
  rubric's ``label_bands``) per graded dimension, over turns where both label and score
  are non-null; plus applicability agreement (null vs non-null);
* per-turn latency of ``score_turn`` (median, p95) and transcripts per second in batch.
"""
from __future__ import annotations

import math
import os
import statistics
import time
from pathlib import Path
from typing import Any

from simulator.transcript import Transcript, parse_transcript

from .context import CallContext
from .scorer import GRADED, Scorer
from . import learned, learned_applicability
from .text import clear_caches

CORPUS = Path(__file__).resolve().parents[2] / "datasets" / "scoring-corpus"
METRICS = Path(__file__).resolve().parent / "metrics"


def _metric(name: str) -> Any:
    os.environ.setdefault("HF_EVALUATE_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import evaluate

    return evaluate.load(str(METRICS / name))


def corpus_features(path: Path) -> Any:
    """Features for the corpus: nested fields and ``called_at`` as Json, so pyarrow keeps the
    ISO string with its offset (inferred as a timestamp, it would become naive UTC and the
    local hour that decides ``harassment`` would be lost)."""
    import json

    from datasets import Features, Json, List, Value

    keys: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                keys |= set(json.loads(line))
    known = {"id": Value("string"), "called_at": Json(), "scenario": Json(), "authorised": Json(),
             "turns": List(Json()), "labels": Json(), "note": Json()}
    return Features({k: known.get(k, Json()) for k in sorted(keys)})


def load_split(split: str = "test", corpus: Path = CORPUS) -> list[tuple[Transcript, dict]]:
    """(transcript, raw record) pairs of ``{split}.jsonl`` loaded through ``datasets``."""
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    from datasets import load_dataset
    from datasets.utils.logging import disable_progress_bar

    disable_progress_bar()
    path = corpus / f"{split}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; run `python datasets/scoring-corpus/split.py` first")
    ds = load_dataset("json", data_files={split: str(path)}, split=split, features=corpus_features(path))
    out = []
    for rec in ds:
        raw = {k: v for k, v in dict(rec).items() if v is not None}
        out.append((parse_transcript(raw, path=path), raw))
    return out


def evaluate_split(split: str = "test", scorer: Scorer | None = None, corpus: Path = CORPUS,
                   ids_prefix: str | tuple[str, ...] | None = None) -> dict:
    """All calibration figures for one split (optionally only calls whose id starts with one of
    ``ids_prefix``, e.g. ``("c-", "d-")`` to measure on a new writer's calls as an unseen dev set)."""
    scorer = scorer or Scorer()
    calls = load_split(split, corpus)
    if ids_prefix:
        prefixes = (ids_prefix,) if isinstance(ids_prefix, str) else tuple(ids_prefix)
        calls = [(t, raw) for t, raw in calls if t.id.startswith(prefixes)]
    preds, refs = [], []
    dims: dict[str, tuple[list, list]] = {k: ([], []) for k in GRADED}
    applies = {k: [0, 0] for k in GRADED}
    latencies = []
    for t, _ in calls:
        ctx = CallContext.from_transcript(t)
        for i, turn in enumerate(t.turns):
            if turn.speaker != "collector" or turn.labels is None:
                continue
            t0 = time.perf_counter()
            ts = scorer.score_turn(t.turns, i, ctx)
            latencies.append((time.perf_counter() - t0) * 1000)
            preds.append(sorted({v.rule for v in ts.violations}))
            refs.append(sorted(set(turn.labels.get("violations") or [])))
            for k in GRADED:
                gold, got = turn.labels.get(k), ts.scores[k]
                applies[k][0] += (gold is None) == (got is None)
                applies[k][1] += 1
                if gold is not None and got is not None:
                    dims[k][0].append(float(got))
                    dims[k][1].append(int(gold))
    v = _metric("violation_prf").compute(predictions=preds, references=refs)
    c = _metric("clean_precision").compute(predictions=preds, references=refs)
    sp, qk = _metric("spearman_rho"), _metric("quadratic_kappa")
    graded = {}
    for k, (got, gold) in dims.items():
        labels = [scorer.rubric.to_label(x) for x in got]
        graded[k] = {
            "n": len(got),
            "spearman": sp.compute(predictions=got, references=[float(g) for g in gold])["spearmanr"] if got else math.nan,
            "qwk": qk.compute(predictions=labels, references=gold)["qwk"] if got else math.nan,
            "applicability_agreement": applies[k][0] / applies[k][1] if applies[k][1] else math.nan,
        }
    missing_ok = sum(set(scorer.score_transcript(t)["session"]["missing"]) == set((raw.get("labels") or {}).get("missing") or [])
                     for t, raw in calls)
    rounds, n_done, t0 = 0, 0, time.perf_counter()
    while rounds < 1 or time.perf_counter() - t0 < 1.0:
        clear_caches()  # each round as if the transcripts were new
        learned.clear_caches()
        learned_applicability.clear_caches()
        for t, _ in calls:
            scorer.score_transcript(t)
            n_done += 1
        rounds += 1
    elapsed = time.perf_counter() - t0
    lat = sorted(latencies)
    return {
        "split": split, "ids_prefix": list(prefixes) if ids_prefix else None, "rubric": scorer.ref, "calls": len(calls), "turns": len(preds),
        "violations": v, "clean": c, "graded": graded,
        "missing_exact_match": missing_ok / len(calls) if calls else math.nan,
        "latency_ms": {"median": statistics.median(lat) if lat else math.nan,
                       "p95": lat[min(len(lat) - 1, math.ceil(0.95 * len(lat)) - 1)] if lat else math.nan},
        "transcripts_per_second": n_done / elapsed if elapsed else math.nan,
    }
