"""A learned second opinion on whether empathy and negotiation apply to a turn at all.

The rules decide applicability from cue lists: empathy after the debtor voices a difficulty,
negotiation on a turn about repayment. Writers draw those lines with more judgement than the
cue lists hold, and about one decision in six went the other way on writers the rules were not
tuned on. Per dimension, a logistic regression reads the collector turn (character 1–3-grams),
the debtor's previous turn (1–2-grams) and *the rules' own decision*, and is trained on the corpus
train split only; the scorer follows it where the two disagree. Measured with folds by writer
(each writer decided by a model that never saw it), agreement with the labels went: negotiation
0.82 -> 0.91 on the 40 fresh writers and 0.84 -> 0.93 on A–D's train calls; empathy 0.86 -> 0.91
and 0.92 -> 0.96.

Frozen into ``{dimension}_applies_model.json``; inference is plain Python. Retrain with

    python -m simulator.scoring.learned_applicability

and bump the detector version (``scorer.DETECTOR_VERSION``).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from . import learned
from .learned import HERE, char_grams

DIMENSIONS = ("empathy", "negotiation")
C = 4.0
TURN_NGRAMS, DEBTOR_NGRAMS = (1, 3), (1, 2)


def model_path(dimension: str) -> Path:
    if dimension not in DIMENSIONS:
        raise ValueError(f"no applicability model for {dimension!r}; expected one of {', '.join(DIMENSIONS)}")
    return HERE / f"{dimension}_applies_model.json"


@lru_cache(maxsize=len(DIMENSIONS))
def _load(dimension: str) -> dict | None:
    path = model_path(dimension)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1024)
def _debtor_grams(text: str) -> tuple[tuple[str, int], ...]:
    return tuple(char_grams(text, DEBTOR_NGRAMS).items())  # counted once for both dimensions


def clear_caches() -> None:
    """Forget the debtor turns already counted (to time scoring on texts not seen before)."""
    _debtor_grams.cache_clear()


def probability(dimension: str, text: str, last_debtor: str, rules_say: bool) -> float | None:
    """Probability that ``dimension`` applies to the collector turn ``text``; None without a model."""
    m = _load(dimension)
    if m is None:
        return None
    turn = learned.turn_grams(text) if TURN_NGRAMS == learned.NGRAMS else char_grams(text, TURN_NGRAMS).items()
    z = (m["intercept"] + learned.tfidf_dot(turn, m["turn"])
         + learned.tfidf_dot(_debtor_grams(last_debtor), m["debtor"]) + m["rules_weight"] * float(rules_say))
    return 1.0 / (1.0 + math.exp(-z))


def applies(dimension: str, text: str, last_debtor: str, rules_say: bool) -> bool:
    """The decision to follow: the model's where it has one, else the rules'."""
    p = probability(dimension, text, last_debtor, rules_say)
    return rules_say if p is None else p >= 0.5


def train(split_path: Path | None = None, out: Path | None = None, dimension: str = "negotiation") -> dict:
    """Fit one dimension on ``train.jsonl`` and write the frozen model. The rules' decision for
    each turn comes from scoring the call with the rules alone (no learned applicability)."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from simulator.transcript import parse_transcript

    from .calibrate import CORPUS
    from .context import CallContext
    from .scorer import Scorer

    out = out or model_path(dimension)
    path = split_path or CORPUS / "train.jsonl"
    scorer = Scorer()
    texts, debtors, rules, ys = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        t = parse_transcript(raw, path=path)
        ctx = CallContext.from_transcript(t)
        for i, turn in enumerate(t.turns):
            if turn.speaker != "collector" or turn.labels is None:
                continue
            state, _, ruled_dims = scorer.by_rules(t.turns, i, ctx)
            ruled = ruled_dims[dimension]
            texts.append(turn.text)
            debtors.append(state.last_debtor or "")
            rules.append(ruled.score is not None)
            ys.append(turn.labels.get(dimension) is not None)
    if len(set(ys)) < 2:
        raise ValueError(f"{path}: {dimension} labels are all null or all set; nothing to learn applicability from")
    v_turn = TfidfVectorizer(analyzer="char", ngram_range=TURN_NGRAMS, min_df=2, sublinear_tf=True)
    v_debt = TfidfVectorizer(analyzer="char", ngram_range=DEBTOR_NGRAMS, min_df=2, sublinear_tf=True)
    X = sp.hstack([v_turn.fit_transform(texts), v_debt.fit_transform(debtors),
                   sp.csr_matrix(np.array(rules, dtype=float)[:, None])]).tocsr()
    clf = LogisticRegression(C=C, max_iter=3000).fit(X, np.array(ys))
    w = clf.coef_[0]
    n1 = len(v_turn.vocabulary_)

    data = {"dimension": dimension, "trained_on": path.name, "turns": len(texts), "C": C,
            "intercept": round(float(clf.intercept_[0]), 6), "rules_weight": round(float(w[-1]), 6),
            "turn": learned.frozen(v_turn, w[:n1]), "debtor": learned.frozen(v_debt, w[n1:-1])}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _load.cache_clear()
    return data


if __name__ == "__main__":
    for dim in DIMENSIONS:
        d = train(dimension=dim)
        print(f"{dim} applicability: {d['turns']} turns from {d['trained_on']} -> {model_path(dim)}")
