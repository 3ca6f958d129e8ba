"""The ``score`` and ``calibrate`` commands, added to the project CLI by :func:`register`.

``score PATH...`` scores files and folders of transcripts. A bad file (or bad ``.jsonl``
line) is reported on stderr with its path and line, the run continues, and the exit code is
1 at the end; an unknown rubric or a missing path stops at once with exit code 2. Results go
to stdout only with ``--json`` (one object per transcript per line) and to ``--csv FILE``
(one row per collector turn); progress and the summary table go to stderr.
"""
from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

CSV_FIELDS = ["id", "rubric", "index", "empathy", "clarity", "negotiation", "compliance",
              "violations", "evidence", "feedback", "better"]


def _stderr() -> Console:
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def _csv_rows(result: dict) -> list[dict]:
    rows = []
    for t in result["turns"]:
        rows.append({"id": result["id"], "rubric": result["rubric"], "index": t["index"], **t["scores"],
                     "violations": ";".join(v["rule"] for v in t["violations"]),
                     "evidence": " | ".join(v["evidence"] for v in t["violations"]),
                     "feedback": t["feedback"], "better": t["better"]})
    return rows


def _summary_table(summary) -> Table:
    table = Table(title="评分汇总 Summary", show_header=True)
    table.add_column("item")
    table.add_column("value", justify="right")
    table.add_row("transcripts", str(summary.transcripts))
    table.add_row("turns (collector)", str(summary.turns))
    table.add_row("pass rate", f"{summary.pass_rate:.1%}")
    table.add_row("files/lines with errors", str(summary.errors))
    for k, v in summary.means().items():
        table.add_row(f"mean {k}", "—" if v is None else f"{v:.1f}")
    for rule, n in sorted(summary.violations.items(), key=lambda x: (-x[1], x[0])):
        table.add_row(f"violation {rule}", str(n))
    for rule, n in sorted(summary.missing.items(), key=lambda x: (-x[1], x[0])):
        table.add_row(f"missing {rule}", str(n))
    return table


def score(
    paths: List[Path] = typer.Argument(..., help="Transcript files (.json/.jsonl) or folders."),
    rubric: Optional[str] = typer.Option(None, "--rubric", help="Rubric id (default collection-zh) or a .yaml path."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON result per transcript per line on stdout."),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="Write one row per collector turn to this CSV file."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes."),
) -> None:
    """Score transcripts with a rubric (batch quality review)."""
    from simulator.data.rubric_schema import RubricError, load_rubric

    from .batch import Summary, score_paths

    err = _stderr()
    try:
        rub = load_rubric(rubric)
    except RubricError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True)
        raise typer.Exit(2)
    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            err.print(f"error: {p}: no such file or folder; check the path")
        raise typer.Exit(2)
    summary = Summary()
    fh = csv_path.open("w", encoding="utf-8", newline="") if csv_path else None
    writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS) if fh else None
    if writer:
        writer.writeheader()
    from tqdm import tqdm

    bar = tqdm(unit=" transcripts", file=sys.stderr, disable=not sys.stderr.isatty(), desc="scoring")
    try:
        for status, payload in score_paths(paths, rubric if rubric else rub.id, workers=workers):
            if status == "error":
                summary.errors += 1
                bar.clear()
                err.print(f"error: {payload}")
                continue
            summary.add(payload)
            bar.update(1)
            if as_json:
                typer.echo(json.dumps(payload, ensure_ascii=False))
            if writer:
                writer.writerows(_csv_rows(payload))
    finally:
        bar.close()
        if fh:
            fh.close()
    err.print(_summary_table(summary))
    if summary.errors:
        err.print(f"{summary.errors} file(s)/line(s) could not be scored (listed above); exit code 1")
        raise typer.Exit(1)
    if summary.transcripts == 0:
        err.print("error: no transcripts found (.json/.jsonl) under the given paths")
        raise typer.Exit(1)


def _fmt(x: float) -> str:
    return "nan" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def calibrate(
    split: str = typer.Option("test", "--split", help="Corpus split: train or test."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    rubric: Optional[str] = typer.Option(None, "--rubric", help="Rubric id (default collection-zh)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default datasets/scoring-corpus)."),
    ids_prefix: Optional[str] = typer.Option(None, "--ids-prefix",
                                             help="Only calls whose id starts with one of these comma-separated prefixes (e.g. 'c-,d-')."),
) -> None:
    """Compare the scorer with the labelled corpus split; print agreement and speed."""
    from simulator.data.rubric_schema import RubricError

    from .calibrate import CORPUS, evaluate_split
    from .scorer import Scorer

    err = _stderr()
    try:
        scorer = Scorer(rubric)
        prefixes = tuple(p.strip() for p in ids_prefix.split(",") if p.strip()) if ids_prefix else None
        res = evaluate_split(split, scorer, corpus or CORPUS, ids_prefix=prefixes)
        if prefixes and not res["calls"]:
            err.print(f"error: no calls in split {split!r} have an id starting with {', '.join(prefixes)}")
            raise typer.Exit(2)
    except (RubricError, FileNotFoundError) as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(res, ensure_ascii=False))
        return
    out = Console(highlight=False)
    only = f"  ids={','.join(res['ids_prefix'])}*" if res.get("ids_prefix") else ""
    out.print(f"split={res['split']}{only}  rubric={res['rubric']}  calls={res['calls']}  collector turns={res['turns']}")
    t = Table(title="violations per rule (per turn)")
    for c in ("rule", "support", "tp", "fp", "fn", "precision", "recall", "f1"):
        t.add_column(c, justify="right" if c != "rule" else "left")
    for rule, m in res["violations"]["per_rule"].items():
        t.add_row(rule, str(m["support"]), str(m["tp"]), str(m["fp"]), str(m["fn"]),
                  _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]))
    out.print(t)
    v, c = res["violations"], res["clean"]
    out.print(f"violations micro  P={_fmt(v['micro_precision'])}  R={_fmt(v['micro_recall'])}  F1={_fmt(v['micro_f1'])}")
    out.print(f"clean-turn precision={_fmt(c['clean_precision'])} ({c['predicted_clean']} predicted clean, "
              f"{c['truly_clean']} truly clean; recall={_fmt(c['clean_recall'])})")
    g = Table(title="graded dimensions (score 0-100 vs label 0/1/2)")
    for col in ("dimension", "n", "spearman", "qwk", "applicability agreement"):
        g.add_column(col, justify="right" if col != "dimension" else "left")
    for k, m in res["graded"].items():
        g.add_row(k, str(m["n"]), _fmt(m["spearman"]), _fmt(m["qwk"]), _fmt(m["applicability_agreement"]))
    out.print(g)
    out.print(f"required conduct: exact match of `missing` on {_fmt(res['missing_exact_match'])} of calls")
    lat = res["latency_ms"]
    out.print(f"latency per turn: median={lat['median']:.2f} ms  p95={lat['p95']:.2f} ms")
    out.print(f"batch throughput: {res['transcripts_per_second']:.0f} transcripts/s (single process)")


def register(app: typer.Typer) -> None:
    """Add ``score`` and ``calibrate`` to ``app``."""
    app.command("score")(score)
    app.command("calibrate")(calibrate)
