"""The command line: ``python -m simulator personas|play|score|calibrate|sessions|export``.

Typer (on click) gives typed options, ``--help`` for free and a test runner; every command
prints JSON with ``--json`` for scripts, and a readable table otherwise. Errors meant for
people (:class:`~simulator.errors.CoachError`) go to stderr with exit code 2.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import config
from .errors import CoachError, InputError
from .scoring.commands import register as register_scoring_commands

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="电催陪练 Collection Call Coach — practise debt-collection calls against simulated debtors.")


def _print_json(obj: object) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False))


@app.command()
def personas(as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table.")) -> None:
    """List the personas and scenarios available."""
    from .data.loader import load_personas, load_scenarios

    rows = [{"id": p.id, "name": p.name, "kind": p.kind, "difficulty": p.difficulty, "type": "persona"}
            for p in load_personas().values()]
    rows += [{"id": s.id, "name": s.title, "kind": "scenario", "difficulty": s.difficulty, "type": "scenario",
              "persona": s.persona} for s in load_scenarios().values()]
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['type']:<9} {r['id']:<32} {r['kind']:<12} {r['difficulty']:<7} {r['name']}")


def _read_script(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    turns = data.get("turns") if isinstance(data, dict) else None
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        raise InputError(f'{path}: expected {{"turns": ["…", "…"]}} with at least one string turn')
    return turns


@app.command()
def play(
    persona: str = typer.Option(..., "--persona", help="Persona or scenario id (see `personas`)."),
    script: Path = typer.Option(..., "--script", help='JSON file {"turns": ["…", "…"]}: the collector\'s lines.'),
    backend: Optional[str] = typer.Option(None, "--backend", help="Model spec, e.g. scripted, llamacpp, "
                                          "llamacpp:qwen2.5-0.5b (default: $COACH_BACKEND or the default model)."),
    seed: int = typer.Option(0, "--seed", help="Seed of the debtor's choices: the same seed replays the same call."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    save: bool = typer.Option(False, "--save", help="Store the call in the session database."),
) -> None:
    """Play a scripted collector against a persona; print what the debtor did each turn."""
    from .engine import PracticeCall
    from .models.registry import load_model
    from .storage import Store

    turns = _read_script(script)
    model, info = load_model(backend)
    if info.problem:
        typer.echo(f"warning: {info.problem} — playing with the scripted backend", err=True)
    store = Store(config.db_path() if save else ":memory:")
    call = PracticeCall.start(persona, model=model, store=store, seed=seed)
    played = []
    for line in turns:
        if call.ended:
            break
        done = call.play(line)
        played.append({"collector": line, "debtor": done.reply, "intent": done.intent, "state": done.state,
                       "fallback": done.fallback})
    summary = call.end()
    result = {"persona": call.persona.id, "scenario": call.scenario.id if call.scenario else None,
              "backend": f"{model.backend}:{model.model_id}", "session": call.session_id if save else None,
              "turns": played, "outcome": summary.outcome, "score": summary.session}
    if as_json:
        _print_json(result)
        return
    typer.echo(f"{call.persona.name} — {result['backend']}")
    for t in played:
        flag = " (fallback)" if t["fallback"] else ""
        typer.echo(f"催收员：{t['collector']}\n{call.persona.identity.name}：{t['debtor']}  [{t['intent']}{flag}]")
    typer.echo(f"outcome: {json.dumps(summary.outcome, ensure_ascii=False)}")


@app.command()
def sessions(as_json: bool = typer.Option(False, "--json"), limit: int = typer.Option(50, "--limit")) -> None:
    """List stored practice sessions (newest first)."""
    from .storage import Store

    rows = Store(config.db_path()).sessions(limit)
    if as_json:
        _print_json(rows)
        return
    for s in rows:
        passed = (s["summary"] or {}).get("passed")
        typer.echo(f"{s['id']}  {s['created_at']}  {s['scenario_id'] or s['persona_id']:<28} {s['status']:<7} "
                   f"overall={(s['summary'] or {}).get('overall', '-')} passed={passed}")


@app.command()
def export(session_ids: list[str] = typer.Argument(None, help="Session ids (default: all)."),
           out: Optional[Path] = typer.Option(None, "--out", help="Write JSON Lines here instead of stdout.")) -> None:
    """Export sessions as transcripts (JSON Lines, the input format of `score`)."""
    from .storage import Store

    store = Store(config.db_path())
    ids = session_ids or [s["id"] for s in store.sessions(limit=1_000_000)]
    lines = [json.dumps(store.transcript(i), ensure_ascii=False) for i in ids]
    if out:
        out.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
        typer.echo(f"wrote {len(lines)} transcript(s) to {out}", err=True)
    else:
        for line in lines:
            typer.echo(line)


register_scoring_commands(app)


def main() -> None:
    try:
        # standalone_mode=False lets CoachError reach us; click then *returns* exit codes.
        code = app(standalone_mode=False)
    except CoachError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("aborted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    if isinstance(code, int) and code:
        sys.exit(code)
