"""Every violation the scorer reports quotes the trainee's own words and names its source,
over every labelled call in the corpus (speech-to-text spacing and dialect included)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.scoring import Scorer
from simulator.scoring.context import CallContext
from simulator.transcript import parse_transcript

SOURCE = Path(__file__).resolve().parents[1] / "datasets" / "scoring-corpus" / "source"


@pytest.mark.parametrize("part", sorted(p.name for p in SOURCE.glob("part-*.jsonl")))
def test_each_finding_quotes_the_turn_and_cites_a_source(part):
    scorer = Scorer()
    findings = 0
    for line in (SOURCE / part).read_text(encoding="utf-8").splitlines():
        t = parse_transcript(json.loads(line))
        ctx = CallContext.from_transcript(t)
        for i, turn in enumerate(t.turns):
            if turn.speaker != "collector":
                continue
            for v in scorer.score_turn(t.turns, i, ctx).violations:
                findings += 1
                assert v.evidence and v.evidence in turn.text, (t.id, i, v.rule, v.evidence)
                assert v.source, (t.id, i, v.rule)
    assert findings > 0
