"""Clean-turn precision: of the turns predicted to have no violation, the share that truly
have none (labels). Also returns clean-turn recall and the counts."""
import datasets
import evaluate


class CleanPrecision(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=__doc__,
            citation="",
            inputs_description="predictions, references: per turn, a list of violation ids (empty = clean).",
            features=datasets.Features({
                "predictions": datasets.Sequence(datasets.Value("string")),
                "references": datasets.Sequence(datasets.Value("string")),
            }),
        )

    def _compute(self, predictions, references):
        pred_clean = [not p for p in predictions]
        true_clean = [not g for g in references]
        both = sum(p and g for p, g in zip(pred_clean, true_clean))
        n_pred, n_true = sum(pred_clean), sum(true_clean)
        return {"clean_precision": both / n_pred if n_pred else 0.0,
                "clean_recall": both / n_true if n_true else 0.0,
                "predicted_clean": n_pred, "truly_clean": n_true}
