"""Split the labelled calls into ``train.jsonl`` (~70%) and ``test.jsonl`` (~30%).

Deterministic and stable: a call goes to test when the first 8 hex digits of
``sha256(id)`` fall below 30% of the range, so adding calls never moves existing ones.
Then a repair pass makes sure every violation id occurs in both splits (when it occurs in
at least two calls): for an id missing from a split, the call holding it with the lowest hash
is moved over, provided the move does not empty that id (or another) in the split it leaves.
The repair runs within a release (``RELEASES``: parts A+B, then each later part file on its
own), so adding a part never moves a call that was already split. Parts in ``TRAIN_ONLY``
(fresh writers' development data, E to Z, then AA onwards) all go to train.

    python datasets/scoring-corpus/split.py            # reads source/*.jsonl, writes train/test
    python datasets/scoring-corpus/split.py --check    # prints counts only
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_SHARE = 0.30


def call_hash(call_id: str) -> float:
    """Stable position of a call in [0, 1)."""
    return int(hashlib.sha256(call_id.encode("utf-8")).hexdigest()[:8], 16) / 16**8


def rules_of(call: dict) -> set[str]:
    return {v for t in call["turns"] if t.get("speaker") == "collector" for v in (t.get("labels") or {}).get("violations", [])}


def split(calls: list[dict], test_share: float = TEST_SHARE) -> tuple[list[dict], list[dict]]:
    """Return (train, test), each sorted by hash."""
    calls = sorted(calls, key=lambda c: (call_hash(c["id"]), c["id"]))
    in_test = {c["id"]: call_hash(c["id"]) < test_share for c in calls}
    rules = {c["id"]: rules_of(c) for c in calls}

    def count(test: bool) -> Counter:
        return Counter(r for c in calls if in_test[c["id"]] == test for r in rules[c["id"]])

    every = sorted({r for rs in rules.values() for r in rs})
    for _ in range(3):  # a move can only fix things; a few passes reach a fixed point
        for rule in every:
            holders = [c["id"] for c in calls if rule in rules[c["id"]]]
            if len(holders) < 2:
                continue
            for target in (True, False):
                if count(target)[rule]:
                    continue
                leaving = count(not target)
                for cid in holders:  # lowest hash first
                    if in_test[cid] != target and all(leaving[r] > 1 for r in rules[cid]):
                        in_test[cid] = target
                        break
    return [c for c in calls if not in_test[c["id"]]], [c for c in calls if in_test[c["id"]]]


# Calls written together are split together. The first release (parts A and B) was split as
# one set; every later part file is its own release. The repair pass runs inside a release
# only, so adding a part never moves a call of an earlier release between train and test
# (the scorer may have been tuned on those train calls).
RELEASES: list[tuple[str, ...]] = [("part-a.jsonl", "part-b.jsonl")]

# Parts written by fresh writers *after* the scorer, to find where its rules fail on phrasings
# they were not written from. They are development data: all train, so the held-back test
# split stays the same 139 calls it has been since release 1.2.0.
TRAIN_ONLY: frozenset[str] = frozenset(f"part-{x}.jsonl" for x in [*"efghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar"])


def releases(calls_by_file: dict[str, list[dict]]) -> list[list[dict]]:
    """Group the calls of each source file into releases (see ``RELEASES``)."""
    groups, seen = [], set(TRAIN_ONLY)
    for names in RELEASES:
        group = [c for n in names for c in calls_by_file.get(n, [])]
        seen |= set(names)
        if group:
            groups.append(group)
    groups += [calls_by_file[n] for n in sorted(calls_by_file) if n not in seen]
    return groups


def split_releases(calls_by_file: dict[str, list[dict]], test_share: float = TEST_SHARE) -> tuple[list[dict], list[dict]]:
    """Split each release on its own; return (train, test), each sorted by hash."""
    train = [c for n in sorted(TRAIN_ONLY) for c in calls_by_file.get(n, [])]
    test: list[dict] = []
    for group in releases(calls_by_file):
        tr, te = split(group, test_share)
        train += tr
        test += te
    key = lambda c: (call_hash(c["id"]), c["id"])  # noqa: E731
    return sorted(train, key=key), sorted(test, key=key)


def read_source_files(folder: Path) -> dict[str, list[dict]]:
    """Calls of each ``*.jsonl`` file in ``folder``, by file name; ids must be unique overall."""
    out: dict[str, list[dict]] = {}
    seen: set = set()
    for path in sorted(folder.glob("*.jsonl")):
        calls = out.setdefault(path.name, [])
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                call = json.loads(line)
            except json.JSONDecodeError as err:
                sys.exit(f"{path}:{n}: bad JSON at column {err.colno}: {err.msg}")
            if call.get("id") in seen:
                sys.exit(f"{path}:{n}: duplicate call id {call.get('id')!r}; make ids unique")
            seen.add(call.get("id"))
            calls.append(call)
    return out


def read_source(folder: Path) -> list[dict]:
    """All calls of ``folder``, file by file."""
    return [call for calls in read_source_files(folder).values() for call in calls]


def write(path: Path, calls: list[dict]) -> None:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=HERE / "source")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--check", action="store_true", help="print counts, write nothing")
    args = ap.parse_args(argv)
    by_file = read_source_files(args.source)
    if not any(by_file.values()):
        print(f"no calls in {args.source}/*.jsonl", file=sys.stderr)
        return 1
    train, test = split_releases(by_file)
    for name, part in (("train", train), ("test", test)):
        turns = sum(1 for c in part for t in c["turns"] if t.get("speaker") == "collector")
        rules = Counter(r for c in part for t in c["turns"] for r in (t.get("labels") or {}).get("violations", []))
        print(f"{name}: {len(part)} calls, {turns} collector turns, violations {dict(sorted(rules.items()))}")
    if not args.check:
        write(args.out / "train.jsonl", train)
        write(args.out / "test.jsonl", test)
    return 0


if __name__ == "__main__":
    sys.exit(main())
