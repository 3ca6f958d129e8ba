"""Quadratic weighted Cohen's kappa (scikit-learn) between predicted and labelled 0/1/2."""
import datasets
import evaluate
from sklearn.metrics import cohen_kappa_score


class QuadraticKappa(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=__doc__,
            citation="",
            inputs_description="predictions, references: ints on the 0/1/2 scale.",
            features=datasets.Features({"predictions": datasets.Value("int32"), "references": datasets.Value("int32")}),
        )

    def _compute(self, predictions, references):
        if len(set(predictions) | set(references)) < 2:
            return {"qwk": float("nan")}
        return {"qwk": float(cohen_kappa_score(references, predictions, weights="quadratic", labels=[0, 1, 2]))}
