"""Spearman rank correlation (scipy) between predicted scores and labels."""
import datasets
import evaluate
from scipy.stats import spearmanr


class SpearmanRho(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=__doc__,
            citation="",
            inputs_description="predictions: floats (0-100 scores); references: floats (0/1/2 labels).",
            features=datasets.Features({"predictions": datasets.Value("float"), "references": datasets.Value("float")}),
        )

    def _compute(self, predictions, references):
        if len(set(predictions)) < 2 or len(set(references)) < 2:
            return {"spearmanr": float("nan"), "n": len(predictions)}
        return {"spearmanr": float(spearmanr(predictions, references).correlation), "n": len(predictions)}
