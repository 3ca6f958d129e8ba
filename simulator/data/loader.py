"""Finds data files by walking their folders and validates each on load.

Things that vary (personas, scenarios, rubrics) are YAML files. A file that does not fit its
schema is refused with a :class:`~simulator.errors.DataFileError` naming the file, the field
and the fix, so an author can correct it without reading code.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .. import config
from ..errors import DataFileError, UnknownIdError
from .persona_schema import Persona, Scenario

M = TypeVar("M", bound=BaseModel)


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fix_for(err: dict, model: type[BaseModel]) -> str:
    kind = err.get("type", "")
    if kind == "missing":
        return "add this field"
    if kind == "extra_forbidden":
        return "remove it, or check its spelling against the schema"
    if kind in ("enum", "literal_error"):
        expected = (err.get("ctx") or {}).get("expected", "")
        return f"use one of {expected}" if expected else "use one of the allowed values"
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return f"give a value of the right type ({kind.replace('_', ' ')})"
    return "correct the value"


def load_yaml_model(path: Path, model: type[M]) -> M:
    """Read one YAML file and validate it as ``model``; raise DataFileError on any problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(path, "", "file not found", "check the path") from None
    except UnicodeDecodeError:
        raise DataFileError(path, "", "not UTF-8 text", "save the file as UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DataFileError(path, where, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                            "fix the indentation or quoting there") from None
    if not isinstance(raw, dict):
        raise DataFileError(path, "", "the file must hold a mapping of fields", "start with `id: …`")
    try:
        obj = model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise DataFileError(path, _field_path(err["loc"]) or "(top level)",
                            err["msg"] + more, _fix_for(err, model)) from None
    file_id = getattr(obj, "id", None)
    if file_id is not None and file_id != path.stem:
        raise DataFileError(path, "id", f"id '{file_id}' differs from the file name '{path.stem}'",
                            f"rename the file to {file_id}{path.suffix} or set id: {path.stem}")
    return obj


def load_folder(folder: Path, model: type[M]) -> dict[str, M]:
    """Every ``*.yaml``/``*.yml`` file in ``folder`` validated as ``model``, keyed by id."""
    items: dict[str, M] = {}
    for path in sorted(Path(folder).glob("*.y*ml")):
        obj = load_yaml_model(path, model)
        items[getattr(obj, "id")] = obj
    return items


@lru_cache(maxsize=4)
def _library(personas_dir: Path, scenarios_dir: Path) -> tuple[dict[str, Persona], dict[str, Scenario]]:
    personas = load_folder(personas_dir, Persona)
    scenarios = load_folder(scenarios_dir, Scenario)
    for sc in scenarios.values():
        if sc.persona not in personas:
            path = scenarios_dir / f"{sc.id}.yaml"
            try:
                raise UnknownIdError("persona", sc.persona, personas)
            except UnknownIdError as exc:
                raise DataFileError(path, "persona", str(exc), "use the id of a file in personas/") from None
    return personas, scenarios


def load_personas() -> dict[str, Persona]:
    return _library(config.PERSONAS_DIR, config.SCENARIOS_DIR)[0]


def load_scenarios() -> dict[str, Scenario]:
    return _library(config.PERSONAS_DIR, config.SCENARIOS_DIR)[1]


def get_persona(persona_id: str) -> Persona:
    personas = load_personas()
    if persona_id not in personas:
        raise UnknownIdError("persona", persona_id, personas)
    return personas[persona_id]


def get_scenario(scenario_id: str) -> Scenario:
    scenarios = load_scenarios()
    if scenario_id not in scenarios:
        raise UnknownIdError("scenario", scenario_id, scenarios)
    return scenarios[scenario_id]


def resolve_practice(ident: str) -> tuple[Persona, Scenario | None]:
    """A scenario id or a persona id → (persona, scenario). Scenario ids win on a tie."""
    scenarios, personas = load_scenarios(), load_personas()
    if ident in scenarios:
        return personas[scenarios[ident].persona], scenarios[ident]
    if ident in personas:
        return personas[ident], None
    raise UnknownIdError("persona or scenario", ident, [*personas, *scenarios])
