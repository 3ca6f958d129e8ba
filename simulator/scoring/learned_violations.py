"""A learned second opinion on violations, for phrasings the rule detectors have never seen.

Per violation id, a logistic regression on character 1–3-grams (TF-IDF) of the collector turn,
trained on the corpus *train* split only (every writer in it) and frozen into
``violation_model.json``. Why: the hand-written detectors fit every writer they were tuned on,
but each new writer brought phrasings they missed (micro-F1 0.82–0.89 on writers held out of
tuning), while the rules plus this model carry over: on writers neither had seen, 0.890 (AK–AL,
model trained on the other 42 writers), 0.926 (AM–AP) and 0.866 (AQ–AR) at precision 0.90–0.93
(see ``datasets/scoring-corpus/README.md``). The shipped model is trained on all 44 writers.

It only *adds* findings the rules missed, and only when the model is confident: each id has its
own threshold, the lowest at which the model's out-of-fold precision (folds by writer) reaches
``TARGET_PRECISION``. Context the text cannot show is still decided by code: a third-party
disclosure needs a listener the call state knows is a third party, a disclosure before
verification an unverified listener, and an unauthorised promise a call that authorises no
waiver. Every finding quotes the clause the model rates highest, so a trainee sees the words.

Inference is plain Python over the frozen vocabulary (no scikit-learn at run time), so scores
stay deterministic and reproducible with ``scorer.DETECTOR_VERSION``. Retrain with

    python -m simulator.scoring.learned_violations     # writes violation_model.json

and bump the detector version when the file changes.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from .learned import char_grams
from .text import clause_spans, mandarin, normalise

MODEL = Path(__file__).resolve().parent / "violation_model.json"
NGRAMS = (1, 3)
MAX_FEATURES = 60000
C = 8.0
TARGET_PRECISION = 0.95
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
PRUNE = 0.2  # an n-gram whose weight stays below this for every id is stored for its idf only


def model_input(text: str) -> str:
    """What the model reads: the turn normalised and in Mandarin (length-preserving)."""
    return mandarin(normalise(text))


@lru_cache(maxsize=1)
def _load() -> dict | None:
    if not MODEL.is_file():
        return None
    return json.loads(MODEL.read_text(encoding="utf-8"))


def probabilities(text: str) -> dict[str, float]:
    """Probability per violation id that ``text`` (already :func:`model_input`) carries it;
    empty when no model is installed."""
    m = _load()
    if m is None:
        return {}
    idf, weights, rules = m["idf"], m["weights"], m["rule_order"]
    z = [m["rules"][r]["intercept"] for r in rules]
    total, sq = [0.0] * len(rules), 0.0
    for g, tf in char_grams(text, NGRAMS).items():
        w_idf = idf.get(g)
        if w_idf is None:
            continue
        v = (1.0 + math.log(tf)) * w_idf
        sq += v * v
        w = weights.get(g)
        if w is not None:
            for k, wk in enumerate(w):
                if wk:
                    total[k] += wk * v
    norm = math.sqrt(sq) or 1.0
    return {r: 1.0 / (1.0 + math.exp(-(z[k] + total[k] / norm))) for k, r in enumerate(rules)}


def threshold(rule: str) -> float:
    m = _load()
    return 1.1 if m is None or rule not in m["rules"] else m["rules"][rule]["threshold"]


def best_clause(text: str, rule: str) -> tuple[int, int, float]:
    """Span of the clause of ``text`` the model rates most likely to carry ``rule``, and that rating."""
    spans = clause_spans(text) or [(0, len(text))]
    return max(((a, b, probabilities(text[a:b]).get(rule, 0.0)) for a, b in spans), key=lambda x: x[2])


def _writer(call_id: str) -> str:
    return call_id.split("-", 1)[0]


def train(split_path: Path | None = None, out: Path = MODEL) -> dict:
    """Fit one model per violation id on ``train.jsonl`` and write the frozen file."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from .calibrate import CORPUS
    from simulator.data.rubric_schema import VIOLATION_IDS

    path = split_path or CORPUS / "train.jsonl"
    texts, labels, groups = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        call = json.loads(line)
        for t in call["turns"]:
            lab = t.get("labels")
            if t.get("speaker") == "collector" and lab is not None:
                texts.append(model_input(t["text"]))
                labels.append(set(lab.get("violations") or []))
                groups.append(_writer(str(call["id"])))
    vec = TfidfVectorizer(analyzer="char", ngram_range=NGRAMS, min_df=2, sublinear_tf=True, max_features=MAX_FEATURES)
    X = vec.fit_transform(texts)
    folds = list(GroupKFold(n_splits=min(5, len(set(groups)))).split(X, groups=groups))  # folds by writer
    rules: dict[str, Any] = {}
    coefs = []
    for rule in VIOLATION_IDS:
        y = np.array([rule in lab for lab in labels])
        if y.all() or not y.any():  # nothing to learn from: this id never fires
            coefs.append(np.zeros(X.shape[1]))
            rules[rule] = {"threshold": 0.99, "intercept": -20.0, "oof_precision": None, "oof_recall": None}
            continue
        oof = np.zeros(len(y))
        for tr, te in folds:
            clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X[tr], y[tr])
            oof[te] = clf.predict_proba(X[te])[:, 1]
        tau = next((x for x in THRESHOLDS if (oof > x).any() and y[oof > x].mean() >= TARGET_PRECISION), 0.99)
        clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X, y)
        coefs.append(clf.coef_[0])
        rules[rule] = {"threshold": tau, "intercept": round(float(clf.intercept_[0]), 6),
                       "oof_precision": round(float(y[oof > tau].mean()), 4) if (oof > tau).any() else None,
                       "oof_recall": round(float((oof[y] > tau).mean()), 4) if y.any() else None}
    W = np.array(coefs).T  # n-gram x rule
    # every n-gram keeps its idf (it counts in the vector's length); only weights that matter are stored
    names = vec.get_feature_names_out()
    keep = np.abs(W).max(axis=1) >= PRUNE
    weights = {str(names[j]): [round(float(w), 2) if abs(w) >= PRUNE / 4 else 0 for w in W[j]] for j in np.flatnonzero(keep)}
    data = {"trained_on": path.name, "turns": len(texts), "writers": len(set(groups)), "ngrams": list(NGRAMS),
            "C": C, "target_precision": TARGET_PRECISION, "rule_order": list(VIOLATION_IDS), "rules": rules,
            "idf": {str(g): round(float(x), 4) for g, x in zip(names, vec.idf_)}, "weights": weights}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _load.cache_clear()
    return data


if __name__ == "__main__":
    d = train()
    print(f"violation model: {d['turns']} turns by {d['writers']} writers, {len(d['idf'])} n-grams ({len(d['weights'])} weighted) -> {MODEL}")
    for rule, r in d["rules"].items():
        print(f"  {rule:32s} threshold {r['threshold']:.2f}  out-of-fold precision {r['oof_precision']}  recall {r['oof_recall']}")
