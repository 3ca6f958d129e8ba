"""Benchmark the debtor's voice: latency and memory of each local backend on real prompts.

    python benchmarks/bench_models.py [--backends llamacpp,transformers,transformers-int8]
                                      [--models qwen2.5-1.5b,qwen2.5-0.5b] [--turns 20]
                                      [--turns-per-call 5] [--prompts wording|builtin] [--prefill]
                                      [--json] [--save FILE] [--show-replies]

Each backend+model runs in a fresh subprocess (so peak memory does not mix). The turns are
replayed in call order (several turns of one call in a row, as in the app), so backends
that reuse the KV cache of the shared persona prefix get the benefit they get in use. The
first turn of each call pays for the whole persona prompt; ``--prefill`` evaluates each
call's persona block before its first turn, as the app can do while the trainee reads.

Reported per backend+model: load time, median and p90 time-to-first-token, median whole
reply time, decode tokens/s, peak RSS, and the ratio of each backend to llamacpp for the
same model measured in this run. Targets (1.5B, this 2-core box): TTFT ≤ 1.0 s, reply ≤ 2.5 s,
peak memory ≤ 4 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.models.base import Prompt  # noqa: E402

TARGETS = {"ttft_median_s": 1.0, "reply_median_s": 2.5, "peak_rss_gb": 4.0}
VARIANTS = {  # benchmark name -> (registry backend, extra environment)
    "llamacpp": ("llamacpp", {}),
    "transformers": ("transformers", {}),
    "transformers-int8": ("transformers", {"COACH_TRANSFORMERS_QUANTIZE": "int8"}),
}


# ----------------------------------------------------------------------------- prompts
def _fallback_prompts(n: int) -> list[Prompt]:
    """TEMPORARY fallback, used only when ``simulator.debtor.wording.sample_prompts`` cannot
    be imported: transcript-style prompts built like the example in local-models.md."""
    persona = (
        "以下是一通信用卡催收电话的文字记录。接电话的是王强。\n"
        "王强，男，38岁，个体户，信用卡欠款人民币12,600元，已逾期95天。最近生意不好，手头紧，"
        "对催收电话很反感，说话冲。\n"
        "王强平时说话的样子：\n王强：我知道，最近手头紧，你们别老打电话。\n\n电话记录：\n"
        "王强：喂，谁啊？\n"
    )
    turns = [
        ("您好，我是XX银行信用卡中心的，请问是王强先生吗？", "不耐烦", "承认是本人，问有什么事"),
        ("您的信用卡已经逾期95天了，欠款12,600元。", "烦躁", "说最近生意不好，手头紧"),
        ("您今天必须还清全部欠款，否则我们会上门找您。", "愤怒", "斥责对方威胁人，说要投诉"),
        ("不还的话我们就通知您的家人和单位。", "愤怒", "警告对方不许骚扰家人"),
        ("王先生，我理解您的难处，我们可以一起想办法。", "稍微缓和", "说自己不是不还，是真没钱"),
        ("您看月底之前能先还一部分吗？", "犹豫", "说月底最多能还一千"),
        ("一千太少了，至少要还三千才能停催。", "不满", "抱怨对方逼得太紧"),
        ("那我们约定本月28号还款两千元，可以吗？", "勉强", "答应28号还两千，但要求别再天天打电话"),
        ("好的，我再跟您确认一下：28号还款两千元。", "平静", "确认时间和金额"),
        ("感谢您的配合，还有其他问题吗？", "平静", "说没有了，准备挂电话"),
    ]
    out: list[Prompt] = []
    transcript = persona
    for line, mood, intent in turns * ((n + len(turns) - 1) // len(turns)):
        transcript += f"催收员：{line}\n"
        text = transcript + f"（王强此刻的情绪：{mood}；他接下来要：{intent}）\n王强："
        out.append(Prompt(text=text, stop=("\n", "催收员："), max_new_tokens=60, temperature=0.7))
        transcript += "王强：嗯。\n"
    return out[:n]


def _transcript(text: str) -> list[str]:
    """The dialogue lines of a prompt (after 「电话记录：」, without the mood line and the cue)."""
    i = text.find("电话记录：")
    lines = [ln for ln in text[i + len("电话记录："):].split("\n") if ln.strip()] if i >= 0 else text.split("\n")
    return lines[:-2]


def group_calls(prompts: list[Prompt]) -> list[list[Prompt]]:
    """Rebuild calls from a flat list: a prompt continues the call whose previous prompt's
    last line it still shows (transcripts may be windowed, so only that line is relied on)."""
    calls: list[list[Prompt]] = []
    for p in prompts:
        lines, who = _transcript(p.text), p.text.split("\n", 1)[0]
        for call in calls:  # (the persona block itself may grow during a call)
            prev = _transcript(call[-1].text)
            if call[-1].text.split("\n", 1)[0] == who and prev and prev[-1] in lines[:-1]:
                call.append(p)
                break
        else:
            calls.append([p])
    return calls


def bench_prompts(n: int, per_call: int = 5, source: str = "wording") -> tuple[list[Prompt], str]:
    """``n`` prompts in call order (``per_call`` turns of each call in a row), and their source.

    Calls are taken from different personas first, so a 20-turn run covers four personas.
    ``source="builtin"`` uses the built-in list (one call whose persona block never changes).
    """
    if source == "builtin":
        return _fallback_prompts(n), "built-in list (stable persona prefix) in benchmarks/bench_models.py"
    try:
        from simulator.debtor.wording import sample_prompts

        prompts, source = list(sample_prompts(max(6 * n, 20))), "simulator.debtor.wording.sample_prompts"
    except ImportError:  # TEMPORARY: only while the wording module is missing
        prompts, source = _fallback_prompts(max(n, 20)), "TEMPORARY fallback list in benchmarks/bench_models.py"
    seen_personas: set[str] = set()
    first, later = [], []
    for turns in group_calls(prompts):  # one call per persona first, then the rest
        persona = turns[0].text.split("\n", 1)[0]
        (later if persona in seen_personas else first).append(turns)
        seen_personas.add(persona)
    ordered = [p for turns in first + later for p in turns[:per_call]]
    return ordered[:n], source


def persona_block(text: str) -> str:
    """The prefix shared by every turn of a call (up to the transcript)."""
    i = text.find("电话记录：")
    return text[: i + len("电话记录：")] if i >= 0 else text[: len(text) // 2]


# ----------------------------------------------------------------------------- worker
def _count_tokens(model, text: str, fallback: int) -> int:
    if getattr(model, "backend", "") == "transformers":
        return model.last_new_tokens
    if getattr(model, "backend", "") == "llamacpp":
        return len(model.llm.tokenize(text.encode("utf-8"), add_bos=False, special=False)) + 1  # + the stop token
    return fallback


def worker(variant: str, model_name: str, turns: int, prefill: bool, per_call: int = 5, source: str = "wording") -> dict:
    """Measure one backend+model in this process; return a JSON-able dict."""
    backend, env = VARIANTS[variant]
    os.environ.update(env)
    from simulator.models.registry import load_model

    prompts, source = bench_prompts(turns, per_call, source)
    t0 = time.perf_counter()
    model, info = load_model(f"{backend}:{model_name}", strict=True, reuse=False)
    load_s = time.perf_counter() - t0
    rows = []
    starts = {id(call[0]) for call in group_calls(prompts)}
    for i, p in enumerate(prompts):
        first_of_call = id(p) in starts
        if first_of_call and prefill and hasattr(model, "prefill"):
            model.prefill(persona_block(p.text))
        t = time.perf_counter()
        ttft = None
        text = ""
        pieces = 0
        for piece in model.stream(p, seed=1000 + i):
            if ttft is None:
                ttft = time.perf_counter() - t
            text += piece
            pieces += 1
        total = time.perf_counter() - t
        ntok = _count_tokens(model, text, pieces)
        rows.append({
            "turn": i, "first_of_call": first_of_call, "ttft_s": round(ttft if ttft is not None else total, 3),
            "reply_s": round(total, 3), "tokens": ntok, "reused_prompt_tokens": getattr(model, "last_reused_tokens", None),
            "prompt_tokens": getattr(model, "last_prompt_tokens", None), "reply": text,
        })
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ttfts = sorted(r["ttft_s"] for r in rows)
    decode = [(r["tokens"] - 1) / (r["reply_s"] - r["ttft_s"]) for r in rows if r["tokens"] > 1 and r["reply_s"] > r["ttft_s"]]
    return {
        "variant": variant, "model": model_name, "model_id": info.model_id, "extra": info.extra,
        "prompts_from": source, "turns": len(rows), "turns_per_call": per_call, "prefill": prefill,
        "load_s": round(load_s, 2),
        "ttft_median_s": round(statistics.median(ttfts), 3),
        "ttft_p90_s": round(ttfts[min(len(ttfts) - 1, int(round(0.9 * (len(ttfts) - 1))))], 3),
        "ttft_warm_median_s": round(statistics.median([r["ttft_s"] for r in rows if not r["first_of_call"]] or [0]), 3),
        "reply_median_s": round(statistics.median(r["reply_s"] for r in rows), 3),
        "tokens_per_s": round(statistics.median(decode), 1) if decode else None,
        "peak_rss_gb": round(peak_kb / 1024 / 1024, 2),
        "rows": rows,
    }


# ----------------------------------------------------------------------------- parent
def run_subprocess(variant: str, model: str, turns: int, prefill: bool, per_call: int = 5, source: str = "wording") -> dict:
    cmd = [sys.executable, __file__, "--worker", variant, "--models", model, "--turns", str(turns),
           "--turns-per-call", str(per_call), "--prompts", source]
    if prefill:
        cmd.append("--prefill")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        return {"variant": variant, "model": model, "error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def add_ratios(results: list[dict]) -> None:
    """Ratio of each result to llamacpp on the same model (>1 means slower / bigger)."""
    base = {r["model"]: r for r in results if r.get("variant") == "llamacpp" and "error" not in r}
    for r in results:
        b = base.get(r.get("model"))
        if b is None or "error" in r:
            continue
        r["vs_llamacpp"] = {
            "ttft": round(r["ttft_median_s"] / b["ttft_median_s"], 2),
            "reply": round(r["reply_median_s"] / b["reply_median_s"], 2),
            "tokens_per_s": round(b["tokens_per_s"] / r["tokens_per_s"], 2) if r.get("tokens_per_s") else None,
            "memory": round(r["peak_rss_gb"] / b["peak_rss_gb"], 2),
        }


def print_table(results: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Debtor voice benchmark (median over turns; lower is better except tok/s)")
    for col in ("backend", "model", "load s", "TTFT med", "TTFT p90", "TTFT warm", "reply med", "tok/s",
                "peak RSS GB", "× llamacpp (TTFT/reply/speed)", "targets"):
        table.add_column(col)
    for r in results:
        if "error" in r:
            table.add_row(r["variant"], r["model"], "error: " + r["error"][:80], *[""] * 8)
            continue
        vs = r.get("vs_llamacpp") or {}
        ok = all(r[k] <= v for k, v in TARGETS.items())
        table.add_row(
            r["variant"], r["model"], f"{r['load_s']:.1f}", f"{r['ttft_median_s']:.2f}", f"{r['ttft_p90_s']:.2f}",
            f"{r['ttft_warm_median_s']:.2f}", f"{r['reply_median_s']:.2f}", f"{r['tokens_per_s']}",
            f"{r['peak_rss_gb']:.2f}",
            f"{vs.get('ttft', '-')}/{vs.get('reply', '-')}/{vs.get('tokens_per_s', '-')}" if vs else "-",
            "met" if ok else "missed",
        )
    Console(width=170).print(table)
    first = next((r for r in results if "error" not in r), None)
    if first:
        print(f"{first['turns']} turns ({first['turns_per_call']} per call), prompts from {first['prompts_from']}, prefill={first['prefill']}. "
              f"Targets: TTFT ≤ {TARGETS['ttft_median_s']} s, reply ≤ {TARGETS['reply_median_s']} s, "
              f"RSS ≤ {TARGETS['peak_rss_gb']} GB. 'TTFT warm' excludes the first turn of each call.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backends", default="llamacpp,transformers", help=f"comma list of {', '.join(VARIANTS)}")
    ap.add_argument("--models", default="qwen2.5-1.5b", help="comma list of prepared model names")
    ap.add_argument("--turns", type=int, default=20)
    ap.add_argument("--turns-per-call", type=int, default=5, help="turns replayed from each call (default 5)")
    ap.add_argument("--prompts", choices=("wording", "builtin"), default="wording",
                    help="wording: real persona prompts (default); builtin: one call with a stable persona prefix")
    ap.add_argument("--prefill", action="store_true", help="evaluate each call's persona block before its first turn")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--save", metavar="FILE", help="also write the JSON results to FILE")
    ap.add_argument("--show-replies", action="store_true", help="print every reply")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.models, args.turns, args.prefill, args.turns_per_call, args.prompts), ensure_ascii=False))
        return 0
    variants = [v.strip() for v in args.backends.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        ap.error(f"unknown backend(s) {unknown}; choose from {', '.join(VARIANTS)}")
    results = []
    for model in [m.strip() for m in args.models.split(",") if m.strip()]:
        for variant in variants:
            print(f"… {variant} {model}", file=sys.stderr, flush=True)
            results.append(run_subprocess(variant, model, args.turns, args.prefill, args.turns_per_call, args.prompts))
    add_ratios(results)
    if args.save:
        Path(args.save).write_text(json.dumps(results, ensure_ascii=False, indent=1))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        print_table(results)
        if args.show_replies:
            for r in results:
                for row in r.get("rows", []):
                    print(f"{r['variant']:>18} {r['model']} #{row['turn']:>2} {row['ttft_s']:.2f}s/{row['reply_s']:.2f}s  {row['reply']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
