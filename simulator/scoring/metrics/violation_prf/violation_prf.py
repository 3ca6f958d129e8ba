"""Per-rule precision/recall/F1 and micro-F1 over violation ids (multi-label, per turn)."""
import datasets
import evaluate


class ViolationPrf(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=__doc__,
            citation="",
            inputs_description="predictions, references: per turn, a list of violation ids.",
            features=datasets.Features({
                "predictions": datasets.Sequence(datasets.Value("string")),
                "references": datasets.Sequence(datasets.Value("string")),
            }),
        )

    def _compute(self, predictions, references):
        rules = sorted({r for xs in predictions + references for r in xs})
        out, tp_all, fp_all, fn_all = {}, 0, 0, 0
        for rule in rules:
            tp = sum(rule in p and rule in g for p, g in zip(predictions, references))
            fp = sum(rule in p and rule not in g for p, g in zip(predictions, references))
            fn = sum(rule not in p and rule in g for p, g in zip(predictions, references))
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            out[rule] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                         "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}
            tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        p = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0.0
        r = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0.0
        return {"per_rule": out, "micro_precision": p, "micro_recall": r,
                "micro_f1": 2 * p * r / (p + r) if p + r else 0.0}
