"""Persona and scenario files: every shipped file loads; a broken one names the file, the field and the fix."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator import config
from simulator.data import loader
from simulator.data.loader import load_yaml_model
from simulator.data.persona_schema import Persona, Scenario
from simulator.errors import DataFileError, UnknownIdError

PERSONA_FILES = sorted(config.PERSONAS_DIR.glob("*.yaml"))
SCENARIO_FILES = sorted(config.SCENARIOS_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_shipped_personas_are_valid(path):
    persona = load_yaml_model(path, Persona)
    assert persona.id == path.stem
    assert persona.settlement.first_offer <= persona.settlement.can_pay


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.stem)
def test_shipped_scenarios_are_valid_and_point_at_personas(path):
    scenario = load_yaml_model(path, Scenario)
    assert (config.PERSONAS_DIR / f"{scenario.persona}.yaml").exists()


def test_library_has_both_kinds():
    personas = loader.load_personas()
    kinds = {p.kind for p in personas.values()}
    assert len(personas) >= 2 and "debtor" in kinds


@pytest.fixture
def persona_dict() -> dict:
    return yaml.safe_load(PERSONA_FILES[0].read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, data) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def test_missing_field_names_file_field_and_fix(tmp_path, persona_dict):
    del persona_dict["debt"]["amount_due"]
    path = _write(tmp_path, f"{persona_dict['id']}.yaml", persona_dict)
    with pytest.raises(DataFileError) as err:
        load_yaml_model(path, Persona)
    msg = str(err.value)
    assert str(path) in msg and "debt.amount_due" in msg and "add this field" in msg


def test_misspelt_field_is_refused(tmp_path, persona_dict):
    persona_dict["backgorund"] = persona_dict.pop("background")
    path = _write(tmp_path, f"{persona_dict['id']}.yaml", persona_dict)
    with pytest.raises(DataFileError) as err:
        load_yaml_model(path, Persona)
    assert "backgorund" in str(err.value) or "background" in str(err.value)
    assert err.value.fix


def test_bad_enum_value_lists_the_choices(tmp_path, persona_dict):
    persona_dict["difficulty"] = "extreme"
    path = _write(tmp_path, f"{persona_dict['id']}.yaml", persona_dict)
    with pytest.raises(DataFileError) as err:
        load_yaml_model(path, Persona)
    assert err.value.field == "difficulty" and "easy" in err.value.fix


def test_offer_above_means_is_refused(tmp_path, persona_dict):
    persona_dict["settlement"]["first_offer"] = persona_dict["settlement"]["can_pay"] + 1
    path = _write(tmp_path, f"{persona_dict['id']}.yaml", persona_dict)
    with pytest.raises(DataFileError, match="first_offer"):
        load_yaml_model(path, Persona)


def test_id_must_match_file_name(tmp_path, persona_dict):
    path = _write(tmp_path, "other-name.yaml", persona_dict)
    with pytest.raises(DataFileError) as err:
        load_yaml_model(path, Persona)
    assert err.value.field == "id" and "rename" in err.value.fix


def test_broken_yaml_gives_line_and_column(tmp_path):
    path = _write(tmp_path, "x.yaml", "id: x\nname: [unclosed\n")
    with pytest.raises(DataFileError) as err:
        load_yaml_model(path, Persona)
    assert "line" in err.value.field and "YAML" in err.value.problem


def test_not_a_mapping(tmp_path):
    path = _write(tmp_path, "x.yaml", "- just\n- a list\n")
    with pytest.raises(DataFileError, match="mapping"):
        load_yaml_model(path, Persona)


def test_scenario_with_unknown_persona_suggests(tmp_path, monkeypatch, persona_dict):
    pdir, sdir = tmp_path / "personas", tmp_path / "scenarios"
    pdir.mkdir(), sdir.mkdir()
    _write(pdir, f"{persona_dict['id']}.yaml", persona_dict)
    scenario = {"id": "s1", "title": "t", "persona": persona_dict["id"] + "x", "difficulty": "easy",
                "brief": "b", "objectives": ["obtain-ptp"]}
    _write(sdir, "s1.yaml", scenario)
    monkeypatch.setattr(config, "PERSONAS_DIR", pdir)
    monkeypatch.setattr(config, "SCENARIOS_DIR", sdir)
    loader._library.cache_clear()
    try:
        with pytest.raises(DataFileError) as err:
            loader.load_scenarios()
        assert "s1.yaml" in str(err.value) and f"did you mean {persona_dict['id']}" in str(err.value)
    finally:
        loader._library.cache_clear()


def test_unknown_id_suggests_close_matches():
    some = next(iter(loader.load_personas()))
    with pytest.raises(UnknownIdError, match=f"did you mean.*{some}"):
        loader.resolve_practice(some[:-1])
