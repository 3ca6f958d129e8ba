"""Transcript format: one call as ``.json``, or one call per line in ``.jsonl``.

A transcript is ``{"id", "called_at", "scenario"?, "authorised"?, "turns": [{"speaker", "text"}]}``.
Labelled corpus records load too: their ``labels`` and ``note`` keys are kept but never read by
the scorer. Any other unknown key is refused so a typo never silently does nothing.

:func:`load_transcripts` streams a file or a folder (recursively, ``*.json`` and ``*.jsonl`` in
sorted order), so folders of thousands of files work in constant memory. Every error is a
:class:`TranscriptError` naming the file, the line, the field and the fix.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from simulator.data.persona_schema import Authorised
from simulator.errors import CoachError

Speaker = Literal["collector", "debtor"]
SUFFIXES = (".json", ".jsonl")


class Turn(BaseModel):
    """One utterance. ``labels`` (corpus only) is carried along and ignored by the scorer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    speaker: Speaker
    text: str
    labels: dict[str, Any] | None = Field(None, description="Corpus labels; ignored by the scorer.")


class Transcript(BaseModel):
    """One call. ``called_at`` carries the callee's local time and offset (ISO 8601)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    called_at: datetime | None = None
    scenario: str | None = None
    authorised: Authorised | None = None
    turns: list[Turn] = Field(min_length=1)
    labels: dict[str, Any] | None = Field(None, description="Corpus labels; ignored by the scorer.")
    note: str | None = None

    @field_validator("turns")
    @classmethod
    def _has_collector(cls, turns: list[Turn]) -> list[Turn]:
        if not any(t.speaker == "collector" for t in turns):
            raise ValueError("no turn has speaker 'collector'; a transcript needs at least one collector turn")
        return turns


class TranscriptError(CoachError, ValueError):
    """A transcript file could not be read. ``str(err)`` is ``path:line: problem; fix``."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.problem = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


def _loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def _explain(err: ValidationError, data: Any) -> str:
    """Turn pydantic's errors into one line per problem, each with a fix."""
    msgs = []
    for e in err.errors():
        field = _loc(tuple(e["loc"]))
        kind = e["type"]
        got = e.get("input")
        if field.endswith(".speaker") and kind == "literal_error":
            msgs.append(f"{field} is {got!r}; use 'collector' or 'debtor'")
        elif kind == "missing":
            msgs.append(f"{field} is missing; add it")
        elif kind == "extra_forbidden":
            msgs.append(f"{field} is not a known field; remove it or fix its spelling")
        elif field == "turns" and kind == "too_short":
            msgs.append("turns is empty; a transcript needs at least one turn")
        elif field.startswith("called_at"):
            msgs.append(f"called_at is {got!r}; use ISO 8601 like '2026-03-12T14:05:00+08:00'")
        else:
            msgs.append(f"{field}: {e['msg']}")
    return "; ".join(msgs)


def parse_transcript(data: Any, *, path: str | Path = "<memory>", line: int | None = None) -> Transcript:
    """Validate one decoded record, raising :class:`TranscriptError` with a readable message."""
    if not isinstance(data, dict):
        raise TranscriptError(path, f"expected a JSON object, got {type(data).__name__}", line)
    try:
        return Transcript.model_validate(data)
    except ValidationError as err:
        tid = data.get("id")
        prefix = f"transcript {tid!r}: " if isinstance(tid, str) else ""
        raise TranscriptError(path, prefix + _explain(err, data), line) from None


def _decode(text: str, path: Path, line: int | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        real_line = line if line is not None else err.lineno
        raise TranscriptError(path, f"bad JSON at line {real_line} column {err.colno}: {err.msg}", real_line) from None


def iter_files(path: str | Path) -> Iterator[Path]:
    """The transcript files under ``path`` (a file, or a folder walked recursively, sorted)."""
    p = Path(path)
    if p.is_file():
        yield p
        return
    if not p.exists():
        raise TranscriptError(p, "no such file or folder; check the path")
    for child in sorted(p.rglob("*")):
        if child.is_file() and child.suffix in SUFFIXES:
            yield child


def load_file(path: str | Path) -> Iterator[Transcript]:
    """Stream the transcripts of one ``.json`` or ``.jsonl`` file."""
    p = Path(path)
    try:
        fh = p.open(encoding="utf-8")
    except OSError as err:
        raise TranscriptError(p, f"cannot open: {err.strerror}") from None
    with fh:
        if p.suffix == ".jsonl":
            for n, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield parse_transcript(_decode(raw, p, n), path=p, line=n)
        else:
            try:
                text = fh.read()
            except UnicodeDecodeError:
                raise TranscriptError(p, "not UTF-8 text; save the file as UTF-8") from None
            if not text.strip():
                raise TranscriptError(p, "file is empty; write one transcript object")
            data = _decode(text, p, None)
            if isinstance(data, list):
                raise TranscriptError(p, "holds a JSON list; put one transcript per .json file or use .jsonl")
            yield parse_transcript(data, path=p)


def load_transcripts(
    path: str | Path | Iterable[str | Path],
    on_error: Callable[[TranscriptError], None] | None = None,
) -> Iterator[Transcript]:
    """Stream transcripts from files/folders.

    Without ``on_error`` the first problem raises :class:`TranscriptError`. With it, each bad
    file (or bad ``.jsonl`` line) is reported to the callback and loading goes on.
    """
    paths = [path] if isinstance(path, (str, Path)) else list(path)
    for root in paths:
        try:
            files = list(iter_files(root))
        except TranscriptError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        for f in files:
            it = load_file(f)
            while True:
                try:
                    t = next(it)
                except StopIteration:
                    break
                except TranscriptError as err:
                    if on_error is None:
                        raise
                    on_error(err)
                    if f.suffix != ".jsonl" or err.line is None:
                        break
                    it = _resume(f, err.line)
                    continue
                yield t


def _resume(path: Path, after_line: int) -> Iterator[Transcript]:
    """Continue a ``.jsonl`` file after a bad line."""
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, start=1):
            if n > after_line and raw.strip():
                yield parse_transcript(_decode(raw, path, n), path=path, line=n)
