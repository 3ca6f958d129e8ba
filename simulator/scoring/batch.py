"""Batch scoring of transcript files and folders, with optional worker processes.

:func:`score_paths` streams ``("ok", result)`` for each transcript and ``("error", message)``
for each bad file or line; the caller decides what to print. A bad file never stops the
run and is never silently dropped. :class:`Summary` accumulates the figures of a run.
"""
from __future__ import annotations

from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from simulator.transcript import TranscriptError, iter_files, load_file

from .scorer import Scorer

_WORKER: Scorer | None = None


def _init(rubric_id: str | None) -> None:
    global _WORKER
    _WORKER = Scorer(rubric_id)


def _score_file(path: str) -> list[tuple[str, object]]:
    assert _WORKER is not None
    return list(_file_results(Path(path), _WORKER))


def _file_results(path: Path, scorer: Scorer) -> Iterator[tuple[str, object]]:
    it = load_file(path)
    while True:
        try:
            t = next(it)
        except StopIteration:
            return
        except TranscriptError as err:
            yield "error", str(err)
            if path.suffix != ".jsonl" or err.line is None:
                return
            it = _rest(path, err.line)
            continue
        yield "ok", scorer.score_transcript(t)


def _rest(path: Path, after: int) -> Iterator:
    from simulator.transcript import _resume
    return _resume(path, after)


def files_of(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Every transcript file under ``paths``; a missing path yields ``("error", None)``."""
    for p in paths:
        try:
            for f in iter_files(p):
                yield "ok", f
        except TranscriptError as err:
            yield str(err), None


def score_paths(paths: Iterable[str | Path], rubric_id: str | None = None, workers: int = 1,
                scorer: Scorer | None = None) -> Iterator[tuple[str, object]]:
    """Score every transcript under ``paths`` in file order."""
    files: list[Path] = []
    for status, f in files_of(paths):
        if f is None:
            yield "error", status
        else:
            files.append(f)
    if workers <= 1 or len(files) < 2:
        sc = scorer or Scorer(rubric_id)
        for f in files:
            yield from _file_results(f, sc)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(rubric_id,)) as pool:
        for results in pool.map(_score_file, [str(f) for f in files], chunksize=max(1, len(files) // (workers * 8))):
            yield from results


@dataclass
class Summary:
    """Figures of a run: transcripts, turns, pass rate, violations by rule, mean scores."""

    transcripts: int = 0
    turns: int = 0
    passed: int = 0
    errors: int = 0
    violations: Counter = field(default_factory=Counter)
    missing: Counter = field(default_factory=Counter)
    totals: dict = field(default_factory=dict)

    def add(self, result: dict) -> None:
        self.transcripts += 1
        self.turns += len(result["turns"])
        self.passed += bool(result["session"]["passed"])
        self.violations.update(v["rule"] for v in result["session"]["violations"])
        self.missing.update(result["session"]["missing"])
        for t in result["turns"]:
            for k, v in t["scores"].items():
                if v is not None:
                    s, n = self.totals.get(k, (0, 0))
                    self.totals[k] = (s + v, n + 1)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.transcripts if self.transcripts else 0.0

    def means(self) -> dict[str, float | None]:
        keys = ("empathy", "clarity", "negotiation", "compliance")
        return {k: (round(self.totals[k][0] / self.totals[k][1], 1) if k in self.totals else None) for k in keys}
